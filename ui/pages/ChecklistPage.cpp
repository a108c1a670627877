#include "pages/ChecklistPage.h"

#include "models/RequirementTreeModel.h"
#include "pages/RequirementDetailPane.h"
#include "widgets/RatingStyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace duibiao {

ChecklistPage::ChecklistPage(DocumentSession& session, QWidget* parent) : Page(session, parent)
{
    setObjectName(QStringLiteral("checklistPage"));

    m_model = new RequirementTreeModel(session, this);
    m_filter = new ChecklistFilterModel(this);
    m_filter->setSourceModel(m_model);

    // The built-in framework is a reconstruction; say so where the ratings are made.
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("frameworkNote"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setMargin(6);
    m_note->setAutoFillBackground(true);
    QPalette notePalette = m_note->palette();
    notePalette.setColor(QPalette::Window, QColor(0xe3, 0xf2, 0xfd));
    notePalette.setColor(QPalette::WindowText, QColor(0x0d, 0x3c, 0x61));
    m_note->setPalette(notePalette);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("checklistSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search code, title or text (Ctrl+F)"));
    m_search->setMinimumWidth(220);
    auto* filterCaption = new QLabel(tr("&Show:"));
    m_filterCombo = new QComboBox;
    m_filterCombo->setObjectName(QStringLiteral("checklistFilter"));
    m_filterCombo->addItem(tr("All requirements"), int(ChecklistFilterModel::State::All));
    m_filterCombo->addItem(tr("Unrated"), int(ChecklistFilterModel::State::Unrated));
    m_filterCombo->addItem(tr("Not met or largely met"), int(ChecklistFilterModel::State::NotMet));
    m_filterCombo->addItem(tr("With overdue items"), int(ChecklistFilterModel::State::Overdue));
    filterCaption->setBuddy(m_filterCombo);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("checklistSummary"));
    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_search, 2);
    toolbar->addWidget(filterCaption);
    toolbar->addWidget(m_filterCombo);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_summary, 3);

    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("checklistTree"));
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RequirementTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->expandAll();

    m_pane = new RequirementDetailPane(session, this);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("checklistSplitter"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_pane);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 9);
    m_splitter->setStretchFactor(1, 10);
    // About 45 % for the tree in a 1280 × 800 window: titles stay readable, and the
    // detail pane keeps room for its editors.
    m_splitter->setSizes({560, 680});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(toolbar);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_search, m_filterCombo);
    setTabOrder(m_filterCombo, m_tree);
    setTabOrder(m_tree, m_pane->firstInTabOrder());

    connect(m_search, &QLineEdit::textChanged, this, &ChecklistPage::filterChanged);
    connect(m_search, &QLineEdit::returnPressed, this, &ChecklistPage::selectFirstMatch);
    connect(m_filterCombo, &QComboBox::currentIndexChanged, this, &ChecklistPage::filterChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ChecklistPage::currentChanged);
    connect(&session, &DocumentSession::changed, this, &ChecklistPage::refreshHeader);

    refreshHeader(DocumentSession::Everything);
    selectFirstMatch();
    m_tree->setFocus(Qt::OtherFocusReason);
}

ChecklistPage::~ChecklistPage()
{
    // Typing not yet saved goes to the document while everything still stands.
    m_pane->flushEdits();
}

void ChecklistPage::refreshHeader(DocumentSession::Changes changes)
{
    const Framework& framework = session().framework();
    const Language language = session().language();
    if ((changes & DocumentSession::Everything) == DocumentSession::Everything) {
        const QString note = framework.note.in(language);
        m_note->setVisible(framework.reference && !note.isEmpty());
        m_note->setText(QStringLiteral("ⓘ ") + note);
        m_note->setToolTip(framework.source.in(language));
    }
    const Analysis& analysis = session().analysis();
    const ScoreTally& overall = analysis.scores.overall;
    const std::optional<double> rate = overall.metRate();
    QString text =
        tr("%1 of %2 rated · met rate %3 · score %4")
            .arg(overall.rated() + overall.notApplicable)
            .arg(overall.total())
            .arg(rate ? QStringLiteral("%1%").arg(*rate * 100, 0, 'f', 1) : QStringLiteral("—"),
                 analysis.scoreText(language));
    if (analysis.overdueItems > 0) {
        text += QStringLiteral(" · <span style=\"color:%1\">%2</span>")
                    .arg(RatingStyle::overdue().name(),
                         tr("%n overdue item(s)", nullptr, analysis.overdueItems));
    }
    m_summary->setText(text);
}

void ChecklistPage::filterChanged()
{
    m_filter->setState(ChecklistFilterModel::State(m_filterCombo->currentData().toInt()));
    m_filter->setSearchText(m_search->text());
    m_tree->expandAll();
    if (const QModelIndex source = m_model->indexOf(m_pane->requirement()); source.isValid()) {
        const QModelIndex shown = m_filter->mapFromSource(source);
        if (shown.isValid() && shown != m_tree->currentIndex()) {
            m_tree->setCurrentIndex(shown);
            m_tree->scrollTo(shown);
        }
    }
}

void ChecklistPage::setFilterState(ChecklistFilterModel::State state)
{
    m_filterCombo->setCurrentIndex(m_filterCombo->findData(int(state)));
}

void ChecklistPage::selectFirstMatch()
{
    for (int c = 0; c < m_filter->rowCount(); ++c) {
        const QModelIndex category = m_filter->index(c, 0);
        if (m_filter->rowCount(category) > 0) {
            const QModelIndex first = m_filter->index(0, 0, category);
            m_tree->setCurrentIndex(first);
            m_tree->scrollTo(first);
            if (m_search->hasFocus())
                m_tree->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void ChecklistPage::currentChanged(const QModelIndex& current)
{
    const QModelIndex source = m_filter->mapToSource(current);
    if (!source.isValid())
        return; // filtered away: the pane keeps what it shows
    const QString code = source.data(RequirementTreeModel::CodeRole).toString();
    if (source.data(RequirementTreeModel::IsCategoryRole).toBool())
        m_pane->showCategory(code);
    else
        m_pane->setRequirement(code);
}

void ChecklistPage::showRequirement(const QString& code)
{
    const QModelIndex source = m_model->indexOf(code);
    if (!source.isValid())
        return;
    QModelIndex shown = m_filter->mapFromSource(source);
    if (!shown.isValid()) {
        m_search->clear();
        setFilterState(ChecklistFilterModel::State::All);
        shown = m_filter->mapFromSource(source);
    }
    m_tree->expand(shown.parent());
    m_tree->setCurrentIndex(shown);
    m_tree->scrollTo(shown);
}

void ChecklistPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace duibiao
