#include "storage/AssessmentRepository.h"

#include "framework/FrameworkLoader.h"
#include "storage/AuditTrail.h"
#include "storage/SqlQuery.h"
#include "storage/StorageContext.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace duibiao {

namespace {

const QString columns =
    QStringLiteral("id, title, year, framework_code, framework_version, status, created");

Assessment readAssessment(const SqlQuery& query)
{
    Assessment a;
    a.id = query.value(0).toLongLong();
    a.title = query.value(1).toString();
    a.year = query.value(2).toInt();
    a.frameworkCode = query.value(3).toString();
    a.frameworkVersion = query.value(4).toString();
    a.status = query.value(5).toString() == QLatin1String("submitted") ? AssessmentStatus::Submitted
                                                                       : AssessmentStatus::Draft;
    a.created = timeFromSql(query.value(6));
    return a;
}

QString phaseText(const Phase& phase)
{
    return QStringLiteral("%1…%2").arg(phase.start.toString(Qt::ISODate),
                                       phase.end.toString(Qt::ISODate));
}

Status validatePhases(const PhasePlan& phases)
{
    for (const Phase& phase : phases) {
        if (phase.start.isValid() && phase.end.isValid() && phase.start > phase.end) {
            return Error::user(
                QCoreApplication::translate("AssessmentRepository",
                                            "Phase %1 cannot end (%2) before it starts (%3).")
                    .arg(phase.number)
                    .arg(phase.end.toString(Qt::ISODate), phase.start.toString(Qt::ISODate)));
        }
    }
    return {};
}

} // namespace

Result<qint64> AssessmentRepository::create(Assessment assessment, const QByteArray& frameworkJson)
{
    Result<Framework> framework =
        FrameworkLoader::parse(frameworkJson, QStringLiteral("framework"));
    if (!framework)
        return framework.error();
    if (assessment.title.trimmed().isEmpty())
        return Error::user(
            QCoreApplication::translate("AssessmentRepository", "An assessment needs a title."));
    if (Status valid = validatePhases(assessment.phases); !valid)
        return valid.error();

    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started().error();
    const QDateTime now = m_context.now();
    SqlQuery insert(m_context.db,
                    QStringLiteral("INSERT INTO assessments (title, year, framework_code, "
                                   "framework_version, framework_json, status, created) VALUES "
                                   "(:title, :year, :code, :version, :json, 'draft', :created)"));
    insert.bind(QStringLiteral(":title"), assessment.title.trimmed())
        .bind(QStringLiteral(":year"), assessment.year)
        .bind(QStringLiteral(":code"), framework->code)
        .bind(QStringLiteral(":version"), framework->version)
        .bind(QStringLiteral(":json"), QString::fromUtf8(frameworkJson))
        .bind(QStringLiteral(":created"), toSql(now));
    if (Status status = insert.exec(); !status)
        return status.error();
    const qint64 id = insert.lastInsertId().toLongLong();

    for (const Phase& phase : assessment.phases) {
        SqlQuery query(m_context.db,
                       QStringLiteral("INSERT INTO assessment_phases (assessment_id, phase, start, "
                                      "end) VALUES (:id, :phase, :start, :end)"));
        query.bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":phase"), phase.number)
            .bind(QStringLiteral(":start"), toSql(phase.start))
            .bind(QStringLiteral(":end"), toSql(phase.end));
        if (Status status = query.exec(); !status)
            return status.error();
    }
    for (const Requirement* requirement : framework->requirements()) {
        SqlQuery query(m_context.db,
                       QStringLiteral("INSERT INTO requirement_assessments (assessment_id, "
                                      "requirement_code, created, updated) VALUES (:id, :code, "
                                      ":now, :now)"));
        query.bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":code"), requirement->code)
            .bind(QStringLiteral(":now"), toSql(now));
        if (Status status = query.exec(); !status)
            return status.error();
    }
    if (Status status = AuditTrail(m_context).record(
            QStringLiteral("assessment"), QString::number(id), QStringLiteral("created"), {},
            QStringLiteral("%1 (%2 %3)")
                .arg(assessment.title, framework->code, framework->version));
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Status AssessmentRepository::readPhases(Assessment& assessment) const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT phase, start, end FROM assessment_phases "
                                                "WHERE assessment_id = :id ORDER BY phase"));
    query.bind(QStringLiteral(":id"), assessment.id);
    if (Status status = query.exec(); !status)
        return status;
    while (query.next()) {
        const int number = query.value(0).toInt();
        if (number >= 1 && number <= 4) {
            assessment.phases[std::size_t(number - 1)] = {number, dateFromSql(query.value(1)),
                                                          dateFromSql(query.value(2))};
        }
    }
    return {};
}

