#include "models/RectificationFilterModel.h"

#include "models/RectificationModel.h"

namespace duibiao {

RectificationFilterModel::RectificationFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void RectificationFilterModel::setSourceModel(QAbstractItemModel* model)
{
    // The filters read the precomputed rows directly; any other model is shown unfiltered.
    m_source = qobject_cast<const RectificationModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void RectificationFilterModel::setPhase(int phase)
{
    if (phase == m_phase)
        return;
    m_phase = phase;
    invalidateFilter();
}

void RectificationFilterModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    invalidateFilter();
}

void RectificationFilterModel::setUnit(qint64 unitId)
{
    if (unitId == m_unit)
        return;
    m_unit = unitId;
    invalidateFilter();
}

void RectificationFilterModel::setOverdueOnly(bool overdueOnly)
{
    if (overdueOnly == m_overdueOnly)
        return;
    m_overdueOnly = overdueOnly;
    invalidateFilter();
}

void RectificationFilterModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

void RectificationFilterModel::clearFilters()
{
    m_phase = 0;
    m_status = StatusFilter::Any;
    m_unit = AnyUnit;
    m_overdueOnly = false;
    m_search.clear();
    invalidateFilter();
}

bool RectificationFilterModel::isFiltering() const
{
    return m_phase != 0 || m_status != StatusFilter::Any || m_unit != AnyUnit || m_overdueOnly ||
           !m_search.isEmpty();
}

bool RectificationFilterModel::filterAcceptsRow(int sourceRow,
                                                const QModelIndex& sourceParent) const
{
    if (!m_source || sourceParent.isValid())
        return true;
    const RectificationModel::Row& row = m_source->row(sourceRow);
    const RectificationItem& item = row.item;
    if (m_phase != 0 && item.phase != m_phase)
        return false;
    switch (m_status) {
    case StatusFilter::Any:
        break;
    case StatusFilter::Open:
        if (!item.isOpen())
            return false;
        break;
    case StatusFilter::Planned:
        if (item.status != RectificationStatus::Planned)
            return false;
        break;
    case StatusFilter::InProgress:
        if (item.status != RectificationStatus::InProgress)
            return false;
        break;
    case StatusFilter::Done:
        if (item.status != RectificationStatus::Done)
            return false;
        break;
    case StatusFilter::Verified:
        if (item.status != RectificationStatus::Verified)
            return false;
        break;
    }
    if (m_unit != AnyUnit && item.responsibleUnitId.value_or(NoUnit) != m_unit)
        return false;
    if (m_overdueOnly && !row.overdue)
        return false;
    if (!m_search.isEmpty() && !row.searchText.contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

bool RectificationFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_source)
        return QSortFilterProxyModel::lessThan(left, right);
    const RectificationModel::Row& a = m_source->row(left.row());
    const RectificationModel::Row& b = m_source->row(right.row());
    // Ties fall back to the item number, so equal values keep a stable, meaningful order.
    auto byId = [&] {
        return a.item.id < b.item.id;
    };
    auto text = [&](int column) {
        const int order =
            QString::localeAwareCompare(a.text[std::size_t(column)], b.text[std::size_t(column)]);
        return order != 0 ? order < 0 : byId();
    };
    switch (left.column()) {
    case RectificationModel::IdColumn:
        return byId();
    case RectificationModel::UnitColumn:
        if (a.unitOrder != b.unitOrder)
            return a.unitOrder < b.unitOrder;
        return text(RectificationModel::UnitColumn);
    case RectificationModel::DeadlineColumn:
        if (a.due != b.due)
            return a.due < b.due;
        return byId();
    case RectificationModel::PhaseColumn:
        if (a.item.phase != b.item.phase)
            return a.item.phase < b.item.phase;
        return a.due != b.due ? a.due < b.due : byId();
    case RectificationModel::StatusColumn:
        if (a.item.status != b.item.status)
            return a.item.status < b.item.status;
        return byId();
    case RectificationModel::ProgressColumn:
        if (a.item.progress != b.item.progress)
            return a.item.progress < b.item.progress;
        return byId();
    default:
        return text(left.column());
    }
}

} // namespace duibiao
