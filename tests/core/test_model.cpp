// Tests of core/model: ratings, indicator rules, unit figures, platforms, phases and
// rectification items.
#include "TestSupport.h"

#include "model/IndicatorRule.h"
#include "model/Phase.h"
#include "model/Platform.h"
#include "model/Rating.h"
#include "model/RectificationItem.h"
#include "model/UnitFigures.h"

#include <QDate>
#include <QSet>
#include <QString>

#include <array>
#include <utility>

using namespace duibiao;

// ---------------------------------------------------------------------------------------
// Rating

TEST_CASE("Rating keys round-trip", "[model][rating]")
{
    QSet<QString> keys;
    for (Rating rating : allRatings) {
        const QString key = ratingKey(rating);
        INFO("key " << key);
        CHECK_FALSE(key.isEmpty());
        const auto back = ratingFromKey(key);
        REQUIRE(back.has_value());
        CHECK(*back == rating);
        keys.insert(key);
    }
    CHECK(keys.size() == 6);

    // The stored keys are part of the document format: they must not change.
    CHECK(ratingKey(Rating::Unrated) == QStringLiteral("unrated"));
    CHECK(ratingKey(Rating::Met) == QStringLiteral("met"));
    CHECK(ratingKey(Rating::LargelyMet) == QStringLiteral("largely_met"));
    CHECK(ratingKey(Rating::PartlyMet) == QStringLiteral("partly_met"));
    CHECK(ratingKey(Rating::NotMet) == QStringLiteral("not_met"));
    CHECK(ratingKey(Rating::NotApplicable) == QStringLiteral("not_applicable"));

    CHECK_FALSE(ratingFromKey(QStringLiteral("excellent")).has_value());
    CHECK_FALSE(ratingFromKey(QString()).has_value());
    CHECK_FALSE(ratingFromKey(QStringLiteral("Met")).has_value());
    CHECK_FALSE(ratingFromKey(QStringLiteral(" met")).has_value());
}

TEST_CASE("Rating labels come in both languages", "[model][rating]")
{
    CHECK(ratingLabel(Rating::Met, Language::Chinese) == QStringLiteral("达标"));
    CHECK(ratingLabel(Rating::LargelyMet, Language::Chinese) == QStringLiteral("基本达标"));
    CHECK(ratingLabel(Rating::PartlyMet, Language::Chinese) == QStringLiteral("部分达标"));
    CHECK(ratingLabel(Rating::NotMet, Language::Chinese) == QStringLiteral("未达标"));
    CHECK(ratingLabel(Rating::NotApplicable, Language::Chinese) == QStringLiteral("不适用"));
    CHECK(ratingLabel(Rating::Unrated, Language::Chinese) == QStringLiteral("未评"));

    CHECK(ratingLabel(Rating::Met, Language::English) == QStringLiteral("Met"));
    CHECK(ratingLabel(Rating::LargelyMet, Language::English) == QStringLiteral("Largely met"));
    CHECK(ratingLabel(Rating::PartlyMet, Language::English) == QStringLiteral("Partly met"));
    CHECK(ratingLabel(Rating::NotMet, Language::English) == QStringLiteral("Not met"));
    CHECK(ratingLabel(Rating::NotApplicable, Language::English) ==
          QStringLiteral("Not applicable"));
    CHECK(ratingLabel(Rating::Unrated, Language::English) == QStringLiteral("Unrated"));

    QSet<QString> zh;
    QSet<QString> en;
    for (Rating rating : allRatings) {
        zh.insert(ratingLabel(rating, Language::Chinese));
        en.insert(ratingLabel(rating, Language::English));
    }
    CHECK(zh.size() == 6);
    CHECK(en.size() == 6);
}

