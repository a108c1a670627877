#include "models/AuditModel.h"

#include "session/DocumentSession.h"

namespace duibiao {

AuditModel::AuditModel(DocumentSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{}

void AuditModel::setFilter(const QString& requirementCode, const QString& user)
{
    m_requirement = requirementCode;
    m_user = user;
    reload();
}

void AuditModel::reload()
{
    AuditTrail::Filter filter;
    if (!m_requirement.isEmpty()) {
        filter.entity = QStringLiteral("requirement");
        filter.key = m_requirement;
    }
    filter.user = m_user;
    filter.limit = 2000;
    Result<QVector<AuditEntry>> entries = m_session.document().audit().entries(filter);
    beginResetModel();
    m_entries = entries ? *entries : QVector<AuditEntry>();
    endResetModel();
    if (!entries)
        m_session.reportFailure(entries.error());
}

QString AuditModel::describe(const AuditEntry& entry) const
{
    if (entry.entity == QLatin1String("requirement"))
        return tr("Requirement %1").arg(entry.key);
    if (entry.entity == QLatin1String("unit_figures"))
        return tr("Figures %1").arg(entry.key);
    if (entry.entity == QLatin1String("unit"))
        return tr("Unit %1").arg(entry.key);
    if (entry.entity == QLatin1String("platform"))
        return tr("Platform %1").arg(entry.key);
    if (entry.entity == QLatin1String("rectification"))
        return tr("Rectification item #%1").arg(entry.key);
    if (entry.entity == QLatin1String("evidence"))
        return tr("Evidence %1").arg(entry.key);
    if (entry.entity == QLatin1String("institution"))
        return tr("Institution");
    if (entry.entity == QLatin1String("assessment"))
        return tr("Assessment %1").arg(entry.key);
    return QStringLiteral("%1 %2").arg(entry.entity, entry.key);
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const AuditEntry& entry = m_entries.at(index.row());
    switch (index.column()) {
    case When:
        return entry.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Who:
        return entry.user;
    case What:
        return describe(entry);
    case Field:
        return entry.field;
    case Before:
        return role == Qt::DisplayRole ? entry.oldValue.left(200) : entry.oldValue;
    case After:
        return role == Qt::DisplayRole ? entry.newValue.left(200) : entry.newValue;
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case Field:
        return tr("Field");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    default:
        return {};
    }
}

} // namespace duibiao
