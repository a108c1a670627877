#include "pages/PanelPage.h"
#include "report/Report.h"
#include "util/PlainMessage.h"
#include <QApplication>

#include "analysis/Analysis.h"
#include "exchange/package/AssessmentSnapshot.h"
#include "exchange/package/PackageExporter.h"
#include "exchange/package/PackageManifest.h"
#include "exchange/package/SafeName.h"
#include "exchange/panel/PanelDocument.h"
#include "models/ComparisonModel.h"
#include "session/DocumentSession.h"
#include "widgets/RatingStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <atomic>

namespace duibiao {

namespace {

QString zipPath(QString path)
{
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        path += QStringLiteral(".zip");
    return path;
}

QString ratingBadgeStyle(Rating rating)
{
    return QStringLiteral("QLabel { background: %1; color: %2; padding: 2px 6px; }")
        .arg(RatingStyle::background(rating).name(), RatingStyle::foreground(rating).name());
}

QTableWidgetItem* readOnlyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QTableWidgetItem* ratingItem(Rating rating, Language language)
{
    QTableWidgetItem* item = readOnlyItem(ratingLabel(rating, language));
    item->setBackground(RatingStyle::background(rating));
    item->setForeground(RatingStyle::foreground(rating));
    item->setData(Qt::UserRole, int(rating));
    return item;
}

} // namespace

PanelPage::PanelPage(DocumentSession& session, QWidget* parent) : Page(session, parent)
{
    setObjectName(QStringLiteral("panelPage"));
    askSubmissionPath = [this] {
        return QFileDialog::getOpenFileName(this, tr("Add a submission package"), QString(),
                                            tr("ZIP packages (*.zip)"));
    };
    askOpinionsPath = [this](const QString& suggestedName) {
        return zipPath(QFileDialog::getSaveFileName(this, tr("Export the panel's opinions"),
                                                    suggestedName, tr("ZIP packages (*.zip)")));
    };
    askReportPath = [this](const QString& suggestedName) {
        return QFileDialog::getSaveFileName(this, tr("Comparison report"), suggestedName,
                                            tr("PDF (*.pdf);;OpenDocument text (*.odt)"));
    };
    confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Panel review"), question) == QMessageBox::Yes;
    };
    showError = [this](const QString& title, const QString& message) {
        warnPlain(this, title, message);
    };
    showInformation = [this](const QString& title, const QString& message) {
        informPlain(this, title, message);
    };

    Result<bool> panel = isPanelDocument(session.document());
    m_panel = panel && *panel;
    if (m_panel)
        buildPanelView();
    else
        buildInstitutionView();
}

PanelPage::~PanelPage()
{
    // The window deletes its pages before it closes the document (another document, another
    // language, quitting): a comment typed but not yet saved is kept, not lost. No message
    // box while the window is being torn down; a failure here leaves the earlier text.
    if (!m_panel)
        return;
    for (OpinionFields* fields : {&m_cellOpinion, &m_overallOpinion}) {
        if (fields->submission == 0 || !fields->save->isEnabled())
            continue;
        PanelOpinion opinion;
        opinion.submissionId = fields->submission;
        opinion.requirementCode = fields->code;
        opinion.rating = Rating(fields->rating->currentData().toInt());
        opinion.comment = fields->comment->toPlainText().trimmed();
        (void)session().document().submissions().setOpinion(opinion);
    }
}

