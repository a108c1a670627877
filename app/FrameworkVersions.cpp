#include "FrameworkVersions.h"

#include "Console.h"
#include "DocumentArgument.h"
#include "framework/FrameworkDiff.h"
#include "framework/FrameworkLoader.h"
#include "framework/FrameworkSheet.h"
#include "storage/FrameworkChoices.h"
#include "storage/FrameworkMove.h"

#include <QFileInfo>

namespace duibiao {

namespace {

Result<std::unique_ptr<Document>> openForWriting(const QString& path)
{
    Document::Options options;
    options.access = Document::Access::ReadWrite;
    // Whoever runs the command is who changed the document, in the audit trail.
    options.userName = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return Document::open(path, options);
}

bool looksLikeFile(const QString& spec)
{
    const QString suffix = QFileInfo(spec).suffix().toLower();
    return QFileInfo::exists(spec) || suffix == QLatin1String("json") ||
           suffix == QLatin1String("xlsx") || suffix == QLatin1String("csv");
}

// A framework file or sheet; a sheet holds no rules or kinds, so it is read against the
// framework of the document's current assessment.
Result<QByteArray> jsonFromFile(Document& document, const QString& path)
{
    Result<Assessment> current = document.assessments().current();
    if (!current)
        return current.error();
    Result<Framework> base = document.assessments().framework(current->id);
    if (!base)
        return base.error();
    return frameworkJsonFromFile(path, *base);
}

// "code@version" among the document's versions, or a framework file or sheet.
Result<QByteArray> resolve(Document& document, const QString& spec)
{
    if (looksLikeFile(spec))
        return jsonFromFile(document, spec);
    if (!spec.contains(QLatin1Char('@')))
        return Error::user(
            QStringLiteral("“%1” is neither code@version nor a framework file (.json, .xlsx, "
                           ".csv).")
                .arg(spec));
    Result<FrameworkChoice> choice = findFramework(document, spec);
    if (!choice)
        return choice.error();
    return choice->json;
}

QString originText(const FrameworkChoice& choice)
{
    switch (choice.origin) {
    case FrameworkOrigin::Stored:
        return choice.version.note.isEmpty()
                   ? QStringLiteral("kept in the document, added %1")
                         .arg(choice.version.created.toString(Qt::ISODate))
                   : QStringLiteral("kept in the document, added %1: %2")
                         .arg(choice.version.created.toString(Qt::ISODate), choice.version.note);
    case FrameworkOrigin::Assessment:
    case FrameworkOrigin::Builtin:
        return choice.version.note;
    }
    return {};
}

} // namespace

int addFrameworkVersion(const QString& documentPath, const QString& file, const QString& note)
{
    Result<std::unique_ptr<Document>> document = openForWriting(documentPath);
    if (!document)
        return console::fail(document.error());
    Result<QByteArray> json = jsonFromFile(**document, file);
    if (!json)
        return console::fail(json.error());
    Result<Framework> framework = FrameworkLoader::parse(*json, QFileInfo(file).fileName());
    if (!framework)
        return console::fail(framework.error());
    Result<std::optional<qint64>> existing =
        (*document)->frameworks().find(framework->code, framework->version);
    if (!existing)
        return console::fail(existing.error());
    Result<qint64> id = (*document)->frameworks().add(*json, note);
    if (!id)
        return console::fail(
            Error{QStringLiteral("%1: %2").arg(QFileInfo(file).fileName(), id.error().message),
                  id.error().kind});
    console::out(QStringLiteral("%1@%2 (%3) %4.")
                     .arg(framework->code, framework->version, framework->title.zh,
                          *existing ? QStringLiteral("is already in the document, unchanged")
                                    : QStringLiteral("added to the document")));
    return console::Success;
}

int listFrameworkVersions(const QString& documentPath)
{
    Result<std::unique_ptr<Document>> document = openForReading(documentPath);
    if (!document)
        return console::fail(document.error());
    Result<QVector<FrameworkChoice>> choices = availableFrameworks(**document);
    if (!choices)
        return console::fail(choices.error());
    for (const FrameworkChoice& choice : *choices) {
        console::out(QStringLiteral("%1 %2  %3  (%4%5)")
                         .arg(choice.current ? QStringLiteral("*") : QStringLiteral(" "),
                              choice.label(), choice.version.title, originText(choice),
                              choice.version.inUse ? QStringLiteral("; in use") : QString()));
    }
    console::out(QStringLiteral("(* the framework of the current assessment)"));
    return console::Success;
}

int diffFrameworkVersions(const QString& documentPath, const QString& from, const QString& to,
                          Language language)
{
    Result<std::unique_ptr<Document>> document = openForReading(documentPath);
    if (!document)
        return console::fail(document.error());
    Framework frameworks[2];
    const QString specs[2] = {from, to};
    for (int i = 0; i < 2; ++i) {
        Result<QByteArray> json = resolve(**document, specs[i]);
        if (!json)
            return console::fail(json.error());
        Result<Framework> framework = FrameworkLoader::parse(*json, specs[i]);
        if (!framework)
            return console::fail(framework.error());
        frameworks[i] = std::move(*framework);
    }
    const FrameworkDiff diff = diffFrameworks(frameworks[0], frameworks[1]);
    console::out(QStringLiteral("%1@%2 → %3@%4")
                     .arg(diff.fromCode, diff.fromVersion, diff.toCode, diff.toVersion));
    const QStringList lines = describeDiff(diff, language);
    for (const QString& line : lines)
        console::out(QStringLiteral("  ") + line);
    console::out(QStringLiteral("%6 renamed, %1 added, %2 removed, %3 reworded, %4 changed, "
                                "%5 moved.")
                     .arg(diff.codes(RequirementDiff::Kind::Added).size())
                     .arg(diff.codes(RequirementDiff::Kind::Removed).size())
                     .arg(diff.codes(RequirementDiff::Kind::Reworded).size())
                     .arg(diff.codes(RequirementDiff::Kind::Changed).size())
                     .arg(diff.codes(RequirementDiff::Kind::Moved).size())
                     .arg(diff.codes(RequirementDiff::Kind::Renamed).size()));
    return console::Success;
}

int moveToFrameworkVersion(const QString& documentPath, const QString& target, bool dryRun,
                           Language language)
{
    Result<std::unique_ptr<Document>> document =
        dryRun ? openForReading(documentPath) : openForWriting(documentPath);
    if (!document)
        return console::fail(document.error());
    Result<QByteArray> json = resolve(**document, target);
    if (!json)
        return console::fail(json.error());
    Result<Assessment> current = (*document)->assessments().current();
    if (!current)
        return console::fail(current.error());
    Result<MovePlan> plan = planMove(**document, current->id, *json);
    if (!plan)
        return console::fail(plan.error());
    if (plan->targetJson == plan->fromJson)
        return console::fail(
            Error::user(QStringLiteral("Assessment “%1” is already on %2@%3; nothing to move.")
                            .arg(current->title, plan->diff.toCode, plan->diff.toVersion)));
    for (const QString& line : describeMovePlan(*plan, language))
        console::out(line);
    if (dryRun) {
        console::out(QStringLiteral("Dry run: nothing was changed."));
        return console::Success;
    }
    if (Status moved = applyMove(**document, current->id, *plan); !moved)
        return console::fail(moved.error());
    console::out(QStringLiteral("Assessment “%1” moved to %2@%3.")
                     .arg(current->title, plan->diff.toCode, plan->diff.toVersion));
    return console::Success;
}

} // namespace duibiao
