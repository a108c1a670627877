// Tests of FrameworkLoader: the built-in reference framework, valid and broken framework
// files (tests/data/frameworks), and the English fallback of framework texts.
#include "TestSupport.h"

#include "framework/FrameworkLoader.h"
#include "model/Framework.h"

#include <QByteArray>
#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>
#include <string>
#include <vector>

using namespace duibiao;
using duibiao::test::readFile;
using duibiao::test::testData;
using duibiao::test::writeFile;

namespace {

QString frameworkFixture(const QString& name)
{
    return testData(QStringLiteral("frameworks/") + name);
}

QString indicatorRequirement(const QString& code, const QString& metric)
{
    return QStringLiteral(R"({"code": "%1", "title": "指标 %1", "weight": 1, "kind": "indicator",
                             "rule": {"metric": "%2", "scope": "all_units",
                                      "comparison": ">=", "target": 1}})")
        .arg(code, metric);
}

// A framework JSON text with one category "C" holding the given requirement objects.
QByteArray frameworkJson(const QStringList& requirements, const QString& extraTopLevel = {})
{
    return QStringLiteral(R"({
  "format": "duibiao-framework",
  "formatVersion": 1,
  "code": "inline",
  "version": "1",
  "title": "内联框架",%2
  "categories": [
    { "code": "C", "title": "类别", "requirements": [%1] }
  ]
})")
        .arg(requirements.join(QStringLiteral(",\n")), extraTopLevel)
        .toUtf8();
}

} // namespace

// ---------------------------------------------------------------------------------------
// The built-in reference framework

