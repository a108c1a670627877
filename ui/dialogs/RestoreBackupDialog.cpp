#include "dialogs/RestoreBackupDialog.h"

#include "storage/EvidenceRepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace duibiao {

RestoreBackupDialog::RestoreBackupDialog(const QVector<BackupSet::Backup>& backups, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from backup"));
    auto* text = new QLabel(tr("Choose the copy to go back to. The document as it is now is backed "
                               "up first, so the restore can itself be undone from this list."),
                            this);
    text->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Taken"), tr("Why"), tr("Size"), tr("Contents")});
    for (const BackupSet::Backup& backup : backups) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, backup.taken.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        const QString reason = backup.reason == QLatin1String("daily") ? tr("first open of the day")
                               : backup.reason == QLatin1String("restore") ? tr("before a restore")
                               : backup.reason == QLatin1String("import")  ? tr("before an import")
                                                                           : backup.reason;
        item->setText(1, reason);
        item->setText(2, formatByteSize(backup.size));
        item->setText(3, backup.summary);
        item->setData(0, Qt::UserRole, backup.path);
        item->setToolTip(3, backup.path);
    }
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setEnabled(m_list->topLevelItemCount() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

QString RestoreBackupDialog::selectedPath() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

} // namespace duibiao
