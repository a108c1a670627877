// The rectification page: the ledger table, its filters, inline edits through commands,
// adding and removing items, re-rating on verification and the phase timeline.

#include "TestSupport.h"

#include "analysis/Overdue.h"
#include "demo/DemoBuilder.h"
#include "models/RectificationFilterModel.h"
#include "models/RectificationModel.h"
#include "pages/RectificationPage.h"
#include "session/DocumentSession.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QtTest/QTest>

#include <algorithm>

using namespace duibiao;
using namespace duibiao::test;

namespace {

// The small demo document opened in a session on 2020-11-20 (phase 4, some phase-3 items
// overdue), with the page shown at a usual window size.
struct Ledger
{
    TempDocument doc;
    FixedClock clock{QDateTime(QDate(2020, 11, 20), QTime(9, 0))};
    std::unique_ptr<DocumentSession> session;
    std::unique_ptr<RectificationPage> page;
    QTableView* table = nullptr;
    QLabel* message = nullptr;

    Ledger()
    {
        REQUIRE_OK(DemoBuilder::build(*doc, DemoBuilder::Size::Small));
        doc.close();
        Document::Options options;
        options.userName = QStringLiteral("tester");
        options.clock = &clock;
        auto opened = Document::open(doc.path(), options);
        REQUIRE_OK(opened);
        auto started = DocumentSession::start(std::move(*opened), &clock);
        REQUIRE_OK(started);
        session = std::move(*started);
        page = std::make_unique<RectificationPage>(*session);
        page->resize(1200, 800);
        page->show();
        table = page->findChild<QTableView*>(QStringLiteral("rectificationTable"));
        message = page->findChild<QLabel*>(QStringLiteral("rectificationMessage"));
        REQUIRE(table);
        REQUIRE(message);
        QCoreApplication::processEvents();
    }
    ~Ledger()
    {
        page.reset();
        session.reset();
    }

