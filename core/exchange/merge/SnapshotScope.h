#pragma once

#include "exchange/package/AssessmentSnapshot.h"

#include <QSet>
#include <QStringList>

namespace duibiao {

struct Framework;

// Decides, row by row, whether a snapshot's row lies inside a scope.
class ScopeFilter
{
public:
    ScopeFilter(const SnapshotScope& scope, const Framework& framework,
                const AssessmentSnapshot& snapshot);

    // An empty scope is the whole assessment.
    static bool isWhole(const SnapshotScope& scope)
    {
        return scope.categories.isEmpty() && scope.unitIds.isEmpty();
    }

    bool isWhole() const { return m_whole; }
    bool requirement(const QString& code) const;
    bool unit(qint64 unitId) const;
    bool item(const RectificationItem& item) const;
    bool evidence(const Evidence& evidence) const;

private:
    bool m_whole = true;
    QSet<QString> m_codes;
    QSet<qint64> m_units;
    QSet<qint64> m_items; // items of the snapshot inside the scope
};

// The part of `snapshot` inside `scope`. Units are always whole (items outside the scope may
// name them); their figures and platforms follow the scope. The exporter writes a team
// package with it and the merge compares the same part of each side, so rows outside the
// scope are never taken for removals.
AssessmentSnapshot restrictToScope(const AssessmentSnapshot& snapshot, const SnapshotScope& scope,
                                   const Framework& framework);

} // namespace duibiao
