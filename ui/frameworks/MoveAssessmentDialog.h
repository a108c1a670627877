#pragma once

#include "model/Language.h"
#include "storage/FrameworkMove.h"

#include <QDialog>

class QTreeWidget;

namespace duibiao {

// The review before an assessment moves to another framework version: which requirements
// are new, which are removed (with what the assessment holds for them), which are reworded
// or changed and keep a rating the team should look at again. Accepting confirms the move.
class MoveAssessmentDialog : public QDialog
{
    Q_OBJECT

public:
    MoveAssessmentDialog(const MovePlan& plan, Language language, QWidget* parent = nullptr);

    const MovePlan& plan() const { return m_plan; }
    // The review list as shown: "group: line" per entry, for tests and the clipboard.
    QStringList lines() const;

private:
    MovePlan m_plan;
    QTreeWidget* m_review = nullptr;
};

} // namespace duibiao
