// Moving an assessment to another framework version: what is carried, what is kept aside,
// moving back, frozen assessments, and packages after a move.
#include "TestSupport.h"
#include "analysis/Analysis.h"
#include "exchange/package/AssessmentSnapshotLoader.h"
#include "exchange/package/PackageExporter.h"
#include "exchange/package/PackageImport.h"
#include "exchange/package/TeamFork.h"
#include "framework/FrameworkLoader.h"
#include "framework/FrameworkSheet.h"
#include "storage/ConsistencyCheck.h"
#include "storage/FrameworkChoices.h"
#include "storage/FrameworkMove.h"

#include <algorithm>

using namespace duibiao;
using namespace duibiao::test;

namespace {

// The assessment's requirement data in full, so that two states compare exactly.
QStringList requirementData(Document& document, qint64 assessmentId)
{
    QStringList lines;
    Result<QVector<RequirementAssessment>> rows = document.ratings().all(assessmentId);
    REQUIRE_OK(rows);
    for (const RequirementAssessment& r : *rows) {
        lines << QStringList{QStringLiteral("row"),
                             r.requirementCode,
                             ratingKey(r.rating),
                             r.suggestedRating ? ratingKey(*r.suggestedRating) : QString(),
                             r.ratingBeforeRectification ? ratingKey(*r.ratingBeforeRectification)
                                                         : QString(),
                             r.overrideReason,
                             r.narrative,
                             r.gapText,
                             r.assessor,
                             r.created.toString(Qt::ISODateWithMs),
                             r.updated.toString(Qt::ISODateWithMs)}
                     .join(QLatin1Char('|'));
    }
    Result<QVector<Evidence>> evidence = document.evidence().list(assessmentId);
    REQUIRE_OK(evidence);
    for (const Evidence& e : *evidence) {
        lines << QStringLiteral("evidence|%1|%2|%3|%4|%5")
                     .arg(e.id)
                     .arg(e.requirementCode, e.name, e.sha256)
                     .arg(e.rectificationId ? *e.rectificationId : 0);
    }
    Result<QVector<RectificationItem>> items = document.rectification().all(assessmentId);
    REQUIRE_OK(items);
    for (const RectificationItem& item : *items) {
        QStringList codes = item.requirementCodes;
        codes.sort();
        lines << QStringLiteral("item|%1|%2|%3")
                     .arg(item.id)
                     .arg(item.measure, codes.join(QLatin1Char(',')));
    }
    lines.sort();
    return lines;
}

struct Fixture
{
    TempDocument document;
    qint64 id = 0;
    Framework from;
    QString reworded; // title changed in the target
    QString changed;  // weight changed in the target
    QString removed;  // not in the target
    QString unchanged;
    QByteArray fromJson;
    QByteArray targetJson;

    Fixture()
    {
        id = document.assessmentId();
        Result<Framework> framework = document->assessments().framework(id);
        REQUIRE_OK(framework);
        from = *framework;
        Result<QByteArray> snapshot = document->assessments().frameworkSnapshot(id);
        REQUIRE_OK(snapshot);
        fromJson = *snapshot;
        // Qualitative requirements, so that a rating needs no reason.
        QStringList qualitative;
        for (const Requirement* r : from.requirements()) {
            if (!r->rule)
                qualitative << r->code;
        }
        REQUIRE(qualitative.size() >= 4);
        reworded = qualitative[0];
        changed = qualitative[1];
        removed = qualitative[2];
        unchanged = qualitative[3];

        Framework to = from;
        to.version = QStringLiteral("2019.2");
        for (Category& category : to.categories) {
            for (int i = 0; i < category.requirements.size(); ++i) {
                Requirement& r = category.requirements[i];
                if (r.code == reworded)
                    r.title.zh += QStringLiteral("(正式文本)");
                if (r.code == changed)
                    r.weight += 1;
                if (r.code == removed)
                    category.requirements.removeAt(i--);
            }
        }
        Requirement added;
        added.code = QStringLiteral("N1");
        added.title.zh = QStringLiteral("新增的要求");
        to.categories.last().requirements.append(added);
        targetJson = frameworkToJson(to);

        Document& d = *document;
        for (const QString& code : {reworded, changed, removed, unchanged}) {
            REQUIRE_OK(d.ratings().setRating(id, code, Rating::Met, std::nullopt, {}));
            REQUIRE_OK(d.ratings().setNarrative(id, code, QStringLiteral("说明 ") + code));
        }
        REQUIRE_OK(d.ratings().setRating(id, changed, Rating::LargelyMet, std::nullopt, {}));
        const QString file = document.dir() + QStringLiteral("/会议纪要.txt");
        writeFile(file, "minutes");
        REQUIRE_OK(d.evidence().addFile(id, reworded, file));
        REQUIRE_OK(d.evidence().addFile(id, removed, file));
        RectificationItem both;
        both.measure = QStringLiteral("两项共用的整改");
        both.requirementCodes = {reworded, removed};
        REQUIRE_OK(d.rectification().add(id, both));
        RectificationItem only;
        only.measure = QStringLiteral("只为删除项的整改");
        only.requirementCodes = {removed};
        REQUIRE_OK(d.rectification().add(id, only));
    }
};

} // namespace

