#include "commands/EditCommand.h"

namespace duibiao {

EditCommand::EditCommand(DocumentSession& session, const QString& text,
                         DocumentSession::Changes changes)
    : m_session(session), m_changes(changes)
{
    setText(text);
}

Status EditCommand::execute()
{
    Status status = forward();
    m_executed = status.ok();
    return status;
}

void EditCommand::redo()
{
    if (m_executed) {
        m_executed = false; // the first push: execute() already did the work
        return;
    }
    if (Status status = forward(); !status) {
        m_session.reportFailure(status.error());
        setObsolete(true);
    }
    m_session.notify(m_changes);
}

void EditCommand::undo()
{
    if (Status status = backward(); !status) {
        m_session.reportFailure(status.error());
        setObsolete(true);
    }
    m_session.notify(m_changes);
}

} // namespace duibiao
