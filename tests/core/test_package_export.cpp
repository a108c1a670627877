// The review package: the assessment snapshot, assessment.json both ways, and the exporter
// (package format in docs/formats/package.md).

#include "TestSupport.h"

#include "demo/DemoBuilder.h"
#include "exchange/package/AssessmentJson.h"
#include "exchange/package/AssessmentSnapshotLoader.h"
#include "exchange/package/JsonFieldReader.h"
#include "exchange/package/PackageExporter.h"
#include "exchange/package/PackageManifest.h"
#include "exchange/package/SafeName.h"
#include "exchange/package/ZipPackageWriter.h"
#include "storage/Document.h"
#include "storage/DocumentSetup.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>

#include <zip.h>

#include <map>

using namespace duibiao;
using namespace duibiao::test;

namespace {

// The small demo, plus what the demo does not make: figures of an earlier year, an
// evidence file of a rectification item, the panel's opinions and a submission stamp, so
// that every member of assessment.json holds something.
struct DemoDocument
{
    TempDocument doc;
    qint64 assessmentId = 0;

    DemoDocument()
    {
        REQUIRE_OK(DemoBuilder::build(*doc, DemoBuilder::Size::Small));
        assessmentId = doc.assessmentId();
        Result<QVector<Unit>> units = doc->units().all();
        REQUIRE_OK(units);
        UnitFigures earlier;
        earlier.unitId = units->last().id;
        earlier.year = 2019;
        earlier.eligible = 40;
        earlier.participants = 30;
        earlier.coreWorkers = 5;
        earlier.hearingsPerYear = 2;
        earlier.hasDemandMenu = true;
        earlier.note = QStringLiteral("上年数据");
        REQUIRE_OK(doc->units().saveFigures(earlier));

        Result<QVector<RectificationItem>> items = doc->rectification().all(assessmentId);
        REQUIRE_OK(items);
        REQUIRE(!items->isEmpty());
        Evidence info;
        info.name = QStringLiteral("整改照片 (1).jpg");
        info.rectificationId = items->first().id;
        QByteArray bytes("\xff\xd8\xff\xe0 not really a photo");
        QBuffer buffer(&bytes);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        REQUIRE_OK(doc->evidence().add(assessmentId, info, buffer));

        ReviewOpinion overall;
        overall.panel = QStringLiteral("第二活动片区评议组");
        overall.reviewer = QStringLiteral("评议员甲");
        overall.rating = Rating::LargelyMet;
        overall.comment = QStringLiteral("总体良好。");
        REQUIRE_OK(doc->reviewOpinions().add(assessmentId, overall));
        ReviewOpinion one = overall;
        one.requirementCode = QStringLiteral("T5");
        one.rating = Rating::NotMet;
        one.comment = QStringLiteral("参与率不足。");
        REQUIRE_OK(doc->reviewOpinions().add(assessmentId, one));
    }
};

// assessment.json of the small demo, made once for the validation cases.
const QByteArray& demoJson()
{
    static const QByteArray json = [] {
        DemoDocument demo;
        Result<AssessmentSnapshot> snapshot = loadSnapshot(*demo.doc, demo.assessmentId);
        REQUIRE_OK(snapshot);
        return toJson(*snapshot);
    }();
    return json;
}

void compare(const Phase& a, const Phase& b)
{
    CHECK(a.number == b.number);
    CHECK(a.start == b.start);
    CHECK(a.end == b.end);
}

void compare(const AssessmentSnapshot& a, const AssessmentSnapshot& b)
{
    CHECK(a.documentId == b.documentId);
    CHECK(a.institution.name == b.institution.name);
    CHECK(a.institution.committee == b.institution.committee);
    CHECK(a.institution.region == b.institution.region);
    CHECK(a.assessment.id == b.assessment.id);
    CHECK(a.assessment.title == b.assessment.title);
    CHECK(a.assessment.year == b.assessment.year);
    CHECK(a.assessment.frameworkCode == b.assessment.frameworkCode);
    CHECK(a.assessment.frameworkVersion == b.assessment.frameworkVersion);
    CHECK(a.assessment.status == b.assessment.status);
    CHECK(a.assessment.created == b.assessment.created);
    for (std::size_t i = 0; i < 4; ++i)
        compare(a.assessment.phases.at(i), b.assessment.phases.at(i));
    CHECK(QJsonDocument::fromJson(a.frameworkJson) == QJsonDocument::fromJson(b.frameworkJson));
    CHECK(a.submittedAt == b.submittedAt);
    CHECK(a.fingerprint == b.fingerprint);

    REQUIRE(a.units.size() == b.units.size());
    for (int i = 0; i < a.units.size(); ++i) {
        CHECK(a.units[i].id == b.units[i].id);
        CHECK(a.units[i].name == b.units[i].name);
        CHECK(a.units[i].kind == b.units[i].kind);
        CHECK(a.units[i].sortOrder == b.units[i].sortOrder);
    }
    REQUIRE(a.figures.size() == b.figures.size());
    for (int i = 0; i < a.figures.size(); ++i) {
        const UnitFigures& x = a.figures[i];
        const UnitFigures& y = b.figures[i];
        CHECK(x.unitId == y.unitId);
        CHECK(x.year == y.year);
        CHECK(x.eligible == y.eligible);
        CHECK(x.participants == y.participants);
        CHECK(x.coreWorkers == y.coreWorkers);
        CHECK(x.hearingsPerYear == y.hearingsPerYear);
        CHECK(x.trainingsPerYear == y.trainingsPerYear);
        CHECK(x.hasUnitRules == y.hasUnitRules);
        CHECK(x.hasDemandMenu == y.hasDemandMenu);
        CHECK(x.hasResourceMenu == y.hasResourceMenu);
        CHECK(x.note == y.note);
    }
    REQUIRE(a.platforms.size() == b.platforms.size());
    for (int i = 0; i < a.platforms.size(); ++i) {
        const Platform& x = a.platforms[i];
        const Platform& y = b.platforms[i];
        CHECK(x.id == y.id);
        CHECK(x.unitId == y.unitId);
        CHECK(x.name == y.name);
        CHECK(x.partnerDepartment == y.partnerDepartment);
        CHECK(x.inServiceLeader == y.inServiceLeader);
        CHECK(x.retiredLeader == y.retiredLeader);
        CHECK(x.founded == y.founded);
        CHECK(x.activities == y.activities);
    }
    REQUIRE(a.requirements.size() == b.requirements.size());
    for (int i = 0; i < a.requirements.size(); ++i) {
        const RequirementAssessment& x = a.requirements[i];
        const RequirementAssessment& y = b.requirements[i];
        CHECK(x.requirementCode == y.requirementCode);
        CHECK(x.rating == y.rating);
        CHECK(x.suggestedRating == y.suggestedRating);
        CHECK(x.ratingBeforeRectification == y.ratingBeforeRectification);
        CHECK(x.overrideReason == y.overrideReason);
        CHECK(x.narrative == y.narrative);
        CHECK(x.gapText == y.gapText);
        CHECK(x.assessor == y.assessor);
        CHECK(x.created == y.created);
        CHECK(x.updated == y.updated);
    }
    REQUIRE(a.rectification.size() == b.rectification.size());
    for (int i = 0; i < a.rectification.size(); ++i) {
        const RectificationItem& x = a.rectification[i];
        const RectificationItem& y = b.rectification[i];
        CHECK(x.id == y.id);
        CHECK(x.requirementCodes == y.requirementCodes);
        CHECK(x.measure == y.measure);
        CHECK(x.responsibleUnitId == y.responsibleUnitId);
        CHECK(x.responsiblePerson == y.responsiblePerson);
        CHECK(x.deadline == y.deadline);
        CHECK(x.phase == y.phase);
        CHECK(x.status == y.status);
        CHECK(x.progress == y.progress);
        CHECK(x.completionNote == y.completionNote);
        CHECK(x.created == y.created);
        CHECK(x.updated == y.updated);
    }
    REQUIRE(a.evidence.size() == b.evidence.size());
    for (int i = 0; i < a.evidence.size(); ++i) {
        const Evidence& x = a.evidence[i];
        const Evidence& y = b.evidence[i];
        CHECK(x.id == y.id);
        CHECK(x.requirementCode == y.requirementCode);
        CHECK(x.rectificationId == y.rectificationId);
        CHECK(x.expectedItem == y.expectedItem);
        CHECK(x.name == y.name);
        CHECK(x.mimeType == y.mimeType);
        CHECK(x.size == y.size);
        CHECK(x.sha256 == y.sha256);
        CHECK(x.added == y.added);
        CHECK(x.addedBy == y.addedBy);
    }
    REQUIRE(a.opinions.size() == b.opinions.size());
    for (int i = 0; i < a.opinions.size(); ++i) {
        const ReviewOpinion& x = a.opinions[i];
        const ReviewOpinion& y = b.opinions[i];
        CHECK(x.id == y.id);
        CHECK(x.requirementCode == y.requirementCode);
        CHECK(x.panel == y.panel);
        CHECK(x.reviewer == y.reviewer);
        CHECK(x.rating == y.rating);
        CHECK(x.comment == y.comment);
        CHECK(x.created == y.created);
    }
}

// assessment.json of the demo, changed by `edit`, then read: the error message.
QString errorAfter(const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject root = QJsonDocument::fromJson(demoJson()).object();
    REQUIRE(!root.isEmpty());
    edit(root);
    Result<AssessmentSnapshot> parsed =
        snapshotFromJson(QJsonDocument(root).toJson(), QStringLiteral("assessment.json"));
    REQUIRE_FALSE(parsed.ok());
    return parsed.error().message;
}

// Sets root[array][index][key] = value.
void setIn(QJsonObject& root, const QString& array, int index, const QString& key,
           const QJsonValue& value)
{
    QJsonArray items = root.value(array).toArray();
    REQUIRE(index < items.size());
    QJsonObject item = items.at(index).toObject();
    item.insert(key, value);
    items.replace(index, item);
    root.insert(array, items);
}

void setMember(QJsonObject& root, const QString& object, const QString& key,
               const QJsonValue& value)
{
    QJsonObject inner = root.value(object).toObject();
    inner.insert(key, value);
    root.insert(object, inner);
}

} // namespace

