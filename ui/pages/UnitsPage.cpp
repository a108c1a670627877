#include "pages/UnitsPage.h"

namespace duibiao {

UnitsPage::UnitsPage(DocumentSession& session, QWidget* parent) : Page(session, parent)
{
    setObjectName(QStringLiteral("unitsPage"));
}

} // namespace duibiao
