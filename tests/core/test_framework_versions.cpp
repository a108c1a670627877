// Framework versions kept in a document, the differences between two versions, and moving
// an assessment from one version to another.
#include "TestSupport.h"
#include "framework/BuiltinFrameworks.h"
#include "framework/FrameworkDiff.h"
#include "framework/FrameworkLoader.h"
#include "framework/FrameworkSheet.h"
#include "storage/FrameworkChoices.h"
#include "storage/FrameworkRepository.h"

#include <QFile>

using namespace duibiao;
using namespace duibiao::test;

namespace {

Framework builtin()
{
    Result<Framework> framework = FrameworkLoader::loadBuiltin();
    REQUIRE_OK(framework);
    return *framework;
}

QByteArray builtinJson()
{
    QFile file(FrameworkLoader::builtinPath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

Requirement* requirement(Framework& framework, const QString& code)
{
    for (Category& category : framework.categories) {
        for (Requirement& r : category.requirements) {
            if (r.code == code)
                return &r;
        }
    }
    FAIL("no requirement " << code.toStdString());
    return nullptr;
}

// The requirements' numbers and category codes follow from their place, as the loader sets
// them; a framework edited in place goes through JSON to get them right.
Framework reread(const Framework& framework)
{
    Result<Framework> again =
        FrameworkLoader::parse(frameworkToJson(framework), QStringLiteral("t"));
    REQUIRE_OK(again);
    return *again;
}

} // namespace

TEST_CASE("nextVersion counts the last number up or adds one")
{
    CHECK(nextVersion(QStringLiteral("2019.1")) == QStringLiteral("2019.2"));
    CHECK(nextVersion(QStringLiteral("1")) == QStringLiteral("2"));
    CHECK(nextVersion(QStringLiteral("v3-draft")) == QStringLiteral("v3-draft.1"));
    CHECK(nextVersion(QStringLiteral("v3-draft.1")) == QStringLiteral("v3-draft.2"));
    CHECK(nextVersion(QStringLiteral("2019.09")) == QStringLiteral("2019.10"));
    CHECK(nextVersion(QStringLiteral("9")) == QStringLiteral("10"));
    CHECK(nextVersion(QStringLiteral("99999999999999999999")) ==
          QStringLiteral("100000000000000000000"));
}

TEST_CASE("framework versions are added once, conflicts refused, removal refused while in use")
{
    TempDocument document;
    FrameworkRepository& repository = document->frameworks();
    Framework edited = builtin();
    edited.version = QStringLiteral("2019.2");
    edited.categories[0].requirements[0].title.zh += QStringLiteral("(修订)");
    const QByteArray json = frameworkToJson(edited);

    Result<qint64> id = repository.add(json, QStringLiteral("  修订稿 "));
    REQUIRE_OK(id);
    // The same content again, laid out differently, is the same version.
    Result<qint64> again = repository.add(frameworkToJson(reread(edited)) + "\n", {});
    REQUIRE_OK(again);
    CHECK(*again == *id);

    Result<QVector<FrameworkVersion>> all = repository.all();
    REQUIRE_OK(all);
    REQUIRE(all->size() == 1);
    CHECK(all->at(0).code == QStringLiteral("jiangsu-ggw-2019"));
    CHECK(all->at(0).version == QStringLiteral("2019.2"));
    CHECK(all->at(0).note == QStringLiteral("修订稿"));
    CHECK(all->at(0).created == document.clock.now());
    CHECK_FALSE(all->at(0).inUse);
    Result<QByteArray> stored = repository.json(*id);
    REQUIRE_OK(stored);
    CHECK(*stored == json);
    Result<Framework> loaded = repository.load(*id);
    REQUIRE_OK(loaded);
    CHECK(loaded->categories[0].requirements[0].title.zh.endsWith(QStringLiteral("(修订)")));

    // Same code and version, other content: refused, nothing stored.
    Framework other = edited;
    other.categories[0].requirements[0].weight = 5;
    Result<qint64> conflict = repository.add(frameworkToJson(other), {});
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().kind == Error::Kind::UserInput);
    CHECK(conflict.error().message.contains(
        QStringLiteral("Version 2019.2 of framework jiangsu-ggw-2019 is already in this document "
                       "with other content")));
    // The version the assessment is on (its snapshot) counts too.
    Framework builtinEdited = builtin();
    builtinEdited.categories[0].requirements[0].weight = 7;
    CHECK_FALSE(repository.add(frameworkToJson(builtinEdited), {}).ok());
    // …while the snapshot's own content is welcome, and is then in use.
    Result<qint64> snapshot = repository.add(builtinJson(), {});
    REQUIRE_OK(snapshot);
    all = repository.all();
    REQUIRE_OK(all);
    REQUIRE(all->size() == 2);

    Status inUse = repository.remove(*snapshot);
    REQUIRE_FALSE(inUse.ok());
    CHECK(inUse.error().message.contains(QStringLiteral("is used by assessment")));
    REQUIRE_OK(repository.remove(*id));
    all = repository.all();
    REQUIRE_OK(all);
    REQUIRE(all->size() == 1);
    CHECK(all->at(0).inUse);
    CHECK_FALSE(repository.json(*id).ok());
    CHECK_FALSE(repository.remove(*id).ok());
}

TEST_CASE("hostile framework JSON is refused with its path and leaves the document unchanged")
{
    TempDocument document;
    const QString path = document.path();
    document.close();
    const QByteArray before = readFile(path);
    document.reopen();

    const QByteArray bad =
        QByteArray(builtinJson()).replace("\"weight\": 1,", "\"weight\": \"heavy\",");
    REQUIRE(bad != builtinJson());
    Result<qint64> refused = document->frameworks().add(bad, QStringLiteral("x"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("$.categories[")));
    CHECK(refused.error().message.contains(QStringLiteral("].weight")));
    for (const QByteArray& hostile :
         {QByteArray("{"), QByteArray("[]"),
          QByteArray("{\"format\": \"duibiao-framework\", "
                     "\"formatVersion\": 99}"),
          QByteArray(builtinJson()).replace("\"code\": \"L1\"", "\"code\": \"L2\"")}) {
        Result<qint64> result = document->frameworks().add(hostile, {});
        CHECK_FALSE(result.ok());
    }
    Result<QVector<FrameworkVersion>> all = document->frameworks().all();
    REQUIRE_OK(all);
    CHECK(all->isEmpty());
    document.close();
    CHECK(readFile(path) == before);
}

TEST_CASE("the versions a user can pick: stored ones, snapshots and the built-in, once each")
{
    TempDocument document;
    Result<QVector<FrameworkChoice>> choices = availableFrameworks(*document);
    REQUIRE_OK(choices);
    // The assessment is on the built-in framework: offered once, as its snapshot; the
    // other built-in framework (the college checklist) follows.
    REQUIRE(choices->size() == 2);
    CHECK(choices->at(0).origin == FrameworkOrigin::Assessment);
    CHECK(choices->at(0).current);
    CHECK(choices->at(0).label() == QStringLiteral("jiangsu-ggw-2019@2019.1"));
    CHECK(choices->at(1).origin == FrameworkOrigin::Builtin);
    CHECK_FALSE(choices->at(1).current);
    CHECK(choices->at(1).label() == QStringLiteral("college-ggw-2020@2020.1"));

    Framework edited = builtin();
    edited.version = QStringLiteral("2019.2");
    REQUIRE_OK(document->frameworks().add(frameworkToJson(edited), {}));
    choices = availableFrameworks(*document);
    REQUIRE_OK(choices);
    REQUIRE(choices->size() == 3);
    CHECK(choices->at(0).origin == FrameworkOrigin::Stored);
    CHECK_FALSE(choices->at(0).current);
    Result<FrameworkChoice> found =
        findFramework(*document, QStringLiteral("jiangsu-ggw-2019@2019.2"));
    REQUIRE_OK(found);
    CHECK(found->json == frameworkToJson(edited));
    Result<FrameworkChoice> missing = findFramework(*document, QStringLiteral("x@1"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("jiangsu-ggw-2019@2019.2")));
    // Nothing was stored for the snapshot or the built-in.
    Result<QVector<FrameworkVersion>> stored = document->frameworks().all();
    REQUIRE_OK(stored);
    CHECK(stored->size() == 1);
}

TEST_CASE("diffFrameworks tells added, removed, reworded, changed and moved requirements")
{
    const Framework from = builtin();
    SECTION("identical frameworks do not differ")
    {
        const FrameworkDiff diff = diffFrameworks(from, from);
        CHECK(diff.isEmpty());
        CHECK(describeDiff(diff, Language::Chinese).isEmpty());
        CHECK(diff.requirements.size() == from.requirementCount());
    }
    SECTION("each kind of change")
    {
        Framework to = from;
        to.version = QStringLiteral("2019.2");
        const QString reworded = to.categories[0].requirements[0].code;
        const QString weighted = to.categories[0].requirements[1].code;
        const QString moved = to.categories[0].requirements[2].code;
        const QString removed = to.categories[1].requirements[0].code;
        const QString oldTitle = to.categories[0].requirements[0].title.zh;
        requirement(to, reworded)->title.zh = QStringLiteral("新标题");
        requirement(to, weighted)->weight = 3;
        requirement(to, weighted)->guidance.zh = QStringLiteral("新的指导");
        // Into the next category, at its end.
        Requirement carried = *requirement(to, moved);
        to.categories[0].requirements.removeAt(2);
        to.categories[1].requirements.append(carried);
        to.categories[1].requirements.removeAt(0);
        Requirement added;
        added.code = QStringLiteral("N1");
        added.title.zh = QStringLiteral("新要求");
        to.categories[1].requirements.prepend(added);
        to.categories[2].title.zh = QStringLiteral("新类别标题");
        to = reread(to);

        const FrameworkDiff diff = diffFrameworks(from, to);
        CHECK_FALSE(diff.isEmpty());
        CHECK(diff.codes(RequirementDiff::Kind::Added) == QStringList{QStringLiteral("N1")});
        CHECK(diff.codes(RequirementDiff::Kind::Removed) == QStringList{removed});
        CHECK(diff.codes(RequirementDiff::Kind::Reworded) == QStringList{reworded});
        CHECK(diff.codes(RequirementDiff::Kind::Changed) == QStringList{weighted});
        CHECK(diff.codes(RequirementDiff::Kind::Moved) == QStringList{moved});
        CHECK(diff.requirement(weighted)->fields ==
              QStringList{QStringLiteral("guidance"), QStringLiteral("weight")});
        CHECK(diff.requirement(moved)->fields.contains(QStringLiteral("category")));
        CHECK(diff.requirement(reworded)->fields == QStringList{QStringLiteral("title")});
        // Inserting N1 and removing one before them moves no other requirement.
        CHECK(diff.codes(RequirementDiff::Kind::Unchanged).size() == from.requirementCount() - 4);
        REQUIRE(diff.categories.size() == 1);
        CHECK(diff.categories[0].kind == CategoryDiff::Kind::Retitled);

        const QStringList zh = describeDiff(diff, Language::Chinese);
        CHECK(zh.contains(QStringLiteral("%1 标题已修改: %2 → 新标题").arg(reworded, oldTitle)));
        CHECK(zh.contains(QStringLiteral("%1 权重已修改: %2 → 3")
                              .arg(weighted)
                              .arg(from.requirement(weighted)->weight)));
        CHECK(zh.contains(QStringLiteral("%1 指导已修改").arg(weighted)));
        CHECK(zh.contains(QStringLiteral("N1 新增: 新要求")));
        const QStringList en = describeDiff(diff, Language::English);
        CHECK(en.contains(QStringLiteral("%1 weight changed: %2 → 3")
                              .arg(weighted)
                              .arg(from.requirement(weighted)->weight)));
        CHECK(en.size() == zh.size());
    }
    SECTION("a changed rule and a changed kind are changes, not rewording")
    {
        Framework to = from;
        Requirement* indicator = nullptr;
        for (Category& category : to.categories) {
            for (Requirement& r : category.requirements) {
                if (r.rule && !indicator)
                    indicator = &r;
            }
        }
        REQUIRE(indicator);
        const QString code = indicator->code;
        indicator->rule->target += 0.1;
        const FrameworkDiff diff = diffFrameworks(from, reread(to));
        CHECK(diff.codes(RequirementDiff::Kind::Changed) == QStringList{code});
        CHECK(diff.requirement(code)->fields == QStringList{QStringLiteral("rule")});
        requirement(to, code)->rule.reset();
        const FrameworkDiff kind = diffFrameworks(from, reread(to));
        CHECK(kind.requirement(code)->fields ==
              QStringList({QStringLiteral("kind"), QStringLiteral("rule")}));
    }
    SECTION("swapping two requirements moves one of them")
    {
        Framework to = from;
        std::swap(to.categories[0].requirements[0], to.categories[0].requirements[1]);
        const FrameworkDiff diff = diffFrameworks(from, reread(to));
        CHECK(diff.codes(RequirementDiff::Kind::Moved).size() == 1);
        CHECK(diff.codes(RequirementDiff::Kind::Unchanged).size() == from.requirementCount() - 1);
        CHECK(describeDiff(diff, Language::English).first().contains(QStringLiteral("order")));
    }
}

namespace {

// A version-2 framework of one category around `requirements` (JSON objects).
QByteArray renamingJson(int formatVersion, const QString& requirements)
{
    return QStringLiteral(R"({"format": "duibiao-framework", "formatVersion": %1, "code": "x",
        "version": "2", "title": "X",
        "categories": [{"code": "C", "title": "类别", "requirements": [%2]}]})")
        .arg(formatVersion)
        .arg(requirements)
        .toUtf8();
}

QString refusal(const QByteArray& json)
{
    const Result<Framework> framework = FrameworkLoader::parse(json, QStringLiteral("f.json"));
    REQUIRE_FALSE(framework.ok());
    CHECK(framework.error().kind == Error::Kind::UserInput);
    return framework.error().message;
}

} // namespace

