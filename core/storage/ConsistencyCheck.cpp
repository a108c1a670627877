#include "storage/ConsistencyCheck.h"

#include "framework/FrameworkLoader.h"
#include "storage/Document.h"
#include "storage/Schema.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace duibiao {

namespace {

Status checkSqlite(Document& document, CheckReport& report)
{
    Database& db = document.context().db;
    SqlQuery integrity(db, QStringLiteral("PRAGMA integrity_check"));
    if (Status status = integrity.exec(); !status)
        return status;
    QStringList messages;
    while (integrity.next())
        messages.append(integrity.value(0).toString());
    if (messages != QStringList{QStringLiteral("ok")}) {
        for (const QString& message : messages)
            report.problems.append(
                QCoreApplication::translate("ConsistencyCheck", "SQLite integrity: %1")
                    .arg(message));
    }
    SqlQuery foreignKeys(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (Status status = foreignKeys.exec(); !status)
        return status;
    while (foreignKeys.next()) {
        report.problems.append(
            QCoreApplication::translate("ConsistencyCheck",
                                        "Broken reference in table %1 (row %2) to %3.")
                .arg(foreignKeys.value(0).toString(), foreignKeys.value(1).toString(),
                     foreignKeys.value(2).toString()));
    }
    report.facts.append(
        QCoreApplication::translate("ConsistencyCheck", "SQLite integrity check and foreign keys"));
    return {};
}

// The requirement codes a move to another framework version may have left aside: none
// unless the audit trail records a move of the assessment (applyMove writes the field
// "framework"); then the codes of the framework versions the document keeps, among which
// applyMove stores every version it leaves.
Result<QSet<QString>> codesLeftByMoves(Document& document, qint64 assessmentId)
{
    AuditTrail::Filter filter;
    filter.entity = QStringLiteral("assessment");
    filter.key = QString::number(assessmentId);
    filter.limit = -1;
    Result<QVector<AuditEntry>> entries = document.audit().entries(filter);
    if (!entries)
        return entries.error();
    QSet<QString> codes;
    if (std::none_of(entries->cbegin(), entries->cend(), [](const AuditEntry& entry) {
            return entry.field == QLatin1String("framework");
        }))
        return codes;
    Result<QVector<FrameworkVersion>> versions = document.frameworks().all();
    if (!versions)
        return versions.error();
    for (const FrameworkVersion& version : *versions) {
        Result<Framework> framework = document.frameworks().load(version.id);
        if (!framework)
            continue; // a damaged stored version vouches for nothing
        for (const Requirement* requirement : framework->requirements())
            codes.insert(requirement->code);
    }
    return codes;
}

Status checkAssessments(Document& document, CheckReport& report)
{
    Result<QVector<Assessment>> assessments = document.assessments().all();
    if (!assessments)
        return assessments.error();
    if (assessments->isEmpty())
        report.problems.append(
            QCoreApplication::translate("ConsistencyCheck", "The document holds no assessment."));
    for (const Assessment& assessment : *assessments) {
        Result<Framework> framework = document.assessments().framework(assessment.id);
        if (!framework) {
            report.problems.append(framework.error().message);
            continue;
        }
        QSet<QString> codes;
        for (const Requirement* requirement : framework->requirements())
            codes.insert(requirement->code);
        Result<QVector<RequirementAssessment>> ratings = document.ratings().all(assessment.id);
        if (!ratings)
            return ratings.error();
        // A move to another framework version keeps the rows of requirements the new version
        // does not have (moving back restores them); they are not damage, only left aside.
        Result<QSet<QString>> leftAside = codesLeftByMoves(document, assessment.id);
        if (!leftAside)
            return leftAside.error();
        QSet<QString> rated;
        QStringList keptFromMove;
        for (const RequirementAssessment& rating : *ratings) {
            rated.insert(rating.requirementCode);
            if (!codes.contains(rating.requirementCode) &&
                leftAside->contains(rating.requirementCode))
                keptFromMove.append(rating.requirementCode);
            else if (!codes.contains(rating.requirementCode))
                report.problems.append(
                    QCoreApplication::translate(
                        "ConsistencyCheck",
                        "Assessment %1 rates %2, which its framework does not have.")
                        .arg(assessment.id)
                        .arg(rating.requirementCode));
        }
        for (const QString& code : codes) {
            if (!rated.contains(code))
                report.problems.append(
                    QCoreApplication::translate("ConsistencyCheck",
                                                "Assessment %1 has no entry for requirement %2.")
                        .arg(assessment.id)
                        .arg(code));
        }
        Result<QVector<RectificationItem>> items = document.rectification().all(assessment.id);
        if (!items)
            return items.error();
        for (const RectificationItem& item : *items) {
            for (const QString& code : item.requirementCodes) {
                if (!codes.contains(code) && !leftAside->contains(code))
                    report.problems.append(
                        QCoreApplication::translate(
                            "ConsistencyCheck",
                            "Rectification item %1 links to unknown requirement %2.")
                            .arg(item.id)
                            .arg(code));
            }
        }
        report.facts.append(
            QCoreApplication::translate(
                "ConsistencyCheck",
                "Assessment %1: framework %2 %3, %4 requirements, %5 rectification items")
                .arg(assessment.id)
                .arg(framework->code, framework->version)
                .arg(codes.size())
                .arg(items->size()));
        if (!keptFromMove.isEmpty()) {
            keptFromMove.sort();
            report.facts.append(
                QCoreApplication::translate("ConsistencyCheck",
                                            "Assessment %1 keeps the entries of %2 from before "
                                            "its move to another framework version; they do not "
                                            "count")
                    .arg(assessment.id)
                    .arg(keptFromMove.join(QStringLiteral(", "))));
        }
    }
    return {};
}

Status checkEvidence(Document& document, CheckReport& report)
{
    Result<QVector<Assessment>> assessments = document.assessments().all();
    if (!assessments)
        return assessments.error();
    int files = 0;
    qint64 bytes = 0;
    for (const Assessment& assessment : *assessments) {
        Result<QVector<Evidence>> evidence = document.evidence().list(assessment.id);
        if (!evidence)
            return evidence.error();
        for (const Evidence& e : *evidence) {
            Result<QString> sha = document.evidence().computeSha256(e.id);
            if (!sha)
                return sha.error();
            if (*sha != e.sha256)
                report.problems.append(
                    QCoreApplication::translate(
                        "ConsistencyCheck",
                        "Evidence “%1” (%2): its bytes do not match its SHA-256.")
                        .arg(e.name)
                        .arg(e.id));
            ++files;
            bytes += e.size;
        }
    }
    report.facts.append(
        QCoreApplication::translate("ConsistencyCheck",
                                    "%1 evidence files (%2) verified against their SHA-256")
            .arg(files)
            .arg(formatByteSize(bytes)));
    return {};
}

} // namespace

Result<QStringList> ConsistencyCheck::quickCheck(Database& db, const QStringList& tables)
{
    QStringList problems;
    const QStringList targets = tables.isEmpty() ? QStringList{QString()} : tables;
    for (const QString& table : targets) {
        // Table names come from our own schema, never from the file: safe to splice in.
        SqlQuery check(db, table.isEmpty()
                               ? QStringLiteral("PRAGMA quick_check(20)")
                               : QStringLiteral("PRAGMA quick_check(\"%1\")").arg(table));
        if (Status status = check.exec(); !status) {
            problems.append(status.error().message);
            continue;
        }
        while (check.next()) {
            const QString line = check.value(0).toString();
            if (line != QLatin1String("ok"))
                problems.append(line);
        }
    }
    return problems;
}

Result<QStringList> ConsistencyCheck::tablesCheckedAtOpen(Database& db)
{
    SqlQuery tables(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT IN ('evidence_chunks', 'audit_log') "
                                       "ORDER BY name"));
    if (Status status = tables.exec(); !status)
        return status.error();
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    return names;
}

