#include "storage/DocumentMetaRepository.h"

#include "storage/SqlQuery.h"
#include "storage/StorageContext.h"

#include <QCoreApplication>

namespace duibiao {

QString documentKindKey(DocumentKind kind)
{
    return kind == DocumentKind::Panel ? QStringLiteral("panel") : QStringLiteral("institution");
}

Result<QString> DocumentMetaRepository::value(const QString& key) const
{
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT value FROM document_meta WHERE key = :key"));
    query.bind(QStringLiteral(":key"), key);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.next() ? query.value(0).toString() : QString();
}

Status DocumentMetaRepository::setValue(const QString& key, const QString& value)
{
    SqlQuery query(m_context.db, QStringLiteral("INSERT INTO document_meta (key, value) VALUES "
                                                "(:key, :value) ON CONFLICT (key) DO UPDATE "
                                                "SET value = excluded.value"));
    query.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value);
    return query.exec();
}

Result<DocumentKind> DocumentMetaRepository::kind() const
{
    Result<QString> key = value(QStringLiteral("kind"));
    if (!key)
        return key.error();
    if (key->isEmpty() || *key == QLatin1String("institution"))
        return DocumentKind::Institution;
    if (*key == QLatin1String("panel"))
        return DocumentKind::Panel;
    return Error::user(
        QCoreApplication::translate("DocumentMeta", "The document is of an unknown kind \"%1\".")
            .arg(*key));
}

Status DocumentMetaRepository::setKind(DocumentKind kind)
{
    return setValue(QStringLiteral("kind"), documentKindKey(kind));
}

Result<QString> DocumentMetaRepository::documentId() const
{
    return value(QStringLiteral("document_id"));
}

} // namespace duibiao
