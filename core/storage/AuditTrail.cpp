#include "storage/AuditTrail.h"

#include "storage/SqlQuery.h"
#include "storage/StorageContext.h"

namespace duibiao {

Status AuditTrail::record(const QString& entity, const QString& key, const QString& field,
                          const QString& oldValue, const QString& newValue)
{
    if (oldValue == newValue)
        return {};
    SqlQuery query(m_context.db,
                   QStringLiteral("INSERT INTO audit_log (at, user, entity, entity_key, field, "
                                  "old_value, new_value) VALUES (:at, :user, :entity, :key, "
                                  ":field, :old, :new)"));
    query.bind(QStringLiteral(":at"), toSql(m_context.now()))
        .bind(QStringLiteral(":user"), m_context.userName)
        .bind(QStringLiteral(":entity"), entity)
        .bind(QStringLiteral(":key"), key)
        .bind(QStringLiteral(":field"), field)
        .bind(QStringLiteral(":old"), oldValue)
        .bind(QStringLiteral(":new"), newValue);
    return query.exec();
}

Result<QVector<AuditEntry>> AuditTrail::entries(const Filter& filter) const
{
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT id, at, user, entity, entity_key, field, old_value, "
                                  "new_value FROM audit_log "
                                  "WHERE (:entity = '' OR entity = :entity) "
                                  "AND (:key = '' OR entity_key = :key) "
                                  "AND (:user = '' OR user = :user) "
                                  "ORDER BY id DESC LIMIT :limit"));
    query.bind(QStringLiteral(":entity"), filter.entity)
        .bind(QStringLiteral(":key"), filter.key)
        .bind(QStringLiteral(":user"), filter.user)
        .bind(QStringLiteral(":limit"), filter.limit);
    if (Status status = query.exec(); !status)
        return status.error();
    QVector<AuditEntry> entries;
    while (query.next()) {
        entries.append({query.value(0).toLongLong(), timeFromSql(query.value(1)),
                        query.value(2).toString(), query.value(3).toString(),
                        query.value(4).toString(), query.value(5).toString(),
                        query.value(6).toString(), query.value(7).toString()});
    }
    return entries;
}

} // namespace duibiao

namespace duibiao {

Result<QStringList> AuditTrail::users() const
{
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT DISTINCT user FROM audit_log ORDER BY user"));
    if (Status status = query.exec(); !status)
        return status.error();
    QStringList users;
    while (query.next())
        users.append(query.value(0).toString());
    return users;
}

} // namespace duibiao
