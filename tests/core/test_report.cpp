// The reports of the small demo document, read back as their users get them: PDF text through
// pdftotext (normalised with NFKC, as Qt's PDFs map a few ideographs to Kangxi radicals),
// fonts through pdffonts, page sizes through pdfinfo, the ODT through its ZIP listing; and
// the command-line verb end to end.
#include "TestSupport.h"

#include "analysis/AnalysisInput.h"
#include "demo/DemoBuilder.h"
#include "report/Report.h"
#include "report/ReportData.h"
#include "storage/DocumentSetup.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QThread>

#include <algorithm>
#include <optional>

using namespace duibiao;
using duibiao::test::pdfText;
using duibiao::test::squeezed;
using duibiao::test::TempDocument;

namespace {

const QDate reportDay(2020, 11, 20);
// Markup a narrative may hold: it must print literally and load nothing.
const QString markup =
    QStringLiteral("<img src=\"/etc/passwd\"> <a href=\"http://x\">link</a> &amp; <table>");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& arguments, const QString& directory = {})
{
    QProcess process;
    if (!directory.isEmpty())
        process.setWorkingDirectory(directory);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void requireTool(const QString& name)
{
    INFO("poppler-utils is needed for this test: " << name.toStdString());
    REQUIRE_FALSE(QStandardPaths::findExecutable(name).isEmpty());
}

int pdfPages(const QString& path)
{
    requireTool(QStringLiteral("pdfinfo"));
    const Run result = run(QStringLiteral("pdfinfo"), {path});
    REQUIRE(result.exitCode == 0);
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(result.out);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

// Width and height in points of pages first…last.
QVector<QSizeF> pdfPageSizes(const QString& path, int first, int last)
{
    const Run result =
        run(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QString::number(first),
                                        QStringLiteral("-l"), QString::number(last), path});
    REQUIRE(result.exitCode == 0);
    QVector<QSizeF> sizes;
    QRegularExpressionMatchIterator it =
        QRegularExpression(QStringLiteral("Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+)"))
            .globalMatch(result.out);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        sizes.append(QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble()));
    }
    return sizes;
}

// Every font pdffonts lists is embedded.
void requireEmbeddedFonts(const QString& path)
{
    requireTool(QStringLiteral("pdffonts"));
    const Run result = run(QStringLiteral("pdffonts"), {path});
    REQUIRE(result.exitCode == 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 2); // header, rule, at least one font
    const QString header = lines.at(0);
    const qsizetype emb = header.indexOf(QStringLiteral("emb"));
    REQUIRE(emb > 0);
    for (int i = 2; i < lines.size(); ++i) {
        INFO(lines.at(i).toStdString());
        CHECK(lines.at(i).mid(emb, 3) == QStringLiteral("yes"));
    }
}

// The names in a ZIP file and one entry's text: unzip where installed, else Python.
QStringList zipNames(const QString& path)
{
    if (!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
        const Run result = run(QStringLiteral("unzip"), {QStringLiteral("-Z1"), path});
        REQUIRE(result.exitCode == 0);
        return result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    const Run result =
        run(QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import sys, zipfile\n"
                            "print('\\n'.join(zipfile.ZipFile(sys.argv[1]).namelist()))"),
             path});
    REQUIRE(result.exitCode == 0);
    return result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString zipEntry(const QString& path, const QString& name)
{
    if (!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
        const Run result = run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, name});
        REQUIRE(result.exitCode == 0);
        return result.out;
    }
    const Run result =
        run(QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral(
                 "import sys, zipfile\n"
                 "sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())"),
             path, name});
    REQUIRE(result.exitCode == 0);
    return result.out;
}

// The small demo document with markup in the first narrative, shared by the tests.
class DemoFixture
{
public:
    static DemoFixture& instance()
    {
        static DemoFixture fixture;
        return fixture;
    }
    Document& document() { return *m_document; }
    QString path() const { return m_document.path(); }
    QString dir() const { return m_document.dir(); }
    const AnalysisInput& input() const { return m_input; }

private:
    DemoFixture()
    {
        REQUIRE_OK(DemoBuilder::build(*m_document, DemoBuilder::Size::Small));
        REQUIRE_OK(m_document->ratings().setNarrative(m_document.assessmentId(),
                                                      QStringLiteral("L1"), markup));
        // O2 (not met in the demo) re-rated after its rectification: the report shows both.
        REQUIRE_OK(m_document->ratings().rerateAfterRectification(
            m_document.assessmentId(), QStringLiteral("O2"), Rating::LargelyMet, QString()));
        Result<AnalysisInput> input = AnalysisInput::load(*m_document);
        REQUIRE_OK(input);
        m_input = *input;
    }
    TempDocument m_document;
    AnalysisInput m_input;
};

