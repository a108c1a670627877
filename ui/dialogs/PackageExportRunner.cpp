#include "dialogs/PackageExportRunner.h"

#include "session/DocumentSession.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace duibiao {

Result<PackageExportResult> PackageExportRunner::run(QWidget* parent, DocumentSession& session,
                                                     const QString& path,
                                                     PackageExportOptions options)
{
    QProgressDialog progress(
        QCoreApplication::translate("PackageExportRunner", "Exporting the package…"),
        QCoreApplication::translate("PackageExportRunner", "Cancel"), 0, 1000, parent);
    progress.setObjectName(QStringLiteral("packageProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    std::atomic_bool cancel = false;
    QObject::connect(&progress, &QProgressDialog::canceled, &progress,
                     [&cancel] { cancel = true; });
    options.cancel = &cancel;
    options.today = session.today();
    options.stage = [&progress](const QString& text) {
        progress.setLabelText(text);
    };
    // Per mille of the bytes: a 300 MB package has more bytes than an int counts. A modal
    // dialog's setValue() processes events, so Cancel is seen while the ZIP is written.
    options.progress = [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
    };
    Result<PackageExportResult> result =
        PackageExporter::exportPackage(session.document(), path, options);
    progress.reset();
    if (result && options.kind == PackageKind::Submission && options.freeze) {
        session.undoStack()->clear();
        session.notify(DocumentSession::Everything);
    }
    return result;
}

} // namespace duibiao