TEST_CASE("a requirement names the codes it replaces, in format version 2")
{
    const QString items = QStringLiteral(
        R"({"code": "T6", "title": "六", "weight": 1, "kind": "qualitative",
            "replaces": ["T5", "T4a"]},
           {"code": "T7", "title": "七", "weight": 1, "kind": "qualitative"})");
    Result<Framework> framework =
        FrameworkLoader::parse(renamingJson(2, items), QStringLiteral("f.json"));
    REQUIRE_OK(framework);
    CHECK(framework->requirement(QStringLiteral("T6"))->replaces ==
          QStringList({QStringLiteral("T5"), QStringLiteral("T4a")}));
    CHECK(framework->requirement(QStringLiteral("T7"))->replaces.isEmpty());
    // Written back, as version 2, and read back the same.
    const QByteArray json = frameworkToJson(*framework);
    CHECK(json.contains("\"formatVersion\": 2"));
    Result<Framework> again = FrameworkLoader::parse(json, QStringLiteral("again.json"));
    REQUIRE_OK(again);
    CHECK(again->requirement(QStringLiteral("T6"))->replaces ==
          framework->requirement(QStringLiteral("T6"))->replaces);

    SECTION("refused in a version 1 file")
    {
        CHECK(refusal(renamingJson(1, items))
                  .contains(QStringLiteral(
                      "f.json: $.categories[0].requirements[0].replaces: needs formatVersion 2")));
    }
    SECTION("codes that are not well-formed")
    {
        const QString bad = QStringLiteral(
            R"({"code": "T6", "title": "六", "weight": 1, "kind": "qualitative",
                "replaces": ["T5", "第5条", 5]})");
        const QString error = refusal(renamingJson(2, bad));
        CHECK(error.contains(QStringLiteral(
            "$.categories[0].requirements[0].replaces[1]: must be a requirement code")));
        CHECK(error.contains(QStringLiteral("$.categories[0].requirements[0].replaces[2]:")));
        CHECK_FALSE(error.contains(QStringLiteral("replaces[0]")));
        const QString notArray = QStringLiteral(
            R"({"code": "T6", "title": "六", "weight": 1, "kind": "qualitative",
                "replaces": "T5"})");
        CHECK(refusal(renamingJson(2, notArray))
                  .contains(QStringLiteral(
                      "$.categories[0].requirements[0].replaces: must be an array of requirement "
                      "codes")));
    }
    SECTION("a code the file still has")
    {
        const QString still = QStringLiteral(
            R"({"code": "T6", "title": "六", "weight": 1, "kind": "qualitative",
                "replaces": ["T7"]},
               {"code": "T7", "title": "七", "weight": 1, "kind": "qualitative",
                "replaces": ["T7"]})");
        const QString error = refusal(renamingJson(2, still));
        CHECK(error.contains(QStringLiteral(
            "f.json: $.categories[0].requirements[0].replaces[0]: “T7” is a code of this "
            "framework")));
        CHECK(error.contains(QStringLiteral("$.categories[0].requirements[1].replaces[0]: “T7”")));
    }
    SECTION("a code replaced by two requirements")
    {
        const QString twice = QStringLiteral(
            R"({"code": "T6", "title": "六", "weight": 1, "kind": "qualitative",
                "replaces": ["T5"]},
               {"code": "T7", "title": "七", "weight": 1, "kind": "qualitative",
                "replaces": ["T5"]})");
        CHECK(refusal(renamingJson(2, twice))
                  .contains(QStringLiteral(
                      "f.json: $.categories[0].requirements[1].replaces[0]: “T5” is already "
                      "replaced at $.categories[0].requirements[0].replaces[0]")));
    }
}

