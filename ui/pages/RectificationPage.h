#pragma once

#include "pages/Page.h"

namespace duibiao {

// Placeholder until the page lands (being built in parallel).
class RectificationPage : public Page
{
    Q_OBJECT

public:
    RectificationPage(DocumentSession& session, QWidget* parent = nullptr);
};

} // namespace duibiao
