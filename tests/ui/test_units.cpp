// The Units & platforms page: the figures table with its ratios and targets, edits in
// place through commands (and refused ones), units and platforms added and removed, and
// the template round trip for college secretaries through the page's injected dialogs.

#include "TestSupport.h"

#include "demo/DemoBuilder.h"
#include "dialogs/UnitExportDialog.h"
#include "dialogs/UnitImportDialog.h"
#include "exchange/UnitTemplateFile.h"
#include "models/PlatformModel.h"
#include "models/UnitFiguresModel.h"
#include "pages/UnitsPage.h"
#include "session/DocumentSession.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest/QTest>

using namespace duibiao;
using namespace duibiao::test;

namespace {

const QColor red(0xc6, 0x28, 0x28);

// A document (the small demo, or the bare temporary one) open in a session, with the
// page shown at a usual window size and its dialogs replaced.
struct UnitsFixture
{
    TempDocument doc;
    std::unique_ptr<DocumentSession> session;
    std::unique_ptr<UnitsPage> page;
    QTableView* units = nullptr;
    QTableView* platforms = nullptr;
    QLabel* message = nullptr;
    UnitFiguresModel* unitsModel = nullptr;
    PlatformModel* platformsModel = nullptr;
    QStringList questions;
    bool confirm = true;

    explicit UnitsFixture(bool demo = true)
    {
        if (demo)
            REQUIRE_OK(DemoBuilder::build(*doc, DemoBuilder::Size::Small));
        doc.close();
        Document::Options options;
        options.userName = QStringLiteral("tester");
        options.clock = &doc.clock;
        auto opened = Document::open(doc.path(), options);
        REQUIRE_OK(opened);
        auto started = DocumentSession::start(std::move(*opened), &doc.clock);
        REQUIRE_OK(started);
        session = std::move(*started);
        page = std::make_unique<UnitsPage>(*session);
        page->askConfirmation = [this](const QString& question) {
            questions.append(question);
            return confirm;
        };
        page->askExport = [](const QVector<Unit>&, qint64) {
            FAIL("an export dialog was opened unexpectedly");
            return std::optional<UnitExportDialog::Request>();
        };
        page->askImportFiles = [] {
            FAIL("a file dialog was opened unexpectedly");
            return QStringList();
        };
        page->reviewImport = [](const UnitImportDialog::Preview&) {
            FAIL("an import preview was opened unexpectedly");
            return false;
        };
        page->resize(1200, 800);
        page->show();
        QApplication::setActiveWindow(page.get());
        units = page->findChild<QTableView*>(QStringLiteral("unitsTable"));
        platforms = page->findChild<QTableView*>(QStringLiteral("platformsTable"));
        message = page->findChild<QLabel*>(QStringLiteral("unitsMessage"));
        REQUIRE(units);
        REQUIRE(platforms);
        REQUIRE(message);
        unitsModel = page->findChild<UnitFiguresModel*>();
        platformsModel = page->findChild<PlatformModel*>();
        REQUIRE(unitsModel);
        REQUIRE(platformsModel);
        QCoreApplication::processEvents();
    }
    ~UnitsFixture()
    {
        page.reset();
        session.reset();
    }

    Document& document() { return session->document(); }
    QVector<Unit> allUnits()
    {
        auto all = document().units().all();
        REQUIRE_OK(all);
        return *all;
    }
    Unit unitNamed(const QString& name)
    {
        for (const Unit& unit : allUnits()) {
            if (unit.name == name)
                return unit;
        }
        FAIL("no unit " << name.toStdString());
        return {};
    }
    std::optional<UnitFigures> figures(qint64 unitId)
    {
        auto found = document().units().figuresOf(unitId, 2020);
        REQUIRE_OK(found);
        return *found;
    }
    QVector<Platform> platformsOf(qint64 unitId)
    {
        auto all = document().platforms().all();
        REQUIRE_OK(all);
        QVector<Platform> mine;
        for (const Platform& platform : *all) {
            if (platform.unitId == unitId)
                mine.append(platform);
        }
        return mine;
    }
    // A cell of the units table as the view sees it (through the filter/sort proxy).
    QModelIndex cell(qint64 unitId, int column)
    {
        QAbstractItemModel* model = units->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, column);
            if (index.data(UnitFiguresModel::UnitIdRole).toLongLong() == unitId)
                return index;
        }
        FAIL("unit " << unitId << " is not in the table");
        return {};
    }
    QPushButton* button(const char* name)
    {
        auto* found = page->findChild<QPushButton*>(QString::fromLatin1(name));
        REQUIRE(found);
        return found;
    }
};

} // namespace

