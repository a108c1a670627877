#include "frameworks/MoveAssessmentDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace duibiao {

namespace {

QString titleOf(const RequirementDiff* diff, Language language)
{
    if (!diff)
        return {};
    return (diff->toTitle.zh.isEmpty() ? diff->fromTitle : diff->toTitle).in(language);
}

} // namespace

MoveAssessmentDialog::MoveAssessmentDialog(const MovePlan& plan, Language language, QWidget* parent)
    : QDialog(parent), m_plan(plan)
{
    setObjectName(QStringLiteral("moveAssessmentDialog"));
    setWindowTitle(tr("Move the Assessment to Another Framework Version"));
    auto* heading = new QLabel(
        tr("The assessment moves from %1@%2 to %3@%4. Ratings, narratives, evidence and "
           "rectification links stay with their requirement codes; nothing is deleted, and "
           "Edit → Undo moves it back.")
            .arg(plan.diff.fromCode, plan.diff.fromVersion, plan.diff.toCode, plan.diff.toVersion),
        this);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);

    m_review = new QTreeWidget(this);
    m_review->setObjectName(QStringLiteral("moveReview"));
    m_review->setColumnCount(2);
    m_review->setHeaderLabels({tr("Requirement"), tr("What to look at")});
    m_review->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_review->setColumnWidth(0, 360);
    m_review->setWordWrap(true);

    const auto group = [this](const QString& title, const QStringList& codes) {
        auto* item = new QTreeWidgetItem(m_review, {title.arg(codes.size())});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setExpanded(true);
        return item;
    };
    const auto holds = [this, language](const QString& code) {
        const RequirementHolding* holding = m_plan.holding(code);
        if (!holding || !holding->holdsWork())
            return tr("nothing recorded yet");
        QStringList parts;
        if (holding->rating != Rating::Unrated)
            parts << tr("rated %1").arg(ratingLabel(holding->rating, language));
        if (holding->hasNarrative)
            parts << tr("a narrative");
        if (holding->evidenceCount > 0)
            parts << tr("%n evidence file(s)", nullptr, holding->evidenceCount);
        if (holding->rectificationCount > 0)
            parts << tr("%n rectification item(s)", nullptr, holding->rectificationCount);
        return parts.join(tr(", "));
    };
    const auto label = [this, language](const QString& code) {
        return QStringLiteral("%1  %2").arg(code, titleOf(m_plan.diff.requirement(code), language));
    };

    if (!plan.renamed.isEmpty()) {
        QStringList codes;
        for (const RenamedCode& pair : plan.renamed)
            codes << pair.to;
        QTreeWidgetItem* renamed =
            group(tr("Renumbered requirements (%1): their work moves to the new code"), codes);
        for (const RenamedCode& pair : plan.renamed)
            new QTreeWidgetItem(renamed, {QStringLiteral("%1 → %2").arg(pair.from, label(pair.to)),
                                          tr("moves: %1").arg(holds(pair.from))});
    }
    QTreeWidgetItem* added = group(tr("New requirements (%1): they start unrated"), plan.added);
    for (const QString& code : plan.added)
        new QTreeWidgetItem(added, {label(code), holds(code)});
    QTreeWidgetItem* removed = group(
        tr("Removed requirements (%1): no longer counted; what they hold stays in the document"),
        plan.removed);
    for (const QString& code : plan.removed)
        new QTreeWidgetItem(removed, {label(code), tr("holds: %1").arg(holds(code))});
    QTreeWidgetItem* review =
        group(tr("Reworded or changed requirements (%1): the rating is carried over; review it"),
              plan.toReview);
    for (const QString& code : plan.toReview) {
        const RequirementDiff* diff = plan.diff.requirement(code);
        const QString what =
            diff && diff->kind == RequirementDiff::Kind::Changed
                ? tr("changed: %1").arg(diff->fields.join(QStringLiteral(", ")))
                : tr("reworded: %1")
                      .arg(diff ? diff->fields.join(QStringLiteral(", ")) : QString());
        new QTreeWidgetItem(review, {label(code), what + QStringLiteral("; ") + holds(code)});
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* confirm = buttons->button(QDialogButtonBox::Ok);
    confirm->setObjectName(QStringLiteral("confirmMoveButton"));
    confirm->setText(tr("&Move Assessment"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_review, 1);
    layout->addWidget(buttons);
    resize(900, 560);
}

QStringList MoveAssessmentDialog::lines() const
{
    QStringList lines;
    for (int g = 0; g < m_review->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_review->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            lines << QStringLiteral("%1: %2 — %3")
                         .arg(group->text(0), group->child(i)->text(0), group->child(i)->text(1));
    }
    return lines;
}

} // namespace duibiao