ReportOptions optionsFor(ReportKind kind, Language language = Language::Chinese)
{
    ReportOptions options;
    options.kind = kind;
    options.language = language;
    options.date = reportDay;
    return options;
}

// Builds the report and writes it as PDF into the fixture's folder; returns the path.
QString writeReport(ReportKind kind, Language language = Language::Chinese,
                    std::optional<Report>* keep = nullptr)
{
    DemoFixture& demo = DemoFixture::instance();
    Result<Report> report = Report::build(demo.document(), optionsFor(kind, language), reportDay);
    REQUIRE_OK(report);
    const QString path = demo.dir() + QStringLiteral("/%1-%2.pdf")
                                          .arg(reportKindKey(kind), language == Language::Chinese
                                                                        ? QStringLiteral("zh")
                                                                        : QStringLiteral("en"));
    REQUIRE_OK(report->writePdf(path));
    REQUIRE(QFile::exists(path));
    CHECK(pdfPages(path) == report->pageCount());
    if (keep)
        keep->emplace(std::move(*report));
    return path;
}

void checkEveryRequirement(const QString& text, Language language)
{
    for (const Requirement* requirement :
         DemoFixture::instance().input().framework.requirements()) {
        INFO(requirement->code.toStdString());
        CHECK(text.contains(squeezed(requirement->code)));
        CHECK(text.contains(squeezed(requirement->title.in(language))));
    }
}

} // namespace

TEST_CASE("report kinds have stable keys and titles in both languages")
{
    for (ReportKind kind :
         {ReportKind::Self, ReportKind::Gaps, ReportKind::Ledger, ReportKind::Units}) {
        CHECK(reportKindFromKey(reportKindKey(kind)) == kind);
        CHECK_FALSE(reportKindTitle(kind, Language::Chinese).isEmpty());
        CHECK_FALSE(reportKindTitle(kind, Language::English).isEmpty());
    }
    CHECK_FALSE(reportKindFromKey(QStringLiteral("summary")).has_value());
    CHECK(reportKindTitle(ReportKind::Self, Language::Chinese) ==
          QStringLiteral("关工委优质化建设自评报告"));
    CHECK(reportKindTitle(ReportKind::Ledger, Language::Chinese) == QStringLiteral("整改台账"));
    ReportOptions options;
    CHECK(options.includes(ReportSection::Cover));
    options.sections = {ReportSection::Summary};
    CHECK(options.includes(ReportSection::Summary));
    CHECK_FALSE(options.includes(ReportSection::Cover));
}

TEST_CASE("the self-evaluation report holds every requirement, the ratings and the institution")
{
    std::optional<Report> report;
    const QString path = writeReport(ReportKind::Self, Language::Chinese, &report);
    const QString raw = pdfText(path, 0, 0, true);
    const QString text = squeezed(pdfText(path));

    CHECK(text.contains(squeezed(QStringLiteral("示例大学"))));
    CHECK(text.contains(squeezed(QStringLiteral("关工委优质化建设自评报告"))));
    // The self-evaluation period is phase 3's.
    CHECK(text.contains(squeezed(QStringLiteral("2020年9月1日至2020年11月30日"))));
    checkEveryRequirement(text, Language::Chinese);
    for (const char* rating : {"达标", "基本达标", "未达标"})
        CHECK(text.contains(squeezed(QString::fromUtf8(rating))));
    for (const char* part :
         {"目录", "总体情况", "达标率", "加权得分", "合格审定准备情况", "逐项自评情况", "评定结果",
          "自评说明", "佐证材料", "缺少的佐证材料", "差距与不足", "整改事项", "整改工作情况",
          "单位指标达成情况", "建议评定", "调整理由", "整改前评定", "学校党委(盖章)"})
        CHECK(text.contains(squeezed(QString::fromUtf8(part))));
    // Evidence with its size; a unit indicator mark.
    CHECK(text.contains(squeezed(QStringLiteral("2020年党政工作要点.pdf"))));
    CHECK(text.contains(QStringLiteral("✓")));
    CHECK(text.contains(QStringLiteral("✗")));
    // The contents list carries real page numbers: 一、总体情况 is on page 3.
    const QString laidOut = squeezed(raw);
    CHECK(laidOut.contains(squeezed(QStringLiteral("一、总体情况 3"))));
    // Page numbers at the foot of every page.
    for (int page = 1; page <= report->pageCount(); ++page)
        CHECK(laidOut.contains(QStringLiteral("—%1—").arg(page)));

    // Sane length for 28 requirements and some 20 units.
    CHECK(report->pageCount() >= 5);
    CHECK(report->pageCount() <= 80);
    const QVector<QSizeF> sizes = pdfPageSizes(path, 1, 2);
    REQUIRE(sizes.size() == 2);
    CHECK(sizes.first().width() < sizes.first().height()); // A4 portrait
    CHECK(qAbs(sizes.first().width() - 595) < 2);
    requireEmbeddedFonts(path);
}

