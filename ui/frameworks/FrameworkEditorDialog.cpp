#include "frameworks/FrameworkEditorDialog.h"

#include "commands/FrameworkCommands.h"
#include "framework/FrameworkLoader.h"
#include "framework/FrameworkSheet.h"
#include "frameworks/CategoryForm.h"
#include "frameworks/DraftEdit.h"
#include "frameworks/FrameworkScoreForm.h"
#include "frameworks/RequirementForm.h"
#include "session/DocumentSession.h"
#include "storage/FrameworkChoices.h"
#include "storage/FrameworkRepository.h"
#include "util/PlainMessage.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace duibiao {

namespace {

constexpr int categoryRole = Qt::UserRole;
constexpr int requirementRole = Qt::UserRole + 1;

enum FormPage { EmptyPage, CategoryPage, RequirementPage };

// The next version after the base's that the document does not offer yet: editing 2019.1
// again when 2019.2 is kept already proposes 2019.3.
QString freeVersionAfter(Document& document, const Framework& base)
{
    const Result<QVector<FrameworkChoice>> choices = availableFrameworks(document);
    QString version = nextVersion(base.version);
    for (int guard = 0; choices && guard < 1000; ++guard) {
        const bool taken =
            std::any_of(choices->begin(), choices->end(), [&](const FrameworkChoice& choice) {
                return choice.version.code == base.code && choice.version.version == version;
            });
        if (!taken)
            break;
        version = nextVersion(version);
    }
    return version;
}

} // namespace

