#include "storage/EvidenceRepository.h"

#include "storage/AuditTrail.h"
#include "storage/EvidenceChunkSink.h"
#include "storage/SqlQuery.h"
#include "storage/StorageContext.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace duibiao {

namespace {

// The type the bytes show; the name only refines it when the two agree (a .docx is a ZIP,
// a .csv is text). A name cannot turn a program into a "PDF": the viewer and the reports
// go by what is recorded here.
QString contentMimeType(const QString& name, const QByteArray& head)
{
    const QMimeDatabase mimes;
    const QMimeType content = mimes.mimeTypeForData(head);
    const QMimeType byName = mimes.mimeTypeForFile(name, QMimeDatabase::MatchExtension);
    if (byName.isValid() && !byName.isDefault() &&
        (byName == content || byName.inherits(content.name())))
        return byName.name();
    return content.name();
}

const QString columns =
    QStringLiteral("id, requirement_code, rectification_id, expected_item, name, "
                   "mime_type, size, sha256, added, added_by");

Evidence read(const SqlQuery& query)
{
    Evidence e;
    e.id = query.value(0).toLongLong();
    e.requirementCode = query.value(1).toString();
    if (!query.value(2).isNull())
        e.rectificationId = query.value(2).toLongLong();
    e.expectedItem = query.value(3).toString();
    e.name = query.value(4).toString();
    e.mimeType = query.value(5).toString();
    e.size = query.value(6).toLongLong();
    e.sha256 = query.value(7).toString();
    e.added = timeFromSql(query.value(8));
    e.addedBy = query.value(9).toString();
    return e;
}

Error tooLarge(const QString& name, qint64 cap)
{
    return Error::user(QCoreApplication::translate(
                           "EvidenceRepository",
                           "“%1” is larger than the evidence size cap of %2; it was not added.")
                           .arg(name, formatByteSize(cap)));
}

} // namespace

QString formatByteSize(qint64 bytes)
{
    if (bytes >= 1024LL * 1024 * 1024)
        return QStringLiteral("%1 GB").arg(double(bytes) / (1024.0 * 1024 * 1024), 0, 'f', 1);
    if (bytes >= 1024LL * 1024)
        return QStringLiteral("%1 MB").arg(double(bytes) / (1024.0 * 1024), 0, 'f', 1);
    if (bytes >= 1024)
        return QStringLiteral("%1 KB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    return QStringLiteral("%1 B").arg(bytes);
}

Result<QVector<Evidence>> EvidenceRepository::list(qint64 assessmentId) const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT %1 FROM evidence WHERE assessment_id = :id "
                                                "AND removed = 0 ORDER BY requirement_code, id")
                                     .arg(columns));
    query.bind(QStringLiteral(":id"), assessmentId);
    if (Status status = query.exec(); !status)
        return status.error();
    QVector<Evidence> all;
    while (query.next())
        all.append(read(query));
    return all;
}

Result<QVector<Evidence>> EvidenceRepository::listFor(qint64 assessmentId,
                                                      const QString& requirementCode) const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT %1 FROM evidence WHERE assessment_id = :id "
                                                "AND requirement_code = :code AND removed = 0 "
                                                "ORDER BY id")
                                     .arg(columns));
    query.bind(QStringLiteral(":id"), assessmentId).bind(QStringLiteral(":code"), requirementCode);
    if (Status status = query.exec(); !status)
        return status.error();
    QVector<Evidence> found;
    while (query.next())
        found.append(read(query));
    return found;
}

Result<Evidence> EvidenceRepository::get(qint64 evidenceId) const
{
    SqlQuery query(
        m_context.db,
        QStringLiteral("SELECT %1 FROM evidence WHERE id = :id AND removed = 0").arg(columns));
    query.bind(QStringLiteral(":id"), evidenceId);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error::user(
            QCoreApplication::translate("EvidenceRepository", "There is no evidence file %1.")
                .arg(evidenceId));
    return read(query);
}

Result<QHash<QString, int>> EvidenceRepository::countByRequirement(qint64 assessmentId) const
{
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT requirement_code, count(*) FROM evidence "
                                  "WHERE assessment_id = :id AND removed = 0 AND "
                                  "requirement_code IS NOT NULL GROUP BY requirement_code"));
    query.bind(QStringLiteral(":id"), assessmentId);
    if (Status status = query.exec(); !status)
        return status.error();
    QHash<QString, int> counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    return counts;
}

Result<qint64> EvidenceRepository::add(qint64 assessmentId, Evidence info, QIODevice& source)
{
    const QString name = info.name.trimmed();
    if (!source.isSequential() && source.size() > m_context.evidenceSizeCap)
        return tooLarge(name, m_context.evidenceSizeCap);
    return addStreamed(assessmentId, std::move(info), [&source, &name](QIODevice& sink) -> Status {
        for (;;) {
            const QByteArray chunk = source.read(chunkSize);
            if (chunk.isEmpty()) {
                if (source.isSequential() && source.waitForReadyRead(30000))
                    continue;
                if (!source.isSequential() && !source.atEnd())
                    return Error::user(
                        QCoreApplication::translate("EvidenceRepository", "Reading “%1” failed: %2")
                            .arg(name, source.errorString()));
                return {};
            }
            if (sink.write(chunk) != chunk.size())
                return Error::internal(sink.errorString());
        }
    });
}