TEST_CASE("Rating factors and rated ratings", "[model][rating]")
{
    REQUIRE(ratingFactor(Rating::Met).has_value());
    CHECK(*ratingFactor(Rating::Met) == 1.0);
    REQUIRE(ratingFactor(Rating::LargelyMet).has_value());
    CHECK(*ratingFactor(Rating::LargelyMet) == Approx(0.6));
    REQUIRE(ratingFactor(Rating::NotMet).has_value());
    CHECK(*ratingFactor(Rating::NotMet) == 0.0);
    REQUIRE(ratingFactor(Rating::Unrated).has_value());
    CHECK(*ratingFactor(Rating::Unrated) == 0.0);
    CHECK_FALSE(ratingFactor(Rating::NotApplicable).has_value());

    CHECK(isRated(Rating::Met));
    CHECK(isRated(Rating::LargelyMet));
    CHECK(isRated(Rating::NotMet));
    CHECK_FALSE(isRated(Rating::Unrated));
    CHECK_FALSE(isRated(Rating::NotApplicable));
}

// ---------------------------------------------------------------------------------------
// IndicatorRule

TEST_CASE("Metric keys round-trip", "[model][rule]")
{
    const std::array<std::pair<Metric, const char*>, 8> metrics{{
        {Metric::ParticipationRate, "participation_rate"},
        {Metric::CoreWorkerRate, "core_worker_rate"},
        {Metric::HearingsPerYear, "hearings_per_year"},
        {Metric::TrainingsPerYear, "trainings_per_year"},
        {Metric::HasUnitRules, "has_unit_rules"},
        {Metric::DoubleMenu, "double_menu"},
        {Metric::PlatformCount, "platform_count"},
        {Metric::DualLeaderShare, "dual_leader_share"},
    }};
    for (const auto& [metric, key] : metrics) {
        INFO("metric " << key);
        CHECK(metricKey(metric) == QLatin1String(key));
        const auto back = metricFromKey(QLatin1String(key));
        REQUIRE(back.has_value());
        CHECK(*back == metric);
    }
    CHECK_FALSE(metricFromKey(QStringLiteral("participation")).has_value());
    CHECK_FALSE(metricFromKey(QString()).has_value());

    CHECK(isRateMetric(Metric::ParticipationRate));
    CHECK(isRateMetric(Metric::CoreWorkerRate));
    CHECK(isRateMetric(Metric::DualLeaderShare));
    CHECK_FALSE(isRateMetric(Metric::HearingsPerYear));
    CHECK_FALSE(isRateMetric(Metric::TrainingsPerYear));
    CHECK_FALSE(isRateMetric(Metric::HasUnitRules));
    CHECK_FALSE(isRateMetric(Metric::DoubleMenu));
    CHECK_FALSE(isRateMetric(Metric::PlatformCount));
}

TEST_CASE("Scope keys and comparison symbols round-trip", "[model][rule]")
{
    CHECK(scopeKey(Scope::SchoolUnit) == QStringLiteral("school_unit"));
    CHECK(scopeKey(Scope::SecondaryUnits) == QStringLiteral("secondary_units"));
    CHECK(scopeKey(Scope::AllUnits) == QStringLiteral("all_units"));
    for (Scope scope : {Scope::SchoolUnit, Scope::SecondaryUnits, Scope::AllUnits}) {
        const auto back = scopeFromKey(scopeKey(scope));
        REQUIRE(back.has_value());
        CHECK(*back == scope);
    }
    CHECK_FALSE(scopeFromKey(QStringLiteral("colleges")).has_value());

    CHECK(comparisonSymbol(Comparison::GreaterOrEqual) == QStringLiteral(">="));
    CHECK(comparisonSymbol(Comparison::Greater) == QStringLiteral(">"));
    CHECK(comparisonSymbol(Comparison::LessOrEqual) == QStringLiteral("<="));
    CHECK(comparisonSymbol(Comparison::Less) == QStringLiteral("<"));
    CHECK(comparisonSymbol(Comparison::Equal) == QStringLiteral("=="));
    for (Comparison comparison : {Comparison::GreaterOrEqual, Comparison::Greater,
                                  Comparison::LessOrEqual, Comparison::Less, Comparison::Equal}) {
        const auto back = comparisonFromSymbol(comparisonSymbol(comparison));
        REQUIRE(back.has_value());
        CHECK(*back == comparison);
    }
    CHECK_FALSE(comparisonFromSymbol(QStringLiteral("=>")).has_value());
    CHECK_FALSE(comparisonFromSymbol(QStringLiteral("=")).has_value());
    CHECK_FALSE(comparisonFromSymbol(QStringLiteral("≥")).has_value());
}

