// The "Export table…" buttons of the Gaps and Rectification pages, driven by objectName on
// the offscreen platform with the file prompt replaced.

#include "TestSupport.h"

#include "MainWindow.h"
#include "demo/DemoBuilder.h"
#include "session/DocumentSession.h"
#include "storage/DocumentSetup.h"
#include "util/TableExport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest/QTest>

using namespace duibiao;
using namespace duibiao::test;

namespace {

QString demoPath(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.duibiao"));
    NewDocumentSpec spec = defaultDocumentSpec();
    spec.institution.name = QStringLiteral("示例大学");
    Document::Options options;
    options.userName = QStringLiteral("demo");
    auto document = createDocument(path, spec, options);
    REQUIRE_OK(document);
    REQUIRE_OK(DemoBuilder::build(**document, DemoBuilder::Size::Small));
    return path;
}

// The sheet names and the number of rows of the first sheet, as openpyxl reads them.
QString sheetsOf(const QString& path)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, openpyxl\n"
                                 "wb = openpyxl.load_workbook(sys.argv[1])\n"
                                 "print('|'.join(wb.sheetnames), wb.worksheets[0].max_row)"),
                  path});
    REQUIRE(python.waitForFinished(60000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    return QString::fromUtf8(python.readAllStandardOutput()).trimmed();
}

} // namespace

TEST_CASE("the Export table button of the gaps page writes the score sheet")
{
    QSettings().clear();
    QTemporaryDir dir;
    FixedClock clock{QDate(2020, 11, 20)};
    MainWindow window;
    window.setClock(&clock);
    window.show();
    REQUIRE(window.openDocument(demoPath(dir)));
    QWidget* gaps = window.page(MainWindow::GapsPageId);
    REQUIRE(gaps);
    window.showPage(MainWindow::GapsPageId);
    auto* exporter = gaps->findChild<TableExport*>(QStringLiteral("scoresTableExport"));
    auto* button = gaps->findChild<QPushButton*>(QStringLiteral("scoresExportButton"));
    REQUIRE(exporter);
    REQUIRE(button);
    QStringList errors;
    exporter->showError = [&](const QString&, const QString& message) {
        errors.append(message);
    };
    const bool chinese = window.session()->language() == Language::Chinese;
    const QString sheet = chinese ? QStringLiteral("评分表") : QStringLiteral("Scores");

    QString suggested;
    const QString path = dir.filePath(QStringLiteral("gaps.xlsx"));
    exporter->askSavePath = [&](const QString& proposal) {
        suggested = proposal;
        return path;
    };
    QSignalSpy exported(exporter, &TableExport::exported);
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(errors.isEmpty());
    REQUIRE(exported.count() == 1);
    CHECK(QFileInfo(suggested).fileName() == QStringLiteral("示例大学-%1.xlsx").arg(sheet));
    // One sheet: the header, 28 requirements and the total.
    CHECK(sheetsOf(path) == sheet + QStringLiteral(" 30"));

    // Cancelled: nothing is written.
    exporter->askSavePath = [](const QString&) {
        return QString();
    };
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(exported.count() == 1);

    // A folder that does not exist: the error names the file and nothing appears.
    const QString nowhere = dir.filePath(QStringLiteral("missing/gaps.xlsx"));
    exporter->askSavePath = [&](const QString&) {
        return nowhere;
    };
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().contains(QDir::toNativeSeparators(nowhere)));
    CHECK(exported.count() == 1);
    CHECK_FALSE(QFileInfo::exists(nowhere));
}

TEST_CASE("the Export table button of the rectification page writes the ledger as CSV")
{
    QSettings().clear();
    QTemporaryDir dir;
    FixedClock clock{QDate(2020, 11, 20)};
    MainWindow window;
    window.setClock(&clock);
    window.show();
    REQUIRE(window.openDocument(demoPath(dir)));
    QWidget* page = window.page(MainWindow::RectificationPageId);
    REQUIRE(page);
    auto* exporter = page->findChild<TableExport*>(QStringLiteral("ledgerTableExport"));
    auto* button = page->findChild<QPushButton*>(QStringLiteral("ledgerExportButton"));
    REQUIRE(exporter);
    REQUIRE(button);
    const QString path = dir.filePath(QStringLiteral("ledger.csv"));
    exporter->askSavePath = [&](const QString&) {
        return path;
    };
    exporter->showError = [](const QString&, const QString& message) {
        FAIL(message);
    };
    window.showPage(MainWindow::RectificationPageId);
    QTest::mouseClick(button, Qt::LeftButton);
    const QByteArray csv = readFile(path);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    // The header and one line per item.
    CHECK(csv.count("\r\n") == window.session()->input().items.size() + 1);
}