TEST_CASE("The built-in framework loads", "[framework][builtin]")
{
    const auto loaded = FrameworkLoader::loadBuiltin();
    REQUIRE_OK(loaded);
    const Framework& framework = *loaded;

    CHECK(framework.code == QStringLiteral("jiangsu-ggw-2019"));
    CHECK_FALSE(framework.version.isEmpty());
    CHECK(framework.title.zh == QStringLiteral("江苏省高等学校关工委优质化建设工作基本要求"));
    CHECK_FALSE(framework.title.en.isEmpty());
    CHECK_FALSE(framework.source.zh.isEmpty());

    SECTION("it is marked as a reference version with the disclaimer")
    {
        CHECK(framework.reference);
        CHECK(framework.note.zh.contains(QStringLiteral("参考版")));
        CHECK(framework.note.zh.contains(QStringLiteral("以省级正式文本为准")));
        CHECK(framework.note.en.contains(QStringLiteral("Reference version")));
    }

    SECTION("six categories in the order L, O, T, S, P, E")
    {
        REQUIRE(framework.categories.size() == 6);
        const QStringList expected{QStringLiteral("L"), QStringLiteral("O"), QStringLiteral("T"),
                                   QStringLiteral("S"), QStringLiteral("P"), QStringLiteral("E")};
        const std::vector<int> sizes{5, 6, 7, 2, 5, 3};
        for (int i = 0; i < 6; ++i) {
            INFO("category " << i);
            CHECK(framework.categories[i].code == expected[i]);
            CHECK(framework.categories[i].requirements.size() == sizes[std::size_t(i)]);
            CHECK_FALSE(framework.categories[i].title.zh.isEmpty());
            CHECK_FALSE(framework.categories[i].title.en.isEmpty());
        }
        CHECK(framework.categories[0].title.zh == QStringLiteral("领导机制"));
        CHECK(framework.categories[0].title.en == QStringLiteral("Leadership"));
        CHECK(framework.categories[0].title.in(Language::English) == QStringLiteral("Leadership"));
        CHECK(framework.categories[0].title.in(Language::Chinese) == QStringLiteral("领导机制"));
        CHECK(framework.category(QStringLiteral("T")) == &framework.categories[2]);
        CHECK(framework.category(QStringLiteral("X")) == nullptr);
    }

    SECTION("28 requirements numbered 1 to 28 with the codes of FRAMEWORK.md")
    {
        const QStringList codes{
            QStringLiteral("L1"), QStringLiteral("L2"), QStringLiteral("L3"), QStringLiteral("L4"),
            QStringLiteral("L5"), QStringLiteral("O1"), QStringLiteral("O2"), QStringLiteral("O3"),
            QStringLiteral("O4"), QStringLiteral("O5"), QStringLiteral("O6"), QStringLiteral("T1"),
            QStringLiteral("T2"), QStringLiteral("T3"), QStringLiteral("T4"), QStringLiteral("T5"),
            QStringLiteral("T6"), QStringLiteral("T7"), QStringLiteral("S1"), QStringLiteral("S2"),
            QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3"), QStringLiteral("P4"),
            QStringLiteral("P5"), QStringLiteral("E1"), QStringLiteral("E2"), QStringLiteral("E3")};
        REQUIRE(framework.requirementCount() == 28);
        const auto requirements = framework.requirements();
        REQUIRE(requirements.size() == 28);
        for (int i = 0; i < 28; ++i) {
            const Requirement& requirement = *requirements[i];
            INFO("requirement " << requirement.code);
            CHECK(requirement.number == i + 1);
            CHECK(requirement.code == codes[i]);
            CHECK(requirement.categoryCode == codes[i].left(1));
            CHECK(framework.requirement(codes[i]) == requirements[i]);
        }
        CHECK(framework.requirement(QStringLiteral("T8")) == nullptr);
        CHECK(framework.requirement(QStringLiteral("T5"))->title.zh ==
              QStringLiteral("二级学院(部)有条件的老同志参与比例 ≥ 60%"));
        CHECK(framework.requirement(QStringLiteral("P1"))->title.zh ==
              QStringLiteral("校关工委搭建工作平台不少于 10 个"));
    }

    SECTION("exactly the nine indicator requirements have a rule")
    {
        const QStringList indicators{
            QStringLiteral("L2"), QStringLiteral("O3"), QStringLiteral("T5"),
            QStringLiteral("T6"), QStringLiteral("T7"), QStringLiteral("P1"),
            QStringLiteral("P2"), QStringLiteral("P3"), QStringLiteral("P4")};
        int withRule = 0;
        for (const Requirement* requirement : framework.requirements()) {
            INFO("requirement " << requirement->code);
            CHECK(requirement->isIndicator() == indicators.contains(requirement->code));
            if (requirement->isIndicator())
                ++withRule;
        }
        CHECK(withRule == 9);
    }

    SECTION("the rules carry the metric, scope and target of the JSON")
    {
        struct Expected
        {
            const char* code;
            Metric metric;
            Scope scope;
            double target;
            std::optional<double> largelyMetAt;
        };
        const std::vector<Expected> expected{
            {"L2", Metric::HearingsPerYear, Scope::AllUnits, 1, 0.8},
            {"O3", Metric::HasUnitRules, Scope::SecondaryUnits, 1, 0.8},
            {"T5", Metric::ParticipationRate, Scope::SecondaryUnits, 0.6, std::nullopt},
            {"T6", Metric::CoreWorkerRate, Scope::SecondaryUnits, 0.2, std::nullopt},
            {"T7", Metric::TrainingsPerYear, Scope::SchoolUnit, 1, std::nullopt},
            {"P1", Metric::PlatformCount, Scope::SchoolUnit, 10, std::nullopt},
            {"P2", Metric::PlatformCount, Scope::SecondaryUnits, 2, 0.8},
            {"P3", Metric::DualLeaderShare, Scope::AllUnits, 1, 0.8},
            {"P4", Metric::DoubleMenu, Scope::SecondaryUnits, 1, 0.8},
        };
        for (const Expected& e : expected) {
            INFO("requirement " << e.code);
            const Requirement* requirement = framework.requirement(QLatin1String(e.code));
            REQUIRE(requirement != nullptr);
            REQUIRE(requirement->rule.has_value());
            const IndicatorRule& rule = *requirement->rule;
            CHECK(rule.metric == e.metric);
            CHECK(rule.scope == e.scope);
            CHECK(rule.comparison == Comparison::GreaterOrEqual);
            CHECK(rule.target == Approx(e.target));
            CHECK(rule.largelyMetAt.has_value() == e.largelyMetAt.has_value());
            if (rule.largelyMetAt && e.largelyMetAt)
                CHECK(*rule.largelyMetAt == Approx(*e.largelyMetAt));
        }

        // The three spelled out in the brief, once more, literally.
        const IndicatorRule& t5 = *framework.requirement(QStringLiteral("T5"))->rule;
        CHECK(metricKey(t5.metric) == QStringLiteral("participation_rate"));
        CHECK(scopeKey(t5.scope) == QStringLiteral("secondary_units"));
        CHECK(comparisonSymbol(t5.comparison) == QStringLiteral(">="));
        CHECK(t5.target == Approx(0.6));
        const IndicatorRule& p1 = *framework.requirement(QStringLiteral("P1"))->rule;
        CHECK(metricKey(p1.metric) == QStringLiteral("platform_count"));
        CHECK(scopeKey(p1.scope) == QStringLiteral("school_unit"));
        CHECK(p1.target == Approx(10));
        const IndicatorRule& p3 = *framework.requirement(QStringLiteral("P3"))->rule;
        CHECK(metricKey(p3.metric) == QStringLiteral("dual_leader_share"));
        CHECK(scopeKey(p3.scope) == QStringLiteral("all_units"));
        CHECK(p3.target == Approx(1));
        REQUIRE(p3.largelyMetAt.has_value());
        CHECK(*p3.largelyMetAt == Approx(0.8));
    }

    SECTION("weights are 2 for the key indicators and 1 otherwise")
    {
        const QStringList heavy{QStringLiteral("L2"), QStringLiteral("O3"), QStringLiteral("T5"),
                                QStringLiteral("T6"), QStringLiteral("P1"), QStringLiteral("P2"),
                                QStringLiteral("P3"), QStringLiteral("P4")};
        double total = 0;
        for (const Requirement* requirement : framework.requirements()) {
            INFO("requirement " << requirement->code);
            CHECK(requirement->weight == (heavy.contains(requirement->code) ? 2.0 : 1.0));
            total += requirement->weight;
        }
        CHECK(total == 36.0);
        // T7 is an indicator but not a key one.
        CHECK(framework.requirement(QStringLiteral("T7"))->weight == 1.0);
    }

    SECTION("every requirement has texts in both languages and expected evidence")
    {
        for (const Requirement* requirement : framework.requirements()) {
            INFO("requirement " << requirement->code);
            CHECK_FALSE(requirement->title.zh.isEmpty());
            CHECK_FALSE(requirement->title.en.isEmpty());
            CHECK_FALSE(requirement->description.zh.isEmpty());
            CHECK_FALSE(requirement->guidance.zh.isEmpty());
            CHECK_FALSE(requirement->source.isEmpty());
            CHECK(requirement->evidence.size() >= 1);
            for (const QString& item : requirement->evidence)
                CHECK_FALSE(item.trimmed().isEmpty());
            // The English evidence list matches the Chinese one item by item.
            CHECK(requirement->evidenceEn.size() == requirement->evidence.size());
            CHECK(requirement->evidenceIn(Language::English) == requirement->evidenceEn);
            CHECK(requirement->evidenceIn(Language::Chinese) == requirement->evidence);
        }
    }
}

