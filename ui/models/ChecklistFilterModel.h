#pragma once

#include <QSortFilterProxyModel>

namespace duibiao {

// Narrows the requirement tree to a state (unrated, not met, with overdue items) and a
// search text. A category stays visible while one of its requirements matches; a search
// that matches a category's own code or title shows all its requirements.
class ChecklistFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class State {
        All,
        Unrated,
        NotMet, // not met or largely met: the requirements with a gap to close
        Overdue // with an open rectification item past its deadline
    };

    explicit ChecklistFilterModel(QObject* parent = nullptr);

    State state() const { return m_state; }
    void setState(State state);
    const QString& searchText() const { return m_search; }
    void setSearchText(const QString& text);
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool matchesState(const QModelIndex& requirement) const;
    bool matchesSearch(const QModelIndex& sourceIndex) const;

    State m_state = State::All;
    QString m_search; // case-folded and trimmed
};

} // namespace duibiao
