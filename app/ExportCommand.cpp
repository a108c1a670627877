#include "ExportCommand.h"

#include "Console.h"
#include "DocumentArgument.h"
#include "VerbParser.h"
#include "exchange/package/PackageExporter.h"
#include "storage/Document.h"

namespace duibiao {

namespace {

Result<QVector<qint64>> unitIdsFrom(const QString& text)
{
    QVector<qint64> ids;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return Error::user(
                QStringLiteral("--units takes unit ids separated by commas (3,5), not “%1”.")
                    .arg(part));
        ids.append(id);
    }
    return ids;
}

// Read-only unless the export freezes the assessment.
Result<std::unique_ptr<Document>> openDocument(const QString& path, bool forWriting)
{
    if (!forWriting)
        return openForReading(path);
    Document::Options options;
    options.access = Document::Access::ReadWrite;
    // Whoever runs the command is who submitted, in the audit trail.
    options.userName = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return Document::open(path, options);
}

} // namespace

int runExport(const QStringList& arguments)
{
    VerbParser parser(QStringLiteral(
        "Write a review package (docs/formats/package.md): the submission for the regional "
        "panel (marks the assessment submitted), a team member's part for the coordinator, or "
        "the panel's opinions for the institution."));
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        QStringLiteral("The package to write (.zip); it appears only when complete."),
        QStringLiteral("PACKAGE"));
    const QCommandLineOption kindOption(QStringLiteral("kind"),
                                        QStringLiteral("submission (default), team or opinions."),
                                        QStringLiteral("KIND"), QStringLiteral("submission"));
    const QCommandLineOption categoriesOption(
        QStringLiteral("categories"),
        QStringLiteral("Team packages: framework categories, e.g. L,T (default: all)."),
        QStringLiteral("CODES"));
    const QCommandLineOption unitsOption(
        QStringLiteral("units"),
        QStringLiteral("Team packages: unit ids, e.g. 3,5 (default: all)."), QStringLiteral("IDS"));
    const QCommandLineOption noFreezeOption(
        QStringLiteral("no-freeze"),
        QStringLiteral("Submission: write the package but leave the assessment a draft."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Report language: zh (default) or en."),
                                        QStringLiteral("LANG"), QStringLiteral("zh"));
    const QCommandLineOption todayOption_(
        QStringLiteral("today"),
        QStringLiteral("Date the report and judge overdue items as of this day (YYYY-MM-DD)."),
        QStringLiteral("DATE"));
    parser.addOptions({outOption, kindOption, categoriesOption, unitsOption, noFreezeOption,
                       langOption, todayOption_});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The document."));
    if (std::optional<int> exit = parser.parseArguments(arguments, 1))
        return *exit;

    const QString out = parser.value(outOption);
    if (out.isEmpty())
        return console::fail(Error::user(QStringLiteral("export needs --out PACKAGE.zip.")));
    const std::optional<PackageKind> kind = packageKindFromKey(parser.value(kindOption));
    if (!kind)
        return console::fail(
            Error::user(QStringLiteral("--kind must be submission, team or opinions, not “%1”.")
                            .arg(parser.value(kindOption))));
    PackageExportOptions options;
    options.kind = *kind;
    if (*kind != PackageKind::Team && (parser.isSet(categoriesOption) || parser.isSet(unitsOption)))
        return console::fail(
            Error::user(QStringLiteral("--categories and --units are for --kind team.")));
    if (parser.isSet(noFreezeOption) && *kind != PackageKind::Submission)
        return console::fail(Error::user(
            QStringLiteral("--no-freeze is for submissions; other packages never freeze.")));
    options.freeze = !parser.isSet(noFreezeOption);
    for (const QString& code :
         parser.value(categoriesOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.categories.append(code.trimmed());
    Result<QVector<qint64>> units = unitIdsFrom(parser.value(unitsOption));
    if (!units)
        return console::fail(units.error());
    options.unitIds = *units;
    const Result<Language> language = languageOption(parser, langOption);
    if (!language)
        return console::fail(language.error());
    options.language = *language;
    if (parser.isSet(todayOption_)) {
        const Result<QDate> today = todayOption(parser, todayOption_);
        if (!today)
            return console::fail(today.error());
        options.today = *today;
    }

    const bool freezes = *kind == PackageKind::Submission && options.freeze;
    Result<std::unique_ptr<Document>> document =
        openDocument(parser.positionalArguments().first(), freezes);
    if (!document)
        return console::fail(document.error());
    Result<PackageExportResult> exported = PackageExporter::exportPackage(**document, out, options);
    if (!exported)
        return console::fail(exported.error());

    const PackageManifest& manifest = exported->manifest;
    int evidence = 0;
    qint64 evidenceBytes = 0;
    QStringList named;
    for (const PackageEntry& entry : manifest.content + manifest.reports) {
        if (entry.name.startsWith(QLatin1String("evidence/"))) {
            ++evidence;
            evidenceBytes += entry.size;
        } else {
            named.append(entry.name);
        }
    }
    console::out(QStringLiteral("%1 written: %2 package, %3 entries, %4.")
                     .arg(out, packageKindKey(*kind))
                     .arg(exported->entryCount)
                     .arg(formatByteSize(exported->packageSize)));
    console::out(QStringLiteral("  manifest.json, %1 and %2 evidence files (%3)")
                     .arg(named.join(QStringLiteral(", ")))
                     .arg(evidence)
                     .arg(formatByteSize(evidenceBytes)));
    console::out(QStringLiteral("Fingerprint: %1 (%2)")
                     .arg(manifest.fingerprint, shortFingerprint(manifest.fingerprint)));
    if (exported->froze)
        console::out(QStringLiteral("The assessment is now marked submitted; editing it needs an "
                                    "explicit reopen (File → Reopen Assessment…)."));
    return console::Success;
}

} // namespace duibiao