TEST_CASE("a move plan lists new, removed and changed requirements with what they hold")
{
    Fixture f;
    const QStringList before = requirementData(*f.document, f.id);
    Result<MovePlan> plan = planMove(*f.document, f.id, f.targetJson);
    REQUIRE_OK(plan);
    CHECK(plan->added == QStringList{QStringLiteral("N1")});
    CHECK(plan->removed == QStringList{f.removed});
    CHECK(plan->toReview.contains(f.reworded));
    CHECK(plan->toReview.contains(f.changed));
    CHECK(plan->toReview.size() == 2);
    const RequirementHolding* held = plan->holding(f.removed);
    REQUIRE(held);
    CHECK(held->rating == Rating::Met);
    CHECK(held->hasNarrative);
    CHECK(held->evidenceCount == 1);
    CHECK(held->rectificationCount == 2);
    const RequirementHolding* fresh = plan->holding(QStringLiteral("N1"));
    REQUIRE(fresh);
    CHECK_FALSE(fresh->hasRow);
    CHECK_FALSE(fresh->holdsWork());

    const QStringList lines = describeMovePlan(*plan, Language::Chinese);
    const QString text = lines.join(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("jiangsu-ggw-2019@2019.1 → jiangsu-ggw-2019@2019.2")));
    CHECK(text.contains(QStringLiteral("N1 新增的要求")));
    CHECK(text.contains(QStringLiteral("%1 ").arg(f.removed)));
    CHECK(text.contains(QStringLiteral("达标,有自评说明,佐证 1 份,整改事项 2 项")));
    // Planning writes nothing.
    CHECK(requirementData(*f.document, f.id) == before);
    Result<QByteArray> snapshot = f.document->assessments().frameworkSnapshot(f.id);
    REQUIRE_OK(snapshot);
    CHECK(*snapshot == f.fromJson);
}