TEST_CASE("The built-in framework is a readable resource", "[framework][builtin]")
{
    CHECK(FrameworkLoader::builtinPath().startsWith(QStringLiteral(":/")));
    CHECK(QFileInfo::exists(FrameworkLoader::builtinPath()));
    // loadFile reads resources too and calls the source by its file name.
    const auto viaFile = FrameworkLoader::loadFile(FrameworkLoader::builtinPath());
    REQUIRE_OK(viaFile);
    CHECK(viaFile->requirementCount() == 28);
    CHECK(viaFile->code == QStringLiteral("jiangsu-ggw-2019"));
}

TEST_CASE("The built-in framework parses the same from its JSON text each time",
          "[framework][builtin]")
{
    const QByteArray json = readFile(FrameworkLoader::builtinPath());
    const auto first = FrameworkLoader::parse(json, QStringLiteral("snapshot"));
    const auto second = FrameworkLoader::parse(json, QStringLiteral("snapshot"));
    REQUIRE_OK(first);
    REQUIRE_OK(second);
    const auto a = first->requirements();
    const auto b = second->requirements();
    REQUIRE(a.size() == b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        CHECK(a[i]->code == b[i]->code);
        CHECK(a[i]->title.zh == b[i]->title.zh);
        CHECK(a[i]->weight == b[i]->weight);
    }
}

// ---------------------------------------------------------------------------------------
// Valid input

TEST_CASE("A valid minimal framework parses with the expected fields", "[framework][parse]")
{
    const QByteArray json = R"({
  "format": "duibiao-framework",
  "formatVersion": 1,
  "code": "example",
  "version": "1.0",
  "title": "示例框架",
  "categories": [
    {
      "code": "T",
      "title": "队伍建设",
      "en": { "title": "Teams" },
      "requirements": [
        {
          "code": "T1",
          "title": "健全特邀党建组织员队伍",
          "evidence": ["特邀党建组织员名单", "工作记录"],
          "weight": 1,
          "kind": "qualitative"
        },
        {
          "code": "T2",
          "title": "二级学院(部)有条件的老同志参与比例 ≥ 60%",
          "description": "每个二级学院(部)参与人数/有条件参与人数≥60%。",
          "weight": 2,
          "kind": "indicator",
          "rule": { "metric": "participation_rate", "scope": "secondary_units", "comparison": ">=", "target": 0.6 },
          "en": { "title": "Participation of eligible retired staff ≥ 60%" }
        }
      ]
    }
  ]
})";
    const auto parsed = FrameworkLoader::parse(json, QStringLiteral("example.json"));
    REQUIRE_OK(parsed);
    const Framework& framework = *parsed;

    CHECK(framework.code == QStringLiteral("example"));
    CHECK(framework.version == QStringLiteral("1.0"));
    CHECK(framework.title.zh == QStringLiteral("示例框架"));
    CHECK(framework.title.en.isEmpty());
    CHECK_FALSE(framework.reference);
    CHECK(framework.note.zh.isEmpty());
    CHECK(framework.source.zh.isEmpty());

    REQUIRE(framework.categories.size() == 1);
    const Category& category = framework.categories[0];
    CHECK(category.code == QStringLiteral("T"));
    CHECK(category.title.zh == QStringLiteral("队伍建设"));
    CHECK(category.title.en == QStringLiteral("Teams"));
    REQUIRE(category.requirements.size() == 2);

    const Requirement& t1 = category.requirements[0];
    CHECK(t1.code == QStringLiteral("T1"));
    CHECK(t1.number == 1);
    CHECK(t1.categoryCode == QStringLiteral("T"));
    CHECK(t1.title.zh == QStringLiteral("健全特邀党建组织员队伍"));
    CHECK(t1.evidence ==
          QStringList{QStringLiteral("特邀党建组织员名单"), QStringLiteral("工作记录")});
    CHECK(t1.evidenceEn.isEmpty());
    CHECK(t1.weight == 1.0);
    CHECK_FALSE(t1.isIndicator());
    CHECK(t1.description.zh.isEmpty());
    CHECK(t1.guidance.zh.isEmpty());
    CHECK(t1.source.isEmpty());

    const Requirement& t2 = category.requirements[1];
    CHECK(t2.code == QStringLiteral("T2"));
    CHECK(t2.number == 2);
    CHECK(t2.weight == 2.0);
    CHECK(t2.description.zh == QStringLiteral("每个二级学院(部)参与人数/有条件参与人数≥60%。"));
    CHECK(t2.title.en == QStringLiteral("Participation of eligible retired staff ≥ 60%"));
    CHECK(t2.evidence.isEmpty());
    REQUIRE(t2.isIndicator());
    CHECK(t2.rule->metric == Metric::ParticipationRate);
    CHECK(t2.rule->scope == Scope::SecondaryUnits);
    CHECK(t2.rule->comparison == Comparison::GreaterOrEqual);
    CHECK(t2.rule->target == Approx(0.6));
    CHECK_FALSE(t2.rule->largelyMetAt.has_value());
}

