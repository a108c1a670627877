#pragma once

#include "util/Result.h"

#include <QStringList>

namespace duibiao {

class Document;

// What `duibiao check` reports: SQLite's own integrity check, foreign keys, and the
// document's invariants (framework snapshots that load, one rating row per requirement,
// evidence bytes that match their size and SHA-256, links to known requirements).
struct CheckReport
{
    QStringList problems;
    QStringList facts; // what was checked, for the report
    bool ok() const { return problems.isEmpty(); }
};

class ConsistencyCheck
{
public:
    // Reads every evidence chunk (streamed); meant for the explicit check only.
    static Result<CheckReport> run(Document& document);
};

} // namespace duibiao
