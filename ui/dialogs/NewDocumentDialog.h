#pragma once

#include "model/Framework.h"
#include "model/Language.h"

#include <QByteArray>
#include <QDialog>
#include <QVector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace duibiao {

class DocumentPathEdit;

// File → New…: the institution, the framework the first assessment follows (one of the
// built-in ones) and where the document goes. OK stays disabled until a file is given.
class NewDocumentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewDocumentDialog(Language language, QWidget* parent = nullptr);

    QString institutionName() const;
    QString path() const; // ends in .duibiao
    // The chosen framework as loaded and as its JSON text, for the assessment's snapshot.
    const Framework& framework() const;
    QByteArray frameworkJson() const;

private:
    void showNote();
    void validate();

    struct Choice
    {
        Framework framework;
        QByteArray json;
    };
    QVector<Choice> m_choices;
    Language m_language;
    QLineEdit* m_institution = nullptr;
    QComboBox* m_framework = nullptr;
    QLabel* m_note = nullptr;
    DocumentPathEdit* m_path = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace duibiao
