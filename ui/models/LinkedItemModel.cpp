#include "models/LinkedItemModel.h"

#include "widgets/RatingStyle.h"

namespace duibiao {

QString LinkedItemModel::statusText(RectificationStatus status)
{
    switch (status) {
    case RectificationStatus::Planned:
        return tr("Planned");
    case RectificationStatus::InProgress:
        return tr("In progress");
    case RectificationStatus::Done:
        return tr("Done");
    case RectificationStatus::Verified:
        return tr("Verified");
    }
    return {};
}

LinkedItemModel::LinkedItemModel(DocumentSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    // Items, phases, the clock and the language all move the overdue flags and texts.
    connect(&m_session, &DocumentSession::changed, this, &LinkedItemModel::reload);
}

QVector<LinkedItem> LinkedItemModel::load()
{
    if (m_code.isEmpty())
        return {};
    const RequirementResult* result = m_session.analysis().requirement(m_code);
    return result ? result->items : QVector<LinkedItem>();
}

void LinkedItemModel::setRequirement(const QString& code)
{
    if (code == m_code)
        return;
    beginResetModel();
    m_code = code;
    m_items = load();
    endResetModel();
}

void LinkedItemModel::reload()
{
    QVector<LinkedItem> items = load();
    bool sameRows = items.size() == m_items.size();
    for (qsizetype i = 0; sameRows && i < items.size(); ++i)
        sameRows = items.at(i).id == m_items.at(i).id;
    if (sameRows) {
        m_items = std::move(items);
        if (!m_items.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_items = std::move(items);
        endResetModel();
    }
}

int LinkedItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int LinkedItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LinkedItemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LinkedItem& item = m_items.at(index.row());
    if (role == ItemIdRole)
        return item.id;
    if (role == OverdueRole)
        return item.overdue;
    if (role == Qt::ForegroundRole && item.overdue)
        return RatingStyle::overdue();
    switch (index.column()) {
    case MeasureColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return item.measure;
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return statusText(item.status);
        break;
    case PhaseColumn:
        if (role == Qt::DisplayRole)
            return item.phase;
        if (role == Qt::ToolTipRole)
            return phaseName(item.phase, m_session.language());
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        break;
    case DueColumn:
        if (role == Qt::DisplayRole)
            return item.due.toString(Qt::ISODate);
        if (role == Qt::ToolTipRole && item.overdue)
            return tr("Overdue since %1").arg(item.due.toString(Qt::ISODate));
        break;
    default:
        break;
    }
    return {};
}

QVariant LinkedItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MeasureColumn:
        return tr("Measure");
    case StatusColumn:
        return tr("Status");
    case PhaseColumn:
        return tr("Phase");
    case DueColumn:
        return tr("Due");
    default:
        return {};
    }
}

} // namespace duibiao
