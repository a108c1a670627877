#pragma once

#include <QDateTime>
#include <QString>

namespace duibiao {

// One change recorded in the audit trail: who changed which field of what, when.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString user;
    QString entity; // e.g. "requirement", "unit_figures", "rectification"
    QString key;    // e.g. the requirement code or the item id
    QString field;
    QString oldValue;
    QString newValue;
};

} // namespace duibiao
