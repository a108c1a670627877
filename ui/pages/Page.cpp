#include "pages/Page.h"

namespace duibiao {

Page::Page(DocumentSession& session, QWidget* parent) : QWidget(parent), m_session(session) {}

} // namespace duibiao
