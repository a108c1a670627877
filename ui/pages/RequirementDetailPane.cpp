#include "pages/RequirementDetailPane.h"

#include "commands/EvidenceCommands.h"
#include "commands/RectificationCommands.h"
#include "commands/RequirementCommands.h"
#include "models/EvidenceListModel.h"
#include "models/ExpectedEvidenceModel.h"
#include "models/LinkedItemModel.h"
#include "util/EvidenceViewer.h"
#include "widgets/RatingStyle.h"

#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace duibiao {

namespace {

QLabel* sectionTitle(const QString& text)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    label->setContentsMargins(0, 10, 0, 2);
    return label;
}

QLabel* wrappedLabel(const QString& objectName = {})
{
    auto* label = new QLabel;
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void dim(QLabel* label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
}

// Height for `rows` rows of an item view plus its header and frame.
int viewHeightFor(const QAbstractItemView* view, int rows, bool header)
{
    const int row = view->fontMetrics().height() + 8;
    return rows * row + (header ? row + 2 : 0) + 2 * view->frameWidth() + 2;
}

QString ratingBadge(Rating rating, Scoring scoring, Language language)
{
    return QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
        .arg(RatingStyle::background(rating).name(), RatingStyle::foreground(rating).name(),
             ratingLabel(rating, scoring, language).toHtmlEscaped());
}

} // namespace

RequirementDetailPane::RequirementDetailPane(DocumentSession& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("requirementDetail"));
    setAcceptDrops(true);
    m_viewer = new EvidenceViewer(this);
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(saveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, [this] {
        saveText(m_narrative);
        saveText(m_gap);
    });

    m_fileChooser = [this] {
        return QFileDialog::getOpenFileNames(this, tr("Attach Evidence Files"));
    };
    m_measurePrompt = [this](const QString& proposal) -> std::optional<QString> {
        bool ok = false;
        const QString text =
            QInputDialog::getText(this, tr("Add a Rectification Item"),
                                  tr("Measure (it can be refined on the Rectification page):"),
                                  QLineEdit::Normal, proposal, &ok);
        if (!ok || text.trimmed().isEmpty())
            return std::nullopt;
        return text.trimmed();
    };

    m_stack = new QStackedWidget(this);
    m_placeholder = new QLabel;
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setMargin(24);
    m_stack->addWidget(m_placeholder);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("detailScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Focus goes to the editors inside; the area scrolls to whichever has it.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(buildRequirementView());
    m_stack->addWidget(scroll);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    buildTabOrder();
    connect(&m_session, &DocumentSession::changed, this, &RequirementDetailPane::refresh);
    setRequirement({});
}

RequirementDetailPane::~RequirementDetailPane() = default;