TEST_CASE("moving carries the work by code, keeps removed rows aside and moves back exactly")
{
    Fixture f;
    Document& d = *f.document;
    const QStringList before = requirementData(d, f.id);
    Result<MovePlan> plan = planMove(d, f.id, f.targetJson);
    REQUIRE_OK(plan);
    f.document.clock.set(f.document.clock.now().addSecs(3600));
    REQUIRE_OK(applyMove(d, f.id, *plan));

    Result<Assessment> moved = d.assessments().get(f.id);
    REQUIRE_OK(moved);
    CHECK(moved->frameworkVersion == QStringLiteral("2019.2"));
    Result<QByteArray> snapshot = d.assessments().frameworkSnapshot(f.id);
    REQUIRE_OK(snapshot);
    CHECK(*snapshot == f.targetJson);

    // Ratings, narratives, evidence and links stay with their codes; nothing is deleted.
    Result<RequirementAssessment> reworded = d.ratings().get(f.id, f.reworded);
    REQUIRE_OK(reworded);
    CHECK(reworded->rating == Rating::Met);
    CHECK(reworded->narrative == QStringLiteral("说明 ") + f.reworded);
    Result<RequirementAssessment> changed = d.ratings().get(f.id, f.changed);
    REQUIRE_OK(changed);
    CHECK(changed->rating == Rating::LargelyMet);
    Result<RequirementAssessment> added = d.ratings().get(f.id, QStringLiteral("N1"));
    REQUIRE_OK(added);
    CHECK(added->rating == Rating::Unrated);
    CHECK(added->narrative.isEmpty());
    QStringList after = requirementData(d, f.id);
    for (const QString& line : before)
        CHECK(after.contains(line));
    CHECK(after.size() == before.size() + 1); // the row of N1

    // The removed requirement's row stays but does not count.
    Result<AnalysisInput> input = AnalysisInput::load(d);
    REQUIRE_OK(input);
    const Analysis analysis = analyze(*input, QDate(2020, 10, 15), Language::Chinese);
    CHECK(analysis.requirement(f.removed) == nullptr);
    // Reports and tables read the same input: the removed code is not in it.
    CHECK(input->ratings.size() == f.from.requirementCount());
    REQUIRE(input->items.size() == 2);
    for (const RectificationItem& item : input->items)
        CHECK_FALSE(item.requirementCodes.contains(f.removed));
    CHECK(analysis.requirements.size() == f.from.requirementCount());
    CHECK(analysis.scores.overall.total() == f.from.requirementCount());
    CHECK(analysis.scores.overall.met == 2); // reworded and unchanged; not the removed one
    CHECK(analysis.scores.overall.largelyMet == 1);
    CHECK(analysis.scores.overall.unrated == f.from.requirementCount() - 3);

    // The move is in the audit trail, and the check sees no damage.
    AuditTrail::Filter filter;
    filter.entity = QStringLiteral("assessment");
    filter.key = QString::number(f.id);
    Result<QVector<AuditEntry>> entries = d.audit().entries(filter);
    REQUIRE_OK(entries);
    const auto move = std::find_if(entries->cbegin(), entries->cend(), [](const AuditEntry& e) {
        return e.field == QLatin1String("framework");
    });
    REQUIRE(move != entries->cend());
    CHECK(move->oldValue == QStringLiteral("jiangsu-ggw-2019@2019.1"));
    CHECK(move->newValue == QStringLiteral("jiangsu-ggw-2019@2019.2"));
    Result<CheckReport> check = ConsistencyCheck::run(d);
    REQUIRE_OK(check);
    INFO(check->problems.join(QLatin1Char('\n')).toStdString());
    CHECK(check->ok());
    CHECK(check->facts.join(QLatin1Char('\n')).contains(f.removed));

    // The version left behind stays pickable; the one moved to is the current one.
    Result<FrameworkChoice> left = findFramework(d, QStringLiteral("jiangsu-ggw-2019@2019.1"));
    REQUIRE_OK(left);
    CHECK(left->json == f.fromJson);
    Result<FrameworkChoice> current = findFramework(d, QStringLiteral("jiangsu-ggw-2019@2019.2"));
    REQUIRE_OK(current);
    CHECK(current->current);

    // Back to the previous snapshot (the GUI's undo): the same requirement data, exactly.
    Result<MovePlan> back = planMove(d, f.id, plan->fromJson);
    REQUIRE_OK(back);
    CHECK(back->added == QStringList{f.removed});
    CHECK(back->holding(f.removed)->holdsWork());
    CHECK(describeMovePlan(*back, Language::English)
              .contains(
                  QStringLiteral("  %1 %2: Met, narrative, 1 evidence file(s), 2 "
                                 "rectification item(s)")
                      .arg(f.removed, f.from.requirement(f.removed)->title.in(Language::English))));
    f.document.clock.set(f.document.clock.now().addSecs(3600));
    REQUIRE_OK(applyMove(d, f.id, *back));
    snapshot = d.assessments().frameworkSnapshot(f.id);
    REQUIRE_OK(snapshot);
    CHECK(*snapshot == f.fromJson);
    after = requirementData(d, f.id);
    after.removeIf([](const QString& line) { return line.startsWith(QStringLiteral("row|N1|")); });
    CHECK(after == before);
    Result<AnalysisInput> restored = AnalysisInput::load(d);
    REQUIRE_OK(restored);
    const Analysis again = analyze(*restored, QDate(2020, 10, 15), Language::Chinese);
    CHECK(again.scores.overall.met == 3);
    CHECK(again.requirement(QStringLiteral("N1")) == nullptr);
    check = ConsistencyCheck::run(d);
    REQUIRE_OK(check);
    CHECK(check->ok());
}

