// The review package: the assessment snapshot, assessment.json both ways, and the exporter
// (package format in docs/formats/package.md).

#include "TestSupport.h"

#include "demo/DemoBuilder.h"
#include "exchange/package/AssessmentJson.h"
#include "exchange/package/AssessmentSnapshotLoader.h"
#include "exchange/package/JsonFieldReader.h"
#include "exchange/package/PackageManifest.h"
#include "exchange/package/SafeName.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
                                           "largely_met, not_met, not_applicable"));
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
    SECTION("a draft with a submission time")
    {
        CHECK(errorAfter([](QJsonObject& root) {
                  setMember(root, QStringLiteral("assessment"), QStringLiteral("submittedAt"),
                            QStringLiteral("2020-11-01T10:00:00+08:00"));
              }) == entry + QStringLiteral("assessment.submittedAt: must be null while the "
                                           "status is draft"));
    }
}
