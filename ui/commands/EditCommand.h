#pragma once

#include "session/DocumentSession.h"

#include <QUndoCommand>

namespace duibiao {

// Base of every edit (Subsurface's pattern): widget → command → core → changed() → models.
// The command runs once through execute() before it is pushed, so a refused edit (bad
// figures, a missing reason) never reaches the undo stack; later redo()/undo() replay it.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(DocumentSession& session, const QString& text, DocumentSession::Changes changes);

    Status execute();
    void redo() override;
    void undo() override;
    DocumentSession::Changes changes() const { return m_changes; }
    // Whether the edit changes the current assessment; those are refused while it is
    // submitted (frozen). Keeping another framework version in the document does not.
    virtual bool changesAssessment() const { return true; }

protected:
    virtual Status forward() = 0;
    virtual Status backward() = 0;
    DocumentSession& session() { return m_session; }
    Document& document() { return m_session.document(); }
    qint64 assessmentId() const { return m_session.assessmentId(); }

private:
    DocumentSession& m_session;
    DocumentSession::Changes m_changes;
    bool m_executed = false;
};

} // namespace duibiao