TEST_CASE("safe evidence names keep letters of any script and replace the rest")
{
    CHECK(safeEvidenceName(QStringLiteral("名单 (2020).pdf")) == QStringLiteral("名单 (2020).pdf"));
    CHECK(safeEvidenceName(QStringLiteral("../../etc/passwd")) == QStringLiteral("_.._etc_passwd"));
    CHECK(safeEvidenceName(QStringLiteral("..")) == QStringLiteral("file"));
    CHECK(safeEvidenceName(QStringLiteral(".hidden")) == QStringLiteral("hidden"));
    CHECK(safeEvidenceName(QStringLiteral("C:\\x\\y.doc")) == QStringLiteral("C__x_y.doc"));
    CHECK(safeEvidenceName(QStringLiteral("a\tb\nc")) == QStringLiteral("a_b_c"));
    CHECK(safeEvidenceName(QString()) == QStringLiteral("file"));
    CHECK(safeEvidenceName(QStringLiteral("Привет мир.txt")) == QStringLiteral("Привет мир.txt"));
    // 80 characters at most, counted in characters, not bytes.
    CHECK(safeEvidenceName(QString(100, QChar(0x540D))) == QString(80, QChar(0x540D)));
    // Outside the BMP: one character, one replacement, never half a surrogate pair.
    CHECK(safeEvidenceName(QStringLiteral("a😀b")) == QStringLiteral("a_b"));
    CHECK(evidenceEntryName(12, QStringLiteral("名单.pdf")) ==
          QStringLiteral("evidence/000012-名单.pdf"));
}

TEST_CASE("the fingerprint is the SHA-256 of the compact content list")
{
    const QVector<PackageEntry> content{
        {QStringLiteral("assessment.json"), 3, QString(64, QLatin1Char('a'))}};
    const QByteArray compact =
        QStringLiteral(R"([{"name":"assessment.json","sha256":"%1","size":3}])")
            .arg(QString(64, QLatin1Char('a')))
            .toUtf8();
    const QString expected =
        QString::fromLatin1(QCryptographicHash::hash(compact, QCryptographicHash::Sha256).toHex());
    CHECK(packageFingerprint(content) == expected);
    CHECK(shortFingerprint(QStringLiteral("1a2b3c4d5e6f7a8b9c")) ==
          QStringLiteral("1A2B-3C4D-5E6F-7A8B"));
}

