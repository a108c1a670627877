#include "report/ReportData.h"

#include "storage/Document.h"

namespace duibiao::report {

Result<ReportData> ReportData::load(Document& document, const ReportOptions& options, QDate today)
{
    ReportData data;
    data.options = options;
    data.language = options.language;
    data.date = options.date.isValid() ? options.date : today;
    Result<AnalysisInput> input = AnalysisInput::load(document);
    if (!input)
        return input.error();
    data.input = std::move(*input);
    data.analysis = analyze(data.input, today, data.language);
    Result<QVector<Evidence>> evidence = document.evidence().list(data.input.assessment.id);
    if (!evidence)
        return evidence.error();
    data.evidence = std::move(*evidence);
    for (int i = 0; i < data.evidence.size(); ++i) {
        if (!data.evidence.at(i).requirementCode.isEmpty())
            data.evidenceByCode[data.evidence.at(i).requirementCode].append(i);
    }
    for (const Unit& unit : data.input.units)
        data.unitNames.insert(unit.id, unit.name);
    return data;
}

QString ReportData::unitName(std::optional<qint64> id) const
{
    return id ? unitNames.value(*id) : QString();
}

const Category* ReportData::category(const QString& code) const
{
    return input.framework.category(code);
}

QVector<const RequirementResult*> ReportData::indicators() const
{
    QVector<const RequirementResult*> result;
    for (const RequirementResult& requirement : analysis.requirements) {
        if (requirement.indicator)
            result.append(&requirement);
    }
    return result;
}

} // namespace duibiao::report