FrameworkEditorDialog::FrameworkEditorDialog(DocumentSession& session, const Framework& base,
                                             QWidget* parent)
    : QDialog(parent), m_session(session), m_base(base), m_draft(base)
{
    setObjectName(QStringLiteral("frameworkEditor"));
    setWindowTitle(tr("Edit Framework"));
    askCode = [this](const QString& title, const QString& prompt) {
        return QInputDialog::getText(this, title, prompt).trimmed();
    };
    showError = [this](const QString& title, const QString& message) {
        warnPlain(this, title, message);
    };
    askDiscard = [this](const QString& question) {
        return QMessageBox::question(this, tr("Edit Framework"), question,
                                     QMessageBox::Discard | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Discard;
    };

    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setText(tr("%1 (%2), edited from version %3. Saving stores a new version in the "
                          "document; the assessment stays on its own version until it is moved.")
                           .arg(base.title.in(session.language()), base.code, base.version));

    const auto button = [this](const QString& text, const QString& name, const QString& tip) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setAutoDefault(false);
        return b;
    };
    m_addRequirement = button(tr("Add &Requirement…"), QStringLiteral("addRequirementButton"),
                              tr("A new requirement after the selected one"));
    QPushButton* addCategory = button(tr("Add &Category…"), QStringLiteral("addCategoryButton"),
                                      tr("A new category after the selected one"));
    m_remove = button(tr("Remove"), QStringLiteral("removeButton"),
                      tr("Remove the selected requirement, or the category with its "
                         "requirements"));
    m_up = button(tr("Move Up"), QStringLiteral("moveUpButton"), tr("One place up"));
    m_down = button(tr("Move Down"), QStringLiteral("moveDownButton"), tr("One place down"));
    connect(m_addRequirement, &QPushButton::clicked, this, &FrameworkEditorDialog::addRequirement);
    connect(addCategory, &QPushButton::clicked, this, &FrameworkEditorDialog::addCategory);
    connect(m_remove, &QPushButton::clicked, this, &FrameworkEditorDialog::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });

    // The editor's own undo: Ctrl+Z inside the dialog undoes the last edit of the draft.
    QAction* undo = m_undo.createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("editorUndoAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction* redo = m_undo.createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("editorRedoAction"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);
    auto* undoButton = new QToolButton(this);
    undoButton->setDefaultAction(undo);
    auto* redoButton = new QToolButton(this);
    redoButton->setDefaultAction(redo);

    auto* tools = new QHBoxLayout;
    for (QWidget* widget : {static_cast<QWidget*>(m_addRequirement),
                            static_cast<QWidget*>(addCategory), static_cast<QWidget*>(m_remove),
                            static_cast<QWidget*>(m_up), static_cast<QWidget*>(m_down)})
        tools->addWidget(widget);
    tools->addStretch(1);
    tools->addWidget(undoButton);
    tools->addWidget(redoButton);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("frameworkTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setMinimumWidth(300);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!item)
            return;
        m_selected = {item->data(0, categoryRole).toInt(), item->data(0, requirementRole).toInt()};
        showForm();
    });

    const AnalysisInput& input = session.input();
    m_forms = new QStackedWidget(this);
    m_forms->addWidget(new QLabel(tr("Select a category or a requirement."), m_forms));
    m_categoryForm = new CategoryForm(m_forms);
    m_forms->addWidget(m_categoryForm);
    m_requirementForm = new RequirementForm(input, session.language(), m_forms);
    m_forms->addWidget(m_requirementForm);
    connect(m_categoryForm, &CategoryForm::edited, this,
            [this](const Category& category, const QString& field) {
                if (!m_selected.isCategory() || !draft::isValid(m_draft, m_selected))
                    return;
                Framework after = m_draft;
                Category& target = after.categories[m_selected.category];
                target.code = category.code;
                target.title = category.title;
                draft::renumber(after);
                edit(tr("Edit category %1").arg(category.code), after, m_selected,
                     QStringLiteral("category.") + field);
            });
    connect(m_requirementForm, &RequirementForm::edited, this,
            [this](const Requirement& requirement, const QString& field) {
                if (!m_selected.isRequirement() || !draft::isValid(m_draft, m_selected))
                    return;
                Framework after = m_draft;
                after.categories[m_selected.category].requirements[m_selected.requirement] =
                    requirement;
                draft::renumber(after);
                edit(tr("Edit requirement %1").arg(requirement.code), after, m_selected,
                     QStringLiteral("requirement.") + field);
            });

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_forms);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);

    m_version = new QLineEdit(freeVersionAfter(session.document(), base), this);
    m_version->setObjectName(QStringLiteral("versionEdit"));
    m_version->setToolTip(tr("The version this edit is stored as; it must differ from the "
                             "versions already in the document"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("What changed and why, e.g. the official wording of 2024"));
    m_scoreForm = new FrameworkScoreForm(this);
    m_scoreForm->setValues(base.total, base.passMark);
    connect(m_scoreForm, &FrameworkScoreForm::edited, this, [this](const QString& field) {
        Framework after = m_draft;
        after.total = m_scoreForm->total();
        after.passMark = m_scoreForm->passMark();
        edit(tr("Edit the framework's scoring"), after, m_selected,
             QStringLiteral("framework.") + field);
    });
    auto* saveForm = new QFormLayout;
    saveForm->addRow(tr("Framework scoring"), m_scoreForm);
    saveForm->addRow(tr("New &version"), m_version);
    saveForm->addRow(tr("&Note"), m_note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* saveButton = buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    saveButton->setText(tr("&Save as New Version"));
    connect(saveButton, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &FrameworkEditorDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);
    layout->addLayout(saveForm);
    layout->addWidget(buttons);

    rebuildTree();
    select({0, m_draft.categories.isEmpty() || m_draft.categories.first().requirements.isEmpty()
                   ? -1
                   : 0});
    resize(1180, 760);
}

void FrameworkEditorDialog::select(DraftPosition position)
{
    m_selected = draft::isValid(m_draft, position) ? position : DraftPosition{};
    rebuildTree();
    showForm();
}

bool FrameworkEditorDialog::selectCode(const QString& code)
{
    for (int c = 0; c < m_draft.categories.size(); ++c) {
        const Category& category = m_draft.categories.at(c);
        if (category.code == code) {
            select({c, -1});
            return true;
        }
        for (int r = 0; r < category.requirements.size(); ++r) {
            if (category.requirements.at(r).code == code) {
                select({c, r});
                return true;
            }
        }
    }
    return false;
}

void FrameworkEditorDialog::apply(const Framework& framework, DraftPosition position, bool fromForm)
{
    m_draft = framework;
    m_selected = draft::isValid(m_draft, position) ? position : DraftPosition{};
    rebuildTree();
    if (!fromForm) {
        showForm();
        m_scoreForm->setValues(m_draft.total, m_draft.passMark);
    }
}

void FrameworkEditorDialog::edit(const QString& text, const Framework& after,
                                 DraftPosition positionAfter, const QString& mergeKey)
{
    m_undo.push(new DraftEdit(text, m_draft, after, m_selected, positionAfter, mergeKey,
                              [this](const Framework& framework, DraftPosition position,
                                     bool fromForm) { apply(framework, position, fromForm); }));
}

void FrameworkEditorDialog::rebuildTree()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    const Language language = m_session.language();
    QTreeWidgetItem* current = nullptr;
    for (int c = 0; c < m_draft.categories.size(); ++c) {
        const Category& category = m_draft.categories.at(c);
        auto* categoryItem = new QTreeWidgetItem(m_tree);
        categoryItem->setText(
            0, QStringLiteral("%1  %2").arg(category.code, category.title.in(language)));
        categoryItem->setData(0, categoryRole, c);
        categoryItem->setData(0, requirementRole, -1);
        QFont bold = categoryItem->font(0);
        bold.setBold(true);
        categoryItem->setFont(0, bold);
        if (m_selected == DraftPosition{c, -1})
            current = categoryItem;
        for (int r = 0; r < category.requirements.size(); ++r) {
            const Requirement& requirement = category.requirements.at(r);
            auto* item = new QTreeWidgetItem(categoryItem);
            item->setText(0, QStringLiteral("%1. %2  %3")
                                 .arg(requirement.number)
                                 .arg(requirement.code, requirement.title.in(language)));
            item->setToolTip(0, requirement.title.in(language));
            item->setData(0, categoryRole, c);
            item->setData(0, requirementRole, r);
            if (m_selected == DraftPosition{c, r})
                current = item;
        }
    }
    m_tree->expandAll();
    if (current) {
        m_tree->setCurrentItem(current);
        m_tree->scrollToItem(current);
    }
    updateButtons();
}

