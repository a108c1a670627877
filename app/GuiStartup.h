#pragma once

#include <QStringList>

namespace duibiao {

// Opens the main window on the document named on the command line, or on the default
// document (created on first start), and runs the event loop.
class GuiStartup
{
public:
    static int run(const QStringList& arguments);
    // default.duibiao under the application data folder.
    static QString defaultDocumentPath();
};

} // namespace duibiao
