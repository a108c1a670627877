// Three-way merge of a package into a document: what is taken, what conflicts.
#include "TestSupport.h"
#include "exchange/merge/MergePlan.h"
#include "framework/FrameworkLoader.h"

using namespace duibiao;

namespace {

const Framework& framework()
{
    static const Framework loaded = FrameworkLoader::loadBuiltin().value();
    return loaded;
}

// A base assessment as a coordinator hands it out: two units, every requirement rated
// "unrated" except L1, one rectification item, one evidence file.
AssessmentSnapshot baseSnapshot()
{
    AssessmentSnapshot s;
    s.documentId = QStringLiteral("0123456789abcdef0123456789abcdef");
    s.institution = {QStringLiteral("示例大学"), QStringLiteral("示例大学关工委"),
                     QStringLiteral("南京片区")};
    s.assessment.id = 1;
    s.assessment.frameworkCode = framework().code;
    s.assessment.frameworkVersion = framework().version;
    s.units = {{1, QStringLiteral("示例大学(校级)"), UnitKind::School, 0},
               {2, QStringLiteral("文学院"), UnitKind::Secondary, 1}};
    UnitFigures figures;
    figures.unitId = 2;
    figures.year = 2020;
    figures.eligible = 50;
    figures.participants = 30;
    figures.coreWorkers = 8;
    s.figures = {figures};
    for (const Requirement* requirement : framework().requirements()) {
        RequirementAssessment row;
        row.requirementCode = requirement->code;
        s.requirements.append(row);
    }
    s.requirements[0].rating = Rating::LargelyMet;
    s.requirements[0].narrative = QStringLiteral("已建立组织");
    RectificationItem item;
    item.id = 7;
    item.requirementCodes = {QStringLiteral("T5")};
    item.measure = QStringLiteral("建立双负责人平台");
    item.phase = 2;
    s.rectification = {item};
    Evidence evidence;
    evidence.id = 3;
    evidence.requirementCode = QStringLiteral("L1");
    evidence.name = QStringLiteral("名单.pdf");
    evidence.size = 10;
    evidence.sha256 = QString(64, QLatin1Char('a'));
    s.evidence = {evidence};
    return s;
}

RequirementAssessment& row(AssessmentSnapshot& s, const QString& code)
{
    for (RequirementAssessment& r : s.requirements) {
        if (r.requirementCode == code)
            return r;
    }
    FAIL("no row " << code.toStdString());
    return s.requirements[0];
}

MergePlan plan(const AssessmentSnapshot& ours, const AssessmentSnapshot& theirs,
               const AssessmentSnapshot* base, SnapshotScope scope = {},
               const QString& kind = QStringLiteral("team"))
{
    MergeInput input;
    input.ours = &ours;
    input.theirs = &theirs;
    input.base = base;
    input.scope = scope;
    input.packageKind = kind;
    Result<MergePlan> result = planMerge(input, framework());
    REQUIRE_OK(result);
    return *result;
}

const MergeChange* changeOf(const MergePlan& plan, MergeEntity entity, const QString& key)
{
    for (const MergeChange& change : plan.changes) {
        if (change.entity == entity && change.key == key)
            return &change;
    }
    return nullptr;
}

const FieldChange* fieldOf(const MergeChange& change, const QString& field)
{
    for (const FieldChange& f : change.fields) {
        if (f.field == field)
            return &f;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Identical sides give an empty plan", "[merge]")
{
    const AssessmentSnapshot base = baseSnapshot();
    const MergePlan p = plan(base, base, &base);
    CHECK(p.isEmpty());
}

TEST_CASE("A field changed in the package only is taken; one changed here only is kept", "[merge]")
{
    const AssessmentSnapshot base = baseSnapshot();
    AssessmentSnapshot ours = base, theirs = base;
    row(theirs, QStringLiteral("T5")).rating = Rating::Met;
    row(ours, QStringLiteral("L1")).narrative = QStringLiteral("协调员改写的叙述");
    const MergePlan p = plan(ours, theirs, &base);
    REQUIRE(p.changes.size() == 1);
    const MergeChange* t5 = changeOf(p, MergeEntity::Requirement, QStringLiteral("T5"));
    REQUIRE(t5);
    CHECK(t5->kind == ChangeKind::Update);
    const FieldChange* rating = fieldOf(*t5, QStringLiteral("rating"));
    REQUIRE(rating);
    CHECK(rating->takeTheirs);
    CHECK(rating->theirs == QStringLiteral("met"));
    CHECK(p.conflictCount() == 0);
}

TEST_CASE("A field changed on both sides to different values is a conflict", "[merge]")
{
    const AssessmentSnapshot base = baseSnapshot();
    AssessmentSnapshot ours = base, theirs = base;
    row(ours, QStringLiteral("L1")).narrative = QStringLiteral("协调员的版本");
    row(theirs, QStringLiteral("L1")).narrative = QStringLiteral("成员的版本");
    row(theirs, QStringLiteral("L1")).gapText = QStringLiteral("成员补充的差距");
    const MergePlan p = plan(ours, theirs, &base);
    const MergeChange* l1 = changeOf(p, MergeEntity::Requirement, QStringLiteral("L1"));
    REQUIRE(l1);
    CHECK(l1->kind == ChangeKind::Conflict);
    CHECK(l1->conflict == ConflictKind::BothChanged);
    const FieldChange* narrative = fieldOf(*l1, QStringLiteral("narrative"));
    REQUIRE(narrative);
    CHECK(narrative->conflict);
    CHECK_FALSE(narrative->takeTheirs); // ours until the user chooses
    CHECK(narrative->base == QStringLiteral("已建立组织"));
    CHECK(narrative->ours == QStringLiteral("协调员的版本"));
    CHECK(narrative->theirs == QStringLiteral("成员的版本"));
    const FieldChange* gap = fieldOf(*l1, QStringLiteral("gapText"));
    REQUIRE(gap);
    CHECK_FALSE(gap->conflict); // one-sided within the same row
    CHECK(gap->takeTheirs);
}

TEST_CASE("The same change on both sides is no conflict", "[merge]")
{
    const AssessmentSnapshot base = baseSnapshot();
    AssessmentSnapshot ours = base, theirs = base;
    row(ours, QStringLiteral("O2")).rating = Rating::Met;
    row(theirs, QStringLiteral("O2")).rating = Rating::Met;
    CHECK(plan(ours, theirs, &base).isEmpty());
}

TEST_CASE("A removal against an edit is a conflict, both ways", "[merge]")
{
    const AssessmentSnapshot base = baseSnapshot();
    SECTION("removed in the package, edited here")
    {
        AssessmentSnapshot ours = base, theirs = base;
        theirs.rectification.clear();
        ours.rectification[0].progress = 40;
        const MergePlan p = plan(ours, theirs, &base);
        const MergeChange* item = changeOf(p, MergeEntity::Item, QStringLiteral("7"));
        REQUIRE(item);
        CHECK(item->conflict == ConflictKind::ChangedHereRemovedThere);
        CHECK_FALSE(item->takeTheirs);
    }
    SECTION("removed here, edited in the package")
    {
        AssessmentSnapshot ours = base, theirs = base;
        ours.rectification.clear();
        theirs.rectification[0].status = RectificationStatus::Done;
        const MergePlan p = plan(ours, theirs, &base);
        const MergeChange* item = changeOf(p, MergeEntity::Item, QStringLiteral("7"));
        REQUIRE(item);
        CHECK(item->conflict == ConflictKind::RemovedHereChangedThere);
    }
    SECTION("removed in the package, untouched here: removed")
    {
        AssessmentSnapshot ours = base, theirs = base;
        theirs.rectification.clear();
        const MergePlan p = plan(ours, theirs, &base);
        const MergeChange* item = changeOf(p, MergeEntity::Item, QStringLiteral("7"));
        REQUIRE(item);
        CHECK(item->kind == ChangeKind::Remove);
        CHECK(p.conflictCount() == 0);
    }
}

TEST_CASE("Rows made after the fork are additions even when ids collide", "[merge]")
{
    const AssessmentSnapshot base = baseSnapshot();
    AssessmentSnapshot ours = base, theirs = base;
    RectificationItem mine = base.rectification[0];
    mine.id = 8;
    mine.measure = QStringLiteral("协调员新增的措施");
    ours.rectification.append(mine);
    RectificationItem member = base.rectification[0];
    member.id = 8; // the same id, made independently
    member.measure = QStringLiteral("成员新增的措施");
    theirs.rectification.append(member);
    const MergePlan p = plan(ours, theirs, &base);
    const MergeChange* added = changeOf(p, MergeEntity::Item, QStringLiteral("8"));
    REQUIRE(added);
    CHECK(added->kind == ChangeKind::Add);
    CHECK(p.count(ChangeKind::Remove) == 0); // ours' own item 8 stays
}

TEST_CASE("The same evidence twice is taken once", "[merge]")
{
    const AssessmentSnapshot base = baseSnapshot();
    AssessmentSnapshot ours = base, theirs = base;
    Evidence again = base.evidence[0];
    again.id = 4;
    again.name = QStringLiteral("名单-副本.pdf"); // same bytes, same place, other name
    theirs.evidence.append(again);
    Evidence fresh = base.evidence[0];
    fresh.id = 5;
    fresh.sha256 = QString(64, QLatin1Char('b'));
    theirs.evidence.append(fresh);
    Evidence freshAgain = fresh;
    freshAgain.id = 6;
    theirs.evidence.append(freshAgain);
    const MergePlan p = plan(ours, theirs, &base);
    CHECK(p.duplicateEvidence == 2);
    CHECK(changeOf(p, MergeEntity::Evidence, QStringLiteral("5")));
    CHECK_FALSE(changeOf(p, MergeEntity::Evidence, QStringLiteral("4")));
    CHECK_FALSE(changeOf(p, MergeEntity::Evidence, QStringLiteral("6")));
}

TEST_CASE("Rows outside a team package's scope are never taken for removals", "[merge]")
{
    const AssessmentSnapshot base = baseSnapshot();
    AssessmentSnapshot ours = base;
    SnapshotScope scope;
    scope.categories = {QStringLiteral("T")};
    // The member's package holds only category T: L1's row, its evidence and the units
    // are absent from it but must stay.
    AssessmentSnapshot theirs = restrictToScope(base, scope, framework());
    CHECK(theirs.requirements.size() == 7);
    CHECK(theirs.evidence.isEmpty());
    row(theirs, QStringLiteral("T3")).narrative = QStringLiteral("成员写的");
    const MergePlan p = plan(ours, theirs, &base, scope);
    REQUIRE(p.changes.size() == 1);
    CHECK(p.changes[0].key == QStringLiteral("T3"));
}

TEST_CASE("New units are added and their figures follow; known units match by name", "[merge]")
{
    const AssessmentSnapshot base = baseSnapshot();
    AssessmentSnapshot ours = base, theirs = base;
    theirs.units.append({9, QStringLiteral("理学院"), UnitKind::Secondary, 2});
    UnitFigures figures;
    figures.unitId = 9;
    figures.year = 2020;
    figures.eligible = 20;
    figures.participants = 15;
    theirs.figures.append(figures);
    const MergePlan p = plan(ours, theirs, &base);
    const MergeChange* unit = changeOf(p, MergeEntity::Unit, QStringLiteral("9"));
    REQUIRE(unit);
    CHECK(unit->kind == ChangeKind::Add);
    CHECK(changeOf(p, MergeEntity::Figures, QStringLiteral("new:9/2020")));
}

TEST_CASE("Without a base, an untouched document takes everything", "[merge]")
{
    AssessmentSnapshot empty = baseSnapshot();
    empty.institution = {QStringLiteral("(学校名称)"), QStringLiteral("校关工委"), QString()};
    empty.units = {{1, QStringLiteral("学校"), UnitKind::School, 0}};
    empty.figures.clear();
    empty.rectification.clear();
    empty.evidence.clear();
    for (RequirementAssessment& r : empty.requirements) {
        RequirementAssessment blank;
        blank.requirementCode = r.requirementCode;
        r = blank;
    }
    REQUIRE(isUntouched(empty));
    AssessmentSnapshot theirs = baseSnapshot();
    const MergePlan p = plan(empty, theirs, nullptr, {}, QStringLiteral("submission"));
    CHECK(p.conflictCount() == 0);
    CHECK(changeOf(p, MergeEntity::Institution, QStringLiteral("1")));
    const MergeChange* school = changeOf(p, MergeEntity::Unit, QStringLiteral("1"));
    REQUIRE(school); // the school unit is matched and renamed, not added twice
    CHECK(school->kind == ChangeKind::Update);
    CHECK(changeOf(p, MergeEntity::Unit, QStringLiteral("2"))->kind == ChangeKind::Add);
    CHECK(changeOf(p, MergeEntity::Item, QStringLiteral("7"))->kind == ChangeKind::Add);
    CHECK(changeOf(p, MergeEntity::Evidence, QStringLiteral("3"))->kind == ChangeKind::Add);
}

TEST_CASE("Without a base, a worked-on document keeps its values as conflicts", "[merge]")
{
    AssessmentSnapshot ours = baseSnapshot();
    AssessmentSnapshot theirs = baseSnapshot();
    row(theirs, QStringLiteral("L1")).narrative = QStringLiteral("另一份");
    row(theirs, QStringLiteral("L2")).narrative = QStringLiteral("空白处补充");
    const MergePlan p = plan(ours, theirs, nullptr);
    CHECK(changeOf(p, MergeEntity::Requirement, QStringLiteral("L1"))->kind ==
          ChangeKind::Conflict);
    CHECK(changeOf(p, MergeEntity::Requirement, QStringLiteral("L2"))->kind == ChangeKind::Update);
}

TEST_CASE("A package for another framework version is refused", "[merge]")
{
    const AssessmentSnapshot base = baseSnapshot();
    AssessmentSnapshot theirs = base;
    theirs.assessment.frameworkVersion = QStringLiteral("9.9");
    MergeInput input;
    input.ours = &base;
    input.theirs = &theirs;
    input.packageKind = QStringLiteral("team");
    Result<MergePlan> result = planMerge(input, framework());
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.contains(QStringLiteral("9.9")));
}

TEST_CASE("Panel opinions are added once", "[merge]")
{
    AssessmentSnapshot ours = baseSnapshot();
    AssessmentSnapshot theirs = baseSnapshot();
    ReviewOpinion opinion;
    opinion.id = 1;
    opinion.requirementCode = QStringLiteral("T5");
    opinion.panel = QStringLiteral("南京片区评议组");
    opinion.rating = Rating::NotMet;
    opinion.comment = QStringLiteral("双负责人平台不足");
    theirs.opinions = {opinion};
    MergePlan p = plan(ours, theirs, nullptr, {}, QStringLiteral("opinions"));
    REQUIRE(p.changes.size() == 1);
    CHECK(p.changes[0].entity == MergeEntity::Opinion);
    ours.opinions = {opinion};
    CHECK(plan(ours, theirs, nullptr, {}, QStringLiteral("opinions")).isEmpty());
}