TEST_CASE("markup in a narrative prints literally and loads nothing")
{
    std::optional<Report> report;
    const QString path = writeReport(ReportKind::Self, Language::Chinese, &report);
    const QString text = squeezed(pdfText(path));
    CHECK(text.contains(squeezed(QStringLiteral("<img src=\"/etc/passwd\">"))));
    CHECK(text.contains(squeezed(QStringLiteral("<a href=\"http://x\">link</a>"))));
    CHECK(text.contains(QStringLiteral("&amp;")));
    CHECK(text.contains(QStringLiteral("<table>")));

    // The document holds no link and no image but the chart it draws itself.
    const QTextDocument& document = report->textDocument();
    int images = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            CHECK_FALSE(format.isAnchor());
            CHECK(format.anchorHref().isEmpty());
            if (format.isImageFormat()) {
                ++images;
                CHECK(format.toImageFormat().name().startsWith(QStringLiteral("duibiao-report:")));
            }
        }
    }
    CHECK(images == 1);
}

TEST_CASE("the gap list holds every requirement with its rating and gap")
{
    const QString path = writeReport(ReportKind::Gaps);
    const QString text = squeezed(pdfText(path));
    CHECK(text.contains(squeezed(QStringLiteral("对标找差清单"))));
    CHECK(text.contains(squeezed(QStringLiteral("示例大学"))));
    checkEveryRequirement(text, Language::Chinese);
    for (const char* part : {"基本达标", "未达标", "差距与不足", "整改措施"})
        CHECK(text.contains(squeezed(QString::fromUtf8(part))));
    requireEmbeddedFonts(path);
}

TEST_CASE("the ledger is landscape, one row per item, with the header on every page")
{
    const QString path = writeReport(ReportKind::Ledger);
    const int pages = pdfPages(path);
    REQUIRE(pages >= 2);
    for (const QSizeF& size : pdfPageSizes(path, 1, 2))
        CHECK(size.width() > size.height());
    const QStringList columns{QStringLiteral("编号"), QStringLiteral("整改措施"),
                              QStringLiteral("责任单位"), QStringLiteral("完成时限"),
                              QStringLiteral("完成情况")};
    for (int page = 1; page <= 2; ++page) {
        const QString text = squeezed(pdfText(path, page, page));
        for (const QString& column : columns) {
            INFO("page " << page << ": " << column.toStdString());
            CHECK(text.contains(column));
        }
    }
    // Every item, by its number and measure.
    const QString all = squeezed(pdfText(path));
    for (const RectificationItem& item : DemoFixture::instance().input().items) {
        INFO(item.id);
        CHECK(all.contains(QStringLiteral("#%1").arg(item.id)));
        CHECK(all.contains(squeezed(item.measure)));
    }
    requireEmbeddedFonts(path);
}

TEST_CASE("a row of a long table is never cut across pages")
{
    // The paginator cuts a table's pages between its rows: each item's number and its whole
    // measure (which wraps in its cell) are on one page, and no number is on two.
    const QString path = writeReport(ReportKind::Ledger);
    const int pages = pdfPages(path);
    REQUIRE(pages >= 2);
    QStringList pageTexts;
    for (int page = 1; page <= pages; ++page)
        pageTexts.append(squeezed(pdfText(path, page, page)));
    for (const RectificationItem& item : DemoFixture::instance().input().items) {
        const QRegularExpression number(QStringLiteral("#%1(?!\\d)").arg(item.id));
        int found = 0;
        for (const QString& text : std::as_const(pageTexts)) {
            if (!text.contains(number))
                continue;
            ++found;
            INFO(item.id);
            CHECK(text.contains(squeezed(item.measure)));
        }
        INFO(item.id);
        CHECK(found == 1);
    }
}

