#include "pages/RectificationPage.h"

#include "commands/RectificationCommands.h"
#include "commands/RequirementCommands.h"
#include "delegates/ChoiceDelegate.h"
#include "delegates/DateDelegate.h"
#include "delegates/ProgressDelegate.h"
#include "models/RectificationFilterModel.h"
#include "models/RectificationModel.h"
#include "util/TableExport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace duibiao {

RectificationPage::RectificationPage(DocumentSession& session, QWidget* parent)
    : Page(session, parent)
{
    setObjectName(QStringLiteral("rectificationPage"));

    m_model = new RectificationModel(session, this);
    m_model->setCommitter([this](const RectificationItem& before, const RectificationItem& after) {
        return commit(before, after);
    });
    m_filter = new RectificationFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_rerateAsker = [this](const RectificationItem& item,
                           const QVector<RerateDialog::Requirement>& requirements) {
        return askRerate(item, requirements);
    };
    m_confirmRemoval = [this](const RectificationItem& item) {
        return QMessageBox::question(
                   this, tr("Remove rectification item"),
                   tr("Remove the rectification item “%1”? You can undo this.").arg(item.measure),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    };

    // Many row signals arrive for one filter change; the timeline and counts are rebuilt
    // once afterwards.
    m_summaryTimer = new QTimer(this);
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(0);
    connect(m_summaryTimer, &QTimer::timeout, this, &RectificationPage::updateSummary);

    auto* layout = new QVBoxLayout(this);
    buildFilters();
    auto* filters = new QHBoxLayout;
    auto addFilter = [this, filters](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
        filters->addSpacing(12);
    };
    addFilter(tr("P&hase:"), m_phaseFilter);
    addFilter(tr("S&tatus:"), m_statusFilter);
    addFilter(tr("&Unit:"), m_unitFilter);
    filters->addWidget(m_overdueFilter);
    filters->addStretch(1);
    filters->addWidget(m_search, 2);
    layout->addLayout(filters);

    m_timeline = new PhaseTimeline(this);
    m_timeline->setPlan(session.assessment().phases, session.today(), session.language());
    connect(m_timeline, &PhaseTimeline::markerActivated, this, [this](qint64 id) {
        if (selectItem(id))
            m_table->setFocus(Qt::MouseFocusReason);
    });
    layout->addWidget(m_timeline);

    auto* actions = new QHBoxLayout;
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("rectificationCounts"));
    actions->addWidget(m_counts, 1);
    m_addButton = new QPushButton(tr("&Add item"), this);
    m_addButton->setObjectName(QStringLiteral("addItemButton"));
    m_addButton->setToolTip(tr("Add a planned item in the current phase (Ins)"));
    m_removeButton = new QPushButton(tr("&Remove item"), this);
    m_removeButton->setObjectName(QStringLiteral("removeItemButton"));
    m_removeButton->setToolTip(tr("Remove the selected item (Del)"));
    connect(m_addButton, &QPushButton::clicked, this, &RectificationPage::addItem);
    connect(m_removeButton, &QPushButton::clicked, this, &RectificationPage::removeCurrentItem);
    actions->addWidget(m_addButton);
    actions->addWidget(m_removeButton);
    auto* findings = new QPushButton(tr("Rectify the Panel's &Findings…"), this);
    findings->setObjectName(QStringLiteral("rectifyFindingsButton"));
    findings->setToolTip(tr("A phase-4 item for each requirement the review panel rated not "
                            "met or largely met"));
    connect(findings, &QPushButton::clicked, this, &RectificationPage::rectifyFindingsRequested);
    actions->addWidget(findings);
    actions->addWidget((new TableExport(session, QStringLiteral("ledger"), this))->button());
    layout->addLayout(actions);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("rectificationMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->hide();
    layout->addWidget(m_message);

    buildTable();
    layout->addWidget(m_table, 1);

    setTabOrder(m_phaseFilter, m_statusFilter);
    setTabOrder(m_statusFilter, m_unitFilter);
    setTabOrder(m_unitFilter, m_overdueFilter);
    setTabOrder(m_overdueFilter, m_search);
    setTabOrder(m_search, m_addButton);
    setTabOrder(m_addButton, m_removeButton);
    setTabOrder(m_removeButton, m_table);

    connect(m_model, &RectificationModel::refused, this, &RectificationPage::showMessage);
    connect(&session, &DocumentSession::changed, this, &RectificationPage::onSessionChanged);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &RectificationPage::scheduleSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &RectificationPage::scheduleSummary);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this,
            &RectificationPage::scheduleSummary);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &RectificationPage::scheduleSummary);
    updateSummary();
    updateButtons();
}

