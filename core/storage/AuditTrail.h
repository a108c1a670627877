#pragma once

#include "model/AuditEntry.h"
#include "util/Result.h"

#include <QStringList>
#include <QVector>

namespace duibiao {

struct StorageContext;

// Who changed what, when. Repositories record into it inside their own transaction, so a
// change and its audit entry are committed together or not at all.
class AuditTrail
{
public:
    explicit AuditTrail(StorageContext& context) : m_context(context) {}

    Status record(const QString& entity, const QString& key, const QString& field,
                  const QString& oldValue, const QString& newValue);

    struct Filter
    {
        QString entity;
        QString key;
        QString user;
        int limit = 1000;
    };
    Result<QVector<AuditEntry>> entries(const Filter& filter) const;
    // Everyone who has changed something, for filtering by person.
    Result<QStringList> users() const;

private:
    StorageContext& m_context;
};

} // namespace duibiao
