#pragma once

#include "model/Framework.h"
#include "model/Language.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace duibiao {

// What happened to one requirement code between two frameworks.
struct RequirementDiff
{
    enum class Kind {
        Unchanged,
        Added,    // only in `to`
        Removed,  // only in `from`
        Reworded, // texts changed (title, description, guidance, evidence, English, source)
        Changed,  // what counts changed (weight, kind, rule, scoring, …); texts may too
        Moved,    // only its category or its place in the order
        Renamed   // `code` carries on the work of `renamedFrom` (see diffFrameworks)
    };
    QString code;
    QString renamedFrom; // Renamed: the code in `from` whose work moves to `code`
    Kind kind = Kind::Unchanged;
    // The framework JSON keys that differ ("title", "description", "guidance", "evidence",
    // "source", "en", "weight", "kind", "rule", and any key a later format adds, such as
    // scoring), then "category" and "order" when it moved. Empty for Added and Removed.
    // For Renamed, the differences between `renamedFrom` in `from` and `code` in `to`.
    // "replaces" is never listed: it tells where work comes from, not what is asked.
    QStringList fields;
    QString fromCategory; // empty when Added
    QString toCategory;   // empty when Removed
    int fromNumber = 0;   // display numbers, 0 when absent
    int toNumber = 0;
    LocalizedText fromTitle;
    LocalizedText toTitle;
    double fromWeight = 0;
    double toWeight = 0;

    bool textsChanged() const; // a field of the wording differs
    bool rulesChanged() const; // a field of what counts differs
};

struct CategoryDiff
{
    enum class Kind { Added, Removed, Retitled };
    QString code;
    Kind kind = Kind::Retitled;
    LocalizedText fromTitle;
    LocalizedText toTitle;
};

// The framework's own scoring: points out of a total, and the pass mark.
struct ScoringDiff
{
    std::optional<double> fromTotal;
    std::optional<double> toTotal;
    std::optional<double> fromPassMark;
    std::optional<double> toPassMark;

    bool changed() const { return fromTotal != toTotal || fromPassMark != toPassMark; }
};

// The differences between two frameworks, by code. Pure value: no storage, no I/O.
struct FrameworkDiff
{
    QString fromCode;
    QString fromVersion;
    QString toCode;
    QString toVersion;
    bool titleChanged = false; // the framework's own title (either language)
    LocalizedText fromTitle;
    LocalizedText toTitle;
    ScoringDiff scoring;
    // Every requirement of `to` in its order, then those removed, in the order of `from`.
    QVector<RequirementDiff> requirements;
    QVector<CategoryDiff> categories;

    // By code of `to`, or for Removed by code of `from`; a renamed pair by its new code.
    const RequirementDiff* requirement(const QString& code) const;
    QStringList codes(RequirementDiff::Kind kind) const;
    // Nothing but Unchanged requirements, no category, title or scoring change.
    bool isEmpty() const;
};

// A requirement Y of `to` is Renamed from X when Y "replaces" X, `from` has X but not Y
// (and `to` has no X, which the format ensures); when Y replaces several codes `from` has,
// the first one listed. Backwards, so that moving back is recognised: Y of `from` replacing
// X, where `to` has X but not Y, gives X Renamed from Y. A renamed pair is neither Added
// nor Removed; its wording and scoring changes are in `fields`.
FrameworkDiff diffFrameworks(const Framework& from, const Framework& to);

// One line per difference for people, e.g. "T5 标题已修改: 旧 → 新" or
// "T5 title changed: old → new"; nothing for Unchanged requirements. A renamed pair reads
// "T5 → T6 编号变更(工作随之迁移)", then its changes under the new code.
QStringList describeDiff(const FrameworkDiff& diff, Language language);

} // namespace duibiao