void RectificationPage::buildFilters()
{
    m_phaseFilter = new QComboBox(this);
    m_phaseFilter->setObjectName(QStringLiteral("phaseFilter"));
    m_phaseFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_phaseFilter->setMinimumContentsLength(12);
    fillPhaseFilter();

    using StatusFilter = RectificationFilterModel::StatusFilter;
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All statuses"), int(StatusFilter::Any));
    m_statusFilter->addItem(tr("Open (planned or in progress)"), int(StatusFilter::Open));
    m_statusFilter->addItem(RectificationModel::statusLabel(RectificationStatus::Planned),
                            int(StatusFilter::Planned));
    m_statusFilter->addItem(RectificationModel::statusLabel(RectificationStatus::InProgress),
                            int(StatusFilter::InProgress));
    m_statusFilter->addItem(RectificationModel::statusLabel(RectificationStatus::Done),
                            int(StatusFilter::Done));
    m_statusFilter->addItem(RectificationModel::statusLabel(RectificationStatus::Verified),
                            int(StatusFilter::Verified));

    m_unitFilter = new QComboBox(this);
    m_unitFilter->setObjectName(QStringLiteral("unitFilter"));
    m_unitFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unitFilter->setMinimumContentsLength(10);
    m_unitFilter->setMaximumWidth(260);
    fillUnitFilter();

    m_overdueFilter = new QCheckBox(tr("&Overdue only"), this);
    m_overdueFilter->setObjectName(QStringLiteral("overdueFilter"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("rectificationSearch"));
    m_search->setPlaceholderText(tr("Search measure, person, code"));
    m_search->setToolTip(tr("Search the measure, the responsible person and the requirement "
                            "codes (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);

    for (QComboBox* combo : {m_phaseFilter, m_statusFilter, m_unitFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &RectificationPage::applyFilters);
    connect(m_overdueFilter, &QCheckBox::toggled, this, &RectificationPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &RectificationPage::applyFilters);
}

void RectificationPage::buildTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rectificationTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RectificationModel::IdColumn, Qt::AscendingOrder);

    auto* phases = new ChoiceDelegate(
        [this] {
            QVector<ChoiceDelegate::Choice> choices;
            for (int phase = 1; phase <= 4; ++phase)
                choices.append(
                    {RectificationModel::phaseLabel(phase, session().language()), phase});
            return choices;
        },
        m_table);
    auto* statuses = new ChoiceDelegate(
        [] {
            QVector<ChoiceDelegate::Choice> choices;
            for (RectificationStatus status : RectificationModel::statuses())
                choices.append({RectificationModel::statusLabel(status), int(status)});
            return choices;
        },
        m_table);
    auto* units = new ChoiceDelegate(
        [this] {
            QVector<ChoiceDelegate::Choice> choices{{tr("(none)"), qint64(0)}};
            for (const duibiao::Unit& unit : session().input().units)
                choices.append({unit.name, unit.id});
            return choices;
        },
        m_table);
    m_table->setItemDelegateForColumn(RectificationModel::PhaseColumn, phases);
    m_table->setItemDelegateForColumn(RectificationModel::StatusColumn, statuses);
    m_table->setItemDelegateForColumn(RectificationModel::UnitColumn, units);
    m_table->setItemDelegateForColumn(RectificationModel::DeadlineColumn,
                                      new DateDelegate(m_table));
    m_table->setItemDelegateForColumn(
        RectificationModel::ProgressColumn,
        new ProgressDelegate(RectificationModel::OverdueRole, m_table));

    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    // Widths from samples rather than ResizeToContents, which would measure 3,000 rows.
    const QFontMetrics metrics = fontMetrics();
    const QString ideographs(24, QChar(0x6574));
    auto fit = [&](int column, const QString& sample) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int width = std::max(metrics.horizontalAdvance(sample) + 16,
                                   metrics.horizontalAdvance(title) + 32); // sort arrow
        m_table->setColumnWidth(column, width);
    };
    // Room for the overdue sign beside the number.
    m_table->setColumnWidth(RectificationModel::IdColumn,
                            metrics.horizontalAdvance(QStringLiteral("0000")) + 16 + 24);
    fit(RectificationModel::RequirementsColumn, QStringLiteral("L1, T5"));
    fit(RectificationModel::MeasureColumn, ideographs.left(18));
    fit(RectificationModel::UnitColumn, ideographs.left(9));
    fit(RectificationModel::PersonColumn, ideographs.left(3));
    fit(RectificationModel::DeadlineColumn, QStringLiteral("0000-00-00"));
    // Phase names are long in English: the widest, up to ten ideographs' width (the tooltip
    // has the rest).
    int phaseWidth = 0;
    for (int phase = 1; phase <= 4; ++phase)
        phaseWidth = std::max(phaseWidth, metrics.horizontalAdvance(RectificationModel::phaseLabel(
                                              phase, session().language())));
    m_table->setColumnWidth(RectificationModel::PhaseColumn,
                            std::min(phaseWidth, metrics.horizontalAdvance(ideographs.left(10))) +
                                16);
    // Overdue rows are bold.
    fit(RectificationModel::StatusColumn,
        RectificationModel::statusLabel(RectificationStatus::InProgress) + QStringLiteral("MM"));
    fit(RectificationModel::ProgressColumn, QStringLiteral("100%100%"));

    // Enter edits the current cell (F2 does too), Del removes, Ins adds: only while the
    // table itself has the focus, so they never fire inside an open editor.
    m_editAction = new QAction(tr("&Edit"), m_table);
    m_editAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_editAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_editAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            m_table->edit(current);
    });
    auto* addAction = new QAction(tr("&Add item"), m_table);
    addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    addAction->setShortcutContext(Qt::WidgetShortcut);
    connect(addAction, &QAction::triggered, this, &RectificationPage::addItem);
    m_removeAction = new QAction(tr("&Remove item"), m_table);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_removeAction, &QAction::triggered, this, &RectificationPage::removeCurrentItem);
    m_table->addActions({m_editAction, addAction, m_removeAction});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RectificationPage::updateButtons);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &RectificationPage::updateButtons);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &RectificationPage::updateButtons);
}