TEST_CASE("the unit indicator table lists every unit with pass and fail marks")
{
    const QString path = writeReport(ReportKind::Units);
    for (const QSizeF& size : pdfPageSizes(path, 1, 1))
        CHECK(size.width() > size.height());
    const QString text = squeezed(pdfText(path));
    CHECK(text.contains(squeezed(QStringLiteral("单位指标汇总表"))));
    for (const Unit& unit : DemoFixture::instance().input().units)
        CHECK(text.contains(squeezed(unit.name)));
    CHECK(text.contains(QStringLiteral("✓")));
    CHECK(text.contains(QStringLiteral("✗")));
    requireEmbeddedFonts(path);
}

TEST_CASE("the English report is complete")
{
    const QString text = squeezed(pdfText(writeReport(ReportKind::Self, Language::English)));
    checkEveryRequirement(text, Language::English);
    for (const char* part :
         {"Self-Evaluation Report", "Contents", "Overview", "Met rate", "Weighted score",
          "Largely met", "Not met", "Rating:", "Self-evaluation:", "Evidence:", "Rectification",
          "Unit indicators", "University Party Committee (seal)", "20 November 2020"})
        CHECK(text.contains(squeezed(QString::fromLatin1(part))));
    // No Chinese words of the report's own (user text stays as written).
    CHECK_FALSE(text.contains(squeezed(QStringLiteral("评定结果"))));
    CHECK_FALSE(text.contains(squeezed(QStringLiteral("自评说明"))));

    const QString ledger = squeezed(pdfText(writeReport(ReportKind::Ledger, Language::English)));
    for (const char* part : {"Rectification Ledger", "Measure", "Responsible unit", "Due"})
        CHECK(ledger.contains(squeezed(QString::fromLatin1(part))));
}

TEST_CASE("the ODT copy opens as a package with the report's text")
{
    DemoFixture& demo = DemoFixture::instance();
    for (ReportKind kind : {ReportKind::Self, ReportKind::Ledger}) {
        Result<Report> report = Report::build(demo.document(), optionsFor(kind), reportDay);
        REQUIRE_OK(report);
        const QString path = demo.dir() + QStringLiteral("/%1.odt").arg(reportKindKey(kind));
        REQUIRE_OK(report->writeOdt(path));
        const QStringList names = zipNames(path);
        CHECK(names.contains(QStringLiteral("content.xml")));
        CHECK(names.contains(QStringLiteral("mimetype")));
        const QString content = zipEntry(path, QStringLiteral("content.xml"));
        if (kind == ReportKind::Self) {
            CHECK(content.contains(
                demo.input().framework.requirement(QStringLiteral("L1"))->title.zh));
            // The narrative's markup is text in the XML, never an element of it.
            CHECK(content.contains(QStringLiteral("&lt;img src=")));
            CHECK_FALSE(content.contains(QStringLiteral("/etc/passwd\"")));
            CHECK(names.contains(QStringLiteral("Pictures/Picture1"))); // the chart
        } else {
            CHECK(content.contains(demo.input().items.first().measure));
        }
    }
}

