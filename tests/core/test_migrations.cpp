// Schema migrations: a frozen version-1 document (tests/data/schema-v1.sql) climbs the
// ladder to the current schema with its data, a backup is taken first, a failing step
// rolls back alone, and the ladder's first step still builds exactly the frozen schema.

#include "TestSupport.h"

#include "storage/Schema.h"
#include "storage/SchemaGuard.h"

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

TEST_CASE("a version-3 document migrates to version 4 with every rating row intact")
{
    QTemporaryDir dir;
    const QString path = buildFromFrozenSql(dir, QStringLiteral("v3.duibiao"));
    {
        // The frozen version-1 document taken up to version 3, with rows in every table
        // that step 4 rebuilds: the team's ratings, a review opinion and a panel opinion.
        Database db;
        REQUIRE_OK(db.open(path, Database::Mode::ReadWrite));
        REQUIRE_OK(Schema::migrateTo(db, 3));
        REQUIRE_OK(db.exec(QStringLiteral(
            "UPDATE requirement_assessments SET rating_before_rectification = 'not_met', "
            "override_reason = '已整改' WHERE assessment_id = 1 AND requirement_code = 'T5'")));
        REQUIRE_OK(db.exec(QStringLiteral(
            "INSERT INTO review_opinions (id, assessment_id, requirement_code, panel, reviewer, "
            "rating, comment, created) VALUES (7, 1, 'O2', '评议组', '评议员', 'not_met', "
            "'考核指标未覆盖', '2020-10-01T08:00:00.000Z')")));
        REQUIRE_OK(db.exec(QStringLiteral(
            "INSERT INTO submissions (id, institution, assessment_title, fingerprint, "
            "manifest_json, assessment_json, imported) VALUES (3, '示例大学', '自评', 'abc', "
            "'{}', '{}', '2020-10-01T08:00:00.000Z')")));
        REQUIRE_OK(db.exec(QStringLiteral(
            "INSERT INTO panel_opinions (submission_id, requirement_code, rating, comment, "
            "reviewer, updated) VALUES (3, 'L1', 'largely_met', '基本落实', '评议员', "
            "'2020-10-02T08:00:00.000Z')")));
    }
    REQUIRE(userVersion(path) == 3);
    const QMap<QString, QString> before = schemaOf(path);
    CHECK_FALSE(before.value(QStringLiteral("requirement_assessments"))
                    .contains(QStringLiteral("partly_met")));

    {
        auto opened = Document::open(path, {});
        REQUIRE_OK(opened);
        Document& doc = **opened;
        CHECK(userVersion(doc.migrationBackupPath()) == 3);
        auto ratings = doc.ratings().all(1);
        REQUIRE_OK(ratings);
        CHECK(ratings->size() == 28);
        auto t5 = doc.ratings().get(1, QStringLiteral("T5"));
        REQUIRE_OK(t5);
        CHECK(t5->rating == Rating::LargelyMet);
        CHECK(t5->narrative == QStringLiteral("T5 自评情况"));
        CHECK(t5->ratingBeforeRectification == Rating::NotMet);
        CHECK(t5->overrideReason == QStringLiteral("已整改"));
        CHECK(t5->assessor == QStringLiteral("tester"));
        auto opinions = doc.reviewOpinions().all(1);
        REQUIRE_OK(opinions);
        REQUIRE(opinions->size() == 1);
        CHECK(opinions->first().id == 7);
        CHECK(opinions->first().rating == Rating::NotMet);
        CHECK(opinions->first().comment == QStringLiteral("考核指标未覆盖"));
    }
    CHECK(userVersion(path) == 4);
    const QMap<QString, QString> after = schemaOf(path);
    for (const char* table : {"requirement_assessments", "review_opinions", "panel_opinions"}) {
        INFO(table);
        CHECK(after.value(QString::fromUtf8(table)).contains(QStringLiteral("'partly_met'")));
    }
    CHECK_FALSE(after.contains(QStringLiteral("requirement_assessments_v3")));
    {
        // The panel opinion came through, and every rebuilt table now takes partly met.
        Database db;
        REQUIRE_OK(db.open(path, Database::Mode::ReadWrite));
        auto panel = db.scalar(QStringLiteral(
            "SELECT count(*) FROM panel_opinions WHERE submission_id = 3 AND requirement_code = "
            "'L1' AND rating = 'largely_met' AND comment = '基本落实' AND reviewer = '评议员'"));
        REQUIRE_OK(panel);
        CHECK(panel->toInt() == 1);
        REQUIRE_OK(db.exec(QStringLiteral("UPDATE panel_opinions SET rating = 'partly_met'")));
        REQUIRE_OK(db.exec(QStringLiteral("UPDATE review_opinions SET rating = 'partly_met'")));
        REQUIRE_OK(db.exec(QStringLiteral("UPDATE requirement_assessments SET rating = "
                                          "'partly_met' WHERE requirement_code = 'L1'")));
        // A rating no version knows is still refused.
        CHECK_FALSE(
            db.exec(QStringLiteral("UPDATE review_opinions SET rating = 'excellent'")).ok());
    }
    // Migrated and fresh version-4 documents have the very same schema, and SchemaGuard
    // accepts both.
    TempDocument fresh;
    fresh.close();
    CHECK(after == schemaOf(fresh.path()));
    for (const QString& file : {path, fresh.path()}) {
        Database db;
        REQUIRE_OK(db.open(file, Database::Mode::ReadOnly));
        REQUIRE_OK(SchemaGuard::check(db, file, 4));
    }
    REQUIRE_OK(Document::open(path, {}));
}
