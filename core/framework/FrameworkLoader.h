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
    static constexpr int supportedFormatVersion = 1;

    static Result<Framework> loadFile(const QString& path);
    // `sourceName` is what messages call the input (a file name, "snapshot", …).
    static Result<Framework> parse(const QByteArray& json, const QString& sourceName);

    // The reference framework built into the app.
    static QString builtinPath();
    static Result<Framework> loadBuiltin();
};

} // namespace duibiao