TEST_CASE("a move is refused for a submitted assessment, a stale plan or no change")
{
    Fixture f;
    Document& d = *f.document;
    Result<MovePlan> plan = planMove(d, f.id, f.targetJson);
    REQUIRE_OK(plan);

    SECTION("submitted")
    {
        REQUIRE_OK(
            d.assessments().submit(f.id, QString(64, QLatin1Char('a')), f.document.clock.now()));
        const QStringList before = requirementData(d, f.id);
        Result<MovePlan> refused = planMove(d, f.id, f.targetJson);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("frozen")));
        Status applied = applyMove(d, f.id, *plan);
        REQUIRE_FALSE(applied.ok());
        CHECK(applied.error().kind == Error::Kind::UserInput);
        CHECK(requirementData(d, f.id) == before);
        Result<QByteArray> snapshot = d.assessments().frameworkSnapshot(f.id);
        REQUIRE_OK(snapshot);
        CHECK(*snapshot == f.fromJson);
    }
    SECTION("stale")
    {
        REQUIRE_OK(applyMove(d, f.id, *plan));
        Status again = applyMove(d, f.id, *plan);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().message.contains(QStringLiteral("plan it again")));
    }
    SECTION("nothing to move")
    {
        Result<MovePlan> same = planMove(d, f.id, f.fromJson);
        REQUIRE_OK(same);
        CHECK(same->diff.isEmpty());
        CHECK_FALSE(applyMove(d, f.id, *same).ok());
    }
    SECTION("an invalid target")
    {
        Result<MovePlan> invalid = planMove(d, f.id, QByteArray("{\"format\": 1}"));
        REQUIRE_FALSE(invalid.ok());
        CHECK(invalid.error().message.contains(QStringLiteral("$.format")));
    }
}

TEST_CASE("a package exported after a move imports into a document moved to the same version")
{
    Fixture f;
    Document& d = *f.document;
    Result<MovePlan> plan = planMove(d, f.id, f.targetJson);
    REQUIRE_OK(plan);
    REQUIRE_OK(applyMove(d, f.id, *plan));

    // assessment.json leaves the removed requirement out: its row, its evidence and the
    // links to it (docs/formats/package.md).
    Result<AssessmentSnapshot> source = loadSnapshot(d, f.id);
    REQUIRE_OK(source);
    for (const RequirementAssessment& row : source->requirements)
        CHECK(row.requirementCode != f.removed);
    for (const Evidence& evidence : source->evidence)
        CHECK(evidence.requirementCode != f.removed);
    REQUIRE(source->rectification.size() == 2);
    for (const RectificationItem& item : source->rectification)
        CHECK_FALSE(item.requirementCodes.contains(f.removed));

    PackageExportOptions options;
    options.freeze = false;
    options.today = QDate(2020, 11, 20);
    const QString package = f.document.dir() + QStringLiteral("/p.zip");
    REQUIRE_OK(PackageExporter::exportPackage(d, package, options));
    // The document keeps them all the same.
    Result<RequirementAssessment> kept = d.ratings().get(f.id, f.removed);
    REQUIRE_OK(kept);
    CHECK(kept->rating == Rating::Met);

    TempDocument target;
    // On the other version, the import is refused and says how to move first.
    Result<std::unique_ptr<PackageImport>> refused = PackageImport::prepare(*target, package);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("--move jiangsu-ggw-2019@2019.2")));

    Result<MovePlan> targetPlan = planMove(*target, target.assessmentId(), f.targetJson);
    REQUIRE_OK(targetPlan);
    REQUIRE_OK(applyMove(*target, target.assessmentId(), *targetPlan));
    Result<std::unique_ptr<PackageImport>> import = PackageImport::prepare(*target, package);
    REQUIRE_OK(import);
    REQUIRE_OK((*import)->apply({}));

    Result<AssessmentSnapshot> arrived = loadSnapshot(*target, target.assessmentId());
    REQUIRE_OK(arrived);
    const auto work = [](const AssessmentSnapshot& s) {
        QStringList lines;
        for (const RequirementAssessment& r : s.requirements)
            lines << QStringLiteral("%1|%2|%3")
                         .arg(r.requirementCode, ratingKey(r.rating), r.narrative);
        for (const Evidence& e : s.evidence)
            lines << QStringLiteral("%1|%2").arg(e.requirementCode, e.sha256);
        for (const RectificationItem& item : s.rectification)
            lines << item.measure + QLatin1Char('|') + item.requirementCodes.join(QLatin1Char(','));
        lines.sort();
        return lines;
    };
    CHECK(work(*arrived) == work(*source));
    Result<CheckReport> check = ConsistencyCheck::run(*target);
    REQUIRE_OK(check);
    CHECK(check->ok());
}

