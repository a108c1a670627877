#include "analysis/AnalysisInput.h"

#include "storage/Document.h"

namespace duibiao {

Result<AnalysisInput> AnalysisInput::load(Document& document)
{
    AnalysisInput input;
    auto take = [](auto result, auto& into) -> Status {
        if (!result)
            return result.error();
        into = std::move(result.value());
        return {};
    };
    Result<Assessment> assessment = document.assessments().current();
    if (!assessment)
        return assessment.error();
    input.assessment = *assessment;
    const qint64 id = input.assessment.id;
    for (Status status : {take(document.institution().get(), input.institution),
                          take(document.assessments().framework(id), input.framework),
                          take(document.ratings().all(id), input.ratings),
                          take(document.units().all(), input.units),
                          take(document.units().figures(input.assessment.year), input.figures),
                          take(document.platforms().all(), input.platforms),
                          take(document.rectification().all(id), input.items)}) {
        if (!status)
            return status.error();
    }
    if (Status status = take(document.evidence().countByRequirement(id), input.evidenceCount);
        !status)
        return status.error();
    // After a move to another framework version, the entries of requirements the framework
    // no longer has stay in the document but are no part of the assessment: the analysis,
    // reports and tables see the framework's requirements only, and rectification items
    // (which stay) list only the codes the framework has.
    input.ratings.removeIf([&input](const RequirementAssessment& row) {
        return !input.framework.requirement(row.requirementCode);
    });
    for (RectificationItem& item : input.items) {
        item.requirementCodes.removeIf(
            [&input](const QString& code) { return !input.framework.requirement(code); });
    }
    return input;
}

} // namespace duibiao
