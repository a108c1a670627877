#pragma once

#include "analysis/IndicatorEvaluation.h"
#include "model/Language.h"

#include <QAbstractTableModel>

namespace duibiao {

// The units in scope of an indicator rule as it is being edited: each unit's value and
// whether it passes. One row per unit, in unit order.
class RulePreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { UnitColumn, ValueColumn, OutcomeColumn, ColumnCount };

    explicit RulePreviewModel(QObject* parent = nullptr);

    void setResult(const IndicatorResult& result, Language language);
    const IndicatorResult& result() const { return m_result; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    IndicatorResult m_result;
    Language m_language = Language::Chinese;
};

} // namespace duibiao
