#include "storage/InstitutionRepository.h"

#include "storage/AuditTrail.h"
#include "storage/SqlQuery.h"
#include "storage/StorageContext.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace duibiao {

Result<Institution> InstitutionRepository::get() const
{
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT name, committee, region FROM institution WHERE id = 1"));
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Institution{};
    return Institution{query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toString()};
}

Status InstitutionRepository::save(const Institution& institution)
{
    if (institution.name.trimmed().isEmpty()) {
        return Error::user(
            QCoreApplication::translate("InstitutionRepository", "The institution needs a name."));
    }
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started();
    Result<Institution> before = get();
    if (!before)
        return before.error();
    SqlQuery query(m_context.db,
                   QStringLiteral("INSERT INTO institution (id, name, committee, region) "
                                  "VALUES (1, :name, :committee, :region) ON CONFLICT (id) DO "
                                  "UPDATE SET name = excluded.name, committee = "
                                  "excluded.committee, region = excluded.region"));
    query.bind(QStringLiteral(":name"), institution.name.trimmed())
        .bind(QStringLiteral(":committee"), institution.committee.trimmed())
        .bind(QStringLiteral(":region"), institution.region.trimmed());
    if (Status status = query.exec(); !status)
        return status;
    AuditTrail audit(m_context);
    const QString entity = QStringLiteral("institution");
    for (const auto& [field, oldValue, newValue] :
         {std::tuple{"name", before->name, institution.name.trimmed()},
          std::tuple{"committee", before->committee, institution.committee.trimmed()},
          std::tuple{"region", before->region, institution.region.trimmed()}}) {
        if (Status status =
                audit.record(entity, QStringLiteral("1"), QLatin1String(field), oldValue, newValue);
            !status)
            return status;
    }
    return transaction.commit();
}

} // namespace duibiao