TEST_CASE("diffFrameworks tells a renumbered requirement, in both directions")
{
    const Framework from = builtin();
    const QString old = from.categories[0].requirements[1].code;
    const QString oldTitle = from.categories[0].requirements[1].title.zh;
    Framework to = from;
    to.version = QStringLiteral("2019.2");
    Requirement& renumbered = to.categories[0].requirements[1];
    renumbered.code = QStringLiteral("R6");
    renumbered.replaces = QStringList{QStringLiteral("Q9"), old};
    renumbered.title.zh = QStringLiteral("新标题");
    to = reread(to);

    const FrameworkDiff diff = diffFrameworks(from, to);
    CHECK(diff.codes(RequirementDiff::Kind::Renamed) == QStringList{QStringLiteral("R6")});
    CHECK(diff.codes(RequirementDiff::Kind::Added).isEmpty());
    CHECK(diff.codes(RequirementDiff::Kind::Removed).isEmpty());
    CHECK(diff.codes(RequirementDiff::Kind::Unchanged).size() == from.requirementCount() - 1);
    const RequirementDiff* entry = diff.requirement(QStringLiteral("R6"));
    REQUIRE(entry);
    CHECK(entry->renamedFrom == old);
    // The wording change is listed; "replaces" itself and the place are not.
    CHECK(entry->fields == QStringList{QStringLiteral("title")});
    const QStringList zh = describeDiff(diff, Language::Chinese);
    CHECK(zh == QStringList({QStringLiteral("%1 → R6 编号变更(工作随之迁移)").arg(old),
                             QStringLiteral("R6 标题已修改: %1 → 新标题").arg(oldTitle)}));
    CHECK(describeDiff(diff, Language::English)
              .contains(QStringLiteral("%1 → R6 code changed (the work moves with it)").arg(old)));

    // Moving back: the old version has the code that R6 replaces.
    const FrameworkDiff back = diffFrameworks(to, from);
    CHECK(back.codes(RequirementDiff::Kind::Renamed) == QStringList{old});
    CHECK(back.requirement(old)->renamedFrom == QStringLiteral("R6"));
    CHECK(back.codes(RequirementDiff::Kind::Added).isEmpty());
    CHECK(back.codes(RequirementDiff::Kind::Removed).isEmpty());
    CHECK(describeDiff(back, Language::Chinese)
              .contains(QStringLiteral("R6 → %1 编号变更(工作随之迁移)").arg(old)));

    SECTION("no rename when the old version has the new code as well")
    {
        // R6 already in `from` (as a requirement of its own): the old code is removed.
        Framework both = from;
        Requirement extra;
        extra.code = QStringLiteral("R6");
        extra.title.zh = QStringLiteral("新标题");
        extra.categoryCode = both.categories[0].code;
        both.categories[0].requirements.append(extra);
        both = reread(both);
        Framework target = to;
        requirement(target, QStringLiteral("R6"))->replaces = QStringList{old};
        const FrameworkDiff notRenamed = diffFrameworks(both, reread(target));
        CHECK(notRenamed.codes(RequirementDiff::Kind::Renamed).isEmpty());
        CHECK(notRenamed.codes(RequirementDiff::Kind::Removed) == QStringList{old});
    }
    SECTION("a renumbered requirement that also moved says so")
    {
        Framework elsewhere = to;
        Requirement carried = elsewhere.categories[0].requirements.takeAt(1);
        elsewhere.categories[1].requirements.append(carried);
        const FrameworkDiff placed = diffFrameworks(from, reread(elsewhere));
        const RequirementDiff* moved = placed.requirement(QStringLiteral("R6"));
        REQUIRE(moved);
        CHECK(moved->kind == RequirementDiff::Kind::Renamed);
        CHECK(moved->fields.contains(QStringLiteral("category")));
    }
}

TEST_CASE("diffFrameworks tells a changed total or pass mark")
{
    const Framework from = builtin();
    Framework to = from;
    CHECK_FALSE(diffFrameworks(from, to).scoring.changed());
    to.passMark = 80;
    const FrameworkDiff diff = diffFrameworks(from, to);
    CHECK(diff.scoring.changed());
    CHECK_FALSE(diff.isEmpty());
    const QStringList lines = describeDiff(diff, Language::Chinese);
    REQUIRE(lines.size() == 1);
    CHECK(lines.first() == QStringLiteral("框架计分已修改: 总分 无 → 无,合格线 无 → 80"));
    CHECK(describeDiff(diff, Language::English).first() ==
          QStringLiteral("Framework scoring changed: total none → none, pass mark none → 80"));
}
