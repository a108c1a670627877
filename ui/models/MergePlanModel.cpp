#include "models/MergePlanModel.h"

#include "exchange/merge/MergePreview.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>

namespace duibiao {

namespace {

QString kindText(const MergeChange& change)
{
    switch (change.kind) {
    case ChangeKind::Add:
        return MergePlanModel::tr("Added");
    case ChangeKind::Update:
        return MergePlanModel::tr("Changed");
    case ChangeKind::Remove:
        return MergePlanModel::tr("Removed");
    case ChangeKind::Conflict:
        return MergePlanModel::tr("Conflict");
    }
    return {};
}

bool isRemovalConflict(const MergeChange& change)
{
    return change.isConflict() && change.conflict != ConflictKind::BothChanged;
}

} // namespace

MergePlanModel::MergePlanModel(MergePlan& plan, Language language, QObject* parent)
    : QAbstractTableModel(parent), m_plan(plan), m_language(language)
{
    // Additions and removals are one row each (their fields are the whole new row); an
    // update or a conflict of both sides is shown field by field, so each conflicting
    // field can be chosen on its own.
    for (int c = 0; c < m_plan.changes.size(); ++c) {
        const MergeChange& change = m_plan.changes.at(c);
        const bool perField = change.kind == ChangeKind::Update ||
                              (change.isConflict() && change.conflict == ConflictKind::BothChanged);
        if (perField && !change.fields.isEmpty()) {
            for (int f = 0; f < change.fields.size(); ++f)
                m_rows.append({c, f});
        } else {
            m_rows.append({c, -1});
        }
    }
}

int MergePlanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MergePlanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool MergePlanModel::isDecision(const Row& row) const
{
    const MergeChange& change = m_plan.changes.at(row.change);
    if (!change.isConflict())
        return false;
    if (row.field < 0)
        return isRemovalConflict(change);
    return change.fields.at(row.field).conflict;
}

bool MergePlanModel::takesTheirs(const Row& row) const
{
    const MergeChange& change = m_plan.changes.at(row.change);
    return row.field < 0 ? change.takeTheirs : change.fields.at(row.field).takeTheirs;
}

void MergePlanModel::setTakesTheirs(const Row& row, bool takeTheirs)
{
    MergeChange& change = m_plan.changes[row.change];
    if (row.field < 0)
        change.takeTheirs = takeTheirs;
    else
        change.fields[row.field].takeTheirs = takeTheirs;
}

QVariant MergePlanModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const MergeChange& change = m_plan.changes.at(row.change);
    const FieldChange* field = row.field >= 0 ? &change.fields.at(row.field) : nullptr;
    const bool decision = isDecision(row);

    if (role == ConflictRole)
        return decision;
    if (role == Qt::BackgroundRole && decision)
        return QBrush(QColor(255, 236, 204)); // a light amber: needs a decision
    if (role == Qt::CheckStateRole && index.column() == ChoiceColumn && decision)
        return takesTheirs(row) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole && index.column() == ChoiceColumn && decision)
        return tr("Checked: take the package's side; unchecked: keep this document's.");
    if (role == Qt::ToolTipRole && field) {
        // The whole value, where the cell shows a shortened one.
        if (index.column() == BaseColumn && change.kind != ChangeKind::Add)
            return field->base;
        if (index.column() == HereColumn && change.kind != ChangeKind::Add)
            return field->ours;
        if (index.column() == PackageColumn)
            return field->theirs;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};

    switch (index.column()) {
    case KindColumn:
        return kindText(change);
    case WhatColumn:
        return change.label;
    case FieldColumn:
        return field ? fieldLabel(QString(), field->field) : QString();
    case BaseColumn:
        return field && change.kind != ChangeKind::Add
                   ? describeValue(field->field, field->base, m_language)
                   : QString();
    case HereColumn:
        if (field)
            return change.kind == ChangeKind::Add
                       ? QString()
                       : describeValue(field->field, field->ours, m_language);
        if (change.conflict == ConflictKind::ChangedHereRemovedThere)
            return tr("changed");
        if (change.conflict == ConflictKind::RemovedHereChangedThere ||
            change.kind == ChangeKind::Add)
            return tr("(not here)");
        return QString();
    case PackageColumn:
        if (field)
            return describeValue(field->field, field->theirs, m_language);
        if (change.conflict == ConflictKind::ChangedHereRemovedThere ||
            change.kind == ChangeKind::Remove)
            return tr("removed");
        if (change.conflict == ConflictKind::RemovedHereChangedThere)
            return tr("changed");
        return change.kind == ChangeKind::Add ? tr("new") : QString();
    case ChoiceColumn:
        if (!decision)
            return QString();
        return takesTheirs(row) ? tr("Take package") : tr("Keep here");
    default:
        return {};
    }
}

bool MergePlanModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != ChoiceColumn || role != Qt::CheckStateRole)
        return false;
    const Row& row = m_rows.at(index.row());
    if (!isDecision(row))
        return false;
    setTakesTheirs(row, value.toInt() == Qt::Checked);
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags MergePlanModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ChoiceColumn && isDecision(m_rows.at(index.row())))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant MergePlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Change");
    case WhatColumn:
        return tr("What");
    case FieldColumn:
        return tr("Field");
    case BaseColumn:
        return tr("Base");
    case HereColumn:
        return tr("Here");
    case PackageColumn:
        return tr("Package");
    case ChoiceColumn:
        return tr("Choice");
    default:
        return {};
    }
}

void MergePlanModel::resolveAll(bool takeTheirs)
{
    for (const Row& row : m_rows) {
        if (isDecision(row))
            setTakesTheirs(row, takeTheirs);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace duibiao