QWidget* RequirementDetailPane::buildRequirementView()
{
    auto* view = new QWidget;
    auto* layout = new QVBoxLayout(view);
    layout->setContentsMargins(12, 6, 12, 12);
    layout->setSpacing(6);

    // The requirement itself.
    m_heading = wrappedLabel(QStringLiteral("requirementHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    m_heading->setFont(headingFont);
    m_category = wrappedLabel(QStringLiteral("requirementCategory"));
    dim(m_category);
    m_description = wrappedLabel(QStringLiteral("requirementDescription"));
    m_guidanceTitle = sectionTitle(tr("Guidance"));
    m_guidance = wrappedLabel(QStringLiteral("requirementGuidance"));
    layout->addWidget(m_heading);
    layout->addWidget(m_category);
    layout->addWidget(m_description);
    layout->addWidget(m_guidanceTitle);
    layout->addWidget(m_guidance);

    // Rating, with the suggestion and the reason for differing from it.
    layout->addWidget(sectionTitle(tr("Rating")));
    auto* ratingRow = new QHBoxLayout;
    auto* ratingCaption = new QLabel(tr("&Rating:"));
    m_ratingSelector = new QComboBox;
    m_ratingSelector->setObjectName(QStringLiteral("ratingSelector"));
    for (Rating rating : allRatings)
        m_ratingSelector->addItem(RatingStyle::swatch(rating),
                                  ratingLabel(rating, m_session.language()), int(rating));
    m_ratingSelector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    ratingCaption->setBuddy(m_ratingSelector);
    m_suggestion = wrappedLabel(QStringLiteral("suggestedRating"));
    m_suggestion->setTextFormat(Qt::RichText);
    ratingRow->addWidget(ratingCaption);
    ratingRow->addWidget(m_ratingSelector);
    ratingRow->addSpacing(12);
    ratingRow->addWidget(m_suggestion, 1);
    layout->addLayout(ratingRow);
    m_shortfall = wrappedLabel(QStringLiteral("indicatorShortfall"));
    layout->addWidget(m_shortfall);
    m_panelOpinion = wrappedLabel(QStringLiteral("panelOpinion"));
    layout->addWidget(m_panelOpinion);

    m_reasonRow = new QWidget;
    m_reasonRow->setObjectName(QStringLiteral("overrideReasonRow"));
    auto* reasonLayout = new QGridLayout(m_reasonRow);
    reasonLayout->setContentsMargins(0, 0, 0, 0);
    m_reasonLabel = new QLabel(tr("Reason for &differing from the suggested rating (required):"));
    m_reasonEdit = new QPlainTextEdit;
    m_reasonEdit->setObjectName(QStringLiteral("overrideReason"));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setPlaceholderText(
        tr("Why the rating differs from the one computed from the unit figures"));
    m_reasonEdit->setFixedHeight(m_reasonEdit->fontMetrics().lineSpacing() * 3 + 14);
    m_reasonLabel->setBuddy(m_reasonEdit);
    m_applyRatingButton = new QPushButton(tr("&Apply Rating"));
    m_applyRatingButton->setObjectName(QStringLiteral("applyRatingButton"));
    m_applyRatingButton->setToolTip(tr("Apply the rating with this reason (Ctrl+Return)"));
    m_cancelRatingButton = new QPushButton(tr("Cancel"));
    m_cancelRatingButton->setObjectName(QStringLiteral("cancelRatingButton"));
    m_cancelRatingButton->setToolTip(tr("Keep the rating as it is"));
    auto* reasonButtons = new QVBoxLayout;
    reasonButtons->addWidget(m_applyRatingButton);
    reasonButtons->addWidget(m_cancelRatingButton);
    reasonButtons->addStretch();
    reasonLayout->addWidget(m_reasonLabel, 0, 0, 1, 2);
    reasonLayout->addWidget(m_reasonEdit, 1, 0);
    reasonLayout->addLayout(reasonButtons, 1, 1);
    layout->addWidget(m_reasonRow);
    m_ratingMessage = wrappedLabel(QStringLiteral("ratingMessage"));
    layout->addWidget(m_ratingMessage);

    // The team's own words.
    layout->addWidget(sectionTitle(tr("Self-Evaluation")));
    auto* narrativeCaption = new QLabel(tr("&Narrative — what has been done:"));
    m_narrative.edit = new QPlainTextEdit;
    m_narrative.edit->setObjectName(QStringLiteral("narrativeEdit"));
    const int line = m_narrative.edit->fontMetrics().lineSpacing();
    m_narrative.edit->setMinimumHeight(line * 5 + 14);
    m_narrative.edit->setMaximumHeight(line * 12 + 14);
    narrativeCaption->setBuddy(m_narrative.edit);
    auto* gapCaption = new QLabel(tr("&Gap — what is still missing:"));
    m_gap.edit = new QPlainTextEdit;
    m_gap.edit->setObjectName(QStringLiteral("gapEdit"));
    m_gap.edit->setMinimumHeight(line * 3 + 14);
    m_gap.edit->setMaximumHeight(line * 8 + 14);
    gapCaption->setBuddy(m_gap.edit);
    for (TextField* field : {&m_narrative, &m_gap}) {
        field->edit->setTabChangesFocus(true);
        field->edit->installEventFilter(this);
        connect(field->edit, &QPlainTextEdit::textChanged, this,
                [this, field] { textEdited(*field); });
    }
    layout->addWidget(narrativeCaption);
    layout->addWidget(m_narrative.edit);
    layout->addWidget(gapCaption);
    layout->addWidget(m_gap.edit);
    m_textMessage = wrappedLabel(QStringLiteral("textMessage"));
    layout->addWidget(m_textMessage);

    // Evidence: the expected items and the attached files.
    layout->addWidget(sectionTitle(tr("Evidence")));
    auto* expectedCaption = new QLabel(tr("E&xpected evidence — ticked when a file is attached for "
                                          "it; press Enter or drop a file on an item to attach:"));
    expectedCaption->setWordWrap(true);
    m_expectedModel = new ExpectedEvidenceModel(this);
    m_expectedView = new QListView;
    m_expectedView->setObjectName(QStringLiteral("expectedEvidenceList"));
    m_expectedView->setModel(m_expectedModel);
    m_expectedView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_expectedView->setWordWrap(true);
    m_expectedView->setAcceptDrops(true);
    m_expectedView->viewport()->setAcceptDrops(true);
    m_expectedView->viewport()->installEventFilter(this);
    m_expectedView->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* attachForItem = new QAction(tr("Attach Files for This Item…"), m_expectedView);
    m_expectedView->addAction(attachForItem);
    connect(attachForItem, &QAction::triggered, this, [this] {
        if (const QModelIndex current = m_expectedView->currentIndex(); current.isValid())
            chooseEvidenceFiles(current.data(ExpectedEvidenceModel::ItemKeyRole).toString());
    });
    connect(m_expectedView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        chooseEvidenceFiles(index.data(ExpectedEvidenceModel::ItemKeyRole).toString());
    });
    expectedCaption->setBuddy(m_expectedView);
    layout->addWidget(expectedCaption);
    layout->addWidget(m_expectedView);

    m_evidenceModel = new EvidenceListModel(m_session, this);
    m_evidenceView = new QTreeView;
    m_evidenceView->setObjectName(QStringLiteral("evidenceList"));
    m_evidenceView->setModel(m_evidenceModel);
    m_evidenceView->setRootIsDecorated(false);
    m_evidenceView->setUniformRowHeights(true);
    m_evidenceView->setAlternatingRowColors(true);
    m_evidenceView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_evidenceView->setEditTriggers(QAbstractItemView::EditKeyPressed |
                                    QAbstractItemView::SelectedClicked);
    m_evidenceView->header()->setStretchLastSection(false);
    m_evidenceView->header()->setSectionResizeMode(EvidenceListModel::NameColumn,
                                                   QHeaderView::Stretch);
    for (int column : {int(EvidenceListModel::ItemColumn), int(EvidenceListModel::SizeColumn),
                       int(EvidenceListModel::Sha256Column), int(EvidenceListModel::MimeColumn)})
        m_evidenceView->header()->setSectionResizeMode(column, QHeaderView::Interactive);
    m_evidenceView->header()->resizeSection(EvidenceListModel::ItemColumn, 140);
    m_evidenceView->header()->resizeSection(EvidenceListModel::SizeColumn, 70);
    m_evidenceView->header()->resizeSection(EvidenceListModel::Sha256Column, 110);
    m_evidenceView->header()->resizeSection(EvidenceListModel::MimeColumn, 110);
    m_evidenceView->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* openAction = new QAction(tr("Open"), m_evidenceView);
    auto* renameAction = new QAction(tr("Rename"), m_evidenceView);
    auto* removeAction = new QAction(tr("Remove"), m_evidenceView);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_evidenceView->addActions({openAction, renameAction, removeAction});
    connect(openAction, &QAction::triggered, this, &RequirementDetailPane::openSelectedEvidence);
    connect(renameAction, &QAction::triggered, this,
            &RequirementDetailPane::renameSelectedEvidence);
    connect(removeAction, &QAction::triggered, this,
            &RequirementDetailPane::removeSelectedEvidence);
    connect(m_evidenceView, &QAbstractItemView::activated, this,
            &RequirementDetailPane::openSelectedEvidence);
    connect(m_evidenceView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RequirementDetailPane::updateEvidenceButtons);
    connect(m_evidenceModel, &EvidenceListModel::filesChanged, this,
            &RequirementDetailPane::refreshEvidence);
    connect(m_evidenceModel, &EvidenceListModel::editRefused, this,
            [this](const QString& message) { showMessage(m_evidenceMessage, message); });
    layout->addWidget(m_evidenceView);

    auto* evidenceButtons = new QHBoxLayout;
    auto* itemCaption = new QLabel(tr("For i&tem:"));
    m_evidenceItemCombo = new QComboBox;
    m_evidenceItemCombo->setObjectName(QStringLiteral("evidenceItemCombo"));
    m_evidenceItemCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_evidenceItemCombo->setMinimumContentsLength(14);
    itemCaption->setBuddy(m_evidenceItemCombo);
    m_addEvidenceButton = new QPushButton(tr("&Add Files…"));
    m_addEvidenceButton->setObjectName(QStringLiteral("addEvidenceButton"));
    m_addEvidenceButton->setToolTip(tr("Attach files; you can also drop files onto this pane"));
    m_openEvidenceButton = new QPushButton(tr("&Open"));
    m_openEvidenceButton->setObjectName(QStringLiteral("openEvidenceButton"));
    m_openEvidenceButton->setToolTip(tr("Open a copy with the system's viewer"));
    m_renameEvidenceButton = new QPushButton(tr("Rena&me"));
    m_renameEvidenceButton->setObjectName(QStringLiteral("renameEvidenceButton"));
    m_removeEvidenceButton = new QPushButton(tr("Remo&ve"));
    m_removeEvidenceButton->setObjectName(QStringLiteral("removeEvidenceButton"));
    // The item chooser has a row of its own: beside four buttons it would make the pane
    // wider than its column.
    auto* itemRow = new QHBoxLayout;
    itemRow->addWidget(itemCaption);
    itemRow->addWidget(m_evidenceItemCombo, 1);
    layout->addLayout(itemRow);
    evidenceButtons->addWidget(m_addEvidenceButton);
    evidenceButtons->addWidget(m_openEvidenceButton);
    evidenceButtons->addWidget(m_renameEvidenceButton);
    evidenceButtons->addWidget(m_removeEvidenceButton);
    layout->addLayout(evidenceButtons);
    connect(m_addEvidenceButton, &QPushButton::clicked, this,
            [this] { chooseEvidenceFiles(m_evidenceItemCombo->currentData().toString()); });
    connect(m_openEvidenceButton, &QPushButton::clicked, this,
            &RequirementDetailPane::openSelectedEvidence);
    connect(m_renameEvidenceButton, &QPushButton::clicked, this,
            &RequirementDetailPane::renameSelectedEvidence);
    connect(m_removeEvidenceButton, &QPushButton::clicked, this,
            &RequirementDetailPane::removeSelectedEvidence);
    m_evidenceMessage = wrappedLabel(QStringLiteral("evidenceMessage"));
    layout->addWidget(m_evidenceMessage);

    // Rectification items linked to the requirement.
    layout->addWidget(sectionTitle(tr("Rectification Items")));
    m_itemModel = new LinkedItemModel(m_session, this);
    m_itemView = new QTreeView;
    m_itemView->setObjectName(QStringLiteral("linkedItemsList"));
    m_itemView->setModel(m_itemModel);
    m_itemView->setRootIsDecorated(false);
    m_itemView->setUniformRowHeights(true);
    m_itemView->setAlternatingRowColors(true);
    m_itemView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_itemView->header()->setStretchLastSection(false);
    m_itemView->header()->setSectionResizeMode(LinkedItemModel::MeasureColumn,
                                               QHeaderView::Stretch);
    for (int column : {int(LinkedItemModel::StatusColumn), int(LinkedItemModel::PhaseColumn),
                       int(LinkedItemModel::DueColumn)})
        m_itemView->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // The list grows with its items, up to a point; it scrolls beyond.
    auto fitItems = [this] {
        m_itemView->setFixedHeight(
            viewHeightFor(m_itemView, std::clamp(m_itemModel->rowCount(), 2, 8), true));
    };
    connect(m_itemModel, &QAbstractItemModel::modelReset, this, fitItems);
    connect(m_itemModel, &QAbstractItemModel::rowsInserted, this, fitItems);
    connect(m_itemModel, &QAbstractItemModel::rowsRemoved, this, fitItems);
    fitItems();
    layout->addWidget(m_itemView);
    m_addItemButton = new QPushButton(tr("Add an &Item for This Requirement…"));
    m_addItemButton->setObjectName(QStringLiteral("addItemButton"));
    connect(m_addItemButton, &QPushButton::clicked, this, &RequirementDetailPane::promptForItem);
    auto* itemButtons = new QHBoxLayout;
    itemButtons->addWidget(m_addItemButton);
    itemButtons->addStretch();
    layout->addLayout(itemButtons);
    m_itemMessage = wrappedLabel(QStringLiteral("itemMessage"));
    layout->addWidget(m_itemMessage);
    layout->addStretch(1);

    for (QLabel* message : {m_ratingMessage, m_textMessage, m_evidenceMessage, m_itemMessage}) {
        QPalette palette = message->palette();
        palette.setColor(QPalette::WindowText, RatingStyle::overdue());
        message->setPalette(palette);
        message->hide();
    }

    connect(m_ratingSelector, &QComboBox::currentIndexChanged, this,
            &RequirementDetailPane::ratingChosen);
    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_reasonEdited = true;
        updateReasonVisibility();
    });
    m_reasonEdit->installEventFilter(this);
    connect(m_applyRatingButton, &QPushButton::clicked, this, [this] {
        if (std::optional<Rating> chosen = chosenRating())
            applyRating(*chosen);
    });
    connect(m_cancelRatingButton, &QPushButton::clicked, this,
            &RequirementDetailPane::cancelPendingRating);
    return view;
}

