// The Checklist page: the requirement tree and its filters, the detail pane (rating with
// the override reason, narrative and gap typing, evidence, linked items) and the models
// behind them, driven through the real widgets and checked against the document.

#include "TestSupport.h"

#include "analysis/Analysis.h"
#include "demo/DemoBuilder.h"
#include "models/ChecklistFilterModel.h"
#include "models/EvidenceListModel.h"
#include "models/ExpectedEvidenceModel.h"
#include "models/LinkedItemModel.h"
#include "models/RequirementTreeModel.h"
#include "pages/ChecklistPage.h"
#include "pages/RequirementDetailPane.h"
#include "session/DocumentSession.h"
#include "storage/DocumentSetup.h"
#include "util/EvidenceViewer.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest/QTest>

#include <functional>

using namespace duibiao;
using namespace duibiao::test;

namespace {

using Tester = QAbstractItemModelTester;

// A session over a TempDocument (or the small demo in it) with the page shown at a usual
// window size. `prepare` runs on the document before the session starts.
struct Checklist
{
    TempDocument doc;
    FixedClock clock{QDateTime(QDate(2020, 10, 15), QTime(9, 0))};
    std::unique_ptr<DocumentSession> session;
    std::unique_ptr<ChecklistPage> page;
    RequirementDetailPane* pane = nullptr;

    explicit Checklist(const std::function<void(Document&)>& prepare = {},
                       QDate today = QDate(2020, 10, 15))
    {
        clock.set(QDateTime(today, QTime(9, 0)));
        if (prepare)
            prepare(*doc);
        doc.close();
        Document::Options options;
        options.userName = QStringLiteral("tester");
        options.clock = &clock;
        auto opened = Document::open(doc.path(), options);
        REQUIRE_OK(opened);
        auto started = DocumentSession::start(std::move(*opened), &clock);
        REQUIRE_OK(started);
        session = std::move(*started);
        page = std::make_unique<ChecklistPage>(*session);
        page->resize(1200, 800);
        page->show();
        pane = page->detailPane();
        REQUIRE(pane);
        QCoreApplication::processEvents();
    }
    ~Checklist()
    {
        page.reset();
        session.reset();
    }

    Document& document() { return session->document(); }
    qint64 assessmentId() const { return session->assessmentId(); }
    QUndoStack* undo() { return session->undoStack(); }

    template <typename T> T* child(const char* name)
    {
        T* widget = page->findChild<T*>(QString::fromLatin1(name));
        INFO("no widget " << name);
        REQUIRE(widget);
        return widget;
    }

    RequirementAssessment stored(const QString& code)
    {
        auto rating = document().ratings().get(assessmentId(), code);
        REQUIRE_OK(rating);
        return *rating;
    }

    QVector<Evidence> evidence()
    {
        auto all = document().evidence().list(assessmentId());
        REQUIRE_OK(all);
        return *all;
    }

    void choose(QComboBox* combo, Rating rating)
    {
        const int index = combo->findData(int(rating));
        REQUIRE(index >= 0);
        combo->setCurrentIndex(index);
    }

    // The requirement codes the tree shows now, in order.
    QStringList visibleCodes()
    {
        QStringList codes;
        QAbstractItemModel* model = page->tree()->model();
        for (int c = 0; c < model->rowCount(); ++c) {
            const QModelIndex category = model->index(c, 0);
            for (int r = 0; r < model->rowCount(category); ++r)
                codes.append(
                    model->index(r, 0, category).data(RequirementTreeModel::CodeRole).toString());
        }
        return codes;
    }
};

// Waits (spinning the event loop) until `done` holds or `ms` pass.
bool waitFor(const std::function<bool()>& done, int ms = 3000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QTest::qWait(20);
    }
    return true;
}

void saveSchoolFigures(Document& document, int trainings)
{
    auto units = document.units().all();
    REQUIRE_OK(units);
    UnitFigures figures;
    for (const Unit& unit : *units) {
        if (unit.kind == UnitKind::School)
            figures.unitId = unit.id;
    }
    figures.year = 2020;
    figures.eligible = 30;
    figures.participants = 20;
    figures.coreWorkers = 8;
    figures.hearingsPerYear = 1;
    figures.trainingsPerYear = trainings;
    figures.hasUnitRules = figures.hasDemandMenu = figures.hasResourceMenu = true;
    REQUIRE_OK(document.units().saveFigures(figures));
}

// Types like a user: ASCII as key presses, everything else (Chinese) as the input method
// commits it.
void type(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QCoreApplication::sendEvent(widget, &commit);
        }
    }
}