TEST_CASE("The valid fixture that the broken ones derive from loads", "[framework][file]")
{
    // Each broken-*.json file is this one with a single change, so this proves that the
    // change is the only problem in each of them.
    const auto loaded =
        FrameworkLoader::loadFile(frameworkFixture(QStringLiteral("valid-minimal.json")));
    REQUIRE_OK(loaded);
    CHECK(loaded->code == QStringLiteral("test-minimal"));
    CHECK(loaded->requirementCount() == 2);
    CHECK(loaded->requirement(QStringLiteral("T2"))->isIndicator());
}

TEST_CASE("Whitespace and nulls and numbering follow the format", "[framework][parse]")
{
    const QByteArray json = R"({
  "format": "duibiao-framework",
  "formatVersion": 1.0,
  "code": "  spaced  ",
  "version": "2",
  "title": "  标题  ",
  "note": null,
  "source": null,
  "reference": false,
  "categories": [
    { "code": "A", "title": "甲", "requirements": [
        { "code": "A1", "title": "一", "weight": 0.5, "kind": "qualitative",
          "description": null, "guidance": null, "evidence": null, "source": null },
        { "code": "A2", "title": "二", "weight": 3, "kind": "qualitative" } ] },
    { "code": "B", "title": "乙", "requirements": [
        { "code": "b_2.x-Y", "title": "三", "weight": 1, "kind": "indicator",
          "rule": { "metric": "platform_count", "scope": "school_unit",
                    "comparison": "<", "target": 0, "largelyMetAt": 0 } } ] }
  ]
})";
    const auto parsed = FrameworkLoader::parse(json, QStringLiteral("spaced.json"));
    REQUIRE_OK(parsed);
    CHECK(parsed->code == QStringLiteral("spaced"));
    CHECK(parsed->title.zh == QStringLiteral("标题"));
    CHECK(parsed->note.zh.isEmpty());
    const auto requirements = parsed->requirements();
    REQUIRE(requirements.size() == 3);
    CHECK(requirements[0]->weight == 0.5);
    CHECK(requirements[1]->weight == 3.0);
    CHECK(requirements[0]->evidence.isEmpty());
    // Numbering runs on across categories.
    CHECK(requirements[2]->number == 3);
    CHECK(requirements[2]->categoryCode == QStringLiteral("B"));
    CHECK(requirements[2]->code == QStringLiteral("b_2.x-Y"));
    CHECK(requirements[2]->rule->comparison == Comparison::Less);
    REQUIRE(requirements[2]->rule->largelyMetAt.has_value());
    CHECK(*requirements[2]->rule->largelyMetAt == 0.0);
}