void RequirementDetailPane::buildTabOrder()
{
    const QList<QWidget*> chain{
        m_ratingSelector,    m_reasonEdit,         m_applyRatingButton,    m_cancelRatingButton,
        m_narrative.edit,    m_gap.edit,           m_evidenceView,         m_evidenceItemCombo,
        m_addEvidenceButton, m_openEvidenceButton, m_renameEvidenceButton, m_removeEvidenceButton,
        m_expectedView,      m_itemView,           m_addItemButton};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

QWidget* RequirementDetailPane::firstInTabOrder() const
{
    return m_ratingSelector;
}

const Requirement* RequirementDetailPane::currentRequirement() const
{
    return m_code.isEmpty() ? nullptr : m_session.framework().requirement(m_code);
}

// --- showing a requirement ------------------------------------------------------------------

void RequirementDetailPane::setRequirement(const QString& code)
{
    if (code == m_code && m_categoryCode.isEmpty() && !code.isEmpty())
        return;
    flushEdits();
    // A save that failed was reported; the next requirement starts from its stored text.
    m_narrative.dirty = m_gap.dirty = false;
    m_pendingRating.reset();
    m_reasonEdited = false;
    m_categoryCode.clear();
    m_code = m_session.framework().requirement(code) ? code : QString();
    for (QLabel* message : {m_ratingMessage, m_textMessage, m_evidenceMessage, m_itemMessage})
        message->hide();
    m_evidenceModel->setRequirement(m_code);
    m_itemModel->setRequirement(m_code);
    if (m_code.isEmpty()) {
        m_placeholder->setText(tr("Choose a requirement in the list to see and edit it."));
        m_stack->setCurrentIndex(0);
        return;
    }
    showRequirementTexts();
    refreshRating();
    refreshTexts();
    refreshEvidence();
    m_stack->setCurrentIndex(1);
    if (auto* scroll = qobject_cast<QScrollArea*>(m_stack->widget(1)))
        scroll->verticalScrollBar()->setValue(0);
}

void RequirementDetailPane::showCategory(const QString& categoryCode)
{
    setRequirement({});
    m_categoryCode = m_session.framework().category(categoryCode) ? categoryCode : QString();
    showCategorySummary();
}

void RequirementDetailPane::showCategorySummary()
{
    const Category* category = m_session.framework().category(m_categoryCode);
    if (!category)
        return;
    const Language language = m_session.language();
    const ScoreTally* tally = nullptr;
    for (const CategoryScore& score : m_session.analysis().scores.categories) {
        if (score.code == category->code)
            tally = &score.tally;
    }
    QString text =
        QStringLiteral("<h3>%1 %2</h3>")
            .arg(category->code.toHtmlEscaped(), category->title.in(language).toHtmlEscaped());
    if (tally) {
        text += QStringLiteral("<p>") +
                tr("%n requirement(s): %1 met, %2 largely met, %3 not met, %4 not applicable, "
                   "%5 unrated.",
                   nullptr, tally->total())
                    .arg(tally->met)
                    .arg(tally->largelyMet)
                    .arg(tally->notMet)
                    .arg(tally->notApplicable)
                    .arg(tally->unrated) +
                QStringLiteral("</p>");
        const std::optional<double> rate = tally->metRate();
        const std::optional<double> score = tally->weightedScore();
        text +=
            QStringLiteral("<p>") +
            tr("Met rate: %1 · weighted score: %2")
                .arg(rate ? QStringLiteral("%1%").arg(*rate * 100, 0, 'f', 1) : QStringLiteral("—"),
                     score ? QStringLiteral("%1%").arg(*score, 0, 'f', 1) : QStringLiteral("—")) +
            QStringLiteral("</p>");
    }
    text += QStringLiteral("<p>") + tr("Choose a requirement to see and edit it.") +
            QStringLiteral("</p>");
    m_placeholder->setText(text);
    m_stack->setCurrentIndex(0);
}

void RequirementDetailPane::showRequirementTexts()
{
    const Requirement* requirement = currentRequirement();
    if (!requirement)
        return;
    const Language language = m_session.language();
    m_heading->setText(
        QStringLiteral("%1  %2").arg(requirement->code, requirement->title.in(language)));
    const Category* category = m_session.framework().category(requirement->categoryCode);
    QString where = category
                        ? QStringLiteral("%1 %2").arg(category->code, category->title.in(language))
                        : requirement->categoryCode;
    if (requirement->isIndicator())
        where += QStringLiteral(" · ") + tr("indicator requirement: rated from the unit figures");
    m_category->setText(where);
    m_description->setText(requirement->description.in(language));
    m_description->setVisible(!requirement->description.in(language).isEmpty());
    const QString guidance = requirement->guidance.in(language);
    m_guidance->setText(guidance);
    m_guidance->setVisible(!guidance.isEmpty());
    m_guidanceTitle->setVisible(!guidance.isEmpty());

    {
        // The ratings this item's scoring takes, named as it names them (通过, A…D).
        const QSignalBlocker blocker(m_ratingSelector);
        m_ratingSelector->clear();
        for (Rating rating : allowedRatings(requirement->scoring))
            m_ratingSelector->addItem(RatingStyle::swatch(rating),
                                      ratingLabel(rating, requirement->scoring, language),
                                      int(rating));
    }

    m_expectedModel->setRequirement(requirement, language);
    const int rows = m_expectedModel->rowCount();
    m_expectedView->setVisible(rows > 0);
    m_expectedView->setFixedHeight(viewHeightFor(m_expectedView, std::max(rows, 1), false));

    const QSignalBlocker blocker(m_evidenceItemCombo);
    m_evidenceItemCombo->clear();
    m_evidenceItemCombo->addItem(tr("No particular item"), QString());
    for (int i = 0; i < rows; ++i)
        m_evidenceItemCombo->addItem(m_expectedModel->label(i), m_expectedModel->keys().at(i));
}

void RequirementDetailPane::refresh(DocumentSession::Changes changes)
{
    if (!m_categoryCode.isEmpty()) {
        showCategorySummary();
        return;
    }
    if (m_code.isEmpty())
        return;
    if (!currentRequirement()) {
        setRequirement({});
        return;
    }
    if ((changes & DocumentSession::Everything) == DocumentSession::Everything)
        showRequirementTexts();
    refreshRating();
    refreshTexts();
}

// --- rating -----------------------------------------------------------------------------------

std::optional<Rating> RequirementDetailPane::chosenRating() const
{
    const QVariant value = m_ratingSelector->currentData();
    if (!value.isValid())
        return std::nullopt;
    return Rating(value.toInt());
}

bool RequirementDetailPane::needsReason(Rating rating) const
{
    const RequirementResult* result = m_session.analysis().requirement(m_code);
    return result && result->suggestion && rating != Rating::Unrated &&
           rating != *result->suggestion;
}

void RequirementDetailPane::refreshRating()
{
    const Requirement* requirement = currentRequirement();
    const RequirementResult* result = m_session.analysis().requirement(m_code);
    if (!requirement || !result)
        return;
    const Language language = m_session.language();
    {
        const QSignalBlocker blocker(m_ratingSelector);
        m_ratingSelector->setCurrentIndex(
            m_ratingSelector->findData(int(m_pendingRating.value_or(result->rating))));
    }

    const bool indicator = requirement->isIndicator() && result->indicator.has_value();
    m_suggestion->setVisible(indicator);
    m_shortfall->setVisible(indicator);
    if (indicator) {
        const IndicatorResult& computed = *result->indicator;
        m_suggestion->setText(
            computed.suggestion
                ? tr("Suggested from the unit figures: %1")
                      .arg(ratingBadge(result->suggestion.value_or(*computed.suggestion),
                                       result->scoring, language))
                : tr("No suggestion yet: no unit in scope has figures for %1.")
                      .arg(m_session.assessment().year));
        QStringList lines;
        if (computed.unitsInScope > 0) {
            lines.append(tr("%1 of %2 units in scope meet the target %3.")
                             .arg(computed.unitsPassing)
                             .arg(computed.unitsInScope)
                             .arg(formatTarget(computed.rule, language)));
        }
        if (const QString shortfall = describeShortfall(computed, language); !shortfall.isEmpty())
            lines.append(shortfall);
        m_shortfall->setText(lines.join(QLatin1Char('\n')));
        m_shortfall->setVisible(!lines.isEmpty());
    }

    if (!m_reasonEdited) {
        m_loading = true;
        if (m_reasonEdit->toPlainText() != result->overrideReason)
            m_reasonEdit->setPlainText(result->overrideReason);
        m_loading = false;
    }
    updateReasonVisibility();
    refreshPanelOpinion();
}

void RequirementDetailPane::refreshPanelOpinion()
{
    // Beside the self-rating, never mixed into it: the panel's view as it came back.
    QStringList lines;
    const RequirementResult* result = m_session.analysis().requirement(m_code);
    const Scoring scoring = result ? result->scoring : Scoring::Rating;
    const Result<QVector<ReviewOpinion>> opinions =
        m_session.document().reviewOpinions().all(m_session.assessmentId());
    if (opinions) {
        for (const ReviewOpinion& opinion : *opinions) {
            if (opinion.requirementCode != m_code)
                continue;
            QString line = tr("Panel opinion: %1")
                               .arg(ratingLabel(opinion.rating, scoring, m_session.language()));
            if (!opinion.comment.isEmpty())
                line += QStringLiteral(" — ") + opinion.comment;
            if (!opinion.panel.isEmpty())
                line += QStringLiteral(" (%1)").arg(opinion.panel);
            lines.append(line);
        }
    }
    m_panelOpinion->setText(lines.join(QLatin1Char('\n')));
    m_panelOpinion->setVisible(!lines.isEmpty());
}

void RequirementDetailPane::updateReasonVisibility()
{
    const RequirementResult* result = m_session.analysis().requirement(m_code);
    const std::optional<Rating> chosen = chosenRating();
    const bool show = result && chosen && needsReason(*chosen);
    m_reasonRow->setVisible(show);
    const bool reasonChanged =
        result && m_reasonEdit->toPlainText().trimmed() != result->overrideReason.trimmed();
    const bool waiting = m_pendingRating.has_value() || (show && reasonChanged);
    m_applyRatingButton->setVisible(waiting);
    m_cancelRatingButton->setVisible(waiting);
}

void RequirementDetailPane::ratingChosen()
{
    const std::optional<Rating> chosen = chosenRating();
    const RequirementResult* result = m_session.analysis().requirement(m_code);
    if (!chosen || !result)
        return;
    m_ratingMessage->hide();
    if (*chosen == result->rating) {
        // Back to the stored rating: nothing to apply.
        m_pendingRating.reset();
        updateReasonVisibility();
        return;
    }
    if (needsReason(*chosen) && !m_reasonEdited &&
        !m_reasonEdit->toPlainText().trimmed().isEmpty()) {
        // The reason on view was written for the stored rating; it does not carry over to
        // another one unless the user applies it.
        m_pendingRating = *chosen;
        const Language language = m_session.language();
        showMessage(m_ratingMessage,
                    tr("“%1” differs from the suggested rating: check the reason and apply. "
                       "Until then the rating stays “%2”.")
                        .arg(ratingLabel(*chosen, result->scoring, language),
                             result->ratingText(language)));
        updateReasonVisibility();
        return;
    }
    applyRating(*chosen);
}

bool RequirementDetailPane::applyRating(Rating rating)
{
    const RequirementResult* result = m_session.analysis().requirement(m_code);
    if (!result)
        return false;
    const Rating stored = result->rating;
    const Scoring scoring = result->scoring; // `result` does not outlive the edit
    const QString reason = needsReason(rating) ? m_reasonEdit->toPlainText().trimmed() : QString();
    Status status = m_session.apply(std::make_unique<SetRatingCommand>(
        m_session, m_code, rating, m_session.suggestionFor(m_code), reason));
    if (!status) {
        if (needsReason(rating) && reason.isEmpty()) {
            // Refused for want of a reason: keep the choice waiting and ask for the reason.
            m_pendingRating = rating;
            showMessage(m_ratingMessage,
                        status.error().message + QLatin1Char(' ') +
                            tr("The rating stays “%1” until a reason is given and applied.")
                                .arg(ratingLabel(stored, scoring, m_session.language())));
            refreshRating();
            m_reasonEdit->setFocus(Qt::OtherFocusReason);
        } else {
            m_pendingRating.reset();
            showMessage(m_ratingMessage, status.error().message);
            refreshRating();
        }
        return false;
    }
    m_pendingRating.reset();
    m_reasonEdited = false;
    m_ratingMessage->hide();
    refreshRating();
    return true;
}

void RequirementDetailPane::cancelPendingRating()
{
    m_pendingRating.reset();
    m_reasonEdited = false;
    m_ratingMessage->hide();
    refreshRating();
}

// --- narrative and gap ------------------------------------------------------------------------

void RequirementDetailPane::refreshTexts()
{
    const RequirementAssessment* stored = nullptr;
    for (const RequirementAssessment& rating : m_session.input().ratings) {
        if (rating.requirementCode == m_code)
            stored = &rating;
    }
    loadText(m_narrative, stored ? stored->narrative : QString());
    loadText(m_gap, stored ? stored->gapText : QString());

    // An empty gap shows what the analysis would say, as a hint.
    const RequirementResult* result = m_session.analysis().requirement(m_code);
    const bool computed =
        result && !result->gap.isEmpty() && (!stored || stored->gapText.isEmpty());
    m_narrative.edit->setPlaceholderText(
        tr("How the requirement is met: facts, figures, documents"));
    m_gap.edit->setPlaceholderText(computed ? result->gap
                                            : tr("What is still missing against the requirement"));
}

void RequirementDetailPane::loadText(TextField& field, const QString& text)
{
    // Never overwrite typing that is not saved yet; our own save comes back equal.
    if (field.dirty || field.edit->toPlainText() == text)
        return;
    const bool focused = field.edit->hasFocus();
    const int position = field.edit->textCursor().position();
    m_loading = true;
    field.edit->setPlainText(text);
    m_loading = false;
    if (focused) {
        QTextCursor cursor = field.edit->textCursor();
        cursor.setPosition(std::min<int>(position, int(text.size())));
        field.edit->setTextCursor(cursor);
    }
}

void RequirementDetailPane::textEdited(TextField& field)
{
    if (m_loading || m_code.isEmpty())
        return;
    field.dirty = true;
    m_saveTimer->start();
}

bool RequirementDetailPane::saveText(TextField& field)
{
    if (!field.dirty)
        return true;
    field.dirty = false;
    if (m_code.isEmpty())
        return true;
    const QString text = field.edit->toPlainText();
    const auto kind = &field == &m_narrative ? SetRequirementTextCommand::Field::Narrative
                                             : SetRequirementTextCommand::Field::Gap;
    for (const RequirementAssessment& rating : m_session.input().ratings) {
        if (rating.requirementCode == m_code &&
            text == (kind == SetRequirementTextCommand::Field::Narrative ? rating.narrative
                                                                         : rating.gapText))
            return true; // typed back to what is stored: nothing to save
    }
    Status status =
        m_session.apply(std::make_unique<SetRequirementTextCommand>(m_session, m_code, kind, text));
    if (!status) {
        field.dirty = true; // kept in the editor; the next pause or focus change retries
        showMessage(m_textMessage, status.error().message);
        return false;
    }
    m_textMessage->hide();
    return true;
}

void RequirementDetailPane::flushEdits()
{
    m_saveTimer->stop();
    saveText(m_narrative);
    saveText(m_gap);
    if (m_code.isEmpty())
        return;
    // A rating waiting for its reason, or a reason being rewritten, is applied once the
    // reason is there; without one the rating stays as it is.
    const QString reason = m_reasonEdit->toPlainText().trimmed();
    const RequirementResult* result = m_session.analysis().requirement(m_code);
    if (m_pendingRating && !reason.isEmpty())
        applyRating(*m_pendingRating);
    else if (m_reasonEdited && result && !reason.isEmpty() && needsReason(result->rating) &&
             reason != result->overrideReason.trimmed())
        applyRating(result->rating);
}

void RequirementDetailPane::hideEvent(QHideEvent* event)
{
    flushEdits();
    QWidget::hideEvent(event);
}

// --- evidence ---------------------------------------------------------------------------------

void RequirementDetailPane::refreshEvidence()
{
    QHash<QString, int> perItem;
    for (const Evidence& file : m_evidenceModel->files()) {
        if (!file.expectedItem.isEmpty())
            ++perItem[file.expectedItem];
    }
    m_expectedModel->setAttached(perItem);
    m_evidenceView->setFixedHeight(viewHeightFor(
        m_evidenceView, std::clamp(int(m_evidenceModel->files().size()), 3, 8), true));
    updateEvidenceButtons();
}

void RequirementDetailPane::updateEvidenceButtons()
{
    const bool selected = m_evidenceModel->fileAt(m_evidenceView->currentIndex().row()) != nullptr;
    m_openEvidenceButton->setEnabled(selected);
    m_renameEvidenceButton->setEnabled(selected);
    m_removeEvidenceButton->setEnabled(selected);
}

QStringList RequirementDetailPane::localFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files.append(url.toLocalFile());
    }
    return files;
}

