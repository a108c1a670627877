// Integrity on open and backups before risky operations (issue 7): a damaged document
// opens read-only with what is wrong, the full check finds damage in the large tables,
// the newest good backup is found, and the copy taken before an upgrade joins the
// rolling backup set.

#include "TestSupport.h"

#include "storage/BackupSet.h"
#include "storage/ConsistencyCheck.h"
#include "storage/DocumentFile.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace duibiao;
using namespace duibiao::test;

namespace {

// The first page of a table, as SQLite's schema says, and the page size.
std::pair<qint64, qint64> rootPageOf(const QString& path, const QString& table)
{
    const QString connection = QStringLiteral("root-page");
    std::pair<qint64, qint64> result{0, 0};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(
            QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(table)));
        REQUIRE(query.next());
        result.first = query.value(0).toLongLong();
        REQUIRE(query.exec(QStringLiteral("PRAGMA page_size")));
        REQUIRE(query.next());
        result.second = query.value(0).toLongLong();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

// Overwrites the start of a table's first page, as a failing disk would: the b-tree page
// header and cell pointers become nonsense. The rest of the file stays as it was.
void damageTable(const QString& path, const QString& table)
{
    const auto [page, pageSize] = rootPageOf(path, table);
    REQUIRE(page > 1);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((page - 1) * pageSize));
    REQUIRE(file.write(QByteArray(64, char(0x5a))) == 64);
}

int userVersionOf(const QString& path)
{
    const QString connection = QStringLiteral("user-version");
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(query.next());
        version = query.value(0).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return version;
}

QString buildVersionOne(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("old.duibiao"));
    QProcess sqlite;
    sqlite.setStandardInputFile(testData(QStringLiteral("schema-v1.sql")));
    sqlite.start(QStringLiteral("sqlite3"), {path});
    REQUIRE(sqlite.waitForFinished(30000));
    REQUIRE(sqlite.exitCode() == 0);
    return path;
}

} // namespace

TEST_CASE("integrity: a document damaged in its small tables opens read-only, untouched")
{
    TempDocument doc;
    const qint64 assessment = doc.assessmentId();
    REQUIRE_OK(
        doc->ratings().setRating(assessment, QStringLiteral("L1"), Rating::Met, std::nullopt, {}));
    doc.close();
    damageTable(doc.path(), QStringLiteral("rectification_items"));
    const QString before = sha256OfFile(doc.path());

    Document::Options options;
    auto opened = Document::open(doc.path(), options);
    REQUIRE_OK(opened);
    Document& document = **opened;
    CHECK(document.isReadOnly());
    CHECK_FALSE(document.damage().isEmpty());
    CHECK(document.readOnlyReason().contains(QStringLiteral("damaged")));
    // Writes are refused, with the file named.
    Status write = document.ratings().setRating(assessment, QStringLiteral("L2"), Rating::Met,
                                                std::nullopt, {});
    REQUIRE_FALSE(write.ok());
    CHECK(write.error().message.contains(doc.path()));
    opened->reset();
    CHECK(sha256OfFile(doc.path()) == before);
    CHECK_FALSE(QFile::exists(DocumentFile::lockPath(doc.path())));
}

TEST_CASE("integrity: damage in the evidence bytes is found by the full check, not at open")
{
    TempDocument doc;
    const qint64 assessment = doc.assessmentId();
    const QString file = doc.dir() + QStringLiteral("/scan.bin");
    writeFile(file, QByteArray(3 * 1024 * 1024, 'e'));
    REQUIRE_OK(doc->evidence().addFile(doc.assessmentId(), QStringLiteral("L1"), file));
    doc.close();
    damageTable(doc.path(), QStringLiteral("evidence_chunks"));

    // The check at open leaves the evidence bytes alone (they may be 300 MB) …
    auto opened = Document::open(doc.path(), {});
    REQUIRE_OK(opened);
    Document& document = **opened;
    CHECK_FALSE(document.isReadOnly());
    CHECK(document.damage().isEmpty());
    // … the full check, on a connection of its own while the document is open, finds it.
    auto problems = ConsistencyCheck::quickCheckFile(doc.path());
    REQUIRE_OK(problems);
    REQUIRE_FALSE(problems->isEmpty());
    // From then on the document does not write.
    REQUIRE_OK(document.markDamaged(problems->join(QLatin1Char('\n'))));
    CHECK(document.isReadOnly());
    CHECK(document.readOnlyReason().contains(QStringLiteral("damaged")));
    Status write = document.ratings().setRating(assessment, QStringLiteral("L2"), Rating::Met,
                                                std::nullopt, {});
    REQUIRE_FALSE(write.ok());
    CHECK(write.error().message.contains(QStringLiteral("read-only")));
}

TEST_CASE("integrity: a cancelled full check is an error, not damage")
{
    TempDocument doc;
    std::atomic_bool cancel{true};
    auto problems = ConsistencyCheck::quickCheckFile(doc.path(), &cancel);
    CHECK_FALSE(problems.ok());
    cancel = false;
    auto sound = ConsistencyCheck::quickCheckFile(doc.path(), &cancel);
    REQUIRE_OK(sound);
    CHECK(sound->isEmpty());
}

TEST_CASE("backups: the newest good backup skips a damaged one")
{
    TempDocument doc;
    QTemporaryDir root;
    BackupSet backups(doc.path(), root.path());
    auto good = backups.take(*doc, QStringLiteral("daily"));
    REQUIRE_OK(good);
    doc.clock.set(doc.clock.now().addSecs(60));
    auto newer = backups.take(*doc, QStringLiteral("restore"));
    REQUIRE_OK(newer);
    auto newest = backups.newestGood();
    REQUIRE_OK(newest);
    CHECK(*newest == newer->path);

    damageTable(newer->path, QStringLiteral("requirement_assessments"));
    newest = backups.newestGood();
    REQUIRE_OK(newest);
    CHECK(*newest == good->path);
    // Checking leaves nothing beside the copies.
    CHECK(QDir(backups.folder()).entryList(QDir::Files).size() == 2);
}