TEST_CASE("Every metric, scope and comparison key is accepted in a rule", "[framework][parse]")
{
    QStringList requirements;
    const QStringList metrics{
        QStringLiteral("participation_rate"), QStringLiteral("core_worker_rate"),
        QStringLiteral("hearings_per_year"),  QStringLiteral("trainings_per_year"),
        QStringLiteral("has_unit_rules"),     QStringLiteral("double_menu"),
        QStringLiteral("platform_count"),     QStringLiteral("dual_leader_share")};
    for (int i = 0; i < metrics.size(); ++i)
        requirements.append(indicatorRequirement(QStringLiteral("M%1").arg(i), metrics[i]));
    const QStringList comparisons{QStringLiteral(">="), QStringLiteral(">"), QStringLiteral("<="),
                                  QStringLiteral("<"), QStringLiteral("==")};
    for (int i = 0; i < comparisons.size(); ++i) {
        requirements.append(
            QStringLiteral(R"({"code": "K%1", "title": "比较", "weight": 1, "kind": "indicator",
                               "rule": {"metric": "double_menu", "scope": "school_unit",
                                        "comparison": "%2", "target": 1}})")
                .arg(i)
                .arg(comparisons[i]));
    }
    const auto parsed = FrameworkLoader::parse(frameworkJson(requirements), QStringLiteral("all"));
    REQUIRE_OK(parsed);
    const auto all = parsed->requirements();
    REQUIRE(all.size() == 13);
    for (int i = 0; i < metrics.size(); ++i)
        CHECK(metricKey(all[i]->rule->metric) == metrics[i]);
    for (int i = 0; i < comparisons.size(); ++i)
        CHECK(comparisonSymbol(all[metrics.size() + i]->rule->comparison) == comparisons[i]);
    CHECK(all[0]->rule->scope == Scope::AllUnits);
    CHECK(all[8]->rule->scope == Scope::SchoolUnit);
}

TEST_CASE("Unknown keys inside en objects are ignored", "[framework][parse]")
{
    const QByteArray json = frameworkJson(
        {QStringLiteral(R"({"code": "A1", "title": "一", "weight": 1, "kind": "qualitative",
                            "en": {"title": "One", "subtitle": "ignored", "description": 7}})")},
        QStringLiteral(R"( "en": {"title": "Inline", "futureField": {"x": 1}},)"));
    const auto parsed = FrameworkLoader::parse(json, QStringLiteral("en.json"));
    REQUIRE_OK(parsed);
    CHECK(parsed->title.en == QStringLiteral("Inline"));
    const Requirement& a1 = *parsed->requirements().first();
    CHECK(a1.title.en == QStringLiteral("One"));
    // A text key that is not a string counts as missing: Chinese is shown.
    CHECK(a1.description.en.isEmpty());
}

// ---------------------------------------------------------------------------------------
// English fallback

