#include "exchange/UnitImportPlan.h"

#include <QCoreApplication>

namespace duibiao {

namespace {

QString problemAt(const QString& fileName, int row, const QString& problem)
{
    return row > 0 ? QCoreApplication::translate("UnitImportPlan", "%1: row %2: %3")
                         .arg(fileName, QString::number(row), problem)
                   : QCoreApplication::translate("UnitImportPlan", "%1: %2").arg(fileName, problem);
}

} // namespace

bool sameFigures(const UnitFigures& a, const UnitFigures& b)
{
    return a.unitId == b.unitId && a.year == b.year && a.eligible == b.eligible &&
           a.participants == b.participants && a.coreWorkers == b.coreWorkers &&
           a.hearingsPerYear == b.hearingsPerYear && a.trainingsPerYear == b.trainingsPerYear &&
           a.hasUnitRules == b.hasUnitRules && a.hasDemandMenu == b.hasDemandMenu &&
           a.hasResourceMenu == b.hasResourceMenu && a.note == b.note;
}

bool samePlatformContent(const Platform& a, const Platform& b)
{
    return a.name == b.name && a.partnerDepartment == b.partnerDepartment &&
           a.inServiceLeader == b.inServiceLeader && a.retiredLeader == b.retiredLeader &&
           a.founded == b.founded && a.activities == b.activities;
}

bool UnitImportPlan::changesFigures() const
{
    if (!figuresAfter)
        return false;
    return !figuresBefore || !sameFigures(*figuresBefore, *figuresAfter);
}

bool UnitImportPlan::changesNothing() const
{
    return !changesFigures() && platformsToAdd.isEmpty() && platformsToUpdate.isEmpty();
}

Result<UnitImportPlan> UnitImportPlan::plan(const UnitTemplate& unitTemplate,
                                            const QString& fileName, const QVector<Unit>& units,
                                            const QVector<UnitFigures>& figuresOfYear,
                                            const QVector<Platform>& platforms, int year)
{
    QStringList problems;
    UnitImportPlan plan;
    plan.fileName = fileName;
    plan.year = year;

    const Unit* unit = nullptr;
    const QString wanted = unitTemplate.unitName.trimmed();
    for (const Unit& candidate : units) {
        if (candidate.name.trimmed() == wanted)
            unit = &candidate;
    }
    for (const Unit& candidate : units) {
        if (!unit && candidate.name.trimmed().toCaseFolded() == wanted.toCaseFolded())
            unit = &candidate;
    }
    if (!unit) {
        problems.append(problemAt(fileName, unitTemplate.origin.unitRow,
                                  QCoreApplication::translate(
                                      "UnitImportPlan",
                                      "there is no unit “%1” in this document; add the unit first "
                                      "or correct the name.")
                                      .arg(wanted)));
    }
    if (unitTemplate.year != year) {
        problems.append(
            problemAt(fileName, unitTemplate.origin.yearRow,
                      QCoreApplication::translate(
                          "UnitImportPlan", "the template is for %1, but the assessment is for %2.")
                          .arg(unitTemplate.year)
                          .arg(year)));
    }
    if (!problems.isEmpty())
        return Error::user(problems.join(QLatin1Char('\n')));
    plan.unit = *unit;

    for (const UnitFigures& figures : figuresOfYear) {
        if (figures.unitId == unit->id && figures.year == year)
            plan.figuresBefore = figures;
    }
    if (unitTemplate.figures) {
        UnitFigures after = *unitTemplate.figures;
        after.unitId = unit->id;
        after.year = year;
        if (Status valid = after.validate(); !valid)
            problems.append(
                problemAt(fileName, unitTemplate.origin.figuresRow, valid.error().message));
        plan.figuresAfter = after;
    }

    QVector<Platform> existing;
    for (const Platform& platform : platforms) {
        if (platform.unitId == unit->id)
            existing.append(platform);
    }
    QVector<bool> matched(existing.size(), false);
    for (int i = 0; i < unitTemplate.platforms.size(); ++i) {
        Platform incoming = unitTemplate.platforms.at(i);
        incoming.unitId = unit->id;
        const int row = unitTemplate.origin.platformRows.value(i);
        if (Status valid = incoming.validate(); !valid) {
            problems.append(problemAt(fileName, row, valid.error().message));
            continue;
        }
        int found = -1;
        for (int k = 0; k < existing.size() && found < 0; ++k) {
            if (!matched.at(k) && existing.at(k).name.trimmed().toCaseFolded() ==
                                      incoming.name.trimmed().toCaseFolded())
                found = k;
        }
        if (found < 0) {
            incoming.id = 0;
            plan.platformsToAdd.append(incoming);
            continue;
        }
        matched[found] = true;
        incoming.id = existing.at(found).id;
        if (!samePlatformContent(existing.at(found), incoming))
            plan.platformsToUpdate.append({existing.at(found), incoming});
    }
    for (int k = 0; k < existing.size(); ++k) {
        if (!matched.at(k))
            plan.platformsKept.append(existing.at(k));
    }
    if (!problems.isEmpty())
        return Error::user(problems.join(QLatin1Char('\n')));
    return plan;
}

} // namespace duibiao