void RequirementDetailPane::chooseEvidenceFiles(const QString& expectedItem)
{
    if (m_code.isEmpty() || !m_fileChooser)
        return;
    const QStringList paths = m_fileChooser();
    if (!paths.isEmpty())
        addEvidenceFiles(paths, expectedItem);
}

bool RequirementDetailPane::addEvidenceFiles(const QStringList& paths, const QString& expectedItem)
{
    if (m_code.isEmpty())
        return false;
    QStringList problems;
    for (const QString& path : paths) {
        Status status = m_session.apply(
            std::make_unique<AddEvidenceCommand>(m_session, m_code, path, expectedItem));
        if (!status)
            problems.append(status.error().message);
    }
    if (problems.isEmpty())
        m_evidenceMessage->hide();
    else
        showMessage(m_evidenceMessage, problems.join(QLatin1Char('\n')));
    return problems.isEmpty();
}

void RequirementDetailPane::openSelectedEvidence()
{
    const Evidence* file = m_evidenceModel->fileAt(m_evidenceView->currentIndex().row());
    if (!file)
        return;
    Result<QString> opened = m_viewer->open(m_session.document(), *file);
    if (!opened)
        showMessage(m_evidenceMessage, opened.error().message);
    else
        m_evidenceMessage->hide();
}

