#include "storage/PlatformRepository.h"

#include "storage/AuditTrail.h"
#include "storage/SqlQuery.h"
#include "storage/StorageContext.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace duibiao {

namespace {

const QString columns = QStringLiteral("id, unit_id, name, partner_department, in_service_leader, "
                                       "retired_leader, founded, activities");

Platform readPlatform(const SqlQuery& query)
{
    Platform p;
    p.id = query.value(0).toLongLong();
    p.unitId = query.value(1).toLongLong();
    p.name = query.value(2).toString();
    p.partnerDepartment = query.value(3).toString();
    p.inServiceLeader = query.value(4).toString();
    p.retiredLeader = query.value(5).toString();
    p.founded = dateFromSql(query.value(6));
    p.activities = query.value(7).toInt();
    return p;
}

void bindPlatform(SqlQuery& query, const Platform& p)
{
    query.bind(QStringLiteral(":unit"), p.unitId)
        .bind(QStringLiteral(":name"), p.name.trimmed())
        .bind(QStringLiteral(":partner"), p.partnerDepartment.trimmed())
        .bind(QStringLiteral(":inservice"), p.inServiceLeader.trimmed())
        .bind(QStringLiteral(":retired"), p.retiredLeader.trimmed())
        .bind(QStringLiteral(":founded"), toSql(p.founded))
        .bind(QStringLiteral(":activities"), p.activities);
}

Status auditChanges(StorageContext& context, const Platform& before, const Platform& after)
{
    AuditTrail audit(context);
    const QString key = QString::number(after.id ? after.id : before.id);
    const std::initializer_list<std::tuple<const char*, QString, QString>> changes{
        {"name", before.name, after.name.trimmed()},
        {"unit", before.unitId ? QString::number(before.unitId) : QString(),
         after.unitId ? QString::number(after.unitId) : QString()},
        {"partner_department", before.partnerDepartment, after.partnerDepartment.trimmed()},
        {"in_service_leader", before.inServiceLeader, after.inServiceLeader.trimmed()},
        {"retired_leader", before.retiredLeader, after.retiredLeader.trimmed()},
        {"founded", before.founded.toString(Qt::ISODate), after.founded.toString(Qt::ISODate)},
        {"activities", before.id ? QString::number(before.activities) : QString(),
         after.id ? QString::number(after.activities) : QString()},
    };
    for (const auto& [field, oldValue, newValue] : changes) {
        if (Status status = audit.record(QStringLiteral("platform"), key, QLatin1String(field),
                                         oldValue, newValue);
            !status)
            return status;
    }
    return {};
}

} // namespace

Result<QVector<Platform>> PlatformRepository::all() const
{
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT %1 FROM platforms ORDER BY unit_id, id").arg(columns));
    if (Status status = query.exec(); !status)
        return status.error();
    QVector<Platform> platforms;
    while (query.next())
        platforms.append(readPlatform(query));
    return platforms;
}

Result<std::optional<Platform>> PlatformRepository::find(qint64 platformId) const
{
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT %1 FROM platforms WHERE id = :id").arg(columns));
    query.bind(QStringLiteral(":id"), platformId);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<Platform>();
    return std::optional<Platform>(readPlatform(query));
}

Result<qint64> PlatformRepository::add(const Platform& platform)
{
    return insert(platform, false);
}

Status PlatformRepository::restore(const Platform& platform)
{
    Result<qint64> id = insert(platform, true);
    return id ? Status() : Status(id.error());
}

Result<qint64> PlatformRepository::insert(const Platform& platform, bool keepId)
{
    if (Status valid = platform.validate(); !valid)
        return valid.error();
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started().error();
    SqlQuery query(m_context.db,
                   QStringLiteral("INSERT INTO platforms (id, unit_id, name, partner_department, "
                                  "in_service_leader, retired_leader, founded, activities) VALUES "
                                  "(:id, :unit, :name, :partner, :inservice, :retired, :founded, "
                                  ":activities)"));
    bindPlatform(query, platform);
    query.bind(QStringLiteral(":id"), keepId ? QVariant(platform.id) : QVariant());
    if (Status status = query.exec(); !status)
        return status.error();
    Platform added = platform;
    added.id = query.lastInsertId().toLongLong();
    if (Status status = auditChanges(m_context, Platform{}, added); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return added.id;
}

Status PlatformRepository::update(const Platform& platform)
{
    if (Status valid = platform.validate(); !valid)
        return valid;
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started();
    Result<std::optional<Platform>> before = find(platform.id);
    if (!before)
        return before.error();
    if (!before->has_value()) {
        return Error::user(
            QCoreApplication::translate("PlatformRepository", "There is no platform %1.")
                .arg(platform.id));
    }
    SqlQuery query(m_context.db,
                   QStringLiteral("UPDATE platforms SET unit_id = :unit, name = :name, "
                                  "partner_department = :partner, in_service_leader = :inservice, "
                                  "retired_leader = :retired, founded = :founded, "
                                  "activities = :activities WHERE id = :id"));
    bindPlatform(query, platform);
    query.bind(QStringLiteral(":id"), platform.id);
    if (Status status = query.exec(); !status)
        return status;
    if (Status status = auditChanges(m_context, **before, platform); !status)
        return status;
    return transaction.commit();
}

Status PlatformRepository::remove(qint64 platformId)
{
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started();
    Result<std::optional<Platform>> before = find(platformId);
    if (!before)
        return before.error();
    if (!before->has_value())
        return {};
    SqlQuery query(m_context.db, QStringLiteral("DELETE FROM platforms WHERE id = :id"));
    query.bind(QStringLiteral(":id"), platformId);
    if (Status status = query.exec(); !status)
        return status;
    Platform gone;
    gone.id = platformId;
    if (Status status = auditChanges(m_context, **before, gone); !status)
        return status;
    return transaction.commit();
}

} // namespace duibiao