QString writeTempFile(const QString& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(dir).filePath(name);
    writeFile(path, bytes);
    return path;
}

} // namespace

TEST_CASE("the tree holds the six categories and 28 requirements", "[checklist]")
{
    Checklist c;
    RequirementTreeModel* model = c.page->treeModel();
    Tester treeTester(model, Tester::FailureReportingMode::Fatal);
    Tester proxyTester(c.page->filterModel(), Tester::FailureReportingMode::Fatal);

    REQUIRE(model->rowCount() == 6);
    int requirements = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex category = model->index(row, 0);
        CHECK(category.data(RequirementTreeModel::IsCategoryRole).toBool());
        requirements += model->rowCount(category);
    }
    CHECK(requirements == 28);
    CHECK(c.visibleCodes().size() == 28);
    CHECK(model->columnCount() == RequirementTreeModel::ColumnCount);

    const QModelIndex t5 = model->indexOf(QStringLiteral("T5"));
    REQUIRE(t5.isValid());
    CHECK(t5.data().toString() == QStringLiteral("T5"));
    // Indicator requirements have a suggestion column, qualitative ones leave it empty.
    CHECK(t5.siblingAtColumn(RequirementTreeModel::SuggestionColumn).data().isValid());
    const QModelIndex l1 = model->indexOf(QStringLiteral("L1"));
    CHECK_FALSE(l1.siblingAtColumn(RequirementTreeModel::SuggestionColumn).data().isValid());
    // Unrated in light grey.
    CHECK(l1.siblingAtColumn(RequirementTreeModel::RatingColumn)
              .data(Qt::BackgroundRole)
              .value<QColor>() == QColor(0xe0, 0xe0, 0xe0));

    // The framework's note that it is a reference version is on the page.
    const Framework& framework = c.session->framework();
    REQUIRE(framework.reference);
    auto* note = c.child<QLabel>("frameworkNote");
    CHECK(note->isVisible());
    CHECK(note->text().contains(framework.note.in(c.session->language())));
}

TEST_CASE("showRequirement shows the requirement's texts", "[checklist]")
{
    Checklist c;
    c.page->showRequirement(QStringLiteral("T5"));
    CHECK(c.pane->requirement() == QStringLiteral("T5"));
    const Requirement* t5 = c.session->framework().requirement(QStringLiteral("T5"));
    REQUIRE(t5);
    const Language language = c.session->language();
    CHECK(c.child<QLabel>("requirementHeading")->text().contains(t5->title.in(language)));
    CHECK(c.child<QLabel>("requirementDescription")->text() == t5->description.in(language));
    CHECK(c.child<QLabel>("requirementGuidance")->text() == t5->guidance.in(language));
    // The tree's current row follows.
    const QModelIndex current = c.page->filterModel()->mapToSource(c.page->tree()->currentIndex());
    CHECK(current.data(RequirementTreeModel::CodeRole).toString() == QStringLiteral("T5"));
    // The expected evidence items are listed.
    auto* expected = c.child<QListView>("expectedEvidenceList");
    CHECK(expected->model()->rowCount() == t5->evidence.size());
    // T5 is an indicator: the suggestion line is there (no secondary units yet: none).
    CHECK(c.child<QLabel>("suggestedRating")->isVisibleTo(c.page.get()));

    // A hidden requirement is shown anyway: the filter is cleared.
    c.child<QLineEdit>("checklistSearch")->setText(QStringLiteral("L1"));
    c.page->showRequirement(QStringLiteral("E3"));
    CHECK(c.pane->requirement() == QStringLiteral("E3"));
    CHECK(c.child<QLineEdit>("checklistSearch")->text().isEmpty());
}

TEST_CASE("choosing a rating writes it and undo restores it", "[checklist]")
{
    Checklist c;
    c.page->showRequirement(QStringLiteral("L1"));
    auto* selector = c.child<QComboBox>("ratingSelector");
    CHECK(c.stored(QStringLiteral("L1")).rating == Rating::Unrated);

    c.choose(selector, Rating::LargelyMet);
    CHECK(c.stored(QStringLiteral("L1")).rating == Rating::LargelyMet);
    // The tree shows it, in amber, and keeps L1 selected (cells change, rows stay).
    const QModelIndex l1 = c.page->treeModel()->indexOf(QStringLiteral("L1"));
    const QModelIndex rating = l1.siblingAtColumn(RequirementTreeModel::RatingColumn);
    CHECK(rating.data().toString() == ratingLabel(Rating::LargelyMet, c.session->language()));
    CHECK(rating.data(Qt::BackgroundRole).value<QColor>() == QColor(0xf9, 0xa8, 0x25));
    CHECK(c.page->filterModel()->mapToSource(c.page->tree()->currentIndex()) == l1);

    c.undo()->undo();
    CHECK(c.stored(QStringLiteral("L1")).rating == Rating::Unrated);
    CHECK(selector->currentData().toInt() == int(Rating::Unrated));
    c.undo()->redo();
    CHECK(c.stored(QStringLiteral("L1")).rating == Rating::LargelyMet);
    CHECK(selector->currentData().toInt() == int(Rating::LargelyMet));
}