TEST_CASE("compare() applies the tolerance", "[model][rule]")
{
    SECTION(">=")
    {
        CHECK(compare(0.6, Comparison::GreaterOrEqual, 0.6));
        CHECK(compare(3.0 / 5.0, Comparison::GreaterOrEqual, 0.6));
        CHECK(compare(0.1 + 0.2 + 0.3, Comparison::GreaterOrEqual, 0.6));
        CHECK(compare(0.7, Comparison::GreaterOrEqual, 0.6));
        CHECK_FALSE(compare(0.59999, Comparison::GreaterOrEqual, 0.6));
        CHECK_FALSE(compare(0.6 - 1e-6, Comparison::GreaterOrEqual, 0.6));
        CHECK(compare(0.6 - 1e-12, Comparison::GreaterOrEqual, 0.6));
        CHECK(compare(10, Comparison::GreaterOrEqual, 10));
        CHECK_FALSE(compare(9, Comparison::GreaterOrEqual, 10));
        CHECK(compare(1.0 / 5.0, Comparison::GreaterOrEqual, 0.2));
    }
    SECTION(">")
    {
        CHECK_FALSE(compare(0.6, Comparison::Greater, 0.6));
        CHECK_FALSE(compare(3.0 / 5.0, Comparison::Greater, 0.6));
        CHECK_FALSE(compare(0.6 + 1e-12, Comparison::Greater, 0.6));
        CHECK(compare(0.60001, Comparison::Greater, 0.6));
        CHECK(compare(2, Comparison::Greater, 1));
        CHECK_FALSE(compare(1, Comparison::Greater, 2));
    }
    SECTION("<=")
    {
        CHECK(compare(0.6, Comparison::LessOrEqual, 0.6));
        CHECK(compare(0.6 + 1e-12, Comparison::LessOrEqual, 0.6));
        CHECK(compare(0.5, Comparison::LessOrEqual, 0.6));
        CHECK_FALSE(compare(0.60001, Comparison::LessOrEqual, 0.6));
    }
    SECTION("<")
    {
        CHECK_FALSE(compare(0.6, Comparison::Less, 0.6));
        CHECK_FALSE(compare(0.6 - 1e-12, Comparison::Less, 0.6));
        CHECK(compare(0.59999, Comparison::Less, 0.6));
        CHECK(compare(0, Comparison::Less, 1));
        CHECK_FALSE(compare(1, Comparison::Less, 0));
    }
    SECTION("==")
    {
        CHECK(compare(1, Comparison::Equal, 1));
        CHECK(compare(0.1 + 0.2, Comparison::Equal, 0.3));
        CHECK(compare(1 + 1e-12, Comparison::Equal, 1));
        CHECK(compare(1 - 1e-12, Comparison::Equal, 1));
        CHECK_FALSE(compare(1.0001, Comparison::Equal, 1));
        CHECK_FALSE(compare(0.9999, Comparison::Equal, 1));
        CHECK_FALSE(compare(0, Comparison::Equal, 1));
    }
}

TEST_CASE("An IndicatorRule has sensible defaults", "[model][rule]")
{
    const IndicatorRule rule;
    CHECK(rule.comparison == Comparison::GreaterOrEqual);
    CHECK_FALSE(rule.largelyMetAt.has_value());
}

// ---------------------------------------------------------------------------------------
// UnitFigures

namespace {

UnitFigures validFigures()
{
    UnitFigures figures;
    figures.unitId = 1;
    figures.year = 2020;
    figures.eligible = 50;
    figures.participants = 30;
    figures.coreWorkers = 10;
    figures.hearingsPerYear = 1;
    figures.trainingsPerYear = 2;
    figures.hasUnitRules = true;
    return figures;
}

} // namespace

