#include "FrameworkCommand.h"

#include "Console.h"
#include "DocumentArgument.h"
#include "FrameworkVersions.h"
#include "VerbParser.h"
#include "framework/FrameworkLoader.h"
#include "framework/FrameworkSheet.h"

#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace duibiao {

namespace {

int check(const QString& path)
{
    // A sheet holds no rules, kinds or framework titles: they come from the built-in
    // framework, by requirement code.
    Result<Framework> base = FrameworkLoader::loadBuiltin();
    if (!base)
        return console::fail(base.error());
    Result<QByteArray> json = frameworkJsonFromFile(path, *base);
    if (!json)
        return console::fail(json.error());
    Result<Framework> framework = FrameworkLoader::parse(*json, QFileInfo(path).fileName());
    if (!framework)
        return console::fail(framework.error());
    console::out(QStringLiteral("%1: %2 %3 (%4)")
                     .arg(QFileInfo(path).fileName(), framework->code, framework->version,
                          framework->title.zh));
    for (const Category& category : framework->categories) {
        QStringList codes;
        for (const Requirement& requirement : category.requirements)
            codes.append(requirement.code);
        console::out(QStringLiteral("  %1 %2: %3")
                         .arg(category.code, category.title.zh, codes.join(QStringLiteral(", "))));
    }
    console::out(QStringLiteral("%1 categories, %2 requirements.")
                     .arg(framework->categories.size())
                     .arg(framework->requirementCount()));
    return console::Success;
}

Status writeJson(const QByteArray& json, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return Error::user(QStringLiteral("Cannot write %1 (%2).")
                               .arg(QFileInfo(path).fileName(), file.errorString()));
    return {};
}

} // namespace

int runFramework(const QStringList& arguments)
{
    VerbParser parser(QStringLiteral(
        "Export the framework of a document's current assessment as framework JSON or as a "
        "sheet with one row per requirement (XLSX or CSV), or, with --check, validate a "
        "framework file or sheet and print its summary. A sheet is read against the built-in "
        "framework (with --check) or the current assessment's framework (otherwise): kinds, "
        "rules and sources come from it by requirement code. --add, --list, --diff and --move "
        "work with the framework versions kept in the document."));
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        QStringLiteral("The .json, .xlsx or .csv file to write (replaced when complete)."),
        QStringLiteral("OUT"));
    const QCommandLineOption checkOption(
        QStringLiteral("check"),
        QStringLiteral("FILE is a framework (.json) or sheet (.xlsx, .csv) to validate."));
    const QCommandLineOption addOption(
        QStringLiteral("add"),
        QStringLiteral("Keep the framework file or sheet NEW in the document as a version."),
        QStringLiteral("NEW"));
    const QCommandLineOption noteOption(QStringLiteral("note"),
                                        QStringLiteral("With --add: a note kept with it."),
                                        QStringLiteral("TEXT"));
    const QCommandLineOption listOption(
        QStringLiteral("list"),
        QStringLiteral("List the framework versions of the document; * marks the one in use."));
    const QCommandLineOption diffOption(
        QStringLiteral("diff"),
        QStringLiteral("Show what differs from A to B (the argument after FILE); each is "
                       "code@version or a framework file."),
        QStringLiteral("A"));
    const QCommandLineOption moveOption(
        QStringLiteral("move"),
        QStringLiteral("Move the current assessment to TARGET (code@version or a framework "
                       "file): ratings, narratives, evidence and rectification links go along "
                       "by requirement code; prints what to review."),
        QStringLiteral("TARGET"));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"), QStringLiteral("With --move: print the lists, change nothing."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("--diff, --move: zh (default) or en."),
                                        QStringLiteral("LANG"), QStringLiteral("zh"));
    parser.addOptions({outOption, checkOption, addOption, noteOption, listOption, diffOption,
                       moveOption, dryRunOption, langOption});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("The document, or with --check the framework."));
    // --diff A B: A is the option's value, B a second positional argument.
    const bool diffing = std::any_of(arguments.cbegin(), arguments.cend(), [](const QString& a) {
        return a == QLatin1String("--diff") || a.startsWith(QLatin1String("--diff="));
    });
    if (std::optional<int> exit = parser.parseArguments(arguments, diffing ? 2 : 1))
        return *exit;
    const QString file = parser.positionalArguments().first();
    const Result<Language> language = languageOption(parser, langOption);
    if (!language)
        return console::fail(language.error());

    int modes = 0;
    for (const QCommandLineOption* mode :
         {&outOption, &checkOption, &addOption, &listOption, &diffOption, &moveOption})
        modes += parser.isSet(*mode) ? 1 : 0;
    if (modes > 1)
        return console::fail(Error::user(QStringLiteral(
            "Give one of --out, --check, --add, --list, --diff and --move at a time.")));
    if (parser.isSet(noteOption) && !parser.isSet(addOption))
        return console::fail(Error::user(QStringLiteral("--note goes with --add.")));
    if (parser.isSet(dryRunOption) && !parser.isSet(moveOption))
        return console::fail(Error::user(QStringLiteral("--dry-run goes with --move.")));

    if (parser.isSet(checkOption))
        return check(file);
    if (parser.isSet(addOption))
        return addFrameworkVersion(file, parser.value(addOption), parser.value(noteOption));
    if (parser.isSet(listOption))
        return listFrameworkVersions(file);
    if (parser.isSet(diffOption))
        return diffFrameworkVersions(file, parser.value(diffOption),
                                     parser.positionalArguments().at(1), *language);
    if (parser.isSet(moveOption))
        return moveToFrameworkVersion(file, parser.value(moveOption), parser.isSet(dryRunOption),
                                      *language);

    const QString out = parser.value(outOption);
    if (out.isEmpty())
        return console::fail(
            Error::user(QStringLiteral("framework needs one of --out OUT.json|OUT.xlsx|OUT.csv, "
                                       "--check, --add, --list, --diff or --move.")));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("json") && suffix != QLatin1String("xlsx") &&
        suffix != QLatin1String("csv"))
        return console::fail(Error::user(
            QStringLiteral("--out must end in .json, .xlsx or .csv, not “%1”.").arg(out)));

    Result<std::unique_ptr<Document>> document = openForReading(file);
    if (!document)
        return console::fail(document.error());
    Result<Assessment> assessment = (*document)->assessments().current();
    if (!assessment)
        return console::fail(assessment.error());
    Result<Framework> framework = (*document)->assessments().framework(assessment->id);
    if (!framework)
        return console::fail(framework.error());

    Status written;
    if (suffix == QLatin1String("json"))
        written = writeJson(frameworkToJson(*framework), out);
    else if (suffix == QLatin1String("csv"))
        written = writeCsv(frameworkTable(*framework), out);
    else
        written = writeXlsx({frameworkTable(*framework)}, out);
    if (!written)
        return console::fail(written.error());
    console::out(QStringLiteral("%1 written (%2 %3, %4 requirements).")
                     .arg(out, framework->code, framework->version)
                     .arg(framework->requirementCount()));
    return console::Success;
}

} // namespace duibiao
