#include "dialogs/UnitImportDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace duibiao {

namespace {

struct FigureLine
{
    QString label;
    QString before;
    QString after;
};

QString yesNo(bool value)
{
    return value ? UnitImportDialog::tr("yes") : UnitImportDialog::tr("no");
}

QVector<FigureLine> figureLines(const std::optional<UnitFigures>& before, const UnitFigures& after)
{
    auto number = [](const std::optional<UnitFigures>& f, int UnitFigures::*field) {
        return f ? QString::number((*f).*field) : QStringLiteral("—");
    };
    auto flag = [](const std::optional<UnitFigures>& f, bool UnitFigures::*field) {
        return f ? yesNo((*f).*field) : QStringLiteral("—");
    };
    const std::optional<UnitFigures> next = after;
    return {
        {UnitImportDialog::tr("Eligible retired staff"), number(before, &UnitFigures::eligible),
         number(next, &UnitFigures::eligible)},
        {UnitImportDialog::tr("Participants"), number(before, &UnitFigures::participants),
         number(next, &UnitFigures::participants)},
        {UnitImportDialog::tr("Core workers"), number(before, &UnitFigures::coreWorkers),
         number(next, &UnitFigures::coreWorkers)},
        {UnitImportDialog::tr("Report hearings per year"),
         number(before, &UnitFigures::hearingsPerYear),
         number(next, &UnitFigures::hearingsPerYear)},
        {UnitImportDialog::tr("Trainings per year"), number(before, &UnitFigures::trainingsPerYear),
         number(next, &UnitFigures::trainingsPerYear)},
        {UnitImportDialog::tr("Unit rules"), flag(before, &UnitFigures::hasUnitRules),
         flag(next, &UnitFigures::hasUnitRules)},
        {UnitImportDialog::tr("Demand menu"), flag(before, &UnitFigures::hasDemandMenu),
         flag(next, &UnitFigures::hasDemandMenu)},
        {UnitImportDialog::tr("Resource menu"), flag(before, &UnitFigures::hasResourceMenu),
         flag(next, &UnitFigures::hasResourceMenu)},
        {UnitImportDialog::tr("Note"), before ? before->note : QStringLiteral("—"), after.note},
    };
}

struct PlatformLine
{
    QString label;
    QString value;
};

QVector<PlatformLine> platformLines(const Platform& platform)
{
    auto text = [](const QString& value) {
        return value.isEmpty() ? QStringLiteral("—") : value;
    };
    return {
        {UnitImportDialog::tr("Partner department"), text(platform.partnerDepartment)},
        {UnitImportDialog::tr("In-service leader"), text(platform.inServiceLeader)},
        {UnitImportDialog::tr("Retired leader"), text(platform.retiredLeader)},
        {UnitImportDialog::tr("Founded"),
         platform.founded.isValid() ? platform.founded.toString(Qt::ISODate) : QStringLiteral("—")},
        {UnitImportDialog::tr("Activities"), QString::number(platform.activities)},
    };
}

void markChanged(QTreeWidgetItem* item)
{
    QFont font = item->font(2);
    font.setBold(true);
    item->setFont(0, font);
    item->setFont(2, font);
}

} // namespace

UnitImportDialog::UnitImportDialog(const Preview& preview, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("unitImportDialog"));
    setWindowTitle(tr("Import unit templates"));

    auto* summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("importSummary"));
    summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);

    QDialogButtonBox* buttons = nullptr;
    if (!preview.problems.isEmpty()) {
        summary->setText(tr("The templates cannot be imported: %n problem(s) were found. Nothing "
                            "has been changed. Correct the rows named below and import again.",
                            nullptr, int(preview.problems.size())));
        auto* problems = new QPlainTextEdit(this);
        problems->setObjectName(QStringLiteral("importProblems"));
        problems->setReadOnly(true);
        problems->setPlainText(preview.problems.join(QLatin1Char('\n')));
        layout->addWidget(problems, 1);
        buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    } else {
        summary->setText(tr("%n template(s) read. Changed values are in bold; nothing is "
                            "written until you choose Import, and one Undo takes it all back.",
                            nullptr, int(preview.plans.size())));
        auto* tree = new QTreeWidget(this);
        tree->setObjectName(QStringLiteral("importPreview"));
        tree->setColumnCount(3);
        tree->setHeaderLabels({tr("Item"), tr("Now"), tr("From the file")});
        tree->setUniformRowHeights(true);
        fillPreview(tree, preview);
        tree->expandAll();
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem* unitItem = tree->topLevelItem(i);
            for (int k = 0; k < unitItem->childCount(); ++k) {
                if (unitItem->child(k)->data(0, Qt::UserRole).toBool())
                    unitItem->child(k)->setExpanded(false);
            }
        }
        tree->header()->setMinimumSectionSize(120);
        tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        layout->addWidget(tree, 1);
        buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
        buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("importConfirm"));
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 560);
}

