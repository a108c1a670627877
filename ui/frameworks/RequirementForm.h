#pragma once

#include "analysis/AnalysisInput.h"
#include "model/Framework.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace duibiao {

class RuleForm;

// The form of the framework editor for one requirement: code, titles, 条文, 指导 and
// evidence items in Chinese and English, weight (its points when the framework has a
// total), kind, scoring, veto and, for an indicator, its rule.
// Every change comes out as edited() with the whole requirement as it now stands.
class RequirementForm : public QWidget
{
    Q_OBJECT

public:
    RequirementForm(const AnalysisInput& input, Language language, QWidget* parent = nullptr);

    // Shows a requirement without emitting edited().
    void setRequirement(const Requirement& requirement);
    const Requirement& requirement() const { return m_requirement; }
    RuleForm* ruleForm() const { return m_rule; }

signals:
    // `field` names what changed, so that typing into one field is one undo step.
    void edited(const duibiao::Requirement& requirement, const QString& field);

private:
    struct Texts
    {
        QLineEdit* title = nullptr;
        QPlainTextEdit* description = nullptr;
        QPlainTextEdit* guidance = nullptr;
        QPlainTextEdit* evidence = nullptr;
    };
    QWidget* buildTexts(Texts& texts, const QString& suffix);
    void textChanged(const QString& field);
    void kindChanged();
    void updateKind();

    Requirement m_requirement;
    bool m_loading = false;
    QLineEdit* m_code = nullptr;
    QLabel* m_number = nullptr;
    Texts m_zh;
    Texts m_en;
    QDoubleSpinBox* m_weight = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_scoring = nullptr;
    QCheckBox* m_veto = nullptr;
    RuleForm* m_rule = nullptr;
};

} // namespace duibiao
