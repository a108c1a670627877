#include "exchange/merge/SnapshotRecords.h"

#include <QCoreApplication>

#include <algorithm>

namespace duibiao {
namespace {

QString number(qint64 value)
{
    return QString::number(value);
}

QString flag(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

QString date(const QDate& value)
{
    return value.isValid() ? value.toString(Qt::ISODate) : QString();
}

QString optionalRating(const std::optional<Rating>& rating)
{
    return rating ? ratingKey(*rating) : QString();
}

std::optional<Rating> ratingOrNone(const QString& key)
{
    return key.isEmpty() ? std::nullopt : ratingFromKey(key);
}

QString codes(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list.join(QLatin1Char(','));
}

} // namespace

FieldValues fieldsOf(const Institution& institution)
{
    return {{QStringLiteral("name"), institution.name},
            {QStringLiteral("committee"), institution.committee},
            {QStringLiteral("region"), institution.region}};
}

FieldValues fieldsOf(const Phase& phase)
{
    return {{QStringLiteral("start"), date(phase.start)}, {QStringLiteral("end"), date(phase.end)}};
}

FieldValues fieldsOf(const Unit& unit)
{
    return {{QStringLiteral("name"), unit.name}, {QStringLiteral("kind"), unitKindKey(unit.kind)}};
}

FieldValues fieldsOf(const UnitFigures& f)
{
    return {{QStringLiteral("eligible"), number(f.eligible)},
            {QStringLiteral("participants"), number(f.participants)},
            {QStringLiteral("coreWorkers"), number(f.coreWorkers)},
            {QStringLiteral("hearingsPerYear"), number(f.hearingsPerYear)},
            {QStringLiteral("trainingsPerYear"), number(f.trainingsPerYear)},
            {QStringLiteral("hasUnitRules"), flag(f.hasUnitRules)},
            {QStringLiteral("hasDemandMenu"), flag(f.hasDemandMenu)},
            {QStringLiteral("hasResourceMenu"), flag(f.hasResourceMenu)},
            {QStringLiteral("note"), f.note}};
}

FieldValues fieldsOf(const Platform& p)
{
    return {{QStringLiteral("unitId"), number(p.unitId)},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("partnerDepartment"), p.partnerDepartment},
            {QStringLiteral("inServiceLeader"), p.inServiceLeader},
            {QStringLiteral("retiredLeader"), p.retiredLeader},
            {QStringLiteral("founded"), date(p.founded)},
            {QStringLiteral("activities"), number(p.activities)}};
}

FieldValues fieldsOf(const RequirementAssessment& r)
{
    return {
        {QStringLiteral("rating"), ratingKey(r.rating)},
        {QStringLiteral("suggestedRating"), optionalRating(r.suggestedRating)},
        {QStringLiteral("ratingBeforeRectification"), optionalRating(r.ratingBeforeRectification)},
        {QStringLiteral("overrideReason"), r.overrideReason},
        {QStringLiteral("narrative"), r.narrative},
        {QStringLiteral("gapText"), r.gapText}};
}

FieldValues fieldsOf(const RectificationItem& item)
{
    return {{QStringLiteral("requirementCodes"), codes(item.requirementCodes)},
            {QStringLiteral("measure"), item.measure},
            {QStringLiteral("responsibleUnitId"),
             item.responsibleUnitId ? number(*item.responsibleUnitId) : QString()},
            {QStringLiteral("responsiblePerson"), item.responsiblePerson},
            {QStringLiteral("deadline"), date(item.deadline)},
            {QStringLiteral("phase"), number(item.phase)},
            {QStringLiteral("status"), rectificationStatusKey(item.status)},
            {QStringLiteral("progress"), number(item.progress)},
            {QStringLiteral("completionNote"), item.completionNote}};
}

FieldValues fieldsOf(const Evidence& e)
{
    return {{QStringLiteral("name"), e.name}, {QStringLiteral("expectedItem"), e.expectedItem}};
}

void assignField(Institution& institution, const QString& field, const QString& value)
{
    if (field == QLatin1String("name"))
        institution.name = value;
    else if (field == QLatin1String("committee"))
        institution.committee = value;
    else if (field == QLatin1String("region"))
        institution.region = value;
}

void assignField(Phase& phase, const QString& field, const QString& value)
{
    if (field == QLatin1String("start"))
        phase.start = QDate::fromString(value, Qt::ISODate);
    else if (field == QLatin1String("end"))
        phase.end = QDate::fromString(value, Qt::ISODate);
}

void assignField(Unit& unit, const QString& field, const QString& value)
{
    if (field == QLatin1String("name"))
        unit.name = value;
    else if (field == QLatin1String("kind"))
        unit.kind = value == QLatin1String("school") ? UnitKind::School : UnitKind::Secondary;
}

void assignField(UnitFigures& f, const QString& field, const QString& value)
{
    const std::pair<const char*, int*> counts[] = {{"eligible", &f.eligible},
                                                   {"participants", &f.participants},
                                                   {"coreWorkers", &f.coreWorkers},
                                                   {"hearingsPerYear", &f.hearingsPerYear},
                                                   {"trainingsPerYear", &f.trainingsPerYear}};
    for (const auto& [name, target] : counts) {
        if (field == QLatin1String(name)) {
            *target = value.toInt();
            return;
        }
    }
    const std::pair<const char*, bool*> flags[] = {{"hasUnitRules", &f.hasUnitRules},
                                                   {"hasDemandMenu", &f.hasDemandMenu},
                                                   {"hasResourceMenu", &f.hasResourceMenu}};
    for (const auto& [name, target] : flags) {
        if (field == QLatin1String(name)) {
            *target = value == QLatin1String("1");
            return;
        }
    }
    if (field == QLatin1String("note"))
        f.note = value;
}

void assignField(Platform& p, const QString& field, const QString& value)
{
    if (field == QLatin1String("unitId"))
        p.unitId = value.toLongLong();
    else if (field == QLatin1String("name"))
        p.name = value;
    else if (field == QLatin1String("partnerDepartment"))
        p.partnerDepartment = value;
    else if (field == QLatin1String("inServiceLeader"))
        p.inServiceLeader = value;
    else if (field == QLatin1String("retiredLeader"))
        p.retiredLeader = value;
    else if (field == QLatin1String("founded"))
        p.founded = QDate::fromString(value, Qt::ISODate);
    else if (field == QLatin1String("activities"))
        p.activities = value.toInt();
}

void assignField(RequirementAssessment& r, const QString& field, const QString& value)
{
    if (field == QLatin1String("rating"))
        r.rating = ratingFromKey(value).value_or(Rating::Unrated);
    else if (field == QLatin1String("suggestedRating"))
        r.suggestedRating = ratingOrNone(value);
    else if (field == QLatin1String("ratingBeforeRectification"))
        r.ratingBeforeRectification = ratingOrNone(value);
    else if (field == QLatin1String("overrideReason"))
        r.overrideReason = value;
    else if (field == QLatin1String("narrative"))
        r.narrative = value;
    else if (field == QLatin1String("gapText"))
        r.gapText = value;
}

void assignField(RectificationItem& item, const QString& field, const QString& value)
{
    if (field == QLatin1String("requirementCodes"))
        item.requirementCodes =
            value.isEmpty() ? QStringList() : value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    else if (field == QLatin1String("measure"))
        item.measure = value;
    else if (field == QLatin1String("responsibleUnitId"))
        item.responsibleUnitId =
            value.isEmpty() ? std::nullopt : std::optional<qint64>(value.toLongLong());
    else if (field == QLatin1String("responsiblePerson"))
        item.responsiblePerson = value;
    else if (field == QLatin1String("deadline"))
        item.deadline = QDate::fromString(value, Qt::ISODate);
    else if (field == QLatin1String("phase"))
        item.phase = value.toInt();
    else if (field == QLatin1String("status"))
        item.status = rectificationStatusFromKey(value).value_or(RectificationStatus::Planned);
    else if (field == QLatin1String("progress"))
        item.progress = value.toInt();
    else if (field == QLatin1String("completionNote"))
        item.completionNote = value;
}

void assignField(Evidence& e, const QString& field, const QString& value)
{
    if (field == QLatin1String("name"))
        e.name = value;
    else if (field == QLatin1String("expectedItem"))
        e.expectedItem = value;
}

QString fieldLabel(const QString& entity, const QString& field)
{
    static const QMap<QString, const char*> labels = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("Merge", "Name")},
        {QStringLiteral("committee"), QT_TRANSLATE_NOOP("Merge", "Committee")},
        {QStringLiteral("region"), QT_TRANSLATE_NOOP("Merge", "Activity area")},
        {QStringLiteral("start"), QT_TRANSLATE_NOOP("Merge", "Start")},
        {QStringLiteral("end"), QT_TRANSLATE_NOOP("Merge", "End")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("Merge", "Kind")},
        {QStringLiteral("eligible"), QT_TRANSLATE_NOOP("Merge", "Eligible")},
        {QStringLiteral("participants"), QT_TRANSLATE_NOOP("Merge", "Participants")},
        {QStringLiteral("coreWorkers"), QT_TRANSLATE_NOOP("Merge", "Core workers")},
        {QStringLiteral("hearingsPerYear"), QT_TRANSLATE_NOOP("Merge", "Hearings per year")},
        {QStringLiteral("trainingsPerYear"), QT_TRANSLATE_NOOP("Merge", "Trainings per year")},
        {QStringLiteral("hasUnitRules"), QT_TRANSLATE_NOOP("Merge", "Unit rules")},
        {QStringLiteral("hasDemandMenu"), QT_TRANSLATE_NOOP("Merge", "Demand menu")},
        {QStringLiteral("hasResourceMenu"), QT_TRANSLATE_NOOP("Merge", "Resource menu")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("Merge", "Note")},
        {QStringLiteral("unitId"), QT_TRANSLATE_NOOP("Merge", "Unit")},
        {QStringLiteral("partnerDepartment"), QT_TRANSLATE_NOOP("Merge", "Partner department")},
        {QStringLiteral("inServiceLeader"), QT_TRANSLATE_NOOP("Merge", "In-service leader")},
        {QStringLiteral("retiredLeader"), QT_TRANSLATE_NOOP("Merge", "Retired leader")},
        {QStringLiteral("founded"), QT_TRANSLATE_NOOP("Merge", "Founded")},
        {QStringLiteral("activities"), QT_TRANSLATE_NOOP("Merge", "Activities")},
        {QStringLiteral("rating"), QT_TRANSLATE_NOOP("Merge", "Rating")},
        {QStringLiteral("suggestedRating"), QT_TRANSLATE_NOOP("Merge", "Suggested rating")},
        {QStringLiteral("ratingBeforeRectification"),
         QT_TRANSLATE_NOOP("Merge", "Rating before rectification")},
        {QStringLiteral("overrideReason"), QT_TRANSLATE_NOOP("Merge", "Reason for the rating")},
        {QStringLiteral("narrative"), QT_TRANSLATE_NOOP("Merge", "Narrative")},
        {QStringLiteral("gapText"), QT_TRANSLATE_NOOP("Merge", "Gap")},
        {QStringLiteral("requirementCodes"), QT_TRANSLATE_NOOP("Merge", "Requirements")},
        {QStringLiteral("measure"), QT_TRANSLATE_NOOP("Merge", "Measure")},
        {QStringLiteral("responsibleUnitId"), QT_TRANSLATE_NOOP("Merge", "Responsible unit")},
        {QStringLiteral("responsiblePerson"), QT_TRANSLATE_NOOP("Merge", "Responsible person")},
        {QStringLiteral("deadline"), QT_TRANSLATE_NOOP("Merge", "Deadline")},
        {QStringLiteral("phase"), QT_TRANSLATE_NOOP("Merge", "Phase")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("Merge", "Status")},
        {QStringLiteral("progress"), QT_TRANSLATE_NOOP("Merge", "Progress")},
        {QStringLiteral("completionNote"), QT_TRANSLATE_NOOP("Merge", "Completion note")},
        {QStringLiteral("expectedItem"), QT_TRANSLATE_NOOP("Merge", "Expected evidence item")},
    };
    Q_UNUSED(entity)
    const auto found = labels.constFind(field);
    return found == labels.constEnd() ? field : QCoreApplication::translate("Merge", *found);
}

} // namespace duibiao
