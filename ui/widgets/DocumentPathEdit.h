#pragma once

#include <QWidget>

class QLineEdit;

namespace duibiao {

// Where a new document goes: a file name to type, or Browse… for a save dialog. The path
// always ends in .duibiao. Used by File → New… and File → New Panel Document….
class DocumentPathEdit : public QWidget
{
    Q_OBJECT

public:
    // `objectName` names the line edit (tests find it); `suggestedName` is what the save
    // dialog proposes while nothing is typed.
    DocumentPathEdit(const QString& objectName, const QString& dialogTitle,
                     const QString& suggestedName, QWidget* parent = nullptr);

    QString path() const; // empty, or ends in .duibiao

signals:
    void pathChanged();

private:
    QLineEdit* m_edit = nullptr;
};

} // namespace duibiao