TEST_CASE("backups: takeBefore keeps its description, shown as the reason")
{
    TempDocument doc;
    QTemporaryDir root;
    BackupSet backups(doc.path(), root.path(), 2);
    auto taken = backups.takeBefore(*doc, QStringLiteral("before import of P.zip"));
    REQUIRE_OK(taken);
    CHECK(taken->reason == QStringLiteral("before import of P.zip"));
    auto listed = backups.list(false);
    REQUIRE_OK(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().reason == QStringLiteral("before import of P.zip"));

    // Pruned with its description.
    for (int i = 0; i < 2; ++i) {
        doc.clock.set(doc.clock.now().addSecs(60));
        REQUIRE_OK(backups.take(*doc, QStringLiteral("daily")));
    }
    CHECK_FALSE(QFile::exists(taken->path));
    CHECK_FALSE(QFile::exists(taken->path + QStringLiteral(".reason")));
}

TEST_CASE("backups: the copy before an upgrade joins the backup set")
{
    QTemporaryDir dir;
    QTemporaryDir root;
    const QString path = buildVersionOne(dir);
    Document::Options options;
    options.backupRoot = root.path();
    auto opened = Document::open(path, options);
    REQUIRE_OK(opened);
    const QString backup = (*opened)->migrationBackupPath();
    BackupSet backups(path, root.path());
    CHECK(backup.startsWith(backups.folder()));
    CHECK(userVersionOf(backup) == 1);
    auto listed = backups.list(false);
    REQUIRE_OK(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().reason ==
          QStringLiteral("before upgrade to schema %1").arg(Schema::currentVersion()));
    // Nothing beside the document but the document, its journal and its lock.
    for (const QString& name : QDir(dir.path()).entryList(QDir::Files))
        CHECK_FALSE(name.endsWith(QLatin1String(".bak")));
}

TEST_CASE("backups: when the backup folder cannot be written, the upgrade copy goes beside")
{
    QTemporaryDir dir;
    const QString path = buildVersionOne(dir);
    // A folder below a plain file cannot be made, even by root.
    const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
    writeFile(blocker, "x");
    Document::Options options;
    options.backupRoot = blocker + QStringLiteral("/backups");
    auto opened = Document::open(path, options);
    REQUIRE_OK(opened);
    const QString backup = (*opened)->migrationBackupPath();
    CHECK(QFileInfo(backup).absolutePath() == QFileInfo(path).absolutePath());
    CHECK(backup.endsWith(QLatin1String(".bak")));
    CHECK(userVersionOf(backup) == 1);
}

TEST_CASE("locks: a lock left by a dead process is taken over when its id was reused")
{
    TempDocument doc;
    doc.close();
    // What a crashed holder left behind, naming a process id that now belongs to a live
    // process of the same program name: this one, or another (here: sleep).
    const QString lockPath = DocumentFile::lockPath(doc.path());
    QByteArray leftOver;
    {
        QLockFile lock(lockPath);
        REQUIRE(lock.tryLock(0));
        leftOver = readFile(lockPath);
    }
    QProcess sleeper;
    SECTION("this process's id") {}
    SECTION("no contents: killed right after making the file")
    {
        leftOver.clear();
    }
    SECTION("another live process's id")
    {
        sleeper.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        REQUIRE(sleeper.waitForStarted());
        QList<QByteArray> lines = leftOver.split('\n');
        REQUIRE(lines.size() >= 3);
        lines[0] = QByteArray::number(sleeper.processId());
        lines[1] = "/usr/bin/sleep";
        leftOver = lines.join('\n');
    }
    writeFile(lockPath, leftOver);
    auto opened = Document::open(doc.path(), {});
    sleeper.kill();
    sleeper.waitForFinished();
    REQUIRE_OK(opened);
    // A lock this process really holds still refuses a second writer.
    auto second = Document::open(doc.path(), {});
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().message.contains(QStringLiteral("already open")));
    opened->reset();
    CHECK_FALSE(QFile::exists(lockPath));
}

TEST_CASE("evidence: the recorded type comes from the content, refined by the name")
{
    TempDocument doc;
    const qint64 assessment = doc.assessmentId();
    auto typeOf = [&](const QString& name, const QByteArray& bytes) {
        const QString file = QDir(doc.dir()).filePath(name);
        writeFile(file, bytes);
        auto id = doc->evidence().addFile(assessment, QStringLiteral("L1"), file);
        REQUIRE_OK(id);
        auto stored = doc->evidence().get(*id);
        REQUIRE_OK(stored);
        return stored->mimeType;
    };
    // A program named like a report is recorded as what it is.
    const QByteArray elf = QByteArray("\x7f"
                                      "ELF\x02\x01\x01",
                                      7) +
                           QByteArray(200, '\0');
    CHECK(typeOf(QStringLiteral("报告.pdf"), elf) != QStringLiteral("application/pdf"));
    CHECK(typeOf(QStringLiteral("报告.pdf"), elf).contains(QStringLiteral("executable")));
    // Agreeing name and content: the more precise type.
    CHECK(typeOf(QStringLiteral("名单.csv"), QByteArray("姓名,单位\n某某,学院\n")) ==
          QStringLiteral("text/csv"));
    CHECK(typeOf(QStringLiteral("纪要.pdf"), QByteArray("%PDF-1.4\n%%EOF\n")) ==
          QStringLiteral("application/pdf"));
}