void PanelPage::buildPanelView()
{
    auto* add = new QPushButton(tr("&Add Package…"), this);
    add->setObjectName(QStringLiteral("addSubmissionButton"));
    add->setToolTip(tr("Add an institution's submitted review package; it is verified first."));
    connect(add, &QPushButton::clicked, this, [this] {
        const QString path = askSubmissionPath();
        if (!path.isEmpty())
            addPackage(path);
    });
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeSubmissionButton"));
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const ComparedSubmission* submission =
            m_model->submissionAt(m_model->columnOf(m_submission));
        if (submission && confirm(tr("Remove the submission of %1 and the panel's opinions on it?")
                                      .arg(submission->snapshot->institution.name)))
            removeSubmission(m_submission);
    });
    m_export = new QPushButton(tr("&Export Opinions…"), this);
    m_export->setObjectName(QStringLiteral("exportOpinionsButton"));
    connect(m_export, &QPushButton::clicked, this, [this] {
        const ComparedSubmission* submission =
            m_model->submissionAt(m_model->columnOf(m_submission));
        if (!submission)
            return;
        const QString path = askOpinionsPath(
            safeEvidenceName(tr("%1-panel opinions").arg(submission->snapshot->institution.name)) +
            QStringLiteral(".zip"));
        if (!path.isEmpty())
            exportOpinions(m_submission, path);
    });
    auto* report = new QPushButton(tr("Comparison &Report…"), this);
    report->setObjectName(QStringLiteral("comparisonReportButton"));
    connect(report, &QPushButton::clicked, this, [this] {
        const QString path =
            askReportPath(tr("Comparison of institutions") + QStringLiteral(".pdf"));
        if (!path.isEmpty())
            writeComparisonReport(path);
    });
    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("panelSort"));
    m_sort->addItem(tr("Highest score first"), int(ComparisonModel::Order::BestFirst));
    m_sort->addItem(tr("Lowest score first"), int(ComparisonModel::Order::WorstFirst));
    m_sort->addItem(tr("By name"), int(ComparisonModel::Order::ByName));
    m_categories = new QCheckBox(tr("Category &scores"), this);
    m_categories->setObjectName(QStringLiteral("panelCategories"));

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(add);
    toolbar->addWidget(m_remove);
    toolbar->addWidget(m_export);
    toolbar->addWidget(report);
    toolbar->addSpacing(16);
    toolbar->addWidget(new QLabel(tr("Order:"), this));
    toolbar->addWidget(m_sort);
    toolbar->addWidget(m_categories);
    toolbar->addStretch(1);

    m_model = new ComparisonModel(this);
    m_matrix = new QTableView(this);
    m_matrix->setObjectName(QStringLiteral("comparisonMatrix"));
    m_matrix->setModel(m_model);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setWordWrap(false);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrix->horizontalHeader()->setSectionsClickable(true);
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("panelStatus"));
    m_status->setWordWrap(true);

    connect(m_sort, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setOrder(ComparisonModel::Order(m_sort->currentData().toInt())); });
    connect(m_categories, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setShowCategories(on);
        select(m_submission, m_requirement);
    });
    // A click on an institution's header reverses the order by overall score.
    connect(m_matrix->horizontalHeader(), &QHeaderView::sectionClicked, this, [this] {
        const auto next = m_model->order() == ComparisonModel::Order::BestFirst
                              ? ComparisonModel::Order::WorstFirst
                              : ComparisonModel::Order::BestFirst;
        m_sort->setCurrentIndex(m_sort->findData(int(next)));
    });
    connect(m_matrix->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid())
                    return;
                saveOpinion(m_cellOpinion); // a comment typed but not yet saved goes first
                saveOpinion(m_overallOpinion);
                m_submission = current.data(ComparisonModel::SubmissionIdRole).toLongLong();
                m_requirement = current.data(ComparisonModel::RequirementCodeRole).toString();
                showSelection();
            });

    // The opinion editor for the selected cell and the institution's overall opinion.
    auto* editor = new QWidget(this);
    editor->setObjectName(QStringLiteral("opinionEditor"));
    auto* own = new QGroupBox(tr("The institution's self-assessment"), editor);
    m_cellTitle = new QLabel(own);
    m_cellTitle->setObjectName(QStringLiteral("opinionCellTitle"));
    m_cellTitle->setWordWrap(true);
    m_ownRating = new QLabel(own);
    m_ownRating->setObjectName(QStringLiteral("ownRating"));
    m_narrative = new QPlainTextEdit(own);
    m_narrative->setObjectName(QStringLiteral("ownNarrative"));
    m_narrative->setReadOnly(true);
    m_gap = new QPlainTextEdit(own);
    m_gap->setObjectName(QStringLiteral("ownGap"));
    m_gap->setReadOnly(true);
    auto* ownForm = new QFormLayout(own);
    ownForm->addRow(m_cellTitle);
    ownForm->addRow(tr("Self-rating:"), m_ownRating);
    ownForm->addRow(tr("Narrative:"), m_narrative);
    ownForm->addRow(tr("Gap:"), m_gap);

    buildOpinionFields(m_cellOpinion, QStringLiteral("cellOpinion"));
    m_cellOpinion.box->setTitle(tr("Panel opinion on this requirement"));
    buildOpinionFields(m_overallOpinion, QStringLiteral("overallOpinion"));
    m_overallOpinion.box->setTitle(tr("Overall opinion on the institution"));
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(own, 3);
    editorLayout->addWidget(m_cellOpinion.box, 2);
    editorLayout->addWidget(m_overallOpinion.box, 2);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_matrix);
    splitter->addWidget(editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    reload();
}

