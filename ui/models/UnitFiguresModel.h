#pragma once

#include "model/Framework.h"
#include "model/Unit.h"
#include "model/UnitFigures.h"
#include "session/DocumentSession.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace duibiao {

// One row per unit (the school unit first) with its figures for the assessment year and
// the ratios computed from them. A value below the target of the framework's indicator
// rule for its metric (when the unit is in the rule's scope) is shown in red with the
// target in its tooltip. Edits go through SaveFiguresCommand and RenameUnitCommand; a
// refused edit leaves the document unchanged and is announced through editRefused().
class UnitFiguresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Eligible,
        Participants,
        ParticipationRate,
        CoreWorkers,
        CoreWorkerRate,
        Hearings,
        Trainings,
        UnitRules,
        DemandMenu,
        ResourceMenu,
        PlatformCount,
        DualLeaderShare,
        ColumnCount
    };
    enum Role {
        UnitIdRole = Qt::UserRole + 1,
        SortRole,        // numbers as numbers; missing values sort first
        BelowTargetRole, // true where the cell is below its target
    };

    explicit UnitFiguresModel(DocumentSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    const Unit* unitAt(int row) const;
    std::optional<UnitFigures> figuresAt(int row) const;
    int platformCountAt(int row) const;
    int rowOfUnit(qint64 unitId) const;

signals:
    void editRefused(const QString& message);

private:
    struct Row
    {
        Unit unit;
        std::optional<UnitFigures> figures;
        int platforms = 0;
        int platformsWithBothLeaders = 0;
    };
    struct Target
    {
        QString code;
        LocalizedText title;
        IndicatorRule rule;
    };

    void reload();
    void onChanged(DocumentSession::Changes changes);
    QVector<Row> loadRows();
    std::optional<double> metricValue(const Row& row, Metric metric) const;
    // The target the cell falls short of, if it does.
    const Target* missedTarget(const Row& row, int column) const;
    // The rule for the column's metric whose scope holds the unit (P1 for the school unit,
    // P2 for the others); without a unit, the first rule for the metric.
    const Target* targetFor(int column, const Unit* unit = nullptr) const;
    QString targetText(const Target& target) const;
    QString cellToolTip(const Row& row, int column) const;
    bool saveFigures(const Row& row, const UnitFigures& figures);

    DocumentSession& m_session;
    QVector<Row> m_rows;
    QHash<int, QVector<Target>> m_targets; // by Metric, in framework order
};

} // namespace duibiao
