#include "commands/FrameworkCommands.h"

#include <QCoreApplication>

#include <utility>

namespace duibiao {

AddFrameworkVersionCommand::AddFrameworkVersionCommand(DocumentSession& session,
                                                       const QString& code, const QString& version,
                                                       const QByteArray& json, const QString& note)
    : EditCommand(session,
                  QCoreApplication::translate("FrameworkCommands", "Store framework %1@%2")
                      .arg(code, version),
                  DocumentSession::Changes()),
      m_code(code), m_version(version), m_json(json), m_note(note)
{}

Status AddFrameworkVersionCommand::forward()
{
    Result<std::optional<qint64>> existing = document().frameworks().find(m_code, m_version);
    if (!existing)
        return existing.error();
    Result<qint64> id = document().frameworks().add(m_json, m_note);
    if (!id)
        return id.error();
    m_existed = existing->has_value();
    m_id = *id;
    return {};
}

Status AddFrameworkVersionCommand::backward()
{
    if (m_existed)
        return {};
    return document().frameworks().remove(m_id);
}

MoveAssessmentCommand::MoveAssessmentCommand(DocumentSession& session, MovePlan plan)
    : EditCommand(
          session,
          QCoreApplication::translate("FrameworkCommands", "Move the assessment to framework %1@%2")
              .arg(plan.diff.toCode, plan.diff.toVersion),
          DocumentSession::Everything),
      m_plan(std::move(plan))
{}

Status MoveAssessmentCommand::forward()
{
    if (m_planned) {
        m_planned = false;
        return applyMove(document(), assessmentId(), m_plan);
    }
    return moveTo(m_plan.targetJson);
}

Status MoveAssessmentCommand::backward()
{
    return moveTo(m_plan.fromJson);
}

Status MoveAssessmentCommand::moveTo(const QByteArray& json)
{
    // Planned afresh: the plan checks that the snapshot is the one it was made from.
    Result<MovePlan> plan = planMove(document(), assessmentId(), json);
    if (!plan)
        return plan.error();
    return applyMove(document(), assessmentId(), *plan);
}

} // namespace duibiao
