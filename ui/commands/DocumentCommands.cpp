#include "commands/DocumentCommands.h"

#include <QCoreApplication>

namespace duibiao {

namespace {} // namespace

SetInstitutionCommand::SetInstitutionCommand(DocumentSession& session, const Institution& before,
                                             const Institution& after)
    : EditCommand(session, QCoreApplication::translate("DocumentCommands", "Edit the institution"),
                  DocumentSession::Institution),
      m_before(before), m_after(after)
{}

Status SetInstitutionCommand::forward()
{
    return document().institution().save(m_after);
}
Status SetInstitutionCommand::backward()
{
    return document().institution().save(m_before);
}

SetPhasesCommand::SetPhasesCommand(DocumentSession& session, const PhasePlan& before,
                                   const PhasePlan& after)
    : EditCommand(session, QCoreApplication::translate("DocumentCommands", "Edit the phase dates"),
                  DocumentSession::Phases),
      m_before(before), m_after(after)
{}

Status SetPhasesCommand::forward()
{
    return document().assessments().setPhases(assessmentId(), m_after);
}

Status SetPhasesCommand::backward()
{
    return document().assessments().setPhases(assessmentId(), m_before);
}

} // namespace duibiao
