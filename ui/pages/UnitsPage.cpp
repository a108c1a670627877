#include "pages/UnitsPage.h"

#include "commands/PlatformCommands.h"
#include "commands/UnitCommands.h"
#include "exchange/UnitTemplateFile.h"
#include "models/PlatformModel.h"
#include "models/UnitFiguresModel.h"
#include "session/DocumentSession.h"
#include "util/TableExport.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace duibiao {

namespace {

const QString folderKey = QStringLiteral("unitsPage/templateFolder");

QTableView* makeTable(const QString& name, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed);
    return table;
}

QString uniqueName(const QString& base, const QSet<QString>& taken)
{
    if (!taken.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 %2").arg(base).arg(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

} // namespace

UnitsPage::UnitsPage(DocumentSession& session, QWidget* parent) : Page(session, parent)
{
    setObjectName(QStringLiteral("unitsPage"));

    askConfirmation = [this](const QString& question) {
        return QMessageBox::question(this, tr("Units & platforms"), question,
                                     QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    askExport = [this](const QVector<Unit>& units,
                       qint64 selectedUnitId) -> std::optional<UnitExportDialog::Request> {
        UnitExportDialog dialog(units, selectedUnitId, templateFolder(), this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.request();
    };
    askImportFiles = [this] {
        return QFileDialog::getOpenFileNames(this, tr("Import unit templates"), templateFolder(),
                                             tr("Unit templates (*.xlsx *.csv);;All files (*)"));
    };
    reviewImport = [this](const UnitImportDialog::Preview& preview) {
        UnitImportDialog dialog(preview, this);
        return dialog.exec() == QDialog::Accepted && preview.problems.isEmpty();
    };

    m_unitsModel = new UnitFiguresModel(session, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_unitsModel);
    m_proxy->setFilterKeyColumn(UnitFiguresModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_platformsModel = new PlatformModel(session, this);

    // The tool row: filter, unit buttons, template buttons.
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("unitsFilter"));
    m_filter->setPlaceholderText(tr("Filter units (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(260);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_addUnit = new QPushButton(tr("Add &unit"), this);
    m_addUnit->setObjectName(QStringLiteral("addUnitButton"));
    m_addUnit->setToolTip(tr("Add a secondary unit (二级关工委) and type its name"));
    m_removeUnit = new QPushButton(tr("Remove unit"), this);
    m_removeUnit->setObjectName(QStringLiteral("removeUnitButton"));
    m_export = new QPushButton(tr("E&xport templates…"), this);
    m_export->setObjectName(QStringLiteral("exportTemplateButton"));
    m_export->setToolTip(tr("Write a CSV or XLSX template per unit for the college secretaries"));
    m_import = new QPushButton(tr("I&mport templates…"), this);
    m_import->setObjectName(QStringLiteral("importTemplateButton"));
    m_import->setToolTip(tr("Read filled-in templates back, check every row and preview the "
                            "changes"));
    connect(m_addUnit, &QPushButton::clicked, this, &UnitsPage::addUnit);
    connect(m_removeUnit, &QPushButton::clicked, this, &UnitsPage::removeUnit);
    connect(m_export, &QPushButton::clicked, this, &UnitsPage::exportClicked);
    connect(m_import, &QPushButton::clicked, this, &UnitsPage::importClicked);

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_filter);
    tools->addWidget(m_addUnit);
    tools->addWidget(m_removeUnit);
    tools->addStretch();
    tools->addWidget((new TableExport(session, QStringLiteral("units"), this))->button());
    tools->addWidget(m_export);
    tools->addWidget(m_import);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("unitsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_unitsTable = makeTable(QStringLiteral("unitsTable"), this);
    m_unitsTable->setModel(m_proxy);
    // Every figure as wide as its content; the unit's name takes what is left over.
    m_unitsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_unitsTable->horizontalHeader()->setSectionResizeMode(UnitFiguresModel::Name,
                                                           QHeaderView::Stretch);
    auto* removeUnitAction = new QAction(tr("Remove unit"), m_unitsTable);
    removeUnitAction->setShortcut(QKeySequence::Delete);
    removeUnitAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeUnitAction, &QAction::triggered, this, &UnitsPage::removeUnit);
    m_unitsTable->addAction(removeUnitAction);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("unitsHint"));
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Figures for %1. Red cells are below the framework's target (hover for "
                       "it). Double-click or start typing to edit; Delete removes the unit.")
                        .arg(session.assessment().year));
    QPalette hintPalette = m_hint->palette();
    hintPalette.setColor(QPalette::WindowText, QColor(0x61, 0x61, 0x61));
    m_hint->setPalette(hintPalette);

    // The platforms of the selected unit.
    m_platformsTitle = new QLabel(this);
    m_platformsTitle->setObjectName(QStringLiteral("platformsTitle"));
    QFont titleFont = m_platformsTitle->font();
    titleFont.setBold(true);
    m_platformsTitle->setFont(titleFont);
    m_addPlatform = new QPushButton(tr("Add &platform"), this);
    m_addPlatform->setObjectName(QStringLiteral("addPlatformButton"));
    m_removePlatform = new QPushButton(tr("Remove platform"), this);
    m_removePlatform->setObjectName(QStringLiteral("removePlatformButton"));
    connect(m_addPlatform, &QPushButton::clicked, this, &UnitsPage::addPlatform);
    connect(m_removePlatform, &QPushButton::clicked, this, &UnitsPage::removePlatform);

    m_platformsTable = makeTable(QStringLiteral("platformsTable"), this);
    m_platformsTable->setModel(m_platformsModel);
    m_platformsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_platformsTable->horizontalHeader()->setStretchLastSection(true);
    m_platformsTable->horizontalHeader()->setSectionResizeMode(PlatformModel::Name,
                                                               QHeaderView::Stretch);
    m_platformsTable->horizontalHeader()->setSectionResizeMode(PlatformModel::Activities,
                                                               QHeaderView::ResizeToContents);
    m_platformsTable->horizontalHeader()->setStretchLastSection(false);
    for (int column : {int(PlatformModel::PartnerDepartment), int(PlatformModel::InServiceLeader),
                       int(PlatformModel::RetiredLeader), int(PlatformModel::Founded)})
        m_platformsTable->setColumnWidth(column, 150);
    auto* removePlatformAction = new QAction(tr("Remove platform"), m_platformsTable);
    removePlatformAction->setShortcut(QKeySequence::Delete);
    removePlatformAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removePlatformAction, &QAction::triggered, this, &UnitsPage::removePlatform);
    m_platformsTable->addAction(removePlatformAction);

    auto* platformTools = new QHBoxLayout;
    platformTools->addWidget(m_platformsTitle, 1);
    platformTools->addWidget(m_addPlatform);
    platformTools->addWidget(m_removePlatform);

    auto* unitsPane = new QWidget(this);
    auto* unitsLayout = new QVBoxLayout(unitsPane);
    unitsLayout->setContentsMargins(0, 0, 0, 0);
    unitsLayout->addWidget(m_unitsTable, 1);
    unitsLayout->addWidget(m_hint);
    auto* platformsPane = new QWidget(this);
    auto* platformsLayout = new QVBoxLayout(platformsPane);
    platformsLayout->setContentsMargins(0, 0, 0, 0);
    platformsLayout->addLayout(platformTools);
    platformsLayout->addWidget(m_platformsTable, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("unitsSplitter"));
    splitter->addWidget(unitsPane);
    splitter->addWidget(platformsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    setTabOrder(m_filter, m_addUnit);
    setTabOrder(m_addUnit, m_removeUnit);
    setTabOrder(m_removeUnit, m_export);
    setTabOrder(m_export, m_import);
    setTabOrder(m_import, m_unitsTable);
    setTabOrder(m_unitsTable, m_addPlatform);
    setTabOrder(m_addPlatform, m_removePlatform);
    setTabOrder(m_removePlatform, m_platformsTable);

    auto refused = [this](const QString& message) {
        showMessage(message, MessageKind::Error);
    };
    connect(m_unitsModel, &UnitFiguresModel::editRefused, this, refused);
    connect(m_platformsModel, &PlatformModel::editRefused, this, refused);
    connect(m_unitsTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &UnitsPage::currentUnitChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UnitsPage::restoreSelection);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &UnitsPage::restoreSelection);
    connect(m_platformsTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &UnitsPage::updateButtons);
    connect(m_platformsModel, &QAbstractItemModel::modelReset, this, &UnitsPage::updateButtons);
    connect(&session, &DocumentSession::changed, this, [this](DocumentSession::Changes changes) {
        clearMessage();
        if (changes & DocumentSession::Units)
            updatePlatformsTitle();
    });

    restoreSelection();
}

void UnitsPage::focusSearch()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

int UnitsPage::proxyRowOfUnit(qint64 unitId) const
{
    const int sourceRow = m_unitsModel->rowOfUnit(unitId);
    if (sourceRow < 0)
        return -1;
    return m_proxy->mapFromSource(m_unitsModel->index(sourceRow, 0)).row();
}

void UnitsPage::selectUnit(qint64 unitId)
{
    const int row = proxyRowOfUnit(unitId);
    if (row < 0)
        return;
    const QModelIndex current = m_unitsTable->currentIndex();
    const int column = current.isValid() ? current.column() : 0;
    m_unitsTable->setCurrentIndex(m_proxy->index(row, column));
}

void UnitsPage::restoreSelection()
{
    if (m_proxy->rowCount() == 0) {
        m_currentUnitId = 0;
        m_platformsModel->setUnit(0);
        updatePlatformsTitle();
        updateButtons();
        return;
    }
    int row = proxyRowOfUnit(m_currentUnitId);
    if (row < 0)
        row = 0;
    const QModelIndex current = m_unitsTable->currentIndex();
    if (current.isValid() && current.row() == row)
        return;
    m_unitsTable->setCurrentIndex(m_proxy->index(row, current.isValid() ? current.column() : 0));
}

void UnitsPage::currentUnitChanged()
{
    const QModelIndex current = m_unitsTable->currentIndex();
    if (!current.isValid()) {
        // Keep showing the unit we had; a reset is followed by restoreSelection().
        updateButtons();
        return;
    }
    m_currentUnitId = current.data(UnitFiguresModel::UnitIdRole).toLongLong();
    m_platformsModel->setUnit(m_currentUnitId);
    updatePlatformsTitle();
    updateButtons();
}

void UnitsPage::updatePlatformsTitle()
{
    const Unit* unit = m_unitsModel->unitAt(m_unitsModel->rowOfUnit(m_currentUnitId));
    m_platformsTitle->setText(unit ? tr("Work platforms of %1").arg(unit->name)
                                   : tr("Work platforms"));
}

void UnitsPage::updateButtons()
{
    const Unit* unit = m_unitsModel->unitAt(m_unitsModel->rowOfUnit(m_currentUnitId));
    const bool school = unit && unit->kind == UnitKind::School;
    m_removeUnit->setEnabled(unit && !school);
    m_removeUnit->setToolTip(school
                                 ? tr("The school committee (校关工委) cannot be removed.")
                                 : tr("Remove the unit with its figures and platforms (Delete)"));
    m_addPlatform->setEnabled(unit != nullptr);
    m_removePlatform->setEnabled(m_platformsTable->currentIndex().isValid());
}

void UnitsPage::showMessage(const QString& text, MessageKind kind)
{
    m_message->setText(text);
    m_message->setProperty("kind", kind == MessageKind::Error ? QStringLiteral("error")
                                                              : QStringLiteral("info"));
    m_message->setStyleSheet(kind == MessageKind::Error
                                 ? QStringLiteral("QLabel { color: #b71c1c; background: #fdecea; "
                                                  "border: 1px solid #f5c2c0; padding: 4px; }")
                                 : QStringLiteral("QLabel { background: #e8f1fb; border: 1px "
                                                  "solid #c5d9ef; padding: 4px; }"));
    m_message->setVisible(!text.isEmpty());
}

void UnitsPage::clearMessage()
{
    m_message->clear();
    m_message->hide();
}

void UnitsPage::addUnit()
{
    const AnalysisInput& input = session().input();
    QSet<QString> names;
    int lastOrder = 0;
    for (const Unit& unit : input.units) {
        names.insert(unit.name);
        lastOrder = std::max(lastOrder, unit.sortOrder);
    }
    Unit unit;
    unit.name = uniqueName(tr("New unit"), names);
    unit.kind = UnitKind::Secondary;
    unit.sortOrder = lastOrder + 1;
    auto command = std::make_unique<AddUnitCommand>(session(), unit);
    const AddUnitCommand* added = command.get(); // owned by the undo stack once applied
    if (Status status = session().apply(std::move(command)); !status) {
        showMessage(status.error().message, MessageKind::Error);
        return;
    }
    m_filter->clear();
    selectUnit(added->unitId());
    const int row = proxyRowOfUnit(added->unitId());
    const QModelIndex name = m_proxy->index(row, UnitFiguresModel::Name);
    m_unitsTable->setCurrentIndex(name);
    m_unitsTable->scrollTo(name);
    m_unitsTable->edit(name);
}

void UnitsPage::removeUnit()
{
    const int row = m_unitsModel->rowOfUnit(m_currentUnitId);
    const Unit* unit = m_unitsModel->unitAt(row);
    if (!unit)
        return;
    if (unit->kind == UnitKind::School) {
        showMessage(tr("The school committee (校关工委) cannot be removed."), MessageKind::Error);
        return;
    }
    const Unit doomed = *unit;
    const int platforms = m_unitsModel->platformCountAt(row);
    const bool hasFigures = m_unitsModel->figuresAt(row).has_value();
    QString question =
        hasFigures || platforms > 0
            ? tr("Remove %1 with its figures and %n platform(s)?", nullptr, platforms)
                  .arg(doomed.name)
            : tr("Remove %1?").arg(doomed.name);
    question += QLatin1Char(' ') + tr("Undo brings it all back.");
    if (!askConfirmation(question))
        return;
    if (Status status =
            session().apply(std::make_unique<RemoveUnitCommand>(session(), doomed.id, doomed.name));
        !status)
        showMessage(status.error().message, MessageKind::Error);
}

void UnitsPage::addPlatform()
{
    if (m_currentUnitId == 0)
        return;
    QSet<QString> names;
    for (int row = 0; row < m_platformsModel->rowCount(); ++row)
        names.insert(m_platformsModel->platformAt(row)->name);
    Platform platform;
    platform.unitId = m_currentUnitId;
    platform.name = uniqueName(tr("New platform"), names);
    auto command = std::make_unique<AddPlatformCommand>(session(), platform);
    const AddPlatformCommand* added = command.get();
    if (Status status = session().apply(std::move(command)); !status) {
        showMessage(status.error().message, MessageKind::Error);
        return;
    }
    const QModelIndex name = m_platformsModel->index(
        m_platformsModel->rowOfPlatform(added->platformId()), PlatformModel::Name);
    m_platformsTable->setCurrentIndex(name);
    m_platformsTable->scrollTo(name);
    m_platformsTable->edit(name);
}

void UnitsPage::removePlatform()
{
    const Platform* platform = m_platformsModel->platformAt(m_platformsTable->currentIndex().row());
    if (!platform)
        return;
    const Platform doomed = *platform;
    if (Status status = session().apply(std::make_unique<RemovePlatformCommand>(session(), doomed));
        !status)
        showMessage(status.error().message, MessageKind::Error);
}

QString UnitsPage::templateFolder() const
{
    const QString saved = QSettings().value(folderKey).toString();
    if (!saved.isEmpty() && QDir(saved).exists())
        return saved;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void UnitsPage::rememberTemplateFolder(const QString& folder)
{
    QSettings().setValue(folderKey, folder);
}

void UnitsPage::exportClicked()
{
    const std::optional<UnitExportDialog::Request> request =
        askExport(session().input().units, m_currentUnitId);
    if (request)
        exportTemplates(*request);
}

void UnitsPage::exportTemplates(const UnitExportDialog::Request& request)
{
    const AnalysisInput& input = session().input();
    const int year = session().assessment().year;
    const QDir folder(request.folder);
    if (request.folder.isEmpty() || !folder.exists()) {
        showMessage(
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(request.folder)),
            MessageKind::Error);
        return;
    }

    struct Job
    {
        UnitTemplate unitTemplate;
        QString path;
    };
    QVector<Job> jobs;
    QSet<QString> usedNames;
    QStringList existing;
    for (const Unit& unit : input.units) {
        if (!request.unitIds.contains(unit.id))
            continue;
        QString name = UnitTemplateFile::fileName(unit.name, year, request.format);
        if (usedNames.contains(name)) // two units of the same name: keep both files
            name = UnitTemplateFile::fileName(QStringLiteral("%1-%2").arg(unit.name).arg(unit.id),
                                              year, request.format);
        usedNames.insert(name);
        const QString path = folder.filePath(name);
        if (QFileInfo::exists(path))
            existing.append(name);
        jobs.append({UnitTemplate::forUnit(unit, year, input.figures, input.platforms), path});
    }
    if (jobs.isEmpty())
        return;
    if (!existing.isEmpty() &&
        !askConfirmation(
            tr("%n file(s) exist already in %1: %2. Replace them?", nullptr, int(existing.size()))
                .arg(QDir::toNativeSeparators(request.folder),
                     existing.join(QStringLiteral(", ")))))
        return;

    QStringList failures;
    for (const Job& job : jobs) {
        if (Status status = UnitTemplateFile::write(job.unitTemplate, job.path, request.format);
            !status)
            failures.append(status.error().message);
    }
    rememberTemplateFolder(request.folder);
    if (!failures.isEmpty()) {
        showMessage(failures.join(QLatin1Char('\n')), MessageKind::Error);
        return;
    }
    showMessage(tr("Exported %n template(s) to %1. Send each to its college secretary; import "
                   "the filled-in files with “Import templates…”.",
                   nullptr, int(jobs.size()))
                    .arg(QDir::toNativeSeparators(request.folder)),
                MessageKind::Info);
}

void UnitsPage::importClicked()
{
    const QStringList paths = askImportFiles();
    if (!paths.isEmpty())
        importTemplates(paths);
}

void UnitsPage::importTemplates(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    rememberTemplateFolder(QFileInfo(paths.first()).absolutePath());
    // Copies: applying the commands reloads the session's input.
    const AnalysisInput input = session().input();
    const int year = session().assessment().year;

    UnitImportDialog::Preview preview;
    QHash<qint64, QString> fileOfUnit;
    for (const QString& path : paths) {
        const QString fileName = QFileInfo(path).fileName();
        Result<UnitTemplate> read = UnitTemplateFile::read(path);
        if (!read) {
            preview.problems += read.error().message.split(QLatin1Char('\n'));
            continue;
        }
        Result<UnitImportPlan> plan = UnitImportPlan::plan(*read, fileName, input.units,
                                                           input.figures, input.platforms, year);
        if (!plan) {
            preview.problems += plan.error().message.split(QLatin1Char('\n'));
            continue;
        }
        if (fileOfUnit.contains(plan->unit.id)) {
            preview.problems.append(
                tr("%1: %2 is also in %3; import one file per unit.")
                    .arg(fileName, plan->unit.name, fileOfUnit.value(plan->unit.id)));
            continue;
        }
        fileOfUnit.insert(plan->unit.id, fileName);
        preview.plans.append(*plan);
    }

    if (!preview.problems.isEmpty()) {
        reviewImport(preview); // lists every problem; nothing can be applied
        constexpr int shown = 5;
        QStringList lines = preview.problems.mid(0, shown);
        if (preview.problems.size() > shown)
            lines.append(tr("… and %n more.", nullptr, int(preview.problems.size() - shown)));
        showMessage(tr("Nothing was imported: %n problem(s) found.", nullptr,
                       int(preview.problems.size())) +
                        QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
                    MessageKind::Error);
        return;
    }
    bool anything = false;
    for (const UnitImportPlan& plan : std::as_const(preview.plans))
        anything = anything || !plan.changesNothing();
    if (!anything) {
        showMessage(tr("The templates hold nothing new; nothing was changed."), MessageKind::Info);
        return;
    }
    if (!reviewImport(preview))
        return;

    QUndoStack* stack = session().undoStack();
    stack->beginMacro(preview.plans.size() == 1
                          ? tr("Import the template of %1").arg(preview.plans.first().unit.name)
                          : tr("Import %n unit template(s)", nullptr, int(preview.plans.size())));
    Status failure;
    for (const UnitImportPlan& plan : std::as_const(preview.plans)) {
        if (plan.changesFigures())
            failure = session().apply(std::make_unique<SaveFiguresCommand>(
                session(), *plan.figuresAfter, plan.unit.name));
        for (int i = 0; failure && i < plan.platformsToAdd.size(); ++i)
            failure = session().apply(
                std::make_unique<AddPlatformCommand>(session(), plan.platformsToAdd.at(i)));
        for (int i = 0; failure && i < plan.platformsToUpdate.size(); ++i)
            failure = session().apply(std::make_unique<UpdatePlatformCommand>(
                session(), plan.platformsToUpdate.at(i).first,
                plan.platformsToUpdate.at(i).second));
        if (!failure)
            break;
    }
    stack->endMacro();
    if (!failure) {
        // Take back what was applied before the failure: all or nothing.
        stack->undo();
        showMessage(
            tr("The import failed and nothing was changed: %1").arg(failure.error().message),
            MessageKind::Error);
        return;
    }
    QStringList units;
    for (const UnitImportPlan& plan : std::as_const(preview.plans))
        units.append(plan.unit.name);
    showMessage(tr("Imported %n template(s): %1. Undo takes the import back in one step.", nullptr,
                   int(preview.plans.size()))
                    .arg(units.join(QStringLiteral(", "))),
                MessageKind::Info);
}

} // namespace duibiao
