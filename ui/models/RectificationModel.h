#pragma once

#include "model/RectificationItem.h"
#include "session/DocumentSession.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QVector>

#include <array>
#include <functional>

namespace duibiao {

// The rectification ledger (整改台账) of the session's assessment, one row per item.
// Everything a cell shows is computed once per refresh (the large document has 3,000
// items), so data() only looks values up. Edits go through the committer, which by
// default applies an UpdateRectificationCommand; a refused edit leaves the row as it was
// and is announced by refused().
class RectificationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        RequirementsColumn,
        MeasureColumn,
        UnitColumn,
        PersonColumn,
        DeadlineColumn,
        PhaseColumn,
        StatusColumn,
        ProgressColumn,
        NoteColumn,
        ColumnCount
    };

    enum Role {
        ItemIdRole = Qt::UserRole + 1, // qint64
        OverdueRole,                   // bool
        OpenRole,                      // bool: planned or in progress
        InheritedDeadlineRole          // bool: the deadline is the phase's end
    };

    // What the table needs of an item, computed at refresh.
    struct Row
    {
        RectificationItem item;
        QDate due; // the item's deadline or its phase's end
        bool inheritedDeadline = false;
        bool overdue = false;
        int unitOrder = 0;
        std::array<QString, ColumnCount> text; // DisplayRole per column
        QString searchText;                    // measure, person and codes
    };

    // Saves an edited item; the default applies an UpdateRectificationCommand.
    using Committer =
        std::function<Status(const RectificationItem& before, const RectificationItem& after)>;

    explicit RectificationModel(DocumentSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    const Row& row(int row) const { return m_rows.at(row); }
    // The row of an item, or -1.
    int rowOfItem(qint64 id) const { return m_rowOfId.value(id, -1); }
    void setCommitter(Committer committer);

    // Labels in the UI language.
    static QString statusLabel(RectificationStatus status);
    static QString phaseLabel(int phase, Language language);
    static const std::array<RectificationStatus, 4>& statuses();

    // Parses a comma list of requirement codes ("L1, T5" or "L1,T5"), checked against the
    // framework: unknown codes are refused with a message naming them.
    static Result<QStringList> parseCodes(const QString& text, const Framework& framework);

    // Reloads the rows from the session (normally done on session.changed()).
    void refresh();

signals:
    // An edit was refused; the message says why, the document is unchanged.
    void refused(const QString& message);

private:
    Row makeRow(const RectificationItem& item) const;
    Result<RectificationItem> edited(const RectificationItem& item, int column,
                                     const QVariant& value) const;
    void onSessionChanged(DocumentSession::Changes changes);

    DocumentSession& m_session;
    Committer m_committer;
    QVector<Row> m_rows;
    QHash<qint64, int> m_rowOfId;
    // Looked up while building rows; rebuilt at refresh.
    QHash<qint64, QPair<QString, int>> m_units; // id → name, sort order
    PhasePlan m_phases;
    QDate m_today;
    Language m_language = Language::Chinese;
    QIcon m_overdueIcon;
};

} // namespace duibiao
