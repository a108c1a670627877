#pragma once

#include "analysis/Analysis.h"
#include "storage/Document.h"

namespace duibiao {

// Opens the FILE argument of a read-only verb: never writes to it, takes no lock.
Result<std::unique_ptr<Document>> openForReading(const QString& path);

// The FILE argument's analysis input and its gap analysis as of `today`, read-only.
struct AnalysedDocument
{
    AnalysisInput input;
    Analysis analysis;
};
Result<AnalysedDocument> analyseForReading(const QString& path, QDate today, Language language);

} // namespace duibiao