void PanelPage::buildOpinionFields(OpinionFields& fields, const QString& objectPrefix)
{
    fields.box = new QGroupBox(this);
    fields.box->setObjectName(objectPrefix);
    fields.rating = new QComboBox(fields.box);
    fields.rating->setObjectName(objectPrefix + QStringLiteral("Rating"));
    fillRatings(fields, Scoring::Rating);
    fields.comment = new QPlainTextEdit(fields.box);
    fields.comment->setObjectName(objectPrefix + QStringLiteral("Comment"));
    fields.comment->setPlaceholderText(
        tr("The panel's finding and what the institution should do"));
    fields.comment->installEventFilter(this);
    fields.save = new QPushButton(tr("Save"), fields.box);
    fields.save->setObjectName(objectPrefix + QStringLiteral("Save"));
    fields.save->setEnabled(false);
    auto* form = new QFormLayout(fields.box);
    form->addRow(tr("Panel's rating:"), fields.rating);
    form->addRow(tr("Comment:"), fields.comment);
    form->addRow(QString(), fields.save);
    // A rating is saved when chosen; a comment with Save or when its field loses focus.
    connect(fields.rating, &QComboBox::currentIndexChanged, this, [this, &fields] {
        if (!fields.loading)
            saveOpinion(fields);
    });
    connect(fields.comment, &QPlainTextEdit::textChanged, this, [&fields] {
        if (!fields.loading)
            fields.save->setEnabled(fields.submission != 0);
    });
    connect(fields.save, &QPushButton::clicked, this, [this, &fields] { saveOpinion(fields); });
    fields.box->setEnabled(false);
}

bool PanelPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut) {
        if (watched == m_cellOpinion.comment)
            saveOpinion(m_cellOpinion);
        else if (watched == m_overallOpinion.comment)
            saveOpinion(m_overallOpinion);
    }
    return Page::eventFilter(watched, event);
}

void PanelPage::fillRatings(OpinionFields& fields, Scoring scoring)
{
    // The ratings the requirement's scoring takes, named as it names them (通过, A…D).
    const QSignalBlocker blocker(fields.rating);
    fields.rating->clear();
    for (Rating rating : allowedRatings(scoring)) {
        fields.rating->addItem(RatingStyle::swatch(rating),
                               rating == Rating::Unrated
                                   ? tr("No opinion")
                                   : ratingLabel(rating, scoring, session().language()),
                               int(rating));
    }
}

void PanelPage::loadOpinionFields(OpinionFields& fields, qint64 submission, const QString& code,
                                  Scoring scoring)
{
    fields.loading = true;
    fillRatings(fields, scoring);
    fields.submission = submission;
    fields.code = code;
    const std::optional<PanelOpinion> given =
        submission != 0 ? m_model->opinion(submission, code) : std::nullopt;
    fields.rating->setCurrentIndex(
        fields.rating->findData(int(given ? given->rating : Rating::Unrated)));
    fields.comment->setPlainText(given ? given->comment : QString());
    fields.save->setEnabled(false);
    fields.box->setEnabled(submission != 0);
    fields.box->setToolTip(
        given ? tr("By %1, %2")
                    .arg(given->reviewer,
                         QLocale().toString(given->updated.toLocalTime(), QLocale::ShortFormat))
              : QString());
    fields.loading = false;
}

void PanelPage::saveOpinion(OpinionFields& fields)
{
    if (fields.submission == 0 || fields.loading)
        return;
    PanelOpinion opinion;
    opinion.submissionId = fields.submission;
    opinion.requirementCode = fields.code;
    opinion.rating = Rating(fields.rating->currentData().toInt());
    opinion.comment = fields.comment->toPlainText().trimmed();
    const std::optional<PanelOpinion> before = m_model->opinion(fields.submission, fields.code);
    if (before ? before->rating == opinion.rating && before->comment == opinion.comment
               : opinion.rating == Rating::Unrated && opinion.comment.isEmpty()) {
        fields.save->setEnabled(false);
        return;
    }
    if (Status saved = session().document().submissions().setOpinion(opinion); !saved) {
        showError(tr("Save the panel's opinion"), saved.error().message);
        return;
    }
    Result<QVector<PanelOpinion>> now =
        session().document().submissions().opinions(fields.submission);
    if (!now) {
        showError(tr("Save the panel's opinion"), now.error().message);
        return;
    }
    m_model->setOpinions(fields.submission, *now);
    fields.save->setEnabled(false);
    updateActions();
}