TEST_CASE("check flags entries of unknown requirements unless a move left them")
{
    Fixture f;
    Document& d = *f.document;
    // Without a move, an entry for a code the framework does not have is damage.
    REQUIRE_OK(d.context().db.exec(
        QStringLiteral("INSERT INTO requirement_assessments (assessment_id, requirement_code, "
                       "created, updated) VALUES (%1, 'ZZ9', '2020-10-15T09:00:00', "
                       "'2020-10-15T09:00:00')")
            .arg(f.id)));
    Result<CheckReport> damaged = ConsistencyCheck::run(d);
    REQUIRE_OK(damaged);
    CHECK_FALSE(damaged->ok());
    CHECK(damaged->problems.join(QLatin1Char('\n')).contains(QStringLiteral("ZZ9")));

    // After a move, what the move left aside is reported as a fact, not as a problem.
    Result<MovePlan> plan = planMove(d, f.id, f.targetJson);
    REQUIRE_OK(plan);
    REQUIRE_OK(applyMove(d, f.id, *plan));
    // A stray entry of a code no version ever had stays damage.
    Result<CheckReport> moved = ConsistencyCheck::run(d);
    REQUIRE_OK(moved);
    CHECK(moved->problems ==
          QStringList{QStringLiteral("Assessment %1 rates ZZ9, which its framework does not have.")
                          .arg(f.id)});
    CHECK(moved->facts.join(QLatin1Char('\n'))
              .contains(QStringLiteral("keeps the entries of %1 from before").arg(f.removed)));
}

TEST_CASE("a team member's package merges after a move and leaves the kept entries alone")
{
    Fixture f;
    Document& coordinator = *f.document;
    Result<MovePlan> plan = planMove(coordinator, f.id, f.targetJson);
    REQUIRE_OK(plan);
    REQUIRE_OK(applyMove(coordinator, f.id, *plan));
    const QString memberPath = f.document.dir() + QStringLiteral("/member.duibiao");
    REQUIRE_OK(forkForTeamMember(coordinator, memberPath));
    const QString package = f.document.dir() + QStringLiteral("/team.zip");
    {
        Document::Options options;
        options.userName = QStringLiteral("成员甲");
        Result<std::unique_ptr<Document>> member = Document::open(memberPath, options);
        REQUIRE_OK(member);
        Document& m = **member;
        REQUIRE_OK(
            m.ratings().setNarrative(f.id, f.reworded, QStringLiteral("成员按正式文本重写")));
        REQUIRE_OK(
            m.ratings().setRating(f.id, QStringLiteral("N1"), Rating::NotMet, std::nullopt, {}));
        PackageExportOptions options2;
        options2.kind = PackageKind::Team;
        options2.freeze = false;
        options2.today = QDate(2020, 11, 20);
        REQUIRE_OK(PackageExporter::exportPackage(m, package, options2));
    }
    const QStringList keptBefore = [&] {
        QStringList lines = requirementData(coordinator, f.id);
        lines.removeIf([&f](const QString& line) {
            return !line.startsWith(QStringLiteral("row|%1|").arg(f.removed)) &&
                   !line.startsWith(QStringLiteral("evidence|")) &&
                   !line.startsWith(QStringLiteral("item|"));
        });
        return lines;
    }();
    Result<std::unique_ptr<PackageImport>> import = PackageImport::prepare(coordinator, package);
    REQUIRE_OK(import);
    CHECK((*import)->plan().conflictCount() == 0);
    REQUIRE_OK((*import)->apply({}));

    Result<RequirementAssessment> reworded = coordinator.ratings().get(f.id, f.reworded);
    REQUIRE_OK(reworded);
    CHECK(reworded->narrative == QStringLiteral("成员按正式文本重写"));
    Result<RequirementAssessment> added = coordinator.ratings().get(f.id, QStringLiteral("N1"));
    REQUIRE_OK(added);
    CHECK(added->rating == Rating::NotMet);
    // The entries kept from before the move, their evidence and the items' links: untouched.
    for (const QString& line : keptBefore)
        CHECK(requirementData(coordinator, f.id).contains(line));
}

