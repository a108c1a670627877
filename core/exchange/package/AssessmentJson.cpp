#include "exchange/package/AssessmentJson.h"

#include "exchange/package/SafeName.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace duibiao {

namespace {

QJsonValue dateValue(const QDate& day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeValue(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(packageDateTime(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue idValue(const std::optional<qint64>& id)
{
    return id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null);
}

QJsonValue ratingValue(const std::optional<Rating>& rating)
{
    return rating ? QJsonValue(ratingKey(*rating)) : QJsonValue(QJsonValue::Null);
}

QJsonObject institutionObject(const Institution& institution)
{
    return {{QStringLiteral("name"), institution.name},
            {QStringLiteral("committee"), institution.committee},
            {QStringLiteral("region"), institution.region}};
}

QJsonObject assessmentObject(const AssessmentSnapshot& s)
{
    QJsonArray phases;
    for (const Phase& phase : s.assessment.phases) {
        phases.append(QJsonObject{{QStringLiteral("phase"), phase.number},
                                  {QStringLiteral("start"), dateValue(phase.start)},
                                  {QStringLiteral("end"), dateValue(phase.end)}});
    }
    const Assessment& a = s.assessment;
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("title"), a.title},
            {QStringLiteral("year"), a.year},
            {QStringLiteral("frameworkCode"), a.frameworkCode},
            {QStringLiteral("frameworkVersion"), a.frameworkVersion},
            {QStringLiteral("status"), assessmentStatusKey(a.status)},
            {QStringLiteral("created"), timeValue(a.created)},
            {QStringLiteral("submittedAt"),
             s.submittedAt.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.submittedAt)},
            {QStringLiteral("fingerprint"), s.fingerprint},
            {QStringLiteral("phases"), phases}};
}

QJsonArray unitsArray(const QVector<Unit>& units)
{
    QJsonArray array;
    for (const Unit& unit : units) {
        array.append(QJsonObject{{QStringLiteral("id"), unit.id},
                                 {QStringLiteral("name"), unit.name},
                                 {QStringLiteral("kind"), unitKindKey(unit.kind)},
                                 {QStringLiteral("sortOrder"), unit.sortOrder}});
    }
    return array;
}

QJsonArray figuresArray(const QVector<UnitFigures>& figures)
{
    QJsonArray array;
    for (const UnitFigures& f : figures) {
        array.append(QJsonObject{{QStringLiteral("unitId"), f.unitId},
                                 {QStringLiteral("year"), f.year},
                                 {QStringLiteral("eligible"), f.eligible},
                                 {QStringLiteral("participants"), f.participants},
                                 {QStringLiteral("coreWorkers"), f.coreWorkers},
                                 {QStringLiteral("hearingsPerYear"), f.hearingsPerYear},
                                 {QStringLiteral("trainingsPerYear"), f.trainingsPerYear},
                                 {QStringLiteral("hasUnitRules"), f.hasUnitRules},
                                 {QStringLiteral("hasDemandMenu"), f.hasDemandMenu},
                                 {QStringLiteral("hasResourceMenu"), f.hasResourceMenu},
                                 {QStringLiteral("note"), f.note}});
    }
    return array;
}

QJsonArray platformsArray(const QVector<Platform>& platforms)
{
    QJsonArray array;
    for (const Platform& p : platforms) {
        array.append(QJsonObject{{QStringLiteral("id"), p.id},
                                 {QStringLiteral("unitId"), p.unitId},
                                 {QStringLiteral("name"), p.name},
                                 {QStringLiteral("partnerDepartment"), p.partnerDepartment},
                                 {QStringLiteral("inServiceLeader"), p.inServiceLeader},
                                 {QStringLiteral("retiredLeader"), p.retiredLeader},
                                 {QStringLiteral("founded"), dateValue(p.founded)},
                                 {QStringLiteral("activities"), p.activities}});
    }
    return array;
}

QJsonArray requirementsArray(const QVector<RequirementAssessment>& requirements)
{
    QJsonArray array;
    for (const RequirementAssessment& r : requirements) {
        array.append(QJsonObject{
            {QStringLiteral("code"), r.requirementCode},
            {QStringLiteral("rating"), ratingKey(r.rating)},
            {QStringLiteral("suggestedRating"), ratingValue(r.suggestedRating)},
            {QStringLiteral("ratingBeforeRectification"), ratingValue(r.ratingBeforeRectification)},
            {QStringLiteral("overrideReason"), r.overrideReason},
            {QStringLiteral("narrative"), r.narrative},
            {QStringLiteral("gapText"), r.gapText},
            {QStringLiteral("assessor"), r.assessor},
            {QStringLiteral("created"), timeValue(r.created)},
            {QStringLiteral("updated"), timeValue(r.updated)}});
    }
    return array;
}

QJsonArray rectificationArray(const QVector<RectificationItem>& items)
{
    QJsonArray array;
    for (const RectificationItem& item : items) {
        array.append(QJsonObject{
            {QStringLiteral("id"), item.id},
            {QStringLiteral("requirementCodes"), QJsonArray::fromStringList(item.requirementCodes)},
            {QStringLiteral("measure"), item.measure},
            {QStringLiteral("responsibleUnitId"), idValue(item.responsibleUnitId)},
            {QStringLiteral("responsiblePerson"), item.responsiblePerson},
            {QStringLiteral("deadline"), dateValue(item.deadline)},
            {QStringLiteral("phase"), item.phase},
            {QStringLiteral("status"), rectificationStatusKey(item.status)},
            {QStringLiteral("progress"), item.progress},
            {QStringLiteral("completionNote"), item.completionNote},
            {QStringLiteral("created"), timeValue(item.created)},
            {QStringLiteral("updated"), timeValue(item.updated)}});
    }
    return array;
}

QJsonArray evidenceArray(const QVector<Evidence>& evidence)
{
    QJsonArray array;
    for (const Evidence& e : evidence) {
        array.append(QJsonObject{{QStringLiteral("id"), e.id},
                                 {QStringLiteral("requirementCode"), e.requirementCode},
                                 {QStringLiteral("rectificationId"), idValue(e.rectificationId)},
                                 {QStringLiteral("expectedItem"), e.expectedItem},
                                 {QStringLiteral("name"), e.name},
                                 {QStringLiteral("mimeType"), e.mimeType},
                                 {QStringLiteral("size"), e.size},
                                 {QStringLiteral("sha256"), e.sha256},
                                 {QStringLiteral("added"), timeValue(e.added)},
                                 {QStringLiteral("addedBy"), e.addedBy},
                                 {QStringLiteral("file"), evidenceEntryName(e.id, e.name)}});
    }
    return array;
}

QJsonArray opinionsArray(const QVector<ReviewOpinion>& opinions)
{
    QJsonArray array;
    for (const ReviewOpinion& o : opinions) {
        array.append(QJsonObject{{QStringLiteral("id"), o.id},
                                 {QStringLiteral("requirementCode"), o.requirementCode},
                                 {QStringLiteral("panel"), o.panel},
                                 {QStringLiteral("reviewer"), o.reviewer},
                                 {QStringLiteral("rating"), ratingKey(o.rating)},
                                 {QStringLiteral("comment"), o.comment},
                                 {QStringLiteral("created"), timeValue(o.created)}});
    }
    return array;
}

} // namespace

