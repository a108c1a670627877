#include "DocumentArgument.h"

namespace duibiao {

Result<std::unique_ptr<Document>> openForReading(const QString& path)
{
    Document::Options options;
    options.access = Document::Access::ReadOnly;
    return Document::open(path, options);
}

} // namespace duibiao
