// Importing packages: a whole submission into an empty document, a team member's work
// merged into the coordinator's, and a damaged package leaving the document untouched.
#include "TestSupport.h"
#include "demo/DemoBuilder.h"
#include "exchange/merge/MergePreview.h"
#include "exchange/package/AssessmentSnapshotLoader.h"
#include "exchange/package/PackageExporter.h"
#include "exchange/package/PackageImport.h"
#include "exchange/package/SafeName.h"
#include "exchange/package/TeamFork.h"

#include <QBuffer>
#include <QFile>

#include <zip.h>

using namespace duibiao;
using namespace duibiao::test;

namespace {

QString unitNameOf(const AssessmentSnapshot& s, std::optional<qint64> id)
{
    for (const Unit& unit : s.units) {
        if (id && unit.id == *id)
            return unit.name;
    }
    return {};
}

// Everything a user entered, in words that do not depend on the document's ids or on
// when the rows were written, sorted: two assessments hold the same work exactly when
// their lines are equal.
QStringList contentLines(const AssessmentSnapshot& s)
{
    QStringList lines;
    const Institution& i = s.institution;
    lines << QStringLiteral("institution|%1|%2|%3").arg(i.name, i.committee, i.region);
    for (const Phase& phase : s.assessment.phases)
        lines << QStringLiteral("phase|%1|%2|%3")
                     .arg(phase.number)
                     .arg(phase.start.toString(Qt::ISODate), phase.end.toString(Qt::ISODate));
    for (const Unit& unit : s.units)
        lines << QStringLiteral("unit|%1|%2").arg(unit.name, unitKindKey(unit.kind));
    for (const UnitFigures& f : s.figures) {
        QStringList values;
        const FieldValues fields = fieldsOf(f);
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            values << it.key() + QLatin1Char('=') + it.value();
        lines << QStringLiteral("figures|%1|%2|%3")
                     .arg(unitNameOf(s, f.unitId))
                     .arg(f.year)
                     .arg(values.join(QLatin1Char(',')));
    }
    for (Platform p : s.platforms) {
        const QString unit = unitNameOf(s, p.unitId);
        FieldValues values = fieldsOf(p);
        values.remove(QStringLiteral("unitId"));
        lines << QStringLiteral("platform|%1|%2")
                     .arg(unit, QStringList(values.values()).join(QLatin1Char('|')));
    }
    for (const RequirementAssessment& r : s.requirements)
        lines << QStringLiteral("requirement|%1|%2")
                     .arg(r.requirementCode,
                          QStringList(fieldsOf(r).values()).join(QLatin1Char('|')));
    for (const RectificationItem& item : s.rectification) {
        FieldValues values = fieldsOf(item);
        values.insert(QStringLiteral("responsibleUnitId"), unitNameOf(s, item.responsibleUnitId));
        lines << QStringLiteral("item|") + QStringList(values.values()).join(QLatin1Char('|'));
    }
    for (const Evidence& e : s.evidence) {
        QString item;
        for (const RectificationItem& candidate : s.rectification) {
            if (e.rectificationId && candidate.id == *e.rectificationId)
                item = candidate.measure;
        }
        lines << QStringLiteral("evidence|%1|%2|%3|%4|%5|%6|%7|%8")
                     .arg(e.requirementCode, item, e.expectedItem, e.name, e.mimeType)
                     .arg(e.size)
                     .arg(e.sha256, e.addedBy);
    }
    lines.sort();
    return lines;
}

QString exportPackage(Document& document, const QString& path, PackageKind kind,
                      const QStringList& categories = {})
{
    PackageExportOptions options;
    options.kind = kind;
    options.freeze = false;
    options.categories = categories;
    options.today = QDate(2020, 11, 20);
    Result<PackageExportResult> result = PackageExporter::exportPackage(document, path, options);
    REQUIRE_OK(result);
    return path;
}

AssessmentSnapshot snapshotOf(Document& document)
{
    Result<Assessment> current = document.assessments().current();
    REQUIRE_OK(current);
    Result<AssessmentSnapshot> snapshot = loadSnapshot(document, current->id);
    REQUIRE_OK(snapshot);
    return *snapshot;
}

const RequirementAssessment& rowOf(const AssessmentSnapshot& s, const QString& code)
{
    for (const RequirementAssessment& r : s.requirements) {
        if (r.requirementCode == code)
            return r;
    }
    FAIL("no row " << code.toStdString());
    return s.requirements.first();
}

Document::Options optionsFor(const QString& user)
{
    Document::Options options;
    options.userName = user;
    return options;
}

} // namespace

