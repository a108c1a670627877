// The rolling set of backups: consistent copies, newest first with what they hold, pruned
// to the count kept, one daily copy, and restoring by replacing the file in one step.

#include "TestSupport.h"

#include "storage/BackupSet.h"

#include <QDir>
#include <QFile>

using namespace duibiao;
using namespace duibiao::test;

namespace {

void rate(TempDocument& doc, const char* code, Rating rating)
{
    REQUIRE_OK(doc->ratings().setRating(doc.assessmentId(), QLatin1String(code), rating,
                                        std::nullopt, {}));
}

} // namespace

TEST_CASE("backups are consistent copies, listed newest first with a summary")
{
    TempDocument doc;
    QTemporaryDir root;
    BackupSet backups(doc.path(), root.path(), 3);
    rate(doc, "L1", Rating::Met);
    auto first = backups.take(*doc, QStringLiteral("daily"));
    REQUIRE_OK(first);
    CHECK(QFile::exists(first->path));
    doc.clock.set(doc.clock.now().addSecs(60));
    rate(doc, "L2", Rating::Met);
    auto second = backups.take(*doc, QStringLiteral("import"));
    REQUIRE_OK(second);

    auto listed = backups.list();
    REQUIRE_OK(listed);
    REQUIRE(listed->size() == 2);
    CHECK(listed->at(0).reason == QStringLiteral("import"));
    CHECK(listed->at(0).summary.contains(QStringLiteral("示例大学")));
    CHECK(listed->at(0).summary.contains(QStringLiteral("2 of 28")));
    CHECK(listed->at(1).summary.contains(QStringLiteral("1 of 28")));
    CHECK(listed->at(1).taken < listed->at(0).taken);

    // A copy opens as a document of its own and is sound.
    Document::Options options;
    options.access = Document::Access::ReadOnly;
    auto copy = Document::open(listed->at(1).path, options);
    REQUIRE_OK(copy);
    CHECK((*copy)->ratings().get(doc.assessmentId(), QStringLiteral("L2"))->rating ==
          Rating::Unrated);
}

TEST_CASE("only the newest backups are kept, and one daily backup a day")
{
    TempDocument doc;
    QTemporaryDir root;
    BackupSet backups(doc.path(), root.path(), 3);
    for (int i = 0; i < 5; ++i) {
        REQUIRE_OK(backups.take(*doc, QStringLiteral("import")));
        doc.clock.set(doc.clock.now().addSecs(1));
    }
    auto listed = backups.list(false);
    REQUIRE_OK(listed);
    CHECK(listed->size() == 3);

    const QDate today = doc.clock.today();
    auto daily = backups.takeDailyIfDue(*doc, today);
    REQUIRE_OK(daily);
    CHECK_FALSE(*daily); // imports were backed up today already
    auto tomorrow = backups.takeDailyIfDue(*doc, today.addDays(1));
    REQUIRE_OK(tomorrow);
    CHECK(*tomorrow);
    // Two copies in the same moment get distinct names.
    REQUIRE_OK(backups.take(*doc, QStringLiteral("restore")));
    REQUIRE_OK(backups.take(*doc, QStringLiteral("restore")));
    auto all = backups.list(false);
    REQUIRE_OK(all);
    CHECK(all->size() == 3);
}

TEST_CASE("a backup replaces the document in one step")
{
    TempDocument doc;
    QTemporaryDir root;
    BackupSet backups(doc.path(), root.path());
    rate(doc, "E1", Rating::NotMet);
    auto backup = backups.take(*doc, QStringLiteral("daily"));
    REQUIRE_OK(backup);
    rate(doc, "E1", Rating::Met);
    doc.close();
    REQUIRE_OK(replaceWithBackup(doc.path(), backup->path));
    CHECK(QDir(doc.dir())
              .entryList(QDir::Files | QDir::Hidden)
              .filter(QStringLiteral("restore"))
              .isEmpty());
    doc.reopen();
    CHECK(doc->ratings().get(doc.assessmentId(), QStringLiteral("E1"))->rating == Rating::NotMet);

    CHECK_FALSE(
        replaceWithBackup(doc.path(), QDir(doc.dir()).filePath(QStringLiteral("missing.duibiao")))
            .ok());
}
