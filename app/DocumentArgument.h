#pragma once

#include "storage/Document.h"

namespace duibiao {

// Opens the FILE argument of a read-only verb: never writes to it, takes no lock.
Result<std::unique_ptr<Document>> openForReading(const QString& path);

} // namespace duibiao