TEST_CASE("narrative typing is saved after the pause and undoes in one step", "[checklist]")
{
    Checklist c;
    c.page->showRequirement(QStringLiteral("L1"));
    auto* narrative = c.child<QPlainTextEdit>("narrativeEdit");
    narrative->setFocus();
    type(narrative, QStringLiteral("已纳入 work plan"));
    // Nothing is written while typing goes on…
    CHECK(c.stored(QStringLiteral("L1")).narrative.isEmpty());
    // …but soon after it stops.
    REQUIRE(waitFor([&] { return !c.stored(QStringLiteral("L1")).narrative.isEmpty(); }));
    CHECK(c.stored(QStringLiteral("L1")).narrative == QStringLiteral("已纳入 work plan"));
    const int steps = c.undo()->count();

    // More typing after the save merges into the same undo step.
    type(narrative, QStringLiteral("。"));
    REQUIRE(waitFor([&] {
        return c.stored(QStringLiteral("L1")).narrative == QStringLiteral("已纳入 work plan。");
    }));
    CHECK(c.undo()->count() == steps);

    c.undo()->undo();
    CHECK(c.stored(QStringLiteral("L1")).narrative.isEmpty());
    CHECK(narrative->toPlainText().isEmpty());
    c.undo()->redo();
    CHECK(narrative->toPlainText() == QStringLiteral("已纳入 work plan。"));
}

TEST_CASE("typing is never lost: switching, focus-out and change notifications", "[checklist]")
{
    Checklist c;
    c.page->showRequirement(QStringLiteral("L2"));
    auto* narrative = c.child<QPlainTextEdit>("narrativeEdit");
    auto* gap = c.child<QPlainTextEdit>("gapEdit");
    narrative->setFocus();
    type(narrative, QStringLiteral("每年听取汇报"));

    // Another edit arrives while the user types: the editor keeps the typing.
    c.choose(c.child<QComboBox>("ratingSelector"), Rating::Met);
    CHECK(narrative->toPlainText() == QStringLiteral("每年听取汇报"));

    // Switching at once saves it before the next requirement shows.
    type(gap, QStringLiteral("缺少会议纪要"));
    c.page->showRequirement(QStringLiteral("L3"));
    CHECK(c.stored(QStringLiteral("L2")).narrative == QStringLiteral("每年听取汇报"));
    CHECK(c.stored(QStringLiteral("L2")).gapText == QStringLiteral("缺少会议纪要"));
    CHECK(narrative->toPlainText().isEmpty());

    // Flushing (focus-out, page hidden) saves too, without waiting.
    type(gap, QStringLiteral("gap of L3"));
    c.pane->flushEdits();
    CHECK(c.stored(QStringLiteral("L3")).gapText == QStringLiteral("gap of L3"));

    // Back on L2 the stored texts are shown.
    c.page->showRequirement(QStringLiteral("L2"));
    CHECK(narrative->toPlainText() == QStringLiteral("每年听取汇报"));
    CHECK(gap->toPlainText() == QStringLiteral("缺少会议纪要"));
}

