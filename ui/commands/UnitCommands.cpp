#include "commands/UnitCommands.h"

#include <QCoreApplication>

namespace duibiao {

namespace {} // namespace

AddUnitCommand::AddUnitCommand(DocumentSession& session, const Unit& unit)
    : EditCommand(session,
                  QCoreApplication::translate("UnitCommands", "Add unit %1").arg(unit.name),
                  DocumentSession::Units),
      m_unit(unit)
{}

Status AddUnitCommand::forward()
{
    if (m_snapshot) // redo after undo: put the same unit back under its id
        return restoreUnit(document(), *m_snapshot);
    Result<qint64> id = document().units().add(m_unit);
    if (!id)
        return id.error();
    m_unit.id = *id;
    return {};
}

Status AddUnitCommand::backward()
{
    Result<UnitSnapshot> snapshot = removeUnit(document(), m_unit.id);
    if (!snapshot)
        return snapshot.error();
    m_snapshot = *snapshot;
    return {};
}

RenameUnitCommand::RenameUnitCommand(DocumentSession& session, qint64 unitId, const QString& name)
    : EditCommand(session,
                  QCoreApplication::translate("UnitCommands", "Rename unit to %1").arg(name),
                  DocumentSession::Units),
      m_unitId(unitId), m_name(name)
{}

Status RenameUnitCommand::forward()
{
    if (m_before.isEmpty()) {
        Result<Unit> unit = document().units().get(m_unitId);
        if (!unit)
            return unit.error();
        m_before = unit->name;
    }
    return document().units().rename(m_unitId, m_name);
}

Status RenameUnitCommand::backward()
{
    return document().units().rename(m_unitId, m_before);
}

RemoveUnitCommand::RemoveUnitCommand(DocumentSession& session, qint64 unitId, const QString& name)
    : EditCommand(session, QCoreApplication::translate("UnitCommands", "Remove unit %1").arg(name),
                  DocumentSession::Units | DocumentSession::Figures | DocumentSession::Platforms |
                      DocumentSession::Rectification),
      m_unitId(unitId)
{}

Status RemoveUnitCommand::forward()
{
    Result<UnitSnapshot> snapshot = removeUnit(document(), m_unitId);
    if (!snapshot)
        return snapshot.error();
    m_snapshot = *snapshot;
    return {};
}

Status RemoveUnitCommand::backward()
{
    return restoreUnit(document(), *m_snapshot);
}

SaveFiguresCommand::SaveFiguresCommand(DocumentSession& session, const UnitFigures& figures,
                                       const QString& unitName)
    : EditCommand(
          session,
          QCoreApplication::translate("UnitCommands", "Edit the figures of %1").arg(unitName),
          DocumentSession::Figures),
      m_figures(figures)
{}

Status SaveFiguresCommand::forward()
{
    if (!m_before) {
        Result<std::optional<UnitFigures>> before =
            document().units().figuresOf(m_figures.unitId, m_figures.year);
        if (!before)
            return before.error();
        m_before = *before;
    }
    return document().units().saveFigures(m_figures);
}

Status SaveFiguresCommand::backward()
{
    if (m_before->has_value())
        return document().units().saveFigures(**m_before);
    return document().units().removeFigures(m_figures.unitId, m_figures.year);
}

} // namespace duibiao
