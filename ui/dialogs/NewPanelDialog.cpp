#include "dialogs/NewPanelDialog.h"

#include "widgets/DocumentPathEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace duibiao {

NewPanelDialog::NewPanelDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("newPanelDialog"));
    setWindowTitle(tr("New panel document"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("panelName"));
    m_name->setPlaceholderText(tr("e.g. 示例片区评议组"));
    m_region = new QLineEdit(this);
    m_region->setObjectName(QStringLiteral("panelRegion"));
    m_region->setPlaceholderText(tr("e.g. 示例片区"));
    m_path = new DocumentPathEdit(QStringLiteral("panelPath"), tr("New panel document"),
                                  tr("panel.duibiao"), this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout(this);
    form->addRow(tr("Panel &name:"), m_name);
    form->addRow(tr("&Region reviewed:"), m_region);
    form->addRow(tr("&File:"), m_path);
    form->addRow(buttons);
    for (QLineEdit* edit : {m_name, m_region})
        connect(edit, &QLineEdit::textChanged, this, &NewPanelDialog::validate);
    connect(m_path, &DocumentPathEdit::pathChanged, this, &NewPanelDialog::validate);
    validate();
}

QString NewPanelDialog::panelName() const
{
    return m_name->text().trimmed();
}

QString NewPanelDialog::region() const
{
    return m_region->text().trimmed();
}

QString NewPanelDialog::path() const
{
    return m_path->path();
}

void NewPanelDialog::validate()
{
    m_ok->setEnabled(!panelName().isEmpty() && !region().isEmpty() && !path().isEmpty());
}

} // namespace duibiao