void RectificationPage::fillPhaseFilter()
{
    const QSignalBlocker blocker(m_phaseFilter);
    const int current = m_phaseFilter->currentIndex();
    m_phaseFilter->clear();
    m_phaseFilter->addItem(tr("All phases"), 0);
    for (int phase = 1; phase <= 4; ++phase)
        m_phaseFilter->addItem(RectificationModel::phaseLabel(phase, session().language()), phase);
    m_phaseFilter->setCurrentIndex(std::max(0, current));
}

void RectificationPage::fillUnitFilter()
{
    const QSignalBlocker blocker(m_unitFilter);
    const QVariant current = m_unitFilter->currentData();
    m_unitFilter->clear();
    m_unitFilter->addItem(tr("All units"), RectificationFilterModel::AnyUnit);
    m_unitFilter->addItem(tr("No responsible unit"), RectificationFilterModel::NoUnit);
    for (const duibiao::Unit& unit : session().input().units)
        m_unitFilter->addItem(unit.name, unit.id);
    const int index = current.isValid() ? m_unitFilter->findData(current) : 0;
    m_unitFilter->setCurrentIndex(std::max(0, index));
    // A removed unit's filter falls back to all units.
    if (index < 0 && m_filter)
        m_filter->setUnit(RectificationFilterModel::AnyUnit);
}

void RectificationPage::applyFilters()
{
    m_filter->setPhase(m_phaseFilter->currentData().toInt());
    m_filter->setStatusFilter(
        RectificationFilterModel::StatusFilter(m_statusFilter->currentData().toInt()));
    m_filter->setUnit(m_unitFilter->currentData().toLongLong());
    m_filter->setOverdueOnly(m_overdueFilter->isChecked());
    m_filter->setSearchText(m_search->text());
    scheduleSummary();
}

