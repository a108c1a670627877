#pragma once

#include "storage/BackupSet.h"

#include <QDialog>

class QTreeWidget;

namespace duibiao {

// Lists a document's backups (newest first) with date, reason, size and what they hold,
// and returns the one to restore.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QVector<BackupSet::Backup>& backups, QWidget* parent = nullptr);
    QString selectedPath() const;

private:
    QTreeWidget* m_list = nullptr;
};

} // namespace duibiao
