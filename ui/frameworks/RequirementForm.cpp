#include "frameworks/RequirementForm.h"

#include "frameworks/RuleForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace duibiao {

namespace {

QStringList lines(const QPlainTextEdit* edit)
{
    QStringList items;
    for (const QString& line : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            items.append(line.trimmed());
    }
    return items;
}

} // namespace

RequirementForm::RequirementForm(const AnalysisInput& input, Language language, QWidget* parent)
    : QWidget(parent)
{
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("requirementCode"));
    m_code->setToolTip(tr("A letter, then up to 15 letters, digits, _ . or -; unique in the "
                          "framework. Assessments moved to the new version carry their work "
                          "over by this code."));
    m_number = new QLabel(this);
    m_weight = new QDoubleSpinBox(this);
    m_weight->setObjectName(QStringLiteral("requirementWeight"));
    m_weight->setRange(0.01, 1000);
    m_weight->setDecimals(2);
    m_weight->setSingleStep(0.5);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("requirementKind"));
    m_kind->addItem(tr("Qualitative (rated by the team)"), false);
    m_kind->addItem(tr("Indicator (computed from unit data)"), true);

    m_scoring = new QComboBox(this);
    m_scoring->setObjectName(QStringLiteral("requirementScoring"));
    for (Scoring scoring : {Scoring::Rating, Scoring::PassFail, Scoring::Graded})
        m_scoring->addItem(scoringLabel(scoring, language), int(scoring));
    m_scoring->setToolTip(tr("How the item is rated: the four ratings, pass or fail, or grades "
                             "A/B/C/D (100/60/40/0% of its points)"));
    m_veto = new QCheckBox(tr("Veto item (一票否决): readiness fails unless it is met"), this);
    m_veto->setObjectName(QStringLiteral("requirementVeto"));

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("requirementLanguages"));
    tabs->addTab(buildTexts(m_zh, QStringLiteral("Zh")), tr("Chinese"));
    tabs->addTab(buildTexts(m_en, QStringLiteral("En")), tr("English"));

    m_rule = new RuleForm(input, language, this);
    auto* ruleBox = new QGroupBox(tr("Indicator rule and the units that pass it"), this);
    ruleBox->setObjectName(QStringLiteral("ruleBox"));
    auto* ruleLayout = new QVBoxLayout(ruleBox);
    ruleLayout->addWidget(m_rule);

    auto* top = new QFormLayout;
    // Two fields a row, so that the texts and the rule keep their room on a small screen.
    const auto pair = [this](QWidget* left, const QString& label, QWidget* right) {
        auto* row = new QHBoxLayout;
        row->addWidget(left, 1);
        if (!label.isEmpty())
            row->addWidget(new QLabel(label, this));
        row->addWidget(right, 1);
        return row;
    };
    top->addRow(tr("Code"), pair(m_code, tr("Number"), m_number));
    top->addRow(tr("Weight"), pair(m_weight, tr("Kind"), m_kind));
    top->addRow(tr("Scoring"), pair(m_scoring, QString(), m_veto));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(tabs, 3);
    layout->addWidget(ruleBox, 2);

    connect(m_code, &QLineEdit::textEdited, this, [this] { textChanged(QStringLiteral("code")); });
    connect(m_weight, &QDoubleSpinBox::valueChanged, this,
            [this] { textChanged(QStringLiteral("weight")); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RequirementForm::kindChanged);
    connect(m_scoring, &QComboBox::currentIndexChanged, this,
            [this] { textChanged(QStringLiteral("scoring")); });
    connect(m_veto, &QCheckBox::toggled, this, [this] { textChanged(QStringLiteral("veto")); });
    connect(m_rule, &RuleForm::edited, this,
            [this](const IndicatorRule& rule, const QString& field) {
                if (m_loading || !m_requirement.rule)
                    return;
                m_requirement.rule = rule;
                emit edited(m_requirement, QStringLiteral("rule.") + field);
            });
}

