#pragma once

#include "util/Result.h"

#include <QStringList>

namespace duibiao {

class Database;

// The document schema as a ladder of migrations on PRAGMA user_version (after qTox):
// step N takes a document from version N-1 to N in one transaction ending in the version
// bump. A new document climbs the whole ladder, so old and new documents end up with the
// very same schema. Never edit a released step; add a new one.
class Schema
{
public:
    // "DUIB": marks a SQLite file as a Duibiao document.
    static constexpr int applicationId = 0x44554942;
    static int currentVersion();

    // The SQL of one step (1-based), for tests that rebuild an old schema.
    static QStringList migrationStep(int toVersion);

    // Migrates from the document's version to the current one. A step that fails rolls
    // back alone and leaves the document at the version before it.
    static Status migrate(Database& db);
    // Runs the steps up to `targetVersion` only (tests, and the frozen-schema fixtures).
    static Status migrateTo(Database& db, int targetVersion);
};

} // namespace duibiao
