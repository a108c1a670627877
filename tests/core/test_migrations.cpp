// Schema migrations: a frozen version-1 document (tests/data/schema-v1.sql) climbs the
// ladder to the current schema with its data, a backup is taken first, a failing step
// rolls back alone, and the ladder's first step still builds exactly the frozen schema.

#include "TestSupport.h"

#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace duibiao;
using namespace duibiao::test;

namespace {

// Builds a document from frozen SQL with the sqlite3 shell, as an old app would have left it.
QString buildFromFrozenSql(const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    QProcess sqlite;
    sqlite.setStandardInputFile(testData(QStringLiteral("schema-v1.sql")));
    sqlite.start(QStringLiteral("sqlite3"), {path});
    REQUIRE(sqlite.waitForFinished(30000));
    INFO(sqlite.readAllStandardError().toStdString());
    REQUIRE(sqlite.exitCode() == 0);
    return path;
}

// name → SQL of every table and index, for comparing schemas.
QMap<QString, QString> schemaOf(const QString& path)
{
    const QString connection = QStringLiteral("schema-%1").arg(qHash(path));
    QMap<QString, QString> schema;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(
            QStringLiteral("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL")));
        while (query.next())
            schema.insert(query.value(0).toString(), query.value(1).toString().simplified());
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return schema;
}

int userVersion(const QString& path)
{
    const QString connection = QStringLiteral("version-%1").arg(qHash(path));
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
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

void execOn(const QString& path, const QString& sql)
{
    const QString connection = QStringLiteral("exec-%1").arg(qHash(path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        INFO(sql.toStdString());
        REQUIRE(query.exec(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace

TEST_CASE("the frozen version-1 document is what the first migration step builds")
{
    QTemporaryDir dir;
    const QString frozen = buildFromFrozenSql(dir, QStringLiteral("frozen.duibiao"));
    REQUIRE(userVersion(frozen) == 1);

    // A fresh database taken up to version 1 only.
    const QString stepOne = dir.filePath(QStringLiteral("step1.duibiao"));
    {
        Database db;
        REQUIRE_OK(db.open(stepOne, Database::Mode::ReadWrite));
        REQUIRE_OK(Schema::migrateTo(db, 1));
    }
    CHECK(schemaOf(stepOne) == schemaOf(frozen));
}

TEST_CASE("a version-1 document is upgraded with its data, after a backup")
{
    QTemporaryDir dir;
    const QString path = buildFromFrozenSql(dir, QStringLiteral("old.duibiao"));
    const QString before = sha256OfFile(path);

    Document::Options options;
    options.userName = QStringLiteral("tester");
    auto opened = Document::open(path, options);
    REQUIRE_OK(opened);
    Document& doc = **opened;

    // The backup is the old file, consistent and still at version 1.
    const QString backup = doc.migrationBackupPath();
    REQUIRE_FALSE(backup.isEmpty());
    REQUIRE(QFileInfo::exists(backup));
    CHECK(userVersion(backup) == 1);

    auto assessment = doc.assessments().current();
    REQUIRE_OK(assessment);
    auto t5 = doc.ratings().get(assessment->id, QStringLiteral("T5"));
    REQUIRE_OK(t5);
    CHECK(t5->rating == Rating::LargelyMet);
    CHECK(t5->narrative == QStringLiteral("T5 自评情况"));
    CHECK_FALSE(t5->ratingBeforeRectification.has_value());

    auto items = doc.rectification().all(assessment->id);
    REQUIRE_OK(items);
    REQUIRE(items->size() == 2);
    CHECK(items->at(0).progress == 0);
    CHECK(items->at(1).status == RectificationStatus::Done);
    CHECK(items->at(1).progress == 100); // done items count as complete after the upgrade

    auto evidence = doc.evidence().list(assessment->id);
    REQUIRE_OK(evidence);
    REQUIRE(evidence->size() == 1);
    auto sha = doc.evidence().computeSha256(evidence->first().id);
    REQUIRE_OK(sha);
    CHECK(*sha == evidence->first().sha256);

    auto opinions = doc.reviewOpinions().all(assessment->id);
    REQUIRE_OK(opinions); // the table added by version 2 exists
    CHECK(opinions->isEmpty());

    opened->reset();
    CHECK(userVersion(path) == Schema::currentVersion());
    CHECK(sha256OfFile(path) != before);

    // Upgraded and new documents end with the very same schema.
    TempDocument fresh;
    fresh.close();
    CHECK(schemaOf(path) == schemaOf(fresh.path()));
}

TEST_CASE("reading a version-1 document upgrades a temporary copy and leaves the file alone")
{
    QTemporaryDir dir;
    const QString path = buildFromFrozenSql(dir, QStringLiteral("old.duibiao"));
    const QString before = sha256OfFile(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
    {
        Document::Options options;
        options.access = Document::Access::ReadOnly;
        auto opened = Document::open(path, options);
        REQUIRE_OK(opened);
        auto opinions = (*opened)->reviewOpinions().all(1);
        REQUIRE_OK(opinions);
        CHECK((*opened)->migrationBackupPath().isEmpty());
    }
    CHECK(sha256OfFile(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == filesBefore);
}

TEST_CASE("a migration step that fails rolls back and leaves the document at its version")
{
    QTemporaryDir dir;
    const QString path = buildFromFrozenSql(dir, QStringLiteral("old.duibiao"));
    // Something in the way of step 2: a table with the name it creates.
    execOn(path, QStringLiteral("CREATE TABLE review_opinions (x)"));

    // Opening refuses such a file before migrating (SchemaGuard); the ladder itself is
    // run directly here to see the failing step roll back.
    auto opened = Document::open(path, {});
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("unexpected table “review_opinions”")));
    {
        Database db;
        REQUIRE_OK(db.open(path, Database::Mode::ReadWrite));
        Status migrated = Schema::migrate(db);
        REQUIRE_FALSE(migrated.ok());
        CHECK(migrated.error().message.contains(QStringLiteral("schema 2")));
    }
    CHECK(userVersion(path) == 1);
    // None of step 2's changes survived: the progress column was never added.
    const QMap<QString, QString> schema = schemaOf(path);
    CHECK_FALSE(schema.value(QStringLiteral("rectification_items"))
                    .contains(QStringLiteral("progress INTEGER")));
    CHECK(schema.value(QStringLiteral("review_opinions")) ==
          QStringLiteral("CREATE TABLE review_opinions (x)"));
}
