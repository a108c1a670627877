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

Result<Language> languageOption(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    const QString lang = parser.value(option);
    if (lang == QLatin1String("zh"))
        return Language::Chinese;
    if (lang == QLatin1String("en"))
        return Language::English;
    return Error::user(QStringLiteral("--lang must be zh or en, not “%1”.").arg(lang));
}

Result<QDate> todayOption(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    if (!parser.isSet(option))
        return QDate::currentDate();
    const QDate today = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!today.isValid())
        return Error::user(QStringLiteral("--today must be a date like 2020-11-30."));
    return today;
}

} // namespace duibiao
