#include "storage/DocumentSetup.h"

#include "framework/BuiltinFrameworks.h"
#include "framework/FrameworkLoader.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>

namespace duibiao {

Result<std::unique_ptr<Document>> createDocument(const QString& path, const NewDocumentSpec& spec,
                                                 const Document::Options& options)
{
    QByteArray json = spec.frameworkJson;
    if (json.isEmpty()) {
        Result<QByteArray> builtin = readBuiltinFramework(builtinFrameworks().constFirst());
        if (!builtin)
            return builtin.error();
        json = *builtin;
    }
    Result<std::unique_ptr<Document>> created = Document::create(path, options);
    if (!created)
        return created;
    Document& document = **created;
    Transaction transaction(document.context().db);
    Status status = transaction.started();
    if (status)
        status = document.institution().save(spec.institution);
    if (status) {
        Unit school;
        school.name = spec.institution.committee.isEmpty() ? QStringLiteral("校关工委")
                                                           : spec.institution.committee;
        school.kind = UnitKind::School;
        Result<qint64> added = document.units().add(school);
        if (!added)
            status = added.error();
    }
    if (status) {
        Result<qint64> assessment = document.assessments().create(spec.assessment, json);
        if (!assessment)
            status = assessment.error();
    }
    if (status)
        status = transaction.commit();
    if (!status) {
        created->reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return status.error();
    }
    return created;
}

NewDocumentSpec defaultDocumentSpec()
{
    NewDocumentSpec spec;
    spec.institution.name = QStringLiteral("(学校名称)");
    spec.institution.committee = QStringLiteral("校关工委");
    spec.assessment.title = QStringLiteral("关工委优质化建设自我评估");
    spec.assessment.year = 2020;
    return spec;
}

NewDocumentSpec documentSpecFor(const QByteArray& frameworkJson, const Framework& framework,
                                const QString& institutionName)
{
    NewDocumentSpec spec = defaultDocumentSpec();
    if (!institutionName.trimmed().isEmpty())
        spec.institution.name = institutionName.trimmed();
    // The default document's title names the provincial standard's work; any other
    // framework's assessment is named after that framework.
    const Result<Framework> standard = FrameworkLoader::loadBuiltin();
    if (!standard || framework.code != standard->code)
        spec.assessment.title = framework.title.zh + QStringLiteral(" 自评");
    spec.frameworkJson = frameworkJson;
    return spec;
}

} // namespace duibiao