namespace {

// An assessment on the built-in framework and a version that renumbers one of its
// requirements (and rewords it): `oldCode` becomes R6, which "replaces" it.
struct RenameFixture
{
    TempDocument document;
    qint64 id = 0;
    QString oldCode;
    QString other; // a requirement both versions share, linked with oldCode by one item
    const QString newCode = QStringLiteral("R6");
    QByteArray fromJson;
    QByteArray targetJson;

    RenameFixture()
    {
        id = document.assessmentId();
        Result<Framework> framework = document->assessments().framework(id);
        REQUIRE_OK(framework);
        Result<QByteArray> snapshot = document->assessments().frameworkSnapshot(id);
        REQUIRE_OK(snapshot);
        fromJson = *snapshot;
        QStringList qualitative;
        for (const Requirement* r : framework->requirements()) {
            if (!r->rule)
                qualitative << r->code;
        }
        REQUIRE(qualitative.size() >= 2);
        oldCode = qualitative[0];
        other = qualitative[1];

        Framework to = *framework;
        to.version = QStringLiteral("2019.2");
        for (Category& category : to.categories) {
            for (Requirement& r : category.requirements) {
                if (r.code == oldCode) {
                    r.code = newCode;
                    r.replaces = QStringList{oldCode};
                    r.title.zh += QStringLiteral("(正式文本)");
                }
            }
        }
        targetJson = frameworkToJson(to);

        // Every column of the row holds something, so that a column left behind shows.
        Document& d = *document;
        REQUIRE_OK(d.context().db.exec(
            QStringLiteral("UPDATE requirement_assessments SET rating = 'largely_met', "
                           "suggested_rating = 'met', override_reason = '现场核查后下调', "
                           "narrative = '说明', gap_text = '差距', assessor = '评估人甲', "
                           "rating_before_rectification = 'not_met', created = "
                           "'2020-09-01T08:00:00.000Z', updated = '2020-10-01T09:30:00.000Z' "
                           "WHERE assessment_id = %1 AND requirement_code = '%2'")
                .arg(id)
                .arg(oldCode)));
        REQUIRE_OK(d.ratings().setRating(id, other, Rating::Met, std::nullopt, {}));
        const QString file = document.dir() + QStringLiteral("/会议纪要.txt");
        writeFile(file, "minutes");
        REQUIRE_OK(d.evidence().addFile(id, oldCode, file));
        REQUIRE_OK(d.evidence().addFile(id, other, file));
        RectificationItem both;
        both.measure = QStringLiteral("两项共用的整改");
        both.requirementCodes = {oldCode, other};
        REQUIRE_OK(d.rectification().add(id, both));
    }

    // The requirement data with the renamed code written as the old one, to compare.
    QStringList dataAsOld()
    {
        QStringList lines = requirementData(*document, id);
        for (QString& line : lines) {
            line.replace(newCode, oldCode);
            if (line.startsWith(QStringLiteral("item|"))) { // its codes in order again
                QStringList fields = line.split(QLatin1Char('|'));
                QStringList codes = fields.takeLast().split(QLatin1Char(','));
                codes.sort();
                line = (fields << codes.join(QLatin1Char(','))).join(QLatin1Char('|'));
            }
        }
        lines.sort();
        return lines;
    }
};

QStringList rowsOf(const QStringList& data, const QString& code)
{
    QStringList rows = data;
    rows.removeIf([&code](const QString& line) {
        return !line.startsWith(QStringLiteral("row|%1|").arg(code));
    });
    return rows;
}

QStringList withoutRow(QStringList data, const QString& code)
{
    data.removeIf([&code](const QString& line) {
        return line.startsWith(QStringLiteral("row|%1|").arg(code));
    });
    return data;
}

} // namespace

