#include "NewCommand.h"

#include "Console.h"
#include "VerbParser.h"
#include "framework/BuiltinFrameworks.h"
#include "framework/FrameworkLoader.h"
#include "storage/DocumentSetup.h"

#include <QFile>
#include <QFileInfo>

namespace duibiao {

namespace {

struct ChosenFramework
{
    Framework framework;
    QByteArray json;
};

// A built-in framework by its code, or a framework JSON file (validated in full).
Result<ChosenFramework> chooseFramework(const QString& choice)
{
    QStringList codes;
    for (const BuiltinFramework& builtin : builtinFrameworks()) {
        Result<QByteArray> json = readBuiltinFramework(builtin);
        if (!json)
            return json.error();
        Result<Framework> framework = FrameworkLoader::parse(*json, builtin.fileName);
        if (!framework)
            return framework.error();
        if (choice.isEmpty() || framework->code == choice)
            return ChosenFramework{*framework, *json};
        codes.append(framework->code);
    }
    if (!QFileInfo(choice).isFile())
        return Error::user(QStringLiteral("--framework: “%1” is neither a built-in framework (%2) "
                                          "nor a framework file.")
                               .arg(choice, codes.join(QStringLiteral(", "))));
    QFile file(choice);
    if (!file.open(QIODevice::ReadOnly))
        return Error::user(QStringLiteral("Cannot read %1 (%2).").arg(choice, file.errorString()));
    // The loader caps what it reads; a framework file is small.
    Result<Framework> framework = FrameworkLoader::loadFile(choice);
    if (!framework)
        return framework.error();
    return ChosenFramework{*framework, file.readAll()};
}

} // namespace

int runNew(const QStringList& arguments)
{
    VerbParser parser(QStringLiteral(
        "Create an empty document: the institution, its school unit and a first assessment on "
        "a framework (the built-in provincial requirements unless --framework names another)."));
    const QCommandLineOption frameworkOption(
        QStringLiteral("framework"),
        QStringLiteral("A built-in framework's code (jiangsu-ggw-2019, college-ggw-2020) or a "
                       "framework JSON file."),
        QStringLiteral("FRAMEWORK"));
    const QCommandLineOption institutionOption(QStringLiteral("institution"),
                                               QStringLiteral("The institution's name."),
                                               QStringLiteral("NAME"));
    parser.addOptions({frameworkOption, institutionOption});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("The document to create (.duibiao)."));
    if (std::optional<int> exit = parser.parseArguments(arguments, 1))
        return *exit;
    const QString out = parser.positionalArguments().first();
    if (QFileInfo::exists(out))
        return console::fail(
            Error::user(QStringLiteral("%1 already exists; it was not overwritten.").arg(out)));
    Result<ChosenFramework> chosen = chooseFramework(parser.value(frameworkOption));
    if (!chosen)
        return console::fail(chosen.error());

    Document::Options options;
    Result<std::unique_ptr<Document>> document = createDocument(
        out, documentSpecFor(chosen->json, chosen->framework, parser.value(institutionOption)),
        options);
    if (!document)
        return console::fail(document.error());
    console::out(QStringLiteral("Created %1 on %2 %3 (%4 requirements).")
                     .arg(out, chosen->framework.code, chosen->framework.version)
                     .arg(chosen->framework.requirementCount()));
    return console::Success;
}

} // namespace duibiao
