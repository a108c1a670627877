#include "dialogs/NewDocumentDialog.h"

#include "framework/BuiltinFrameworks.h"
#include "framework/FrameworkLoader.h"
#include "widgets/DocumentPathEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace duibiao {

NewDocumentDialog::NewDocumentDialog(Language language, QWidget* parent)
    : QDialog(parent), m_language(language)
{
    setObjectName(QStringLiteral("newDocumentDialog"));
    setWindowTitle(tr("New document"));

    // A built-in framework that does not load is a broken build; it is left out rather
    // than offered, and the default one is always first.
    for (const BuiltinFramework& builtin : builtinFrameworks()) {
        Result<QByteArray> json = readBuiltinFramework(builtin);
        if (!json)
            continue;
        Result<Framework> loaded = FrameworkLoader::parse(*json, builtin.fileName);
        if (loaded)
            m_choices.append({*loaded, *json});
    }

    m_institution = new QLineEdit(this);
    m_institution->setObjectName(QStringLiteral("institutionName"));
    m_institution->setPlaceholderText(tr("e.g. 示例大学"));
    m_framework = new QComboBox(this);
    m_framework->setObjectName(QStringLiteral("frameworkChoice"));
    for (const Choice& choice : m_choices)
        m_framework->addItem(QStringLiteral("%1 (%2)").arg(choice.framework.title.in(language),
                                                           choice.framework.version));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("frameworkNote"));
    m_note->setWordWrap(true);
    m_path = new DocumentPathEdit(QStringLiteral("documentPath"), tr("New document"),
                                  tr("assessment.duibiao"), this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Institution:"), m_institution);
    form->addRow(tr("&Framework:"), m_framework);
    form->addRow(QString(), m_note);
    form->addRow(tr("&File:"), m_path);
    form->addRow(buttons);
    connect(m_framework, &QComboBox::currentIndexChanged, this, &NewDocumentDialog::showNote);
    connect(m_path, &DocumentPathEdit::pathChanged, this, &NewDocumentDialog::validate);
    showNote();
    validate();
    resize(560, sizeHint().height());
}

QString NewDocumentDialog::institutionName() const
{
    return m_institution->text().trimmed();
}

QString NewDocumentDialog::path() const
{
    return m_path->path();
}

const Framework& NewDocumentDialog::framework() const
{
    return m_choices.at(qMax(0, m_framework->currentIndex())).framework;
}

QByteArray NewDocumentDialog::frameworkJson() const
{
    return m_choices.at(qMax(0, m_framework->currentIndex())).json;
}

void NewDocumentDialog::showNote()
{
    if (m_choices.isEmpty())
        return;
    const Framework& chosen = framework();
    QString text = tr("%n requirements.", nullptr, chosen.requirementCount());
    if (chosen.reference)
        text += QLatin1Char(' ') + chosen.note.in(m_language);
    m_note->setText(text);
}

void NewDocumentDialog::validate()
{
    m_ok->setEnabled(!m_choices.isEmpty() && !path().isEmpty());
}

} // namespace duibiao
