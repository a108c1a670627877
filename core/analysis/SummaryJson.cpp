#include "analysis/SummaryJson.h"

#include <QJsonArray>

#include <cmath>

namespace duibiao {

namespace {

QJsonValue optionalNumber(std::optional<double> value, int decimals = 4)
{
    if (!value)
        return QJsonValue::Null;
    const double scale = std::pow(10.0, decimals);
    return std::round(*value * scale) / scale;
}

QJsonValue optionalRating(std::optional<Rating> rating)
{
    return rating ? QJsonValue(ratingKey(*rating)) : QJsonValue(QJsonValue::Null);
}

QJsonObject tallyToJson(const ScoreTally& tally)
{
    return {
        {QStringLiteral("met"), tally.met},
        {QStringLiteral("largelyMet"), tally.largelyMet},
        {QStringLiteral("partlyMet"), tally.partlyMet},
        {QStringLiteral("notMet"), tally.notMet},
        {QStringLiteral("notApplicable"), tally.notApplicable},
        {QStringLiteral("unrated"), tally.unrated},
        {QStringLiteral("metRate"), optionalNumber(tally.metRate())},
        {QStringLiteral("weightedScore"), optionalNumber(tally.weightedScore(), 2)},
        {QStringLiteral("points"), optionalNumber(tally.earned, 2)},
        {QStringLiteral("possiblePoints"), optionalNumber(tally.possible, 2)},
    };
}

QJsonObject unitToJson(const IndicatorRule& rule, const UnitIndicatorValue& unit, Language language)
{
    static const char* outcomes[] = {"passes", "fails", "no_figures", "excluded"};
    QJsonObject object{
        {QStringLiteral("unit"), unit.unitName},
        {QStringLiteral("outcome"), QLatin1String(outcomes[int(unit.outcome)])},
        {QStringLiteral("value"), optionalNumber(unit.value)},
        {QStringLiteral("display"), formatIndicatorValue(rule, unit, language)},
    };
    if (unit.numerator)
        object.insert(QStringLiteral("numerator"), *unit.numerator);
    if (unit.denominator)
        object.insert(QStringLiteral("denominator"), *unit.denominator);
    return object;
}

} // namespace

QJsonObject summaryToJson(const AnalysisInput& input, const Analysis& analysis, Language language)
{
    QJsonArray requirements;
    for (const RequirementResult& r : analysis.requirements) {
        QJsonArray items;
        for (const LinkedItem& item : r.items) {
            items.append(
                QJsonObject{{QStringLiteral("id"), item.id},
                            {QStringLiteral("measure"), item.measure},
                            {QStringLiteral("status"), rectificationStatusKey(item.status)},
                            {QStringLiteral("phase"), item.phase},
                            {QStringLiteral("due"), item.due.toString(Qt::ISODate)},
                            {QStringLiteral("overdue"), item.overdue}});
        }
        QJsonObject object{
            {QStringLiteral("number"), r.number},
            {QStringLiteral("code"), r.code},
            {QStringLiteral("category"), r.categoryCode},
            {QStringLiteral("title"), r.title},
            {QStringLiteral("weight"), r.weight},
            {QStringLiteral("scoring"), scoringKey(r.scoring)},
            {QStringLiteral("veto"), r.veto},
            {QStringLiteral("rating"), ratingKey(r.rating)},
            {QStringLiteral("ratingLabel"), r.ratingText(language)},
            {QStringLiteral("suggestedRating"), optionalRating(r.suggestion)},
            {QStringLiteral("overrideReason"),
             r.isOverridden() ? QJsonValue(r.overrideReason) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("ratingBeforeRectification"),
             optionalRating(r.ratingBeforeRectification)},
            {QStringLiteral("score"), optionalNumber(r.score, 2)},
            {QStringLiteral("gap"), r.gap},
            {QStringLiteral("evidenceCount"), r.evidenceCount},
            {QStringLiteral("rectificationItems"), items},
        };
        if (r.indicator) {
            QJsonArray shortfalls;
            for (const UnitIndicatorValue& unit : r.indicator->shortfalls())
                shortfalls.append(unitToJson(r.indicator->rule, unit, language));
            object.insert(QStringLiteral("indicator"),
                          QJsonObject{
                              {QStringLiteral("metric"), metricKey(r.indicator->rule.metric)},
                              {QStringLiteral("target"), formatTarget(r.indicator->rule, language)},
                              {QStringLiteral("institutionFigure"),
                               optionalNumber(r.indicator->institutionFigure)},
                              {QStringLiteral("unitsInScope"), r.indicator->unitsInScope},
                              {QStringLiteral("unitsPassing"), r.indicator->unitsPassing},
                              {QStringLiteral("shortfallUnits"), shortfalls},
                          });
        }
        requirements.append(object);
    }

    QJsonArray categories;
    for (const CategoryScore& category : analysis.scores.categories) {
        QJsonObject object = tallyToJson(category.tally);
        object.insert(QStringLiteral("code"), category.code);
        object.insert(QStringLiteral("scoreText"),
                      analysis.categoryScoreText(category.tally, language));
        if (const Category* c = input.framework.category(category.code))
            object.insert(QStringLiteral("title"), c->title.in(language));
        categories.append(object);
    }

    QJsonObject overall = tallyToJson(analysis.scores.overall);
    overall.insert(QStringLiteral("openItems"), analysis.openItems);
    overall.insert(QStringLiteral("overdueItems"), analysis.overdueItems);
    // With a framework total the score is read as points out of it ("86.5 / 100 分").
    overall.insert(QStringLiteral("total"), optionalNumber(analysis.total, 6));
    overall.insert(QStringLiteral("scorePoints"),
                   analysis.total
                       ? optionalNumber(analysis.scores.overall.points(*analysis.total), 2)
                       : QJsonValue(QJsonValue::Null));
    overall.insert(QStringLiteral("scoreText"), analysis.scoreText(language));
    overall.insert(QStringLiteral("passMark"), optionalNumber(analysis.passMark, 6));

    QJsonArray vetoItems;
    for (const RequirementResult* r : analysis.vetoItems())
        vetoItems.append(QJsonObject{{QStringLiteral("code"), r->code},
                                     {QStringLiteral("rating"), ratingKey(r->rating)},
                                     {QStringLiteral("ratingLabel"), r->ratingText(language)},
                                     {QStringLiteral("fails"), r->vetoFails()}});

    return {
        {QStringLiteral("format"), QStringLiteral("duibiao-summary")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("institution"), input.institution.name},
        {QStringLiteral("assessment"),
         QJsonObject{{QStringLiteral("title"), input.assessment.title},
                     {QStringLiteral("year"), input.assessment.year},
                     {QStringLiteral("status"), assessmentStatusKey(input.assessment.status)},
                     {QStringLiteral("framework"), input.assessment.frameworkCode},
                     {QStringLiteral("frameworkVersion"), input.assessment.frameworkVersion}}},
        {QStringLiteral("frameworkNote"), input.framework.note.in(language)},
        {QStringLiteral("today"), analysis.today.toString(Qt::ISODate)},
        {QStringLiteral("currentPhase"), analysis.currentPhase},
        {QStringLiteral("requirements"), requirements},
        {QStringLiteral("categories"), categories},
        {QStringLiteral("overall"), overall},
        {QStringLiteral("readiness"),
         QJsonObject{
             {QStringLiteral("ready"), analysis.readiness.ready},
             {QStringLiteral("vetoItems"), vetoItems},
             {QStringLiteral("reasons"), QJsonArray::fromStringList(analysis.readiness.reasons)}}},
    };
}

} // namespace duibiao
