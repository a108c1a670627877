// The main window and a damaged document (issue 7): the full integrity check after
// start-up finds damage, the document stops writing and the banner offers the newest good
// backup, which replaces the file while the damaged one is kept. Evidence viewing: programs
// are never opened, names are safe, copies are removed.

#include "TestSupport.h"

#include "MainWindow.h"
#include "session/DocumentSession.h"
#include "settings/LanguageManager.h"
#include "storage/BackupSet.h"
#include "storage/ConsistencyCheck.h"
#include "util/EvidenceViewer.h"
#include "widgets/DocumentBanner.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest/QTest>

#include <cerrno>
#include <csignal>

using namespace duibiao;
using namespace duibiao::test;

namespace {

// Overwrites the start of a table's first page, as a failing disk would.
void damageTable(const QString& path, const QString& table)
{
    qint64 page = 0;
    qint64 pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("d"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(
            QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(table)));
        REQUIRE(query.next());
        page = query.value(0).toLongLong();
        REQUIRE(query.exec(QStringLiteral("PRAGMA page_size")));
        REQUIRE(query.next());
        pageSize = query.value(0).toLongLong();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("d"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((page - 1) * pageSize));
    REQUIRE(file.write(QByteArray(64, char(0x5a))) == 64);
}

} // namespace

TEST_CASE("a document found damaged after start-up turns read-only and offers a good backup")
{
    QSettings().clear();
    LanguageManager::apply(QStringLiteral("en"));
    TempDocument doc;
    const qint64 assessment = doc.assessmentId();
    const QString scan = doc.dir() + QStringLiteral("/scan.bin");
    writeFile(scan, QByteArray(2 * 1024 * 1024, 's'));
    REQUIRE_OK(doc->evidence().addFile(assessment, QStringLiteral("L1"), scan));
    // A good backup from before the damage.
    REQUIRE_OK(BackupSet(doc.path()).take(*doc, QStringLiteral("daily")));
    doc.close();
    damageTable(doc.path(), QStringLiteral("evidence_chunks"));
    const QString damagedSha = sha256OfFile(doc.path());

    FixedClock clock{QDate(2020, 11, 20)};
    MainWindow window;
    QStringList errors;
    window.showError = [&errors](const QString&, const QString& message) {
        errors.append(message);
    };
    window.setClock(&clock);
    window.integrityCheckDelayMs = 0;
    window.show();
    REQUIRE(window.openDocument(doc.path()));
    auto* banner = window.findChild<DocumentBanner*>(QStringLiteral("documentBanner"));
    REQUIRE(banner);
    // The damage is in the evidence bytes: opening did not see it, the full check does.
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
    CHECK(banner->text().contains(QStringLiteral("This document is damaged")));
    CHECK(window.session()->document().isReadOnly());
    Status write = window.session()->document().ratings().setRating(
        assessment, QStringLiteral("L2"), Rating::Met, std::nullopt, {});
    CHECK_FALSE(write.ok());

    auto* restore = banner->findChild<QPushButton*>(QStringLiteral("openGoodBackupButton"));
    REQUIRE(restore);
    REQUIRE(restore->isVisible());
    restore->click();
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(window.session());
    CHECK_FALSE(window.session()->document().isReadOnly());
    // The damaged file was kept beside, byte for byte (with its write-ahead log).
    const QStringList kept = QDir(doc.dir()).entryList(
        {QStringLiteral("test.duibiao.damaged-") + QString(8, QLatin1Char('?')) + QLatin1Char('-') +
         QString(6, QLatin1Char('?'))},
        QDir::Files);
    REQUIRE(kept.size() == 1);
    CHECK(sha256OfFile(QDir(doc.dir()).filePath(kept.first())) == damagedSha);
    // The document is the backup now: sound, with the evidence of before the damage.
    auto problems = ConsistencyCheck::quickCheckFile(doc.path());
    REQUIRE_OK(problems);
    CHECK(problems->isEmpty());
    auto evidence = window.session()->document().evidence().list(assessment);
    REQUIRE_OK(evidence);
    CHECK(evidence->size() == 1);
    auto* newBanner = window.findChild<DocumentBanner*>(QStringLiteral("documentBanner"));
    REQUIRE(newBanner);
    CHECK_FALSE(newBanner->isVisible());
}