    Document& document() { return session->document(); }
    QVector<RectificationItem> items()
    {
        auto all = document().rectification().all(session->assessmentId());
        REQUIRE_OK(all);
        return *all;
    }
    RectificationItem item(qint64 id)
    {
        auto found = document().rectification().get(id);
        REQUIRE_OK(found);
        return *found;
    }
    RequirementAssessment rating(const QString& code)
    {
        auto found = document().ratings().get(session->assessmentId(), code);
        REQUIRE_OK(found);
        return *found;
    }
    // The table cell of an item (through the filter model, as the view sees it).
    QModelIndex cell(qint64 id, int column)
    {
        const int row = page->model()->rowOfItem(id);
        REQUIRE(row >= 0);
        const QModelIndex index =
            page->filterModel()->mapFromSource(page->model()->index(row, column));
        REQUIRE(index.isValid());
        return index;
    }
    bool edit(qint64 id, int column, const QVariant& value)
    {
        return table->model()->setData(cell(id, column), value, Qt::EditRole);
    }
    template <typename T> T* child(const char* name)
    {
        auto* found = page->findChild<T*>(QLatin1String(name));
        REQUIRE(found);
        return found;
    }
    int shownRows() { return table->model()->rowCount(); }
    RectificationItem first(const std::function<bool(const RectificationItem&)>& predicate)
    {
        const QVector<RectificationItem> all = items();
        const auto found = std::find_if(all.cbegin(), all.cend(), predicate);
        REQUIRE(found != all.cend());
        return *found;
    }
};

void selectData(QComboBox* combo, const QVariant& value)
{
    const int index = combo->findData(value);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("the ledger lists every item of the assessment with its computed columns")
{
    Ledger t;
    const QVector<RectificationItem> items = t.items();
    REQUIRE(items.size() > 20);
    CHECK(t.shownRows() == items.size());
    CHECK(t.table->model()->columnCount() == RectificationModel::ColumnCount);

    QAbstractItemModelTester sourceTester(t.page->model(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester filterTester(t.page->filterModel(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);

    const PhasePlan& phases = t.session->assessment().phases;
    const QDate today = t.clock.today();
    int overdue = 0;
    int open = 0;
    for (const RectificationItem& item : items) {
        const QModelIndex deadline = t.cell(item.id, RectificationModel::DeadlineColumn);
        CHECK(deadline.data().toString() == effectiveDeadline(item, phases).toString(Qt::ISODate));
        const bool late = isOverdue(item, phases, today);
        CHECK(deadline.data(RectificationModel::OverdueRole).toBool() == late);
        if (late) {
            CHECK(deadline.data(Qt::ForegroundRole).value<QBrush>().color() ==
                  QColor(0xc6, 0x28, 0x28));
            CHECK(deadline.data(Qt::FontRole).value<QFont>().bold());
        }
        overdue += late ? 1 : 0;
        open += item.isOpen() ? 1 : 0;
    }
    REQUIRE(overdue > 0);

    // Columns show names and labels, not keys and ids.
    const RectificationItem withUnit =
        t.first([](auto& i) { return i.responsibleUnitId.has_value(); });
    auto units = t.document().units().all();
    REQUIRE_OK(units);
    const auto unit = std::find_if(units->cbegin(), units->cend(), [&](const Unit& u) {
        return u.id == *withUnit.responsibleUnitId;
    });
    REQUIRE(unit != units->cend());
    CHECK(t.cell(withUnit.id, RectificationModel::UnitColumn).data().toString() == unit->name);
    CHECK(t.cell(withUnit.id, RectificationModel::StatusColumn).data().toString() ==
          RectificationModel::statusLabel(withUnit.status));
    CHECK(t.cell(withUnit.id, RectificationModel::PhaseColumn)
              .data()
              .toString()
              .startsWith(QString::number(withUnit.phase) + u' '));
    CHECK(t.cell(withUnit.id, RectificationModel::RequirementsColumn).data().toString() ==
          withUnit.requirementCodes.join(QStringLiteral(", ")));

    const QString counts = t.child<QLabel>("rectificationCounts")->text();
    CHECK(counts ==
          QStringLiteral("%1 items, %2 open, %3 overdue").arg(items.size()).arg(open).arg(overdue));

    // A deadline of its own wins; without one the phase's end counts, shown apart.
    const RectificationItem dated = items.front();
    REQUIRE(t.edit(dated.id, RectificationModel::DeadlineColumn, QDate()));
    const QModelIndex inherited = t.cell(dated.id, RectificationModel::DeadlineColumn);
    CHECK(inherited.data(RectificationModel::InheritedDeadlineRole).toBool());
    CHECK(inherited.data().toString() ==
          phases[std::size_t(dated.phase - 1)].end.toString(Qt::ISODate));
    CHECK(inherited.data(Qt::FontRole).value<QFont>().italic());

    // Sorting by any column keeps every row and orders by value.
    for (int column = 0; column < RectificationModel::ColumnCount; ++column) {
        t.table->sortByColumn(column, Qt::DescendingOrder);
        CHECK(t.shownRows() == items.size());
    }
    t.table->sortByColumn(RectificationModel::DeadlineColumn, Qt::AscendingOrder);
    for (int row = 1; row < t.shownRows(); ++row) {
        const QModelIndex above =
            t.table->model()->index(row - 1, RectificationModel::DeadlineColumn);
        const QModelIndex below = t.table->model()->index(row, RectificationModel::DeadlineColumn);
        CHECK(above.data(Qt::EditRole).toDate() <= below.data(Qt::EditRole).toDate());
    }
    t.table->sortByColumn(RectificationModel::ProgressColumn, Qt::AscendingOrder);
    for (int row = 1; row < t.shownRows(); ++row) {
        CHECK(t.table->model()
                  ->index(row - 1, RectificationModel::ProgressColumn)
                  .data(Qt::EditRole)
                  .toInt() <= t.table->model()
                                  ->index(row, RectificationModel::ProgressColumn)
                                  .data(Qt::EditRole)
                                  .toInt());
    }
}

TEST_CASE("the filters narrow the ledger and the timeline follows them")
{
    Ledger t;
    QAbstractItemModelTester filterTester(t.page->filterModel(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QVector<RectificationItem> items = t.items();
    const PhasePlan& phases = t.session->assessment().phases;
    const QDate today = t.clock.today();
    auto expected = [&](const std::function<bool(const RectificationItem&)>& accept) {
        return int(std::count_if(items.cbegin(), items.cend(), accept));
    };
    auto shownIds = [&] {
        QList<qint64> ids;
        for (int row = 0; row < t.shownRows(); ++row)
            ids.append(
                t.table->model()->index(row, 0).data(RectificationModel::ItemIdRole).toLongLong());
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    auto markerCount = [&] {
        QCoreApplication::processEvents();
        return int(t.page->timelineMarkers().size());
    };
    CHECK(markerCount() == items.size());

    SECTION("overdue only: open and past the effective deadline")
    {
        QTest::mouseClick(t.child<QCheckBox>("overdueFilter"), Qt::LeftButton);
        const int overdue =
            expected([&](auto& i) { return i.isOpen() && effectiveDeadline(i, phases) < today; });
        REQUIRE(overdue > 0);
        CHECK(t.shownRows() == overdue);
        for (int row = 0; row < t.shownRows(); ++row)
            CHECK(t.table->model()->index(row, 0).data(RectificationModel::OverdueRole).toBool());
        CHECK(markerCount() == overdue);
        for (const PhaseTimeline::Marker& marker : t.page->timelineMarkers())
            CHECK(marker.overdue);
        CHECK(t.child<QLabel>("rectificationCounts")
                  ->text()
                  .contains(QStringLiteral("%1 of %2 items").arg(overdue).arg(items.size())));
    }
    SECTION("status")
    {
        auto* status = t.child<QComboBox>("statusFilter");
        selectData(status, int(RectificationFilterModel::StatusFilter::Verified));
        const int verified =
            expected([](auto& i) { return i.status == RectificationStatus::Verified; });
        REQUIRE(verified > 0);
        CHECK(t.shownRows() == verified);
        CHECK(markerCount() == verified);
        selectData(status, int(RectificationFilterModel::StatusFilter::Open));
        CHECK(t.shownRows() == expected([](auto& i) { return i.isOpen(); }));
        selectData(status, int(RectificationFilterModel::StatusFilter::InProgress));
        CHECK(t.shownRows() ==
              expected([](auto& i) { return i.status == RectificationStatus::InProgress; }));
    }
    SECTION("phase")
    {
        selectData(t.child<QComboBox>("phaseFilter"), 3);
        const int third = expected([](auto& i) { return i.phase == 3; });
        REQUIRE(third > 0);
        CHECK(t.shownRows() == third);
        CHECK(markerCount() == third);
    }
    SECTION("unit, and filters combine")
    {
        const RectificationItem sample =
            t.first([](auto& i) { return i.responsibleUnitId.has_value(); });
        const qint64 unit = *sample.responsibleUnitId;
        selectData(t.child<QComboBox>("unitFilter"), unit);
        const int ofUnit = expected([&](auto& i) { return i.responsibleUnitId == unit; });
        CHECK(t.shownRows() == ofUnit);
        selectData(t.child<QComboBox>("phaseFilter"), sample.phase);
        CHECK(t.shownRows() == expected([&](auto& i) {
                  return i.responsibleUnitId == unit && i.phase == sample.phase;
              }));
        CHECK(markerCount() == t.shownRows());
    }
    SECTION("text search over measure, person and codes")
    {
        const RectificationItem sample = items.at(3);
        auto* search = t.child<QLineEdit>("rectificationSearch");
        t.page->focusSearch();
        CHECK(t.page->focusWidget() == search);
        // Typed (ASCII only: QTest cannot type ideographs), case-insensitive.
        const QString code = sample.requirementCodes.first();
        QTest::keyClicks(search, code.toLower());
        CHECK(shownIds().contains(sample.id));
        CHECK(t.shownRows() == expected([&](auto& i) {
                  return i.requirementCodes.join(QStringLiteral(", ")).contains(code) ||
                         i.measure.contains(code, Qt::CaseInsensitive) ||
                         i.responsiblePerson.contains(code, Qt::CaseInsensitive);
              }));
        CHECK(t.shownRows() < items.size());
        search->setText(sample.responsiblePerson);
        CHECK(t.shownRows() == expected([&](auto& i) {
                  return i.responsiblePerson.contains(sample.responsiblePerson) ||
                         i.measure.contains(sample.responsiblePerson);
              }));
        CHECK(shownIds().contains(sample.id));
        search->setText(QStringLiteral("no such measure anywhere"));
        CHECK(t.shownRows() == 0);
        CHECK(markerCount() == 0);
        search->clear();
        CHECK(t.shownRows() == items.size());
    }
}

TEST_CASE("edits go through commands, change the document and undo restores it")
{
    Ledger t;
    QAbstractItemModelTester sourceTester(t.page->model(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    QUndoStack* undo = t.session->undoStack();
    const RectificationItem planned =
        t.first([](auto& i) { return i.status == RectificationStatus::Planned; });
    const int steps = undo->count();

    SECTION("status")
    {
        REQUIRE(t.edit(planned.id, RectificationModel::StatusColumn,
                       int(RectificationStatus::InProgress)));
        CHECK(t.item(planned.id).status == RectificationStatus::InProgress);
        CHECK(t.cell(planned.id, RectificationModel::StatusColumn).data().toString() ==
              RectificationModel::statusLabel(RectificationStatus::InProgress));
        CHECK(undo->count() == steps + 1);
        undo->undo();
        CHECK(t.item(planned.id).status == RectificationStatus::Planned);
        CHECK(t.cell(planned.id, RectificationModel::StatusColumn).data().toString() ==
              RectificationModel::statusLabel(RectificationStatus::Planned));
        // Done work is complete work.
        REQUIRE(
            t.edit(planned.id, RectificationModel::StatusColumn, int(RectificationStatus::Done)));
        CHECK(t.item(planned.id).progress == 100);
    }
    SECTION("progress")
    {
        REQUIRE(t.edit(planned.id, RectificationModel::ProgressColumn, 40));
        CHECK(t.item(planned.id).progress == 40);
        CHECK_FALSE(t.edit(planned.id, RectificationModel::ProgressColumn, 140));
        CHECK(t.message->isVisible());
        CHECK(t.item(planned.id).progress == 40);
        undo->undo();
        CHECK(t.item(planned.id).progress == planned.progress);
    }
    SECTION("deadline")
    {
        const QDate later(2020, 12, 15);
        REQUIRE(t.edit(planned.id, RectificationModel::DeadlineColumn, later));
        CHECK(t.item(planned.id).deadline == later);
        CHECK(t.cell(planned.id, RectificationModel::DeadlineColumn).data().toString() ==
              QStringLiteral("2020-12-15"));
        undo->undo();
        CHECK(t.item(planned.id).deadline == planned.deadline);
    }
    SECTION("measure, person, note, phase and unit")
    {
        REQUIRE(t.edit(planned.id, RectificationModel::MeasureColumn,
                       QStringLiteral("  完善工作台账并按月通报  ")));
        CHECK(t.item(planned.id).measure == QStringLiteral("完善工作台账并按月通报"));
        REQUIRE(t.edit(planned.id, RectificationModel::PersonColumn, QStringLiteral("王老师")));
        REQUIRE(t.edit(planned.id, RectificationModel::NoteColumn, QStringLiteral("已布置")));
        const int otherPhase = planned.phase == 4 ? 3 : 4;
        REQUIRE(t.edit(planned.id, RectificationModel::PhaseColumn, otherPhase));
        REQUIRE(t.edit(planned.id, RectificationModel::UnitColumn, qint64(0)));
        const RectificationItem changed = t.item(planned.id);
        CHECK(changed.responsiblePerson == QStringLiteral("王老师"));
        CHECK(changed.completionNote == QStringLiteral("已布置"));
        CHECK(changed.phase == otherPhase);
        CHECK_FALSE(changed.responsibleUnitId.has_value());
        CHECK(undo->count() == steps + 5);
        for (int i = 0; i < 5; ++i)
            undo->undo();
        const RectificationItem restored = t.item(planned.id);
        CHECK(restored.measure == planned.measure);
        CHECK(restored.responsiblePerson == planned.responsiblePerson);
        CHECK(restored.phase == planned.phase);
        CHECK(restored.responsibleUnitId == planned.responsibleUnitId);
        // An empty measure is refused.
        CHECK_FALSE(t.edit(planned.id, RectificationModel::MeasureColumn, QStringLiteral("  ")));
        CHECK(t.item(planned.id).measure == planned.measure);
    }
    SECTION("requirement codes: known codes are kept, an unknown one is refused")
    {
        REQUIRE(
            t.edit(planned.id, RectificationModel::RequirementsColumn, QStringLiteral("l1，T5")));
        QStringList codes = t.item(planned.id).requirementCodes;
        codes.sort();
        CHECK(codes == QStringList{QStringLiteral("L1"), QStringLiteral("T5")});
        CHECK_FALSE(t.message->isVisible());
        const int before = undo->count();
        CHECK_FALSE(
            t.edit(planned.id, RectificationModel::RequirementsColumn, QStringLiteral("L1, X99")));
        CHECK(t.message->isVisible());
        CHECK(t.message->text().contains(QStringLiteral("X99")));
        codes = t.item(planned.id).requirementCodes;
        codes.sort();
        CHECK(codes == QStringList{QStringLiteral("L1"), QStringLiteral("T5")});
        CHECK(undo->count() == before);
        // The next good edit clears the message.
        REQUIRE(t.edit(planned.id, RectificationModel::ProgressColumn, 10));
        CHECK_FALSE(t.message->isVisible());
    }
}

TEST_CASE("items are added in the current phase and removed, both undoably")
{
    Ledger t;
    QAbstractItemModelTester filterTester(t.page->filterModel(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    QUndoStack* undo = t.session->undoStack();
    const int count = int(t.items().size());

    SECTION("add")
    {
        // Even with a filter that would hide it, the new item is shown and its measure edited.
        QTest::mouseClick(t.child<QCheckBox>("overdueFilter"), Qt::LeftButton);
        QTest::mouseClick(t.child<QPushButton>("addItemButton"), Qt::LeftButton);
        const QVector<RectificationItem> items = t.items();
        REQUIRE(items.size() == count + 1);
        const RectificationItem added = items.back();
        CHECK(added.status == RectificationStatus::Planned);
        CHECK(added.phase == 4); // 2020-11-20 lies in phase 4
        CHECK_FALSE(added.measure.isEmpty());
        CHECK(t.page->currentItemId() == added.id);
        CHECK(t.table->currentIndex().column() == RectificationModel::MeasureColumn);
        CHECK_FALSE(t.child<QCheckBox>("overdueFilter")->isChecked());
        auto* editor = qobject_cast<QLineEdit*>(t.page->focusWidget());
        REQUIRE(editor);
        CHECK(t.table->isAncestorOf(editor));
        editor->setText(QStringLiteral("组织专题培训"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits queued
        CHECK(t.item(added.id).measure == QStringLiteral("组织专题培训"));

        undo->undo(); // the measure
        undo->undo(); // the item
        CHECK(t.items().size() == count);
        CHECK(t.shownRows() == count);
        undo->redo();
        CHECK(t.items().size() == count + 1);
        CHECK(t.page->model()->rowOfItem(added.id) >= 0);
    }
    SECTION("remove, with confirmation")
    {
        QStringList asked;
        bool answer = false;
        t.page->setRemovalConfirmer([&](const RectificationItem& item) {
            asked.append(item.measure);
            return answer;
        });
        const RectificationItem victim = t.items().at(5);
        REQUIRE(t.page->selectItem(victim.id));
        QTest::mouseClick(t.child<QPushButton>("removeItemButton"), Qt::LeftButton);
        CHECK(asked == QStringList{victim.measure});
        CHECK(t.items().size() == count); // declined

        answer = true;
        QTest::mouseClick(t.child<QPushButton>("removeItemButton"), Qt::LeftButton);
        CHECK(t.items().size() == count - 1);
        CHECK(t.page->model()->rowOfItem(victim.id) < 0);
        CHECK_FALSE(t.document().rectification().get(victim.id).ok());
        CHECK(t.page->currentItemId() != 0); // the cursor moved on
        undo->undo();
        CHECK(t.items().size() == count);
        CHECK(t.item(victim.id).measure == victim.measure);
    }
    SECTION("the Delete key removes the current item")
    {
        t.page->setRemovalConfirmer([](const RectificationItem&) { return true; });
        t.page->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(t.page.get()));
        const RectificationItem victim = t.items().at(2);
        REQUIRE(t.page->selectItem(victim.id));
        t.table->setFocus();
        QTest::keyClick(t.table, Qt::Key_Delete);
        CHECK(t.items().size() == count - 1);
        CHECK_FALSE(t.document().rectification().get(victim.id).ok());
    }
}

TEST_CASE("verifying an item asks to re-rate its requirement, as one undo step")
{
    Ledger t;
    QUndoStack* undo = t.session->undoStack();
    // A finished item whose requirement is not yet rated as met.
    const RectificationItem done = t.first([&](const RectificationItem& i) {
        return i.status == RectificationStatus::Done && i.requirementCodes.size() == 1 &&
               t.rating(i.requirementCodes.first()).rating != Rating::Met &&
               !t.rating(i.requirementCodes.first()).ratingBeforeRectification;
    });
    const QString code = done.requirementCodes.first();
    const Rating old = t.rating(code).rating;
    const int steps = undo->count();
    QVector<RerateDialog::Requirement> asked;

    SECTION("accepted: the requirement is re-rated and the earlier rating kept")
    {
        t.page->setRerateAsker([&](const RectificationItem& item,
                                   const QVector<RerateDialog::Requirement>& requirements) {
            CHECK(item.id == done.id);
            asked = requirements;
            RerateDialog::Answer answer;
            for (const auto& requirement : requirements)
                answer.ratings.append({requirement.code, Rating::Met});
            answer.reason = QStringLiteral("整改已现场核查");
            return std::optional<RerateDialog::Answer>(answer);
        });
        REQUIRE(
            t.edit(done.id, RectificationModel::StatusColumn, int(RectificationStatus::Verified)));
        QCoreApplication::processEvents();
        REQUIRE(asked.size() == 1);
        CHECK(asked.front().code == code);
        CHECK(asked.front().current == old);
        CHECK(t.item(done.id).status == RectificationStatus::Verified);
        CHECK(t.rating(code).rating == Rating::Met);
        REQUIRE(t.rating(code).ratingBeforeRectification.has_value());
        CHECK(*t.rating(code).ratingBeforeRectification == old);
        CHECK(undo->count() == steps + 1);
        CHECK(undo->undoText().contains(code));

        undo->undo();
        CHECK(t.item(done.id).status == RectificationStatus::Done);
        CHECK(t.rating(code).rating == old);
        CHECK_FALSE(t.rating(code).ratingBeforeRectification.has_value());
        CHECK(t.cell(done.id, RectificationModel::StatusColumn).data().toString() ==
              RectificationModel::statusLabel(RectificationStatus::Done));
        undo->redo();
        CHECK(t.item(done.id).status == RectificationStatus::Verified);
        CHECK(t.rating(code).rating == Rating::Met);
    }
    SECTION("declined: only the status changes")
    {
        t.page->setRerateAsker(
            [&](const RectificationItem&, const QVector<RerateDialog::Requirement>& requirements) {
                asked = requirements;
                return std::optional<RerateDialog::Answer>();
            });
        REQUIRE(
            t.edit(done.id, RectificationModel::StatusColumn, int(RectificationStatus::Verified)));
        QCoreApplication::processEvents();
        CHECK(asked.size() == 1);
        CHECK(t.item(done.id).status == RectificationStatus::Verified);
        CHECK(t.rating(code).rating == old);
        CHECK_FALSE(t.rating(code).ratingBeforeRectification.has_value());
        CHECK(undo->count() == steps + 1);
        undo->undo();
        CHECK(t.item(done.id).status == RectificationStatus::Done);
    }
}

TEST_CASE("the delegates edit in place and the keyboard drives the table")
{
    Ledger t;
    t.page->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(t.page.get()));
    const RectificationItem done = t.first([&](const RectificationItem& i) {
        return i.status == RectificationStatus::Done && !i.requirementCodes.isEmpty();
    });
    auto openEditor = [&](int column) -> QWidget* {
        REQUIRE(t.page->selectItem(done.id, column));
        t.table->setFocus();
        QTest::keyClick(t.table, Qt::Key_Return); // Enter edits, like F2
        QWidget* editor = t.page->focusWidget();
        REQUIRE(editor);
        REQUIRE(t.table->isAncestorOf(editor));
        return editor;
    };

    SECTION("progress: a spin box")
    {
        auto* spin = qobject_cast<QSpinBox*>(openEditor(RectificationModel::ProgressColumn));
        REQUIRE(spin);
        CHECK(spin->value() == done.progress);
        spin->setValue(70);
        QTest::keyClick(spin, Qt::Key_Return);
        QCoreApplication::processEvents();
        CHECK(t.item(done.id).progress == 70);
    }
    SECTION("deadline: a date edit with a calendar")
    {
        auto* dateEdit = qobject_cast<QDateEdit*>(openEditor(RectificationModel::DeadlineColumn));
        REQUIRE(dateEdit);
        CHECK(dateEdit->calendarPopup());
        CHECK(dateEdit->date() == done.deadline);
        dateEdit->setDate(QDate(2020, 12, 24));
        QTest::keyClick(dateEdit, Qt::Key_Return);
        QCoreApplication::processEvents();
        CHECK(t.item(done.id).deadline == QDate(2020, 12, 24));
    }
    SECTION("status: choosing verified in the list asks to re-rate once the editor is gone")
    {
        int asked = 0;
        t.page->setRerateAsker([&](const RectificationItem&, const auto&) {
            ++asked;
            // The list that chose "verified" is closed before the question comes.
            for (const QComboBox* editor : t.table->findChildren<QComboBox*>())
                CHECK_FALSE(editor->isVisible());
            return std::optional<RerateDialog::Answer>();
        });
        auto* combo = qobject_cast<QComboBox*>(openEditor(RectificationModel::StatusColumn));
        REQUIRE(combo);
        CHECK(combo->currentData().toInt() == int(RectificationStatus::Done));
        const int verified = combo->findData(int(RectificationStatus::Verified));
        combo->setCurrentIndex(verified);
        emit combo->activated(verified);
        QCoreApplication::processEvents();
        CHECK(asked == 1);
        CHECK(t.item(done.id).status == RectificationStatus::Verified);
    }
    SECTION("unit: the units by name, or none")
    {
        auto* combo = qobject_cast<QComboBox*>(openEditor(RectificationModel::UnitColumn));
        REQUIRE(combo);
        CHECK(combo->count() == int(t.session->input().units.size()) + 1);
        combo->setCurrentIndex(0);
        emit combo->activated(0);
        QCoreApplication::processEvents();
        CHECK_FALSE(t.item(done.id).responsibleUnitId.has_value());
    }
    SECTION("F2 edits too, Escape leaves the item alone")
    {
        REQUIRE(t.page->selectItem(done.id, RectificationModel::MeasureColumn));
        t.table->setFocus();
        QTest::keyClick(t.table, Qt::Key_F2);
        auto* line = qobject_cast<QLineEdit*>(t.page->focusWidget());
        REQUIRE(line);
        CHECK(line->text() == done.measure);
        line->setText(QStringLiteral("不会保存"));
        QTest::keyClick(line, Qt::Key_Escape);
        QCoreApplication::processEvents();
        CHECK(t.item(done.id).measure == done.measure);
    }
}

TEST_CASE("a refused re-rating takes the whole verification back")
{
    Ledger t;
    QUndoStack* undo = t.session->undoStack();
    // An indicator requirement rated as its figures suggest, short of met: rating it met
    // without a reason is refused by the repository.
    const QVector<RequirementAssessment> ratings = t.session->input().ratings;
    const auto shortfall = std::find_if(ratings.cbegin(), ratings.cend(), [](const auto& r) {
        return r.suggestedRating && *r.suggestedRating != Rating::Met &&
               r.rating == *r.suggestedRating && r.overrideReason.isEmpty();
    });
    REQUIRE(shortfall != ratings.cend());
    const QString code = shortfall->requirementCode;
    const Rating old = shortfall->rating;
    const RectificationItem done =
        t.first([](auto& i) { return i.status == RectificationStatus::Done; });
    REQUIRE(t.edit(done.id, RectificationModel::RequirementsColumn, code));
    const int steps = undo->count();

    t.page->setRerateAsker([&](const RectificationItem&, const auto&) {
        RerateDialog::Answer answer;
        answer.ratings.append({code, Rating::Met});
        return std::optional<RerateDialog::Answer>(answer);
    });
    REQUIRE(t.edit(done.id, RectificationModel::StatusColumn, int(RectificationStatus::Verified)));
    QCoreApplication::processEvents();
    CHECK(t.message->isVisible());
    CHECK(t.message->text().contains(code));
    CHECK(t.item(done.id).status == RectificationStatus::Done);
    CHECK(t.rating(code).rating == old);
    CHECK(undo->count() == steps);
    CHECK(undo->index() == steps);
    CHECK_FALSE(undo->canRedo());
}

TEST_CASE("the re-rate dialog offers met by default and asks for a reason the figures need")
{
    RerateDialog dialog(
        QStringLiteral("完善制度"),
        {{QStringLiteral("T4"), QStringLiteral("导师制度"), Rating::LargelyMet, std::nullopt,
          false},
         {QStringLiteral("S2"), QStringLiteral("宣传工作"), Rating::NotMet, Rating::NotMet, false}},
        Language::Chinese);
    dialog.show();
    auto* s2 = dialog.findChild<QComboBox*>(QStringLiteral("newRating_S2"));
    REQUIRE(s2);
    CHECK(s2->currentData().toInt() == int(Rating::Met));
    dialog.accept(); // S2's figures suggest "not met" and there is no reason yet
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("rerateMessage"))->isVisible());
    dialog.findChild<QLineEdit*>(QStringLiteral("rerateReason"))
        ->setText(QStringLiteral("已按规定补齐"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const RerateDialog::Answer answer = dialog.answer();
    REQUIRE(answer.ratings.size() == 2);
    CHECK(answer.ratings.at(0).first == QStringLiteral("T4"));
    CHECK(answer.ratings.at(0).second == Rating::Met);
    CHECK(answer.reason == QStringLiteral("已按规定补齐"));
}

TEST_CASE("clicking a timeline marker selects its row")
{
    Ledger t;
    const QVector<RectificationItem> items = t.items();
    const RectificationItem target = items.at(items.size() / 2);
    // Hidden by the phase filter: the filters are cleared to show it.
    auto* phase = t.child<QComboBox>("phaseFilter");
    selectData(phase, target.phase == 2 ? 3 : 2);
    QCoreApplication::processEvents();
    auto* timeline = t.child<PhaseTimeline>("phaseTimeline");
    emit timeline->markerActivated(target.id);
    CHECK(t.page->currentItemId() == target.id);
    CHECK(phase->currentIndex() == 0);
    CHECK(t.shownRows() == items.size());
}

TEST_CASE("the rectification models pass the model tester through edits and resets")
{
    Ledger t;
    RectificationModel model(*t.session);
    RectificationFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setOverdueOnly(true);
    filter.setSearchText(QStringLiteral("工作"));
    filter.sort(RectificationModel::DeadlineColumn);
    const RectificationItem item = t.items().front();
    REQUIRE(model.setData(model.index(model.rowOfItem(item.id), RectificationModel::ProgressColumn),
                          55));
    t.session->undoStack()->undo();
    t.session->setLanguage(Language::English);
    CHECK(model.index(0, RectificationModel::PhaseColumn)
              .data()
              .toString()
              .contains(phaseName(t.items().front().phase, Language::English)));
    filter.clearFilters();
    CHECK(filter.rowCount() == model.rowCount());
}

// Not run by default: renders the page and the re-rate dialog into the temporary folder
// for a look (test_ui_rectification "[.screenshot]").
TEST_CASE("render the rectification page", "[.screenshot]")
{
    Ledger t;
    for (const Language language : {Language::Chinese, Language::English}) {
        t.session->setLanguage(language);
        QCoreApplication::processEvents();
        const QString name =
            language == Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
        CHECK(t.page->grab().save(
            QDir::temp().filePath(QStringLiteral("rectification-%1.png").arg(name))));
    }
    RerateDialog dialog(
        t.items().front().measure,
        {{QStringLiteral("T4"), QStringLiteral("青年教师成长导师制度"), Rating::LargelyMet,
          std::nullopt, false},
         {QStringLiteral("S2"), QStringLiteral("宣传工作"), Rating::NotMet, Rating::NotMet, false}},
        Language::Chinese);
    dialog.show();
    dialog.accept(); // shows the message asking for a reason
    CHECK(dialog.grab().save(QDir::temp().filePath(QStringLiteral("rectification-rerate.png"))));
}
