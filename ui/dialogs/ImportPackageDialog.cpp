#include "dialogs/ImportPackageDialog.h"

#include "exchange/package/PackageImport.h"
#include "exchange/package/PackageManifest.h"
#include "models/MergePlanModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace duibiao {

namespace {

QString kindName(CheckedManifest::Kind kind)
{
    switch (kind) {
    case CheckedManifest::Kind::Submission:
        return ImportPackageDialog::tr("Submission to the review panel");
    case CheckedManifest::Kind::Team:
        return ImportPackageDialog::tr("A team member's work");
    case CheckedManifest::Kind::Opinions:
        return ImportPackageDialog::tr("The review panel's opinions");
    }
    return {};
}

} // namespace

ImportPackageDialog::ImportPackageDialog(PackageImport& import, Language language, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importPackageDialog"));
    setWindowTitle(tr("Import Package"));

    auto* header = new QLabel(headerText(import));
    header->setObjectName(QStringLiteral("importHeader"));
    header->setTextFormat(Qt::PlainText);
    header->setWordWrap(true);
    header->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model = new MergePlanModel(import.plan(), language, this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(MergePlanModel::ConflictRole);
    m_filter->setFilterKeyColumn(MergePlanModel::ChoiceColumn);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("importChanges"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->resizeColumnsToContents();
    // Long texts would push the choice out of sight; their full text is in the tooltip.
    for (int column : {int(MergePlanModel::WhatColumn), int(MergePlanModel::BaseColumn),
                       int(MergePlanModel::HereColumn), int(MergePlanModel::PackageColumn)})
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 180));

    auto* conflictsOnly = new QCheckBox(tr("Show &conflicts only"));
    conflictsOnly->setObjectName(QStringLiteral("importConflictsOnly"));
    // The conflict role is a bool: "true" is what the filter sees of a conflicting row.
    connect(conflictsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setFilterFixedString(on ? QStringLiteral("true") : QString());
    });
    const bool hasConflicts = import.plan().conflictCount() > 0;
    conflictsOnly->setEnabled(hasConflicts);

    auto* keepAll = new QPushButton(tr("Keep All &Here"));
    keepAll->setObjectName(QStringLiteral("importKeepAll"));
    keepAll->setEnabled(hasConflicts);
    connect(keepAll, &QPushButton::clicked, this, [this] { m_model->resolveAll(false); });
    auto* takeAll = new QPushButton(tr("Take All from &Package"));
    takeAll->setObjectName(QStringLiteral("importTakeAll"));
    takeAll->setEnabled(hasConflicts);
    connect(takeAll, &QPushButton::clicked, this, [this] { m_model->resolveAll(true); });
    auto* choices = new QHBoxLayout;
    choices->addWidget(conflictsOnly);
    choices->addStretch(1);
    choices->addWidget(keepAll);
    choices->addWidget(takeAll);

    auto* backupNote = new QLabel(
        tr("A backup is taken first; File → Restore from Backup undoes the import. The import "
           "itself cannot be undone with Edit → Undo, and earlier edits can no longer be undone "
           "after it."));
    backupNote->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setDefault(true);
    importButton->setEnabled(!import.plan().isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_table, 1);
    layout->addLayout(choices);
    layout->addWidget(backupNote);
    layout->addWidget(buttons);
    resize(1100, 600);
}

QString ImportPackageDialog::headerText(const PackageImport& import) const
{
    const CheckedManifest& manifest = import.manifest();
    const MergePlan& plan = import.plan();
    QStringList lines;
    lines << tr("Kind: %1").arg(kindName(manifest.kind));
    lines << tr("Institution: %1").arg(manifest.institution.name);
    lines << tr("Title: %1").arg(manifest.title);
    lines << tr("Created: %1").arg(QLocale().toString(manifest.created, QLocale::ShortFormat));
    lines << tr("Fingerprint: %1").arg(shortFingerprint(manifest.fingerprint));
    QString counts = tr("%1 to add, %2 to change, %3 to remove, %4 conflict(s), %5 evidence "
                        "file(s) already here")
                         .arg(plan.count(ChangeKind::Add))
                         .arg(plan.count(ChangeKind::Update))
                         .arg(plan.count(ChangeKind::Remove))
                         .arg(plan.conflictCount())
                         .arg(plan.duplicateEvidence);
    if (plan.isEmpty())
        counts += QStringLiteral("\n") + tr("Nothing to import: this document already holds "
                                            "everything in the package.");
    lines << counts;
    return lines.join(QLatin1Char('\n'));
}

} // namespace duibiao
