#pragma once

#include "model/Phase.h"

#include <QDialog>

#include <array>

class QDateEdit;
class QCheckBox;
class QLabel;

namespace duibiao {

// Edits the start and end dates of the four phases of an assessment.
class PhasesDialog : public QDialog
{
    Q_OBJECT

public:
    PhasesDialog(const PhasePlan& plan, Language language, QWidget* parent = nullptr);
    PhasePlan plan() const;

private:
    void validate();

    std::array<QCheckBox*, 4> m_hasStart{};
    std::array<QDateEdit*, 4> m_start{};
    std::array<QDateEdit*, 4> m_end{};
    QLabel* m_message = nullptr;
    QWidget* m_ok = nullptr;
};

} // namespace duibiao
