#pragma once

#include "analysis/Analysis.h"
#include "session/DocumentSession.h"

#include <QAbstractTableModel>
#include <QVector>

namespace duibiao {

// The rectification items linked to one requirement, as the gap analysis sees them
// (measure, status, phase, due date, overdue).
class LinkedItemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MeasureColumn, StatusColumn, PhaseColumn, DueColumn, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, OverdueRole };

    explicit LinkedItemModel(DocumentSession& session, QObject* parent = nullptr);

    void setRequirement(const QString& code);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString statusText(RectificationStatus status);

private:
    void reload();
    QVector<LinkedItem> load();

    DocumentSession& m_session;
    QString m_code;
    QVector<LinkedItem> m_items;
};

} // namespace duibiao
