// MainWindow's Framework menu (Edit Framework…, Versions…), kept apart from the window's
// layout: the dialogs themselves live in ui/frameworks.

#include "MainWindow.h"

#include "frameworks/FrameworkEditorDialog.h"
#include "frameworks/FrameworkVersionsDialog.h"
#include "session/DocumentSession.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace duibiao {

void MainWindow::addFrameworkMenu()
{
    if (!runFrameworkEditor) {
        runFrameworkEditor = [](FrameworkEditorDialog& editor) {
            return editor.exec() == QDialog::Accepted;
        };
    }
    if (!runFrameworkVersions)
        runFrameworkVersions = [](FrameworkVersionsDialog& versions) {
            versions.exec();
        };

    QMenu* menu = menuBar()->addMenu(tr("F&ramework"));
    menu->setObjectName(QStringLiteral("frameworkMenu"));
    QAction* edit = menu->addAction(tr("&Edit Framework…"), this, [this] {
        if (!m_session)
            return;
        FrameworkEditorDialog editor(*m_session, m_session->framework(), this);
        if (runFrameworkEditor(editor))
            statusBar()->showMessage(
                tr("Framework %1@%2 stored. Framework → Versions… moves the assessment to it.")
                    .arg(editor.draft().code, editor.savedVersion()),
                8000);
    });
    edit->setObjectName(QStringLiteral("editFrameworkAction"));
    edit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    edit->setStatusTip(tr("Edit the assessment's framework: titles, texts, evidence, weights, "
                          "rules; saving stores a new version"));
    edit->setEnabled(m_session != nullptr);

    QAction* versions = menu->addAction(tr("&Versions…"), this, [this] {
        if (!m_session)
            return;
        FrameworkVersionsDialog dialog(*m_session, this);
        runFrameworkVersions(dialog);
    });
    versions->setObjectName(QStringLiteral("frameworkVersionsAction"));
    versions->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    versions->setStatusTip(tr("The framework versions in the document and their differences; "
                              "import, export, and move the assessment to another version"));
    versions->setEnabled(m_session != nullptr);
}

} // namespace duibiao
