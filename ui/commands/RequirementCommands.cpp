#include "commands/RequirementCommands.h"

#include <QCoreApplication>

namespace duibiao {

namespace {

Result<RequirementAssessment> current(Document& document, qint64 assessmentId, const QString& code)
{
    return document.ratings().get(assessmentId, code);
}

// How the undo text names a rating: as the item's scoring does (通过, A…D).
Scoring scoringOf(DocumentSession& session, const QString& code)
{
    const Requirement* requirement = session.framework().requirement(code);
    return requirement ? requirement->scoring : Scoring::Rating;
}

} // namespace

SetRatingCommand::SetRatingCommand(DocumentSession& session, const QString& code, Rating rating,
                                   std::optional<Rating> suggestion, const QString& reason)
    : EditCommand(session,
                  QCoreApplication::translate("RequirementCommands", "Rate %1 as %2")
                      .arg(code, ratingLabel(rating, scoringOf(session, code), session.language())),
                  DocumentSession::Ratings),
      m_code(code), m_rating(rating), m_suggestion(suggestion), m_reason(reason)
{}

Status SetRatingCommand::forward()
{
    if (!m_before) {
        Result<RequirementAssessment> before = current(document(), assessmentId(), m_code);
        if (!before)
            return before.error();
        m_before = *before;
    }
    return document().ratings().setRating(assessmentId(), m_code, m_rating, m_suggestion, m_reason);
}

Status SetRatingCommand::backward()
{
    return document().ratings().restoreRating(assessmentId(), *m_before);
}

RerateAfterRectificationCommand::RerateAfterRectificationCommand(DocumentSession& session,
                                                                 const QString& code, Rating rating,
                                                                 const QString& reason)
    : EditCommand(
          session,
          QCoreApplication::translate("RequirementCommands", "Re-rate %1 as %2 after rectification")
              .arg(code, ratingLabel(rating, scoringOf(session, code), session.language())),
          DocumentSession::Ratings),
      m_code(code), m_rating(rating), m_reason(reason)
{}

Status RerateAfterRectificationCommand::forward()
{
    if (!m_before) {
        Result<RequirementAssessment> before = current(document(), assessmentId(), m_code);
        if (!before)
            return before.error();
        m_before = *before;
    }
    return document().ratings().rerateAfterRectification(assessmentId(), m_code, m_rating,
                                                         m_reason);
}

Status RerateAfterRectificationCommand::backward()
{
    return document().ratings().restoreRating(assessmentId(), *m_before);
}

SetRequirementTextCommand::SetRequirementTextCommand(DocumentSession& session, const QString& code,
                                                     Field field, const QString& text)
    : EditCommand(
          session,
          field == Field::Narrative
              ? QCoreApplication::translate("RequirementCommands", "Edit the narrative of %1")
                    .arg(code)
              : QCoreApplication::translate("RequirementCommands", "Edit the gap of %1").arg(code),
          DocumentSession::Texts),
      m_code(code), m_field(field), m_text(text)
{}

int SetRequirementTextCommand::id() const
{
    return m_field == Field::Narrative ? 1001 : 1002;
}

bool SetRequirementTextCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetRequirementTextCommand*>(other);
    if (next->m_code != m_code || next->m_field != m_field)
        return false;
    m_text = next->m_text; // keep our m_before: undo goes back to before the typing
    return true;
}

Status SetRequirementTextCommand::write(const QString& text)
{
    return m_field == Field::Narrative
               ? document().ratings().setNarrative(assessmentId(), m_code, text)
               : document().ratings().setGapText(assessmentId(), m_code, text);
}

Status SetRequirementTextCommand::forward()
{
    if (!m_before) {
        Result<RequirementAssessment> before = current(document(), assessmentId(), m_code);
        if (!before)
            return before.error();
        m_before = m_field == Field::Narrative ? before->narrative : before->gapText;
    }
    return write(m_text);
}

Status SetRequirementTextCommand::backward()
{
    return write(*m_before);
}

} // namespace duibiao
