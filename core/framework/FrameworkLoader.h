#pragma once

#include "model/Framework.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace duibiao {

// Reads framework JSON (docs/formats/framework.md) and validates every entry. A failure
// names the file, the JSON path and the problem, one line per problem found.
class FrameworkLoader
{
public:
    // Version 2 adds scoring, veto, total and passMark; version 1 files load as before.
    static constexpr int supportedFormatVersion = 2;

    static Result<Framework> loadFile(const QString& path);
    // `sourceName` is what messages call the input (a file name, "snapshot", …).
    static Result<Framework> parse(const QByteArray& json, const QString& sourceName);
    // Whether `code` is a valid category or requirement code (a letter, then up to 15
    // letters, digits, _ . -); for readers that check codes before building JSON.
    static bool isValidCode(const QString& code);

    // The reference framework built into the app.
    static QString builtinPath();
    static Result<Framework> loadBuiltin();
};

} // namespace duibiao