TEST_CASE("an assessment snapshot goes through assessment.json unchanged")
{
    DemoDocument demo;
    const QDateTime submittedAt(QDate(2020, 11, 2), QTime(10, 30, 15, 250), Qt::UTC);
    REQUIRE_OK(demo.doc->assessments().submit(demo.assessmentId, QString(64, QLatin1Char('c')),
                                              submittedAt));
    Result<AssessmentSnapshot> snapshot = loadSnapshot(*demo.doc, demo.assessmentId);
    REQUIRE_OK(snapshot);

    // Every array holds something, so every member is compared.
    CHECK(snapshot->units.size() > 10);
    CHECK(snapshot->figures.size() > snapshot->units.size() - 2);
    CHECK(snapshot->platforms.size() > 10);
    CHECK(snapshot->requirements.size() == 28);
    CHECK(snapshot->rectification.size() > 10);
    CHECK(snapshot->evidence.size() > 3);
    CHECK(snapshot->opinions.size() == 2);
    CHECK(snapshot->assessment.status == AssessmentStatus::Submitted);
    CHECK(snapshot->fingerprint == QString(64, QLatin1Char('c')));
    CHECK(QDateTime::fromString(snapshot->submittedAt, Qt::ISODateWithMs) == submittedAt);
    CHECK(snapshot->documentId.size() == 32);
    bool someOfEach[4] = {};
    for (const Evidence& e : snapshot->evidence)
        someOfEach[0] |= e.rectificationId.has_value();
    for (const RequirementAssessment& r : snapshot->requirements) {
        someOfEach[1] |= r.suggestedRating.has_value();
        someOfEach[2] |= !r.narrative.isEmpty();
    }
    for (const RectificationItem& item : snapshot->rectification)
        someOfEach[3] |= item.responsibleUnitId.has_value() && item.deadline.isValid();
    CHECK(someOfEach[0]);
    CHECK(someOfEach[1]);
    CHECK(someOfEach[2]);
    CHECK(someOfEach[3]);

    const QByteArray json = toJson(*snapshot);
    Result<AssessmentSnapshot> parsed = snapshotFromJson(json, QStringLiteral("assessment.json"));
    REQUIRE_OK(parsed);
    compare(*snapshot, *parsed);
    for (const Evidence& e : snapshot->evidence)
        CHECK(parsed->evidenceFiles.value(e.id) == evidenceEntryName(e.id, e.name));
    CHECK_FALSE(parsed->scope.has_value());
    CHECK(parsed->base == nullptr);
    // The same snapshot always gives the same text.
    CHECK(toJson(*parsed) == json);
}

TEST_CASE("a team snapshot carries its scope and the base it was forked from")
{
    const QByteArray base = demoJson();
    Result<AssessmentSnapshot> snapshot = snapshotFromJson(base, QStringLiteral("base"));
    REQUIRE_OK(snapshot);
    SnapshotExtras extras;
    extras.scope = SnapshotScope{{QStringLiteral("O"), QStringLiteral("T")},
                                 {snapshot->units.at(1).id, snapshot->units.at(2).id}};
    extras.baseJson = base;
    Result<AssessmentSnapshot> parsed =
        snapshotFromJson(toJson(*snapshot, extras), QStringLiteral("assessment.json"));
    REQUIRE_OK(parsed);
    REQUIRE(parsed->scope.has_value());
    CHECK(parsed->scope->categories == extras.scope->categories);
    CHECK(parsed->scope->unitIds == extras.scope->unitIds);
    REQUIRE(parsed->base != nullptr);
    compare(*parsed->base, *snapshot);
    CHECK(parsed->base->base == nullptr);
}

