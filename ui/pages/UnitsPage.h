#pragma once

#include "pages/Page.h"

namespace duibiao {

// Placeholder until the page lands (being built in parallel).
class UnitsPage : public Page
{
    Q_OBJECT

public:
    UnitsPage(DocumentSession& session, QWidget* parent = nullptr);
};

} // namespace duibiao
