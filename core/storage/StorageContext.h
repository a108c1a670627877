#pragma once

#include "storage/Database.h"
#include "util/Clock.h"

#include <QString>

namespace duibiao {

// What every repository of one document shares: the connection, who is editing (for the
// audit trail) and where the time comes from. Owned by Document.
struct StorageContext
{
    Database db;
    QString userName;
    const Clock* clock = nullptr;
    qint64 evidenceSizeCap = 50LL * 1024 * 1024;

    QDateTime now() const { return clock ? clock->now() : QDateTime::currentDateTime(); }
};

} // namespace duibiao
