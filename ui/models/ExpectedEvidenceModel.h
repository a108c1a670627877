#pragma once

#include "model/Framework.h"

#include <QAbstractListModel>
#include <QHash>
#include <QStringList>

namespace duibiao {

// The evidence a requirement expects (佐证材料 from the framework), each item checked
// when at least one attached file names it. Read-only: files are attached elsewhere.
class ExpectedEvidenceModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ItemKeyRole = Qt::UserRole + 1, // the item as stored with evidence (Chinese text)
        FileCountRole
    };

    explicit ExpectedEvidenceModel(QObject* parent = nullptr);

    // The requirement's items in `language`; a null requirement empties the list.
    void setRequirement(const Requirement* requirement, Language language);
    // Files attached per item key.
    void setAttached(const QHash<QString, int>& filesPerItem);

    const QStringList& keys() const { return m_keys; }
    QString label(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QStringList m_keys;
    QStringList m_labels;
    QHash<QString, int> m_attached;
};

} // namespace duibiao
