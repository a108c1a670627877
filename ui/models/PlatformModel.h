#pragma once

#include "model/Platform.h"
#include "session/DocumentSession.h"

#include <QAbstractTableModel>

namespace duibiao {

// The work platforms of one unit with both their leaders; a platform missing a leader
// fails the dual team leader rule (双组长制) and its empty leader cell says so in red.
// Edits go through UpdatePlatformCommand; a refused edit (no name, a bad date) leaves the
// document unchanged and is announced through editRefused().
class PlatformModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        PartnerDepartment,
        InServiceLeader,
        RetiredLeader,
        Founded,
        Activities,
        ColumnCount
    };
    enum Role {
        PlatformIdRole = Qt::UserRole + 1,
        MissingLeaderRole, // true on a leader cell left empty
    };

    explicit PlatformModel(DocumentSession& session, QObject* parent = nullptr);

    // Shows the platforms of this unit (0: none).
    void setUnit(qint64 unitId);
    qint64 unitId() const { return m_unitId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    const Platform* platformAt(int row) const;
    int rowOfPlatform(qint64 platformId) const;

signals:
    void editRefused(const QString& message);

private:
    void onChanged(DocumentSession::Changes changes);
    void reload();
    QVector<Platform> loadRows();

    DocumentSession& m_session;
    qint64 m_unitId = 0;
    QVector<Platform> m_rows;
};

} // namespace duibiao
