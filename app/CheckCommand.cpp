#include "CheckCommand.h"

#include "Console.h"
#include "DocumentArgument.h"
#include "VerbParser.h"
#include "storage/ConsistencyCheck.h"

namespace duibiao {

int runCheck(const QStringList& arguments)
{
    VerbParser parser(QStringLiteral("Check a document's integrity and consistency. Exit code 0 "
                                     "when sound, 1 when problems are found."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The document."));
    if (std::optional<int> exit = parser.parseArguments(arguments, 1))
        return *exit;
    const QString path = parser.positionalArguments().first();
    Result<std::unique_ptr<Document>> document = openForReading(path);
    if (!document)
        return console::fail(document.error());
    Result<CheckReport> report = ConsistencyCheck::run(**document);
    if (!report)
        return console::fail(report.error());
    for (const QString& fact : report->facts)
        console::out(QStringLiteral("checked: %1").arg(fact));
    if (report->ok()) {
        console::out(QStringLiteral("%1: OK").arg(path));
        return console::Success;
    }
    for (const QString& problem : report->problems)
        console::err(QStringLiteral("problem: %1").arg(problem));
    console::err(QStringLiteral("%1: %2 problem(s) found").arg(path).arg(report->problems.size()));
    return console::UserError;
}

} // namespace duibiao