Result<qint64> EvidenceRepository::addStreamed(qint64 assessmentId, Evidence info,
                                               const std::function<Status(QIODevice&)>& produce)
{
    info.name = info.name.trimmed();
    if (info.name.isEmpty())
        return Error::user(
            QCoreApplication::translate("EvidenceRepository", "An evidence file needs a name."));

    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started().error();
    SqlQuery insert(m_context.db,
                    QStringLiteral("INSERT INTO evidence (assessment_id, requirement_code, "
                                   "rectification_id, expected_item, name, mime_type, size, "
                                   "sha256, added, added_by) VALUES (:assessment, :code, :item, "
                                   ":expected, :name, '', 0, '', :added, :by)"));
    insert.bind(QStringLiteral(":assessment"), assessmentId)
        .bind(QStringLiteral(":code"),
              info.requirementCode.isEmpty() ? QVariant() : QVariant(info.requirementCode))
        .bind(QStringLiteral(":item"), optionalId(info.rectificationId))
        .bind(QStringLiteral(":expected"), info.expectedItem)
        .bind(QStringLiteral(":name"), info.name)
        .bind(QStringLiteral(":added"), toSql(m_context.now()))
        .bind(QStringLiteral(":by"), m_context.userName);
    if (Status status = insert.exec(); !status)
        return status.error();
    const qint64 id = insert.lastInsertId().toLongLong();

    // The transaction rolls back whatever was written when anything below fails.
    EvidenceChunkSink sink(m_context, id, m_context.evidenceSizeCap,
                           tooLarge(info.name, m_context.evidenceSizeCap));
    const Status produced = produce(sink);
    if (sink.failure())
        return *sink.failure();
    if (!produced)
        return produced.error();
    if (Status status = sink.finish(); !status)
        return status.error();
    info.size = sink.total();
    info.sha256 = sink.sha256();
    info.mimeType = contentMimeType(info.name, sink.head());

    SqlQuery finish(m_context.db, QStringLiteral("UPDATE evidence SET size = :size, sha256 = :sha, "
                                                 "mime_type = :mime WHERE id = :id"));
    finish.bind(QStringLiteral(":size"), info.size)
        .bind(QStringLiteral(":sha"), info.sha256)
        .bind(QStringLiteral(":mime"), info.mimeType)
        .bind(QStringLiteral(":id"), id);
    if (Status status = finish.exec(); !status)
        return status.error();
    if (Status status = AuditTrail(m_context).record(
            QStringLiteral("evidence"), QString::number(id), QStringLiteral("added"), {},
            QStringLiteral("%1 (%2, %3)")
                .arg(info.name, info.requirementCode, info.sha256.left(12)));
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Result<qint64> EvidenceRepository::addFile(qint64 assessmentId, const QString& requirementCode,
                                           const QString& filePath, const QString& expectedItem)
{
    QFile file(filePath);
    const QString name = QFileInfo(filePath).fileName();
    if (!QFileInfo(filePath).isFile())
        return Error::user(
            QCoreApplication::translate("EvidenceRepository", "“%1” is not a file.").arg(filePath));
    if (file.size() > m_context.evidenceSizeCap)
        return tooLarge(name, m_context.evidenceSizeCap);
    if (!file.open(QIODevice::ReadOnly))
        return Error::user(
            QCoreApplication::translate("EvidenceRepository", "“%1” cannot be read: %2")
                .arg(filePath, file.errorString()));
    Evidence info;
    info.name = name;
    info.requirementCode = requirementCode;
    info.expectedItem = expectedItem;
    return add(assessmentId, info, file);
}

Status EvidenceRepository::writeTo(qint64 evidenceId, QIODevice& sink) const
{
    Result<Evidence> info = get(evidenceId);
    if (!info)
        return info.error();
    SqlQuery query(m_context.db, QStringLiteral("SELECT data FROM evidence_chunks WHERE "
                                                "evidence_id = :id ORDER BY seq"));
    query.bind(QStringLiteral(":id"), evidenceId);
    if (Status status = query.exec(); !status)
        return status;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (query.next()) {
        const QByteArray chunk = query.value(0).toByteArray();
        hash.addData(chunk);
        if (sink.write(chunk) != chunk.size())
            return Error::user(
                QCoreApplication::translate("EvidenceRepository", "Writing “%1” failed: %2")
                    .arg(info->name, sink.errorString()));
    }
    if (QString::fromLatin1(hash.result().toHex()) != info->sha256) {
        return Error::user(
            QCoreApplication::translate("EvidenceRepository",
                                        "The stored bytes of “%1” no longer match its SHA-256; the "
                                        "document is damaged.")
                .arg(info->name));
    }
    return {};
}

Result<std::optional<QByteArray>> EvidenceRepository::readChunk(qint64 evidenceId, int seq) const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT data FROM evidence_chunks WHERE "
                                                "evidence_id = :id AND seq = :seq"));
    query.bind(QStringLiteral(":id"), evidenceId).bind(QStringLiteral(":seq"), seq);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(query.value(0).toByteArray());
}

