#include "commands/RectificationCommands.h"

#include <QCoreApplication>

namespace duibiao {

namespace {
QString shortMeasure(const RectificationItem& item)
{
    return item.measure.left(24);
}
} // namespace

AddRectificationCommand::AddRectificationCommand(DocumentSession& session,
                                                 const RectificationItem& item)
    : EditCommand(
          session,
          QCoreApplication::translate("RectificationCommands", "Add rectification item “%1”")
              .arg(shortMeasure(item)),
          DocumentSession::Rectification),
      m_item(item)
{}

Status AddRectificationCommand::forward()
{
    if (m_item.id != 0)
        return document().rectification().restore(assessmentId(), m_item);
    Result<qint64> id = document().rectification().add(assessmentId(), m_item);
    if (!id)
        return id.error();
    m_item.id = *id;
    return {};
}

Status AddRectificationCommand::backward()
{
    return document().rectification().remove(m_item.id);
}

UpdateRectificationCommand::UpdateRectificationCommand(DocumentSession& session,
                                                       const RectificationItem& before,
                                                       const RectificationItem& after)
    : EditCommand(
          session,
          QCoreApplication::translate("RectificationCommands", "Edit rectification item “%1”")
              .arg(shortMeasure(after)),
          DocumentSession::Rectification),
      m_before(before), m_after(after)
{}

Status UpdateRectificationCommand::forward()
{
    return document().rectification().update(m_after);
}
Status UpdateRectificationCommand::backward()
{
    return document().rectification().update(m_before);
}

RemoveRectificationCommand::RemoveRectificationCommand(DocumentSession& session,
                                                       const RectificationItem& item)
    : EditCommand(
          session,
          QCoreApplication::translate("RectificationCommands", "Remove rectification item “%1”")
              .arg(shortMeasure(item)),
          DocumentSession::Rectification | DocumentSession::Evidence),
      m_item(item)
{}

Status RemoveRectificationCommand::forward()
{
    return document().rectification().remove(m_item.id);
}
Status RemoveRectificationCommand::backward()
{
    return document().rectification().restore(assessmentId(), m_item);
}

} // namespace duibiao
