#include "dialogs/ExportPackageDialog.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace duibiao {

namespace {

QListWidget* checkList(const QString& objectName)
{
    auto* list = new QListWidget;
    list->setObjectName(objectName);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    return list;
}

void addChecked(QListWidget* list, const QString& text, const QVariant& key)
{
    auto* item = new QListWidgetItem(text, list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    item->setData(Qt::UserRole, key);
}

QVector<QVariant> checkedKeys(const QListWidget* list)
{
    QVector<QVariant> keys;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            keys.append(list->item(i)->data(Qt::UserRole));
    }
    return keys;
}

QGroupBox* group(const QString& title, QListWidget* list)
{
    auto* box = new QGroupBox(title);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(list);
    return box;
}

} // namespace

ExportPackageDialog::ExportPackageDialog(const Framework& framework, const QVector<Unit>& units,
                                         Language language, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exportTeamDialog"));
    setWindowTitle(tr("Export for Team Member"));
    auto* intro = new QLabel(tr("Choose the requirement categories and the units you worked "
                                "on. The package holds their ratings, texts, rectification "
                                "items, evidence, figures and platforms, for the coordinator "
                                "to merge."));
    intro->setWordWrap(true);

    m_categories = checkList(QStringLiteral("exportCategories"));
    for (const Category& category : framework.categories)
        addChecked(m_categories,
                   QStringLiteral("%1  %2").arg(category.code, category.title.in(language)),
                   category.code);
    m_units = checkList(QStringLiteral("exportUnits"));
    for (const Unit& unit : units)
        addChecked(m_units, unit.name, unit.id);

    auto* lists = new QHBoxLayout;
    lists->addWidget(group(tr("Categories"), m_categories));
    lists->addWidget(group(tr("Units"), m_units));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_categories, &QListWidget::itemChanged, this, &ExportPackageDialog::updateButton);
    connect(m_units, &QListWidget::itemChanged, this, &ExportPackageDialog::updateButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(lists, 1);
    layout->addWidget(buttons);
    resize(640, 480);
}

void ExportPackageDialog::updateButton()
{
    m_ok->setEnabled(!checkedKeys(m_categories).isEmpty() && !checkedKeys(m_units).isEmpty());
}

QStringList ExportPackageDialog::categories() const
{
    QStringList codes;
    for (const QVariant& key : checkedKeys(m_categories))
        codes.append(key.toString());
    return codes;
}

QVector<qint64> ExportPackageDialog::unitIds() const
{
    QVector<qint64> ids;
    for (const QVariant& key : checkedKeys(m_units))
        ids.append(key.toLongLong());
    return ids;
}

} // namespace duibiao