QWidget* RequirementForm::buildTexts(Texts& texts, const QString& suffix)
{
    auto* page = new QWidget(this);
    texts.title = new QLineEdit(page);
    texts.title->setObjectName(QStringLiteral("requirementTitle") + suffix);
    texts.description = new QPlainTextEdit(page);
    texts.description->setObjectName(QStringLiteral("requirementDescription") + suffix);
    texts.guidance = new QPlainTextEdit(page);
    texts.guidance->setObjectName(QStringLiteral("requirementGuidance") + suffix);
    texts.evidence = new QPlainTextEdit(page);
    texts.evidence->setObjectName(QStringLiteral("requirementEvidence") + suffix);
    texts.evidence->setPlaceholderText(tr("One item per line"));
    auto* form = new QFormLayout(page);
    form->addRow(tr("Title"), texts.title);
    form->addRow(tr("Text (条文)"), texts.description);
    form->addRow(tr("Guidance (指导)"), texts.guidance);
    form->addRow(tr("Evidence items"), texts.evidence);

    connect(texts.title, &QLineEdit::textEdited, this,
            [this, suffix] { textChanged(QStringLiteral("title") + suffix); });
    connect(texts.description, &QPlainTextEdit::textChanged, this,
            [this, suffix] { textChanged(QStringLiteral("description") + suffix); });
    connect(texts.guidance, &QPlainTextEdit::textChanged, this,
            [this, suffix] { textChanged(QStringLiteral("guidance") + suffix); });
    connect(texts.evidence, &QPlainTextEdit::textChanged, this,
            [this, suffix] { textChanged(QStringLiteral("evidence") + suffix); });
    return page;
}

void RequirementForm::setRequirement(const Requirement& requirement)
{
    m_loading = true;
    m_requirement = requirement;
    m_code->setText(requirement.code);
    m_number->setText(QString::number(requirement.number));
    const auto show = [](Texts& texts, const QString& title, const QString& description,
                         const QString& guidance, const QStringList& evidence) {
        texts.title->setText(title);
        texts.description->setPlainText(description);
        texts.guidance->setPlainText(guidance);
        texts.evidence->setPlainText(evidence.join(QLatin1Char('\n')));
    };
    show(m_zh, requirement.title.zh, requirement.description.zh, requirement.guidance.zh,
         requirement.evidence);
    show(m_en, requirement.title.en, requirement.description.en, requirement.guidance.en,
         requirement.evidenceEn);
    m_weight->setValue(requirement.weight);
    m_kind->setCurrentIndex(requirement.isIndicator() ? 1 : 0);
    m_scoring->setCurrentIndex(m_scoring->findData(int(requirement.scoring)));
    m_veto->setChecked(requirement.veto);
    m_rule->setRule(requirement.rule.value_or(IndicatorRule{}));
    updateKind();
    m_loading = false;
}

void RequirementForm::textChanged(const QString& field)
{
    if (m_loading)
        return;
    Requirement& r = m_requirement;
    r.code = m_code->text().trimmed();
    r.title = {m_zh.title->text().trimmed(), m_en.title->text().trimmed()};
    r.description = {m_zh.description->toPlainText().trimmed(),
                     m_en.description->toPlainText().trimmed()};
    r.guidance = {m_zh.guidance->toPlainText().trimmed(), m_en.guidance->toPlainText().trimmed()};
    r.evidence = lines(m_zh.evidence);
    r.evidenceEn = lines(m_en.evidence);
    r.weight = m_weight->value();
    r.scoring = Scoring(m_scoring->currentData().toInt());
    r.veto = m_veto->isChecked();
    emit edited(r, field);
}

void RequirementForm::kindChanged()
{
    updateKind();
    if (m_loading)
        return;
    if (m_kind->currentData().toBool())
        m_requirement.rule = m_rule->rule();
    else
        m_requirement.rule.reset();
    emit edited(m_requirement, QStringLiteral("kind"));
}

void RequirementForm::updateKind()
{
    if (QWidget* box = m_rule->parentWidget())
        box->setVisible(m_kind->currentData().toBool());
}

} // namespace duibiao