QString packageDateTime(const QDateTime& time)
{
    // A local time carries its zone's offset, so the text names one instant everywhere.
    return time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

QByteArray toJson(const AssessmentSnapshot& s, const SnapshotExtras& extras)
{
    QJsonObject root{
        {QStringLiteral("schemaVersion"), assessmentJsonSchemaVersion},
        {QStringLiteral("documentId"), s.documentId},
        {QStringLiteral("institution"), institutionObject(s.institution)},
        {QStringLiteral("assessment"), assessmentObject(s)},
        {QStringLiteral("framework"), QJsonDocument::fromJson(s.frameworkJson).object()},
        {QStringLiteral("units"), unitsArray(s.units)},
        {QStringLiteral("figures"), figuresArray(s.figures)},
        {QStringLiteral("platforms"), platformsArray(s.platforms)},
        {QStringLiteral("requirements"), requirementsArray(s.requirements)},
        {QStringLiteral("rectification"), rectificationArray(s.rectification)},
        {QStringLiteral("evidence"), evidenceArray(s.evidence)},
        {QStringLiteral("opinions"), opinionsArray(s.opinions)},
    };
    if (extras.scope) {
        QJsonArray unitIds;
        for (qint64 id : extras.scope->unitIds)
            unitIds.append(id);
        root.insert(QStringLiteral("scope"),
                    QJsonObject{{QStringLiteral("categories"),
                                 QJsonArray::fromStringList(extras.scope->categories)},
                                {QStringLiteral("unitIds"), unitIds}});
    }
    if (!extras.baseJson.isEmpty()) {
        QJsonObject base = QJsonDocument::fromJson(extras.baseJson).object();
        base.remove(QStringLiteral("scope"));
        base.remove(QStringLiteral("base"));
        root.insert(QStringLiteral("base"), base);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace duibiao
