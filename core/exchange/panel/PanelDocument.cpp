#include "exchange/panel/PanelDocument.h"

#include "analysis/Analysis.h"
#include "exchange/package/AssessmentJson.h"
#include "exchange/package/PackageExporter.h"
#include "framework/FrameworkLoader.h"
#include "report/Report.h"
#include "report/ReportData.h"
#include "storage/DocumentSetup.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

#include <algorithm>

namespace duibiao {
namespace {

// The messages of this file belong to the "Panel" translation context; the macro names it
// both for the run-time lookup and for lupdate, which files a bare helper Text::tr() under
// the enclosing class or namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Panel)
};

// A submission's assessment.json, read back (it was checked when the package was added).
Result<AssessmentSnapshot> snapshotOf(const Submission& submission)
{
    return snapshotFromJson(submission.assessmentJson,
                            Text::tr("submission of %1").arg(submission.institution));
}

} // namespace

Result<std::unique_ptr<Document>> createPanelDocument(const QString& path, const QString& panelName,
                                                      const QString& region,
                                                      const Document::Options& options)
{
    NewDocumentSpec spec = defaultDocumentSpec();
    spec.institution.name = panelName;
    spec.institution.committee = panelName;
    spec.institution.region = region;
    spec.assessment.title = Text::tr("Review of the institutions of %1").arg(region);
    Result<std::unique_ptr<Document>> document = createDocument(path, spec, options);
    if (!document)
        return document.error();
    if (Status status = (*document)->meta().setKind(DocumentKind::Panel); !status)
        return status.error();
    return document;
}

Result<bool> isPanelDocument(Document& document)
{
    Result<DocumentKind> kind = document.meta().kind();
    if (!kind)
        return kind.error();
    return *kind == DocumentKind::Panel;
}

Result<qint64> addSubmission(Document& panel, const QString& packagePath,
                             const PackageReader::Progress& progress,
                             const std::atomic_bool* cancel)
{
    Result<bool> isPanel = isPanelDocument(panel);
    if (!isPanel)
        return isPanel.error();
    if (!*isPanel)
        return Error::user(
            Text::tr("Institutions' packages are added to a panel document; this "
                     "document is an institution's own (use Import Package instead)."));
    Result<std::unique_ptr<PackageReader>> opened = PackageReader::open(packagePath);
    if (!opened)
        return opened.error();
    PackageReader& reader = **opened;
    if (reader.manifest().kind != CheckedManifest::Kind::Submission)
        return Error::user(Text::tr("%1: this is not a submission package; a panel compares the "
                                    "packages institutions submit.")
                               .arg(reader.packageName()));
    if (Status verified = reader.verifyAll(progress, cancel); !verified)
        return verified.error();
    const QString entry = QStringLiteral("assessment.json");
    Result<QByteArray> json = reader.readVerified(entry);
    if (!json)
        return json.error();
    Result<AssessmentSnapshot> snapshot =
        snapshotFromJson(*json, reader.packageName() + QStringLiteral(": ") + entry);
    if (!snapshot)
        return snapshot.error();
    if (Result<Framework> framework =
            FrameworkLoader::parse(snapshot->frameworkJson, reader.packageName());
        !framework)
        return framework.error();
    Submission submission;
    submission.institution = snapshot->institution.name;
    submission.region = snapshot->institution.region;
    submission.title = snapshot->assessment.title;
    submission.fingerprint = reader.manifest().fingerprint;
    submission.manifestJson = reader.manifestJson();
    submission.assessmentJson = *json;
    return panel.submissions().add(submission);
}

Result<AnalysisInput> analysisInputOf(const AssessmentSnapshot& snapshot)
{
    AnalysisInput input;
    Result<Framework> framework =
        FrameworkLoader::parse(snapshot.frameworkJson, QStringLiteral("assessment.json"));
    if (!framework)
        return framework.error();
    input.framework = std::move(*framework);
    input.institution = snapshot.institution;
    input.assessment = snapshot.assessment;
    input.ratings = snapshot.requirements;
    input.units = snapshot.units;
    for (const UnitFigures& figures : snapshot.figures) {
        if (figures.year == snapshot.assessment.year)
            input.figures.append(figures);
    }
    input.platforms = snapshot.platforms;
    input.items = snapshot.rectification;
    for (const Evidence& evidence : snapshot.evidence) {
        if (!evidence.requirementCode.isEmpty())
            ++input.evidenceCount[evidence.requirementCode];
    }
    return input;
}

