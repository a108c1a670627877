#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace duibiao {

class DocumentPathEdit;

// File → New Panel Document…: the panel's name, the region it reviews and where the new
// document goes. OK stays disabled until all three are given.
class NewPanelDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewPanelDialog(QWidget* parent = nullptr);

    QString panelName() const;
    QString region() const;
    QString path() const; // ends in .duibiao

private:
    void validate();

    QLineEdit* m_name = nullptr;
    QLineEdit* m_region = nullptr;
    DocumentPathEdit* m_path = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace duibiao
