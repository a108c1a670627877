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
    return input;
}

} // namespace duibiao
