#include "CommandLine.h"

#include "CheckCommand.h"
#include "Console.h"
#include "DemoCommand.h"
#include "ExportCommand.h"
#include "FrameworkCommand.h"
#include "ImportCommand.h"
#include "NewCommand.h"
#include "ReportCommand.h"
#include "SummaryCommand.h"
#include "TableCommand.h"

#include <QCoreApplication>

namespace duibiao {

namespace {

struct Verb
{
    const char* name;
    const char* summary;
    int (*run)(const QStringList& arguments);
};

const Verb verbs[] = {
    {"new", "new FILE [--framework CODE|FILE] [--institution NAME]  create an empty document",
     &runNew},
    {"demo", "demo --out FILE [--size small|large]   create a realistic demo document", &runDemo},
    {"summary", "summary FILE [--json] [--lang zh|en]  gap analysis: scores, gaps, readiness",
     &runSummary},
    {"report",
     "report FILE --kind KIND --out OUT      report (self|gaps|ledger|units|comparison) to PDF/ODT",
     &runReport},
    {"export",
     "export FILE --out PACKAGE.zip          review package (--kind submission|team|opinions)",
     &runExport},
    {"import", "import FILE PACKAGE [--dry-run] [--resolve here|package]  merge a package",
     &runImport},
    {"table", "table FILE --kind KIND --out OUT       table (scores|units|ledger) to XLSX or CSV",
     &runTable},
    {"framework",
     "framework FILE --out OUT               the assessment's framework to JSON, XLSX or CSV; "
     "framework --check FILE validates a framework file or sheet; "
     "framework FILE --add NEW|--list|--diff A B|--move VERSION [--dry-run] "
     "framework versions kept in the document",
     &runFramework},
    {"check", "check FILE                             integrity and consistency check", &runCheck},
};

QString usage()
{
    QString text = QStringLiteral(
        "Usage: duibiao [FILE]          open the app (the default document when no FILE)\n"
        "       duibiao VERB [options]\n\nVerbs:\n");
    for (const Verb& verb : verbs)
        text += QStringLiteral("  duibiao %1\n").arg(QLatin1String(verb.summary));
    text += QStringLiteral(
        "\nExit codes: 0 success, 1 wrong input (the message says what), 2 internal error.\n"
        "Run \"duibiao VERB --help\" for the options of a verb.");
    return text;
}

} // namespace

bool CommandLine::isCommand(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString& first = arguments.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("--version") || first == QLatin1String("-v") ||
        first == QLatin1String("help"))
        return true;
    for (const Verb& verb : verbs) {
        if (first == QLatin1String(verb.name))
            return true;
    }
    return false;
}

int CommandLine::run(const QStringList& arguments)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        console::out(QStringLiteral("duibiao %1").arg(QCoreApplication::applicationVersion()));
        return console::Success;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        console::out(usage());
        return console::Success;
    }
    for (const Verb& verb : verbs) {
        if (first == QLatin1String(verb.name)) {
            // The verb's own parser sees "duibiao VERB …" as its program and arguments.
            QStringList verbArguments = arguments.mid(1);
            verbArguments[0] = QStringLiteral("duibiao ") + first;
            return verb.run(verbArguments);
        }
    }
    console::err(usage());
    return console::UserError;
}

} // namespace duibiao