TEST_CASE("A submission imported into an empty document gives the same assessment", "[import]")
{
    TempDocument source;
    REQUIRE_OK(DemoBuilder::build(*source, DemoBuilder::Size::Small));
    const QString package =
        exportPackage(*source, source.dir() + QStringLiteral("/p.zip"), PackageKind::Submission);
    TempDocument target;
    Result<std::unique_ptr<PackageImport>> import = PackageImport::prepare(*target, package);
    REQUIRE_OK(import);
    CHECK((*import)->plan().conflictCount() == 0);
    CHECK_FALSE(describePlan((*import)->plan(), Language::English).isEmpty());
    REQUIRE_OK((*import)->apply({}));

    const AssessmentSnapshot before = snapshotOf(*source);
    const AssessmentSnapshot after = snapshotOf(*target);
    const QStringList expected = contentLines(before);
    const QStringList actual = contentLines(after);
    CHECK(actual.size() == expected.size());
    for (int i = 0; i < qMin(actual.size(), expected.size()); ++i) {
        INFO(i);
        CHECK(actual.at(i) == expected.at(i));
    }
    // Every evidence file's bytes arrived: the stored hash is recomputed from the chunks.
    for (const Evidence& e : after.evidence) {
        Result<QString> sha = target->evidence().computeSha256(e.id);
        REQUIRE_OK(sha);
        CHECK(*sha == e.sha256);
    }
    // Importing the same package again changes nothing: rows already here are recognised
    // by their content, evidence by its hash.
    Result<std::unique_ptr<PackageImport>> again = PackageImport::prepare(*target, package);
    REQUIRE_OK(again);
    CHECK(describePlan((*again)->plan(), Language::English).join(QLatin1Char('\n')) ==
          QStringLiteral("= %1 evidence file(s) already here, skipped").arg(after.evidence.size()));
}

TEST_CASE("A team member's work merges into the coordinator's document", "[import][team]")
{
    TempDocument coordinatorDoc;
    REQUIRE_OK(DemoBuilder::build(*coordinatorDoc, DemoBuilder::Size::Small));
    const qint64 assessment = coordinatorDoc.assessmentId();
    const QString memberPath = coordinatorDoc.dir() + QStringLiteral("/member.duibiao");
    REQUIRE_OK(forkForTeamMember(*coordinatorDoc, memberPath));
    const AssessmentSnapshot base = snapshotOf(*coordinatorDoc);

    {
        Result<std::unique_ptr<Document>> member =
            Document::open(memberPath, optionsFor(QStringLiteral("成员甲")));
        REQUIRE_OK(member);
        Document& m = **member;
        // One-sided edits in category T, a both-sided one on T3, a removal of an item the
        // coordinator edits, the same evidence file twice and a new one.
        REQUIRE_OK(m.ratings().setNarrative(assessment, QStringLiteral("T1"),
                                            QStringLiteral("成员补写的T1叙述")));
        REQUIRE_OK(
            m.ratings().setNarrative(assessment, QStringLiteral("T3"), QStringLiteral("成员的T3")));
        QBuffer bytes;
        bytes.setData("member evidence bytes");
        bytes.open(QIODevice::ReadOnly);
        Evidence info;
        info.requirementCode = QStringLiteral("T2");
        info.name = QStringLiteral("培训记录.pdf");
        REQUIRE_OK(m.evidence().add(assessment, info, bytes));
        bytes.seek(0);
        info.name = QStringLiteral("培训记录-副本.pdf");
        REQUIRE_OK(m.evidence().add(assessment, info, bytes));
        const QString package = coordinatorDoc.dir() + QStringLiteral("/team.zip");
        exportPackage(m, package, PackageKind::Team, {QStringLiteral("T")});
    }
    // Meanwhile the coordinator works on L1 (outside the member's scope) and on T3.
    REQUIRE_OK(coordinatorDoc->ratings().setNarrative(assessment, QStringLiteral("L1"),
                                                      QStringLiteral("协调员的L1")));
    REQUIRE_OK(coordinatorDoc->ratings().setNarrative(assessment, QStringLiteral("T3"),
                                                      QStringLiteral("协调员的T3")));

    Result<std::unique_ptr<PackageImport>> import =
        PackageImport::prepare(*coordinatorDoc, coordinatorDoc.dir() + QStringLiteral("/team.zip"));
    REQUIRE_OK(import);
    MergePlan& plan = (*import)->plan();
    CHECK(plan.packageKind == QStringLiteral("team"));
    CHECK(plan.conflictCount() == 1);
    CHECK(plan.duplicateEvidence == 1);
    int evidenceAdds = 0;
    for (const MergeChange& change : plan.changes) {
        CHECK(change.key != QStringLiteral("L1")); // outside the scope: never touched
        if (change.entity == MergeEntity::Evidence && change.kind == ChangeKind::Add)
            ++evidenceAdds;
    }
    CHECK(evidenceAdds == 1);
    (*import)->resolveAll(true); // take the member's T3
    REQUIRE_OK((*import)->apply({}));

    const AssessmentSnapshot merged = snapshotOf(*coordinatorDoc);
    CHECK(rowOf(merged, QStringLiteral("T1")).narrative == QStringLiteral("成员补写的T1叙述"));
    CHECK(rowOf(merged, QStringLiteral("T3")).narrative == QStringLiteral("成员的T3"));
    CHECK(rowOf(merged, QStringLiteral("L1")).narrative == QStringLiteral("协调员的L1"));
    CHECK(merged.evidence.size() == base.evidence.size() + 1);
    AuditTrail::Filter packageEntries;
    packageEntries.entity = QStringLiteral("package");
    Result<QVector<AuditEntry>> audit = coordinatorDoc->audit().entries(packageEntries);
    REQUIRE_OK(audit);
    CHECK(audit->size() == 1);
}

