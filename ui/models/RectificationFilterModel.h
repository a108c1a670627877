#pragma once

#include <QSortFilterProxyModel>

namespace duibiao {

class RectificationModel;

// The filters above the rectification table: phase, status, responsible unit, overdue
// only and a text search over measure, responsible person and requirement codes. Rows
// sort by the column's value (dates as dates, progress as a number, units in their order).
class RectificationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusFilter { Any, Open, Planned, InProgress, Done, Verified };
    static constexpr qint64 AnyUnit = -1;
    static constexpr qint64 NoUnit = 0;

    explicit RectificationFilterModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;

    // 0 for every phase, else 1…4.
    void setPhase(int phase);
    int phase() const { return m_phase; }
    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }
    // AnyUnit, NoUnit (items without a responsible unit) or a unit id.
    void setUnit(qint64 unitId);
    qint64 unit() const { return m_unit; }
    void setOverdueOnly(bool overdueOnly);
    bool overdueOnly() const { return m_overdueOnly; }
    void setSearchText(const QString& text);
    const QString& searchText() const { return m_search; }
    // Back to showing every item.
    void clearFilters();
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    const RectificationModel* m_source = nullptr;
    int m_phase = 0;
    StatusFilter m_status = StatusFilter::Any;
    qint64 m_unit = AnyUnit;
    bool m_overdueOnly = false;
    QString m_search;
};

} // namespace duibiao
