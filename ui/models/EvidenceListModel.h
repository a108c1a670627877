#pragma once

#include "model/Evidence.h"
#include "session/DocumentSession.h"

#include <QAbstractTableModel>
#include <QVector>

namespace duibiao {

// The evidence files of one requirement: metadata only, the bytes stay in the document.
// The name is editable; a rename goes through RenameEvidenceCommand.
class EvidenceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ItemColumn, SizeColumn, Sha256Column, MimeColumn, ColumnCount };
    enum Role { EvidenceIdRole = Qt::UserRole + 1 };

    explicit EvidenceListModel(DocumentSession& session, QObject* parent = nullptr);

    void setRequirement(const QString& code);
    const QString& requirement() const { return m_code; }
    const QVector<Evidence>& files() const { return m_files; }
    const Evidence* fileAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    // An edit made in the view was refused (the message says why); nothing changed.
    void editRefused(const QString& message);
    // The list was read again (rows or their contents may differ).
    void filesChanged();

private:
    void reload();
    QVector<Evidence> load() const;

    DocumentSession& m_session;
    QString m_code;
    QVector<Evidence> m_files;
};

} // namespace duibiao
