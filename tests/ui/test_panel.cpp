// The Panel review page: a regional panel's document made through File → New Panel
// Document…, institutions' packages added and compared, opinions written and sent back; and
// the same page in an institution's document, showing what the panel sent.

#include "TestSupport.h"

#include "MainWindow.h"
#include "demo/DemoBuilder.h"
#include "exchange/package/PackageExporter.h"
#include "exchange/package/PackageImport.h"
#include "exchange/panel/PanelDocument.h"
#include "models/ComparisonModel.h"
#include "pages/PanelPage.h"
#include "session/DocumentSession.h"
#include "settings/LanguageManager.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>

using namespace duibiao;
using namespace duibiao::test;

namespace {

// A window whose dialogs never block: answers are given in advance, messages collected.
struct TestWindow
{
    FixedClock clock{QDate(2020, 11, 20)};
    MainWindow window;
    QStringList errors;
    QStringList messages;

    TestWindow()
    {
        QSettings().clear();
        LanguageManager::apply(QStringLiteral("en"));
        window.setClock(&clock);
        window.showError = [this](const QString&, const QString& message) {
            errors.append(message);
        };
        window.showInformation = [this](const QString&, const QString& message) {
            messages.append(message);
        };
        window.show();
    }

    PanelPage* panelPage()
    {
        auto* page = qobject_cast<PanelPage*>(window.page(MainWindow::PanelPageId));
        REQUIRE(page);
        page->showError = [this](const QString&, const QString& message) {
            errors.append(message);
        };
        page->showInformation = [this](const QString&, const QString& message) {
            messages.append(message);
        };
        return page;
    }
};

// An institution's document (the small demo) and its submission package.
QString submitted(TempDocument& document, const QString& name, const QStringList& raisedToMet,
                  const QString& packagePath)
{
    REQUIRE_OK(DemoBuilder::build(*document, DemoBuilder::Size::Small));
    Result<Institution> institution = document->institution().get();
    REQUIRE_OK(institution);
    institution->name = name;
    REQUIRE_OK(document->institution().save(*institution));
    for (const QString& code : raisedToMet)
        REQUIRE_OK(document->ratings().setRating(document.assessmentId(), code, Rating::Met,
                                                 std::nullopt, QStringLiteral("复核后达标")));
    PackageExportOptions options;
    options.kind = PackageKind::Submission;
    options.today = QDate(2020, 11, 20);
    REQUIRE_OK(PackageExporter::exportPackage(*document, packagePath, options));
    return packagePath;
}

QPushButton* button(QWidget* page, const char* name)
{
    auto* found = page->findChild<QPushButton*>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

template <typename T> T* child(QWidget* page, const char* name)
{
    auto* found = page->findChild<T*>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("a panel compares submissions, records opinions and sends them back", "[panel]")
{
    QTemporaryDir dir;
    TempDocument first;
    TempDocument second;
    const QString firstPackage =
        submitted(first, QStringLiteral("示例大学"), {}, dir.filePath(QStringLiteral("first.zip")));
    const QString secondPackage =
        submitted(second, QStringLiteral("示例学院"),
                  {QStringLiteral("T5"), QStringLiteral("P1"), QStringLiteral("E3")},
                  dir.filePath(QStringLiteral("second.zip")));
    second.close();

    TestWindow t;
    // File → New Panel Document…, cancelled: nothing is made.
    t.window.askNewPanel = [](QString&, QString&, QString&) {
        return false;
    };
    auto* newPanel = t.window.findChild<QAction*>(QStringLiteral("newPanelAction"));
    REQUIRE(newPanel);
    newPanel->trigger();
    CHECK(t.window.session() == nullptr);

    const QString panelPath = dir.filePath(QStringLiteral("panel.duibiao"));
    t.window.askNewPanel = [&](QString& name, QString& region, QString& path) {
        name = QStringLiteral("示例片区评议组");
        region = QStringLiteral("示例片区");
        path = panelPath;
        return true;
    };
    t.window.findChild<QAction*>(QStringLiteral("newPanelAction"))->trigger();
    INFO(t.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(t.window.session());
    CHECK(t.window.session()->path() == panelPath);
    CHECK(*isPanelDocument(t.window.session()->document()));
    CHECK(t.window.currentPage() == MainWindow::PanelPageId);

    PanelPage* page = t.panelPage();
    REQUIRE(page->isPanel());
    ComparisonModel* model = page->comparison();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model->columnCount() == 0);
    CHECK_FALSE(button(page, "exportOpinionsButton")->isEnabled());

    QString chosen;
    page->askSubmissionPath = [&chosen] {
        return chosen;
    };
    chosen = firstPackage;
    button(page, "addSubmissionButton")->click();
    chosen = secondPackage;
    button(page, "addSubmissionButton")->click();
    REQUIRE(t.errors.isEmpty());

    // Rows: score, 达标率, then every requirement in framework order; one column each.
    const Framework& framework = *&model->submissionAt(0)->input->framework;
    REQUIRE(model->columnCount() == 2);
    CHECK(model->summaryRows() == 2);
    CHECK(model->rowCount() == 2 + framework.requirementCount());
    CHECK(model->requirementAt(2) == framework.requirements().first()->code);
    CHECK(model->headerData(2, Qt::Vertical)
              .toString()
              .startsWith(framework.requirements().first()->code + QLatin1Char(' ')));
    // Best first: the institution that raised three ratings.
    CHECK(model->headerData(0, Qt::Horizontal).toString() == QStringLiteral("示例学院"));
    CHECK(model->headerData(1, Qt::Horizontal).toString() == QStringLiteral("示例大学"));
    CHECK(model->data(model->index(0, 0)).toString().endsWith(QLatin1Char('%')));
    const double best = model->submissionAt(0)->analysis->scores.overall.weightedScore().value();
    const double other = model->submissionAt(1)->analysis->scores.overall.weightedScore().value();
    CHECK(best > other);
    CHECK(model->data(model->index(0, 0)).toString() == QStringLiteral("%1%").arg(best, 0, 'f', 1));
    const double rate = model->submissionAt(0)->analysis->scores.overall.metRate().value();
    CHECK(model->data(model->index(1, 0)).toString() ==
          QStringLiteral("%1%").arg(rate * 100, 0, 'f', 1));
    const int t5 = model->rowOf(QStringLiteral("T5"));
    REQUIRE(t5 >= 2);
    CHECK(model->data(model->index(t5, 0), ComparisonModel::RatingRole).toInt() ==
          int(Rating::Met));
    CHECK(model->data(model->index(t5, 1), ComparisonModel::RatingRole).toInt() !=
          int(Rating::Met));
    CHECK(model->data(model->index(t5, 0), Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("Score ")));
    // An indicator requirement shows its figures beside the rating.
    int indicatorRow = -1;
    for (int row = 2; row < model->rowCount() && indicatorRow < 0; ++row) {
        if (framework.requirement(model->requirementAt(row))->isIndicator())
            indicatorRow = row;
    }
    REQUIRE(indicatorRow >= 0);
    CHECK(model->data(model->index(indicatorRow, 1))
              .toString()
              .contains(QStringLiteral(" units meet")));

    // Ordering: the combo, and a click on an institution's header reverses it.
    auto* sort = child<QComboBox>(page, "panelSort");
    sort->setCurrentIndex(sort->findData(int(ComparisonModel::Order::WorstFirst)));
    CHECK(model->headerData(0, Qt::Horizontal).toString() == QStringLiteral("示例大学"));
    emit page->matrix()->horizontalHeader()->sectionClicked(0);
    CHECK(model->headerData(0, Qt::Horizontal).toString() == QStringLiteral("示例学院"));
    CHECK(model->order() == ComparisonModel::Order::BestFirst);
    // Category scores as extra rows.
    child<QCheckBox>(page, "panelCategories")->setChecked(true);
    CHECK(model->summaryRows() == 2 + framework.categories.size());
    CHECK(model->rowCount() == model->summaryRows() + framework.requirementCount());

    // The opinion editor: the institution's own account, the panel's rating and comment.
    const qint64 firstId = model->submissionAt(1)->submissionId;
    page->select(firstId, QStringLiteral("T5"));
    CHECK(page->selectedSubmission() == firstId);
    CHECK(page->matrix()->currentIndex().row() == model->rowOf(QStringLiteral("T5")));
    CHECK_FALSE(child<QLabel>(page, "ownRating")->text().isEmpty());
    auto* cellRating = child<QComboBox>(page, "cellOpinionRating");
    cellRating->setCurrentIndex(cellRating->findData(int(Rating::NotMet)));
    child<QPlainTextEdit>(page, "cellOpinionComment")
        ->setPlainText(QStringLiteral("双负责人平台仍不足"));
    button(page, "cellOpinionSave")->click();
    auto* overallRating = child<QComboBox>(page, "overallOpinionRating");
    overallRating->setCurrentIndex(overallRating->findData(int(Rating::LargelyMet)));
    REQUIRE(t.errors.isEmpty());

    Result<QVector<PanelOpinion>> stored =
        t.window.session()->document().submissions().opinions(firstId);
    REQUIRE_OK(stored);
    REQUIRE(stored->size() == 2);
    CHECK(stored->at(0).requirementCode.isEmpty());
    CHECK(stored->at(0).rating == Rating::LargelyMet);
    CHECK(stored->at(1).requirementCode == QStringLiteral("T5"));
    CHECK(stored->at(1).rating == Rating::NotMet);
    CHECK(stored->at(1).comment == QStringLiteral("双负责人平台仍不足"));
    const QModelIndex marked =
        model->index(model->rowOf(QStringLiteral("T5")), model->columnOf(firstId));
    CHECK(model->data(marked, ComparisonModel::OpinionRole).toInt() == int(Rating::NotMet));
    CHECK(model->data(marked).toString().endsWith(QStringLiteral("◆")));
    const QModelIndex overallCell = model->index(0, model->columnOf(firstId));
    CHECK(model->data(overallCell, ComparisonModel::OpinionRole).toInt() ==
          int(Rating::LargelyMet));
    CHECK(model->data(overallCell).toString().endsWith(QStringLiteral("◆")));
    CHECK_FALSE(model->data(model->index(0, model->columnOf(firstId) == 0 ? 1 : 0))
                    .toString()
                    .endsWith(QStringLiteral("◆")));
    // Another institution's cell shows no opinion.
    page->select(model->submissionAt(0)->submissionId, QStringLiteral("T5"));
    CHECK(cellRating->currentData().toInt() == int(Rating::Unrated));
    CHECK(child<QPlainTextEdit>(page, "cellOpinionComment")->toPlainText().isEmpty());
    page->select(firstId, QStringLiteral("T5"));
    CHECK(child<QPlainTextEdit>(page, "cellOpinionComment")->toPlainText() ==
          QStringLiteral("双负责人平台仍不足"));

    // A hostile package shows the reader's error and adds nothing.
    chosen = testData(QStringLiteral("packages/bad-checksum.zip"));
    button(page, "addSubmissionButton")->click();
    REQUIRE(t.errors.size() == 1);
    CHECK(t.errors.first().contains(QStringLiteral("bad-checksum")));
    CHECK(model->columnCount() == 2);
    t.errors.clear();

    // Export Opinions… for the selected institution: a package its document accepts.
    QString suggested;
    const QString opinionsPath = dir.filePath(QStringLiteral("opinions.zip"));
    page->askOpinionsPath = [&](const QString& name) {
        suggested = name;
        return opinionsPath;
    };
    button(page, "exportOpinionsButton")->click();
    REQUIRE(t.errors.isEmpty());
    CHECK(suggested.startsWith(QStringLiteral("示例大学")));
    REQUIRE(QFileInfo::exists(opinionsPath));
    REQUIRE(t.messages.size() == 1);
    first.reopen();
    {
        Result<std::unique_ptr<PackageImport>> import =
            PackageImport::prepare(*first, opinionsPath);
        REQUIRE_OK(import);
        CHECK((*import)->plan().packageKind == QStringLiteral("opinions"));
        CHECK((*import)->plan().changes.size() == 2);
        REQUIRE_OK((*import)->apply({}));
    }
    first.close();

    // Comparison Report…: a PDF naming both institutions and the panel's opinion.
    const QString reportPath = dir.filePath(QStringLiteral("comparison.pdf"));
    page->askReportPath = [&](const QString&) {
        return reportPath;
    };
    t.messages.clear();
    button(page, "comparisonReportButton")->click();
    REQUIRE(t.errors.isEmpty());
    REQUIRE(QFileInfo::exists(reportPath));
    CHECK(t.messages.size() == 1);
    const QString reportText = squeezed(pdfText(reportPath));
    CHECK(reportText.contains(squeezed(QStringLiteral("组织评议对比表"))));
    CHECK(reportText.contains(squeezed(QStringLiteral("示例大学"))));

    // Remove: confirmed, the institution's column goes.
    page->confirm = [](const QString&) {
        return true;
    };
    button(page, "removeSubmissionButton")->click();
    CHECK(model->columnCount() == 1);
    CHECK(model->columnOf(firstId) < 0);

    // A comment typed but not saved is kept when the window moves to another document.
    const qint64 remaining = model->submissionAt(0)->submissionId;
    page->select(remaining, QString());
    child<QPlainTextEdit>(page, "overallOpinionComment")
        ->setPlainText(QStringLiteral("待补充材料"));
    CHECK(button(page, "overallOpinionSave")->isEnabled());

    // In the institution's own document the page lists what the panel sent.
    REQUIRE(t.window.openDocument(first.path()));
    {
        Result<std::unique_ptr<Document>> reopened = Document::open(panelPath, {});
        REQUIRE_OK(reopened);
        Result<QVector<PanelOpinion>> kept = (*reopened)->submissions().opinions(remaining);
        REQUIRE_OK(kept);
        REQUIRE(kept->size() == 1);
        CHECK(kept->first().requirementCode.isEmpty());
        CHECK(kept->first().comment == QStringLiteral("待补充材料"));
    }
    PanelPage* home = t.panelPage();
    CHECK_FALSE(home->isPanel());
    QTableWidget* received = home->receivedOpinions();
    REQUIRE(received);
    REQUIRE(received->rowCount() == 2);
    bool found = false;
    for (int row = 0; row < received->rowCount(); ++row) {
        if (received->item(row, 0)->text().startsWith(QStringLiteral("T5 "))) {
            found = true;
            CHECK(received->item(row, 2)->data(Qt::UserRole).toInt() == int(Rating::NotMet));
            CHECK(received->item(row, 3)->text() == QStringLiteral("双负责人平台仍不足"));
            CHECK(received->item(row, 4)->text().startsWith(QStringLiteral("示例片区评议组")));
        }
    }
    CHECK(found);
}