TEST_CASE("a report of data already read renders on another thread like one of the document")
{
    DemoFixture& demo = DemoFixture::instance();
    ReportOptions options = optionsFor(ReportKind::Self);
    options.fingerprint = QString(64, QLatin1Char('a'));
    Result<Report> reference = Report::build(demo.document(), options, reportDay);
    REQUIRE_OK(reference);
    REQUIRE(reference->contentsPages().size() > 3);
    const QString referenceOdt = demo.dir() + QStringLiteral("/reference.odt");
    REQUIRE_OK(reference->writeOdt(referenceOdt));

    // Read here, rendered on a thread that never sees the document.
    Result<report::ReportData> data = report::ReportData::load(demo.document(), options, reportDay);
    REQUIRE_OK(data);
    const QString pdf = demo.dir() + QStringLiteral("/threaded.pdf");
    const QString odt = demo.dir() + QStringLiteral("/threaded.odt");
    int pages = 0;
    QVector<int> contents;
    Status pdfStatus = Error::internal(QStringLiteral("not run"));
    Status odtStatus = Error::internal(QStringLiteral("not run"));
    const report::ReportData odtData = *data;
    std::unique_ptr<QThread> thread(QThread::create([&, data = std::move(*data)]() mutable {
        Result<Report> report = Report::build(std::move(data));
        if (!report) {
            pdfStatus = report.error();
            return;
        }
        pages = report->pageCount();
        contents = report->contentsPages();
        pdfStatus = report->writePdf(pdf);
        // The ODT apart, with the page numbers of this layout.
        odtStatus =
            Report::writeOdt(odtData, odt, [&] { return std::optional<QVector<int>>(contents); });
    }));
    thread->start();
    thread->wait();
    REQUIRE_OK(pdfStatus);
    REQUIRE_OK(odtStatus);
    CHECK(pages == reference->pageCount());
    CHECK(contents == reference->contentsPages());
    CHECK(pdfPages(pdf) == reference->pageCount());
    // The same text and contents page numbers as the ODT of the laid-out report (Qt may
    // order the styles differently, so the lines are compared sorted).
    QStringList threadedLines =
        zipEntry(odt, QStringLiteral("content.xml")).split(QLatin1Char('\n'));
    QStringList referenceLines =
        zipEntry(referenceOdt, QStringLiteral("content.xml")).split(QLatin1Char('\n'));
    threadedLines.sort();
    referenceLines.sort();
    CHECK(threadedLines == referenceLines);

    SECTION("no page numbers gives the ODT up and leaves no file")
    {
        const QString none = demo.dir() + QStringLiteral("/none.odt");
        Status written =
            Report::writeOdt(odtData, none, [] { return std::optional<QVector<int>>(); });
        CHECK_FALSE(written.ok());
        CHECK_FALSE(QFile::exists(none));
    }
}

TEST_CASE("progress runs to the end and a cancel stops building and writing")
{
    DemoFixture& demo = DemoFixture::instance();
    QVector<int> seen;
    Result<Report> report =
        Report::build(demo.document(), optionsFor(ReportKind::Self), reportDay, [&](int percent) {
            seen.append(percent);
            return true;
        });
    REQUIRE_OK(report);
    REQUIRE_FALSE(seen.isEmpty());
    CHECK(std::is_sorted(seen.cbegin(), seen.cend()));
    CHECK(seen.first() >= 0);
    CHECK(seen.last() == 100);

    // Cancelled while building, at every stage in turn.
    for (int stopAt : {0, 20, 60, 90}) {
        INFO("cancel at " << stopAt << "%");
        Result<Report> cancelled =
            Report::build(demo.document(), optionsFor(ReportKind::Self), reportDay,
                          [&](int percent) { return percent < stopAt; });
        REQUIRE_FALSE(cancelled.ok());
        CHECK(cancelled.error().message.contains(QStringLiteral("cancelled")));
    }

    // Cancelled while painting: no file appears.
    const QString path = demo.dir() + QStringLiteral("/cancelled.pdf");
    const Status written = report->writePdf(path, [](int percent) { return percent < 50; });
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.contains(QStringLiteral("cancelled")));
    CHECK_FALSE(QFile::exists(path));
    // The report still writes afterwards.
    REQUIRE_OK(report->writePdf(path));
    CHECK(QFile::exists(path));
}

TEST_CASE("a device of another resolution gets its own layout with the same content")
{
    DemoFixture& demo = DemoFixture::instance();
    Result<Report> report =
        Report::build(demo.document(), optionsFor(ReportKind::Ledger), reportDay);
    REQUIRE_OK(report);
    const int pagesAt300 = report->pageCount();
    // A printer at 600 dpi, as the GUI's QPrinter would be.
    const QString path = demo.dir() + QStringLiteral("/ledger-600.pdf");
    {
        QPdfWriter writer(path);
        writer.setResolution(600);
        REQUIRE_OK(report->render(writer));
    }
    CHECK(qAbs(report->pageCount() - pagesAt300) <= 1);
    CHECK(pdfPages(path) == report->pageCount());
    const QString text = squeezed(pdfText(path, 2, 2));
    CHECK(text.contains(QStringLiteral("整改措施")));
    for (const QSizeF& size : pdfPageSizes(path, 1, 1))
        CHECK(size.width() > size.height());
    // And back to the PDF writer's layout.
    const QString again = demo.dir() + QStringLiteral("/ledger-again.pdf");
    REQUIRE_OK(report->writePdf(again));
    CHECK(report->pageCount() == pagesAt300);
}

