// The main window and a damaged document (issue 7): the full integrity check after
// start-up finds damage, the document stops writing and the banner offers the newest good
// backup, which replaces the file while the damaged one is kept.

#include "TestSupport.h"

#include "MainWindow.h"
#include "session/DocumentSession.h"
#include "settings/LanguageManager.h"
#include "storage/BackupSet.h"
#include "storage/ConsistencyCheck.h"
#include "widgets/DocumentBanner.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest/QTest>

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
        {QStringLiteral("test.duibiao.damaged-????????-??????")}, QDir::Files);
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