Result<QStringList> ConsistencyCheck::quickCheckFile(const QString& path,
                                                     const std::atomic_bool* cancel)
{
    // A file nobody has open (a backup) is read as immutable: no -wal or -shm beside it.
    const bool inUse = QFileInfo::exists(path + QStringLiteral("-wal"));
    Database db;
    if (Status status = db.open(path, inUse ? Database::Mode::ReadOnly : Database::Mode::Immutable);
        !status)
        return status.error();
    db.setCancelFlag(cancel);
    Result<QStringList> problems = quickCheck(db);
    db.setCancelFlag(nullptr);
    if (problems && cancel && cancel->load())
        return Error::internal(
            QCoreApplication::translate("ConsistencyCheck", "The check of %1 was cancelled.")
                .arg(path));
    return problems;
}

Result<CheckReport> ConsistencyCheck::run(Document& document)
{
    CheckReport report;
    Database& db = document.context().db;
    Result<QVariant> version = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    report.facts.append(
        QCoreApplication::translate("ConsistencyCheck", "Schema version %1 (current %2)")
            .arg(version->toInt())
            .arg(Schema::currentVersion()));
    for (auto step : {checkSqlite, checkAssessments, checkEvidence}) {
        if (Status status = step(document, report); !status)
            return status.error();
        if (!report.ok() && step == checkSqlite)
            break; // a damaged file: reading further would only add noise
    }
    return report;
}

} // namespace duibiao
