#include "models/GapModel.h"

#include "session/DocumentSession.h"
#include "widgets/RatingStyle.h"

namespace duibiao {

GapModel::GapModel(DocumentSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    reload();
    connect(&m_session, &DocumentSession::changed, this, [this] {
        beginResetModel();
        reload();
        endResetModel();
    });
}

void GapModel::reload()
{
    m_rows.clear();
    const Analysis& analysis = m_session.analysis();
    const Language language = m_session.language();
    for (const RequirementResult* gap : analysis.gaps()) {
        Row row;
        row.code = gap->code;
        row.number = gap->number;
        row.title = gap->title;
        row.rating = int(gap->rating);
        row.ratingText = gap->ratingText(language);
        row.suggestedText =
            gap->suggestion ? ratingLabel(*gap->suggestion, gap->scoring, language) : QString();
        row.shortfall = gap->gap;
        if (gap->indicator) {
            QStringList names;
            for (const UnitIndicatorValue& unit : gap->indicator->shortfalls())
                names.append(unit.unitName);
            row.units = names.join(QStringLiteral("、"));
        }
        QStringList items;
        for (const LinkedItem& item : gap->items) {
            if (item.status == RectificationStatus::Planned ||
                item.status == RectificationStatus::InProgress)
                ++row.openItems;
            row.overdue = row.overdue || item.overdue;
            items.append(QStringLiteral("#%1").arg(item.id));
        }
        row.items =
            gap->items.isEmpty()
                ? tr("none")
                : tr("%1 (%2 open)").arg(items.join(QStringLiteral(", "))).arg(row.openItems);
        m_rows.append(row);
    }
}

int GapModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GapModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GapModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == CodeRole)
        return row.code;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole) {
        switch (index.column()) {
        case Code:
            return role == SortRole ? QVariant(row.number) : QVariant(row.code);
        case Title:
            return row.title;
        case Rating:
            return role == SortRole ? QVariant(row.rating) : QVariant(row.ratingText);
        case Suggested:
            return row.suggestedText;
        case Shortfall:
            return row.shortfall;
        case Units:
            return row.units;
        case Items:
            return role == SortRole ? QVariant(row.openItems) : QVariant(row.items);
        default:
            return {};
        }
    }
    if (index.column() == Rating && role == Qt::BackgroundRole)
        return RatingStyle::background(duibiao::Rating(row.rating));
    if (index.column() == Rating && role == Qt::ForegroundRole)
        return RatingStyle::foreground(duibiao::Rating(row.rating));
    if (index.column() == Items && role == Qt::ForegroundRole && row.overdue)
        return RatingStyle::overdue();
    return {};
}

QVariant GapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Title:
        return tr("Requirement");
    case Rating:
        return tr("Rating");
    case Suggested:
        return tr("Suggested");
    case Shortfall:
        return tr("Shortfall");
    case Units:
        return tr("Units concerned");
    case Items:
        return tr("Rectification items");
    default:
        return {};
    }
}

} // namespace duibiao
