#pragma once

#include "util/Result.h"

#include <QStringList>

#include <atomic>

namespace duibiao {

class Database;
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

    // SQLite's quick_check of the given tables and their indexes only (all tables when
    // empty, which also checks the free pages). Returns SQLite's complaints, none when
    // sound. The tables named must exist (they come from the expected schema).
    static Result<QStringList> quickCheck(Database& db, const QStringList& tables = {});
    // The tables small enough to check on every open, however large the document: all
    // but the evidence bytes and the audit trail (Document::open checks these; the full
    // check runs after start-up). Read from the file: call after SchemaGuard passed it.
    static Result<QStringList> tablesCheckedAtOpen(Database& db);
    // A full quick_check of a file through a connection of its own (read-only), so it may
    // run in a background thread while the document is open elsewhere.
    // `cancel`, when set from another thread, stops the check with an error.
    static Result<QStringList> quickCheckFile(const QString& path,
                                              const std::atomic_bool* cancel = nullptr);
};

} // namespace duibiao