void FrameworkEditorDialog::showForm()
{
    if (m_selected.isRequirement()) {
        m_requirementForm->setRequirement(
            m_draft.categories.at(m_selected.category).requirements.at(m_selected.requirement));
        m_forms->setCurrentIndex(RequirementPage);
    } else if (m_selected.isCategory()) {
        m_categoryForm->setCategory(m_draft.categories.at(m_selected.category));
        m_forms->setCurrentIndex(CategoryPage);
    } else {
        m_forms->setCurrentIndex(EmptyPage);
    }
    updateButtons();
}

void FrameworkEditorDialog::updateButtons()
{
    const bool valid = draft::isValid(m_draft, m_selected);
    m_addRequirement->setEnabled(valid);
    m_remove->setEnabled(valid);
    int count = int(m_draft.categories.size());
    int index = m_selected.category;
    if (m_selected.isRequirement()) {
        count = int(m_draft.categories.at(m_selected.category).requirements.size());
        index = m_selected.requirement;
    }
    m_up->setEnabled(valid && index > 0);
    m_down->setEnabled(valid && index + 1 < count);
}

QString FrameworkEditorDialog::askNewCode(const QString& title)
{
    const QString code = askCode(title, tr("Code (a letter, then up to 15 letters, digits, "
                                           "_ . or -; unique in the framework):"));
    if (code.isEmpty())
        return {};
    if (!FrameworkLoader::isValidCode(code)) {
        showError(title, tr("“%1” is not a valid code: a code is a letter, then up to 15 "
                            "letters, digits, _ . or -.")
                             .arg(code));
        return {};
    }
    if (draft::hasCode(m_draft, code)) {
        showError(title, tr("The code “%1” is already used in this framework; category and "
                            "requirement codes share one namespace.")
                             .arg(code));
        return {};
    }
    return code;
}

void FrameworkEditorDialog::addRequirement()
{
    if (!draft::isValid(m_draft, m_selected))
        return;
    const QString code = askNewCode(tr("Add a requirement"));
    if (code.isEmpty())
        return;
    Framework after = m_draft;
    const DraftPosition position = draft::addRequirement(after, m_selected, code);
    edit(tr("Add requirement %1").arg(code), after, position);
}

void FrameworkEditorDialog::addCategory()
{
    const QString code = askNewCode(tr("Add a category"));
    if (code.isEmpty())
        return;
    Framework after = m_draft;
    const DraftPosition position = draft::addCategory(after, m_selected, code);
    edit(tr("Add category %1").arg(code), after, position);
}

void FrameworkEditorDialog::removeSelected()
{
    if (!draft::isValid(m_draft, m_selected))
        return;
    const QString code = m_selected.isRequirement()
                             ? m_draft.categories.at(m_selected.category)
                                   .requirements.at(m_selected.requirement)
                                   .code
                             : m_draft.categories.at(m_selected.category).code;
    Framework after = m_draft;
    const DraftPosition position = draft::remove(after, m_selected);
    edit(tr("Remove %1").arg(code), after, position);
}

void FrameworkEditorDialog::moveSelected(int delta)
{
    Framework after = m_draft;
    const DraftPosition position = draft::move(after, m_selected, delta);
    if (position == m_selected)
        return;
    edit(delta < 0 ? tr("Move up") : tr("Move down"), after, position);
}

bool FrameworkEditorDialog::save()
{
    const QString title = tr("Save the framework");
    Framework framework = m_draft;
    framework.version = m_version->text().trimmed();
    if (framework.version.isEmpty()) {
        showError(title,
                  tr("Give the new version a name, e.g. %1.").arg(nextVersion(m_base.version)));
        return false;
    }
    // Through the loader, as a file would be: every rule of the format applies and every
    // problem is listed at once.
    const QByteArray json = frameworkToJson(framework);
    Result<Framework> parsed = FrameworkLoader::parse(json, tr("the edited framework"));
    if (!parsed) {
        showError(title, tr("The framework cannot be saved:\n%1").arg(parsed.error().message));
        return false;
    }
    auto command = std::make_unique<AddFrameworkVersionCommand>(
        m_session, framework.code, framework.version, json, m_note->text().trimmed());
    AddFrameworkVersionCommand* stored = command.get();
    if (Status status = m_session.apply(std::move(command)); !status) {
        showError(title, status.error().message);
        return false;
    }
    m_savedId = stored->storedId();
    m_savedVersion = framework.version;
    m_undo.setClean();
    return true;
}

void FrameworkEditorDialog::reject()
{
    if (!m_undo.isClean() &&
        !askDiscard(tr("Discard the changes made to the framework? Nothing of them is stored.")))
        return;
    QDialog::reject();
}

} // namespace duibiao
