// Hostile documents (issue 7): a .duibiao from elsewhere carrying objects Duibiao never
// makes is refused before its data is read, with a message naming the object, and the
// file stays byte-identical.

#include "TestSupport.h"

#include "storage/Schema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace duibiao;
using namespace duibiao::test;

namespace {

// Changes the file the way another program could: a plain connection without our
// defensive settings.
void tamper(const QString& path, const QStringList& statements)
{
    const QString connection = QStringLiteral("tamper");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString& statement : statements) {
            INFO(statement.toStdString() << ": " << query.lastError().text().toStdString());
            REQUIRE(query.exec(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace

TEST_CASE("hostile: a document with objects Duibiao never makes is refused untouched")
{
    TempDocument doc;
    doc.close();
    QStringList statements;
    QString named;
    SECTION("a trigger")
    {
        statements = {QStringLiteral("CREATE TRIGGER wipe AFTER UPDATE ON requirement_assessments "
                                     "BEGIN DELETE FROM evidence; END")};
        named = QStringLiteral("unexpected trigger “wipe”");
    }
    SECTION("a view")
    {
        statements = {QStringLiteral("CREATE VIEW everything AS SELECT * FROM evidence")};
        named = QStringLiteral("unexpected view “everything”");
    }
    SECTION("an extra table")
    {
        statements = {QStringLiteral("CREATE TABLE extra (x)")};
        named = QStringLiteral("unexpected table “extra”");
    }
    SECTION("an extra index")
    {
        statements = {QStringLiteral("CREATE INDEX evidence_by_name ON evidence(name)")};
        named = QStringLiteral("unexpected index “evidence_by_name”");
    }
    SECTION("an altered CHECK constraint")
    {
        statements = {QStringLiteral("PRAGMA writable_schema = ON"),
                      QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, "
                                     "'CHECK (eligible >= 0)', 'CHECK (eligible >= -1000)') "
                                     "WHERE name = 'unit_figures'"),
                      QStringLiteral("PRAGMA writable_schema = OFF")};
        named = QStringLiteral("altered table “unit_figures”");
    }
    SECTION("a dropped index")
    {
        statements = {QStringLiteral("DROP INDEX audit_by_entity")};
        named = QStringLiteral("no index “audit_by_entity”");
    }
    tamper(doc.path(), statements);
    const QString before = sha256OfFile(doc.path());

    for (auto access : {Document::Access::ReadWrite, Document::Access::ReadOnly}) {
        Document::Options options;
        options.access = access;
        auto opened = Document::open(doc.path(), options);
        REQUIRE_FALSE(opened.ok());
        INFO(opened.error().message.toStdString());
        CHECK(opened.error().message.contains(named));
        CHECK(opened.error().message.contains(doc.path()));
        CHECK(opened.error().kind == Error::Kind::UserInput);
    }
    CHECK(sha256OfFile(doc.path()) == before);
}

TEST_CASE("hostile: an unaltered document of every schema version passes the schema check")
{
    // Each old version, as the ladder built it, opens (and is migrated): the expected
    // schema of every version matches what the ladder makes.
    for (int version = 1; version <= Schema::currentVersion(); ++version) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v%1.duibiao").arg(version));
        {
            Database db;
            REQUIRE_OK(db.open(path, Database::Mode::ReadWrite));
            REQUIRE_OK(Schema::migrateTo(db, version));
        }
        Document::Options options;
        options.access = Document::Access::ReadOnly;
        auto opened = Document::open(path, options);
        INFO("schema version " << version);
        REQUIRE_OK(opened);
    }
}

TEST_CASE("hostile: connections refuse to write SQLite's own schema table")
{
    TempDocument doc;
    // The defensive flag: even a statement of ours could not turn the schema writable.
    Database& db = doc->context().db;
    REQUIRE_OK(db.exec(QStringLiteral("PRAGMA writable_schema = ON")));
    Status write = db.exec(QStringLiteral("UPDATE sqlite_master SET sql = sql"));
    CHECK_FALSE(write.ok());
    auto cellCheck = db.scalar(QStringLiteral("PRAGMA cell_size_check"));
    REQUIRE_OK(cellCheck);
    CHECK(cellCheck->toInt() == 1);
    auto mmap = db.scalar(QStringLiteral("PRAGMA mmap_size"));
    REQUIRE_OK(mmap);
    CHECK(mmap->toInt() == 0);
}