void RectificationPage::clearFilterWidgets()
{
    for (QComboBox* combo : {m_phaseFilter, m_statusFilter, m_unitFilter}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    {
        const QSignalBlocker blocker(m_overdueFilter);
        m_overdueFilter->setChecked(false);
    }
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_filter->clearFilters();
    scheduleSummary();
}

void RectificationPage::scheduleSummary()
{
    m_summaryTimer->start();
}

void RectificationPage::updateSummary()
{
    m_summaryTimer->stop();
    QVector<PhaseTimeline::Marker> markers;
    const int rows = m_filter->rowCount();
    markers.reserve(rows);
    int open = 0;
    int overdue = 0;
    for (int i = 0; i < rows; ++i) {
        const int sourceRow = m_filter->mapToSource(m_filter->index(i, 0)).row();
        const RectificationModel::Row& row = m_model->row(sourceRow);
        PhaseTimeline::Marker marker;
        marker.id = row.item.id;
        marker.date = row.due;
        marker.open = row.item.isOpen();
        marker.overdue = row.overdue;
        marker.toolTip = tr("No. %1: %2").arg(row.item.id).arg(row.item.measure);
        markers.append(marker);
        open += marker.open ? 1 : 0;
        overdue += marker.overdue ? 1 : 0;
    }
    m_markers = markers;
    m_timeline->setMarkers(m_markers);
    const int total = m_model->rowCount();
    m_counts->setText(m_filter->isFiltering()
                          ? tr("%1 of %2 items shown, %3 open, %4 overdue")
                                .arg(rows)
                                .arg(total)
                                .arg(open)
                                .arg(overdue)
                          : tr("%1 items, %2 open, %3 overdue").arg(rows).arg(open).arg(overdue));
}

void RectificationPage::updateButtons()
{
    const bool hasCurrent = m_table->currentIndex().isValid();
    m_removeButton->setEnabled(hasCurrent);
    m_removeAction->setEnabled(hasCurrent);
    m_editAction->setEnabled(hasCurrent);
}

void RectificationPage::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void RectificationPage::onSessionChanged(DocumentSession::Changes changes)
{
    if (changes & DocumentSession::Units)
        fillUnitFilter();
    if (changes & DocumentSession::Phases) {
        fillPhaseFilter();
        m_timeline->setPlan(session().assessment().phases, session().today(), session().language());
    }
    if (changes & DocumentSession::Rectification)
        scheduleSummary();
}

void RectificationPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

qint64 RectificationPage::currentItemId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(RectificationModel::ItemIdRole).toLongLong() : 0;
}

bool RectificationPage::selectItem(qint64 itemId, int column)
{
    const int sourceRow = m_model->rowOfItem(itemId);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, column));
    if (!index.isValid()) {
        clearFilterWidgets();
        index = m_filter->mapFromSource(m_model->index(sourceRow, column));
    }
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void RectificationPage::addItem()
{
    RectificationItem item;
    item.measure = tr("New rectification measure");
    item.status = RectificationStatus::Planned;
    item.phase = std::clamp(currentPhase(session().assessment().phases, session().today()), 1, 4);
    auto command = std::make_unique<AddRectificationCommand>(session(), item);
    const AddRectificationCommand* added = command.get(); // owned by the undo stack after apply
    if (Status status = session().apply(std::move(command)); !status) {
        showMessage(status.error().message);
        return;
    }
    showMessage({});
    if (selectItem(added->itemId(), RectificationModel::MeasureColumn)) {
        m_table->setFocus(Qt::OtherFocusReason);
        m_table->edit(m_table->currentIndex());
    }
}

void RectificationPage::removeCurrentItem()
{
    const qint64 id = currentItemId();
    const int sourceRow = m_model->rowOfItem(id);
    if (sourceRow < 0)
        return;
    const RectificationItem item = m_model->row(sourceRow).item;
    if (m_confirmRemoval && !m_confirmRemoval(item))
        return;
    const QModelIndex current = m_table->currentIndex();
    if (Status status =
            session().apply(std::make_unique<RemoveRectificationCommand>(session(), item));
        !status) {
        showMessage(status.error().message);
        return;
    }
    showMessage({});
    // Keep the cursor where the removed row was, so Del can remove several in a row.
    const int rows = m_filter->rowCount();
    if (rows > 0) {
        const QModelIndex next =
            m_filter->index(std::min(current.row(), rows - 1), std::max(0, current.column()));
        m_table->setCurrentIndex(next);
    }
    updateButtons();
}

