#pragma once

#include "commands/EditCommand.h"
#include "storage/UnitRemoval.h"

namespace duibiao {

class AddUnitCommand : public EditCommand
{
public:
    AddUnitCommand(DocumentSession& session, const Unit& unit);
    qint64 unitId() const { return m_unit.id; }

protected:
    Status forward() override;
    Status backward() override;

private:
    Unit m_unit;
    std::optional<UnitSnapshot> m_snapshot;
};

class RenameUnitCommand : public EditCommand
{
public:
    RenameUnitCommand(DocumentSession& session, qint64 unitId, const QString& name);

protected:
    Status forward() override;
    Status backward() override;

private:
    qint64 m_unitId;
    QString m_name;
    QString m_before;
};

// Removes a unit with its figures and platforms; undo puts all of it back.
class RemoveUnitCommand : public EditCommand
{
public:
    RemoveUnitCommand(DocumentSession& session, qint64 unitId, const QString& name);

protected:
    Status forward() override;
    Status backward() override;

private:
    qint64 m_unitId;
    std::optional<UnitSnapshot> m_snapshot;
};

// Saves one unit's figures for one year (validated: refused figures change nothing).
class SaveFiguresCommand : public EditCommand
{
public:
    SaveFiguresCommand(DocumentSession& session, const UnitFigures& figures,
                       const QString& unitName);

protected:
    Status forward() override;
    Status backward() override;

private:
    UnitFigures m_figures;
    std::optional<std::optional<UnitFigures>> m_before; // outer: fetched; inner: existed
};

} // namespace duibiao
