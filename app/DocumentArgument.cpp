#include "DocumentArgument.h"

namespace duibiao {

Result<std::unique_ptr<Document>> openForReading(const QString& path)
{
    Document::Options options;
    options.access = Document::Access::ReadOnly;
    return Document::open(path, options);
}

Result<AnalysedDocument> analyseForReading(const QString& path, QDate today, Language language)
{
    Result<std::unique_ptr<Document>> document = openForReading(path);
    if (!document)
        return document.error();
    Result<AnalysisInput> input = AnalysisInput::load(**document);
    if (!input)
        return input.error();
    AnalysedDocument analysed{std::move(*input), {}};
    analysed.analysis = analyze(analysed.input, today, language);
    return analysed;
}

} // namespace duibiao