TEST_CASE("the override reason is enforced for an indicator requirement", "[checklist]")
{
    // The school held two trainings: T7 (≥ 1 training) is suggested as met.
    Checklist c([](Document& document) { saveSchoolFigures(document, 2); });
    REQUIRE(c.session->suggestionFor(QStringLiteral("T7")) == Rating::Met);
    c.page->showRequirement(QStringLiteral("T7"));
    auto* selector = c.child<QComboBox>("ratingSelector");
    auto* reason = c.child<QPlainTextEdit>("overrideReason");
    auto* message = c.child<QLabel>("ratingMessage");
    auto* apply = c.child<QPushButton>("applyRatingButton");
    CHECK(c.child<QLabel>("suggestedRating")
              ->text()
              .contains(ratingLabel(Rating::Met, c.session->language())));
    CHECK_FALSE(reason->isVisibleTo(c.page.get()));

    // Not met without a reason: refused, the message shows, the rating stays.
    c.choose(selector, Rating::NotMet);
    CHECK(c.stored(QStringLiteral("T7")).rating == Rating::Unrated);
    CHECK(reason->isVisibleTo(c.page.get()));
    CHECK(message->isVisibleTo(c.page.get()));
    CHECK_FALSE(message->text().isEmpty());
    CHECK(apply->isVisibleTo(c.page.get()));
    const int steps = c.undo()->count();

    // Applying with the reason still empty is refused again.
    apply->click();
    CHECK(c.stored(QStringLiteral("T7")).rating == Rating::Unrated);
    CHECK(c.undo()->count() == steps);

    // With a reason it is applied, reason and suggestion kept.
    reason->setPlainText(QStringLiteral("培训签到表不全,不能证明全部骨干参加。"));
    apply->click();
    RequirementAssessment stored = c.stored(QStringLiteral("T7"));
    CHECK(stored.rating == Rating::NotMet);
    CHECK(stored.overrideReason == QStringLiteral("培训签到表不全,不能证明全部骨干参加。"));
    CHECK(stored.suggestedRating == Rating::Met);
    CHECK_FALSE(message->isVisibleTo(c.page.get()));
    // The overridden rating keeps its reason on view.
    CHECK(reason->isVisibleTo(c.page.get()));
    CHECK(reason->toPlainText() == stored.overrideReason);

    // The reason written for one rating does not silently carry over to another: the
    // choice waits until it is applied.
    c.choose(selector, Rating::LargelyMet);
    CHECK(c.stored(QStringLiteral("T7")).rating == Rating::NotMet);
    CHECK(message->isVisibleTo(c.page.get()));
    apply->click();
    CHECK(c.stored(QStringLiteral("T7")).rating == Rating::LargelyMet);
    c.undo()->undo();
    CHECK(c.stored(QStringLiteral("T7")).rating == Rating::NotMet);

    c.undo()->undo();
    CHECK(c.stored(QStringLiteral("T7")).rating == Rating::Unrated);

    // The suggested rating needs no reason.
    c.choose(selector, Rating::Met);
    CHECK(c.stored(QStringLiteral("T7")).rating == Rating::Met);
    CHECK_FALSE(reason->isVisibleTo(c.page.get()));

    // Cancelling a waiting choice returns to the stored rating.
    c.choose(selector, Rating::LargelyMet);
    CHECK(c.stored(QStringLiteral("T7")).rating == Rating::Met);
    c.child<QPushButton>("cancelRatingButton")->click();
    CHECK(selector->currentData().toInt() == int(Rating::Met));
    CHECK_FALSE(reason->isVisibleTo(c.page.get()));
}

