#pragma once

#include "commands/EditCommand.h"
#include "storage/FrameworkMove.h"

#include <QByteArray>

namespace duibiao {

// Stores a framework version in the document (the editor's Save, Import…). The
// assessment keeps its own snapshot, so nothing it holds changes. Undo removes the stored
// version again unless it was there before (the same code, version and content).
class AddFrameworkVersionCommand : public EditCommand
{
public:
    AddFrameworkVersionCommand(DocumentSession& session, const QString& code,
                               const QString& version, const QByteArray& json, const QString& note);
    qint64 storedId() const { return m_id; }
    bool changesAssessment() const override { return false; }

protected:
    Status forward() override;
    Status backward() override;

private:
    QString m_code;
    QString m_version;
    QByteArray m_json;
    QString m_note;
    qint64 m_id = 0;
    bool m_existed = false;
};

// Moves the current assessment to another framework version (applyMove). Undo moves it
// back to the snapshot it had, by the same rules: nothing is deleted by a move, so ratings,
// narratives, evidence and links come back with their codes.
class MoveAssessmentCommand : public EditCommand
{
public:
    MoveAssessmentCommand(DocumentSession& session, MovePlan plan);

protected:
    Status forward() override;
    Status backward() override;

private:
    Status moveTo(const QByteArray& json);

    MovePlan m_plan;
    bool m_planned = true; // the first forward() carries out the plan the user confirmed
};

} // namespace duibiao