void PanelPage::reload()
{
    if (!m_panel)
        return;
    // Pending comments are saved while their submission is surely still there.
    saveOpinion(m_cellOpinion);
    saveOpinion(m_overallOpinion);
    m_cellOpinion.submission = 0;
    m_overallOpinion.submission = 0;
    Result<QVector<ComparedSubmission>> compared =
        compareSubmissions(session().document(), session().today());
    QVector<ComparedSubmission> submissions;
    QHash<qint64, QVector<PanelOpinion>> opinions;
    if (!compared) {
        m_status->setText(compared.error().message);
    } else {
        submissions = *compared;
        for (const ComparedSubmission& submission : submissions) {
            Result<QVector<PanelOpinion>> given =
                session().document().submissions().opinions(submission.submissionId);
            if (given)
                opinions.insert(submission.submissionId, *given);
        }
        m_status->setText(submissions.isEmpty()
                              ? tr("No submission yet. Add Package… adds an institution's "
                                   "submitted review package; it is verified before it is kept.")
                              : tr("%n institution(s) compared. Select a cell for the "
                                   "institution's own account and the panel's opinion; ◆ marks "
                                   "a cell with an opinion.",
                                   nullptr, int(submissions.size())));
    }
    m_model->setComparison(submissions, opinions, session().language());
    if (m_model->columnOf(m_submission) < 0)
        m_submission = submissions.isEmpty() ? 0 : m_model->submissionAt(0)->submissionId;
    select(m_submission, m_requirement);
}

void PanelPage::select(qint64 submissionId, const QString& requirementCode)
{
    if (!m_panel)
        return;
    const int column = m_model->columnOf(submissionId);
    int row = requirementCode.isEmpty() ? 0 : m_model->rowOf(requirementCode);
    if (column < 0 || row < 0) {
        m_submission = 0;
        m_requirement.clear();
        m_matrix->selectionModel()->clear();
        showSelection();
        return;
    }
    const QModelIndex index = m_model->index(row, column);
    if (m_matrix->selectionModel()->currentIndex() == index) {
        m_submission = submissionId;
        m_requirement = requirementCode;
        showSelection();
        return;
    }
    m_matrix->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
}

void PanelPage::showSelection()
{
    const ComparedSubmission* submission = m_model->submissionAt(m_model->columnOf(m_submission));
    const Language language = session().language();
    loadOpinionFields(m_overallOpinion, submission ? m_submission : 0, QString());
    const RequirementResult* result = submission && !m_requirement.isEmpty()
                                          ? submission->analysis->requirement(m_requirement)
                                          : nullptr;
    loadOpinionFields(m_cellOpinion, result ? m_submission : 0, m_requirement,
                      result ? result->scoring : Scoring::Rating);
    if (!submission) {
        m_cellTitle->setText(tr("Select a cell of the matrix."));
    } else if (!result) {
        m_cellTitle->setText(tr("%1: select a requirement's cell for its self-assessment.")
                                 .arg(submission->snapshot->institution.name));
    } else {
        m_cellTitle->setText(QStringLiteral("<b>%1</b> — %2 %3")
                                 .arg(submission->snapshot->institution.name.toHtmlEscaped(),
                                      result->code, result->title.toHtmlEscaped()));
    }
    QString narrative;
    QString gap;
    if (result) {
        for (const RequirementAssessment& own : submission->snapshot->requirements) {
            if (own.requirementCode == m_requirement) {
                narrative = own.narrative;
                gap = own.gapText;
            }
        }
        if (gap.isEmpty())
            gap = result->gap; // the computed gap when the institution wrote none
        m_ownRating->setText(result->ratingText(language));
        m_ownRating->setStyleSheet(ratingBadgeStyle(result->rating));
    } else {
        m_ownRating->clear();
        m_ownRating->setStyleSheet(QString());
    }
    m_narrative->setPlainText(narrative);
    m_gap->setPlainText(gap);
    updateActions();
}

void PanelPage::updateActions()
{
    const bool chosen = m_model->columnOf(m_submission) >= 0;
    m_remove->setEnabled(chosen);
    m_export->setEnabled(chosen);
}