TEST_CASE("the units table lists every unit with its figures, the school unit first")
{
    UnitsFixture f;
    QAbstractItemModelTester unitsTester(f.unitsModel,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(f.units->model(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester platformsTester(f.platformsModel,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);

    const QVector<Unit> units = f.allUnits();
    REQUIRE(f.units->model()->rowCount() == units.size());
    CHECK(f.units->model()->columnCount() == UnitFiguresModel::ColumnCount);
    const QModelIndex first = f.units->model()->index(0, UnitFiguresModel::Name);
    CHECK(first.data().toString() == units.first().name);
    CHECK(units.first().kind == UnitKind::School);

    // The school unit: 36 eligible, 30 participants, 14 core workers in the demo.
    const qint64 school = units.first().id;
    CHECK(f.cell(school, UnitFiguresModel::Eligible).data().toInt() == 36);
    CHECK(f.cell(school, UnitFiguresModel::Participants).data().toInt() == 30);
    CHECK(f.cell(school, UnitFiguresModel::ParticipationRate).data().toString() ==
          QStringLiteral("83.3%"));
    CHECK(f.cell(school, UnitFiguresModel::CoreWorkerRate).data().toString() ==
          QStringLiteral("38.9%"));
    CHECK(f.cell(school, UnitFiguresModel::UnitRules).data(Qt::CheckStateRole).toInt() ==
          Qt::Checked);
    CHECK(f.cell(school, UnitFiguresModel::PlatformCount).data().toInt() == 12);
    CHECK(f.cell(school, UnitFiguresModel::DualLeaderShare).data().toString() ==
          QStringLiteral("91.7%"));

    // The school unit is selected and its platforms shown, the one without a retired
    // leader marked as failing 双组长制.
    CHECK(f.page->selectedUnitId() == school);
    REQUIRE(f.platforms->model()->rowCount() == 12);
    int missing = 0;
    for (int row = 0; row < 12; ++row) {
        const QModelIndex retired = f.platforms->model()->index(row, PlatformModel::RetiredLeader);
        if (retired.data(PlatformModel::MissingLeaderRole).toBool()) {
            ++missing;
            CHECK(retired.data().toString() == QStringLiteral("missing"));
            CHECK(retired.data(Qt::ForegroundRole).value<QColor>() == red);
            CHECK(retired.data(Qt::ToolTipRole).toString().contains(QStringLiteral("双组长制")));
        }
    }
    CHECK(missing == 1);

    // The twentieth college has not reported: empty cells and a hint.
    const Unit silent = units.at(20);
    REQUIRE_FALSE(f.figures(silent.id).has_value());
    CHECK(f.cell(silent.id, UnitFiguresModel::Eligible).data().toString() ==
          QStringLiteral("no figures"));
    CHECK(f.cell(silent.id, UnitFiguresModel::Participants).data().toString().isEmpty());
    CHECK(f.cell(silent.id, UnitFiguresModel::ParticipationRate).data().toString().isEmpty());
    CHECK_FALSE(f.cell(silent.id, UnitFiguresModel::UnitRules).data(Qt::CheckStateRole).isValid());
    CHECK(f.cell(silent.id, UnitFiguresModel::Name)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("No figures for 2020")));

    SECTION("selecting another unit shows its platforms")
    {
        const Unit college = units.at(1);
        f.units->setCurrentIndex(f.cell(college.id, UnitFiguresModel::Name));
        CHECK(f.page->selectedUnitId() == college.id);
        CHECK(f.platforms->model()->rowCount() == f.platformsOf(college.id).size());
        auto* title = f.page->findChild<QLabel*>(QStringLiteral("platformsTitle"));
        REQUIRE(title);
        CHECK(title->text().contains(college.name));
    }

    SECTION("the filter narrows the table")
    {
        f.page->focusSearch();
        auto* filter = f.page->findChild<QLineEdit*>(QStringLiteral("unitsFilter"));
        REQUIRE(filter);
        CHECK(filter->hasFocus());
        filter->setText(units.at(3).name); // keyClicks types ASCII only
        CHECK(f.units->model()->rowCount() == 1);
        filter->clear();
        CHECK(f.units->model()->rowCount() == units.size());
    }
}

TEST_CASE("a bare document shows its school unit without figures")
{
    UnitsFixture f(false);
    QAbstractItemModelTester tester(f.unitsModel,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(f.units->model()->rowCount() == 1);
    CHECK(f.units->model()->index(0, UnitFiguresModel::Eligible).data().toString() ==
          QStringLiteral("no figures"));
    CHECK(f.platforms->model()->rowCount() == 0);
    CHECK_FALSE(f.button("removeUnitButton")->isEnabled()); // the school unit stays

    // Typing the first figure starts the unit's figures.
    const qint64 school = f.allUnits().first().id;
    REQUIRE(f.units->model()->setData(f.cell(school, UnitFiguresModel::Eligible), 12));
    REQUIRE(f.figures(school).has_value());
    CHECK(f.figures(school)->eligible == 12);
    CHECK(f.figures(school)->participants == 0);
    f.session->undoStack()->undo();
    CHECK_FALSE(f.figures(school).has_value());
}

TEST_CASE("editing a figure in place saves it as one undoable command")
{
    UnitsFixture f;
    QAbstractItemModelTester tester(f.unitsModel,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Unit college = f.allUnits().at(2);
    const UnitFigures before = *f.figures(college.id);
    QUndoStack* undo = f.session->undoStack();
    const int commands = undo->count();

    SECTION("through the model, as the view's editor does")
    {
        const int wanted = before.participants - 1;
        REQUIRE(
            f.units->model()->setData(f.cell(college.id, UnitFiguresModel::Participants), wanted));
        CHECK(f.figures(college.id)->participants == wanted);
        CHECK(undo->count() == commands + 1);
        CHECK(f.cell(college.id, UnitFiguresModel::Participants).data().toInt() == wanted);
        CHECK(f.message->isHidden());

        undo->undo();
        CHECK(f.figures(college.id)->participants == before.participants);
        CHECK(f.cell(college.id, UnitFiguresModel::Participants).data().toInt() ==
              before.participants);
        undo->redo();
        CHECK(f.figures(college.id)->participants == wanted);
    }

    SECTION("through the view's editor")
    {
        const QModelIndex index = f.cell(college.id, UnitFiguresModel::Eligible);
        f.units->setCurrentIndex(index);
        f.units->edit(index);
        auto* editor = f.units->viewport()->findChild<QSpinBox*>();
        REQUIRE(editor);
        editor->setValue(before.eligible + 5);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits through a queued call
        CHECK(f.figures(college.id)->eligible == before.eligible + 5);
        CHECK(undo->count() == commands + 1);
        CHECK(undo->undoText().contains(college.name));
    }

    SECTION("ticking a menu")
    {
        const QModelIndex index = f.cell(college.id, UnitFiguresModel::ResourceMenu);
        const bool was = before.hasResourceMenu;
        REQUIRE(f.units->model()->setData(index, was ? Qt::Unchecked : Qt::Checked,
                                          Qt::CheckStateRole));
        CHECK(f.figures(college.id)->hasResourceMenu == !was);
        undo->undo();
        CHECK(f.figures(college.id)->hasResourceMenu == was);
    }

    SECTION("renaming the unit in its name cell")
    {
        REQUIRE(f.units->model()->setData(f.cell(college.id, UnitFiguresModel::Name),
                                          QStringLiteral("新闻传播学院")));
        CHECK(f.unitNamed(QStringLiteral("新闻传播学院")).id == college.id);
        undo->undo();
        CHECK(f.unitNamed(college.name).id == college.id);
    }
}

TEST_CASE("figures that cannot be are refused in place and change nothing")
{
    UnitsFixture f;
    const Unit college = f.allUnits().at(2);
    const UnitFigures before = *f.figures(college.id);
    const int commands = f.session->undoStack()->count();

    auto checkUnchanged = [&] {
        const UnitFigures now = *f.figures(college.id);
        CHECK(now.eligible == before.eligible);
        CHECK(now.participants == before.participants);
        CHECK(now.coreWorkers == before.coreWorkers);
        CHECK(f.session->undoStack()->count() == commands);
        CHECK(f.cell(college.id, UnitFiguresModel::Participants).data().toInt() ==
              before.participants);
    };

    SECTION("participants above the eligible staff")
    {
        CHECK_FALSE(f.units->model()->setData(f.cell(college.id, UnitFiguresModel::Participants),
                                              before.eligible + 1));
        CHECK(f.message->isVisible());
        CHECK(f.message->text() ==
              QStringLiteral("Participants (%1) cannot exceed the eligible retired staff (%2).")
                  .arg(before.eligible + 1)
                  .arg(before.eligible));
        checkUnchanged();
    }

    SECTION("a negative number, typed into the editor")
    {
        const QModelIndex index = f.cell(college.id, UnitFiguresModel::Hearings);
        f.units->setCurrentIndex(index);
        f.units->edit(index);
        auto* editor = f.units->viewport()->findChild<QSpinBox*>();
        REQUIRE(editor);
        editor->setValue(-2);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
        CHECK(f.message->text().contains(QStringLiteral("cannot be negative")));
        CHECK(f.figures(college.id)->hearingsPerYear == before.hearingsPerYear);
        checkUnchanged();
    }

    SECTION("core workers above the participants")
    {
        CHECK_FALSE(f.units->model()->setData(f.cell(college.id, UnitFiguresModel::CoreWorkers),
                                              before.participants + 1));
        CHECK(f.message->text().contains(QStringLiteral("cannot exceed the participants")));
        checkUnchanged();
    }

    SECTION("the message goes once a good edit is made")
    {
        CHECK_FALSE(f.units->model()->setData(f.cell(college.id, UnitFiguresModel::Eligible), -1));
        CHECK(f.message->isVisible());
        REQUIRE(f.units->model()->setData(f.cell(college.id, UnitFiguresModel::Eligible),
                                          before.eligible + 1));
        CHECK(f.message->isHidden());
    }
}

TEST_CASE("ratios below their target are red, with the target in the tooltip")
{
    UnitsFixture f;
    const QVector<Unit> units = f.allUnits();
    // Demo colleges 1, 6 and 13 (rows 2, 7, 14) take part at about 50%, below T5's 60%.
    const Unit low = units.at(2);
    const Unit good = units.at(1);
    const QModelIndex lowRate = f.cell(low.id, UnitFiguresModel::ParticipationRate);
    const QModelIndex goodRate = f.cell(good.id, UnitFiguresModel::ParticipationRate);
    CHECK(lowRate.data(Qt::ForegroundRole).value<QColor>() == red);
    CHECK(lowRate.data(Qt::BackgroundRole).isValid());
    CHECK(lowRate.data(UnitFiguresModel::BelowTargetRole).toBool());
    CHECK(lowRate.data(Qt::ToolTipRole)
              .toString()
              .startsWith(QStringLiteral("Below the target of T5")));
    CHECK(lowRate.data(Qt::ToolTipRole).toString().contains(QStringLiteral(">= 60%")));
    CHECK_FALSE(goodRate.data(Qt::ForegroundRole).isValid());
    CHECK_FALSE(goodRate.data(UnitFiguresModel::BelowTargetRole).toBool());
    CHECK(goodRate.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Target of T5")));

    // College 4 has few core workers (T6 ≥ 20%); college 9 no hearing (L2 ≥ 1).
    CHECK(f.cell(units.at(5).id, UnitFiguresModel::CoreWorkerRate)
              .data(UnitFiguresModel::BelowTargetRole)
              .toBool());
    CHECK(f.cell(units.at(10).id, UnitFiguresModel::Hearings)
              .data(Qt::ForegroundRole)
              .value<QColor>() == red);
    // Colleges 5 and 12 have one platform (P2 ≥ 2).
    CHECK(f.cell(units.at(6).id, UnitFiguresModel::PlatformCount)
              .data(UnitFiguresModel::BelowTargetRole)
              .toBool());
    CHECK_FALSE(f.cell(units.at(1).id, UnitFiguresModel::PlatformCount)
                    .data(UnitFiguresModel::BelowTargetRole)
                    .toBool());
    // The school unit is outside T5's scope (secondary units), so never red there.
    CHECK_FALSE(f.cell(units.at(0).id, UnitFiguresModel::ParticipationRate)
                    .data(UnitFiguresModel::BelowTargetRole)
                    .toBool());
    // The school unit's platforms: one of 12 lacks a retired leader (P3 = 100%).
    CHECK(f.cell(units.at(0).id, UnitFiguresModel::DualLeaderShare)
              .data(UnitFiguresModel::BelowTargetRole)
              .toBool());

    // Raising the participation clears the red; the refresh keeps the rows (no reset).
    QSignalSpy resets(f.unitsModel, &QAbstractItemModel::modelReset);
    const UnitFigures figures = *f.figures(low.id);
    REQUIRE(f.units->model()->setData(lowRate.siblingAtColumn(UnitFiguresModel::Participants),
                                      figures.eligible));
    CHECK_FALSE(f.cell(low.id, UnitFiguresModel::ParticipationRate)
                    .data(UnitFiguresModel::BelowTargetRole)
                    .toBool());
    CHECK(resets.isEmpty());
}

TEST_CASE("units are added, renamed and removed with undo")
{
    UnitsFixture f;
    QAbstractItemModelTester tester(f.unitsModel,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = int(f.allUnits().size());
    QUndoStack* undo = f.session->undoStack();

    SECTION("add, then type the name")
    {
        QTest::mouseClick(f.button("addUnitButton"), Qt::LeftButton);
        REQUIRE(f.allUnits().size() == before + 1);
        const Unit added = f.allUnits().last();
        CHECK(added.name == QStringLiteral("New unit"));
        CHECK(added.kind == UnitKind::Secondary);
        CHECK(f.page->selectedUnitId() == added.id);
        CHECK(f.units->model()->rowCount() == before + 1);
        // The name cell is open for typing.
        auto* editor = f.units->viewport()->findChild<QLineEdit*>();
        REQUIRE(editor);
        editor->selectAll();
        editor->insert(QStringLiteral("新成立的学院")); // keyClicks types ASCII only
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
        CHECK(f.unitNamed(QStringLiteral("新成立的学院")).id == added.id);

        undo->undo(); // the rename
        undo->undo(); // the addition
        CHECK(f.allUnits().size() == before);
    }

    SECTION("an empty name is refused")
    {
        const Unit college = f.allUnits().at(3);
        CHECK_FALSE(f.units->model()->setData(f.cell(college.id, UnitFiguresModel::Name),
                                              QStringLiteral(" ")));
        CHECK(f.message->text() == QStringLiteral("A unit needs a name."));
        CHECK(f.unitNamed(college.name).id == college.id);
    }

    SECTION("remove after confirmation; undo brings back figures and platforms")
    {
        const Unit college = f.allUnits().at(4);
        const UnitFigures figures = *f.figures(college.id);
        const int platformCount = int(f.platformsOf(college.id).size());
        REQUIRE(platformCount > 0);
        f.units->setCurrentIndex(f.cell(college.id, UnitFiguresModel::Name));
        REQUIRE(f.button("removeUnitButton")->isEnabled());

        f.confirm = false;
        QTest::mouseClick(f.button("removeUnitButton"), Qt::LeftButton);
        REQUIRE(f.questions.size() == 1);
        CHECK(f.questions.first().contains(college.name));
        CHECK(f.allUnits().size() == before);

        f.confirm = true;
        QTest::mouseClick(f.button("removeUnitButton"), Qt::LeftButton);
        CHECK(f.allUnits().size() == before - 1);
        CHECK_FALSE(f.figures(college.id).has_value());
        CHECK(f.platformsOf(college.id).isEmpty());
        CHECK(f.units->model()->rowCount() == before - 1);
        CHECK(f.page->selectedUnitId() != college.id);

        undo->undo();
        CHECK(f.allUnits().size() == before);
        REQUIRE(f.figures(college.id).has_value());
        CHECK(f.figures(college.id)->participants == figures.participants);
        CHECK(f.platformsOf(college.id).size() == platformCount);
        CHECK(f.cell(college.id, UnitFiguresModel::Participants).data().toInt() ==
              figures.participants);
    }

    SECTION("the Delete key removes the selected unit")
    {
        const Unit college = f.allUnits().at(5);
        f.units->setCurrentIndex(f.cell(college.id, UnitFiguresModel::Name));
        f.units->setFocus();
        QTest::keyClick(f.units, Qt::Key_Delete);
        CHECK(f.questions.size() == 1);
        CHECK(f.allUnits().size() == before - 1);
    }

    SECTION("the school unit cannot be removed")
    {
        f.units->setCurrentIndex(f.cell(f.allUnits().first().id, UnitFiguresModel::Name));
        CHECK_FALSE(f.button("removeUnitButton")->isEnabled());
    }
}

TEST_CASE("platforms are added, edited and removed through commands")
{
    UnitsFixture f;
    QAbstractItemModelTester tester(f.platformsModel,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Unit college = f.allUnits().at(1);
    f.units->setCurrentIndex(f.cell(college.id, UnitFiguresModel::Name));
    const int before = int(f.platformsOf(college.id).size());
    REQUIRE(f.platforms->model()->rowCount() == before);
    QUndoStack* undo = f.session->undoStack();

    QTest::mouseClick(f.button("addPlatformButton"), Qt::LeftButton);
    REQUIRE(f.platformsOf(college.id).size() == before + 1);
    REQUIRE(f.platforms->model()->rowCount() == before + 1);
    const Platform added = f.platformsOf(college.id).last();
    CHECK(added.name == QStringLiteral("New platform"));
    const int row = f.platformsModel->rowOfPlatform(added.id);
    auto* editor = f.platforms->viewport()->findChild<QLineEdit*>();
    REQUIRE(editor); // the name is open for typing
    QTest::keyClick(editor, Qt::Key_Escape);

    // Without leaders it fails 双组长制.
    QAbstractItemModel* model = f.platforms->model();
    CHECK(model->index(row, PlatformModel::RetiredLeader)
              .data(PlatformModel::MissingLeaderRole)
              .toBool());
    CHECK(model->index(row, PlatformModel::InServiceLeader).data().toString() ==
          QStringLiteral("missing"));

    REQUIRE(model->setData(model->index(row, PlatformModel::Name), QStringLiteral("心理驿站")));
    REQUIRE(
        model->setData(model->index(row, PlatformModel::InServiceLeader), QStringLiteral("陈静")));
    REQUIRE(
        model->setData(model->index(row, PlatformModel::RetiredLeader), QStringLiteral("刘建国")));
    REQUIRE(model->setData(model->index(row, PlatformModel::Founded), QStringLiteral("2020/3/5")));
    REQUIRE(model->setData(model->index(row, PlatformModel::Activities), 6));
    Platform edited = f.platformsOf(college.id).last();
    CHECK(edited.name == QStringLiteral("心理驿站"));
    CHECK(edited.hasBothLeaders());
    CHECK(edited.founded == QDate(2020, 3, 5));
    CHECK(edited.activities == 6);
    CHECK_FALSE(model->index(row, PlatformModel::RetiredLeader)
                    .data(PlatformModel::MissingLeaderRole)
                    .toBool());
    CHECK(f.cell(college.id, UnitFiguresModel::PlatformCount).data().toInt() == before + 1);

    const int commands = undo->count();
    SECTION("a platform without a name is refused")
    {
        CHECK_FALSE(model->setData(model->index(row, PlatformModel::Name), QString()));
        CHECK(f.message->text() == QStringLiteral("A platform needs a name."));
        CHECK(f.platformsOf(college.id).last().name == QStringLiteral("心理驿站"));
        CHECK(undo->count() == commands);
        CHECK_FALSE(
            model->setData(model->index(row, PlatformModel::Founded), QStringLiteral("soon")));
        CHECK(f.message->text().contains(QStringLiteral("is not a date")));
        CHECK_FALSE(model->setData(model->index(row, PlatformModel::Activities), -3));
        CHECK(f.message->text().contains(QStringLiteral("cannot be negative")));
        CHECK(undo->count() == commands);
    }

    SECTION("undo the edit, remove, undo the removal")
    {
        undo->undo(); // activities
        CHECK(f.platformsOf(college.id).last().activities == 0);
        f.platforms->setCurrentIndex(model->index(row, PlatformModel::Name));
        QTest::mouseClick(f.button("removePlatformButton"), Qt::LeftButton);
        CHECK(f.platformsOf(college.id).size() == before);
        CHECK(f.platforms->model()->rowCount() == before);
        undo->undo();
        CHECK(f.platformsOf(college.id).size() == before + 1);
        CHECK(f.platformsOf(college.id).last().name == QStringLiteral("心理驿站"));
    }
}

TEST_CASE("a template exported and filled in comes back as one undo step")
{
    UnitsFixture f;
    QTemporaryDir folder;
    const Unit college = f.allUnits().at(2);
    const UnitFigures before = *f.figures(college.id);
    const int platformsBefore = int(f.platformsOf(college.id).size());
    const TemplateFormat format = GENERATE(TemplateFormat::Xlsx, TemplateFormat::Csv);
    f.units->setCurrentIndex(f.cell(college.id, UnitFiguresModel::Name));

    // Export: the dialog is offered the units and the selected one.
    qint64 offeredSelection = 0;
    f.page->askExport = [&](const QVector<Unit>& units, qint64 selected) {
        CHECK(units.size() == f.allUnits().size());
        offeredSelection = selected;
        return std::optional<UnitExportDialog::Request>(
            UnitExportDialog::Request{{college.id}, format, folder.path()});
    };
    QTest::mouseClick(f.button("exportTemplateButton"), Qt::LeftButton);
    CHECK(offeredSelection == college.id);
    const QString path = folder.filePath(UnitTemplateFile::fileName(college.name, 2020, format));
    REQUIRE(QFileInfo::exists(path));
    CHECK(f.message->text().contains(QStringLiteral("Exported 1 template")));

    // A second export asks before replacing the file.
    f.confirm = false;
    QTest::mouseClick(f.button("exportTemplateButton"), Qt::LeftButton);
    REQUIRE(f.questions.size() == 1);
    CHECK(f.questions.first().contains(QFileInfo(path).fileName()));

    // The secretary fills it in: new figures and a new platform.
    auto filled = UnitTemplateFile::read(path);
    REQUIRE_OK(filled);
    CHECK(filled->unitName == college.name);
    CHECK(filled->platforms.size() == platformsBefore);
    filled->figures->eligible = before.eligible + 10;
    filled->figures->participants = before.eligible + 8;
    filled->figures->hasResourceMenu = true;
    Platform newPlatform;
    newPlatform.name = QStringLiteral("银龄书画社");
    newPlatform.inServiceLeader = QStringLiteral("周红");
    newPlatform.retiredLeader = QStringLiteral("吴德");
    newPlatform.activities = 4;
    filled->platforms.append(newPlatform);
    REQUIRE_OK(UnitTemplateFile::write(*filled, path, format));

    UnitImportDialog::Preview seen;
    bool accept = true;
    f.page->askImportFiles = [&] {
        return QStringList{path};
    };
    f.page->reviewImport = [&](const UnitImportDialog::Preview& preview) {
        seen = preview;
        return accept;
    };
    QUndoStack* undo = f.session->undoStack();
    const int commands = undo->count();

    SECTION("cancelled in the preview: nothing changes")
    {
        accept = false;
        QTest::mouseClick(f.button("importTemplateButton"), Qt::LeftButton);
        REQUIRE(seen.plans.size() == 1);
        CHECK(f.figures(college.id)->eligible == before.eligible);
        CHECK(undo->count() == commands);
    }

    SECTION("confirmed: applied as one step, undone as one")
    {
        QTest::mouseClick(f.button("importTemplateButton"), Qt::LeftButton);
        REQUIRE(seen.problems.isEmpty());
        REQUIRE(seen.plans.size() == 1);
        const UnitImportPlan& plan = seen.plans.first();
        CHECK(plan.unit.id == college.id);
        CHECK(plan.figuresBefore->eligible == before.eligible);
        CHECK(plan.figuresAfter->eligible == before.eligible + 10);
        REQUIRE(plan.platformsToAdd.size() == 1);
        CHECK(plan.platformsToUpdate.isEmpty());

        CHECK(f.figures(college.id)->eligible == before.eligible + 10);
        CHECK(f.figures(college.id)->participants == before.eligible + 8);
        CHECK(f.figures(college.id)->hasResourceMenu);
        CHECK(f.platformsOf(college.id).size() == platformsBefore + 1);
        CHECK(f.cell(college.id, UnitFiguresModel::Eligible).data().toInt() ==
              before.eligible + 10);
        CHECK(undo->count() == commands + 1);
        CHECK(undo->undoText() == QStringLiteral("Import the template of %1").arg(college.name));
        CHECK(f.message->text().contains(QStringLiteral("Imported 1 template")));

        undo->undo();
        CHECK(f.figures(college.id)->eligible == before.eligible);
        CHECK(f.figures(college.id)->participants == before.participants);
        CHECK(f.figures(college.id)->hasResourceMenu == before.hasResourceMenu);
        CHECK(f.platformsOf(college.id).size() == platformsBefore);
        undo->redo();
        CHECK(f.figures(college.id)->eligible == before.eligible + 10);
        CHECK(f.platformsOf(college.id).size() == platformsBefore + 1);

        // The same file again holds nothing new.
        QTest::mouseClick(f.button("importTemplateButton"), Qt::LeftButton);
        CHECK(f.message->text().contains(QStringLiteral("nothing new")));
        CHECK(undo->count() == commands + 1);
    }

    SECTION("a bad row stops the whole import with its row number")
    {
        filled->figures->coreWorkers = filled->figures->participants + 1;
        REQUIRE_OK(UnitTemplateFile::write(*filled, path, format));
        QTest::mouseClick(f.button("importTemplateButton"), Qt::LeftButton);
        REQUIRE(seen.problems.size() == 1);
        CHECK(seen.plans.isEmpty());
        const QString expected =
            QStringLiteral("%1: row 9: core workers (%2) cannot exceed the participants (%3).")
                .arg(QFileInfo(path).fileName())
                .arg(filled->figures->coreWorkers)
                .arg(filled->figures->participants);
        CHECK(seen.problems.first() == expected);
        CHECK(f.message->text().contains(expected));
        CHECK(f.message->text().startsWith(QStringLiteral("Nothing was imported")));
        CHECK(f.figures(college.id)->eligible == before.eligible);
        CHECK(f.platformsOf(college.id).size() == platformsBefore);
        CHECK(undo->count() == commands);
    }
}

TEST_CASE("importing several templates, one of them for an unknown unit, changes nothing")
{
    UnitsFixture f;
    QTemporaryDir folder;
    const QVector<Unit> units = f.allUnits();
    const UnitFigures before = *f.figures(units.at(1).id);

    auto input = f.session->input();
    UnitTemplate good = UnitTemplate::forUnit(units.at(1), 2020, input.figures, input.platforms);
    good.figures->hearingsPerYear += 3;
    const QString goodPath = folder.filePath(QStringLiteral("good.xlsx"));
    REQUIRE_OK(UnitTemplateFile::write(good, goodPath, TemplateFormat::Xlsx));
    UnitTemplate stranger = good;
    stranger.unitName = QStringLiteral("不存在学院");
    const QString strangerPath = folder.filePath(QStringLiteral("stranger.csv"));
    REQUIRE_OK(UnitTemplateFile::write(stranger, strangerPath, TemplateFormat::Csv));
    const QString notesPath = folder.filePath(QStringLiteral("notes.txt"));
    writeFile(notesPath, "just some notes");

    UnitImportDialog::Preview seen;
    f.page->reviewImport = [&](const UnitImportDialog::Preview& preview) {
        seen = preview;
        return true;
    };
    const int commands = f.session->undoStack()->count();
    f.page->importTemplates({goodPath, strangerPath, notesPath});
    REQUIRE(seen.problems.size() == 2);
    CHECK(seen.problems.at(0) ==
          QStringLiteral("stranger.csv: row 3: there is no unit “不存在学院” in this document; add "
                         "the unit first or correct the name."));
    CHECK(seen.problems.at(1).startsWith(QStringLiteral("notes.txt: ")));
    CHECK(f.figures(units.at(1).id)->hearingsPerYear == before.hearingsPerYear);
    CHECK(f.session->undoStack()->count() == commands);
    CHECK(f.message->text().contains(QStringLiteral("2 problem")));
}

TEST_CASE("the template dialogs show what they are given")
{
    UnitsFixture f;
    const QVector<Unit> units = f.allUnits();

    UnitExportDialog exportDialog(units, units.at(2).id, QDir::tempPath());
    auto* list = exportDialog.findChild<QListWidget*>(QStringLiteral("exportUnitList"));
    REQUIRE(list);
    CHECK(list->count() == units.size());
    CHECK(exportDialog.request().unitIds == QVector<qint64>{units.at(2).id});
    auto* all = exportDialog.findChild<QPushButton*>(QStringLiteral("exportSelectAll"));
    REQUIRE(all);
    all->click();
    CHECK(exportDialog.request().unitIds.size() == units.size());
    auto* format = exportDialog.findChild<QComboBox*>(QStringLiteral("exportFormat"));
    REQUIRE(format);
    format->setCurrentIndex(1);
    CHECK(exportDialog.request().format == TemplateFormat::Csv);
    CHECK(exportDialog.request().folder == QDir::tempPath());

    auto input = f.session->input();
    UnitTemplate filled = UnitTemplate::forUnit(units.at(1), 2020, input.figures, input.platforms);
    filled.figures->participants -= 1;
    auto plan = UnitImportPlan::plan(filled, QStringLiteral("a.xlsx"), input.units, input.figures,
                                     input.platforms, 2020);
    REQUIRE_OK(plan);
    UnitImportDialog preview({{*plan}, {}});
    auto* tree = preview.findChild<QTreeWidget*>(QStringLiteral("importPreview"));
    REQUIRE(tree);
    REQUIRE(tree->topLevelItemCount() == 1);
    CHECK(tree->topLevelItem(0)->text(0).contains(units.at(1).name));
    CHECK(preview.findChild<QPushButton*>(QStringLiteral("importConfirm")));

    UnitImportDialog problems({{}, {QStringLiteral("x.csv: row 3: bad")}});
    auto* text = problems.findChild<QPlainTextEdit*>(QStringLiteral("importProblems"));
    REQUIRE(text);
    CHECK(text->toPlainText() == QStringLiteral("x.csv: row 3: bad"));
    CHECK_FALSE(problems.findChild<QPushButton*>(QStringLiteral("importConfirm")));
}
