// MainWindow's import actions (File → Import Package…, Copy for Team Member…, Rectify the
// Panel's Findings…), kept apart from the window's layout and the export actions.

#include "MainWindow.h"

#include "commands/OpinionCommands.h"
#include "dialogs/ImportPackageDialog.h"
#include "exchange/merge/OpinionsToRectification.h"
#include "exchange/package/PackageImport.h"
#include "exchange/package/TeamFork.h"
#include "session/DocumentSession.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QUndoStack>

namespace duibiao {

void MainWindow::addImportActions(QMenu* file)
{
    // Default dialogs, unless a test put its own in place.
    if (!askImportPath) {
        askImportPath = [this] {
            return QFileDialog::getOpenFileName(this, tr("Import package"), QString(),
                                                tr("ZIP packages (*.zip)"));
        };
    }
    if (!askImportChoices) {
        askImportChoices = [](ImportPackageDialog& dialog) {
            return dialog.exec() == QDialog::Accepted;
        };
    }
    if (!askTeamCopyPath) {
        askTeamCopyPath = [this] {
            QString path = QFileDialog::getSaveFileName(this, tr("Copy for team member"),
                                                        tr("team-member.duibiao"),
                                                        tr("Duibiao documents (*.duibiao)"));
            if (!path.isEmpty() && !path.endsWith(QLatin1String(".duibiao")))
                path += QStringLiteral(".duibiao");
            return path;
        };
    }
    if (!askYesNo) {
        askYesNo = [this](const QString& title, const QString& question) {
            return QMessageBox::question(this, title, question) == QMessageBox::Yes;
        };
    }

    QAction* import = file->addAction(tr("&Import Package…"), this, [this] {
        if (!m_session)
            return;
        const QString path = askImportPath();
        if (!path.isEmpty())
            importPackage(path);
    });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    import->setObjectName(QStringLiteral("importPackageAction"));
    import->setEnabled(m_session != nullptr);

    QAction* copy = file->addAction(tr("Copy for Team &Member…"), this, [this] {
        if (!m_session)
            return;
        const QString path = askTeamCopyPath();
        if (!path.isEmpty())
            copyForTeamMember(path);
    });
    copy->setObjectName(QStringLiteral("copyForTeamAction"));
    copy->setEnabled(m_session != nullptr);

    QAction* findings = file->addAction(tr("Rectify the Panel's &Findings…"), this,
                                        [this] { rectifyPanelFindings(); });
    findings->setObjectName(QStringLiteral("rectifyFindingsAction"));
    findings->setEnabled(m_session != nullptr);
}

bool MainWindow::importPackage(const QString& packagePath)
{
    if (!m_session)
        return false;
    const QString title = tr("Import package");
    // Text typed but not yet saved (editors save when they lose focus) is in the plan's
    // "here" side, not lost under the import.
    if (QWidget* focused = QApplication::focusWidget())
        focused->clearFocus();
    Result<std::unique_ptr<PackageImport>> prepared =
        PackageImport::prepare(m_session->document(), packagePath);
    if (!prepared) {
        showError(title, tr("%1 cannot be imported; nothing was changed.\n\n%2")
                             .arg(QFileInfo(packagePath).fileName(), prepared.error().message));
        return false;
    }
    PackageImport& import = **prepared;
    const bool opinions = import.manifest().kind == CheckedManifest::Kind::Opinions;
    // The panel holds the submitted assessment; only its opinions may come in on top.
    if (m_session->assessment().status == AssessmentStatus::Submitted && !opinions) {
        showError(title, tr("The assessment was submitted, so this package is not imported. "
                            "Reopen it first: File → Reopen Assessment…"));
        return false;
    }

    ImportPackageDialog dialog(import, m_session->language(), this);
    if (!askImportChoices(dialog))
        return false;
    if (import.plan().isEmpty()) {
        showInformation(title, tr("Nothing to import: this document already holds everything "
                                  "in the package."));
        return true;
    }

    QProgressDialog progress(tr("Importing the package…"), tr("Cancel"), 0, 1000, this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    std::atomic_bool cancel = false;
    connect(&progress, &QProgressDialog::canceled, &progress, [&cancel] { cancel = true; });
    PackageImport::Options options;
    options.cancel = &cancel;
    // Per mille of the evidence bytes; a modal dialog's setValue() processes events, so
    // Cancel is seen while the evidence streams in.
    options.progress = [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
    };
    const Status applied = import.apply(options);
    progress.reset();
    if (!applied) {
        showError(title, tr("The package was not imported; the document is as it was.\n\n%1")
                             .arg(applied.error().message));
        return false;
    }

    // An import is undone through its backup; nothing from before it can be undone into
    // the merged document.
    m_session->undoStack()->clear();
    m_session->notify(DocumentSession::Everything);
    const MergePlan& plan = import.plan();
    statusBar()->showMessage(tr("Imported %1.").arg(QFileInfo(packagePath).fileName()), 10000);
    showInformation(title, tr("%1 was imported: %2 added, %3 changed, %4 removed, %5 conflict(s) "
                              "settled.\n\nA backup was taken first; File → Restore from "
                              "Backup undoes the import.")
                               .arg(QFileInfo(packagePath).fileName())
                               .arg(plan.count(ChangeKind::Add))
                               .arg(plan.count(ChangeKind::Update))
                               .arg(plan.count(ChangeKind::Remove))
                               .arg(plan.conflictCount()));
    if (opinions &&
        askYesNo(tr("Rectify the panel's findings"),
                 tr("Make a phase-4 rectification item for each requirement the panel rated not "
                    "met or largely met?")))
        rectifyPanelFindings();
    return true;
}

bool MainWindow::copyForTeamMember(const QString& targetPath)
{
    if (!m_session)
        return false;
    if (QWidget* focused = QApplication::focusWidget())
        focused->clearFocus();
    const QString title = tr("Copy for team member");
    if (QFileInfo::exists(targetPath)) {
        showError(title, tr("%1 already exists; choose another name.").arg(targetPath));
        return false;
    }
    if (Status status = forkForTeamMember(m_session->document(), targetPath); !status) {
        showError(title, status.error().message);
        return false;
    }
    showInformation(title, tr("%1 was written.\n\nSend this file to the member; they export a "
                              "team package with File → Export for Team Member…; import it "
                              "here with File → Import Package….")
                               .arg(QFileInfo(targetPath).fileName()));
    return true;
}

bool MainWindow::rectifyPanelFindings()
{
    if (!m_session)
        return false;
    const QString title = tr("Rectify the panel's findings");
    DocumentSession& session = *m_session;
    Result<QVector<ReviewOpinion>> opinions =
        session.document().reviewOpinions().all(session.assessmentId());
    if (!opinions) {
        showError(title, opinions.error().message);
        return false;
    }
    Result<QVector<RectificationItem>> existing =
        session.document().rectification().all(session.assessmentId());
    if (!existing) {
        showError(title, existing.error().message);
        return false;
    }
    Result<QVector<RectificationItem>> items =
        itemsFromOpinions(*opinions, *existing, session.framework(), session.assessment().phases);
    if (!items) {
        showError(title, items.error().message);
        return false;
    }
    if (items->isEmpty()) {
        showInformation(title, opinions->isEmpty()
                                   ? tr("There are no opinions of the review panel yet: import "
                                        "them with File → Import Package….")
                                   : tr("There is nothing new to rectify: the panel rated no "
                                        "requirement not met or largely met, or each finding "
                                        "already has its rectification item."));
        return false;
    }
    if (session.assessment().status == AssessmentStatus::Submitted) {
        if (!askYesNo(title, tr("The assessment was submitted. Reopen it to add the "
                                "rectification items? The reopening is recorded in the "
                                "history.")))
            return false;
        if (!reopenAssessment(tr("rectification after the panel's review")))
            return false;
    }
    const int count = int(items->size());
    if (Status status = session.apply(std::make_unique<AddFindingItemsCommand>(session, *items));
        !status) {
        showError(title, status.error().message);
        return false;
    }
    statusBar()->showMessage(
        tr("%n rectification item(s) made from the panel's findings.", nullptr, count), 10000);
    return true;
}

} // namespace duibiao