TEST_CASE("assessment.json is refused with the path and the problem")
{
    const QString entry = QStringLiteral("assessment.json: ");
    SECTION("not JSON")
    {
        Result<AssessmentSnapshot> parsed =
            snapshotFromJson("{\"schemaVersion\": 1,", QStringLiteral("assessment.json"));
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().message.startsWith(entry + QStringLiteral("not valid JSON at byte")));
    }
    SECTION("not an object")
    {
        Result<AssessmentSnapshot> parsed =
            snapshotFromJson("[1, 2]", QStringLiteral("assessment.json"));
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().message == entry + QStringLiteral("(top level): must be an object"));
    }
    SECTION("a newer schema")
    {
        CHECK(errorAfter([](QJsonObject& root) {
                  root.insert(QStringLiteral("schemaVersion"), 2);
              }).startsWith(entry + QStringLiteral("schemaVersion: version 2 is newer")));
    }
    SECTION("an unknown member")
    {
        CHECK(errorAfter([](QJsonObject& root) {
                  setIn(root, QStringLiteral("units"), 1, QStringLiteral("colour"), 1);
              }) == entry + QStringLiteral("units[1].colour: is not a member this format knows"));
    }
    SECTION("a missing array")
    {
        CHECK(errorAfter([](QJsonObject& root) { root.remove(QStringLiteral("platforms")); }) ==
              entry + QStringLiteral("platforms: missing"));
    }
    SECTION("a phase out of range")
    {
        CHECK(errorAfter([](QJsonObject& root) {
                  setIn(root, QStringLiteral("rectification"), 3, QStringLiteral("phase"), 5);
              }) == entry + QStringLiteral("rectification[3].phase: must be 1 to 4"));
    }
    SECTION("progress out of range")
    {
        CHECK(errorAfter([](QJsonObject& root) {
                  setIn(root, QStringLiteral("rectification"), 0, QStringLiteral("progress"), 101);
              }) == entry + QStringLiteral("rectification[0].progress: must be 0 to 100"));
    }
    SECTION("a fraction where a count belongs")
    {
        CHECK(errorAfter([](QJsonObject& root) {
                  setIn(root, QStringLiteral("figures"), 0, QStringLiteral("eligible"), 10.5);
              }) == entry + QStringLiteral("figures[0].eligible: must be a whole number"));
    }
    SECTION("a number as text")
    {
        CHECK(errorAfter([](QJsonObject& root) {
                  setMember(root, QStringLiteral("assessment"), QStringLiteral("year"),
                            QStringLiteral("2020"));
              }) == entry + QStringLiteral("assessment.year: must be a whole number"));
    }
    SECTION("more participants than eligible")
    {
        CHECK(errorAfter([](QJsonObject& root) {
                  setIn(root, QStringLiteral("figures"), 2, QStringLiteral("participants"), 100000);
              })
                  .startsWith(entry +
                              QStringLiteral("figures[2].participants: must not exceed eligible")));
    }
    SECTION("an unknown rating")
    {
        CHECK(errorAfter([](QJsonObject& root) {
                  setIn(root, QStringLiteral("requirements"), 4, QStringLiteral("rating"),
                        QStringLiteral("excellent"));
              }) == entry + QStringLiteral("requirements[4].rating: must be one of unrated, met, "
                                           "largely_met, partly_met, not_met, not_applicable"));
    }
    SECTION("a bad SHA-256")
    {
        CHECK(errorAfter([](QJsonObject& root) {
                  setIn(root, QStringLiteral("evidence"), 0, QStringLiteral("sha256"),
                        QString(64, QLatin1Char('A')));
              }) == entry + QStringLiteral("evidence[0].sha256: must be 64 lowercase "
                                           "hexadecimal digits (a SHA-256)"));
    }
    SECTION("figures of a unit not listed")
    {
        CHECK(errorAfter([](QJsonObject& root) {
                  setIn(root, QStringLiteral("figures"), 1, QStringLiteral("unitId"), 99999);
              }) == entry + QStringLiteral("figures[1].unitId: unit 99999 is not in \"units\""));
    }
    SECTION("a platform of a unit not listed")
    {
        CHECK(errorAfter([](QJsonObject& root) {
                  setIn(root, QStringLiteral("platforms"), 0, QStringLiteral("unitId"), 99999);
              }) == entry + QStringLiteral("platforms[0].unitId: unit 99999 is not in \"units\""));
    }
    SECTION("evidence of a rectification item not listed")
    {
        CHECK(errorAfter([](QJsonObject& root) {
                  setIn(root, QStringLiteral("evidence"), 1, QStringLiteral("rectificationId"),
                        99999);
              }) == entry + QStringLiteral("evidence[1].rectificationId: item 99999 is not in "
                                           "\"rectification\""));
    }
    SECTION("evidence of a requirement not listed")
    {
        CHECK(errorAfter([](QJsonObject& root) {
                  QJsonArray requirements = root.value(QStringLiteral("requirements")).toArray();
                  const QJsonArray evidence = root.value(QStringLiteral("evidence")).toArray();
                  const QString code = evidence.at(0)[QStringLiteral("requirementCode")].toString();
                  for (int i = requirements.size() - 1; i >= 0; --i) {
                      if (requirements.at(i)[QStringLiteral("code")].toString() == code)
                          requirements.removeAt(i);
                  }
                  root.insert(QStringLiteral("requirements"), requirements);
              }).startsWith(entry + QStringLiteral("evidence[0].requirementCode: requirement")));
    }
    SECTION("a requirement the framework does not have")
    {
        CHECK(errorAfter([](QJsonObject& root) {
                  setIn(root, QStringLiteral("requirements"), 0, QStringLiteral("code"),
                        QStringLiteral("Z99"));
              }) == entry + QStringLiteral("requirements[0].code: “Z99” is not a requirement of "
                                           "the framework"));
    }
    SECTION("a duplicate id")
    {
        CHECK(errorAfter([](QJsonObject& root) {
                  const QJsonArray units = root.value(QStringLiteral("units")).toArray();
                  setIn(root, QStringLiteral("units"), 2, QStringLiteral("id"),
                        units.at(1)[QStringLiteral("id")]);
              }).endsWith(QStringLiteral("appears twice")));
    }
    SECTION("a string over the cap")
    {
        CHECK(errorAfter([](QJsonObject& root) {
                  setIn(root, QStringLiteral("requirements"), 0, QStringLiteral("narrative"),
                        QString(JsonFieldReader::maxStringBytes, QLatin1Char('x')) +
                            QStringLiteral("!"));
              }) == entry + QStringLiteral("requirements[0].narrative: is longer than the cap "
                                           "of 1048576 bytes for a string"));
    }
    SECTION("a time without its offset")
    {
        CHECK(errorAfter([](QJsonObject& root) {
                  setMember(root, QStringLiteral("assessment"), QStringLiteral("created"),
                            QStringLiteral("2020-10-15T09:00:00"));
              }).startsWith(entry + QStringLiteral("assessment.created: must be an ISO 8601")));
    }
    SECTION("three phases")
    {
        CHECK(errorAfter([](QJsonObject& root) {
                  QJsonObject assessment = root.value(QStringLiteral("assessment")).toObject();
                  QJsonArray phases = assessment.value(QStringLiteral("phases")).toArray();
                  phases.removeLast();
                  assessment.insert(QStringLiteral("phases"), phases);
                  root.insert(QStringLiteral("assessment"), assessment);
              }) == entry + QStringLiteral("assessment.phases: must list the four phases, not 3"));
    }
    SECTION("an evidence file outside evidence/")
    {
        CHECK(errorAfter([](QJsonObject& root) {
                  setIn(root, QStringLiteral("evidence"), 0, QStringLiteral("file"),
                        QStringLiteral("../../x.pdf"));
              }).startsWith(entry + QStringLiteral("evidence[0].file: must be \"evidence/\"")));
    }
    SECTION("a document id that is not one")
    {
        CHECK(errorAfter([](QJsonObject& root) {
                  root.insert(QStringLiteral("documentId"), QStringLiteral("../../etc"));
              }) == entry + QStringLiteral("documentId: must be 32 lowercase hexadecimal digits"));
    }
    SECTION("a scope naming an unknown category")
    {
        CHECK(errorAfter([](QJsonObject& root) {
                  root.insert(
                      QStringLiteral("scope"),
                      QJsonObject{{QStringLiteral("categories"), QJsonArray{QStringLiteral("Q")}},
                                  {QStringLiteral("unitIds"), QJsonArray{}}});
              }) == entry + QStringLiteral("scope.categories[0]: “Q” is not a category of the "
                                           "framework"));
    }
    SECTION("a damaged base")
    {
        CHECK(
            errorAfter([](QJsonObject& root) {
                QJsonObject base = root;
                setIn(base, QStringLiteral("rectification"), 1, QStringLiteral("status"),
                      QStringLiteral("finished"));
                root.insert(QStringLiteral("base"), base);
            }).startsWith(entry + QStringLiteral("base.rectification[1].status: must be one of")));
    }
    SECTION("a base with a base of its own")
    {
        CHECK(errorAfter([](QJsonObject& root) {
                  QJsonObject base = root;
                  base.insert(QStringLiteral("base"), QJsonObject{});
                  root.insert(QStringLiteral("base"), base);
              }) == entry + QStringLiteral("base.base: is not a member this format knows"));
    }
    SECTION("a framework that is not one")
    {
        CHECK(errorAfter([](QJsonObject& root) {
                  QJsonObject framework = root.value(QStringLiteral("framework")).toObject();
                  framework.insert(QStringLiteral("format"), QStringLiteral("something-else"));
                  root.insert(QStringLiteral("framework"), framework);
              }).startsWith(entry + QStringLiteral("framework: $.format: must be")));
    }
    SECTION("a draft with a submission time")
    {
        CHECK(errorAfter([](QJsonObject& root) {
                  setMember(root, QStringLiteral("assessment"), QStringLiteral("submittedAt"),
                            QStringLiteral("2020-11-01T10:00:00+08:00"));
              }) == entry + QStringLiteral("assessment.submittedAt: must be null while the "
                                           "status is draft"));
    }
}

