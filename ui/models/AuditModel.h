#pragma once

#include "model/AuditEntry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace duibiao {

class DocumentSession;

// The audit trail, newest first, filtered by requirement and person.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, What, Field, Before, After, ColumnCount };

    explicit AuditModel(DocumentSession& session, QObject* parent = nullptr);

    void setFilter(const QString& requirementCode, const QString& user);
    // Reloads when the page is shown or the document changed while it was shown.
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString describe(const AuditEntry& entry) const;
    QString fieldLabel(const AuditEntry& entry) const;
    QString valueText(const AuditEntry& entry, const QString& value) const;

    DocumentSession& m_session;
    QString m_requirement;
    QString m_user;
    QVector<AuditEntry> m_entries;
    QHash<QString, QString> m_unitNames; // id → name, for entries that name a unit by id
};

} // namespace duibiao
