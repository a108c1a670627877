#pragma once

#include "model/Language.h"
#include "util/Result.h"

#include <QCommandLineParser>
#include <QDate>

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

// The value of a --lang option: zh or en; anything else is a user error.
Result<Language> languageOption(const QCommandLineParser& parser, const QCommandLineOption& option);
// The value of a --today option (YYYY-MM-DD), or the current date when it is not given.
Result<QDate> todayOption(const QCommandLineParser& parser, const QCommandLineOption& option);

} // namespace duibiao
