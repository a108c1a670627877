#pragma once

#include "report/ReportData.h"
#include "report/ReportProgress.h"
#include "report/ReportWriter.h"
#include "util/Result.h"

namespace duibiao::report {

// The content of each report kind, appended through a ReportWriter. Each returns the
// cancel error when the progress callback asks to stop.
Status writeSelfReport(ReportWriter& writer, const ReportData& data, ProgressRange& progress);
Status writeGapsReport(ReportWriter& writer, const ReportData& data, ProgressRange& progress);
Status writeLedgerReport(ReportWriter& writer, const ReportData& data, ProgressRange& progress);
Status writeUnitsReport(ReportWriter& writer, const ReportData& data, ProgressRange& progress);
Status writeComparisonReport(ReportWriter& writer, const ReportData& data, ProgressRange& progress);

// Pieces more than one report shows.
// Rectification items by phase (rows) and status (columns), with totals and overdue counts.
void writeRectificationSummary(ReportWriter& writer, const ReportData& data);
// One row per indicator requirement: target, scope, units passing, institution figure,
// suggested and given rating.
void writeIndicatorSummary(ReportWriter& writer, const ReportData& data);
// One row per unit in scope of an indicator with its value and a pass/fail mark.
void writeIndicatorTable(ReportWriter& writer, const ReportData& data,
                         const RequirementResult& requirement);
// The heading line of a report that has no cover: title, institution, date.
void writeReportHeader(ReportWriter& writer, const ReportData& data);

Error cancelledError();
QString scopeLabel(Scope scope, Language language);

} // namespace duibiao::report