TEST_CASE("a renumbered requirement is planned as renamed, with what moves")
{
    RenameFixture f;
    Result<MovePlan> plan = planMove(*f.document, f.id, f.targetJson);
    REQUIRE_OK(plan);
    REQUIRE(plan->renamed.size() == 1);
    CHECK(plan->renamed[0].from == f.oldCode);
    CHECK(plan->renamed[0].to == f.newCode);
    CHECK(plan->added.isEmpty());
    CHECK(plan->removed.isEmpty());
    CHECK(plan->toReview.isEmpty());
    const RequirementHolding* old = plan->holding(f.oldCode);
    REQUIRE(old);
    CHECK(old->rating == Rating::LargelyMet);
    CHECK(old->evidenceCount == 1);
    CHECK(old->rectificationCount == 1);
    const RequirementHolding* fresh = plan->holding(f.newCode);
    REQUIRE(fresh);
    CHECK_FALSE(fresh->hasRow);

    const QString zh = describeMovePlan(*plan, Language::Chinese).join(QLatin1Char('\n'));
    CHECK(zh.contains(QStringLiteral("%1 → R6 编号变更(工作随之迁移)").arg(f.oldCode)));
    CHECK(zh.contains(QStringLiteral("R6 标题已修改")));
    CHECK(zh.contains(QStringLiteral("编号变更的要求,记录随之迁移 (1)")));
    CHECK(zh.contains(
        QStringLiteral("基本达标,有自评说明,佐证 1 份,整改事项 1 项(文字或计分有变化,请复核)")));
    const QString en = describeMovePlan(*plan, Language::English).join(QLatin1Char('\n'));
    CHECK(en.contains(
        QStringLiteral("%1 → R6 code changed (the work moves with it)").arg(f.oldCode)));
}

TEST_CASE("moving carries a renumbered requirement's work to its new code and back exactly")
{
    RenameFixture f;
    Document& d = *f.document;
    const QStringList before = requirementData(d, f.id);
    Result<MovePlan> plan = planMove(d, f.id, f.targetJson);
    REQUIRE_OK(plan);
    f.document.clock.set(f.document.clock.now().addSecs(3600));
    REQUIRE_OK(applyMove(d, f.id, *plan));

    // R6 holds what the old code held, every column and its times; evidence and the item
    // now name R6; the old row stays aside, unchanged.
    const QStringList moved = requirementData(d, f.id);
    CHECK(rowsOf(moved, f.newCode).replaceInStrings(f.newCode, f.oldCode) ==
          rowsOf(before, f.oldCode));
    CHECK(rowsOf(moved, f.oldCode) == rowsOf(before, f.oldCode));
    Result<QVector<Evidence>> evidence = d.evidence().list(f.id);
    REQUIRE_OK(evidence);
    QStringList evidenceCodes;
    for (const Evidence& e : *evidence)
        evidenceCodes << e.requirementCode;
    evidenceCodes.sort();
    QStringList expectedCodes{f.newCode, f.other};
    expectedCodes.sort();
    CHECK(evidenceCodes == expectedCodes);
    Result<QVector<RectificationItem>> items = d.rectification().all(f.id);
    REQUIRE_OK(items);
    REQUIRE(items->size() == 1);
    CHECK(items->at(0).requirementCodes.contains(f.newCode));
    CHECK_FALSE(items->at(0).requirementCodes.contains(f.oldCode));

    // It counts under R6; the old code no longer counts.
    Result<AnalysisInput> input = AnalysisInput::load(d);
    REQUIRE_OK(input);
    const Analysis analysis = analyze(*input, QDate(2020, 10, 15), Language::Chinese);
    CHECK(analysis.requirement(f.oldCode) == nullptr);
    REQUIRE(analysis.requirement(f.newCode) != nullptr);
    CHECK(analysis.requirement(f.newCode)->rating == Rating::LargelyMet);
    CHECK(analysis.scores.overall.largelyMet == 1);
    CHECK(analysis.scores.overall.met == 1);

    // One audit entry for the pair, besides the one for the framework.
    AuditTrail::Filter filter;
    filter.entity = QStringLiteral("assessment");
    filter.key = QString::number(f.id);
    Result<QVector<AuditEntry>> entries = d.audit().entries(filter);
    REQUIRE_OK(entries);
    QStringList renames;
    for (const AuditEntry& e : *entries) {
        if (e.field == QLatin1String("requirement_code"))
            renames << e.oldValue + QStringLiteral(" → ") + e.newValue;
    }
    CHECK(renames == QStringList{f.oldCode + QStringLiteral(" → R6")});
    Result<CheckReport> check = ConsistencyCheck::run(d);
    REQUIRE_OK(check);
    INFO(check->problems.join(QLatin1Char('\n')).toStdString());
    CHECK(check->ok());

    // Back: the renamed pair is recognised backwards, and the data is as it was.
    Result<MovePlan> back = planMove(d, f.id, f.fromJson);
    REQUIRE_OK(back);
    REQUIRE(back->renamed.size() == 1);
    CHECK(back->renamed[0].from == f.newCode);
    CHECK(back->renamed[0].to == f.oldCode);
    CHECK(back->added.isEmpty());
    CHECK(back->removed.isEmpty());
    f.document.clock.set(f.document.clock.now().addSecs(3600));
    REQUIRE_OK(applyMove(d, f.id, *back));
    CHECK(withoutRow(requirementData(d, f.id), f.newCode) == before);
    check = ConsistencyCheck::run(d);
    REQUIRE_OK(check);
    INFO(check->problems.join(QLatin1Char('\n')).toStdString());
    CHECK(check->ok());
    entries = d.audit().entries(filter);
    REQUIRE_OK(entries);
    CHECK(std::count_if(entries->cbegin(), entries->cend(), [](const AuditEntry& e) {
              return e.field == QLatin1String("requirement_code");
          }) == 2);

    // And forth again: R6's row, kept from the first move, is overwritten, not left stale.
    REQUIRE_OK(d.ratings().setNarrative(f.id, f.oldCode, QStringLiteral("回到旧版后补充的说明")));
    Result<MovePlan> again = planMove(d, f.id, f.targetJson);
    REQUIRE_OK(again);
    CHECK(describeMovePlan(*again, Language::Chinese)
              .join(QLatin1Char('\n'))
              .contains(QStringLiteral("(替换 R6 以前保留的记录)")));
    REQUIRE_OK(applyMove(d, f.id, *again));
    Result<RequirementAssessment> carried = d.ratings().get(f.id, f.newCode);
    REQUIRE_OK(carried);
    CHECK(carried->narrative == QStringLiteral("回到旧版后补充的说明"));
}