Result<QString> EvidenceRepository::computeSha256(qint64 evidenceId) const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT data FROM evidence_chunks WHERE "
                                                "evidence_id = :id ORDER BY seq"));
    query.bind(QStringLiteral(":id"), evidenceId);
    if (Status status = query.exec(); !status)
        return status.error();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (query.next())
        hash.addData(query.value(0).toByteArray());
    return QString::fromLatin1(hash.result().toHex());
}

Status EvidenceRepository::rename(qint64 evidenceId, const QString& name)
{
    if (name.trimmed().isEmpty())
        return Error::user(
            QCoreApplication::translate("EvidenceRepository", "An evidence file needs a name."));
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started();
    Result<Evidence> before = get(evidenceId);
    if (!before)
        return before.error();
    SqlQuery query(m_context.db, QStringLiteral("UPDATE evidence SET name = :name WHERE id = :id"));
    query.bind(QStringLiteral(":name"), name.trimmed()).bind(QStringLiteral(":id"), evidenceId);
    if (Status status = query.exec(); !status)
        return status;
    if (Status status =
            AuditTrail(m_context).record(QStringLiteral("evidence"), QString::number(evidenceId),
                                         QStringLiteral("name"), before->name, name.trimmed());
        !status)
        return status;
    return transaction.commit();
}

Status EvidenceRepository::setProvenance(qint64 evidenceId, const QDateTime& added,
                                         const QString& addedBy)
{
    SqlQuery query(m_context.db, QStringLiteral("UPDATE evidence SET added = :added, added_by = "
                                                ":by WHERE id = :id"));
    query.bind(QStringLiteral(":added"), toSql(added))
        .bind(QStringLiteral(":by"), addedBy)
        .bind(QStringLiteral(":id"), evidenceId);
    return query.exec();
}

Status EvidenceRepository::setExpectedItem(qint64 evidenceId, const QString& expectedItem)
{
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started();
    Result<Evidence> before = get(evidenceId);
    if (!before)
        return before.error();
    SqlQuery query(m_context.db,
                   QStringLiteral("UPDATE evidence SET expected_item = :item WHERE id = :id"));
    query.bind(QStringLiteral(":item"), expectedItem).bind(QStringLiteral(":id"), evidenceId);
    if (Status status = query.exec(); !status)
        return status;
    if (Status status = AuditTrail(m_context).record(
            QStringLiteral("evidence"), QString::number(evidenceId),
            QStringLiteral("expected_item"), before->expectedItem, expectedItem);
        !status)
        return status;
    return transaction.commit();
}

Status EvidenceRepository::remove(qint64 evidenceId)
{
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started();
    Result<Evidence> before = get(evidenceId);
    if (!before)
        return before.error();
    SqlQuery query(m_context.db, QStringLiteral("UPDATE evidence SET removed = 1 WHERE id = :id"));
    query.bind(QStringLiteral(":id"), evidenceId);
    if (Status status = query.exec(); !status)
        return status;
    if (Status status =
            AuditTrail(m_context).record(QStringLiteral("evidence"), QString::number(evidenceId),
                                         QStringLiteral("removed"), before->name, {});
        !status)
        return status;
    return transaction.commit();
}

Status EvidenceRepository::restore(qint64 evidenceId)
{
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started();
    SqlQuery query(m_context.db, QStringLiteral("UPDATE evidence SET removed = 0 WHERE id = :id "
                                                "AND removed = 1"));
    query.bind(QStringLiteral(":id"), evidenceId);
    if (Status status = query.exec(); !status)
        return status;
    if (query.rowsAffected() != 1)
        return Error::user(
            QCoreApplication::translate("EvidenceRepository",
                                        "There is no removed evidence file %1 to restore.")
                .arg(evidenceId));
    Result<Evidence> restored = get(evidenceId);
    if (!restored)
        return restored.error();
    if (Status status =
            AuditTrail(m_context).record(QStringLiteral("evidence"), QString::number(evidenceId),
                                         QStringLiteral("removed"), {}, restored->name);
        !status)
        return status;
    return transaction.commit();
}

Status EvidenceRepository::purgeRemoved()
{
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started();
    SqlQuery query(m_context.db, QStringLiteral("DELETE FROM evidence WHERE removed = 1"));
    if (Status status = query.exec(); !status)
        return status;
    return transaction.commit();
}

} // namespace duibiao
