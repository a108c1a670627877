#pragma once

#include "commands/EditCommand.h"
#include "model/RequirementAssessment.h"

namespace duibiao {

// Rates a requirement. For indicator requirements `suggestion` is the computed rating at
// this moment; a different rating needs `reason`.
class SetRatingCommand : public EditCommand
{
public:
    SetRatingCommand(DocumentSession& session, const QString& code, Rating rating,
                     std::optional<Rating> suggestion, const QString& reason);

protected:
    Status forward() override;
    Status backward() override;

private:
    QString m_code;
    Rating m_rating;
    std::optional<Rating> m_suggestion;
    QString m_reason;
    std::optional<RequirementAssessment> m_before;
};

// Re-rates a requirement after its rectification item was verified; the rating from
// before rectification is kept by the repository.
class RerateAfterRectificationCommand : public EditCommand
{
public:
    RerateAfterRectificationCommand(DocumentSession& session, const QString& code, Rating rating,
                                    const QString& reason);

protected:
    Status forward() override;
    Status backward() override;

private:
    QString m_code;
    Rating m_rating;
    QString m_reason;
    std::optional<RequirementAssessment> m_before;
};

// The narrative (自评情况) or gap text (差距) of a requirement. Consecutive edits of the
// same field merge into one undo step, so typing undoes as a whole.
class SetRequirementTextCommand : public EditCommand
{
public:
    enum class Field { Narrative, Gap };
    SetRequirementTextCommand(DocumentSession& session, const QString& code, Field field,
                              const QString& text);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

protected:
    Status forward() override;
    Status backward() override;

private:
    Status write(const QString& text);
    QString m_code;
    Field m_field;
    QString m_text;
    std::optional<QString> m_before;
};

} // namespace duibiao
