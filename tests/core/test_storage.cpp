// The document: round trips through the repositories, validation that leaves the
// document unchanged, the audit trail, transactions, the lock and hostile files.

#include "TestSupport.h"

#include "storage/DocumentFile.h"
#include "storage/DocumentSetup.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace duibiao;
using namespace duibiao::test;

namespace {

qint64 addSecondaryUnit(Document& document, const QString& name)
{
    Unit unit;
    unit.name = name;
    unit.kind = UnitKind::Secondary;
    auto id = document.units().add(unit);
    REQUIRE_OK(id);
    return *id;
}

int auditCount(Document& document)
{
    auto entries = document.audit().entries({});
    REQUIRE_OK(entries);
    return int(entries->size());
}

} // namespace

TEST_CASE("a new document holds the institution, the school unit and a first assessment")
{
    TempDocument doc;
    auto institution = doc->institution().get();
    REQUIRE_OK(institution);
    CHECK(institution->name == QStringLiteral("示例大学"));
    CHECK(institution->region == QStringLiteral("第二活动片区"));

    auto assessment = doc->assessments().current();
    REQUIRE_OK(assessment);
    CHECK(assessment->year == 2020);
    CHECK(assessment->frameworkCode == QStringLiteral("jiangsu-ggw-2019"));
    CHECK(assessment->phases[2].start == QDate(2020, 9, 1));
    CHECK(assessment->phases[2].end == QDate(2020, 11, 30));

    auto ratings = doc->ratings().all(assessment->id);
    REQUIRE_OK(ratings);
    CHECK(ratings->size() == 28);
    for (const RequirementAssessment& rating : *ratings)
        CHECK(rating.rating == Rating::Unrated);

    auto framework = doc->assessments().framework(assessment->id);
    REQUIRE_OK(framework);
    CHECK(framework->requirementCount() == 28);
    CHECK(doc.schoolUnitId() > 0);
}