TEST_CASE("duibiao report writes each kind and refuses wrong input")
{
    DemoFixture& demo = DemoFixture::instance();
    const QString exe = QStringLiteral(DUIBIAO_EXECUTABLE);
    QTemporaryDir dir;
    const QString document = dir.filePath(QStringLiteral("demo.duibiao"));
    {
        // A copy on disk the verb can open read-only (the fixture holds the original open).
        REQUIRE_OK(demo.document().saveCopyAs(document));
    }
    const QString before = duibiao::test::sha256OfFile(document);

    for (const char* kind : {"self", "gaps", "ledger", "units"}) {
        const QString out = dir.filePath(QStringLiteral("%1.pdf").arg(QLatin1String(kind)));
        const Run result = run(exe, {QStringLiteral("report"), document, QStringLiteral("--kind"),
                                     QLatin1String(kind), QStringLiteral("--out"), out,
                                     QStringLiteral("--today"), QStringLiteral("2020-11-20")});
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 0);
        CHECK(QFile::exists(out));
        CHECK(result.out.contains(QStringLiteral("pages")));
    }
    {
        const QString out = dir.filePath(QStringLiteral("gaps-en.odt"));
        const Run result = run(exe, {QStringLiteral("report"), document, QStringLiteral("--kind"),
                                     QStringLiteral("gaps"), QStringLiteral("--lang"),
                                     QStringLiteral("en"), QStringLiteral("--format"),
                                     QStringLiteral("odt"), QStringLiteral("--out"), out});
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 0);
        CHECK(zipNames(out).contains(QStringLiteral("content.xml")));
        CHECK(zipEntry(out, QStringLiteral("content.xml")).contains(QStringLiteral("Gap List")));
    }

    const QString out = dir.filePath(QStringLiteral("refused.pdf"));
    struct Case
    {
        QStringList arguments;
        const char* mentions;
    };
    const QString damaged = dir.filePath(QStringLiteral("damaged.duibiao"));
    duibiao::test::writeFile(damaged, QByteArray("this is not a database, just text\n"));
    const QString damagedBefore = duibiao::test::sha256OfFile(damaged);
    const Case cases[] = {
        {{document, QStringLiteral("--kind"), QStringLiteral("summary"), QStringLiteral("--out"),
          out},
         "--kind"},
        {{document, QStringLiteral("--out"), out}, "--kind"},
        {{document, QStringLiteral("--kind"), QStringLiteral("self")}, "--out"},
        {{document, QStringLiteral("--kind"), QStringLiteral("self"), QStringLiteral("--lang"),
          QStringLiteral("fr"), QStringLiteral("--out"), out},
         "--lang"},
        {{document, QStringLiteral("--kind"), QStringLiteral("self"), QStringLiteral("--format"),
          QStringLiteral("docx"), QStringLiteral("--out"), out},
         "--format"},
        {{dir.filePath(QStringLiteral("missing.duibiao")), QStringLiteral("--kind"),
          QStringLiteral("self"), QStringLiteral("--out"), out},
         "missing.duibiao"},
        {{damaged, QStringLiteral("--kind"), QStringLiteral("self"), QStringLiteral("--out"), out},
         "damaged.duibiao"},
    };
    for (const Case& c : cases) {
        const Run result = run(exe, QStringList{QStringLiteral("report")} + c.arguments);
        INFO(c.arguments.join(QLatin1Char(' ')).toStdString() << " → " << result.err.toStdString());
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QLatin1String(c.mentions)));
        CHECK_FALSE(QFile::exists(out));
    }
    CHECK(duibiao::test::sha256OfFile(damaged) == damagedBefore);
    CHECK(duibiao::test::sha256OfFile(document) == before);
    // No temporary files left beside the outputs.
    for (const QString& name : QDir(dir.path()).entryList(QDir::Files))
        CHECK_FALSE(name.contains(QStringLiteral(".tmp")));
}

