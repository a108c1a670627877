#include "ImportCommand.h"

#include "Console.h"
#include "VerbParser.h"
#include "exchange/merge/MergePreview.h"
#include "exchange/package/PackageImport.h"
#include "storage/Document.h"

namespace duibiao {

int runImport(const QStringList& arguments)
{
    VerbParser parser(QStringLiteral(
        "Import a review package into a document: a team member's work (merged field by "
        "field against the common base), the panel's opinions, or a whole submission into "
        "an empty document. Shows what will change first; nothing is written with "
        "--dry-run, or when a conflict is left unresolved."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The document."));
    parser.addPositionalArgument(QStringLiteral("PACKAGE"), QStringLiteral("The package (.zip)."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Only show what the import would change."));
    const QCommandLineOption resolve(
        QStringLiteral("resolve"),
        QStringLiteral("Settle every conflict one way: 'here' keeps this document's values, "
                       "'package' takes the package's. Without it, conflicts stop the import "
                       "(the GUI lets you choose one by one)."),
        QStringLiteral("here|package"));
    parser.addOption(dryRun);
    parser.addOption(resolve);
    if (std::optional<int> exit = parser.parseArguments(arguments, 2))
        return *exit;
    const QString path = parser.positionalArguments().at(0);
    const QString packagePath = parser.positionalArguments().at(1);
    const QString resolution = parser.value(resolve);
    if (!resolution.isEmpty() && resolution != QLatin1String("here") &&
        resolution != QLatin1String("package"))
        return console::fail(Error::user(
            QStringLiteral("--resolve must be 'here' or 'package', not '%1'.").arg(resolution)));

    Document::Options options;
    options.access =
        parser.isSet(dryRun) ? Document::Access::ReadOnly : Document::Access::ReadWrite;
    Result<std::unique_ptr<Document>> document = Document::open(path, options);
    if (!document)
        return console::fail(document.error());
    Result<std::unique_ptr<PackageImport>> import = PackageImport::prepare(**document, packagePath);
    if (!import)
        return console::fail(import.error());
    PackageImport& plan = **import;
    const CheckedManifest& manifest = plan.manifest();
    console::out(QStringLiteral("package: %1 (%2 package of %3, %4, made %5)")
                     .arg(packagePath, plan.plan().packageKind, manifest.institution.name,
                          manifest.title, manifest.created.toString(Qt::ISODate)));
    console::out(QStringLiteral("fingerprint: %1").arg(manifest.fingerprint));
    if (!resolution.isEmpty())
        plan.resolveAll(resolution == QLatin1String("package"));
    for (const QString& line : describePlan(plan.plan(), Language::English))
        console::out(line);
    const MergePlan& merge = plan.plan();
    console::out(QStringLiteral("%1 to add, %2 to change, %3 to remove, %4 conflict(s)")
                     .arg(merge.count(ChangeKind::Add))
                     .arg(merge.count(ChangeKind::Update))
                     .arg(merge.count(ChangeKind::Remove))
                     .arg(merge.conflictCount()));
    if (parser.isSet(dryRun)) {
        console::out(QStringLiteral("dry run: nothing was written"));
        return console::Success;
    }
    if (merge.conflictCount() > 0 && resolution.isEmpty())
        return console::fail(Error::user(
            QStringLiteral("%1 conflict(s) need a decision: run again with --resolve here or "
                           "--resolve package, or import in the app to choose one by one. "
                           "Nothing was written.")
                .arg(merge.conflictCount())));
    if (merge.isEmpty()) {
        console::out(QStringLiteral("nothing to import: the document already holds the package"));
        return console::Success;
    }
    if (Status status = plan.apply({}); !status)
        return console::fail(status.error());
    console::out(QStringLiteral("imported into %1").arg(path));
    return console::Success;
}

} // namespace duibiao
