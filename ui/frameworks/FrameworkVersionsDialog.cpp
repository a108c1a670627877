#include "frameworks/FrameworkVersionsDialog.h"

#include "commands/FrameworkCommands.h"
#include "exchange/tables/DataTable.h"
#include "framework/FrameworkDiff.h"
#include "framework/FrameworkLoader.h"
#include "framework/FrameworkSheet.h"
#include "frameworks/FrameworkEditorDialog.h"
#include "frameworks/MoveAssessmentDialog.h"
#include "session/DocumentSession.h"
#include "util/PlainMessage.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace duibiao {

namespace {

enum Column { VersionColumn, TitleColumn, OriginColumn, UsedColumn, NoteColumn, ColumnCount };

QString originLabel(FrameworkOrigin origin)
{
    switch (origin) {
    case FrameworkOrigin::Stored:
        return FrameworkVersionsDialog::tr("stored in the document");
    case FrameworkOrigin::Assessment:
        return FrameworkVersionsDialog::tr("an assessment's copy");
    case FrameworkOrigin::Builtin:
        return FrameworkVersionsDialog::tr("built into the app");
    }
    return {};
}

Status writeFile(const QByteArray& bytes, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::user(FrameworkVersionsDialog::tr("Cannot write %1 (%2).")
                               .arg(QFileInfo(path).fileName(), file.errorString()));
    return {};
}

} // namespace

FrameworkVersionsDialog::FrameworkVersionsDialog(DocumentSession& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("frameworkVersions"));
    setWindowTitle(tr("Framework Versions"));
    askImportPath = [this] {
        return QFileDialog::getOpenFileName(
            this, tr("Import a framework"), QString(),
            tr("Frameworks (*.json *.xlsx *.csv);;Framework JSON (*.json);;Sheets (*.xlsx *.csv)"));
    };
    askExportPath = [this](const QString& suggestedName) {
        return QFileDialog::getSaveFileName(
            this, tr("Export the framework"), suggestedName,
            tr("Framework JSON (*.json);;Excel workbook (*.xlsx);;CSV (*.csv)"));
    };
    showError = [this](const QString& title, const QString& message) {
        warnPlain(this, title, message);
    };
    showInformation = [this](const QString& title, const QString& message) {
        informPlain(this, title, message);
    };
    runEditor = [](FrameworkEditorDialog& editor) {
        return editor.exec() == QDialog::Accepted;
    };
    confirmMove = [](MoveAssessmentDialog& dialog) {
        return dialog.exec() == QDialog::Accepted;
    };

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("versionList"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels(
        {tr("Version"), tr("Title"), tr("Kept as"), tr("Assessment"), tr("Note")});
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        showDifferences();
        updateButtons();
    });

    m_comparing = new QLabel(this);
    m_comparing->setObjectName(QStringLiteral("comparingLabel"));
    m_comparing->setWordWrap(true);
    m_comparing->setTextFormat(Qt::PlainText);
    m_differences = new QTreeWidget(this);
    m_differences->setObjectName(QStringLiteral("differences"));
    m_differences->setHeaderHidden(true);
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_comparing);
    lowerLayout->addWidget(m_differences, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    const auto button = [this](const QString& text, const QString& name, const QString& tip) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setAutoDefault(false);
        return b;
    };
    m_edit = button(tr("&Edit…"), QStringLiteral("editVersionButton"),
                    tr("Edit the selected version; saving stores a new version"));
    QPushButton* import = button(tr("&Import…"), QStringLiteral("importVersionButton"),
                                 tr("Store a framework file (JSON) or sheet (XLSX, CSV) in the "
                                    "document as a version"));
    m_export = button(tr("E&xport…"), QStringLiteral("exportVersionButton"),
                      tr("Write the selected version as framework JSON, XLSX or CSV"));
    m_move = button(tr("&Move Assessment to This Version…"), QStringLiteral("moveVersionButton"),
                    tr("Review what changes, then move the assessment; undoable"));
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const QList<int> rows = selectedRows(); rows.size() == 1)
            editRow(rows.first());
    });
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = askImportPath();
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QList<int> rows = selectedRows();
        if (rows.size() != 1)
            return;
        const FrameworkVersion& version = m_choices.at(rows.first()).version;
        const QString path =
            askExportPath(QStringLiteral("%1-%2.json").arg(version.code, version.version));
        if (!path.isEmpty())
            exportRow(rows.first(), path);
    });
    connect(m_move, &QPushButton::clicked, this, [this] {
        if (const QList<int> rows = selectedRows(); rows.size() == 1)
            moveToRow(rows.first());
    });
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_edit);
    actions->addWidget(import);
    actions->addWidget(m_export);
    actions->addStretch(1);
    actions->addWidget(m_move);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Select one version to compare it with the assessment's, "
                                    "or two to compare them."),
                                 this));
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);
    layout->addWidget(close);
    resize(1000, 680);
    reload();
}

