#include "models/EvidenceListModel.h"

#include "commands/EvidenceCommands.h"

#include <QFont>
#include <QLocale>

#include <memory>

namespace duibiao {

EvidenceListModel::EvidenceListModel(DocumentSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &DocumentSession::changed, this, [this](DocumentSession::Changes changes) {
        if (changes & DocumentSession::Evidence)
            reload();
    });
}

QVector<Evidence> EvidenceListModel::load() const
{
    QVector<Evidence> files;
    if (m_code.isEmpty())
        return files;
    Result<QVector<Evidence>> found =
        m_session.document().evidence().listFor(m_session.assessmentId(), m_code);
    if (!found) {
        m_session.reportFailure(found.error());
        return files;
    }
    return *found;
}

void EvidenceListModel::setRequirement(const QString& code)
{
    if (code == m_code)
        return;
    beginResetModel();
    m_code = code;
    m_files = load();
    endResetModel();
    emit filesChanged();
}

void EvidenceListModel::reload()
{
    QVector<Evidence> files = load();
    bool sameRows = files.size() == m_files.size();
    for (qsizetype i = 0; sameRows && i < files.size(); ++i)
        sameRows = files.at(i).id == m_files.at(i).id;
    if (sameRows) {
        // A rename: the rows stay, so an open editor or the selection survives.
        m_files = std::move(files);
        if (!m_files.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_files = std::move(files);
        endResetModel();
    }
    emit filesChanged();
}

const Evidence* EvidenceListModel::fileAt(int row) const
{
    return row >= 0 && row < m_files.size() ? &m_files.at(row) : nullptr;
}

int EvidenceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int EvidenceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Evidence& file = m_files.at(index.row());
    if (role == EvidenceIdRole)
        return file.id;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return file.name;
        if (role == Qt::ToolTipRole) {
            return tr("%1\nAdded %2 by %3")
                .arg(file.name, QLocale().toString(file.added, QLocale::ShortFormat),
                     file.addedBy.isEmpty() ? tr("unknown") : file.addedBy);
        }
        break;
    case ItemColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return file.expectedItem;
        break;
    case SizeColumn:
        if (role == Qt::DisplayRole)
            return formatByteSize(file.size);
        if (role == Qt::ToolTipRole)
            return tr("%1 bytes").arg(QLocale().toString(file.size));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Sha256Column:
        if (role == Qt::DisplayRole)
            return file.sha256.left(12) + QStringLiteral("…");
        if (role == Qt::ToolTipRole)
            return file.sha256;
        if (role == Qt::FontRole) {
            QFont font(QStringLiteral("monospace"));
            font.setStyleHint(QFont::Monospace);
            return font;
        }
        break;
    case MimeColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return file.mimeType;
        break;
    default:
        break;
    }
    return {};
}

QVariant EvidenceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("File");
    case ItemColumn:
        return tr("For item");
    case SizeColumn:
        return tr("Size");
    case Sha256Column:
        return tr("SHA-256");
    case MimeColumn:
        return tr("Type");
    default:
        return {};
    }
}

Qt::ItemFlags EvidenceListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool EvidenceListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != NameColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Evidence& file = m_files.at(index.row());
    const QString name = value.toString().trimmed();
    if (name == file.name)
        return false;
    if (name.isEmpty()) {
        emit editRefused(tr("An evidence file needs a name."));
        return false;
    }
    Status status = m_session.apply(std::make_unique<RenameEvidenceCommand>(m_session, file, name));
    if (!status) {
        emit editRefused(status.error().message);
        return false;
    }
    return true; // the change notification has refreshed the row already
}

} // namespace duibiao