TEST_CASE("a document damaged where opening checks opens read-only with the banner at once")
{
    QSettings().clear();
    LanguageManager::apply(QStringLiteral("en"));
    TempDocument doc;
    doc.close();
    // A table the window does not read at start, so the window can still show the rest.
    damageTable(doc.path(), QStringLiteral("submissions"));
    const QString before = sha256OfFile(doc.path());

    FixedClock clock{QDate(2020, 11, 20)};
    MainWindow window;
    QStringList errors;
    window.showError = [&errors](const QString&, const QString& message) {
        errors.append(message);
    };
    window.setClock(&clock);
    window.integrityCheckDelayMs = 0;
    window.show();
    REQUIRE(window.openDocument(doc.path()));
    auto* banner = window.findChild<DocumentBanner*>(QStringLiteral("documentBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible()); // no waiting: found while opening
    CHECK(banner->text().contains(QStringLiteral("This document is damaged")));
    CHECK(window.session()->document().isReadOnly());
    // No backup exists, so none is offered; and the damaged file was not backed up.
    CHECK_FALSE(
        banner->findChild<QPushButton*>(QStringLiteral("openGoodBackupButton"))->isVisible());
    auto backups = BackupSet(doc.path()).list(false);
    REQUIRE_OK(backups);
    CHECK(backups->isEmpty());
    window.closeDocument();
    CHECK(sha256OfFile(doc.path()) == before);
}

TEST_CASE("the banner of a read-only document gives the reason and offers only a copy")
{
    DocumentBanner banner;
    banner.show();
    banner.showReadOnly(
        QStringLiteral("test.duibiao was opened read-only: its folder is read-only."));
    CHECK(banner.text().contains(QStringLiteral("its folder is read-only")));
    CHECK_FALSE(
        banner.findChild<QPushButton*>(QStringLiteral("openGoodBackupButton"))->isVisible());
    CHECK(banner.findChild<QPushButton*>(QStringLiteral("bannerSaveCopyButton"))->isVisible());
}

namespace {

struct ViewerCase
{
    TempDocument doc;
    EvidenceViewer viewer;
    QStringList opened;
    QStringList prompts;
    QString saveTo; // what the "Save a copy…" prompt answers

    ViewerCase()
    {
        viewer.setOpener([this](const QUrl& url) {
            opened.append(url.toLocalFile());
            return true;
        });
        viewer.setCopyPathPrompt([this](const Evidence&, const QString& why) {
            prompts.append(why);
            return saveTo;
        });
    }

    Evidence add(const QString& name, const QByteArray& bytes)
    {
        const QString file = QDir(doc.dir()).filePath(QStringLiteral("source.bin"));
        writeFile(file, bytes);
        Evidence info;
        info.name = name;
        info.requirementCode = QStringLiteral("L1");
        QFile source(file);
        REQUIRE(source.open(QIODevice::ReadOnly));
        auto id = doc->evidence().add(doc.assessmentId(), info, source);
        REQUIRE_OK(id);
        auto stored = doc->evidence().get(*id);
        REQUIRE_OK(stored);
        return *stored;
    }
};

const QByteArray elf = QByteArray("\x7f"
                                  "ELF\x02\x01\x01",
                                  7) +
                       QByteArray(300, '\0');

} // namespace

TEST_CASE("evidence viewing: programs and scripts are never opened, only saved")
{
    ViewerCase c;
    QString name;
    QByteArray bytes;
    SECTION("an executable disguised as a report")
    {
        name = QStringLiteral("报告.pdf");
        bytes = elf;
    }
    SECTION("a desktop launcher")
    {
        name = QStringLiteral("说明.txt");
        bytes = "[Desktop Entry]\nType=Application\nExec=rm -rf ~\nName=x\n";
    }
    SECTION("a shell script by its name")
    {
        name = QStringLiteral("install.sh");
        bytes = "echo hello\n";
    }
    SECTION("a Windows program by its name")
    {
        name = QStringLiteral("setup.exe");
        bytes = "just bytes";
    }
    const Evidence evidence = c.add(name, bytes);
    auto result = c.viewer.open(*c.doc, evidence);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.contains(QStringLiteral("never opens")));
    CHECK(c.opened.isEmpty());
    REQUIRE(c.prompts.size() == 1);

    // Saving a copy is what is offered; the bytes arrive unchanged.
    c.saveTo = QDir(c.doc.dir()).filePath(QStringLiteral("saved-copy"));
    result = c.viewer.open(*c.doc, evidence);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.contains(c.saveTo));
    CHECK(c.opened.isEmpty());
    CHECK(readFile(c.saveTo) == bytes);
}

TEST_CASE("evidence viewing: a document is opened from a copy that goes with the viewer")
{
    QString folder;
    {
        ViewerCase c;
        const Evidence evidence =
            c.add(QStringLiteral("../会议\u202Eflp.pdf"), QByteArray("%PDF-1.4\n%%EOF\n"));
        auto result = c.viewer.open(*c.doc, evidence);
        REQUIRE_OK(result);
        REQUIRE(c.opened.size() == 1);
        CHECK(c.prompts.isEmpty());
        const QFileInfo copy(c.opened.first());
        CHECK(copy.fileName() == QStringLiteral("会议_flp.pdf"));
        // Read-only (changes in a viewer would not reach the document), never executable.
        // The file's mode bits (the "User" flags say what this user may, and root may all).
        const QFile::Permissions bits = copy.permissions();
        CHECK_FALSE(bits & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
        CHECK_FALSE(bits & (QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther));
        folder = copy.absoluteDir().absolutePath();
        CHECK(QFileInfo::exists(folder));
    }
    CHECK_FALSE(QFileInfo::exists(folder));
}

TEST_CASE("evidence viewing: copies left by a process that is gone are removed at start")
{
    // A process id that is not running: the first one kill() says does not exist.
    qint64 gone = 4000000;
    while (::kill(pid_t(gone), 0) == 0 || errno != ESRCH)
        ++gone;
    const QString dead =
        QDir::temp().filePath(QStringLiteral("duibiao-evidence-%1-testAB").arg(gone));
    const QString alive = QDir::temp().filePath(
        QStringLiteral("duibiao-evidence-%1-testCD").arg(QCoreApplication::applicationPid()));
    for (const QString& folder : {dead, alive}) {
        REQUIRE(QDir().mkpath(folder));
        writeFile(folder + QStringLiteral("/copy.pdf"), "x");
        QFile::setPermissions(folder + QStringLiteral("/copy.pdf"), QFile::ReadOwner);
    }
    CHECK(EvidenceViewer::removeLeftoverCopies() >= 1);
    CHECK_FALSE(QFileInfo::exists(dead));
    CHECK(QFileInfo::exists(alive));
    QDir(alive).removeRecursively();
}
