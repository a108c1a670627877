#pragma once

#include "pages/Page.h"

namespace duibiao {

// Placeholder until the page lands (being built in parallel).
class ChecklistPage : public Page
{
    Q_OBJECT

public:
    ChecklistPage(DocumentSession& session, QWidget* parent = nullptr);
    // Selects the requirement and shows its detail (from the Gaps page).
    void showRequirement(const QString& code);
};

} // namespace duibiao
