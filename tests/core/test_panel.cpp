// The regional panel: submissions held read-only, compared, opinions sent back home.
#include "TestSupport.h"
#include "analysis/Analysis.h"
#include "demo/DemoBuilder.h"
#include "exchange/package/AssessmentSnapshotLoader.h"
#include "exchange/package/PackageExporter.h"
#include "exchange/package/PackageImport.h"
#include "exchange/panel/PanelDocument.h"
#include "report/Report.h"

using namespace duibiao;
using namespace duibiao::test;

namespace {

QString submit(Document& document, const QString& path)
{
    PackageExportOptions options;
    options.kind = PackageKind::Submission;
    options.today = QDate(2020, 11, 20);
    REQUIRE_OK(PackageExporter::exportPackage(document, path, options));
    return path;
}

} // namespace

TEST_CASE("A panel document holds submissions, compares them and sends opinions back", "[panel]")
{
    QTemporaryDir dir;
    // Two institutions: the demo, and the demo with T5 raised to met.
    TempDocument first;
    REQUIRE_OK(DemoBuilder::build(*first, DemoBuilder::Size::Small));
    TempDocument second;
    REQUIRE_OK(DemoBuilder::build(*second, DemoBuilder::Size::Small));
    Result<Institution> institution = second->institution().get();
    REQUIRE_OK(institution);
    institution->name = QStringLiteral("示例学院");
    REQUIRE_OK(second->institution().save(*institution));
    for (const QString& code : {QStringLiteral("T5"), QStringLiteral("P1"), QStringLiteral("E3")})
        REQUIRE_OK(second->ratings().setRating(second.assessmentId(), code, Rating::Met,
                                               std::nullopt, QStringLiteral("复核后达标")));
    const QString firstPackage = submit(*first, dir.filePath(QStringLiteral("first.zip")));
    const QString secondPackage = submit(*second, dir.filePath(QStringLiteral("second.zip")));

    Document::Options options;
    options.userName = QStringLiteral("评议组成员乙");
    Result<std::unique_ptr<Document>> created =
        createPanelDocument(dir.filePath(QStringLiteral("panel.duibiao")),
                            QStringLiteral("示例片区评议组"), QStringLiteral("示例片区"), options);
    REQUIRE_OK(created);
    Document& panel = **created;
    REQUIRE(*isPanelDocument(panel));
    Result<qint64> a = addSubmission(panel, firstPackage);
    REQUIRE_OK(a);
    Result<qint64> b = addSubmission(panel, secondPackage);
    REQUIRE_OK(b);
    // The same package twice is refused, naming the institution.
    Result<qint64> again = addSubmission(panel, firstPackage);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("示例大学")));
    // An institution's own document takes no submissions.
    CHECK_FALSE(addSubmission(*first, secondPackage).ok());

    Result<QVector<ComparedSubmission>> compared = compareSubmissions(panel, QDate(2020, 11, 20));
    REQUIRE_OK(compared);
    REQUIRE(compared->size() == 2);
    // Highest score first: the second institution raised three ratings.
    CHECK(compared->at(0).snapshot->institution.name == QStringLiteral("示例学院"));
    CHECK(compared->at(0).analysis->scores.overall.earned >
          compared->at(1).analysis->scores.overall.earned);

    REQUIRE_OK(panel.submissions().setOpinion(
        {*a, QStringLiteral("T5"), Rating::NotMet, QStringLiteral("双负责人平台仍不足"), {}, {}}));
    REQUIRE_OK(panel.submissions().setOpinion(
        {*a, QString(), Rating::LargelyMet, QStringLiteral("总体基本达标"), {}, {}}));
    Result<QVector<PanelOpinion>> opinions = panel.submissions().opinions(*a);
    REQUIRE_OK(opinions);
    CHECK(opinions->size() == 2);
    CHECK(opinions->at(1).reviewer == QStringLiteral("评议组成员乙"));
    const QString back = dir.filePath(QStringLiteral("opinions.zip"));
    REQUIRE_OK(exportPanelOpinions(panel, *a, back));
    CHECK_FALSE(exportPanelOpinions(panel, *b, dir.filePath(QStringLiteral("none.zip"))).ok());

    // Back home: the institution imports the opinions beside its own ratings.
    first.reopen();
    Result<std::unique_ptr<PackageImport>> import = PackageImport::prepare(*first, back);
    REQUIRE_OK(import);
    CHECK((*import)->plan().packageKind == QStringLiteral("opinions"));
    CHECK((*import)->plan().changes.size() == 2);
    REQUIRE_OK((*import)->apply({}));
    Result<QVector<ReviewOpinion>> received = first->reviewOpinions().all(first.assessmentId());
    REQUIRE_OK(received);
    bool found = false;
    for (const ReviewOpinion& opinion : *received) {
        if (opinion.requirementCode == QStringLiteral("T5")) {
            found = true;
            CHECK(opinion.panel == QStringLiteral("示例片区评议组"));
            CHECK(opinion.rating == Rating::NotMet);
            CHECK(opinion.comment == QStringLiteral("双负责人平台仍不足"));
        }
    }
    CHECK(found);
    Result<RequirementAssessment> own =
        first->ratings().get(first.assessmentId(), QStringLiteral("T5"));
    REQUIRE_OK(own);
    CHECK(own->rating != Rating::NotMet); // kept apart from the self-rating
}

TEST_CASE("The comparison report lists each institution with the panel's opinions", "[panel]")
{
    QTemporaryDir dir;
    TempDocument first;
    REQUIRE_OK(DemoBuilder::build(*first, DemoBuilder::Size::Small));
    const QString package = submit(*first, dir.filePath(QStringLiteral("first.zip")));
    Result<std::unique_ptr<Document>> panel =
        createPanelDocument(dir.filePath(QStringLiteral("panel.duibiao")),
                            QStringLiteral("示例片区评议组"), QStringLiteral("示例片区"), {});
    REQUIRE_OK(panel);
    Result<qint64> id = addSubmission(**panel, package);
    REQUIRE_OK(id);
    REQUIRE_OK((*panel)->submissions().setOpinion(
        {*id, QStringLiteral("T5"), Rating::NotMet, QStringLiteral("平台不足"), {}, {}}));
    ReportOptions options;
    options.kind = ReportKind::Comparison;
    Result<Report> report = buildComparisonReport(**panel, options, QDate(2020, 11, 20));
    REQUIRE_OK(report);
    const QString pdf = dir.filePath(QStringLiteral("comparison.pdf"));
    REQUIRE_OK(report->writePdf(pdf));
    const QString text = squeezed(pdfText(pdf));
    CHECK(text.contains(squeezed(QStringLiteral("组织评议对比表"))));
    CHECK(text.contains(squeezed(QStringLiteral("示例大学"))));
    CHECK(text.contains(squeezed(QStringLiteral("评议：未达标"))));
    CHECK(text.contains(squeezed(QStringLiteral("平台不足"))));
    // An institution's own document cannot make it.
    Result<Report> refused = Report::build(*first, options, QDate(2020, 11, 20));
    CHECK_FALSE(refused.ok());
}