void RequirementDetailPane::renameSelectedEvidence()
{
    const QModelIndex current = m_evidenceView->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex name = current.siblingAtColumn(EvidenceListModel::NameColumn);
    m_evidenceView->setCurrentIndex(name);
    m_evidenceView->setFocus(Qt::OtherFocusReason);
    m_evidenceView->edit(name);
}

void RequirementDetailPane::removeSelectedEvidence()
{
    const Evidence* file = m_evidenceModel->fileAt(m_evidenceView->currentIndex().row());
    if (!file)
        return;
    const Evidence copy = *file; // the list is read again while the command runs
    Status status = m_session.apply(std::make_unique<RemoveEvidenceCommand>(m_session, copy));
    if (!status)
        showMessage(m_evidenceMessage, status.error().message);
    else
        m_evidenceMessage->hide();
}

void RequirementDetailPane::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_code.isEmpty() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void RequirementDetailPane::dragMoveEvent(QDragMoveEvent* event)
{
    if (!m_code.isEmpty() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void RequirementDetailPane::dropEvent(QDropEvent* event)
{
    const QStringList files = localFiles(event->mimeData());
    if (m_code.isEmpty() || files.isEmpty())
        return;
    event->acceptProposedAction();
    addEvidenceFiles(files, m_evidenceItemCombo->currentData().toString());
}

// --- rectification ----------------------------------------------------------------------------

void RequirementDetailPane::promptForItem()
{
    const Requirement* requirement = currentRequirement();
    if (!requirement || !m_measurePrompt)
        return;
    const std::optional<QString> measure = m_measurePrompt(
        tr("Rectify %1: %2").arg(requirement->code, requirement->title.in(m_session.language())));
    if (measure)
        addRectificationItem(*measure);
}

bool RequirementDetailPane::addRectificationItem(const QString& measure)
{
    if (m_code.isEmpty() || measure.trimmed().isEmpty())
        return false;
    const PhasePlan& phases = m_session.assessment().phases;
    // Rectification belongs to phases 2 to 4; before or after them the nearest one counts.
    const int phase = std::clamp(currentPhase(phases, m_session.today()), 2, 4);
    RectificationItem item;
    item.requirementCodes = {m_code};
    item.measure = measure.trimmed();
    item.phase = phase;
    item.deadline = phases.at(std::size_t(phase - 1)).end;
    item.status = RectificationStatus::Planned;
    auto command = std::make_unique<AddRectificationCommand>(m_session, item);
    Status status = m_session.apply(std::move(command));
    if (!status) {
        showMessage(m_itemMessage, status.error().message);
        return false;
    }
    m_itemMessage->hide();
    return true;
}

// --- events -----------------------------------------------------------------------------------

bool RequirementDetailPane::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut &&
        (watched == m_narrative.edit || watched == m_gap.edit)) {
        m_saveTimer->stop();
        saveText(m_narrative);
        saveText(m_gap);
    } else if (watched == m_reasonEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            if (std::optional<Rating> chosen = chosenRating())
                applyRating(*chosen);
            return true;
        }
    } else if (m_expectedView && watched == m_expectedView->viewport()) {
        switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            auto* drag = static_cast<QDragMoveEvent*>(event);
            if (m_code.isEmpty() || localFiles(drag->mimeData()).isEmpty())
                return false;
            const QModelIndex target = m_expectedView->indexAt(drag->position().toPoint());
            if (target.isValid())
                m_expectedView->setCurrentIndex(target);
            drag->acceptProposedAction();
            return true;
        }
        case QEvent::Drop: {
            auto* drop = static_cast<QDropEvent*>(event);
            const QStringList files = localFiles(drop->mimeData());
            if (m_code.isEmpty() || files.isEmpty())
                return false;
            const QModelIndex target = m_expectedView->indexAt(drop->position().toPoint());
            drop->acceptProposedAction();
            addEvidenceFiles(files, target.isValid()
                                        ? target.data(ExpectedEvidenceModel::ItemKeyRole).toString()
                                        : m_evidenceItemCombo->currentData().toString());
            return true;
        }
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RequirementDetailPane::showMessage(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace duibiao