TEST_CASE("UnitFigures::validate accepts figures that can be", "[model][figures]")
{
    REQUIRE_OK(validFigures().validate());

    UnitFigures zeros = validFigures();
    zeros.eligible = 0;
    zeros.participants = 0;
    zeros.coreWorkers = 0;
    zeros.hearingsPerYear = 0;
    zeros.trainingsPerYear = 0;
    REQUIRE_OK(zeros.validate());

    UnitFigures full = validFigures();
    full.participants = full.eligible;
    full.coreWorkers = full.participants;
    REQUIRE_OK(full.validate());

    UnitFigures edgeYears = validFigures();
    edgeYears.year = 2000;
    REQUIRE_OK(edgeYears.validate());
    edgeYears.year = 2100;
    REQUIRE_OK(edgeYears.validate());
}

TEST_CASE("UnitFigures::validate refuses negative counts", "[model][figures]")
{
    auto refused = [](const UnitFigures& figures) {
        const Status status = figures.validate();
        REQUIRE_FALSE(status.ok());
        INFO(status.error().message.toStdString());
        CHECK(status.error().kind == Error::Kind::UserInput);
        CHECK(status.error().message.contains(QStringLiteral("negative")));
        return status.error().message;
    };
    UnitFigures figures = validFigures();

    SECTION("eligible")
    {
        figures.eligible = -1;
        figures.participants = 0;
        figures.coreWorkers = 0;
        CHECK(refused(figures).contains(QStringLiteral("eligible")));
    }
    SECTION("participants")
    {
        figures.participants = -3;
        figures.coreWorkers = 0;
        CHECK(refused(figures).contains(QStringLiteral("participants")));
    }
    SECTION("core workers")
    {
        figures.coreWorkers = -1;
        CHECK(refused(figures).contains(QStringLiteral("core workers")));
    }
    SECTION("hearings")
    {
        figures.hearingsPerYear = -1;
        CHECK(refused(figures).contains(QStringLiteral("hearings")));
    }
    SECTION("trainings")
    {
        figures.trainingsPerYear = -2;
        CHECK(refused(figures).contains(QStringLiteral("trainings")));
    }
}

TEST_CASE("UnitFigures::validate refuses figures that contradict each other", "[model][figures]")
{
    SECTION("more participants than eligible")
    {
        UnitFigures figures = validFigures();
        figures.eligible = 12;
        figures.participants = 13;
        const Status status = figures.validate();
        REQUIRE_FALSE(status.ok());
        const QString message = status.error().message;
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("13")));
        CHECK(message.contains(QStringLiteral("12")));
        CHECK(message.contains(QStringLiteral("Participants")));
    }
    SECTION("more core workers than participants")
    {
        UnitFigures figures = validFigures();
        figures.participants = 7;
        figures.coreWorkers = 8;
        const Status status = figures.validate();
        REQUIRE_FALSE(status.ok());
        const QString message = status.error().message;
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("Core workers")));
        CHECK(message.contains(QStringLiteral("8")));
        CHECK(message.contains(QStringLiteral("7")));
    }
    SECTION("core workers above participants even when below eligible")
    {
        UnitFigures figures = validFigures();
        figures.eligible = 100;
        figures.participants = 5;
        figures.coreWorkers = 6;
        CHECK_FALSE(figures.validate().ok());
    }
}

TEST_CASE("UnitFigures::validate refuses an implausible year", "[model][figures]")
{
    for (int year : {0, 1999, 2101, 20200, -2020}) {
        INFO("year " << year);
        UnitFigures figures = validFigures();
        figures.year = year;
        const Status status = figures.validate();
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().message.contains(QString::number(year)));
        CHECK(status.error().message.contains(QStringLiteral("year")));
    }
}

// ---------------------------------------------------------------------------------------
// Platform

