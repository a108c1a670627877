#include "pages/OverviewPage.h"
#include "util/PlainMessage.h"

#include "commands/DocumentCommands.h"
#include "dialogs/PhasesDialog.h"
#include "session/DocumentSession.h"
#include "widgets/CategoryChart.h"
#include "widgets/PhaseTimeline.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace duibiao {

namespace {

QString percent(std::optional<double> share)
{
    return share ? QStringLiteral("%1%").arg(*share * 100.0, 0, 'f', 1) : QStringLiteral("—");
}

QLabel* figureLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

OverviewPage::OverviewPage(DocumentSession& session, QWidget* parent) : Page(session, parent)
{
    setObjectName(QStringLiteral("overviewPage"));

    // Institution.
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("institutionName"));
    m_committee = new QLineEdit(this);
    m_committee->setObjectName(QStringLiteral("institutionCommittee"));
    m_region = new QLineEdit(this);
    m_region->setObjectName(QStringLiteral("institutionRegion"));
    for (QLineEdit* edit : {m_name, m_committee, m_region})
        connect(edit, &QLineEdit::editingFinished, this, &OverviewPage::commitInstitution);
    m_framework = new QLabel(this);
    m_framework->setObjectName(QStringLiteral("overviewFramework"));
    m_framework->setWordWrap(true);
    auto* institutionBox = new QGroupBox(tr("Institution and framework"), this);
    auto* form = new QFormLayout(institutionBox);
    form->addRow(tr("&Institution:"), m_name);
    form->addRow(tr("&Committee:"), m_committee);
    form->addRow(tr("Activity &area:"), m_region);
    form->addRow(tr("Framework:"), m_framework);

    // Key figures.
    m_completion = figureLabel(QStringLiteral("overviewCompletion"), this);
    m_completionBar = new QProgressBar(this);
    m_completionBar->setObjectName(QStringLiteral("overviewCompletionBar"));
    m_metRate = figureLabel(QStringLiteral("overviewMetRate"), this);
    m_score = figureLabel(QStringLiteral("overviewScore"), this);
    m_items = figureLabel(QStringLiteral("overviewItems"), this);
    auto* figures = new QGroupBox(tr("Progress"), this);
    auto* grid = new QGridLayout(figures);
    grid->setHorizontalSpacing(24);
    const QStringList captions{tr("Rated"), tr("达标率 (met rate)"), tr("Weighted score"),
                               tr("Open / overdue items")};
    const QList<QWidget*> values{m_completion, m_metRate, m_score, m_items};
    for (int i = 0; i < captions.size(); ++i) {
        auto* caption = new QLabel(captions.at(i), this);
        caption->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(caption, 0, i);
        grid->addWidget(values.at(i), 1, i);
    }
    grid->addWidget(m_completionBar, 2, 0);

    // Categories.
    m_chart = new CategoryChart(this);
    auto* chartBox = new QGroupBox(tr("Categories: weighted score"), this);
    (new QVBoxLayout(chartBox))->addWidget(m_chart);

    // Phases.
    m_timeline = new PhaseTimeline(this);
    m_phase = new QLabel(this);
    m_phase->setObjectName(QStringLiteral("overviewPhase"));
    auto* phasesButton = new QPushButton(tr("Edit phase &dates…"), this);
    phasesButton->setObjectName(QStringLiteral("editPhasesButton"));
    connect(phasesButton, &QPushButton::clicked, this, &OverviewPage::editPhases);
    auto* phaseBox = new QGroupBox(tr("Phases"), this);
    auto* phaseLayout = new QVBoxLayout(phaseBox);
    auto* phaseTop = new QHBoxLayout;
    phaseTop->addWidget(m_phase, 1);
    phaseTop->addWidget(phasesButton);
    phaseLayout->addLayout(phaseTop);
    phaseLayout->addWidget(m_timeline);

