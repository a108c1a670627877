#include "models/RectificationModel.h"

#include "analysis/Overdue.h"
#include "commands/RectificationCommands.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QRegularExpression>

#include <climits>

namespace duibiao {

namespace {

const QColor overdueRed(0xc6, 0x28, 0x28);
const QColor verifiedGreen(0x2e, 0x7d, 0x32);

// A red disc with a white exclamation mark, painted once: the overdue sign in the first
// column (drawn at twice the size so it stays sharp on high-DPI screens).
QIcon makeOverdueIcon()
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(overdueRed);
    painter.drawEllipse(QRectF(2, 2, 28, 28));
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(QRectF(13.5, 7, 5, 12), 2, 2);
    painter.drawEllipse(QRectF(13.5, 21, 5, 5));
    painter.end();
    return QIcon(pixmap);
}

bool sameItem(const RectificationItem& a, const RectificationItem& b)
{
    return a.id == b.id && a.requirementCodes == b.requirementCodes && a.measure == b.measure &&
           a.responsibleUnitId == b.responsibleUnitId &&
           a.responsiblePerson == b.responsiblePerson && a.deadline == b.deadline &&
           a.phase == b.phase && a.status == b.status && a.progress == b.progress &&
           a.completionNote == b.completionNote;
}

bool sameRow(const RectificationModel::Row& a, const RectificationModel::Row& b)
{
    return sameItem(a.item, b.item) && a.text == b.text && a.overdue == b.overdue &&
           a.inheritedDeadline == b.inheritedDeadline;
}

} // namespace

RectificationModel::RectificationModel(DocumentSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session), m_overdueIcon(makeOverdueIcon())
{
    m_committer = [this](const RectificationItem& before, const RectificationItem& after) {
        return m_session.apply(
            std::make_unique<UpdateRectificationCommand>(m_session, before, after));
    };
    connect(&m_session, &DocumentSession::changed, this, &RectificationModel::onSessionChanged);
    refresh();
}

void RectificationModel::setCommitter(Committer committer)
{
    m_committer = std::move(committer);
}

const std::array<RectificationStatus, 4>& RectificationModel::statuses()
{
    static const std::array<RectificationStatus, 4> all{
        RectificationStatus::Planned, RectificationStatus::InProgress, RectificationStatus::Done,
        RectificationStatus::Verified};
    return all;
}

QString RectificationModel::statusLabel(RectificationStatus status)
{
    switch (status) {
    case RectificationStatus::Planned:
        return tr("Planned");
    case RectificationStatus::InProgress:
        return tr("In progress");
    case RectificationStatus::Done:
        return tr("Done");
    case RectificationStatus::Verified:
        return tr("Verified");
    }
    return {};
}

QString RectificationModel::phaseLabel(int phase, Language language)
{
    return QStringLiteral("%1 %2").arg(phase).arg(phaseName(phase, language));
}

Result<QStringList> RectificationModel::parseCodes(const QString& text, const Framework& framework)
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；\\s]+"));
    const QVector<const Requirement*> requirements = framework.requirements();
    QStringList codes;
    QStringList unknown;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        QString code;
        for (const Requirement* requirement : requirements) {
            if (requirement->code.compare(part, Qt::CaseInsensitive) == 0) {
                code = requirement->code;
                break;
            }
        }
        if (code.isEmpty())
            unknown.append(part);
        else if (!codes.contains(code))
            codes.append(code);
    }
    if (!unknown.isEmpty()) {
        QStringList examples;
        for (qsizetype i = 0; i < requirements.size() && i < 3; ++i)
            examples.append(requirements.at(i)->code);
        return Error::user(
            tr("Unknown requirement code: %1. Use the codes of the framework, "
               "separated by commas (for example %2).")
                .arg(unknown.join(QStringLiteral(", ")), examples.join(QStringLiteral(", "))));
    }
    return codes;
}

int RectificationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RectificationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RectificationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const RectificationItem& item = row.item;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return row.text[std::size_t(column)];
    case Qt::EditRole:
        switch (column) {
        case IdColumn:
            return item.id;
        case UnitColumn:
            return item.responsibleUnitId.value_or(0);
        case DeadlineColumn:
            return row.due;
        case PhaseColumn:
            return item.phase;
        case StatusColumn:
            return int(item.status);
        case ProgressColumn:
            return item.progress;
        default:
            return row.text[std::size_t(column)];
        }
    case Qt::ToolTipRole:
        if (column == MeasureColumn || column == UnitColumn || column == PhaseColumn)
            return row.text[std::size_t(column)];
        if (column == NoteColumn && !item.completionNote.isEmpty())
            return item.completionNote;
        if (row.overdue && (column == IdColumn || column == DeadlineColumn))
            return tr("Overdue: due %1 and still open").arg(row.text[DeadlineColumn]);
        if (column == DeadlineColumn && row.inheritedDeadline)
            return tr("No deadline of its own: the end of phase %1").arg(item.phase);
        return {};
    case Qt::ForegroundRole:
        if (row.overdue)
            return QBrush(overdueRed);
        if (column == DeadlineColumn && row.inheritedDeadline)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        if (column == StatusColumn && item.status == RectificationStatus::Verified)
            return QBrush(verifiedGreen);
        return {};
    case Qt::FontRole:
        if (row.overdue || (column == DeadlineColumn && row.inheritedDeadline)) {
            QFont font;
            font.setBold(row.overdue);
            font.setItalic(column == DeadlineColumn && row.inheritedDeadline);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (column == IdColumn && row.overdue)
            return m_overdueIcon;
        return {};
    case Qt::TextAlignmentRole:
        if (column == IdColumn || column == ProgressColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ItemIdRole:
        return item.id;
    case OverdueRole:
        return row.overdue;
    case OpenRole:
        return item.isOpen();
    case InheritedDeadlineRole:
        return row.inheritedDeadline;
    default:
        return {};
    }
}

QVariant RectificationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn:
            return tr("No.");
        case RequirementsColumn:
            return tr("Requirements");
        case MeasureColumn:
            return tr("Measure");
        case UnitColumn:
            return tr("Responsible unit");
        case PersonColumn:
            return tr("Person");
        case DeadlineColumn:
            return tr("Deadline");
        case PhaseColumn:
            return tr("Phase");
        case StatusColumn:
            return tr("Status");
        case ProgressColumn:
            return tr("Progress");
        case NoteColumn:
            return tr("Completion note");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PersonColumn:
            return tr("The person responsible for the measure");
        case RequirementsColumn:
            return tr("The codes of the requirements the measure rectifies, separated by commas");
        case DeadlineColumn:
            return tr("The item's own deadline; in grey italics the end of its phase when it "
                      "has none");
        default:
            return {};
        }
    }
    return {};
}

Qt::ItemFlags RectificationModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() != IdColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

Result<RectificationItem> RectificationModel::edited(const RectificationItem& item, int column,
                                                     const QVariant& value) const
{
    RectificationItem after = item;
    bool ok = true;
    switch (column) {
    case RequirementsColumn: {
        Result<QStringList> codes = parseCodes(value.toString(), m_session.framework());
        if (!codes)
            return codes.error();
        after.requirementCodes = *codes;
        break;
    }
    case MeasureColumn:
        after.measure = value.toString().trimmed();
        if (after.measure.isEmpty())
            return Error::user(tr("A rectification item needs a measure."));
        break;
    case UnitColumn: {
        const qint64 unitId = value.toLongLong(&ok);
        if (!ok || (unitId != 0 && !m_units.contains(unitId)))
            return Error::user(tr("There is no such responsible unit."));
        after.responsibleUnitId = unitId == 0 ? std::nullopt : std::optional<qint64>(unitId);
        break;
    }
    case PersonColumn:
        after.responsiblePerson = value.toString().trimmed();
        break;
    case DeadlineColumn: {
        const QDate deadline = value.toDate();
        // Confirming the phase's end shown for an item without a deadline changes nothing;
        // an invalid date clears the deadline, so the phase's end counts again.
        if (!deadline.isValid())
            after.deadline = QDate();
        else if (item.deadline.isValid() || deadline != effectiveDeadline(item, m_phases))
            after.deadline = deadline;
        break;
    }
    case PhaseColumn:
        after.phase = value.toInt(&ok);
        if (!ok || after.phase < 1 || after.phase > 4)
            return Error::user(tr("The phase must be 1 to 4."));
        break;
    case StatusColumn: {
        const int status = value.toInt(&ok);
        if (!ok || status < 0 || status >= int(statuses().size()))
            return Error::user(tr("Unknown status."));
        after.status = statuses()[std::size_t(status)];
        // Done and verified work is complete: the bar should not say otherwise.
        if (!after.isOpen())
            after.progress = 100;
        break;
    }
    case ProgressColumn:
        after.progress = value.toInt(&ok);
        if (!ok || after.progress < 0 || after.progress > 100)
            return Error::user(tr("The progress must be 0 to 100%."));
        break;
    case NoteColumn:
        after.completionNote = value.toString().trimmed();
        break;
    default:
        return Error::user(tr("This column cannot be edited."));
    }
    return after;
}

bool RectificationModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const RectificationItem before = m_rows.at(index.row()).item;
    Result<RectificationItem> after = edited(before, index.column(), value);
    if (!after) {
        emit refused(after.error().message);
        return false;
    }
    if (sameItem(before, *after))
        return true;
    if (Status status = m_committer(before, *after); !status) {
        emit refused(status.error().message);
        return false;
    }
    return true;
}

