#include "pages/RectificationPage.h"

namespace duibiao {

RectificationPage::RectificationPage(DocumentSession& session, QWidget* parent)
    : Page(session, parent)
{
    setObjectName(QStringLiteral("rectificationPage"));
}

} // namespace duibiao
