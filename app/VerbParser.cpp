#include "VerbParser.h"

#include "Console.h"

namespace duibiao {

VerbParser::VerbParser(const QString& description)
{
    setApplicationDescription(description);
    addHelpOption();
}

std::optional<int> VerbParser::parseArguments(const QStringList& arguments, int expectedPositional)
{
    if (!parse(arguments)) {
        console::err(QStringLiteral("duibiao: ") + errorText());
        console::err(helpText());
        return console::UserError;
    }
    if (isSet(QStringLiteral("help"))) {
        console::out(helpText());
        return console::Success;
    }
    if (positionalArguments().size() != expectedPositional) {
        console::err(QStringLiteral("duibiao: expected %1 file argument(s), got %2.")
                         .arg(expectedPositional)
                         .arg(positionalArguments().size()));
        console::err(helpText());
        return console::UserError;
    }
    return std::nullopt;
}

} // namespace duibiao