Result<QVector<ComparedSubmission>> compareSubmissions(Document& panel, QDate today)
{
    Result<QVector<Submission>> submissions = panel.submissions().list();
    if (!submissions)
        return submissions.error();
    QVector<ComparedSubmission> compared;
    for (const Submission& listed : *submissions) {
        Result<Submission> submission = panel.submissions().get(listed.id);
        if (!submission)
            return submission.error();
        Result<AssessmentSnapshot> snapshot = snapshotOf(*submission);
        if (!snapshot)
            return snapshot.error();
        Result<AnalysisInput> input = analysisInputOf(*snapshot);
        if (!input)
            return input.error();
        ComparedSubmission entry;
        entry.submissionId = listed.id;
        entry.fingerprint = listed.fingerprint;
        entry.snapshot = std::make_shared<AssessmentSnapshot>(std::move(*snapshot));
        entry.analysis = std::make_shared<Analysis>(analyze(*input, today, Language::Chinese));
        entry.input = std::make_shared<AnalysisInput>(std::move(*input));
        compared.append(entry);
    }
    std::stable_sort(compared.begin(), compared.end(),
                     [](const ComparedSubmission& a, const ComparedSubmission& b) {
                         return a.analysis->scores.overall.weightedScore().value_or(-1) >
                                b.analysis->scores.overall.weightedScore().value_or(-1);
                     });
    return compared;
}

} // namespace duibiao

namespace duibiao {

Result<PackageExportResult> exportPanelOpinions(Document& panel, qint64 submissionId,
                                                const QString& path)
{
    Result<Submission> submission = panel.submissions().get(submissionId);
    if (!submission)
        return submission.error();
    Result<AssessmentSnapshot> snapshot = snapshotOf(*submission);
    if (!snapshot)
        return snapshot.error();
    Result<QVector<PanelOpinion>> opinions = panel.submissions().opinions(submissionId);
    if (!opinions)
        return opinions.error();
    if (opinions->isEmpty())
        return Error::user(
            Text::tr("The panel has recorded no opinion on the submission of %1 yet.")
                .arg(submission->institution));
    Result<Institution> panelInstitution = panel.institution().get();
    if (!panelInstitution)
        return panelInstitution.error();
    auto source = std::make_shared<AssessmentSnapshot>(std::move(*snapshot));
    source->opinions.clear();
    qint64 id = 0;
    for (const PanelOpinion& opinion : *opinions) {
        ReviewOpinion review;
        review.id = ++id;
        review.requirementCode = opinion.requirementCode;
        review.panel = panelInstitution->name;
        review.reviewer = opinion.reviewer;
        review.rating = opinion.rating;
        review.comment = opinion.comment;
        review.created = opinion.updated;
        source->opinions.append(review);
    }
    PackageExportOptions options;
    options.kind = PackageKind::Opinions;
    options.source = source;
    return PackageExporter::exportPackage(panel, path, options);
}

} // namespace duibiao

namespace duibiao {

Result<Report> buildComparisonReport(Document& panel, const ReportOptions& options, QDate today)
{
    Result<QVector<ComparedSubmission>> compared = compareSubmissions(panel, today);
    if (!compared)
        return compared.error();
    Result<Institution> panelInstitution = panel.institution().get();
    if (!panelInstitution)
        return panelInstitution.error();
    QVector<report::ComparedInstitution> institutions;
    for (const ComparedSubmission& submission : *compared) {
        report::ComparedInstitution institution;
        institution.fingerprint = submission.fingerprint;
        institution.input = *submission.input;
        institution.analysis = analyze(*submission.input, today, options.language);
        Result<QVector<PanelOpinion>> opinions =
            panel.submissions().opinions(submission.submissionId);
        if (!opinions)
            return opinions.error();
        for (const PanelOpinion& opinion : *opinions)
            institution.panelOpinions.insert(opinion.requirementCode,
                                             {opinion.rating, opinion.comment});
        institutions.append(std::move(institution));
    }
    return Report::buildComparison(options, *panelInstitution, std::move(institutions), today);
}

} // namespace duibiao