TEST_CASE("English texts fall back to Chinese", "[framework][language]")
{
    SECTION("LocalizedText::in")
    {
        const LocalizedText both{QStringLiteral("领导机制"), QStringLiteral("Leadership")};
        CHECK(both.in(Language::Chinese) == QStringLiteral("领导机制"));
        CHECK(both.in(Language::English) == QStringLiteral("Leadership"));
        const LocalizedText chineseOnly{QStringLiteral("领导机制"), QString()};
        CHECK(chineseOnly.in(Language::English) == QStringLiteral("领导机制"));
        CHECK(chineseOnly.in(Language::Chinese) == QStringLiteral("领导机制"));
        const LocalizedText englishOnly{QString(), QStringLiteral("Leadership")};
        CHECK(englishOnly.in(Language::Chinese).isEmpty());
    }

    SECTION("Requirement::evidenceIn")
    {
        Requirement requirement;
        requirement.evidence = {QStringLiteral("会议纪要"), QStringLiteral("照片")};
        CHECK(requirement.evidenceIn(Language::English) == requirement.evidence);
        requirement.evidenceEn = {QStringLiteral("Minutes"), QStringLiteral("Photos")};
        CHECK(requirement.evidenceIn(Language::English) == requirement.evidenceEn);
        CHECK(requirement.evidenceIn(Language::Chinese) == requirement.evidence);
        // A partial translation does not line up item by item: Chinese is shown.
        requirement.evidenceEn = {QStringLiteral("Minutes")};
        CHECK(requirement.evidenceIn(Language::English) == requirement.evidence);
    }

    SECTION("a partly translated file reads in English field by field")
    {
        const QByteArray json =
            frameworkJson({QStringLiteral(R"({"code": "A1", "title": "一", "description": "说明",
                                "guidance": "要点", "evidence": ["纪要", "照片"],
                                "weight": 1, "kind": "qualitative",
                                "en": {"title": "One", "evidence": ["Minutes"]}})")});
        const auto parsed = FrameworkLoader::parse(json, QStringLiteral("partial.json"));
        REQUIRE_OK(parsed);
        const Requirement& a1 = *parsed->requirements().first();
        CHECK(a1.title.in(Language::English) == QStringLiteral("One"));
        CHECK(a1.description.in(Language::English) == QStringLiteral("说明"));
        CHECK(a1.guidance.in(Language::English) == QStringLiteral("要点"));
        CHECK(a1.evidenceEn == QStringList{QStringLiteral("Minutes")});
        CHECK(a1.evidenceIn(Language::English) ==
              QStringList{QStringLiteral("纪要"), QStringLiteral("照片")});
        CHECK(parsed->categories[0].title.in(Language::English) == QStringLiteral("类别"));
    }
}

// ---------------------------------------------------------------------------------------
// Broken files

TEST_CASE("Broken framework files are refused naming file and JSON path and problem",
          "[framework][broken]")
{
    struct Case
    {
        const char* file;
        const char* expected; // substring of the message, after "FILE: "
    };
    // clang-format off
    const std::vector<Case> cases{
        {"broken-not-json.json", "line 14, column "},
        {"broken-not-object.json", "$: must be a JSON object"},
        {"broken-wrong-format.json", "$.format: must be \"duibiao-framework\""},
        {"broken-newer-version.json", "$.formatVersion: version 3 is newer"},
        {"broken-fractional-version.json", "$.formatVersion: must be a whole number"},
        {"broken-duplicate-code.json", "$.categories[0].requirements[1].code: duplicate code"},
        {"broken-category-code-clash.json", "$.categories[0].requirements[1].code: duplicate code"},
        {"broken-unknown-metric.json", "$.categories[0].requirements[1].rule.metric: unknown metric"},
        {"broken-unknown-scope.json", "$.categories[0].requirements[1].rule.scope: unknown scope"},
        {"broken-unknown-comparison.json", "$.categories[0].requirements[1].rule.comparison: unknown comparison"},
        {"broken-weight-string.json", "$.categories[0].requirements[1].weight: must be a positive number"},
        {"broken-negative-weight.json", "$.categories[0].requirements[0].weight: must be a positive number"},
        {"broken-zero-weight.json", "$.categories[0].requirements[0].weight: must be a positive number"},
        {"broken-missing-weight.json", "$.categories[0].requirements[0].weight: is missing"},
        {"broken-empty-title.json", "$.categories[0].requirements[0].title: must not be empty"},
        {"broken-indicator-without-rule.json", "$.categories[0].requirements[1].rule: an indicator requirement needs a rule"},
        {"broken-qualitative-with-rule.json", "$.categories[0].requirements[0].rule: a qualitative requirement must not have a rule"},
        {"broken-unknown-key.json", "$.categories[0].requirements[1].rule.larglyMetAt: unknown key"},
        {"broken-no-categories.json", "$.categories: must be a non-empty array"},
        {"broken-no-requirements.json", "$.categories[0].requirements: must be a non-empty array"},
        {"broken-bad-code.json", "$.categories[0].requirements[0].code: “1T” is not a valid code"},
        {"broken-largely-out-of-range.json", "$.categories[0].requirements[1].rule.largelyMetAt: must be a share between 0 and 1"},
        {"broken-negative-platform-target.json", "$.categories[0].requirements[1].rule.target: a platform count cannot be negative"},
        {"broken-target-string.json", "$.categories[0].requirements[1].rule.target: must be a number"},
        {"broken-unknown-kind.json", "$.categories[0].requirements[0].kind: unknown kind"},
        {"broken-empty-evidence-item.json", "$.categories[0].requirements[0].evidence[1]: must be a non-empty string"},
        {"broken-reference-without-note.json", "$.note: a reference framework must carry a note"},
        {"broken-reference-not-bool.json", "$.reference: must be true or false"},
        {"broken-en-not-object.json", "$.categories[0].en: must be an object of translated texts"},
        {"broken-v1-scoring.json", "$.categories[0].requirements[0].scoring: needs formatVersion 2"},
        {"broken-total-mismatch.json", "$.total: the requirement weights (points) add up to 90, not to the total 100"},
        {"broken-unknown-scoring.json", "$.categories[0].requirements[0].scoring: unknown scoring “stars”"},
    };
    // clang-format on

    for (const Case& c : cases) {
        const QString file = QString::fromUtf8(c.file);
        const QString expected = file + QStringLiteral(": ") + QString::fromUtf8(c.expected);
        DYNAMIC_SECTION(c.file)
        {
            const auto loaded = FrameworkLoader::loadFile(frameworkFixture(file));
            REQUIRE_FALSE(loaded.ok());
            const QString message = loaded.error().message;
            INFO("message: " << message.toStdString());
            INFO("expected: " << expected.toStdString());
            CHECK(loaded.error().kind == Error::Kind::UserInput);
            CHECK(message.contains(expected));
            // The message names the file, not the folder it is in.
            CHECK(message.startsWith(file + QStringLiteral(": ")));
            CHECK_FALSE(message.contains(QStringLiteral("tests/data")));
            // Each fixture has exactly one problem.
            CHECK(message.count(QLatin1Char('\n')) == 0);
        }
    }
}

TEST_CASE("A JSON syntax error is reported with its line and column", "[framework][broken]")
{
    const auto loaded =
        FrameworkLoader::loadFile(frameworkFixture(QStringLiteral("broken-not-json.json")));
    REQUIRE_FALSE(loaded.ok());
    const QString message = loaded.error().message;
    INFO(message.toStdString());
    // The comma after "T1" is missing on line 13; the parser stumbles on the next token.
    CHECK(message.startsWith(QStringLiteral("broken-not-json.json: line 14, column ")));
    CHECK(message.contains(QStringLiteral("not valid JSON")));
}

TEST_CASE("Other malformed input is refused", "[framework][broken]")
{
    SECTION("empty input")
    {
        const auto parsed = FrameworkLoader::parse(QByteArray(), QStringLiteral("empty.json"));
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().message.startsWith(QStringLiteral("empty.json: line 1")));
    }
    SECTION("a JSON string at the top")
    {
        const auto parsed = FrameworkLoader::parse("\"framework\"", QStringLiteral("s.json"));
        REQUIRE_FALSE(parsed.ok());
        // Qt's parser refuses a scalar at the top already; either way the file is named.
        CHECK(parsed.error().message.startsWith(QStringLiteral("s.json: ")));
    }
    SECTION("invalid UTF-8")
    {
        QByteArray json = frameworkJson({QStringLiteral(
            R"({"code": "A1", "title": "XX", "weight": 1, "kind": "qualitative"})")});
        json.replace("XX", "\xff\xfe");
        const auto parsed = FrameworkLoader::parse(json, QStringLiteral("latin.json"));
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().message.contains(QStringLiteral("not valid JSON")));
    }
    SECTION("format missing")
    {
        const auto parsed = FrameworkLoader::parse("{}", QStringLiteral("none.json"));
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().message.contains(QStringLiteral("none.json: $.format: ")));
    }
    SECTION("formatVersion missing or below 1")
    {
        for (const char* version : {"", R"("formatVersion": 0,)", R"("formatVersion": "1",)",
                                    R"("formatVersion": -1,)"}) {
            INFO("variant " << version);
            const QByteArray json = QByteArray(R"({"format": "duibiao-framework", )") + version +
                                    R"( "code": "c", "version": "1", "title": "t",
                                        "categories": []})";
            const auto parsed = FrameworkLoader::parse(json, QStringLiteral("v.json"));
            REQUIRE_FALSE(parsed.ok());
            CHECK(parsed.error().message ==
                  QStringLiteral("v.json: $.formatVersion: must be a whole number from 1"));
        }
    }
}

