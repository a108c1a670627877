#pragma once

#include "session/DocumentSession.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QStringList>

namespace duibiao {

// The framework as a two-level tree: categories, and under each its requirements, with
// their rating, suggestion, evidence count and open rectification items from the
// session's gap analysis. The rows follow the framework, which does not change while a
// session lives; edits only change cells, so views keep their selection.
class RequirementTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        TitleColumn,
        RatingColumn,
        SuggestionColumn,
        EvidenceColumn,
        ItemsColumn,
        ColumnCount
    };
    enum Role {
        CodeRole = Qt::UserRole + 1, // requirement or category code
        IsCategoryRole,
        RatingRole,       // int(Rating); requirements only
        HasOverdueRole,   // an open linked item is past its deadline
        SearchTextRole,   // code, titles, narrative and gap text, folded to lower case
        OverdueCountRole, // overdue linked items
    };

    explicit RequirementTreeModel(DocumentSession& session, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The requirement's row (column 0), or an invalid index for an unknown code.
    QModelIndex indexOf(const QString& requirementCode) const;

private:
    void onChanged(DocumentSession::Changes changes);
    QStringList structure() const;
    const Requirement* requirementAt(const QModelIndex& index) const;
    QVariant requirementData(const Requirement& requirement, int column, int role) const;
    QVariant categoryData(const Category& category, int column, int role) const;
    QString searchText(const Requirement& requirement) const;

    DocumentSession& m_session;
    QStringList m_structure; // category and requirement codes, to notice a new framework
    // Folded search text per requirement code, built on first use after a change.
    mutable QHash<QString, QString> m_searchText;
};

} // namespace duibiao