bool PanelPage::addPackage(const QString& path)
{
    QProgressDialog progress(tr("Verifying %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                             1000, this);
    progress.setObjectName(QStringLiteral("submissionProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    std::atomic_bool cancel = false;
    connect(&progress, &QProgressDialog::canceled, &progress, [&cancel] { cancel = true; });
    // Per mille of the bytes; a modal dialog's setValue() lets Cancel be seen meanwhile.
    Result<qint64> added = addSubmission(
        session().document(), path,
        [&progress](qint64 done, qint64 total) {
            progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
        },
        &cancel);
    progress.reset();
    if (!added) {
        if (!cancel)
            showError(tr("Add a submission package"), added.error().message);
        return false;
    }
    m_submission = *added;
    m_requirement.clear();
    reload();
    return true;
}

bool PanelPage::removeSubmission(qint64 submissionId)
{
    if (Status removed = session().document().submissions().remove(submissionId); !removed) {
        showError(tr("Remove the submission"), removed.error().message);
        return false;
    }
    if (submissionId == m_submission)
        m_submission = 0;
    reload();
    return true;
}

bool PanelPage::exportOpinions(qint64 submissionId, const QString& path)
{
    saveOpinion(m_cellOpinion);
    saveOpinion(m_overallOpinion);
    Result<PackageExportResult> exported =
        exportPanelOpinions(session().document(), submissionId, path);
    if (!exported) {
        showError(tr("Export the panel's opinions"), exported.error().message);
        return false;
    }
    showInformation(
        tr("Export the panel's opinions"),
        tr("%1 was written.\n\nPackage fingerprint: %2\n\nThe institution adds it "
           "with File → Import Package…")
            .arg(QFileInfo(path).fileName(), shortFingerprint(exported->manifest.fingerprint)));
    return true;
}

bool PanelPage::writeComparisonReport(const QString& path)
{
    saveOpinion(m_cellOpinion);
    saveOpinion(m_overallOpinion);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ReportOptions options;
    options.kind = ReportKind::Comparison;
    options.language = session().language();
    Result<Report> report = buildComparisonReport(session().document(), options, session().today());
    Status written = report ? (path.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive)
                                   ? report->writeOdt(path)
                                   : report->writePdf(path))
                            : Status(report.error());
    QApplication::restoreOverrideCursor();
    if (!written) {
        showError(tr("Comparison report"), written.error().message);
        return false;
    }
    showInformation(tr("Comparison report"), tr("%1 was written.").arg(QFileInfo(path).fileName()));
    return true;
}

void PanelPage::buildInstitutionView()
{
    auto* intro = new QLabel(tr("The regional panel's opinions this institution received, beside "
                                "its own ratings. They are kept apart from the self-assessment; "
                                "the panel sends them as an opinions package (File → Import "
                                "Package…)."),
                             this);
    intro->setWordWrap(true);
    m_received = new QTableWidget(0, 6, this);
    m_received->setObjectName(QStringLiteral("receivedOpinions"));
    m_received->setHorizontalHeaderLabels({tr("Requirement"), tr("Own rating"),
                                           tr("Panel's rating"), tr("Comment"), tr("Panel"),
                                           tr("Received")});
    m_received->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_received->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_received->verticalHeader()->hide();
    m_received->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_received->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_received->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_received, 1);
    connect(&session(), &DocumentSession::changed, this, &PanelPage::reloadReceived);
    reloadReceived();
}

void PanelPage::reloadReceived()
{
    const Language language = session().language();
    Result<QVector<ReviewOpinion>> received =
        session().document().reviewOpinions().all(session().assessmentId());
    m_received->setRowCount(0);
    if (!received)
        return;
    const Analysis& analysis = session().analysis();
    m_received->setRowCount(int(received->size()));
    for (int row = 0; row < received->size(); ++row) {
        const ReviewOpinion& opinion = received->at(row);
        const RequirementResult* own = opinion.requirementCode.isEmpty()
                                           ? nullptr
                                           : analysis.requirement(opinion.requirementCode);
        m_received->setItem(
            row, 0,
            readOnlyItem(opinion.requirementCode.isEmpty()
                             ? tr("Overall")
                             : QStringLiteral("%1 %2").arg(opinion.requirementCode,
                                                           own ? own->title : QString())));
        m_received->setItem(row, 1,
                            own ? ratingItem(own->rating, language) : readOnlyItem(QString()));
        m_received->setItem(row, 2, ratingItem(opinion.rating, language));
        m_received->setItem(row, 3, readOnlyItem(opinion.comment));
        m_received->setItem(
            row, 4,
            readOnlyItem(opinion.reviewer.isEmpty()
                             ? opinion.panel
                             : QStringLiteral("%1 (%2)").arg(opinion.panel, opinion.reviewer)));
        m_received->setItem(
            row, 5,
            readOnlyItem(QLocale().toString(opinion.created.toLocalTime(), QLocale::ShortFormat)));
    }
}

} // namespace duibiao
