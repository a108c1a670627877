#include "frameworks/RuleForm.h"

#include "analysis/Analysis.h"
#include "analysis/IndicatorEvaluation.h"
#include "frameworks/RulePreviewModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace duibiao {

namespace {

constexpr Metric metrics[] = {Metric::ParticipationRate, Metric::CoreWorkerRate,
                              Metric::HearingsPerYear,   Metric::TrainingsPerYear,
                              Metric::HasUnitRules,      Metric::DoubleMenu,
                              Metric::PlatformCount,     Metric::DualLeaderShare};
constexpr Comparison comparisons[] = {Comparison::GreaterOrEqual, Comparison::Greater,
                                      Comparison::LessOrEqual, Comparison::Less, Comparison::Equal};

} // namespace

RuleForm::RuleForm(const AnalysisInput& input, Language language, QWidget* parent)
    : QWidget(parent), m_units(input.units), m_figures(input.figures), m_platforms(input.platforms),
      m_language(language)
{
    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("ruleMetric"));
    for (Metric metric : metrics)
        m_metric->addItem(metricLabel(metric, language), int(metric));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("ruleScope"));
    m_scope->addItem(tr("The school's own committee"), int(Scope::SchoolUnit));
    m_scope->addItem(tr("Every college and department"), int(Scope::SecondaryUnits));
    m_scope->addItem(tr("All units"), int(Scope::AllUnits));
    m_comparison = new QComboBox(this);
    m_comparison->setObjectName(QStringLiteral("ruleComparison"));
    for (Comparison comparison : comparisons)
        m_comparison->addItem(comparisonSymbol(comparison), int(comparison));
    m_target = new QDoubleSpinBox(this);
    m_target->setObjectName(QStringLiteral("ruleTarget"));
    m_target->setRange(0, 10000);
    m_target->setDecimals(3);
    m_target->setSingleStep(0.05);
    m_target->setToolTip(tr("Rates and shares as a fraction: 0.6 is 60%"));
    m_largely = new QCheckBox(tr("“Largely met” when at least"), this);
    m_largely->setObjectName(QStringLiteral("ruleLargely"));
    m_largelyAt = new QDoubleSpinBox(this);
    m_largelyAt->setObjectName(QStringLiteral("ruleLargelyAt"));
    m_largelyAt->setRange(0, 1);
    m_largelyAt->setDecimals(2);
    m_largelyAt->setSingleStep(0.05);
    m_largelyAt->setToolTip(
        tr("The share of units (or the pooled rate) that earns “largely met” when not every "
           "unit meets the target"));

    auto* form = new QFormLayout;
    form->addRow(tr("Metric"), m_metric);
    form->addRow(tr("Scope"), m_scope);
    form->addRow(tr("Comparison"), m_comparison);
    form->addRow(tr("Target"), m_target);
    auto* largely = new QHBoxLayout;
    largely->addWidget(m_largely);
    largely->addWidget(m_largelyAt, 1);
    form->addRow(largely);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("rulePreviewSummary"));
    m_summary->setWordWrap(true);
    m_preview = new RulePreviewModel(this);
    m_unitsView = new QTableView(this);
    m_unitsView->setObjectName(QStringLiteral("rulePreview"));
    m_unitsView->setModel(m_preview);
    m_unitsView->verticalHeader()->hide();
    m_unitsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_unitsView->setSelectionMode(QAbstractItemView::NoSelection);
    m_unitsView->horizontalHeader()->setSectionResizeMode(RulePreviewModel::UnitColumn,
                                                          QHeaderView::Stretch);
    m_unitsView->horizontalHeader()->setSectionResizeMode(RulePreviewModel::ValueColumn,
                                                          QHeaderView::ResizeToContents);
    m_unitsView->horizontalHeader()->setSectionResizeMode(RulePreviewModel::OutcomeColumn,
                                                          QHeaderView::ResizeToContents);
    auto* previewLayout = new QVBoxLayout;
    previewLayout->addWidget(m_summary);
    previewLayout->addWidget(m_unitsView, 1);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form, 2);
    layout->addLayout(previewLayout, 3);

    connect(m_metric, &QComboBox::currentIndexChanged, this,
            [this] { changed(QStringLiteral("metric")); });
    connect(m_scope, &QComboBox::currentIndexChanged, this,
            [this] { changed(QStringLiteral("scope")); });
    connect(m_comparison, &QComboBox::currentIndexChanged, this,
            [this] { changed(QStringLiteral("comparison")); });
    connect(m_target, &QDoubleSpinBox::valueChanged, this,
            [this] { changed(QStringLiteral("target")); });
    connect(m_largely, &QCheckBox::toggled, this, [this](bool on) {
        m_largelyAt->setEnabled(on);
        changed(QStringLiteral("largely"));
    });
    connect(m_largelyAt, &QDoubleSpinBox::valueChanged, this,
            [this] { changed(QStringLiteral("largelyAt")); });
    setRule({});
}

void RuleForm::setRule(const IndicatorRule& rule)
{
    m_loading = true;
    m_metric->setCurrentIndex(m_metric->findData(int(rule.metric)));
    m_scope->setCurrentIndex(m_scope->findData(int(rule.scope)));
    m_comparison->setCurrentIndex(m_comparison->findData(int(rule.comparison)));
    m_target->setValue(rule.target);
    m_largely->setChecked(rule.largelyMetAt.has_value());
    m_largelyAt->setEnabled(rule.largelyMetAt.has_value());
    m_largelyAt->setValue(rule.largelyMetAt.value_or(0.8));
    m_loading = false;
    updatePreview();
}

IndicatorRule RuleForm::rule() const
{
    IndicatorRule rule;
    rule.metric = Metric(m_metric->currentData().toInt());
    rule.scope = Scope(m_scope->currentData().toInt());
    rule.comparison = Comparison(m_comparison->currentData().toInt());
    rule.target = m_target->value();
    if (m_largely->isChecked())
        rule.largelyMetAt = m_largelyAt->value();
    return rule;
}

void RuleForm::changed(const QString& field)
{
    if (m_loading)
        return;
    updatePreview();
    emit edited(rule(), field);
}

void RuleForm::updatePreview()
{
    const IndicatorResult result = evaluateIndicator(rule(), m_units, m_figures, m_platforms);
    m_preview->setResult(result, m_language);
    if (result.units.isEmpty()) {
        m_summary->setText(tr("No unit of the document is in this rule's scope."));
        return;
    }
    QString text = tr("%1 of %2 units in scope pass the rule as edited.")
                       .arg(result.unitsPassing)
                       .arg(result.unitsInScope);
    if (result.suggestion)
        text += QLatin1Char(' ') +
                tr("Suggested rating: %1.").arg(ratingLabel(*result.suggestion, m_language));
    m_summary->setText(text);
}

} // namespace duibiao
