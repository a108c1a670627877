#include "pages/ChecklistPage.h"

namespace duibiao {

ChecklistPage::ChecklistPage(DocumentSession& session, QWidget* parent) : Page(session, parent)
{
    setObjectName(QStringLiteral("checklistPage"));
}

void ChecklistPage::showRequirement(const QString&) {}
} // namespace duibiao