RectificationModel::Row RectificationModel::makeRow(const RectificationItem& item) const
{
    Row row;
    row.item = item;
    row.due = effectiveDeadline(item, m_phases);
    row.inheritedDeadline = !item.deadline.isValid();
    row.overdue = isOverdue(item, m_phases, m_today);
    QString unitName;
    row.unitOrder = INT_MAX;
    if (item.responsibleUnitId) {
        const auto unit = m_units.constFind(*item.responsibleUnitId);
        if (unit != m_units.constEnd()) {
            unitName = unit->first;
            row.unitOrder = unit->second;
        }
    }
    const QString codes = item.requirementCodes.join(QStringLiteral(", "));
    row.text[IdColumn] = QString::number(item.id);
    row.text[RequirementsColumn] = codes;
    row.text[MeasureColumn] = item.measure;
    row.text[UnitColumn] = unitName;
    row.text[PersonColumn] = item.responsiblePerson;
    row.text[DeadlineColumn] = row.due.toString(Qt::ISODate);
    row.text[PhaseColumn] = phaseLabel(item.phase, m_language);
    row.text[StatusColumn] = statusLabel(item.status);
    row.text[ProgressColumn] = QStringLiteral("%1%").arg(item.progress);
    row.text[NoteColumn] = item.completionNote;
    row.searchText = item.measure + u'\n' + item.responsiblePerson + u'\n' + codes;
    return row;
}

void RectificationModel::onSessionChanged(DocumentSession::Changes changes)
{
    if (changes &
        (DocumentSession::Rectification | DocumentSession::Units | DocumentSession::Phases))
        refresh();
}

void RectificationModel::refresh()
{
    const AnalysisInput& input = m_session.input();
    m_phases = m_session.assessment().phases;
    m_today = m_session.today();
    m_language = m_session.language();
    m_units.clear();
    for (const duibiao::Unit& unit : input.units)
        m_units.insert(unit.id, {unit.name, unit.sortOrder});
    QVector<Row> rows;
    rows.reserve(input.items.size());
    for (const RectificationItem& item : input.items)
        rows.append(makeRow(item));

    auto rebuildIndex = [this] {
        m_rowOfId.clear();
        m_rowOfId.reserve(m_rows.size());
        for (int i = 0; i < int(m_rows.size()); ++i)
            m_rowOfId.insert(m_rows.at(i).item.id, i);
    };
    // Rows with the same items stay rows (selections and open editors survive); a single
    // added or removed item is inserted or removed; anything else resets the model.
    const qsizetype oldCount = m_rows.size();
    const qsizetype newCount = rows.size();
    qsizetype first = 0;
    while (first < oldCount && first < newCount &&
           m_rows.at(first).item.id == rows.at(first).item.id)
        ++first;
    auto tailMatches = [&](qsizetype oldFrom, qsizetype newFrom) {
        if (oldCount - oldFrom != newCount - newFrom)
            return false;
        for (qsizetype i = 0; oldFrom + i < oldCount; ++i) {
            if (m_rows.at(oldFrom + i).item.id != rows.at(newFrom + i).item.id)
                return false;
        }
        return true;
    };
    auto emitChanged = [this](const QVector<Row>& before) {
        // `before` is aligned with m_rows: the rows whose content differs are repainted.
        int low = -1;
        int high = -1;
        for (int i = 0; i < int(m_rows.size()); ++i) {
            if (!sameRow(before.at(i), m_rows.at(i))) {
                if (low < 0)
                    low = i;
                high = i;
            }
        }
        if (low >= 0)
            emit dataChanged(index(low, 0), index(high, ColumnCount - 1));
    };

    if (oldCount == newCount && first == oldCount) {
        QVector<Row> before = std::move(m_rows);
        m_rows = std::move(rows);
        emitChanged(before);
    } else if (newCount == oldCount + 1 && tailMatches(first, first + 1)) {
        QVector<Row> before = m_rows;
        before.insert(first, rows.at(first));
        beginInsertRows({}, int(first), int(first));
        m_rows = std::move(rows);
        rebuildIndex();
        endInsertRows();
        emitChanged(before);
    } else if (newCount + 1 == oldCount && tailMatches(first + 1, first)) {
        beginRemoveRows({}, int(first), int(first));
        QVector<Row> before = std::move(m_rows);
        before.remove(first);
        m_rows = std::move(rows);
        rebuildIndex();
        endRemoveRows();
        emitChanged(before);
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        rebuildIndex();
        endResetModel();
    }
}

} // namespace duibiao
