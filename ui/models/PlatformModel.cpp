#include "models/PlatformModel.h"

#include "commands/PlatformCommands.h"
#include "exchange/UnitImportPlan.h"

#include <QColor>
#include <QFont>

namespace duibiao {

namespace {

const QColor missingText(0xc6, 0x28, 0x28);
const QColor missingFill(0xfd, 0xec, 0xea);

bool isLeader(int column)
{
    return column == PlatformModel::InServiceLeader || column == PlatformModel::RetiredLeader;
}

QString leaderOf(const Platform& platform, int column)
{
    return column == PlatformModel::InServiceLeader ? platform.inServiceLeader
                                                    : platform.retiredLeader;
}

std::optional<QDate> parseDate(const QString& text)
{
    static const QStringList formats{QStringLiteral("yyyy-M-d"), QStringLiteral("yyyy/M/d"),
                                     QStringLiteral("yyyy.M.d"), QString::fromUtf8("yyyy年M月d日")};
    for (const QString& format : formats) {
        const QDate date = QDate::fromString(text, format);
        if (date.isValid())
            return date;
    }
    return std::nullopt;
}

} // namespace

PlatformModel::PlatformModel(DocumentSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &DocumentSession::changed, this, &PlatformModel::onChanged);
}

void PlatformModel::setUnit(qint64 unitId)
{
    if (unitId == m_unitId)
        return;
    beginResetModel();
    m_unitId = unitId;
    m_rows = loadRows();
    endResetModel();
}

QVector<Platform> PlatformModel::loadRows()
{
    QVector<Platform> rows;
    if (m_unitId == 0)
        return rows;
    for (const Platform& platform : m_session.input().platforms) {
        if (platform.unitId == m_unitId)
            rows.append(platform);
    }
    return rows;
}

void PlatformModel::onChanged(DocumentSession::Changes changes)
{
    if (changes & (DocumentSession::Platforms | DocumentSession::Units))
        reload();
}

void PlatformModel::reload()
{
    QVector<Platform> rows = loadRows();
    bool samePlatforms = rows.size() == m_rows.size();
    for (int i = 0; samePlatforms && i < rows.size(); ++i)
        samePlatforms = rows.at(i).id == m_rows.at(i).id;
    if (!samePlatforms) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int PlatformModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlatformModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Platform* PlatformModel::platformAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PlatformModel::rowOfPlatform(qint64 platformId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == platformId)
            return i;
    }
    return -1;
}

QVariant PlatformModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Platform& platform = m_rows.at(index.row());
    const int column = index.column();
    const bool missing = isLeader(column) && leaderOf(platform, column).trimmed().isEmpty();

    switch (role) {
    case PlatformIdRole:
        return platform.id;
    case MissingLeaderRole:
        return missing;
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return platform.name;
        case PartnerDepartment:
            return platform.partnerDepartment;
        case InServiceLeader:
        case RetiredLeader:
            return missing ? tr("missing") : leaderOf(platform, column);
        case Founded:
            return platform.founded.isValid() ? platform.founded.toString(Qt::ISODate) : QString();
        case Activities:
            return platform.activities;
        }
        return {};
    case Qt::EditRole:
        switch (column) {
        case Name:
            return platform.name;
        case PartnerDepartment:
            return platform.partnerDepartment;
        case InServiceLeader:
        case RetiredLeader:
            return leaderOf(platform, column);
        case Founded:
            // Text, so the date can also be cleared; read back as YYYY-MM-DD.
            return platform.founded.isValid() ? platform.founded.toString(Qt::ISODate) : QString();
        case Activities:
            return platform.activities;
        }
        return {};
    case Qt::ForegroundRole:
        if (missing || (column == Name && !platform.hasBothLeaders()))
            return missingText;
        return {};
    case Qt::BackgroundRole:
        return missing ? QVariant(missingFill) : QVariant();
    case Qt::FontRole:
        if (missing) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (missing || (column == Name && !platform.hasBothLeaders()))
            return tr("A platform needs both an in-service leader and a retired leader "
                      "(双组长制); this one fails the rule.");
        if (column == Founded)
            return tr("The date the platform was founded, as YYYY-MM-DD");
        return {};
    case Qt::TextAlignmentRole:
        if (column == Activities)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant PlatformModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Platform");
    case PartnerDepartment:
        return tr("Partner department");
    case InServiceLeader:
        return tr("In-service leader");
    case RetiredLeader:
        return tr("Retired leader");
    case Founded:
        return tr("Founded");
    case Activities:
        return tr("Activities");
    }
    return {};
}

Qt::ItemFlags PlatformModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool PlatformModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::EditRole)
        return false;
    const Platform before = m_rows.at(index.row());
    Platform after = before;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case Name:
        after.name = text;
        break;
    case PartnerDepartment:
        after.partnerDepartment = text;
        break;
    case InServiceLeader:
        after.inServiceLeader = text;
        break;
    case RetiredLeader:
        after.retiredLeader = text;
        break;
    case Founded:
        if (value.typeId() == QMetaType::QDate) {
            after.founded = value.toDate();
        } else if (text.isEmpty()) {
            after.founded = QDate();
        } else if (std::optional<QDate> date = parseDate(text)) {
            after.founded = *date;
        } else {
            emit editRefused(tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(text));
            return false;
        }
        break;
    case Activities: {
        bool ok = false;
        after.activities = text.toInt(&ok);
        if (!ok) {
            emit editRefused(tr("“%1” is not a whole number.").arg(text));
            return false;
        }
        break;
    }
    default:
        return false;
    }
    if (samePlatformContent(before, after))
        return true;
    Status status =
        m_session.apply(std::make_unique<UpdatePlatformCommand>(m_session, before, after));
    if (!status) {
        emit editRefused(status.error().message);
        return false;
    }
    return true;
}

} // namespace duibiao