void FrameworkVersionsDialog::reload()
{
    Result<QVector<FrameworkChoice>> choices = availableFrameworks(m_session.document());
    m_choices = choices ? *choices : QVector<FrameworkChoice>{};
    if (!choices)
        showError(tr("Framework versions"), choices.error().message);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const FrameworkChoice& choice : std::as_const(m_choices)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(VersionColumn, choice.label());
        item->setText(TitleColumn, choice.version.title);
        item->setToolTip(TitleColumn, choice.version.title);
        item->setText(OriginColumn, originLabel(choice.origin));
        item->setText(UsedColumn, choice.current ? tr("✓ in use") : QString());
        QString note = choice.version.note;
        if (choice.version.created.isValid())
            note = QStringLiteral("%1  %2").arg(
                QLocale().toString(choice.version.created, QLocale::ShortFormat), note);
        item->setText(NoteColumn, note);
        item->setToolTip(NoteColumn, note);
        if (choice.current) {
            QFont bold = item->font(VersionColumn);
            bold.setBold(true);
            item->setFont(VersionColumn, bold);
        }
    }
    for (int column = 0; column < NoteColumn; ++column)
        m_list->resizeColumnToContents(column);
    m_list->setColumnWidth(TitleColumn, qMin(m_list->columnWidth(TitleColumn), 320));
    showDifferences();
    updateButtons();
}

void FrameworkVersionsDialog::selectRows(const QList<int>& rows)
{
    m_list->clearSelection();
    for (int row : rows) {
        if (QTreeWidgetItem* item = m_list->topLevelItem(row))
            item->setSelected(true);
    }
}

QList<int> FrameworkVersionsDialog::selectedRows() const
{
    QList<int> rows;
    for (QTreeWidgetItem* item : m_list->selectedItems())
        rows << m_list->indexOfTopLevelItem(item);
    std::sort(rows.begin(), rows.end());
    return rows;
}

void FrameworkVersionsDialog::updateButtons()
{
    const QList<int> rows = selectedRows();
    const bool one = rows.size() == 1;
    m_edit->setEnabled(one);
    m_export->setEnabled(one);
    m_move->setEnabled(one && !m_choices.at(rows.first()).current);
}

void FrameworkVersionsDialog::showDifferences()
{
    m_differences->clear();
    const QList<int> rows = selectedRows();
    if (rows.isEmpty() || rows.size() > 2) {
        m_comparing->setText(rows.isEmpty() ? QString()
                                            : tr("Select one or two versions to compare."));
        return;
    }
    Framework from = m_session.framework();
    QString fromLabel = tr("the assessment's version %1@%2").arg(from.code, from.version);
    QList<int> pair = rows;
    // Two versions compare from the one the assessment is on, else in the list's order.
    if (pair.size() == 2 && m_choices.at(pair.last()).current)
        std::swap(pair.first(), pair.last());
    if (pair.size() == 2) {
        const FrameworkChoice& first = m_choices.at(pair.first());
        Result<Framework> parsed = FrameworkLoader::parse(first.json, first.label());
        if (!parsed) {
            m_comparing->setText(parsed.error().message);
            return;
        }
        from = *parsed;
        fromLabel = first.label();
    }
    const FrameworkChoice& second = m_choices.at(pair.last());
    Result<Framework> to = FrameworkLoader::parse(second.json, second.label());
    if (!to) {
        m_comparing->setText(to.error().message);
        return;
    }
    const FrameworkDiff diff = diffFrameworks(from, *to);
    if (rows.size() == 1 && second.current)
        m_comparing->setText(tr("%1 is the version the assessment is on. Select another "
                                "version, or two, to see their differences.")
                                 .arg(second.label()));
    else if (diff.isEmpty())
        m_comparing->setText(
            tr("No differences between %1 and %2.").arg(fromLabel, second.label()));
    else
        m_comparing->setText(tr("Differences from %1 to %2:").arg(fromLabel, second.label()));

    // describeDiff words each difference; the groups come from the kinds, one sub-diff
    // per group.
    const Language language = m_session.language();
    const auto addGroup = [this](const QString& title, const QStringList& lines) {
        if (lines.isEmpty())
            return;
        auto* group = new QTreeWidgetItem(m_differences, {title.arg(lines.size())});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const QString& line : lines) {
            auto* item = new QTreeWidgetItem(group, {line});
            item->setToolTip(0, line);
        }
        group->setExpanded(true);
    };
    const auto linesOf = [&diff, language](RequirementDiff::Kind kind) {
        FrameworkDiff part = diff;
        part.titleChanged = false;
        part.scoring = {};
        part.categories.clear();
        part.requirements.clear();
        for (const RequirementDiff& requirement : diff.requirements) {
            if (requirement.kind == kind)
                part.requirements.append(requirement);
        }
        return part.requirements.isEmpty() ? QStringList() : describeDiff(part, language);
    };
    using Kind = RequirementDiff::Kind;
    addGroup(tr("Renumbered (%1)"), linesOf(Kind::Renamed));
    addGroup(tr("Added (%1)"), linesOf(Kind::Added));
    addGroup(tr("Removed (%1)"), linesOf(Kind::Removed));
    addGroup(tr("Reworded (%1)"), linesOf(Kind::Reworded));
    addGroup(tr("Changed (%1)"), linesOf(Kind::Changed));
    addGroup(tr("Moved (%1)"), linesOf(Kind::Moved));
    FrameworkDiff rest = diff;
    rest.requirements.clear();
    if (rest.titleChanged || rest.scoring.changed() || !rest.categories.isEmpty())
        addGroup(tr("Title and categories (%1)"), describeDiff(rest, language));
}