TEST_CASE("attaching evidence ticks its expected item and undo removes it", "[checklist]")
{
    Checklist c;
    c.page->showRequirement(QStringLiteral("L1"));
    const Requirement* l1 = c.session->framework().requirement(QStringLiteral("L1"));
    REQUIRE(l1);
    REQUIRE_FALSE(l1->evidence.isEmpty());
    const QString item = l1->evidence.first();
    auto* expected = c.child<QListView>("expectedEvidenceList");
    auto* list = c.child<QTreeView>("evidenceList");
    Tester evidenceTester(list->model(), Tester::FailureReportingMode::Fatal);
    Tester expectedTester(expected->model(), Tester::FailureReportingMode::Fatal);
    CHECK(expected->model()->index(0, 0).data(Qt::CheckStateRole).toInt() == Qt::Unchecked);

    const QByteArray bytes = QByteArrayLiteral("%PDF-1.4\n工作要点\n%%EOF\n");
    const QString path = writeTempFile(c.doc.dir(), QStringLiteral("2020年工作要点.pdf"), bytes);
    REQUIRE(c.pane->addEvidenceFiles({path}, item));

    QVector<Evidence> files = c.evidence();
    REQUIRE(files.size() == 1);
    CHECK(files.first().requirementCode == QStringLiteral("L1"));
    CHECK(files.first().expectedItem == item);
    CHECK(files.first().sha256 == sha256OfFile(path));
    CHECK(expected->model()->index(0, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    REQUIRE(list->model()->rowCount() == 1);
    const QModelIndex row = list->model()->index(0, 0);
    CHECK(row.data().toString() == QStringLiteral("2020年工作要点.pdf"));
    CHECK(row.siblingAtColumn(EvidenceListModel::SizeColumn).data().toString() ==
          formatByteSize(bytes.size()));
    CHECK(row.siblingAtColumn(EvidenceListModel::Sha256Column).data(Qt::ToolTipRole).toString() ==
          files.first().sha256);
    // The tree counts it.
    CHECK(c.page->treeModel()
              ->indexOf(QStringLiteral("L1"))
              .siblingAtColumn(RequirementTreeModel::EvidenceColumn)
              .data()
              .toInt() == 1);

    c.undo()->undo();
    CHECK(c.evidence().isEmpty());
    CHECK(list->model()->rowCount() == 0);
    CHECK(expected->model()->index(0, 0).data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    c.undo()->redo();
    CHECK(c.evidence().size() == 1);
    CHECK(expected->model()->index(0, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked);
}

TEST_CASE("evidence by dialog and drop, open, rename, remove and the size cap", "[checklist]")
{
    Checklist c;
    c.page->showRequirement(QStringLiteral("O1"));
    auto* list = c.child<QTreeView>("evidenceList");
    auto* message = c.child<QLabel>("evidenceMessage");
    const QString first =
        writeTempFile(c.doc.dir(), QStringLiteral("规程.txt"), QByteArrayLiteral("rules"));
    const QString second =
        writeTempFile(c.doc.dir(), QStringLiteral("photo.png"), QByteArrayLiteral("not a png"));

    SECTION("the add button asks for files through the chooser")
    {
        c.pane->setFileChooser([&] { return QStringList{first}; });
        c.child<QPushButton>("addEvidenceButton")->click();
        REQUIRE(c.evidence().size() == 1);
        CHECK(c.evidence().first().name == QStringLiteral("规程.txt"));
    }

    SECTION("dropping files onto the pane attaches them")
    {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(first), QUrl::fromLocalFile(second)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(c.pane, &enter);
        CHECK(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(c.pane, &drop);
        CHECK(c.evidence().size() == 2);
        CHECK(list->model()->rowCount() == 2);
    }

    SECTION("open streams a copy with a safe name and hands it to the viewer")
    {
        REQUIRE(c.pane->addEvidenceFiles({first}));
        QUrl opened;
        c.pane->evidenceViewer()->setOpener([&](const QUrl& url) {
            opened = url;
            return true;
        });
        list->setCurrentIndex(list->model()->index(0, 0));
        c.child<QPushButton>("openEvidenceButton")->click();
        REQUIRE(opened.isLocalFile());
        CHECK(QFileInfo(opened.toLocalFile()).fileName() == QStringLiteral("规程.txt"));
        CHECK(readFile(opened.toLocalFile()) == QByteArrayLiteral("rules"));
        CHECK_FALSE(message->isVisibleTo(c.page.get()));
    }

    SECTION("rename in place, undo restores the name")
    {
        REQUIRE(c.pane->addEvidenceFiles({first}));
        QAbstractItemModel* model = list->model();
        REQUIRE(model->setData(model->index(0, EvidenceListModel::NameColumn),
                               QStringLiteral("工作规程(修订).txt")));
        CHECK(c.evidence().first().name == QStringLiteral("工作规程(修订).txt"));
        CHECK(model->index(0, 0).data().toString() == QStringLiteral("工作规程(修订).txt"));
        c.undo()->undo();
        CHECK(c.evidence().first().name == QStringLiteral("规程.txt"));
        // An empty name is refused and shown.
        CHECK_FALSE(model->setData(model->index(0, EvidenceListModel::NameColumn), QString()));
        CHECK(message->isVisibleTo(c.page.get()));
    }

    SECTION("remove, undo brings the file back")
    {
        REQUIRE(c.pane->addEvidenceFiles({first}));
        list->setCurrentIndex(list->model()->index(0, 0));
        c.child<QPushButton>("removeEvidenceButton")->click();
        CHECK(c.evidence().isEmpty());
        c.undo()->undo();
        CHECK(c.evidence().size() == 1);
    }

    SECTION("a file over the size cap is refused with the message")
    {
        c.document().setEvidenceSizeCap(4);
        CHECK_FALSE(c.pane->addEvidenceFiles({first}));
        CHECK(c.evidence().isEmpty());
        CHECK(message->isVisibleTo(c.page.get()));
        CHECK(message->text().contains(QStringLiteral("规程.txt")));
    }
}

TEST_CASE("evidence copies get safe file names", "[checklist]")
{
    using V = EvidenceViewer;
    CHECK(V::sanitizedFileName(QStringLiteral("报告.pdf")) == QStringLiteral("报告.pdf"));
    CHECK(V::sanitizedFileName(QStringLiteral("../../etc/passwd")) == QStringLiteral("etc_passwd"));
    CHECK(V::sanitizedFileName(QStringLiteral("..\\..\\x.pdf")) == QStringLiteral("x.pdf"));
    CHECK(V::sanitizedFileName(QStringLiteral(".hidden.pdf")) == QStringLiteral("hidden.pdf"));
    CHECK(V::sanitizedFileName(QStringLiteral("a\nb\tc.doc")) == QStringLiteral("a_b_c.doc"));
    // A right-to-left override cannot disguise the extension.
    CHECK(V::sanitizedFileName(QStringLiteral("photo\u202Egnp.exe")) ==
          QStringLiteral("photo_gnp.exe"));
    CHECK(V::sanitizedFileName(QStringLiteral("...")) == QStringLiteral("evidence"));
    CHECK(V::sanitizedFileName(QStringLiteral("CON.txt")) == QStringLiteral("_CON.txt"));
    CHECK(V::sanitizedFileName(QStringLiteral("scan"), QStringLiteral("application/pdf")) ==
          QStringLiteral("scan.pdf"));
}

TEST_CASE("adding a rectification item for the requirement", "[checklist]")
{
    Checklist c;
    c.page->showRequirement(QStringLiteral("O2"));
    auto* items = c.child<QTreeView>("linkedItemsList");
    Tester itemTester(items->model(), Tester::FailureReportingMode::Fatal);
    CHECK(items->model()->rowCount() == 0);
    QString proposed;
    c.pane->setMeasurePrompt([&](const QString& proposal) -> std::optional<QString> {
        proposed = proposal;
        return QStringLiteral("修订考核指标体系");
    });
    c.child<QPushButton>("addItemButton")->click();
    CHECK(proposed.startsWith(QStringLiteral("O2")) == false);
    CHECK(proposed.contains(QStringLiteral("O2")));

    auto all = c.document().rectification().all(c.assessmentId());
    REQUIRE_OK(all);
    REQUIRE(all->size() == 1);
    const RectificationItem& item = all->first();
    CHECK(item.requirementCodes == QStringList{QStringLiteral("O2")});
    CHECK(item.measure == QStringLiteral("修订考核指标体系"));
    // 2020-10-15 lies in phase 3 (自我评估), which ends on 2020-11-30.
    CHECK(item.phase == 3);
    CHECK(item.deadline == QDate(2020, 11, 30));
    CHECK(item.status == RectificationStatus::Planned);
    REQUIRE(items->model()->rowCount() == 1);
    CHECK(items->model()->index(0, LinkedItemModel::MeasureColumn).data().toString() ==
          QStringLiteral("修订考核指标体系"));
    CHECK(c.page->treeModel()
              ->indexOf(QStringLiteral("O2"))
              .siblingAtColumn(RequirementTreeModel::ItemsColumn)
              .data()
              .toInt() == 1);

    c.undo()->undo();
    all = c.document().rectification().all(c.assessmentId());
    REQUIRE_OK(all);
    CHECK(all->isEmpty());
    CHECK(items->model()->rowCount() == 0);

    // A cancelled prompt adds nothing.
    c.pane->setMeasurePrompt([](const QString&) { return std::nullopt; });
    c.child<QPushButton>("addItemButton")->click();
    all = c.document().rectification().all(c.assessmentId());
    REQUIRE_OK(all);
    CHECK(all->isEmpty());
}

TEST_CASE("the search narrows the tree by code, title and narrative", "[checklist]")
{
    Checklist c;
    auto* search = c.child<QLineEdit>("checklistSearch");
    Tester proxyTester(c.page->filterModel(), Tester::FailureReportingMode::Fatal);

    search->setText(QStringLiteral("t5"));
    CHECK(c.visibleCodes() == QStringList{QStringLiteral("T5")});
    CHECK(c.page->tree()->model()->rowCount() == 1); // only its category stays

    // Chinese title words.
    search->setText(QStringLiteral("培训"));
    const QStringList training = c.visibleCodes();
    REQUIRE_FALSE(training.isEmpty());
    CHECK(training.contains(QStringLiteral("T7")));
    CHECK(training.size() < 28);

    // A category's title shows all its requirements.
    // (S2's own texts do not contain it; O6's title does.)
    search->setText(c.session->framework().category(QStringLiteral("S"))->title.zh);
    CHECK(c.visibleCodes().contains(QStringLiteral("S1")));
    CHECK(c.visibleCodes().contains(QStringLiteral("S2")));
    CHECK(c.visibleCodes().size() < 5);

    // The narrative text, as typed.
    search->clear();
    c.page->showRequirement(QStringLiteral("E2"));
    type(c.child<QPlainTextEdit>("narrativeEdit"), QStringLiteral("爱心超市 Weekly"));
    c.pane->flushEdits();
    search->setText(QStringLiteral("WEEKLY"));
    CHECK(c.visibleCodes() == QStringList{QStringLiteral("E2")});

    search->setText(QStringLiteral("no such words"));
    CHECK(c.visibleCodes().isEmpty());
    CHECK(c.page->tree()->model()->rowCount() == 0);
    search->clear();
    CHECK(c.visibleCodes().size() == 28);
}

TEST_CASE("the state filters on the demo document", "[checklist]")
{
    // In 2026 every open item of the demo is long overdue.
    Checklist c(
        [](Document& document) {
            REQUIRE_OK(DemoBuilder::build(document, DemoBuilder::Size::Small));
        },
        QDate(2026, 3, 1));
    Tester treeTester(c.page->treeModel(), Tester::FailureReportingMode::Fatal);
    Tester proxyTester(c.page->filterModel(), Tester::FailureReportingMode::Fatal);
    const Analysis& analysis = c.session->analysis();

    QStringList overdue;
    QStringList gaps;
    for (const RequirementResult& result : analysis.requirements) {
        if (std::any_of(result.items.begin(), result.items.end(),
                        [](const LinkedItem& item) { return item.overdue; }))
            overdue.append(result.code);
        if (result.rating == Rating::NotMet || result.rating == Rating::LargelyMet)
            gaps.append(result.code);
    }
    REQUIRE_FALSE(overdue.isEmpty());
    REQUIRE(overdue.size() < 28);

    c.page->setFilterState(ChecklistFilterModel::State::Overdue);
    CHECK(c.visibleCodes() == overdue);
    // Overdue counts are red in the tree.
    const QModelIndex first = c.page->treeModel()->indexOf(overdue.first());
    CHECK(first.siblingAtColumn(RequirementTreeModel::ItemsColumn)
              .data(Qt::ForegroundRole)
              .value<QColor>() == QColor(0xc6, 0x28, 0x28));

    c.page->setFilterState(ChecklistFilterModel::State::NotMet);
    CHECK(c.visibleCodes() == gaps);

    // The demo rates every requirement.
    c.page->setFilterState(ChecklistFilterModel::State::Unrated);
    CHECK(c.visibleCodes().isEmpty());

    // Un-rating one shows it at once.
    c.page->showRequirement(QStringLiteral("L1"));
    c.page->setFilterState(ChecklistFilterModel::State::Unrated);
    c.choose(c.child<QComboBox>("ratingSelector"), Rating::Unrated);
    CHECK(c.visibleCodes() == QStringList{QStringLiteral("L1")});

    c.page->setFilterState(ChecklistFilterModel::State::All);
    CHECK(c.visibleCodes().size() == 28);

    // The category rows carry the met rate.
    const QModelIndex category = c.page->treeModel()->index(0, RequirementTreeModel::RatingColumn);
    CHECK(category.data().toString().contains(QLatin1Char('%')));
}

TEST_CASE("keyboard: Ctrl+F target, arrows and tab order", "[checklist]")
{
    Checklist c;
    QApplication::setActiveWindow(c.page.get());
    REQUIRE(QTest::qWaitForWindowActive(c.page.get()));
    auto* search = c.child<QLineEdit>("checklistSearch");
    QTreeView* tree = c.page->tree();

    c.page->focusSearch();
    CHECK(search->hasFocus());

    c.page->showRequirement(QStringLiteral("L1"));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Down);
    CHECK(c.pane->requirement() == QStringLiteral("L2"));

    // tree → rating → narrative → gap → evidence (the reason editor shows only when needed).
    QTest::keyClick(tree, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == c.child<QComboBox>("ratingSelector"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == c.child<QPlainTextEdit>("narrativeEdit"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == c.child<QPlainTextEdit>("gapEdit"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == c.child<QTreeView>("evidenceList"));
}

TEST_CASE("models pass the model tester through edits", "[checklist]")
{
    Checklist c([](Document& document) {
        REQUIRE_OK(DemoBuilder::build(document, DemoBuilder::Size::Small));
    });
    RequirementTreeModel tree(*c.session);
    ChecklistFilterModel filter;
    filter.setSourceModel(&tree);
    EvidenceListModel evidence(*c.session);
    LinkedItemModel items(*c.session);
    ExpectedEvidenceModel expected;
    Tester t1(&tree, Tester::FailureReportingMode::Fatal);
    Tester t2(&filter, Tester::FailureReportingMode::Fatal);
    Tester t3(&evidence, Tester::FailureReportingMode::Fatal);
    Tester t4(&items, Tester::FailureReportingMode::Fatal);
    Tester t5(&expected, Tester::FailureReportingMode::Fatal);

    evidence.setRequirement(QStringLiteral("L1"));
    items.setRequirement(QStringLiteral("L5"));
    expected.setRequirement(c.session->framework().requirement(QStringLiteral("L1")),
                            Language::English);
    CHECK(evidence.rowCount() == 1);
    CHECK(items.rowCount() > 0);
    filter.setState(ChecklistFilterModel::State::NotMet);
    filter.setSearchText(QStringLiteral("l"));
    c.page->showRequirement(QStringLiteral("L1"));
    c.choose(c.child<QComboBox>("ratingSelector"), Rating::NotMet);
    const QString path =
        writeTempFile(c.doc.dir(), QStringLiteral("extra.txt"), QByteArrayLiteral("extra"));
    REQUIRE(c.pane->addEvidenceFiles({path}));
    CHECK(evidence.rowCount() == 2);
    c.session->setLanguage(Language::English);
    CHECK(tree.index(0, RequirementTreeModel::TitleColumn).data().toString() ==
          c.session->framework().categories.first().title.en);
    c.undo()->undo();
    c.undo()->undo();
    evidence.setRequirement(QStringLiteral("T7"));
    items.setRequirement(QString());
    filter.setState(ChecklistFilterModel::State::All);
    filter.setSearchText(QString());
    CHECK(filter.rowCount() == 6);
}

TEST_CASE("the rating choices and labels follow each item's scoring", "[checklist][scoring]")
{
    // A document on the checklist framework: B1 pass/fail (veto), B3 rating, B4 graded.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("checklist.duibiao"));
    NewDocumentSpec spec = defaultDocumentSpec();
    spec.frameworkJson =
        readFile(testData(QStringLiteral("frameworks/scoring-pass-fail-veto.json")));
    {
        auto created = createDocument(path, spec, {});
        REQUIRE_OK(created);
    }
    FixedClock clock{QDateTime(QDate(2020, 10, 15), QTime(9, 0))};
    Document::Options options;
    options.clock = &clock;
    auto opened = Document::open(path, options);
    REQUIRE_OK(opened);
    auto started = DocumentSession::start(std::move(*opened), &clock);
    REQUIRE_OK(started);
    std::unique_ptr<DocumentSession> session = std::move(*started);
    session->setLanguage(Language::Chinese);
    {
        ChecklistPage page(*session);
        page.resize(1200, 800);
        page.show();
        QCoreApplication::processEvents();
        auto* selector = page.findChild<QComboBox*>(QStringLiteral("ratingSelector"));
        REQUIRE(selector);
        const auto choices = [selector] {
            QStringList texts;
            for (int i = 0; i < selector->count(); ++i)
                texts.append(selector->itemText(i));
            return texts;
        };

        page.showRequirement(QStringLiteral("B1"));
        CHECK(choices() == QStringList{QStringLiteral("未评"), QStringLiteral("通过"),
                                       QStringLiteral("不通过"), QStringLiteral("不适用")});
        page.showRequirement(QStringLiteral("B4"));
        CHECK(choices() == QStringList{QStringLiteral("未评"), QStringLiteral("A"),
                                       QStringLiteral("B"), QStringLiteral("C"),
                                       QStringLiteral("D"), QStringLiteral("不适用")});
        // Grade C is stored as partly met and shown as C in the tree.
        selector->setCurrentIndex(selector->findData(int(Rating::PartlyMet)));
        auto b4 = session->document().ratings().get(session->assessmentId(), QStringLiteral("B4"));
        REQUIRE_OK(b4);
        CHECK(b4->rating == Rating::PartlyMet);
        const QModelIndex index = page.treeModel()
                                      ->indexOf(QStringLiteral("B4"))
                                      .siblingAtColumn(RequirementTreeModel::RatingColumn);
        CHECK(index.data().toString() == QStringLiteral("C"));
        // The score reads as points: B4 at C earns 40 × 0.4 = 16 of 100.
        CHECK(session->analysis().scoreText(Language::Chinese) == QStringLiteral("16.0 / 100 分"));
        session->undoStack()->undo();
        CHECK(selector->currentData().toInt() == int(Rating::Unrated));

        page.showRequirement(QStringLiteral("B3"));
        CHECK(choices() == QStringList{QStringLiteral("未评"), QStringLiteral("达标"),
                                       QStringLiteral("基本达标"), QStringLiteral("未达标"),
                                       QStringLiteral("不适用")});
    }
    session.reset();
}