Result<QVector<Assessment>> AssessmentRepository::all() const
{
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT %1 FROM assessments ORDER BY id").arg(columns));
    if (Status status = query.exec(); !status)
        return status.error();
    QVector<Assessment> assessments;
    while (query.next())
        assessments.append(readAssessment(query));
    for (Assessment& assessment : assessments) {
        if (Status status = readPhases(assessment); !status)
            return status.error();
    }
    return assessments;
}

Result<Assessment> AssessmentRepository::current() const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT max(id) FROM assessments"));
    Result<QVariant> id = query.scalar();
    if (!id)
        return id.error();
    if (id->isNull())
        return Error::user(QCoreApplication::translate("AssessmentRepository",
                                                       "The document holds no assessment."));
    return get(id->toLongLong());
}

Result<Assessment> AssessmentRepository::get(qint64 assessmentId) const
{
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT %1 FROM assessments WHERE id = :id").arg(columns));
    query.bind(QStringLiteral(":id"), assessmentId);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error::user(
            QCoreApplication::translate("AssessmentRepository", "There is no assessment %1.")
                .arg(assessmentId));
    Assessment assessment = readAssessment(query);
    if (Status status = readPhases(assessment); !status)
        return status.error();
    return assessment;
}

Result<QByteArray> AssessmentRepository::frameworkSnapshot(qint64 assessmentId) const
{
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT framework_json FROM assessments WHERE id = :id"));
    query.bind(QStringLiteral(":id"), assessmentId);
    Result<QVariant> json = query.scalar();
    if (!json)
        return json.error();
    if (json->isNull())
        return Error::user(
            QCoreApplication::translate("AssessmentRepository", "There is no assessment %1.")
                .arg(assessmentId));
    return json->toString().toUtf8();
}

Result<Framework> AssessmentRepository::framework(qint64 assessmentId) const
{
    Result<QByteArray> json = frameworkSnapshot(assessmentId);
    if (!json)
        return json.error();
    return FrameworkLoader::parse(
        *json, QCoreApplication::translate("AssessmentRepository",
                                           "the framework snapshot of assessment %1")
                   .arg(assessmentId));
}

Status AssessmentRepository::setPhases(qint64 assessmentId, const PhasePlan& phases)
{
    if (Status valid = validatePhases(phases); !valid)
        return valid;
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started();
    Result<Assessment> before = get(assessmentId);
    if (!before)
        return before.error();
    AuditTrail audit(m_context);
    for (const Phase& phase : phases) {
        SqlQuery query(
            m_context.db,
            QStringLiteral("INSERT INTO assessment_phases (assessment_id, phase, start, "
                           "end) VALUES (:id, :phase, :start, :end) ON CONFLICT "
                           "(assessment_id, phase) DO UPDATE SET start = excluded.start, "
                           "end = excluded.end"));
        query.bind(QStringLiteral(":id"), assessmentId)
            .bind(QStringLiteral(":phase"), phase.number)
            .bind(QStringLiteral(":start"), toSql(phase.start))
            .bind(QStringLiteral(":end"), toSql(phase.end));
        if (Status status = query.exec(); !status)
            return status;
        const Phase& old = before->phases[std::size_t(phase.number - 1)];
        if (Status status = audit.record(
                QStringLiteral("assessment"), QString::number(assessmentId),
                QStringLiteral("phase%1").arg(phase.number), phaseText(old), phaseText(phase));
            !status)
            return status;
    }
    return transaction.commit();
}

Status AssessmentRepository::setStatus(qint64 assessmentId, AssessmentStatus status)
{
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started();
    Result<Assessment> before = get(assessmentId);
    if (!before)
        return before.error();
    SqlQuery query(m_context.db,
                   QStringLiteral("UPDATE assessments SET status = :status WHERE id = :id"));
    query.bind(QStringLiteral(":status"), assessmentStatusKey(status))
        .bind(QStringLiteral(":id"), assessmentId);
    if (Status result = query.exec(); !result)
        return result;
    if (Status result = AuditTrail(m_context).record(
            QStringLiteral("assessment"), QString::number(assessmentId), QStringLiteral("status"),
            assessmentStatusKey(before->status), assessmentStatusKey(status));
        !result)
        return result;
    return transaction.commit();
}

