#pragma once

#include "util/Result.h"

namespace duibiao {

class Database;

// A .duibiao file may come from elsewhere (a colleague, a mail attachment) and may carry
// objects Duibiao never made: a trigger that fires on our own writes, a view, an extra
// table or an altered CREATE statement (a dropped CHECK). Before anything reads the data,
// the file's schema is compared with the one the migration ladder builds for the file's
// schema version; anything unknown or altered refuses the file.
class SchemaGuard
{
public:
    // `path` names the file in the message. `userVersion` is the file's schema version.
    static Status check(Database& db, const QString& path, int userVersion);
};

} // namespace duibiao