TEST_CASE("Platform::validate", "[model][platform]")
{
    Platform platform;
    platform.name = QStringLiteral("银发讲师团");
    platform.inServiceLeader = QStringLiteral("王老师");
    platform.retiredLeader = QStringLiteral("李老师");
    platform.activities = 3;
    REQUIRE_OK(platform.validate());

    SECTION("no activities is fine")
    {
        platform.activities = 0;
        REQUIRE_OK(platform.validate());
    }
    SECTION("an empty name is refused")
    {
        platform.name.clear();
        const Status status = platform.validate();
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().message.contains(QStringLiteral("name")));
    }
    SECTION("a whitespace-only name is refused")
    {
        platform.name = QStringLiteral(" \t\u3000 ");
        CHECK_FALSE(platform.validate().ok());
    }
    SECTION("negative activities are refused, naming the platform")
    {
        platform.activities = -1;
        const Status status = platform.validate();
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().message.contains(QStringLiteral("negative")));
        CHECK(status.error().message.contains(QStringLiteral("银发讲师团")));
    }
}

TEST_CASE("Platform::hasBothLeaders", "[model][platform]")
{
    Platform platform;
    platform.name = QStringLiteral("成长导师团");
    CHECK_FALSE(platform.hasBothLeaders());
    platform.inServiceLeader = QStringLiteral("王老师");
    CHECK_FALSE(platform.hasBothLeaders());
    platform.retiredLeader = QStringLiteral("李老师");
    CHECK(platform.hasBothLeaders());

    SECTION("a whitespace-only retired leader counts as missing")
    {
        platform.retiredLeader = QStringLiteral("   ");
        CHECK_FALSE(platform.hasBothLeaders());
    }
    SECTION("a whitespace-only in-service leader counts as missing")
    {
        platform.inServiceLeader = QStringLiteral("\t\n");
        CHECK_FALSE(platform.hasBothLeaders());
    }
    SECTION("only a retired leader")
    {
        platform.inServiceLeader.clear();
        CHECK_FALSE(platform.hasBothLeaders());
    }
}

// ---------------------------------------------------------------------------------------
// Phases

TEST_CASE("The default phase plan has the appendix's dates", "[model][phase]")
{
    const PhasePlan plan = defaultPhasePlan();
    for (int i = 0; i < 4; ++i)
        CHECK(plan[std::size_t(i)].number == i + 1);

    CHECK_FALSE(plan[0].start.isValid());
    CHECK(plan[0].end == QDate(2019, 11, 30));
    CHECK(plan[1].start == QDate(2019, 11, 1));
    CHECK(plan[1].end == QDate(2020, 9, 30));
    CHECK(plan[2].start == QDate(2020, 9, 1));
    CHECK(plan[2].end == QDate(2020, 11, 30));
    CHECK(plan[3].start == QDate(2020, 11, 1));
    CHECK(plan[3].end == QDate(2020, 12, 31));
}

TEST_CASE("Phase::contains includes both ends", "[model][phase]")
{
    const PhasePlan plan = defaultPhasePlan();
    CHECK(plan[0].contains(QDate(1990, 1, 1)));
    CHECK(plan[0].contains(QDate(2019, 11, 30)));
    CHECK_FALSE(plan[0].contains(QDate(2019, 12, 1)));
    CHECK(plan[2].contains(QDate(2020, 9, 1)));
    CHECK(plan[2].contains(QDate(2020, 11, 30)));
    CHECK_FALSE(plan[2].contains(QDate(2020, 8, 31)));
    CHECK_FALSE(plan[2].contains(QDate(2020, 12, 1)));
    const Phase open{4, QDate(2020, 11, 1), QDate()};
    CHECK(open.contains(QDate(2030, 1, 1)));
}