TEST_CASE("A formatVersion too large for an int is refused as newer", "[framework][broken]")
{
    // Regression (fixed; was a bug in FrameworkLoader.cpp, parse(), the "formatVersion.toInt() >
    // supportedFormatVersion" check): QJsonValue::toInt() returns 0 for a whole number outside the
    // int range, so formatVersion 3000000000 passes the version check and the file is read as
    // version 1.
    const auto loaded =
        FrameworkLoader::loadFile(frameworkFixture(QStringLiteral("broken-huge-version.json")));
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().message.contains(
        QStringLiteral("broken-huge-version.json: $.formatVersion: ")));
}

TEST_CASE("A file with several problems reports all of them", "[framework][broken]")
{
    const auto loaded =
        FrameworkLoader::loadFile(frameworkFixture(QStringLiteral("broken-several-problems.json")));
    REQUIRE_FALSE(loaded.ok());
    const QString message = loaded.error().message;
    INFO(message.toStdString());
    const QStringList lines = message.split(QLatin1Char('\n'));
    CHECK(lines.size() == 4);
    const QString file = QStringLiteral("broken-several-problems.json: ");
    for (const QString& line : lines)
        CHECK(line.startsWith(file));
    const QStringList expected{
        file + QStringLiteral("$.version: is missing"),
        file + QStringLiteral("$.categories[0].requirements[0].weight: must be a positive number"),
        file + QStringLiteral("$.categories[0].requirements[1].wieght: unknown key"),
        file + QStringLiteral("$.categories[0].requirements[1].rule.scope: unknown scope"),
    };
    for (const QString& e : expected) {
        INFO("expected line: " << e.toStdString());
        bool found = false;
        for (const QString& line : lines)
            found = found || line.startsWith(e);
        CHECK(found);
    }
}

TEST_CASE("At most 50 problems are reported", "[framework][broken]")
{
    QStringList requirements;
    for (int i = 0; i < 80; ++i) {
        requirements.append(
            QStringLiteral(R"({"code": "R%1", "title": "t", "weight": -1, "kind": "qualitative"})")
                .arg(i));
    }
    const auto parsed =
        FrameworkLoader::parse(frameworkJson(requirements), QStringLiteral("many.json"));
    REQUIRE_FALSE(parsed.ok());
    const QStringList lines = parsed.error().message.split(QLatin1Char('\n'));
    CHECK(lines.size() == 50);
    CHECK(lines.first() ==
          QStringLiteral(
              "many.json: $.categories[0].requirements[0].weight: must be a positive number"));
}

TEST_CASE("Loading a missing file names it", "[framework][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("does-not-exist.json"));
    const auto loaded = FrameworkLoader::loadFile(path);
    REQUIRE_FALSE(loaded.ok());
    INFO(loaded.error().message.toStdString());
    CHECK(loaded.error().message.startsWith(QStringLiteral("does-not-exist.json: ")));
    CHECK(loaded.error().message.contains(QStringLiteral("cannot be read")));

    const auto noPath = FrameworkLoader::loadFile(QString());
    REQUIRE_FALSE(noPath.ok());
    CHECK(noPath.error().message.startsWith(QStringLiteral("?: ")));
}

