#include "dialogs/NewPanelDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
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
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("panelPath"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(
            this, tr("New panel document"),
            m_path->text().isEmpty() ? tr("panel.duibiao") : m_path->text(),
            tr("Duibiao documents (*.duibiao)"));
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout(this);
    form->addRow(tr("Panel &name:"), m_name);
    form->addRow(tr("&Region reviewed:"), m_region);
    form->addRow(tr("&File:"), pathRow);
    form->addRow(buttons);
    for (QLineEdit* edit : {m_name, m_region, m_path})
        connect(edit, &QLineEdit::textChanged, this, &NewPanelDialog::validate);
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
    QString chosen = m_path->text().trimmed();
    if (!chosen.isEmpty() && !chosen.endsWith(QLatin1String(".duibiao"), Qt::CaseInsensitive))
        chosen += QStringLiteral(".duibiao");
    return chosen;
}

void NewPanelDialog::validate()
{
    m_ok->setEnabled(!panelName().isEmpty() && !region().isEmpty() && !path().isEmpty());
}

} // namespace duibiao
