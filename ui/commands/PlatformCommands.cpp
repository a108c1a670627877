#include "commands/PlatformCommands.h"

#include <QCoreApplication>

namespace duibiao {

namespace {} // namespace

AddPlatformCommand::AddPlatformCommand(DocumentSession& session, const Platform& platform)
    : EditCommand(
          session,
          QCoreApplication::translate("PlatformCommands", "Add platform %1").arg(platform.name),
          DocumentSession::Platforms),
      m_platform(platform)
{}

Status AddPlatformCommand::forward()
{
    if (m_platform.id != 0)
        return document().platforms().restore(m_platform);
    Result<qint64> id = document().platforms().add(m_platform);
    if (!id)
        return id.error();
    m_platform.id = *id;
    return {};
}

Status AddPlatformCommand::backward()
{
    return document().platforms().remove(m_platform.id);
}

UpdatePlatformCommand::UpdatePlatformCommand(DocumentSession& session, const Platform& before,
                                             const Platform& after)
    : EditCommand(
          session,
          QCoreApplication::translate("PlatformCommands", "Edit platform %1").arg(after.name),
          DocumentSession::Platforms),
      m_before(before), m_after(after)
{}

Status UpdatePlatformCommand::forward()
{
    return document().platforms().update(m_after);
}
Status UpdatePlatformCommand::backward()
{
    return document().platforms().update(m_before);
}

RemovePlatformCommand::RemovePlatformCommand(DocumentSession& session, const Platform& platform)
    : EditCommand(
          session,
          QCoreApplication::translate("PlatformCommands", "Remove platform %1").arg(platform.name),
          DocumentSession::Platforms),
      m_platform(platform)
{}

Status RemovePlatformCommand::forward()
{
    return document().platforms().remove(m_platform.id);
}
Status RemovePlatformCommand::backward()
{
    return document().platforms().restore(m_platform);
}

} // namespace duibiao