TEST_CASE("currentPhase picks the latest phase containing the day", "[model][phase]")
{
    const PhasePlan plan = defaultPhasePlan();
    CHECK(currentPhase(plan, QDate(2019, 10, 1)) == 1);
    CHECK(currentPhase(plan, QDate(2019, 10, 31)) == 1);
    // Phases 1 and 2 overlap in November 2019: the later one wins.
    CHECK(currentPhase(plan, QDate(2019, 11, 1)) == 2);
    CHECK(currentPhase(plan, QDate(2019, 11, 15)) == 2);
    CHECK(currentPhase(plan, QDate(2019, 12, 1)) == 2);
    CHECK(currentPhase(plan, QDate(2020, 8, 31)) == 2);
    CHECK(currentPhase(plan, QDate(2020, 9, 1)) == 3);
    CHECK(currentPhase(plan, QDate(2020, 9, 15)) == 3);
    CHECK(currentPhase(plan, QDate(2020, 10, 31)) == 3);
    CHECK(currentPhase(plan, QDate(2020, 11, 1)) == 4);
    CHECK(currentPhase(plan, QDate(2020, 11, 15)) == 4);
    CHECK(currentPhase(plan, QDate(2020, 12, 31)) == 4);
    CHECK(currentPhase(plan, QDate(2021, 1, 1)) == 5);
    CHECK(currentPhase(plan, QDate(2021, 1, 5)) == 5);

    SECTION("a plan whose first phase has a start date")
    {
        PhasePlan edited = plan;
        edited[0].start = QDate(2019, 9, 1);
        CHECK(currentPhase(edited, QDate(2019, 8, 31)) == 0);
        CHECK(currentPhase(edited, QDate(2019, 9, 1)) == 1);
    }
}

TEST_CASE("Phase names come in both languages", "[model][phase]")
{
    QSet<QString> names;
    for (int number = 1; number <= 4; ++number) {
        INFO("phase " << number);
        CHECK_FALSE(phaseName(number, Language::Chinese).isEmpty());
        CHECK_FALSE(phaseName(number, Language::English).isEmpty());
        CHECK(phaseName(number, Language::Chinese) != phaseName(number, Language::English));
        names.insert(phaseName(number, Language::Chinese));
        names.insert(phaseName(number, Language::English));
    }
    CHECK(names.size() == 8);
    CHECK(phaseName(1, Language::Chinese) == QStringLiteral("学习动员,统一思想"));
    CHECK(phaseName(2, Language::Chinese) == QStringLiteral("对标找差,全面整改"));
    CHECK(phaseName(3, Language::Chinese) == QStringLiteral("自我评估,重点整改"));
    CHECK(phaseName(4, Language::Chinese) == QStringLiteral("组织评议,进一步整改"));
    CHECK(phaseName(0, Language::Chinese).isEmpty());
    CHECK(phaseName(5, Language::English).isEmpty());
}

// ---------------------------------------------------------------------------------------
// Rectification items

TEST_CASE("Rectification status keys round-trip", "[model][rectification]")
{
    const std::array<std::pair<RectificationStatus, const char*>, 4> statuses{{
        {RectificationStatus::Planned, "planned"},
        {RectificationStatus::InProgress, "in_progress"},
        {RectificationStatus::Done, "done"},
        {RectificationStatus::Verified, "verified"},
    }};
    for (const auto& [status, key] : statuses) {
        INFO("status " << key);
        CHECK(rectificationStatusKey(status) == QLatin1String(key));
        const auto back = rectificationStatusFromKey(QLatin1String(key));
        REQUIRE(back.has_value());
        CHECK(*back == status);
    }
    CHECK_FALSE(rectificationStatusFromKey(QStringLiteral("closed")).has_value());
    CHECK_FALSE(rectificationStatusFromKey(QString()).has_value());
}

TEST_CASE("A rectification item is open until it is done", "[model][rectification]")
{
    RectificationItem item;
    CHECK(item.status == RectificationStatus::Planned);
    CHECK(item.phase == 2);
    CHECK(item.isOpen());
    item.status = RectificationStatus::InProgress;
    CHECK(item.isOpen());
    item.status = RectificationStatus::Done;
    CHECK_FALSE(item.isOpen());
    item.status = RectificationStatus::Verified;
    CHECK_FALSE(item.isOpen());
}