TEST_CASE("everything written comes back after closing and reopening")
{
    TempDocument doc;
    const qint64 assessment = doc.assessmentId();
    const qint64 unit = addSecondaryUnit(*doc, QStringLiteral("文学院"));

    UnitFigures figures;
    figures.unitId = unit;
    figures.year = 2020;
    figures.eligible = 40;
    figures.participants = 30;
    figures.coreWorkers = 9;
    figures.hearingsPerYear = 2;
    figures.trainingsPerYear = 1;
    figures.hasUnitRules = true;
    figures.hasDemandMenu = true;
    figures.note = QStringLiteral("二〇二〇年数据");
    REQUIRE_OK(doc->units().saveFigures(figures));

    Platform platform;
    platform.unitId = unit;
    platform.name = QStringLiteral("学业帮扶平台");
    platform.partnerDepartment = QStringLiteral("教务处");
    platform.inServiceLeader = QStringLiteral("林思远");
    platform.retiredLeader = QStringLiteral("陈晓岚");
    platform.founded = QDate(2019, 3, 1);
    platform.activities = 7;
    auto platformId = doc->platforms().add(platform);
    REQUIRE_OK(platformId);

    REQUIRE_OK(
        doc->ratings().setRating(assessment, QStringLiteral("L1"), Rating::Met, std::nullopt, {}));
    REQUIRE_OK(doc->ratings().setRating(assessment, QStringLiteral("T5"), Rating::Met,
                                        Rating::LargelyMet,
                                        QStringLiteral("外国语学院数据已更正")));
    REQUIRE_OK(doc->ratings().setNarrative(assessment, QStringLiteral("L1"),
                                           QStringLiteral("已纳入党建工作要点。")));
    REQUIRE_OK(doc->ratings().setGapText(assessment, QStringLiteral("L1"), QStringLiteral("无")));

    RectificationItem item;
    item.requirementCodes = {QStringLiteral("T5"), QStringLiteral("T6")};
    item.measure = QStringLiteral("动员老同志参与");
    item.responsibleUnitId = unit;
    item.responsiblePerson = QStringLiteral("周启明");
    item.deadline = QDate(2020, 11, 15);
    item.phase = 3;
    item.status = RectificationStatus::InProgress;
    item.progress = 40;
    auto itemId = doc->rectification().add(assessment, item);
    REQUIRE_OK(itemId);

    ReviewOpinion opinion;
    opinion.requirementCode = QStringLiteral("T5");
    opinion.panel = QStringLiteral("第二活动片区评议组");
    opinion.rating = Rating::LargelyMet;
    opinion.comment = QStringLiteral("个别学院参与比例偏低");
    REQUIRE_OK(doc->reviewOpinions().add(assessment, opinion));

    doc.reopen();

    auto storedFigures = doc->units().figuresOf(unit, 2020);
    REQUIRE_OK(storedFigures);
    REQUIRE(storedFigures->has_value());
    const UnitFigures& f = **storedFigures;
    CHECK(f.eligible == 40);
    CHECK(f.participants == 30);
    CHECK(f.coreWorkers == 9);
    CHECK(f.hearingsPerYear == 2);
    CHECK(f.hasUnitRules);
    CHECK(f.hasDemandMenu);
    CHECK_FALSE(f.hasResourceMenu);
    CHECK(f.note == QStringLiteral("二〇二〇年数据"));

    auto platforms = doc->platforms().all();
    REQUIRE_OK(platforms);
    REQUIRE(platforms->size() == 1);
    CHECK(platforms->first().name == QStringLiteral("学业帮扶平台"));
    CHECK(platforms->first().founded == QDate(2019, 3, 1));
    CHECK(platforms->first().hasBothLeaders());

    auto l1 = doc->ratings().get(assessment, QStringLiteral("L1"));
    REQUIRE_OK(l1);
    CHECK(l1->rating == Rating::Met);
    CHECK(l1->narrative == QStringLiteral("已纳入党建工作要点。"));
    CHECK(l1->gapText == QStringLiteral("无"));
    CHECK(l1->assessor == QStringLiteral("tester"));
    auto t5 = doc->ratings().get(assessment, QStringLiteral("T5"));
    REQUIRE_OK(t5);
    CHECK(t5->suggestedRating == Rating::LargelyMet);
    CHECK(t5->overrideReason == QStringLiteral("外国语学院数据已更正"));

    auto items = doc->rectification().all(assessment);
    REQUIRE_OK(items);
    REQUIRE(items->size() == 1);
    const RectificationItem& stored = items->first();
    CHECK(stored.requirementCodes == QStringList{QStringLiteral("T5"), QStringLiteral("T6")});
    CHECK(stored.responsibleUnitId == unit);
    CHECK(stored.deadline == QDate(2020, 11, 15));
    CHECK(stored.status == RectificationStatus::InProgress);
    CHECK(stored.progress == 40);

    auto opinions = doc->reviewOpinions().all(assessment);
    REQUIRE_OK(opinions);
    REQUIRE(opinions->size() == 1);
    CHECK(opinions->first().comment == QStringLiteral("个别学院参与比例偏低"));
}

TEST_CASE("figures that cannot be are refused with the reason and change nothing")
{
    TempDocument doc;
    const qint64 unit = addSecondaryUnit(*doc, QStringLiteral("法学院"));
    UnitFigures good;
    good.unitId = unit;
    good.year = 2020;
    good.eligible = 20;
    good.participants = 12;
    good.coreWorkers = 4;
    REQUIRE_OK(doc->units().saveFigures(good));
    const int auditBefore = auditCount(*doc);

    UnitFigures bad = good;
    SECTION("participants above eligible")
    {
        bad.participants = 25;
        Status status = doc->units().saveFigures(bad);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().message.contains(QStringLiteral("25")));
        CHECK(status.error().message.contains(QStringLiteral("20")));
    }
    SECTION("core workers above participants")
    {
        bad.coreWorkers = 13;
        Status status = doc->units().saveFigures(bad);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().message.contains(QStringLiteral("Core workers")));
    }
    SECTION("negative counts")
    {
        bad.eligible = -1;
        Status status = doc->units().saveFigures(bad);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().message.contains(QStringLiteral("negative")));
    }
    auto stored = doc->units().figuresOf(unit, 2020);
    REQUIRE_OK(stored);
    REQUIRE(stored->has_value());
    CHECK((*stored)->participants == 12);
    CHECK((*stored)->coreWorkers == 4);
    CHECK((*stored)->eligible == 20);
    CHECK(auditCount(*doc) == auditBefore);
}

