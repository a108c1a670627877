#include "dialogs/UnitExportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace duibiao {

UnitExportDialog::UnitExportDialog(const QVector<Unit>& units, qint64 selectedUnitId,
                                   const QString& folder, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("unitExportDialog"));
    setWindowTitle(tr("Export unit templates"));

    auto* intro = new QLabel(tr("One template per unit, for its college secretary to fill in "
                                "and send back. Each file holds the unit's figures for the "
                                "assessment year and its work platforms."),
                             this);
    intro->setWordWrap(true);

    m_units = new QListWidget(this);
    m_units->setObjectName(QStringLiteral("exportUnitList"));
    for (const Unit& unit : units) {
        auto* item = new QListWidgetItem(unit.name, m_units);
        item->setData(Qt::UserRole, unit.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(unit.id == selectedUnitId ? Qt::Checked : Qt::Unchecked);
    }
    auto* unitsLabel = new QLabel(tr("&Units:"), this);
    unitsLabel->setBuddy(m_units);
    auto* all = new QPushButton(tr("Select &all"), this);
    all->setObjectName(QStringLiteral("exportSelectAll"));
    auto* none = new QPushButton(tr("Select &none"), this);
    none->setObjectName(QStringLiteral("exportSelectNone"));
    connect(all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllChecked(false); });

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("Excel workbook (.xlsx)"), int(TemplateFormat::Xlsx));
    m_format->addItem(tr("CSV, UTF-8 (.csv)"), int(TemplateFormat::Csv));

    m_folder = new QLineEdit(folder, this);
    m_folder->setObjectName(QStringLiteral("exportFolder"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("exportBrowse"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(
            this, tr("Folder for the templates"), m_folder->text());
        if (!chosen.isEmpty())
            m_folder->setText(chosen);
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto* form = new QFormLayout;
    auto* formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    auto* folderLabel = new QLabel(tr("F&older:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(formatLabel, m_format);
    form->addRow(folderLabel, folderRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* selectRow = new QHBoxLayout;
    selectRow->addWidget(all);
    selectRow->addWidget(none);
    selectRow->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(unitsLabel);
    layout->addWidget(m_units, 1);
    layout->addLayout(selectRow);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_units, &QListWidget::itemChanged, this, &UnitExportDialog::updateOk);
    connect(m_folder, &QLineEdit::textChanged, this, &UnitExportDialog::updateOk);
    updateOk();
    resize(480, 520);
}

void UnitExportDialog::setAllChecked(bool checked)
{
    for (int i = 0; i < m_units->count(); ++i)
        m_units->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void UnitExportDialog::updateOk()
{
    const Request chosen = request();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!chosen.unitIds.isEmpty() && !chosen.folder.isEmpty() &&
                     QDir(chosen.folder).exists());
}

UnitExportDialog::Request UnitExportDialog::request() const
{
    Request chosen;
    for (int i = 0; i < m_units->count(); ++i) {
        if (m_units->item(i)->checkState() == Qt::Checked)
            chosen.unitIds.append(m_units->item(i)->data(Qt::UserRole).toLongLong());
    }
    chosen.format = TemplateFormat(m_format->currentData().toInt());
    chosen.folder = m_folder->text().trimmed();
    return chosen;
}

} // namespace duibiao