void UnitImportDialog::fillPreview(QTreeWidget* tree, const Preview& preview)
{
    for (const UnitImportPlan& plan : preview.plans) {
        auto* unitItem =
            new QTreeWidgetItem(tree, {tr("%1 — %2").arg(plan.unit.name, plan.fileName)});
        QFont bold = unitItem->font(0);
        bold.setBold(true);
        unitItem->setFont(0, bold);
        if (plan.changesNothing())
            new QTreeWidgetItem(unitItem, {tr("Nothing new for this unit")});

        if (!plan.figuresAfter) {
            new QTreeWidgetItem(unitItem, {tr("Figures left blank in the file: kept as they are")});
        } else if (!plan.changesFigures()) {
            new QTreeWidgetItem(unitItem, {tr("Figures for %1: unchanged").arg(plan.year)});
        } else {
            auto* figures = new QTreeWidgetItem(unitItem, {tr("Figures for %1").arg(plan.year)});
            for (const FigureLine& line : figureLines(plan.figuresBefore, *plan.figuresAfter)) {
                auto* item = new QTreeWidgetItem(figures, {line.label, line.before, line.after});
                if (line.before != line.after)
                    markChanged(item);
            }
        }
        if (!plan.platformsToAdd.isEmpty()) {
            auto* group = new QTreeWidgetItem(
                unitItem, {tr("Platforms to add: %n", nullptr, int(plan.platformsToAdd.size()))});
            for (const Platform& platform : plan.platformsToAdd) {
                auto* item = new QTreeWidgetItem(
                    group, {platform.name, QStringLiteral("—"), tr("new platform")});
                markChanged(item);
                for (const PlatformLine& line : platformLines(platform))
                    new QTreeWidgetItem(item, {line.label, QString(), line.value});
            }
        }
        if (!plan.platformsToUpdate.isEmpty()) {
            auto* group = new QTreeWidgetItem(unitItem, {tr("Platforms to update: %n", nullptr,
                                                            int(plan.platformsToUpdate.size()))});
            for (const auto& [before, after] : plan.platformsToUpdate) {
                auto* item = new QTreeWidgetItem(group, {after.name});
                if (before.name != after.name)
                    markChanged(new QTreeWidgetItem(item, {tr("Name"), before.name, after.name}));
                const QVector<PlatformLine> old = platformLines(before);
                const QVector<PlatformLine> next = platformLines(after);
                for (int i = 0; i < old.size(); ++i) {
                    if (old.at(i).value != next.at(i).value)
                        markChanged(new QTreeWidgetItem(
                            item, {old.at(i).label, old.at(i).value, next.at(i).value}));
                }
            }
        }
        if (!plan.platformsKept.isEmpty()) {
            auto* group =
                new QTreeWidgetItem(unitItem, {tr("Platforms not in the file, kept: %n", nullptr,
                                                  int(plan.platformsKept.size()))});
            for (const Platform& platform : plan.platformsKept) {
                auto* item = new QTreeWidgetItem(group, {platform.name});
                item->setForeground(0, QColor(0x75, 0x75, 0x75));
            }
            group->setData(0, Qt::UserRole, true); // collapsed: context, not a change
        }
    }
}

} // namespace duibiao
