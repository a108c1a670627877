#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace duibiao {

enum class RectificationStatus { Planned, InProgress, Done, Verified };

// A rectification measure (整改措施) in the ledger (整改台账).
struct RectificationItem
{
    qint64 id = 0;
    QStringList requirementCodes;
    QString measure;
    std::optional<qint64> responsibleUnitId;
    QString responsiblePerson;
    QDate deadline; // may be null: the phase's end date then counts
    int phase = 2;  // 1…4
    RectificationStatus status = RectificationStatus::Planned;
    int progress = 0; // percent
    QString completionNote;
    QDateTime created;
    QDateTime updated;

    bool isOpen() const
    {
        return status == RectificationStatus::Planned || status == RectificationStatus::InProgress;
    }
};

QString rectificationStatusKey(RectificationStatus status);
std::optional<RectificationStatus> rectificationStatusFromKey(const QString& key);

} // namespace duibiao
