// Takes a screenshot of every page of the main window on the small demo document, in
// Chinese and in English, for docs/screenshots and the README.
//
//   duibiao_screenshots OUTPUT_FOLDER      (run under xvfb-run for the xcb platform,
//                                           or with QT_QPA_PLATFORM=offscreen)

#include "MainWindow.h"
#include "demo/DemoBuilder.h"
#include "dialogs/ImportPackageDialog.h"
#include "exchange/package/PackageExporter.h"
#include "exchange/panel/PanelDocument.h"
#include "frameworks/FrameworkEditorDialog.h"
#include "frameworks/FrameworkVersionsDialog.h"
#include "session/DocumentSession.h"
#include "settings/LanguageManager.h"
#include "storage/DocumentSetup.h"
#include "util/Clock.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest/QTest>

#include <cstdio>

using namespace duibiao;

int main(int argc, char* argv[])
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DuibiaoScreenshots"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUIBIAO_VERSION));
    const QString out = application.arguments().value(1, QStringLiteral("screenshots"));
    QDir().mkpath(out);

    const QString path = home.filePath(QStringLiteral("示例大学.duibiao"));
    {
        NewDocumentSpec spec;
        spec.institution = {QStringLiteral("示例大学"),
                            QStringLiteral("示例大学关心下一代工作委员会"),
                            QStringLiteral("第二活动片区")};
        spec.assessment.title = QStringLiteral("示例大学关工委优质化建设自我评估");
        spec.assessment.year = 2020;
        Document::Options options;
        options.userName = QStringLiteral("demo");
        auto document = createDocument(path, spec, options);
        if (!document || !DemoBuilder::build(**document, DemoBuilder::Size::Small)) {
            std::fprintf(stderr, "could not build the demo document\n");
            return 2;
        }
    }

    // A regional panel's document holding two institutions' submissions, and an empty
    // document to preview an import into.
    const QString package = home.filePath(QStringLiteral("示例大学-submission.zip"));
    const QString otherPackage = home.filePath(QStringLiteral("示例学院-submission.zip"));
    const QString panelPath = home.filePath(QStringLiteral("示例片区评议组.duibiao"));
    {
        Document::Options options;
        options.access = Document::Access::ReadOnly;
        auto document = Document::open(path, options);
        PackageExportOptions exportOptions;
        exportOptions.freeze = false;
        exportOptions.today = QDate(2020, 11, 20);
        if (!document || !PackageExporter::exportPackage(**document, package, exportOptions))
            return 2;
        const QString otherPath = home.filePath(QStringLiteral("示例学院.duibiao"));
        NewDocumentSpec spec = defaultDocumentSpec();
        spec.institution = {QStringLiteral("示例学院"), QStringLiteral("示例学院关工委"),
                            QStringLiteral("第二活动片区")};
        auto other = createDocument(otherPath, spec, {});
        if (!other || !DemoBuilder::build(**other, DemoBuilder::Size::Small))
            return 2;
        const qint64 assessment = (*other)->assessments().current()->id;
        for (const char* code : {"T5", "P1", "O2", "E3"})
            (void)(*other)->ratings().setRating(assessment, QLatin1String(code), Rating::Met,
                                                std::nullopt, QStringLiteral("复核后达标"));
        if (!PackageExporter::exportPackage(**other, otherPackage, exportOptions))
            return 2;
        auto panel = createPanelDocument(panelPath, QStringLiteral("第二活动片区评议组"),
                                         QStringLiteral("第二活动片区"), {});
        if (!panel)
            return 2;
        auto first = addSubmission(**panel, package);
        if (!first || !addSubmission(**panel, otherPackage))
            return 2;
        (void)(*panel)->submissions().setOpinion(
            {*first,
             QStringLiteral("T5"),
             Rating::NotMet,
             QStringLiteral("双负责人平台覆盖不足，需在第四阶段补齐"),
             {},
             {}});
    }

    // The demo's phases are in 2020; screenshots show it as of the self-evaluation phase.
    FixedClock clock(QDate(2020, 11, 20));
    const char* names[] = {"overview",      "checklist", "units", "gaps",
                           "rectification", "reports",   "panel", "history"};
    for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        QSettings().clear();
        Preferences preferences = Preferences::load();
        preferences.language = language;
        preferences.userName = QStringLiteral("demo");
        preferences.save();
        LanguageManager::apply(language);
        MainWindow window;
        window.setClock(&clock);
        window.resize(1280, 800);
        window.show();
        if (!window.openDocument(path))
            return 2;
        for (int id = 0; id < MainWindow::PageCount; ++id) {
            window.showPage(id);
            if (id == MainWindow::ChecklistPageId)
                window.showRequirement(QStringLiteral("T5"));
            QTest::qWait(150);
            const QString file = QDir(out).filePath(QStringLiteral("%1-%2-%3.png")
                                                        .arg(language)
                                                        .arg(id + 1)
                                                        .arg(QLatin1String(names[id])));
            if (!window.grab().save(file)) {
                std::fprintf(stderr, "could not write %s\n", qPrintable(file));
                return 2;
            }
            std::printf("%s\n", qPrintable(file));
        }

        auto save = [&](QWidget& widget, const char* name) {
            const QString file =
                QDir(out).filePath(QStringLiteral("%1-%2.png").arg(language, QLatin1String(name)));
            if (!widget.grab().save(file))
                return false;
            std::printf("%s\n", qPrintable(file));
            return true;
        };
        // The framework editor on an indicator requirement, whose rule lists the units
        // passing it, and the versions of the framework.
        bool editorShot = false;
        window.runFrameworkEditor = [&](FrameworkEditorDialog& editor) {
            editor.selectCode(QStringLiteral("T5"));
            editor.show();
            QTest::qWait(300);
            editorShot = save(editor, "11-framework-editor");
            // A second version to compare: T5 retitled, P5 removed.
            if (auto* title = editor.findChild<QLineEdit*>(QStringLiteral("requirementTitleZh")))
                QTest::keyClicks(title, QStringLiteral(" (2024)"));
            editor.selectCode(QStringLiteral("P5"));
            editor.removeSelected();
            return editor.save();
        };
        bool versionsShot = false;
        window.runFrameworkVersions = [&](FrameworkVersionsDialog& versions) {
            versions.selectRows({0, 1});
            versions.show();
            QTest::qWait(300);
            versionsShot = save(versions, "12-framework-versions");
        };
        for (const char* action : {"editFrameworkAction", "frameworkVersionsAction"}) {
            if (QAction* trigger = window.findChild<QAction*>(QLatin1String(action)))
                trigger->trigger();
        }
        if (!editorShot || !versionsShot)
            return 2;
        window.session()->undoStack()->undo(); // the other language starts from 2019.1 alone
        window.closeDocument();
        if (!window.openDocument(panelPath))
            return 2;
        window.showPage(MainWindow::PanelPageId);
        QTest::qWait(300);
        if (!save(window, "9-panel-document"))
            return 2;
        window.closeDocument();

        const QString emptyPath = home.filePath(QStringLiteral("empty-%1.duibiao").arg(language));
        if (!createDocument(emptyPath, defaultDocumentSpec(), {}))
            return 2;
        if (!window.openDocument(emptyPath))
            return 2;
        bool saved = false;
        window.askImportChoices = [&](ImportPackageDialog& dialog) {
            dialog.resize(1200, 700);
            dialog.show();
            QTest::qWait(300);
            saved = save(dialog, "10-import-preview");
            return false;
        };
        window.importPackage(package);
        if (!saved)
            return 2;
        window.closeDocument();
    }
    return 0;
}