TEST_CASE("work done on the renamed requirement comes back when moving back")
{
    RenameFixture f;
    Document& d = *f.document;
    const QStringList before = requirementData(d, f.id);
    Result<MovePlan> plan = planMove(d, f.id, f.targetJson);
    REQUIRE_OK(plan);
    REQUIRE_OK(applyMove(d, f.id, *plan));

    // On the new version the team edits R6: a rating, a narrative, one more evidence file
    // and an item of its own.
    f.document.clock.set(f.document.clock.now().addSecs(7200));
    REQUIRE_OK(d.ratings().setRating(f.id, f.newCode, Rating::Met, std::nullopt, {}));
    REQUIRE_OK(d.ratings().setNarrative(f.id, f.newCode, QStringLiteral("按正式文本重写")));
    const QString file = f.document.dir() + QStringLiteral("/新材料.txt");
    writeFile(file, "new");
    REQUIRE_OK(d.evidence().addFile(f.id, f.newCode, file));
    RectificationItem own;
    own.measure = QStringLiteral("新版本中的整改");
    own.requirementCodes = {f.newCode};
    REQUIRE_OK(d.rectification().add(f.id, own));
    const QStringList edited = f.dataAsOld();

    Result<MovePlan> back = planMove(d, f.id, f.fromJson);
    REQUIRE_OK(back);
    REQUIRE_OK(applyMove(d, f.id, *back));
    Result<RequirementAssessment> row = d.ratings().get(f.id, f.oldCode);
    REQUIRE_OK(row);
    CHECK(row->rating == Rating::Met);
    CHECK(row->narrative == QStringLiteral("按正式文本重写"));
    // Everything the new version held under R6 is back under the old code: the same rows
    // (times included), evidence and items, but for the row R6 keeps aside.
    const QStringList after = withoutRow(requirementData(d, f.id), f.newCode);
    QStringList expected = edited;
    // `edited` has two lines for the old code's row (R6's, written as old, and the kept
    // one); the move back leaves the one that came from R6.
    const QStringList oldRows = rowsOf(edited, f.oldCode);
    REQUIRE(oldRows.size() == 2);
    const QStringList keptRow = rowsOf(before, f.oldCode);
    expected.removeOne(keptRow.constFirst());
    CHECK(after == expected);
    Result<CheckReport> check = ConsistencyCheck::run(d);
    REQUIRE_OK(check);
    CHECK(check->ok());
}
