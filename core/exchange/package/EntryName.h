#pragma once

#include <QByteArray>
#include <QString>

namespace duibiao {

// The rules for the name of an entry in a review package (docs/formats/package.md):
// relative, "/" separators, no "." or ".." segment, no empty segment, no backslash, no
// drive letter, valid UTF-8 without control or invisible characters, at most 255 bytes.
// A name that passes can be joined to a folder without leaving it, on every system we
// support, and reads the same to a person as to the program.
class EntryName
{
public:
    static constexpr int maxBytes = 255;

    // Empty when `raw` (the bytes of the name as stored in the ZIP) is acceptable,
    // otherwise the problem in a few words ("the name is an absolute path").
    // A trailing "/" (a folder entry) is allowed only when `folder` is true.
    static QString problem(const QByteArray& raw, bool folder = false);

    // The name as it can be shown in a message: invalid UTF-8 and control or invisible
    // characters appear as escapes (\xFF, <U+202E>), so a message cannot be forged or
    // garbled by the name it quotes. Long names are shortened in the middle.
    static QString printable(const QByteArray& raw);

    // The form two names are compared in to find duplicates a file system might merge:
    // Unicode normalisation form C.
    static QString comparisonKey(const QString& name);
};

} // namespace duibiao
