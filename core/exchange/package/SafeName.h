#pragma once

#include <QString>

namespace duibiao {

// An evidence file's name made safe for a ZIP entry on every system (package format,
// "Entry names"): letters of any script, digits, ". - _ ( )" and space are kept, anything
// else becomes "_"; at most 80 characters; never starting with "." (no hidden files, no
// ".."); an empty result becomes "file".
QString safeEvidenceName(const QString& name);

// "evidence/000012-名单.pdf": where a package keeps the bytes of evidence file `id`.
QString evidenceEntryName(qint64 id, const QString& name);

} // namespace duibiao