QStringList FrameworkVersionsDialog::differenceLines() const
{
    QStringList lines;
    for (int g = 0; g < m_differences->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_differences->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            lines << QStringLiteral("%1: %2").arg(group->text(0), group->child(i)->text(0));
    }
    return lines;
}

bool FrameworkVersionsDialog::importFile(const QString& path)
{
    const QString title = tr("Import a framework");
    Result<QByteArray> json = frameworkJsonFromFile(path, m_session.framework());
    if (!json) {
        showError(title, json.error().message);
        return false;
    }
    Result<Framework> framework = FrameworkLoader::parse(*json, QFileInfo(path).fileName());
    if (!framework) {
        showError(title, framework.error().message);
        return false;
    }
    auto command = std::make_unique<AddFrameworkVersionCommand>(
        m_session, framework->code, framework->version, *json,
        tr("Imported from %1").arg(QFileInfo(path).fileName()));
    if (Status status = m_session.apply(std::move(command)); !status) {
        showError(title, status.error().message);
        return false;
    }
    reload();
    return true;
}

bool FrameworkVersionsDialog::exportRow(int row, const QString& path)
{
    const QString title = tr("Export the framework");
    if (row < 0 || row >= m_choices.size())
        return false;
    const FrameworkChoice& choice = m_choices.at(row);
    const QString suffix = QFileInfo(path).suffix().toLower();
    Status written;
    if (suffix == QLatin1String("json")) {
        written = writeFile(choice.json, path);
    } else if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("csv")) {
        Result<Framework> framework = FrameworkLoader::parse(choice.json, choice.label());
        if (!framework) {
            showError(title, framework.error().message);
            return false;
        }
        written = suffix == QLatin1String("csv") ? writeCsv(frameworkTable(*framework), path)
                                                 : writeXlsx({frameworkTable(*framework)}, path);
    } else {
        showError(title, tr("%1: a framework is exported as .json, .xlsx or .csv.")
                             .arg(QFileInfo(path).fileName()));
        return false;
    }
    if (!written) {
        showError(title, written.error().message);
        return false;
    }
    return true;
}

bool FrameworkVersionsDialog::editRow(int row)
{
    if (row < 0 || row >= m_choices.size())
        return false;
    const FrameworkChoice& choice = m_choices.at(row);
    Result<Framework> framework = FrameworkLoader::parse(choice.json, choice.label());
    if (!framework) {
        showError(tr("Edit Framework"), framework.error().message);
        return false;
    }
    FrameworkEditorDialog editor(m_session, *framework, this);
    const bool saved = runEditor(editor);
    reload();
    return saved;
}

bool FrameworkVersionsDialog::moveToRow(int row)
{
    const QString title = tr("Move the assessment");
    if (row < 0 || row >= m_choices.size())
        return false;
    const FrameworkChoice& choice = m_choices.at(row);
    if (choice.current) {
        showInformation(title, tr("The assessment is already on %1.").arg(choice.label()));
        return false;
    }
    Result<MovePlan> plan = planMove(m_session.document(), m_session.assessmentId(), choice.json);
    if (!plan) {
        showError(title, plan.error().message);
        return false;
    }
    MoveAssessmentDialog review(*plan, m_session.language(), this);
    if (!confirmMove(review))
        return false;
    if (Status status = m_session.apply(std::make_unique<MoveAssessmentCommand>(m_session, *plan));
        !status) {
        showError(title, status.error().message);
        return false;
    }
    reload();
    return true;
}

} // namespace duibiao
