#include "exchange/merge/MergePreview.h"

#include <QCoreApplication>

namespace duibiao {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Merge", text);
}

QString fieldsText(const MergeChange& change, bool conflictsOnly, Language language)
{
    QStringList parts;
    for (const FieldChange& field : change.fields) {
        if (conflictsOnly != field.conflict)
            continue;
        const QString label = fieldLabel(QString(), field.field);
        if (field.conflict) {
            parts.append(
                tr("%1: here %2, package %3 (%4)")
                    .arg(label, describeValue(field.field, field.ours, language),
                         describeValue(field.field, field.theirs, language),
                         field.takeTheirs ? tr("taking the package's") : tr("keeping here")));
        } else {
            parts.append(tr("%1 %2 → %3")
                             .arg(label, describeValue(field.field, field.ours, language),
                                  describeValue(field.field, field.theirs, language)));
        }
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString describeValue(const QString& field, const QString& value, Language language)
{
    Q_UNUSED(field)
    if (value.isEmpty())
        return tr("(empty)");
    if (const std::optional<Rating> rating = ratingFromKey(value))
        return ratingLabel(*rating, language);
    const QString simple = value.simplified();
    return QStringLiteral("“%1”").arg(simple.size() > 40 ? simple.left(39) + QChar(0x2026)
                                                         : simple);
}

QStringList describePlan(const MergePlan& plan, Language language)
{
    QStringList lines;
    for (const MergeChange& change : plan.changes) {
        switch (change.kind) {
        case ChangeKind::Add:
            lines.append(tr("+ %1 (added)").arg(change.label));
            break;
        case ChangeKind::Remove:
            lines.append(tr("- %1 (removed)").arg(change.label));
            break;
        case ChangeKind::Update:
            lines.append(tr("~ %1: %2").arg(change.label, fieldsText(change, false, language)));
            break;
        case ChangeKind::Conflict:
            if (change.conflict == ConflictKind::BothChanged) {
                QString text = fieldsText(change, true, language);
                const QString taken = fieldsText(change, false, language);
                if (!taken.isEmpty())
                    text += QStringLiteral("; ") + taken;
                lines.append(tr("! %1: %2").arg(change.label, text));
            } else if (change.conflict == ConflictKind::ChangedHereRemovedThere) {
                lines.append(tr("! %1: changed here, removed in the package (%2)")
                                 .arg(change.label,
                                      change.takeTheirs ? tr("removing") : tr("keeping here")));
            } else {
                lines.append(tr("! %1: removed here, changed in the package (%2)")
                                 .arg(change.label, change.takeTheirs ? tr("bringing it back")
                                                                      : tr("leaving it removed")));
            }
            break;
        }
    }
    if (plan.duplicateEvidence > 0)
        lines.append(QCoreApplication::translate("Merge",
                                                 "= %n evidence file(s) already here, skipped",
                                                 nullptr, plan.duplicateEvidence));
    return lines;
}

} // namespace duibiao