TEST_CASE("a platform without a name is refused")
{
    TempDocument doc;
    Platform platform;
    platform.unitId = doc.schoolUnitId();
    platform.name = QStringLiteral("   ");
    auto added = doc->platforms().add(platform);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().message.contains(QStringLiteral("name")));
    auto platforms = doc->platforms().all();
    REQUIRE_OK(platforms);
    CHECK(platforms->isEmpty());
}

TEST_CASE("a rating that differs from the suggestion needs a reason")
{
    TempDocument doc;
    const qint64 assessment = doc.assessmentId();
    Status refused = doc->ratings().setRating(assessment, QStringLiteral("T5"), Rating::Met,
                                              Rating::NotMet, QStringLiteral("  "));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("reason")));
    auto t5 = doc->ratings().get(assessment, QStringLiteral("T5"));
    REQUIRE_OK(t5);
    CHECK(t5->rating == Rating::Unrated);

    // Agreeing with the suggestion needs no reason, and a stale reason is dropped.
    REQUIRE_OK(doc->ratings().setRating(assessment, QStringLiteral("T5"), Rating::NotMet,
                                        Rating::NotMet, QStringLiteral("leftover")));
    t5 = doc->ratings().get(assessment, QStringLiteral("T5"));
    REQUIRE_OK(t5);
    CHECK(t5->rating == Rating::NotMet);
    CHECK(t5->overrideReason.isEmpty());
}

TEST_CASE("re-rating after rectification keeps the earlier rating")
{
    TempDocument doc;
    const qint64 assessment = doc.assessmentId();
    REQUIRE_OK(doc->ratings().setRating(assessment, QStringLiteral("O2"), Rating::NotMet,
                                        std::nullopt, {}));
    REQUIRE_OK(
        doc->ratings().rerateAfterRectification(assessment, QStringLiteral("O2"), Rating::Met, {}));
    auto o2 = doc->ratings().get(assessment, QStringLiteral("O2"));
    REQUIRE_OK(o2);
    CHECK(o2->rating == Rating::Met);
    CHECK(o2->ratingBeforeRectification == Rating::NotMet);
    // A second re-rating does not overwrite the rating from before rectification.
    REQUIRE_OK(doc->ratings().rerateAfterRectification(assessment, QStringLiteral("O2"),
                                                       Rating::LargelyMet, {}));
    o2 = doc->ratings().get(assessment, QStringLiteral("O2"));
    REQUIRE_OK(o2);
    CHECK(o2->ratingBeforeRectification == Rating::NotMet);
}

TEST_CASE("the audit trail records who changed what, from what to what")
{
    TempDocument doc;
    const qint64 assessment = doc.assessmentId();
    doc->setUserName(QStringLiteral("王老师"));
    REQUIRE_OK(doc->ratings().setRating(assessment, QStringLiteral("L3"), Rating::LargelyMet,
                                        std::nullopt, {}));
    doc->setUserName(QStringLiteral("李老师"));
    REQUIRE_OK(
        doc->ratings().setRating(assessment, QStringLiteral("L3"), Rating::Met, std::nullopt, {}));

    AuditTrail::Filter filter;
    filter.entity = QStringLiteral("requirement");
    filter.key = QStringLiteral("L3");
    auto entries = doc->audit().entries(filter);
    REQUIRE_OK(entries);
    REQUIRE(entries->size() == 2);
    // Newest first.
    CHECK(entries->at(0).user == QStringLiteral("李老师"));
    CHECK(entries->at(0).field == QStringLiteral("rating"));
    CHECK(entries->at(0).oldValue == QStringLiteral("largely_met"));
    CHECK(entries->at(0).newValue == QStringLiteral("met"));
    CHECK(entries->at(1).user == QStringLiteral("王老师"));
    CHECK(entries->at(1).oldValue == QStringLiteral("unrated"));
    CHECK(entries->at(0).at == doc.clock.now());

    filter.user = QStringLiteral("王老师");
    entries = doc->audit().entries(filter);
    REQUIRE_OK(entries);
    CHECK(entries->size() == 1);
}

