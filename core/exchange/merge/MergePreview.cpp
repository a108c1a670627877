#include "exchange/merge/MergePreview.h"

#include <QCoreApplication>

namespace duibiao {
namespace {

// The messages of this file belong to the "Merge" translation context; the macro names it
// both for the run-time lookup and for lupdate, which files a bare helper Text::tr() under
// the enclosing class or namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Merge)
};

QString fieldsText(const MergeChange& change, bool conflictsOnly, Language language)
{
    QStringList parts;
    for (const FieldChange& field : change.fields) {
        if (conflictsOnly != field.conflict)
            continue;
        const QString label = fieldLabel(QString(), field.field);
        if (field.conflict) {
            parts.append(Text::tr("%1: here %2, package %3 (%4)")
                             .arg(label, describeValue(field.field, field.ours, language),
                                  describeValue(field.field, field.theirs, language),
                                  field.takeTheirs ? Text::tr("taking the package's")
                                                   : Text::tr("keeping here")));
        } else {
            parts.append(Text::tr("%1 %2 → %3")
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
        return Text::tr("(empty)");
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
            lines.append(Text::tr("+ %1 (added)").arg(change.label));
            break;
        case ChangeKind::Remove:
            lines.append(Text::tr("- %1 (removed)").arg(change.label));
            break;
        case ChangeKind::Update:
            lines.append(
                Text::tr("~ %1: %2").arg(change.label, fieldsText(change, false, language)));
            break;
        case ChangeKind::Conflict:
            if (change.conflict == ConflictKind::BothChanged) {
                QString text = fieldsText(change, true, language);
                const QString taken = fieldsText(change, false, language);
                if (!taken.isEmpty())
                    text += QStringLiteral("; ") + taken;
                lines.append(Text::tr("! %1: %2").arg(change.label, text));
            } else if (change.conflict == ConflictKind::ChangedHereRemovedThere) {
                lines.append(Text::tr("! %1: changed here, removed in the package (%2)")
                                 .arg(change.label, change.takeTheirs ? Text::tr("removing")
                                                                      : Text::tr("keeping here")));
            } else {
                lines.append(Text::tr("! %1: removed here, changed in the package (%2)")
                                 .arg(change.label, change.takeTheirs
                                                        ? Text::tr("bringing it back")
                                                        : Text::tr("leaving it removed")));
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
