#include "frameworks/RulePreviewModel.h"

#include "analysis/Analysis.h"

#include <QColor>

namespace duibiao {

RulePreviewModel::RulePreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

void RulePreviewModel::setResult(const IndicatorResult& result, Language language)
{
    beginResetModel();
    m_result = result;
    m_language = language;
    endResetModel();
}

int RulePreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_result.units.size());
}

int RulePreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RulePreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_result.units.size())
        return {};
    const UnitIndicatorValue& unit = m_result.units.at(index.row());
    using Outcome = UnitIndicatorValue::Outcome;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case UnitColumn:
            return unit.unitName;
        case ValueColumn:
            return formatIndicatorValue(m_result.rule, unit, m_language);
        case OutcomeColumn:
            switch (unit.outcome) {
            case Outcome::Passes:
                return tr("✓ passes");
            case Outcome::Fails:
                return tr("✗ fails");
            case Outcome::NoFigures:
                return tr("✗ no figures");
            case Outcome::Excluded:
                return tr("— excluded");
            }
        }
    }
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn &&
        (unit.outcome == Outcome::Fails || unit.outcome == Outcome::NoFigures))
        return QColor(0xc6, 0x28, 0x28);
    if (role == Qt::TextAlignmentRole && index.column() != UnitColumn)
        return int(Qt::AlignCenter);
    return {};
}

QVariant RulePreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UnitColumn:
        return tr("Unit");
    case ValueColumn:
        return tr("Value");
    case OutcomeColumn:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace duibiao