TEST_CASE("a transaction that is not committed leaves nothing behind")
{
    TempDocument doc;
    {
        Transaction outer(doc->context().db);
        REQUIRE_OK(outer.started());
        addSecondaryUnit(*doc, QStringLiteral("临时学院"));
        // An inner failure inside the outer transaction: a second school unit is refused
        // after its savepoint was opened, and only that savepoint is rolled back.
        Unit secondSchool;
        secondSchool.name = QStringLiteral("另一个校关工委");
        secondSchool.kind = UnitKind::School;
        auto refused = doc->units().add(secondSchool);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("school unit")));
        auto inside = doc->units().all();
        REQUIRE_OK(inside);
        CHECK(inside->size() == 2);
        // outer goes out of scope uncommitted
    }
    auto units = doc->units().all();
    REQUIRE_OK(units);
    CHECK(units->size() == 1); // the school unit only

    {
        Transaction outer(doc->context().db);
        REQUIRE_OK(outer.started());
        addSecondaryUnit(*doc, QStringLiteral("新学院"));
        REQUIRE_OK(outer.commit());
    }
    units = doc->units().all();
    REQUIRE_OK(units);
    CHECK(units->size() == 2);
}

TEST_CASE("a second writer is refused with a message naming the holder")
{
    TempDocument doc;
    Document::Options options;
    auto second = Document::open(doc.path(), options);
    REQUIRE_FALSE(second.ok());
    const QString message = second.error().message;
    CHECK(message.contains(QStringLiteral("already open")));
    CHECK(message.contains(QString::number(QCoreApplication::applicationPid())));

    // Reading alongside is fine.
    options.access = Document::Access::ReadOnly;
    auto reader = Document::open(doc.path(), options);
    REQUIRE_OK(reader);

    doc.close();
    options.access = Document::Access::ReadWrite;
    auto afterClose = Document::open(doc.path(), options);
    REQUIRE_OK(afterClose);
}

TEST_CASE("files that are not Duibiao documents are refused and left byte-identical")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("suspect.duibiao"));
    QByteArray content;
    QString expected;

    SECTION("plain text")
    {
        content = "这不是数据库\n";
        expected = QStringLiteral("not an SQLite database");
    }
    SECTION("an empty file")
    {
        content = QByteArray();
        expected = QStringLiteral("not an SQLite database");
    }
    SECTION("a truncated SQLite header")
    {
        content = QByteArray("SQLite format 3\0", 16);
        expected = QStringLiteral("not an SQLite database");
    }
    SECTION("an SQLite database of another program")
    {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        content = readFile(path);
        expected = QStringLiteral("another program");
    }
    if (!QFile::exists(path) || readFile(path) != content)
        writeFile(path, content);
    const QString before = sha256OfFile(path);

    for (auto access : {Document::Access::ReadWrite, Document::Access::ReadOnly}) {
        Document::Options options;
        options.access = access;
        auto opened = Document::open(path, options);
        REQUIRE_FALSE(opened.ok());
        INFO(opened.error().message.toStdString());
        CHECK(opened.error().message.contains(expected));
        CHECK(opened.error().message.contains(path));
        CHECK(opened.error().kind == Error::Kind::UserInput);
    }
    CHECK(sha256OfFile(path) == before);
    CHECK_FALSE(QFile::exists(DocumentFile::lockPath(path)));
}

TEST_CASE("a document from a newer version of the app is refused untouched")
{
    TempDocument doc;
    doc.close();
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(doc.path());
        REQUIRE(db.open());
        REQUIRE(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    const QString before = sha256OfFile(doc.path());
    auto opened = Document::open(doc.path(), {});
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("newer version")));
    CHECK(opened.error().message.contains(QStringLiteral("99")));
    CHECK(sha256OfFile(doc.path()) == before);
}

TEST_CASE("a damaged document is refused untouched")
{
    TempDocument doc;
    doc.close();
    QByteArray bytes = readFile(doc.path());
    REQUIRE(bytes.size() > 8192);
    // Overwrite the schema page (page 1 after the header): SQLite cannot read the schema.
    for (int i = 100; i < 4096; ++i)
        bytes[i] = char(0x5a);
    writeFile(doc.path(), bytes);
    const QString before = sha256OfFile(doc.path());
    for (auto access : {Document::Access::ReadWrite, Document::Access::ReadOnly}) {
        Document::Options options;
        options.access = access;
        auto opened = Document::open(doc.path(), options);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("damaged")));
        CHECK(opened.error().kind == Error::Kind::UserInput);
    }
    CHECK(sha256OfFile(doc.path()) == before);
}

