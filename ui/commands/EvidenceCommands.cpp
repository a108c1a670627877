#include "commands/EvidenceCommands.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace duibiao {

namespace {} // namespace

AddEvidenceCommand::AddEvidenceCommand(DocumentSession& session, const QString& requirementCode,
                                       const QString& filePath, const QString& expectedItem)
    : EditCommand(session,
                  QCoreApplication::translate("EvidenceCommands", "Attach %1 to %2")
                      .arg(QFileInfo(filePath).fileName(), requirementCode),
                  DocumentSession::Evidence),
      m_code(requirementCode), m_path(filePath), m_expectedItem(expectedItem)
{}

Status AddEvidenceCommand::forward()
{
    if (m_id != 0)
        return document().evidence().restore(m_id);
    Result<qint64> id =
        document().evidence().addFile(assessmentId(), m_code, m_path, m_expectedItem);
    if (!id)
        return id.error();
    m_id = *id;
    return {};
}

Status AddEvidenceCommand::backward()
{
    return document().evidence().remove(m_id);
}

RenameEvidenceCommand::RenameEvidenceCommand(DocumentSession& session, const Evidence& evidence,
                                             const QString& name)
    : EditCommand(
          session,
          QCoreApplication::translate("EvidenceCommands", "Rename evidence to %1").arg(name),
          DocumentSession::Evidence),
      m_id(evidence.id), m_before(evidence.name), m_name(name)
{}

Status RenameEvidenceCommand::forward()
{
    return document().evidence().rename(m_id, m_name);
}
Status RenameEvidenceCommand::backward()
{
    return document().evidence().rename(m_id, m_before);
}

RemoveEvidenceCommand::RemoveEvidenceCommand(DocumentSession& session, const Evidence& evidence)
    : EditCommand(
          session,
          QCoreApplication::translate("EvidenceCommands", "Remove evidence %1").arg(evidence.name),
          DocumentSession::Evidence),
      m_id(evidence.id)
{}

Status RemoveEvidenceCommand::forward()
{
    return document().evidence().remove(m_id);
}
Status RemoveEvidenceCommand::backward()
{
    return document().evidence().restore(m_id);
}

} // namespace duibiao
