#pragma once

#include "util/Result.h"

#include <QDate>
#include <QString>

namespace duibiao {

// A work platform (工作平台) of a unit, led under the "dual team leader" rule (双组长制)
// by an in-service leader of a member department and a retired leader.
struct Platform
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString name;
    QString partnerDepartment;
    QString inServiceLeader;
    QString retiredLeader;
    QDate founded;
    int activities = 0;

    bool hasBothLeaders() const
    {
        return !inServiceLeader.trimmed().isEmpty() && !retiredLeader.trimmed().isEmpty();
    }
    Status validate() const;
};

} // namespace duibiao