TEST_CASE("reading a document leaves no trace beside it")
{
    TempDocument doc;
    doc.close();
    const QString before = sha256OfFile(doc.path());
    const QStringList filesBefore = QDir(doc.dir()).entryList(QDir::Files);
    {
        Document::Options options;
        options.access = Document::Access::ReadOnly;
        auto reader = Document::open(doc.path(), options);
        REQUIRE_OK(reader);
        auto units = (*reader)->units().all();
        REQUIRE_OK(units);
        // Writes are refused in read-only mode.
        Unit unit;
        unit.name = QStringLiteral("不应写入");
        CHECK_FALSE((*reader)->units().add(unit).ok());
    }
    CHECK(sha256OfFile(doc.path()) == before);
    CHECK(QDir(doc.dir()).entryList(QDir::Files) == filesBefore);
}

TEST_CASE("save a copy writes a consistent document elsewhere")
{
    TempDocument doc;
    addSecondaryUnit(*doc, QStringLiteral("医学院"));
    const QString copy = QDir(doc.dir()).filePath(QStringLiteral("copy.duibiao"));
    REQUIRE_OK(doc->saveCopyAs(copy));
    CHECK_FALSE(doc->saveCopyAs(copy).ok()); // never overwrites
    Document::Options options;
    options.access = Document::Access::ReadOnly;
    auto opened = Document::open(copy, options);
    REQUIRE_OK(opened);
    auto units = (*opened)->units().all();
    REQUIRE_OK(units);
    CHECK(units->size() == 2);
}

TEST_CASE("the school unit cannot be removed")
{
    TempDocument doc;
    Status status = doc->units().remove(doc.schoolUnitId());
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message.contains(QStringLiteral("school unit")));
    auto units = doc->units().all();
    REQUIRE_OK(units);
    CHECK(units->size() == 1);
}

TEST_CASE("a rating the item's scoring does not take is refused, naming the requirement",
          "[scoring]")
{
    QTemporaryDir dir;
    NewDocumentSpec spec = defaultDocumentSpec();
    spec.frameworkJson =
        readFile(testData(QStringLiteral("frameworks/scoring-pass-fail-veto.json")));
    auto created = createDocument(dir.filePath(QStringLiteral("checklist.duibiao")), spec, {});
    REQUIRE_OK(created);
    Document& doc = **created;
    auto assessment = doc.assessments().current();
    REQUIRE_OK(assessment);
    const qint64 id = assessment->id;

    // B1 and B2 are pass/fail, B3 a rating item, B4 graded.
    const Status largely =
        doc.ratings().setRating(id, QStringLiteral("B2"), Rating::LargelyMet, std::nullopt, {});
    REQUIRE_FALSE(largely.ok());
    CHECK(largely.error().kind == Error::Kind::UserInput);
    CHECK(largely.error().message.contains(QStringLiteral("Requirement B2")));
    CHECK(largely.error().message.contains(QStringLiteral("largely_met")));
    const Status partly =
        doc.ratings().setRating(id, QStringLiteral("B3"), Rating::PartlyMet, std::nullopt, {});
    REQUIRE_FALSE(partly.ok());
    CHECK(partly.error().message.contains(QStringLiteral("Requirement B3")));
    auto b3 = doc.ratings().get(id, QStringLiteral("B3"));
    REQUIRE_OK(b3);
    CHECK(b3->rating == Rating::Unrated); // nothing was written

    // What the scoring takes is stored: pass, fail, partly met on a graded item.
    REQUIRE_OK(doc.ratings().setRating(id, QStringLiteral("B2"), Rating::NotMet, std::nullopt, {}));
    REQUIRE_OK(
        doc.ratings().setRating(id, QStringLiteral("B3"), Rating::LargelyMet, std::nullopt, {}));
    REQUIRE_OK(
        doc.ratings().setRating(id, QStringLiteral("B4"), Rating::PartlyMet, std::nullopt, {}));
    auto b4 = doc.ratings().get(id, QStringLiteral("B4"));
    REQUIRE_OK(b4);
    CHECK(b4->rating == Rating::PartlyMet);
    // A re-rating after rectification follows the same rule.
    CHECK_FALSE(doc.ratings()
                    .rerateAfterRectification(id, QStringLiteral("B1"), Rating::LargelyMet, {})
                    .ok());
}
