#include "models/ChecklistFilterModel.h"

#include "model/Rating.h"
#include "models/RequirementTreeModel.h"

namespace duibiao {

ChecklistFilterModel::ChecklistFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void ChecklistFilterModel::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

void ChecklistFilterModel::setSearchText(const QString& text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_search)
        return;
    m_search = folded;
    invalidateFilter();
}

bool ChecklistFilterModel::isFiltering() const
{
    return m_state != State::All || !m_search.isEmpty();
}

bool ChecklistFilterModel::matchesState(const QModelIndex& requirement) const
{
    switch (m_state) {
    case State::All:
        return true;
    case State::Unrated:
        return Rating(requirement.data(RequirementTreeModel::RatingRole).toInt()) ==
               Rating::Unrated;
    case State::NotMet: {
        const auto rating = Rating(requirement.data(RequirementTreeModel::RatingRole).toInt());
        return rating == Rating::NotMet || rating == Rating::LargelyMet ||
               rating == Rating::PartlyMet;
    }
    case State::Overdue:
        return requirement.data(RequirementTreeModel::HasOverdueRole).toBool();
    }
    return true;
}

bool ChecklistFilterModel::matchesSearch(const QModelIndex& sourceIndex) const
{
    return m_search.isEmpty() ||
           sourceIndex.data(RequirementTreeModel::SearchTextRole).toString().contains(m_search);
}

bool ChecklistFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!index.isValid())
        return false;
    if (index.data(RequirementTreeModel::IsCategoryRole).toBool()) {
        // Recursive filtering shows a category when one of its requirements passes.
        return !isFiltering();
    }
    return matchesState(index) && (matchesSearch(index) || matchesSearch(sourceParent));
}

} // namespace duibiao