namespace {

struct ZipEntry
{
    QByteArray bytes;
    int method = -1;
    qint64 declaredSize = -1;
    int index = -1; // its place in the ZIP
};

// Every entry of a ZIP, read with libzip as a reader of the package would.
std::map<QString, ZipEntry> readZip(const QString& path)
{
    int code = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    REQUIRE(archive != nullptr);
    std::map<QString, ZipEntry> entries;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        REQUIRE(zip_stat_index(archive, zip_uint64_t(i), 0, &st) == 0);
        ZipEntry entry;
        entry.method = st.comp_method;
        entry.declaredSize = qint64(st.size);
        entry.index = int(i);
        zip_file_t* file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        REQUIRE(file != nullptr);
        char buffer[65536];
        zip_int64_t n = 0;
        while ((n = zip_fread(file, buffer, sizeof buffer)) > 0)
            entry.bytes.append(buffer, qsizetype(n));
        REQUIRE(n == 0);
        zip_fclose(file);
        const QString name = QString::fromUtf8(st.name);
        REQUIRE(entries.count(name) == 0);
        entries[name] = entry;
    }
    zip_discard(archive);
    return entries;
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray storedBytes(Document& document, qint64 evidenceId)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE_OK(document.evidence().writeTo(evidenceId, buffer));
    return bytes;
}

QString pdfTextOf(const QByteArray& pdf, const QString& dir)
{
    const QString path = dir + QStringLiteral("/report.pdf");
    writeFile(path, pdf);
    // Some ideographs come back as Kangxi radicals: NFKC maps them home.
    return pdfText(path).normalized(QString::NormalizationForm_KC);
}

