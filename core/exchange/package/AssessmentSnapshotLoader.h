#pragma once

#include "exchange/package/AssessmentSnapshot.h"
#include "util/Result.h"

namespace duibiao {

class Document;

// Reads one assessment of a document, with everything a package carries about it, into
// plain values. Reads metadata only: evidence bytes stay in the document. Rows come in a
// fixed order (requirements in framework order, everything else by id), so the same
// document always gives the same assessment.json.
Result<AssessmentSnapshot> loadSnapshot(Document& document, qint64 assessmentId);

} // namespace duibiao
