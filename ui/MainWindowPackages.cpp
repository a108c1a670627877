// MainWindow's review-package actions (File → Export Review Package…, Export for Team
// Member…, Reopen Assessment…), kept apart from the window's layout and document handling.

#include "MainWindow.h"
#include "util/PlainMessage.h"

#include "dialogs/ExportPackageDialog.h"
#include "dialogs/PackageExportRunner.h"
#include "exchange/package/SafeName.h"
#include "session/DocumentSession.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace duibiao {

namespace {

QString withZipSuffix(QString path)
{
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        path += QStringLiteral(".zip");
    return path;
}

} // namespace

void MainWindow::addPackageActions(QMenu* file)
{
    // Default dialogs, unless a test put its own in place.
    if (!askPackagePath) {
        askPackagePath = [this](const QString& suggestedName) {
            return withZipSuffix(QFileDialog::getSaveFileName(
                this, tr("Export review package"), suggestedName, tr("ZIP packages (*.zip)")));
        };
    }
    if (!askTeamScope) {
        askTeamScope = [this](QStringList& categories, QVector<qint64>& unitIds) {
            ExportPackageDialog dialog(m_session->framework(), m_session->input().units,
                                       m_session->language(), this);
            if (dialog.exec() != QDialog::Accepted)
                return false;
            categories = dialog.categories();
            unitIds = dialog.unitIds();
            return true;
        };
    }
    if (!askReopenReason) {
        askReopenReason = [this] {
            return QInputDialog::getText(this, tr("Reopen assessment"),
                                         tr("The assessment was submitted. Why is it reopened? "
                                            "The reason is kept in the history."));
        };
    }
    if (!showInformation) {
        showInformation = [this](const QString& title, const QString& message) {
            informPlain(this, title, message);
        };
    }

    file->addSeparator();
    QAction* submission = file->addAction(tr("Export &Review Package…"), this, [this] {
        if (!m_session)
            return;
        const Institution& institution = m_session->input().institution;
        const QString path = askPackagePath(safeEvidenceName(QStringLiteral("%1-%2").arg(
                                                institution.name, m_session->assessment().title)) +
                                            QStringLiteral(".zip"));
        if (!path.isEmpty())
            exportPackage(path, PackageExportOptions{});
    });
    submission->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    submission->setObjectName(QStringLiteral("exportPackageAction"));
    submission->setEnabled(m_session != nullptr);

    QAction* team = file->addAction(tr("Export for &Team Member…"), this, [this] {
        if (!m_session)
            return;
        PackageExportOptions options;
        options.kind = PackageKind::Team;
        if (!askTeamScope(options.categories, options.unitIds))
            return;
        const QString path = askPackagePath(
            safeEvidenceName(m_session->input().institution.name + tr("-team work")) +
            QStringLiteral(".zip"));
        if (!path.isEmpty())
            exportPackage(path, options);
    });
    team->setObjectName(QStringLiteral("exportTeamAction"));
    team->setEnabled(m_session != nullptr);

    QAction* reopen = file->addAction(tr("Re&open Assessment…"), this, [this] {
        if (!m_session)
            return;
        if (m_session->assessment().status != AssessmentStatus::Submitted) {
            showError(tr("Reopen assessment"), tr("The assessment has not been submitted; it "
                                                  "can be edited as it is."));
            return;
        }
        const QString reason = askReopenReason();
        if (!reason.trimmed().isEmpty())
            reopenAssessment(reason);
    });
    reopen->setObjectName(QStringLiteral("reopenAction"));
    reopen->setEnabled(m_session != nullptr);
}

bool MainWindow::exportPackage(const QString& path, const PackageExportOptions& options)
{
    if (!m_session)
        return false;
    // Text typed but not yet saved (editors save when they lose focus) goes in too.
    if (QWidget* focused = QApplication::focusWidget())
        focused->clearFocus();
    PackageExportOptions chosen = options;
    chosen.language = m_session->language();
    chosen.fontFamily = m_preferences.reportFont;
    Result<PackageExportResult> exported = PackageExportRunner::run(this, *m_session, path, chosen);
    if (!exported) {
        showError(tr("Export review package"), exported.error().message);
        return false;
    }
    const QString fingerprint = shortFingerprint(exported->manifest.fingerprint);
    QString message = tr("%1 was written (%2 entries, %3).\n\nPackage fingerprint: %4\n%5")
                          .arg(QFileInfo(path).fileName())
                          .arg(exported->entryCount)
                          .arg(QLocale().formattedDataSize(exported->packageSize))
                          .arg(fingerprint, exported->manifest.fingerprint);
    if (exported->froze)
        message += QStringLiteral("\n\n") +
                   tr("The assessment is now marked as submitted and can no longer be edited. "
                      "To change it, use File → Reopen Assessment…; the reopening is recorded "
                      "in the history.");
    statusBar()->showMessage(tr("Package exported, fingerprint %1").arg(fingerprint), 10000);
    showInformation(tr("Export review package"), message);
    return true;
}

bool MainWindow::reopenAssessment(const QString& reason)
{
    if (!m_session)
        return false;
    if (Status reopened =
            m_session->document().assessments().reopen(m_session->assessmentId(), reason);
        !reopened) {
        showError(tr("Reopen assessment"), reopened.error().message);
        return false;
    }
    m_session->notify(DocumentSession::Everything);
    statusBar()->showMessage(tr("The assessment is open for editing again."), 10000);
    return true;
}

} // namespace duibiao
