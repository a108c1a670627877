#include "frameworks/FrameworkScoreForm.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>

namespace duibiao {

FrameworkScoreForm::FrameworkScoreForm(QWidget* parent) : QWidget(parent)
{
    m_hasTotal = new QCheckBox(tr("Total points"), this);
    m_hasTotal->setObjectName(QStringLiteral("frameworkHasTotal"));
    m_hasTotal->setToolTip(tr("With a total, each requirement's weight is its points (分值) "
                              "and the weights add up to the total"));
    m_total = new QDoubleSpinBox(this);
    m_total->setObjectName(QStringLiteral("frameworkTotal"));
    m_total->setRange(0.01, 100000);
    m_total->setDecimals(2);
    m_hasPassMark = new QCheckBox(tr("Pass mark"), this);
    m_hasPassMark->setObjectName(QStringLiteral("frameworkHasPassMark"));
    m_hasPassMark->setToolTip(tr("Readiness needs at least this score: points when the "
                                 "framework has a total, else a percentage"));
    m_passMark = new QDoubleSpinBox(this);
    m_passMark->setObjectName(QStringLiteral("frameworkPassMark"));
    m_passMark->setRange(0, 100000);
    m_passMark->setDecimals(2);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hasTotal);
    layout->addWidget(m_total);
    layout->addSpacing(24);
    layout->addWidget(m_hasPassMark);
    layout->addWidget(m_passMark);
    layout->addStretch(1);

    connect(m_hasTotal, &QCheckBox::toggled, this, [this] { changed(QStringLiteral("total")); });
    connect(m_total, &QDoubleSpinBox::valueChanged, this,
            [this] { changed(QStringLiteral("total")); });
    connect(m_hasPassMark, &QCheckBox::toggled, this,
            [this] { changed(QStringLiteral("passMark")); });
    connect(m_passMark, &QDoubleSpinBox::valueChanged, this,
            [this] { changed(QStringLiteral("passMark")); });
    setValues(std::nullopt, std::nullopt);
}

void FrameworkScoreForm::setValues(std::optional<double> total, std::optional<double> passMark)
{
    m_loading = true;
    m_hasTotal->setChecked(total.has_value());
    m_total->setValue(total.value_or(100));
    m_total->setEnabled(total.has_value());
    m_hasPassMark->setChecked(passMark.has_value());
    m_passMark->setValue(passMark.value_or(60));
    m_passMark->setEnabled(passMark.has_value());
    m_loading = false;
}

std::optional<double> FrameworkScoreForm::total() const
{
    return m_hasTotal->isChecked() ? std::optional<double>(m_total->value()) : std::nullopt;
}

std::optional<double> FrameworkScoreForm::passMark() const
{
    return m_hasPassMark->isChecked() ? std::optional<double>(m_passMark->value()) : std::nullopt;
}

void FrameworkScoreForm::changed(const QString& field)
{
    m_total->setEnabled(m_hasTotal->isChecked());
    m_passMark->setEnabled(m_hasPassMark->isChecked());
    if (!m_loading)
        emit edited(field);
}

} // namespace duibiao