    // Readiness.
    m_readiness = new QLabel(this);
    m_readiness->setObjectName(QStringLiteral("overviewReadiness"));
    QFont bold = m_readiness->font();
    bold.setBold(true);
    m_readiness->setFont(bold);
    m_reasons = new QListWidget(this);
    m_reasons->setObjectName(QStringLiteral("overviewReasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setMinimumHeight(140);
    connect(m_reasons, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QString code = item->data(Qt::UserRole).toString();
        if (!code.isEmpty())
            emit requirementActivated(code);
    });
    auto* readinessBox = new QGroupBox(tr("Readiness for approval (合格审定)"), this);
    auto* readinessLayout = new QVBoxLayout(readinessBox);
    readinessLayout->addWidget(m_readiness);
    readinessLayout->addWidget(m_reasons, 1);

    auto* content = new QWidget(this);
    auto* columns = new QGridLayout(content);
    columns->addWidget(institutionBox, 0, 0);
    columns->addWidget(figures, 0, 1);
    columns->addWidget(chartBox, 1, 0);
    columns->addWidget(readinessBox, 1, 1, 2, 1);
    columns->addWidget(phaseBox, 2, 0);
    columns->setColumnStretch(0, 1);
    columns->setColumnStretch(1, 1);
    columns->setRowStretch(3, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    askPhases = [this](PhasePlan& plan) {
        PhasesDialog dialog(plan, this->session().language(), this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        plan = dialog.plan();
        return true;
    };
    connect(&session, &DocumentSession::changed, this, &OverviewPage::refresh);
    refresh();
}

void OverviewPage::refresh()
{
    DocumentSession& s = session();
    const Language language = s.language();
    const AnalysisInput& input = s.input();
    const Analysis& analysis = s.analysis();
    const ScoreTally& overall = analysis.scores.overall;

    for (auto [edit, text] : {std::pair{m_name, input.institution.name},
                              std::pair{m_committee, input.institution.committee},
                              std::pair{m_region, input.institution.region}}) {
        if (!edit->hasFocus() && edit->text() != text)
            edit->setText(text);
    }
    QString framework =
        QStringLiteral("%1 (%2 %3)")
            .arg(s.framework().title.in(language), s.framework().code, s.framework().version);
    if (s.framework().reference)
        framework += QStringLiteral("\n⚠ ") + s.framework().note.in(language);
    m_framework->setText(framework);

    const int total = overall.total();
    const int done = overall.rated() + overall.notApplicable;
    m_completion->setText(tr("%1 of %2").arg(done).arg(total));
    m_completionBar->setRange(0, total);
    m_completionBar->setValue(done);
    m_metRate->setText(percent(overall.metRate()));
    m_score->setText(analysis.scoreText(language)); // points out of the total, if any
    m_items->setText(QStringLiteral("%1 / %2").arg(analysis.openItems).arg(analysis.overdueItems));
    m_items->setStyleSheet(analysis.overdueItems > 0 ? QStringLiteral("color: #c62828")
                                                     : QString());

    QVector<CategoryChart::Bar> bars;
    for (const CategoryScore& category : analysis.scores.categories) {
        const Category* c = s.framework().category(category.code);
        // With a total, each category reads as points out of its own points.
        bars.append(
            {QStringLiteral("%1 %2").arg(category.code, c ? c->title.in(language) : QString()),
             category.tally.weightedScore(), category.tally.metRate(),
             analysis.total ? scoreText(category.tally, category.tally.weightSum, language)
                            : QString()});
    }
    m_chart->setBars(bars, tr("met"));

    const PhasePlan& phases = s.assessment().phases;
    m_timeline->setPlan(phases, s.today(), language);
    const int phase = analysis.currentPhase;
    if (phase >= 1 && phase <= 4)
        m_phase->setText(tr("Current phase: %1 %2").arg(phase).arg(phaseName(phase, language)));
    else if (phase == 0)
        m_phase->setText(tr("Before the first phase"));
    else
        m_phase->setText(tr("All phases are over (today %1)").arg(s.today().toString(Qt::ISODate)));

    m_readiness->setText(
        analysis.readiness.ready
            ? tr("✔ Ready for approval")
            : tr("✘ Not ready: %1 reason(s)").arg(analysis.readiness.reasons.size()));
    m_readiness->setStyleSheet(analysis.readiness.ready ? QStringLiteral("color: #2e7d32")
                                                        : QStringLiteral("color: #c62828"));
    m_reasons->clear();
    for (const QString& reason : analysis.readiness.reasons) {
        auto* item = new QListWidgetItem(reason, m_reasons);
        const QString code = reason.section(QLatin1Char(' '), 0, 0);
        if (s.framework().requirement(code))
            item->setData(Qt::UserRole, code);
    }
}

void OverviewPage::commitInstitution()
{
    const Institution before = session().input().institution;
    Institution after = before;
    after.name = m_name->text().trimmed();
    after.committee = m_committee->text().trimmed();
    after.region = m_region->text().trimmed();
    if (after.name == before.name && after.committee == before.committee &&
        after.region == before.region)
        return;
    if (Status status =
            session().apply(std::make_unique<SetInstitutionCommand>(session(), before, after));
        !status) {
        warnPlain(this, tr("Institution"), status.error().message);
        m_name->setText(before.name);
    }
}

void OverviewPage::editPhases()
{
    PhasePlan plan = session().assessment().phases;
    const PhasePlan before = plan;
    if (!askPhases || !askPhases(plan))
        return;
    if (Status status =
            session().apply(std::make_unique<SetPhasesCommand>(session(), before, plan));
        !status)
        warnPlain(this, tr("Phase dates"), status.error().message);
}

} // namespace duibiao
