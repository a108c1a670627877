#pragma once

#include "analysis/Analysis.h"
#include "model/Evidence.h"
#include "report/ReportOptions.h"

#include <QHash>
#include <QVector>

namespace duibiao {
class Document;
}

namespace duibiao::report {

// Everything a report shows, read from the document once: the analysis input, the gap
// analysis as of the report's day, and the evidence metadata (never the bytes).
// One institution in a panel's comparison: its submission analysed, and the panel's
// opinions on it (by requirement code; "" is the overall opinion).
struct ComparedInstitution
{
    QString fingerprint;
    AnalysisInput input;
    Analysis analysis;
    QHash<QString, std::pair<Rating, QString>> panelOpinions;
};

struct ReportData
{
    ReportOptions options;
    Language language = Language::Chinese;
    QDate date; // the report's date
    AnalysisInput input;
    Analysis analysis;
    QVector<Evidence> evidence;
    QHash<QString, QVector<int>> evidenceByCode; // indexes into `evidence`, by requirement
    QHash<qint64, QString> unitNames;
    QVector<ComparedInstitution> comparison; // the comparison report only

    static Result<ReportData> load(Document& document, const ReportOptions& options, QDate today);

    QString unitName(std::optional<qint64> id) const;
    const Category* category(const QString& code) const;
    // The indicator requirements, in framework order.
    QVector<const RequirementResult*> indicators() const;
};

} // namespace duibiao::report