TEST_CASE("A framework written to disk loads back", "[framework][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("written.json"));
    writeFile(path, frameworkJson({indicatorRequirement(QStringLiteral("W1"),
                                                        QStringLiteral("hearings_per_year"))}));
    const auto loaded = FrameworkLoader::loadFile(path);
    REQUIRE_OK(loaded);
    CHECK(loaded->requirement(QStringLiteral("W1"))->rule->metric == Metric::HearingsPerYear);
}

TEST_CASE("A directory is not a framework file", "[framework][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto loaded = FrameworkLoader::loadFile(dir.path());
    REQUIRE_FALSE(loaded.ok());
    CHECK(
        loaded.error().message.startsWith(QFileInfo(dir.path()).fileName() + QStringLiteral(": ")));
}

TEST_CASE("The column of a syntax error counts characters not bytes", "[framework][broken]")
{
    // Regression (fixed; was a bug in FrameworkLoader.cpp, lineAndColumn()): the column counts
    // UTF-8 bytes, so every Chinese character before the error adds 3 instead of 1. For the first
    // input below the loader reports "line 1, column 22" although the stray x is the 18th
    // character, as in the second input. Chinese is the primary language of framework files, so the
    // reported column is usually wrong in a way an author's editor does not show.
    const auto chinese =
        FrameworkLoader::parse(R"({"a": "测试", "b": x})", QStringLiteral("c.json"));
    const auto ascii = FrameworkLoader::parse(R"({"a": "ab", "b": x})", QStringLiteral("c.json"));
    REQUIRE_FALSE(chinese.ok());
    REQUIRE_FALSE(ascii.ok());
    CHECK(ascii.error().message.startsWith(QStringLiteral("c.json: line 1, column 18: ")));
    CHECK(chinese.error().message.startsWith(QStringLiteral("c.json: line 1, column 18: ")));
}

TEST_CASE("null for an optional key means the key is left out", "[framework][parse]")
{
    // docs/formats/framework.md, Conventions: "For optional keys, null means the same as
    // leaving the key out." Strings (note, source, description, guidance) and evidence
    // follow this, and so (since a fix) do the keys of the sections below.
    auto parse = [](const QByteArray& json) {
        const auto parsed = FrameworkLoader::parse(json, QStringLiteral("null.json"));
        INFO((parsed.ok() ? QString() : parsed.error().message).toStdString());
        CHECK(parsed.ok());
    };
    const QString qualitative =
        QStringLiteral(R"({"code": "A1", "title": "一", "weight": 1, "kind": "qualitative"%1})");

    SECTION("description, guidance, source and evidence")
    {
        parse(frameworkJson({qualitative.arg(
            QStringLiteral(R"(, "description": null, "guidance": null, "source": null,
                              "evidence": null)"))}));
    }
    SECTION("note and source at the top")
    {
        parse(frameworkJson({qualitative.arg(QString())},
                            QStringLiteral(R"( "note": null, "source": null,)")));
    }
    SECTION("en of a requirement")
    {
        // Regression (fixed; was a bug in FrameworkLoader.cpp, readTranslations()): "en": null is
        // refused with
        // "$.categories[0].requirements[0].en: must be an object of translated texts".
        parse(frameworkJson({qualitative.arg(QStringLiteral(R"(, "en": null)"))}));
    }
    SECTION("en at the top")
    {
        // Regression (fixed; was a bug in FrameworkLoader.cpp, readTranslations()): refused with
        // "$.en: must be an object of translated texts".
        parse(frameworkJson({qualitative.arg(QString())}, QStringLiteral(R"( "en": null,)")));
    }
    SECTION("reference")
    {
        // Regression (fixed; was a bug in FrameworkLoader.cpp, parse(), the "reference" check):
        // refused with
        // "$.reference: must be true or false".
        parse(
            frameworkJson({qualitative.arg(QString())}, QStringLiteral(R"( "reference": null,)")));
    }
    SECTION("largelyMetAt")
    {
        // Regression (fixed; was a bug in FrameworkLoader.cpp, readRule(), the largelyMetAt check):
        // refused with
        // "$.categories[0].requirements[0].rule.largelyMetAt: must be a number".
        parse(frameworkJson({QStringLiteral(
            R"({"code": "A1", "title": "一", "weight": 1, "kind": "indicator",
                "rule": {"metric": "double_menu", "scope": "all_units", "comparison": ">=",
                         "target": 1, "largelyMetAt": null}})")}));
    }
    SECTION("rule of a qualitative requirement")
    {
        // Regression (fixed; was a bug in FrameworkLoader.cpp, readRequirement(), the qualitative
        // branch tests rule.isUndefined() only): refused with
        // "$.categories[0].requirements[0].rule: a qualitative requirement must not have a rule".
        parse(frameworkJson({qualitative.arg(QStringLiteral(R"(, "rule": null)"))}));
    }
}
