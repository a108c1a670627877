#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace duibiao {

// The strip at the top of the main window that says why the document cannot be edited:
// damaged ("This document is damaged: … [Open newest good backup] [Save a copy]") or
// read-only (its file or folder). Hidden while the document is fine.
class DocumentBanner : public QFrame
{
    Q_OBJECT

public:
    explicit DocumentBanner(QWidget* parent = nullptr);

    // `detail` is what SQLite found; the backup button shows only when there is a backup
    // to go back to.
    void showDamaged(const QString& detail, bool goodBackupExists);
    void showReadOnly(const QString& reason);
    QString text() const;

signals:
    void openGoodBackupRequested();
    void saveCopyRequested();

private:
    QLabel* m_text = nullptr;
    QPushButton* m_backup = nullptr;
    QPushButton* m_copy = nullptr;
};

} // namespace duibiao
