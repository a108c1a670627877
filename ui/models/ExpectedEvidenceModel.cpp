#include "models/ExpectedEvidenceModel.h"

namespace duibiao {

ExpectedEvidenceModel::ExpectedEvidenceModel(QObject* parent) : QAbstractListModel(parent) {}

void ExpectedEvidenceModel::setRequirement(const Requirement* requirement, Language language)
{
    beginResetModel();
    m_keys = requirement ? requirement->evidence : QStringList();
    m_labels = requirement ? requirement->evidenceIn(language) : QStringList();
    endResetModel();
}

void ExpectedEvidenceModel::setAttached(const QHash<QString, int>& filesPerItem)
{
    if (filesPerItem == m_attached)
        return;
    m_attached = filesPerItem;
    if (!m_keys.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

QString ExpectedEvidenceModel::label(int row) const
{
    return row >= 0 && row < m_labels.size() ? m_labels.at(row) : QString();
}

int ExpectedEvidenceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

QVariant ExpectedEvidenceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString& key = m_keys.at(index.row());
    const int files = m_attached.value(key);
    switch (role) {
    case Qt::DisplayRole:
        return files > 0 ? tr("%1 (%n file(s))", nullptr, files).arg(label(index.row()))
                         : label(index.row());
    case Qt::ToolTipRole:
        return files > 0
                   ? tr("Attached: %1").arg(label(index.row()))
                   : tr("Not attached yet: %1. Drop a file here or press Enter to attach one.")
                         .arg(label(index.row()));
    case Qt::CheckStateRole:
        return files > 0 ? Qt::Checked : Qt::Unchecked;
    case ItemKeyRole:
        return key;
    case FileCountRole:
        return files;
    default:
        return {};
    }
}

Qt::ItemFlags ExpectedEvidenceModel::flags(const QModelIndex& index) const
{
    // Not user-checkable: the tick follows the attached files.
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

} // namespace duibiao
