#pragma once

#include "analysis/AnalysisInput.h"
#include "model/IndicatorRule.h"
#include "model/Language.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTableView;

namespace duibiao {

class RulePreviewModel;

// The rule of an indicator requirement as a form (metric, scope, comparison, target,
// "largely met" threshold) and, beside it, the document's units with their value and
// whether they pass the rule as it stands in the form, updated on every change.
class RuleForm : public QWidget
{
    Q_OBJECT

public:
    // The units, figures and platforms the preview evaluates are copied from `input`.
    RuleForm(const AnalysisInput& input, Language language, QWidget* parent = nullptr);

    // Shows a rule without emitting edited().
    void setRule(const IndicatorRule& rule);
    IndicatorRule rule() const;
    RulePreviewModel* preview() const { return m_preview; }

signals:
    // `field` names what changed, so that typing into one field is one undo step.
    void edited(const duibiao::IndicatorRule& rule, const QString& field);

private:
    void changed(const QString& field);
    void updatePreview();

    QVector<Unit> m_units;
    QVector<UnitFigures> m_figures;
    QVector<Platform> m_platforms;
    Language m_language;
    bool m_loading = false;
    QComboBox* m_metric = nullptr;
    QComboBox* m_scope = nullptr;
    QComboBox* m_comparison = nullptr;
    QDoubleSpinBox* m_target = nullptr;
    QCheckBox* m_largely = nullptr;
    QDoubleSpinBox* m_largelyAt = nullptr;
    QLabel* m_summary = nullptr;
    RulePreviewModel* m_preview = nullptr;
    QTableView* m_unitsView = nullptr;
};

} // namespace duibiao
