#pragma once

#include <QCommandLineParser>

#include <optional>

namespace duibiao {

// A QCommandLineParser for one verb: --help prints the verb's usage; an unknown option
// or a missing argument is a user error (exit 1) with QCommandLineParser's message.
class VerbParser : public QCommandLineParser
{
public:
    explicit VerbParser(const QString& description);
    // The exit code to return now (help shown, or bad arguments), or none to go on.
    std::optional<int> parseArguments(const QStringList& arguments, int expectedPositional);
};

} // namespace duibiao