TEST_CASE("Unresolved conflicts keep this document's values", "[import][team]")
{
    TempDocument coordinatorDoc;
    REQUIRE_OK(DemoBuilder::build(*coordinatorDoc, DemoBuilder::Size::Small));
    const qint64 assessment = coordinatorDoc.assessmentId();
    const QString memberPath = coordinatorDoc.dir() + QStringLiteral("/member.duibiao");
    REQUIRE_OK(forkForTeamMember(*coordinatorDoc, memberPath));
    {
        Result<std::unique_ptr<Document>> member = Document::open(memberPath, {});
        REQUIRE_OK(member);
        REQUIRE_OK((*member)->ratings().setGapText(assessment, QStringLiteral("P2"),
                                                   QStringLiteral("成员的差距")));
        exportPackage(**member, coordinatorDoc.dir() + QStringLiteral("/team.zip"),
                      PackageKind::Team, {QStringLiteral("P")});
    }
    REQUIRE_OK(coordinatorDoc->ratings().setGapText(assessment, QStringLiteral("P2"),
                                                    QStringLiteral("协调员的差距")));
    Result<std::unique_ptr<PackageImport>> import =
        PackageImport::prepare(*coordinatorDoc, coordinatorDoc.dir() + QStringLiteral("/team.zip"));
    REQUIRE_OK(import);
    REQUIRE((*import)->plan().conflictCount() == 1);
    REQUIRE_OK((*import)->apply({}));
    CHECK(rowOf(snapshotOf(*coordinatorDoc), QStringLiteral("P2")).gapText ==
          QStringLiteral("协调员的差距"));
}

TEST_CASE("A package whose evidence does not match its checksum changes nothing", "[import]")
{
    TempDocument source;
    REQUIRE_OK(DemoBuilder::build(*source, DemoBuilder::Size::Small));
    const QString package =
        exportPackage(*source, source.dir() + QStringLiteral("/p.zip"), PackageKind::Submission);
    // Replace one evidence entry by other bytes of the same size: the ZIP and the manifest
    // still agree on sizes, so only the streamed SHA-256 can catch it.
    const AssessmentSnapshot snapshot = snapshotOf(*source);
    REQUIRE_FALSE(snapshot.evidence.isEmpty());
    const Evidence& victim = snapshot.evidence.last();
    {
        int error = 0;
        zip_t* archive = zip_open(QFile::encodeName(package).constData(), 0, &error);
        REQUIRE(archive);
        const QByteArray name = evidenceEntryName(victim.id, victim.name).toUtf8();
        const zip_int64_t index = zip_name_locate(archive, name.constData(), 0);
        REQUIRE(index >= 0);
        static QByteArray forged;
        forged = QByteArray(int(victim.size), 'x');
        zip_source_t* bytes =
            zip_source_buffer(archive, forged.constData(), zip_uint64_t(forged.size()), 0);
        REQUIRE(zip_file_replace(archive, zip_uint64_t(index), bytes, 0) == 0);
        REQUIRE(zip_close(archive) == 0);
    }
    TempDocument target;
    target.close();
    const QString before = sha256OfFile(target.path());
    target.reopen();
    Result<std::unique_ptr<PackageImport>> import = PackageImport::prepare(*target, package);
    REQUIRE_OK(import);
    const Status applied = (*import)->apply({});
    REQUIRE_FALSE(applied.ok());
    CHECK(applied.error().message.contains(victim.name));
    CHECK(snapshotOf(*target).evidence.isEmpty());
    CHECK(snapshotOf(*target).rectification.isEmpty());
    target.close();
    CHECK(sha256OfFile(target.path()) == before);
}