TEST_CASE("the reports show points out of the total, the veto items and graded labels", "[scoring]")
{
    QTemporaryDir dir;
    NewDocumentSpec spec = defaultDocumentSpec();
    spec.institution.name = QStringLiteral("示例大学");
    spec.frameworkJson =
        test::readFile(test::testData(QStringLiteral("frameworks/scoring-pass-fail-veto.json")));
    auto created = createDocument(dir.filePath(QStringLiteral("checklist.duibiao")), spec, {});
    REQUIRE_OK(created);
    Document& doc = **created;
    auto assessment = doc.assessments().current();
    REQUIRE_OK(assessment);
    // B1 fail (veto), B2 pass 20, B3 met 30, B4 C 16: 66 points, above the pass mark 60.
    for (const auto& [code, rating] :
         {std::pair{"B1", Rating::NotMet}, std::pair{"B2", Rating::Met},
          std::pair{"B3", Rating::Met}, std::pair{"B4", Rating::PartlyMet}})
        REQUIRE_OK(doc.ratings().setRating(assessment->id, QString::fromUtf8(code), rating,
                                           std::nullopt, {}));

    Result<Report> self = Report::build(doc, optionsFor(ReportKind::Self), reportDay);
    REQUIRE_OK(self);
    const QString selfPath = dir.filePath(QStringLiteral("self.pdf"));
    REQUIRE_OK(self->writePdf(selfPath));
    const QString text = squeezed(pdfText(selfPath));
    CHECK(text.contains(squeezed(QStringLiteral("加权得分为66.0 / 100 分"))));
    CHECK(text.contains(squeezed(QStringLiteral("部分达标1项"))));
    CHECK(text.contains(squeezed(QStringLiteral("一票否决项"))));
    CHECK(text.contains(squeezed(QStringLiteral("B1 有工作制度：不通过（否决）"))));
    CHECK(text.contains(squeezed(QStringLiteral("一票否决项 B1 未达标。"))));
    CHECK(text.contains(
        squeezed(QStringLiteral("评定结果：不通过（一票否决项）（分值10，得分0.0）"))));
    CHECK(text.contains(squeezed(QStringLiteral("评定结果：C（分值40，得分16.0）"))));

    Result<Report> gaps = Report::build(doc, optionsFor(ReportKind::Gaps), reportDay);
    REQUIRE_OK(gaps);
    const QString gapsPath = dir.filePath(QStringLiteral("gaps.pdf"));
    REQUIRE_OK(gaps->writePdf(gapsPath));
    const QString gapsText = squeezed(pdfText(gapsPath));
    CHECK(gapsText.contains(squeezed(QStringLiteral("部分达标1项"))));
    CHECK(gapsText.contains(squeezed(QStringLiteral("得分66.0 / 100 分"))));
    CHECK(gapsText.contains(squeezed(QStringLiteral("不通过"))));

    // A graded framework at 34 of 100 points with the pass mark 30 and no veto item: ready.
    NewDocumentSpec gradedSpec = spec;
    gradedSpec.frameworkJson =
        test::readFile(test::testData(QStringLiteral("frameworks/scoring-graded.json")));
    auto graded = createDocument(dir.filePath(QStringLiteral("graded.duibiao")), gradedSpec, {});
    REQUIRE_OK(graded);
    auto gradedAssessment = (*graded)->assessments().current();
    REQUIRE_OK(gradedAssessment);
    for (const auto& [code, rating] :
         {std::pair{"G1", Rating::Met}, std::pair{"G2", Rating::LargelyMet},
          std::pair{"G3", Rating::PartlyMet}, std::pair{"G4", Rating::NotMet}})
        REQUIRE_OK((*graded)->ratings().setRating(gradedAssessment->id, QString::fromUtf8(code),
                                                  rating, std::nullopt, {}));
    Result<Report> ready = Report::build(**graded, optionsFor(ReportKind::Self), reportDay);
    REQUIRE_OK(ready);
    const QString readyPath = dir.filePath(QStringLiteral("ready.pdf"));
    REQUIRE_OK(ready->writePdf(readyPath));
    const QString readyText = squeezed(pdfText(readyPath));
    CHECK(readyText.contains(squeezed(QStringLiteral(
        "经自评，得分34.0 / 100 分达到合格线30，第三、四阶段无逾期未完成的整改事项"))));
    CHECK_FALSE(readyText.contains(squeezed(QStringLiteral("一票否决项"))));
}