Status RectificationPage::commit(const RectificationItem& before, const RectificationItem& after)
{
    if (after.status == RectificationStatus::Verified &&
        before.status != RectificationStatus::Verified && !after.requirementCodes.isEmpty()) {
        // Asking opens a dialog; the editor that made this edit is still closing, so the
        // question waits until the event loop is back (and the editor gone).
        const qint64 id = after.id;
        QMetaObject::invokeMethod(
            this, [this, id] { verify(id); }, Qt::QueuedConnection);
        return {};
    }
    Status status =
        session().apply(std::make_unique<UpdateRectificationCommand>(session(), before, after));
    if (status)
        showMessage({});
    return status;
}

std::optional<RerateDialog::Answer>
RectificationPage::askRerate(const RectificationItem& item,
                             const QVector<RerateDialog::Requirement>& requirements)
{
    RerateDialog dialog(item.measure, requirements, session().language(), this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.answer();
}

void RectificationPage::verify(qint64 itemId)
{
    const int sourceRow = m_model->rowOfItem(itemId);
    if (sourceRow < 0)
        return;
    const RectificationItem before = m_model->row(sourceRow).item;
    if (before.status == RectificationStatus::Verified)
        return;
    RectificationItem after = before;
    after.status = RectificationStatus::Verified;
    after.progress = 100;

    QVector<RerateDialog::Requirement> requirements;
    const AnalysisInput& input = session().input();
    for (const QString& code : before.requirementCodes) {
        RerateDialog::Requirement requirement;
        requirement.code = code;
        if (const duibiao::Requirement* found = session().framework().requirement(code)) {
            requirement.title = found->title.in(session().language());
            requirement.scoring = found->scoring;
        }
        for (const RequirementAssessment& rating : input.ratings) {
            if (rating.requirementCode == code) {
                requirement.current = rating.rating;
                requirement.suggestion = rating.suggestedRating;
                requirement.hasReason = !rating.overrideReason.trimmed().isEmpty();
                break;
            }
        }
        requirements.append(requirement);
    }

    const std::optional<RerateDialog::Answer> answer =
        m_rerateAsker ? m_rerateAsker(before, requirements) : std::nullopt;
    QVector<QPair<QString, Rating>> changes;
    if (answer) {
        for (const auto& [code, rating] : answer->ratings) {
            const auto asked = std::find_if(requirements.cbegin(), requirements.cend(),
                                            [&](const auto& r) { return r.code == code; });
            if (asked != requirements.cend() && asked->current != rating)
                changes.append({code, rating});
        }
    }
    if (changes.isEmpty()) {
        Status status =
            session().apply(std::make_unique<UpdateRectificationCommand>(session(), before, after));
        showMessage(status ? QString() : status.error().message);
        return;
    }

    // One undo step: the status and every re-rating.
    QStringList codes;
    for (const auto& change : changes)
        codes.append(change.first);
    QUndoStack* stack = session().undoStack();
    stack->beginMacro(tr("Verify “%1” and re-rate %2")
                          .arg(before.measure.left(24), codes.join(QStringLiteral(", "))));
    Status status =
        session().apply(std::make_unique<UpdateRectificationCommand>(session(), before, after));
    for (const auto& [code, rating] : changes) {
        if (!status)
            break;
        status = session().apply(std::make_unique<RerateAfterRectificationCommand>(
            session(), code, rating, answer->reason));
    }
    stack->endMacro();
    if (!status) {
        // Take back what did run, then drop the step: marked obsolete, redo() removes it
        // without replaying it, so no dead entry stays on the stack.
        stack->undo();
        if (stack->index() < stack->count()) {
            const_cast<QUndoCommand*>(stack->command(stack->index()))->setObsolete(true);
            stack->redo();
        }
        showMessage(status.error().message);
        return;
    }
    showMessage({});
}

} // namespace duibiao