Result<SubmissionStamp> AssessmentRepository::submission(qint64 assessmentId) const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT submitted_at, fingerprint FROM "
                                                "assessments WHERE id = :id"));
    query.bind(QStringLiteral(":id"), assessmentId);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error::user(
            QCoreApplication::translate("AssessmentRepository", "There is no assessment %1.")
                .arg(assessmentId));
    return SubmissionStamp{timeFromSql(query.value(0)), query.value(1).toString()};
}

Status AssessmentRepository::submit(qint64 assessmentId, const QString& fingerprint,
                                    const QDateTime& at)
{
    if (fingerprint.isEmpty() || !at.isValid())
        return Error::internal(QStringLiteral("submit() needs a fingerprint and a time."));
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started();
    Result<Assessment> before = get(assessmentId);
    if (!before)
        return before.error();
    Result<SubmissionStamp> stamp = submission(assessmentId);
    if (!stamp)
        return stamp.error();
    const bool wasSubmitted = before->status == AssessmentStatus::Submitted && stamp->at.isValid();
    const QDateTime submittedAt = wasSubmitted ? stamp->at : at;
    if (wasSubmitted && stamp->fingerprint == fingerprint)
        return transaction.commit();

    SqlQuery query(m_context.db, QStringLiteral("UPDATE assessments SET status = 'submitted', "
                                                "submitted_at = :at, fingerprint = :fingerprint "
                                                "WHERE id = :id"));
    query.bind(QStringLiteral(":at"), toSql(submittedAt))
        .bind(QStringLiteral(":fingerprint"), fingerprint)
        .bind(QStringLiteral(":id"), assessmentId);
    if (Status status = query.exec(); !status)
        return status;
    AuditTrail audit(m_context);
    const QString key = QString::number(assessmentId);
    if (!wasSubmitted) {
        if (Status status =
                audit.record(QStringLiteral("assessment"), key, QStringLiteral("status"),
                             assessmentStatusKey(before->status),
                             assessmentStatusKey(AssessmentStatus::Submitted));
            !status)
            return status;
        if (Status status =
                audit.record(QStringLiteral("assessment"), key, QStringLiteral("submitted_at"), {},
                             submittedAt.toString(Qt::ISODate));
            !status)
            return status;
    }
    if (Status status =
            audit.record(QStringLiteral("assessment"), key, QStringLiteral("fingerprint"),
                         stamp->fingerprint, fingerprint);
        !status)
        return status;
    return transaction.commit();
}

Status AssessmentRepository::reopen(qint64 assessmentId, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Error::user(QCoreApplication::translate(
            "AssessmentRepository", "Reopening a submitted assessment needs a reason."));
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started();
    Result<Assessment> before = get(assessmentId);
    if (!before)
        return before.error();
    if (before->status != AssessmentStatus::Submitted)
        return Error::user(
            QCoreApplication::translate("AssessmentRepository",
                                        "Assessment “%1” has not been submitted; there is "
                                        "nothing to reopen.")
                .arg(before->title));
    Result<SubmissionStamp> stamp = submission(assessmentId);
    if (!stamp)
        return stamp.error();
    SqlQuery query(m_context.db, QStringLiteral("UPDATE assessments SET status = 'draft', "
                                                "submitted_at = NULL, fingerprint = '' "
                                                "WHERE id = :id"));
    query.bind(QStringLiteral(":id"), assessmentId);
    if (Status status = query.exec(); !status)
        return status;
    AuditTrail audit(m_context);
    const QString key = QString::number(assessmentId);
    const QString entity = QStringLiteral("assessment");
    for (Status status :
         {audit.record(entity, key, QStringLiteral("status"),
                       assessmentStatusKey(AssessmentStatus::Submitted),
                       assessmentStatusKey(AssessmentStatus::Draft)),
          audit.record(entity, key, QStringLiteral("submitted_at"),
                       stamp->at.isValid() ? stamp->at.toString(Qt::ISODate) : QString(), {}),
          audit.record(entity, key, QStringLiteral("fingerprint"), stamp->fingerprint, {}),
          audit.record(entity, key, QStringLiteral("reopen_reason"), {}, reason.trimmed())}) {
        if (!status)
            return status;
    }
    return transaction.commit();
}

} // namespace duibiao
