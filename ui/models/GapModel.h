#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace duibiao {

class DocumentSession;

// The gap list of the analysis: every requirement that is not met or not applicable,
// with its shortfall, the units concerned and its rectification items.
class GapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Title, Rating, Suggested, Shortfall, Units, Items, ColumnCount };
    enum Roles { CodeRole = Qt::UserRole + 1, SortRole };

    explicit GapModel(DocumentSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString code;
        int number = 0;
        QString title;
        int rating = 0;
        QString ratingText;
        QString suggestedText;
        QString shortfall;
        QString units;
        QString items;
        int openItems = 0;
        bool overdue = false;
    };
    void reload();

    DocumentSession& m_session;
    QVector<Row> m_rows;
};

} // namespace duibiao
