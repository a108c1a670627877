#include "storage/FrameworkChoices.h"

#include "framework/BuiltinFrameworks.h"
#include "framework/FrameworkLoader.h"
#include "storage/Document.h"

#include <QCoreApplication>
#include <QSet>

namespace duibiao {

QString FrameworkChoice::label() const
{
    return QStringLiteral("%1@%2").arg(version.code, version.version);
}

Result<QVector<FrameworkChoice>> availableFrameworks(Document& document)
{
    QVector<FrameworkChoice> choices;
    QSet<QString> seen;
    Result<Assessment> current = document.assessments().current();
    const QString currentLabel =
        current ? QStringLiteral("%1@%2").arg(current->frameworkCode, current->frameworkVersion)
                : QString();

    Result<QVector<FrameworkVersion>> stored = document.frameworks().all();
    if (!stored)
        return stored.error();
    for (const FrameworkVersion& version : *stored) {
        FrameworkChoice choice;
        choice.origin = FrameworkOrigin::Stored;
        choice.version = version;
        Result<QByteArray> json = document.frameworks().json(version.id);
        if (!json)
            return json.error();
        choice.json = *json;
        choice.current = choice.label() == currentLabel;
        seen.insert(choice.label());
        choices.append(choice);
    }

    Result<QVector<Assessment>> assessments = document.assessments().all();
    if (!assessments)
        return assessments.error();
    // The newest assessment first: its snapshot is the one the team works with.
    for (auto it = assessments->crbegin(); it != assessments->crend(); ++it) {
        const Assessment& assessment = *it;
        const QString label =
            QStringLiteral("%1@%2").arg(assessment.frameworkCode, assessment.frameworkVersion);
        if (seen.contains(label))
            continue;
        Result<QByteArray> json = document.assessments().frameworkSnapshot(assessment.id);
        if (!json)
            return json.error();
        Result<Framework> framework = FrameworkLoader::parse(*json, QStringLiteral("snapshot"));
        if (!framework)
            continue; // a damaged snapshot offers nothing to pick; `check` reports it
        FrameworkChoice choice;
        choice.origin = FrameworkOrigin::Assessment;
        choice.assessmentId = assessment.id;
        choice.version.code = framework->code;
        choice.version.version = framework->version;
        choice.version.title = framework->title.zh;
        choice.version.note =
            QCoreApplication::translate("FrameworkChoices", "snapshot of assessment “%1”")
                .arg(assessment.title);
        choice.version.created = assessment.created;
        choice.version.inUse = true;
        choice.json = *json;
        choice.current = label == currentLabel;
        seen.insert(label);
        choices.append(choice);
    }

    for (const BuiltinFramework& builtin : builtinFrameworks()) {
        Result<QByteArray> builtinJson = readBuiltinFramework(builtin);
        if (!builtinJson)
            return builtinJson.error();
        Result<Framework> framework = FrameworkLoader::parse(*builtinJson, builtin.fileName);
        if (!framework)
            return framework.error();
        FrameworkChoice choice;
        choice.origin = FrameworkOrigin::Builtin;
        choice.version.code = framework->code;
        choice.version.version = framework->version;
        choice.version.title = framework->title.zh;
        choice.version.note = QCoreApplication::translate("FrameworkChoices", "built into Duibiao");
        choice.json = *builtinJson;
        if (!seen.contains(choice.label())) {
            choice.current = choice.label() == currentLabel;
            seen.insert(choice.label());
            choices.append(choice);
        }
    }
    return choices;
}

Result<FrameworkChoice> findFramework(Document& document, const QString& codeAtVersion)
{
    Result<QVector<FrameworkChoice>> choices = availableFrameworks(document);
    if (!choices)
        return choices.error();
    QStringList labels;
    for (const FrameworkChoice& choice : *choices) {
        if (choice.label() == codeAtVersion.trimmed())
            return choice;
        labels.append(choice.label());
    }
    return Error::user(QCoreApplication::translate("FrameworkChoices",
                                                   "The document offers no framework %1; "
                                                   "it has %2.")
                           .arg(codeAtVersion, labels.join(QStringLiteral(", "))));
}

} // namespace duibiao
