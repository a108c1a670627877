#pragma once

#include "util/Result.h"

#include <QString>

namespace duibiao {

class Document;

// Makes a team member's copy of the document: a consistent copy that remembers, as its
// "team_base", the assessment as it was handed out. The member's team package carries
// that base, so the coordinator's import can tell which side changed what.
Status forkForTeamMember(Document& source, const QString& targetPath);

} // namespace duibiao
