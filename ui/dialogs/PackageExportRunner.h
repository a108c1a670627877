#pragma once

#include "exchange/package/PackageExporter.h"

class QWidget;

namespace duibiao {

class DocumentSession;

// Runs a package export from the GUI the way the Reports page runs a report: in the GUI
// thread, with a window-modal progress dialog whose Cancel stops the export (no file is
// left). After a submission the session is refreshed and its undo stack cleared, so no
// earlier edit can be undone into the submitted assessment.
class PackageExportRunner
{
public:
    static Result<PackageExportResult> run(QWidget* parent, DocumentSession& session,
                                           const QString& path, PackageExportOptions options);
};

} // namespace duibiao
