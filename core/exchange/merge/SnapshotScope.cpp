#include "exchange/merge/SnapshotScope.h"

#include "model/Framework.h"

namespace duibiao {

ScopeFilter::ScopeFilter(const SnapshotScope& scope, const Framework& framework,
                         const AssessmentSnapshot& snapshot)
    : m_whole(isWhole(scope))
{
    if (m_whole)
        return;
    for (const QString& categoryCode : scope.categories) {
        if (const Category* category = framework.category(categoryCode)) {
            for (const Requirement& requirement : category->requirements)
                m_codes.insert(requirement.code);
        }
    }
    for (qint64 unitId : scope.unitIds)
        m_units.insert(unitId);
    for (const RectificationItem& item : snapshot.rectification) {
        if (this->item(item))
            m_items.insert(item.id);
    }
}

bool ScopeFilter::requirement(const QString& code) const
{
    return m_whole || m_codes.contains(code);
}

bool ScopeFilter::unit(qint64 unitId) const
{
    return m_whole || m_units.contains(unitId);
}

// An item belongs to the scope when it serves a requirement of the scope, or, serving
// none, when its responsible unit is in the scope.
bool ScopeFilter::item(const RectificationItem& item) const
{
    if (m_whole)
        return true;
    for (const QString& code : item.requirementCodes) {
        if (m_codes.contains(code))
            return true;
    }
    return item.requirementCodes.isEmpty() && item.responsibleUnitId &&
           m_units.contains(*item.responsibleUnitId);
}

bool ScopeFilter::evidence(const Evidence& evidence) const
{
    if (m_whole)
        return true;
    if (!evidence.requirementCode.isEmpty())
        return m_codes.contains(evidence.requirementCode);
    return evidence.rectificationId && m_items.contains(*evidence.rectificationId);
}

AssessmentSnapshot restrictToScope(const AssessmentSnapshot& snapshot, const SnapshotScope& scope,
                                   const Framework& framework)
{
    const ScopeFilter filter(scope, framework, snapshot);
    if (filter.isWhole())
        return snapshot;
    AssessmentSnapshot part;
    part.documentId = snapshot.documentId;
    part.institution = snapshot.institution;
    part.assessment = snapshot.assessment;
    part.frameworkJson = snapshot.frameworkJson;
    part.submittedAt = snapshot.submittedAt;
    part.fingerprint = snapshot.fingerprint;
    part.units = snapshot.units;
    for (const UnitFigures& figures : snapshot.figures) {
        if (filter.unit(figures.unitId))
            part.figures.append(figures);
    }
    for (const Platform& platform : snapshot.platforms) {
        if (filter.unit(platform.unitId))
            part.platforms.append(platform);
    }
    for (const RequirementAssessment& row : snapshot.requirements) {
        if (filter.requirement(row.requirementCode))
            part.requirements.append(row);
    }
    for (const RectificationItem& item : snapshot.rectification) {
        if (filter.item(item))
            part.rectification.append(item);
    }
    for (const Evidence& evidence : snapshot.evidence) {
        if (filter.evidence(evidence))
            part.evidence.append(evidence);
    }
    return part;
}

} // namespace duibiao
