#pragma once

#include "exchange/merge/MergePlan.h"
#include "model/Language.h"

#include <QAbstractTableModel>
#include <QVector>

namespace duibiao {

// The import preview's table over a MergePlan: one row per added or removed row, one row
// per field of an update or a conflict. Conflicting rows carry a checkable choice ("Keep
// here" / "Take package") that writes straight into the plan, so the import applies what
// the table shows.
class MergePlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        WhatColumn,
        FieldColumn,
        BaseColumn,
        HereColumn,
        PackageColumn,
        ChoiceColumn,
        ColumnCount
    };
    // True on rows that need a decision (a field changed on both sides, a removal against
    // an edit): the "conflicts only" filter and the highlight use it.
    static constexpr int ConflictRole = Qt::UserRole + 1;

    MergePlanModel(MergePlan& plan, Language language, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Settles every conflict one way (true: the package's side).
    void resolveAll(bool takeTheirs);

private:
    struct Row
    {
        int change = 0;
        int field = -1; // -1: the whole row (additions, removals, removal conflicts)
    };

    bool isDecision(const Row& row) const;
    bool takesTheirs(const Row& row) const;
    void setTakesTheirs(const Row& row, bool takeTheirs);

    MergePlan& m_plan;
    Language m_language;
    QVector<Row> m_rows;
};

} // namespace duibiao