Result<PackageExportResult> exportTo(Document& document, const QString& path,
                                     PackageExportOptions options = {})
{
    options.today = QDate(2020, 11, 20);
    return PackageExporter::exportPackage(document, path, options);
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("a submission package holds what its manifest says and freezes the assessment")
{
    DemoDocument demo;
    Document& document = *demo.doc;
    const QString path = demo.doc.dir() + QStringLiteral("/package.zip");
    Result<PackageExportResult> exported = exportTo(document, path);
    REQUIRE_OK(exported);
    CHECK(exported->froze);

    std::map<QString, ZipEntry> entries = readZip(path);
    REQUIRE(entries.count(QStringLiteral("manifest.json")) == 1);
    CHECK(int(entries.size()) == exported->entryCount);
    CHECK(exported->packageSize == QFileInfo(path).size());
    const QJsonObject manifest =
        QJsonDocument::fromJson(entries[QStringLiteral("manifest.json")].bytes).object();
    CHECK(manifest[QStringLiteral("format")] == QStringLiteral("duibiao-package"));
    CHECK(manifest[QStringLiteral("formatVersion")] == 1);
    CHECK(manifest[QStringLiteral("kind")] == QStringLiteral("submission"));
    CHECK(manifest[QStringLiteral("created")] == QStringLiteral("2020-10-15T09:00:00Z"));
    CHECK(manifest[QStringLiteral("app")].toString().startsWith(QStringLiteral("Duibiao ")));
    CHECK(manifest[QStringLiteral("institution")][QStringLiteral("name")] ==
          QStringLiteral("示例大学"));
    CHECK(manifest[QStringLiteral("assessment")][QStringLiteral("year")] == 2020);

    // Every entry but the manifest is listed exactly once, with its real size and hash.
    QSet<QString> listed;
    for (const QString& list : {QStringLiteral("content"), QStringLiteral("reports")}) {
        for (const QJsonValue& value : manifest[list].toArray()) {
            const QString name = value[QStringLiteral("name")].toString();
            INFO(name.toStdString());
            REQUIRE(entries.count(name) == 1);
            CHECK_FALSE(listed.contains(name));
            listed.insert(name);
            const ZipEntry& entry = entries[name];
            CHECK(value[QStringLiteral("size")].toInteger() == entry.bytes.size());
            CHECK(entry.declaredSize == entry.bytes.size());
            CHECK(value[QStringLiteral("sha256")].toString() == sha256(entry.bytes));
            const bool json = name.endsWith(QLatin1String(".json"));
            CHECK(entry.method == (json ? ZIP_CM_DEFLATE : ZIP_CM_STORE));
        }
    }
    CHECK(int(listed.size()) == int(entries.size()) - 1);
    for (const QString& name : {QStringLiteral("assessment.json"), QStringLiteral("scores.xlsx"),
                                QStringLiteral("report.pdf"), QStringLiteral("report.odt")})
        CHECK(listed.contains(name));

    // The fingerprint is the SHA-256 of the compact content list.
    const QJsonArray content = manifest[QStringLiteral("content")].toArray();
    const QString fingerprint = manifest[QStringLiteral("fingerprint")].toString();
    CHECK(fingerprint == sha256(QJsonDocument(content).toJson(QJsonDocument::Compact)));
    CHECK(fingerprint == exported->manifest.fingerprint);

    // Evidence: every file of the document, byte for byte, under its safe name.
    Result<QVector<Evidence>> evidence = document.evidence().list(demo.assessmentId);
    REQUIRE_OK(evidence);
    REQUIRE(evidence->size() > 3);
    for (const Evidence& e : *evidence) {
        const QString name = evidenceEntryName(e.id, e.name);
        INFO(name.toStdString());
        REQUIRE(entries.count(name) == 1);
        CHECK(entries[name].bytes == storedBytes(document, e.id));
    }
    CHECK(content.size() == 2 + evidence->size());

    // The reports are rendered while the evidence is written, so they follow it, and the
    // manifest, which lists their hashes, comes last.
    CHECK(entries[QStringLiteral("assessment.json")].index == 0);
    CHECK(entries[QStringLiteral("scores.xlsx")].index == 1);
    const int evidenceCount = int(evidence->size());
    CHECK(entries[QStringLiteral("report.pdf")].index == 2 + evidenceCount);
    CHECK(entries[QStringLiteral("report.odt")].index == 3 + evidenceCount);
    CHECK(entries[QStringLiteral("manifest.json")].index == 4 + evidenceCount);

    // assessment.json reads back as the assessment, marked submitted.
    Result<AssessmentSnapshot> parsed = snapshotFromJson(
        entries[QStringLiteral("assessment.json")].bytes, QStringLiteral("assessment.json"));
    REQUIRE_OK(parsed);
    CHECK(parsed->assessment.status == AssessmentStatus::Submitted);
    CHECK(parsed->fingerprint.isEmpty());
    CHECK(parsed->evidence.size() == evidence->size());

    // Frozen in the document, with the fingerprint and the audit trail.
    Result<Assessment> assessment = document.assessments().get(demo.assessmentId);
    REQUIRE_OK(assessment);
    CHECK(assessment->status == AssessmentStatus::Submitted);
    Result<SubmissionStamp> stamp = document.assessments().submission(demo.assessmentId);
    REQUIRE_OK(stamp);
    CHECK(stamp->fingerprint == fingerprint);
    CHECK(stamp->at == demo.doc.clock.now());
    CHECK(QDateTime::fromString(parsed->submittedAt, Qt::ISODateWithMs) == stamp->at);
    AuditTrail::Filter filter;
    filter.entity = QStringLiteral("assessment");
    Result<QVector<AuditEntry>> audit = document.audit().entries(filter);
    REQUIRE_OK(audit);
    QStringList fields;
    for (const AuditEntry& entry : *audit)
        fields.append(entry.field);
    CHECK(fields.contains(QStringLiteral("status")));
    CHECK(fields.contains(QStringLiteral("fingerprint")));

    // The report carries the short fingerprint (cover and every page's footer).
    const QString text = pdfTextOf(entries[QStringLiteral("report.pdf")].bytes, demo.doc.dir());
    const QString shortForm = shortFingerprint(fingerprint);
    CHECK(shortForm.size() == 19);
    CHECK(text.contains(QStringLiteral("包指纹 ") + shortForm));
    CHECK(text.count(shortForm) > 10);
    CHECK(text.contains(fingerprint)); // the whole SHA-256 on the cover

    SECTION("exporting again keeps the submission time and the same assessment.json")
    {
        demo.doc.clock.set(demo.doc.clock.now().addDays(1));
        const QString again = demo.doc.dir() + QStringLiteral("/again.zip");
        Result<PackageExportResult> second = exportTo(document, again);
        REQUIRE_OK(second);
        CHECK_FALSE(second->froze);
        CHECK(second->manifest.content.first().sha256 == exported->manifest.content.first().sha256);
        Result<SubmissionStamp> after = document.assessments().submission(demo.assessmentId);
        REQUIRE_OK(after);
        CHECK(after->at == stamp->at);
        CHECK(after->fingerprint == second->manifest.fingerprint);
    }
    SECTION("reopening needs a reason and is recorded")
    {
        CHECK_FALSE(document.assessments().reopen(demo.assessmentId, QStringLiteral("  ")).ok());
        REQUIRE_OK(document.assessments().reopen(demo.assessmentId, QStringLiteral("补充佐证")));
        Result<Assessment> reopened = document.assessments().get(demo.assessmentId);
        REQUIRE_OK(reopened);
        CHECK(reopened->status == AssessmentStatus::Draft);
        Result<SubmissionStamp> cleared = document.assessments().submission(demo.assessmentId);
        REQUIRE_OK(cleared);
        CHECK_FALSE(cleared->at.isValid());
        CHECK(cleared->fingerprint.isEmpty());
        Result<QVector<AuditEntry>> trail = document.audit().entries(filter);
        REQUIRE_OK(trail);
        bool reasonRecorded = false;
        for (const AuditEntry& entry : *trail)
            reasonRecorded |= entry.field == QLatin1String("reopen_reason") &&
                              entry.newValue == QStringLiteral("补充佐证");
        CHECK(reasonRecorded);
        CHECK_FALSE(document.assessments().reopen(demo.assessmentId, QStringLiteral("x")).ok());
    }
}

TEST_CASE("a cancelled export leaves no file and keeps an existing one")
{
    DemoDocument demo;
    Document& document = *demo.doc;
    const QString dir = demo.doc.dir() + QStringLiteral("/out");
    REQUIRE(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/package.zip");
    std::atomic_bool cancel = false;
    PackageExportOptions options;
    options.cancel = &cancel;
    qint64 seen = 0;
    // Cancel once some bytes of the ZIP are written, in the middle of the evidence.
    options.progress = [&](qint64 done, qint64 total) {
        seen = std::max(seen, done);
        if (total > 0 && done > 0)
            cancel = true;
    };

    SECTION("no file before")
    {
        Result<PackageExportResult> exported = exportTo(document, path, options);
        REQUIRE_FALSE(exported.ok());
        CHECK(exported.error().message == QStringLiteral("The export was cancelled."));
        CHECK(seen > 0); // the ZIP was being written
        CHECK(filesIn(dir).isEmpty());
    }
    SECTION("an older package at the target")
    {
        writeFile(path, "the previous package");
        Result<PackageExportResult> exported = exportTo(document, path, options);
        REQUIRE_FALSE(exported.ok());
        CHECK(seen > 0);
        CHECK(filesIn(dir) == QStringList{QStringLiteral("package.zip")});
        CHECK(readFile(path) == "the previous package");
    }
    SECTION("cancelled before the ZIP")
    {
        cancel = true;
        Result<PackageExportResult> exported = exportTo(document, path, options);
        REQUIRE_FALSE(exported.ok());
        CHECK(seen == 0);
        CHECK(filesIn(dir).isEmpty());
    }
    // Not frozen: the package that would have said so does not exist.
    Result<Assessment> assessment = document.assessments().get(demo.assessmentId);
    REQUIRE_OK(assessment);
    CHECK(assessment->status == AssessmentStatus::Draft);
}

TEST_CASE("a cancel while the report renders on its own thread leaves no file")
{
    DemoDocument demo;
    Document& document = *demo.doc;
    const QString dir = demo.doc.dir() + QStringLiteral("/out");
    REQUIRE(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/package.zip");
    std::atomic_bool cancel = false;
    PackageExportOptions options;
    options.cancel = &cancel;
    QStringList stages;
    // The report's thread has started when this stage is announced.
    options.stage = [&](const QString& text) {
        stages.append(text);
        if (text == QStringLiteral("Rendering the report…"))
            cancel = true;
    };
    qint64 seen = 0;
    options.progress = [&](qint64 done, qint64) {
        seen = std::max(seen, done);
    };

    SECTION("no file before")
    {
        Result<PackageExportResult> exported = exportTo(document, path, options);
        REQUIRE_FALSE(exported.ok());
        CHECK(exported.error().message == QStringLiteral("The export was cancelled."));
        CHECK(filesIn(dir).isEmpty());
    }
    SECTION("an older package at the target")
    {
        writeFile(path, "the previous package");
        Result<PackageExportResult> exported = exportTo(document, path, options);
        REQUIRE_FALSE(exported.ok());
        CHECK(filesIn(dir) == QStringList{QStringLiteral("package.zip")});
        CHECK(readFile(path) == "the previous package");
    }
    CHECK(stages.contains(QStringLiteral("Rendering the report…")));
    CHECK(seen == 0); // stopped before a byte of the ZIP
    Result<Assessment> assessment = document.assessments().get(demo.assessmentId);
    REQUIRE_OK(assessment);
    CHECK(assessment->status == AssessmentStatus::Draft);
    Result<SubmissionStamp> stamp = document.assessments().submission(demo.assessmentId);
    REQUIRE_OK(stamp);
    CHECK(stamp->fingerprint.isEmpty());
}

TEST_CASE("a deferred ZIP entry is made when the ZIP is written; its failure fails the commit")
{
    TempDocument doc;
    const QString dir = doc.dir() + QStringLiteral("/out");
    REQUIRE(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/deferred.zip");
    const QDateTime modified(QDate(2020, 11, 20), QTime(9, 0), Qt::UTC);
    ZipPackageWriter zip;
    REQUIRE_OK(zip.open(path, modified));
    int made = 0;
    bool committing = false;
    REQUIRE_OK(zip.addBytes(QStringLiteral("first.json"), QByteArrayLiteral("{}")));

    SECTION("made once, during the commit, stored or deflated as asked")
    {
        const QByteArray text(5000, 'x');
        REQUIRE_OK(zip.addDeferred(
            QStringLiteral("later.txt"),
            [&]() -> Result<QByteArray> {
                CHECK(committing);
                ++made;
                return text;
            },
            true));
        REQUIRE_OK(zip.addDeferred(
            QStringLiteral("stored.bin"), [&]() -> Result<QByteArray> { return text.left(7); },
            false));
        CHECK(made == 0);
        committing = true;
        REQUIRE_OK(zip.commit({}, nullptr));
        CHECK(made == 1);
        std::map<QString, ZipEntry> entries = readZip(path);
        REQUIRE(entries.size() == 3);
        CHECK(entries[QStringLiteral("later.txt")].bytes == text);
        CHECK(entries[QStringLiteral("later.txt")].method == ZIP_CM_DEFLATE);
        CHECK(entries[QStringLiteral("later.txt")].index == 1);
        CHECK(entries[QStringLiteral("stored.bin")].bytes == text.left(7));
        CHECK(entries[QStringLiteral("stored.bin")].method == ZIP_CM_STORE);
    }
    SECTION("a failure is the commit's error and leaves no file")
    {
        REQUIRE_OK(zip.addDeferred(
            QStringLiteral("later.txt"),
            [&]() -> Result<QByteArray> {
                ++made;
                return Error::user(QStringLiteral("The report could not be made."));
            },
            false));
        committing = true;
        Status committed = zip.commit({}, nullptr);
        REQUIRE_FALSE(committed.ok());
        CHECK(committed.error().message == QStringLiteral("The report could not be made."));
        CHECK(made == 1);
        CHECK(filesIn(dir).isEmpty());
    }
}

TEST_CASE("damaged evidence bytes stop the export and name the file")
{
    DemoDocument demo;
    Result<QVector<Evidence>> evidence = demo.doc->evidence().list(demo.assessmentId);
    REQUIRE_OK(evidence);
    REQUIRE(evidence->size() > 2);
    const Evidence& victim = evidence->at(1);
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("corrupt"));
        db.setDatabaseName(demo.doc.path());
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.prepare(QStringLiteral("UPDATE evidence_chunks SET data = "
                                             "zeroblob(length(data)) WHERE evidence_id = ?")));
        query.addBindValue(victim.id);
        REQUIRE(query.exec());
        REQUIRE(query.numRowsAffected() >= 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("corrupt"));

    const QString dir = demo.doc.dir() + QStringLiteral("/out");
    REQUIRE(QDir().mkpath(dir));
    Result<PackageExportResult> exported =
        exportTo(*demo.doc, dir + QStringLiteral("/package.zip"));
    REQUIRE_FALSE(exported.ok());
    CHECK(exported.error().message ==
          QStringLiteral("Evidence file %1 “%2” cannot be exported: its bytes no longer match its "
                         "SHA-256. The document is damaged; run “duibiao check” on it.")
              .arg(victim.id)
              .arg(victim.name));
    CHECK(filesIn(dir).isEmpty());
    Result<Assessment> assessment = demo.doc->assessments().get(demo.assessmentId);
    REQUIRE_OK(assessment);
    CHECK(assessment->status == AssessmentStatus::Draft);
}

TEST_CASE("a team package holds the chosen categories and units only")
{
    DemoDocument demo;
    Document& document = *demo.doc;
    Result<AssessmentSnapshot> whole = loadSnapshot(document, demo.assessmentId);
    REQUIRE_OK(whole);
    REQUIRE_OK(
        document.meta().setValue(QStringLiteral("team_base"), QString::fromUtf8(toJson(*whole))));
    const qint64 unit = whole->units.at(3).id;

    PackageExportOptions options;
    options.kind = PackageKind::Team;
    options.categories = {QStringLiteral("T")};
    options.unitIds = {unit};
    const QString path = demo.doc.dir() + QStringLiteral("/team.zip");
    Result<PackageExportResult> exported = exportTo(document, path, options);
    REQUIRE_OK(exported);
    CHECK_FALSE(exported->froze);
    std::map<QString, ZipEntry> entries = readZip(path);
    CHECK(entries.count(QStringLiteral("report.pdf")) == 0);
    CHECK(entries.count(QStringLiteral("scores.xlsx")) == 0);
    CHECK(QJsonDocument::fromJson(entries[QStringLiteral("manifest.json")].bytes)
              .object()[QStringLiteral("kind")] == QStringLiteral("team"));
    Result<AssessmentSnapshot> team = snapshotFromJson(
        entries[QStringLiteral("assessment.json")].bytes, QStringLiteral("assessment.json"));
    REQUIRE_OK(team);
    REQUIRE(team->scope.has_value());
    CHECK(team->scope->categories == QStringList{QStringLiteral("T")});
    CHECK(team->scope->unitIds == QVector<qint64>{unit});
    REQUIRE(team->base != nullptr);
    CHECK(team->base->requirements.size() == 28);
    CHECK(team->units.size() == whole->units.size());
    CHECK(team->requirements.size() == 7);
    for (const RequirementAssessment& r : team->requirements)
        CHECK(r.requirementCode.startsWith(QLatin1Char('T')));
    for (const UnitFigures& f : team->figures)
        CHECK(f.unitId == unit);
    for (const Platform& p : team->platforms)
        CHECK(p.unitId == unit);
    CHECK(team->opinions.isEmpty());
    CHECK_FALSE(team->rectification.isEmpty());
    CHECK(team->rectification.size() < whole->rectification.size());
    for (const Evidence& e : team->evidence)
        CHECK(entries.count(evidenceEntryName(e.id, e.name)) == 1);
    CHECK(int(entries.size()) == 2 + team->evidence.size());
    // Not a submission: the assessment stays a draft.
    Result<Assessment> assessment = document.assessments().get(demo.assessmentId);
    REQUIRE_OK(assessment);
    CHECK(assessment->status == AssessmentStatus::Draft);

    options.categories = {QStringLiteral("Q")};
    Result<PackageExportResult> refused = exportTo(document, path, options);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.startsWith(QStringLiteral("The framework has no category “Q”")));
}

TEST_CASE("an opinions package carries the opinions and no evidence")
{
    DemoDocument demo;
    PackageExportOptions options;
    options.kind = PackageKind::Opinions;
    const QString path = demo.doc.dir() + QStringLiteral("/opinions.zip");
    REQUIRE_OK(exportTo(*demo.doc, path, options));
    std::map<QString, ZipEntry> entries = readZip(path);
    CHECK(entries.size() == 2);
    Result<AssessmentSnapshot> opinions = snapshotFromJson(
        entries[QStringLiteral("assessment.json")].bytes, QStringLiteral("assessment.json"));
    REQUIRE_OK(opinions);
    CHECK(opinions->opinions.size() == 2);
    CHECK(opinions->units.isEmpty());
    CHECK(opinions->requirements.isEmpty());
    CHECK(opinions->evidence.isEmpty());
    CHECK(opinions->institution.name == QStringLiteral("示例大学"));
}

TEST_CASE("a submission without freezing leaves the assessment a draft")
{
    DemoDocument demo;
    PackageExportOptions options;
    options.freeze = false;
    const QString path = demo.doc.dir() + QStringLiteral("/trial.zip");
    Result<PackageExportResult> exported = exportTo(*demo.doc, path, options);
    REQUIRE_OK(exported);
    CHECK_FALSE(exported->froze);
    std::map<QString, ZipEntry> entries = readZip(path);
    CHECK(entries.count(QStringLiteral("report.pdf")) == 1);
    Result<AssessmentSnapshot> trial = snapshotFromJson(
        entries[QStringLiteral("assessment.json")].bytes, QStringLiteral("assessment.json"));
    REQUIRE_OK(trial);
    CHECK(trial->assessment.status == AssessmentStatus::Draft);
    CHECK(trial->submittedAt.isEmpty());
    Result<Assessment> assessment = demo.doc->assessments().get(demo.assessmentId);
    REQUIRE_OK(assessment);
    CHECK(assessment->status == AssessmentStatus::Draft);

    // A read-only document cannot be frozen, and says why.
    demo.doc.close();
    Document::Options readOnly;
    readOnly.access = Document::Access::ReadOnly;
    auto document = Document::open(demo.doc.path(), readOnly);
    REQUIRE_OK(document);
    Result<PackageExportResult> refused =
        exportTo(**document, demo.doc.dir() + QStringLiteral("/frozen.zip"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("open for writing")));
    REQUIRE_OK(exportTo(**document, demo.doc.dir() + QStringLiteral("/trial2.zip"), options));
}

TEST_CASE("assessment.json takes partly met where the item's scoring does, and only there",
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
    REQUIRE_OK(doc.ratings().setRating(assessment->id, QStringLiteral("B4"), Rating::PartlyMet,
                                       std::nullopt, {}));
    auto snapshot = loadSnapshot(doc, assessment->id);
    REQUIRE_OK(snapshot);
    const QByteArray json = toJson(*snapshot);

    // Graded B4 at partly met reads back.
    auto parsed = snapshotFromJson(json, QStringLiteral("assessment.json"));
    REQUIRE_OK(parsed);
    bool found = false;
    for (const RequirementAssessment& rating : parsed->requirements) {
        if (rating.requirementCode == QLatin1String("B4")) {
            found = true;
            CHECK(rating.rating == Rating::PartlyMet);
        }
    }
    CHECK(found);

    // Partly met on the rating item B3, or largely met on the pass/fail item B2: refused.
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonArray requirements = root.value(QStringLiteral("requirements")).toArray();
    for (const auto& [code, rating] :
         {std::pair{"B3", "partly_met"}, std::pair{"B2", "largely_met"}}) {
        INFO(code);
        QJsonArray edited = requirements;
        int index = -1;
        for (int i = 0; i < edited.size(); ++i) {
            if (edited.at(i).toObject().value(QStringLiteral("code")).toString() ==
                QLatin1String(code))
                index = i;
        }
        REQUIRE(index >= 0);
        QJsonObject item = edited.at(index).toObject();
        item.insert(QStringLiteral("rating"), QString::fromUtf8(rating));
        edited.replace(index, item);
        QJsonObject changed = root;
        changed.insert(QStringLiteral("requirements"), edited);
        auto refused =
            snapshotFromJson(QJsonDocument(changed).toJson(), QStringLiteral("assessment.json"));
        REQUIRE_FALSE(refused.ok());
        const QString message = refused.error().message;
        CHECK(message.contains(QStringLiteral("requirements[%1].rating").arg(index)));
        CHECK(message.contains(QStringLiteral("Requirement %1").arg(QLatin1String(code))));
    }
}
