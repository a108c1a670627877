#include "model/UnitFigures.h"

#include <QCoreApplication>

namespace duibiao {

Status UnitFigures::validate() const
{
    auto negative = [](const char* field) {
        return Error::user(QCoreApplication::translate("UnitFigures", "%1 cannot be negative.")
                               .arg(QCoreApplication::translate("UnitFigures", field)));
    };
    if (eligible < 0)
        return negative(QT_TRANSLATE_NOOP("UnitFigures", "The number of eligible retired staff"));
    if (participants < 0)
        return negative(QT_TRANSLATE_NOOP("UnitFigures", "The number of participants"));
    if (coreWorkers < 0)
        return negative(QT_TRANSLATE_NOOP("UnitFigures", "The number of core workers"));
    if (hearingsPerYear < 0)
        return negative(QT_TRANSLATE_NOOP("UnitFigures", "The number of report hearings"));
    if (trainingsPerYear < 0)
        return negative(QT_TRANSLATE_NOOP("UnitFigures", "The number of trainings"));
    if (participants > eligible) {
        return Error::user(
            QCoreApplication::translate(
                "UnitFigures", "Participants (%1) cannot exceed the eligible retired staff (%2).")
                .arg(participants)
                .arg(eligible));
    }
    if (coreWorkers > participants) {
        return Error::user(
            QCoreApplication::translate("UnitFigures",
                                        "Core workers (%1) cannot exceed the participants (%2).")
                .arg(coreWorkers)
                .arg(participants));
    }
    if (year < 2000 || year > 2100) {
        return Error::user(QCoreApplication::translate(
                               "UnitFigures", "The year %1 is not a plausible assessment year.")
                               .arg(year));
    }
    return {};
}

} // namespace duibiao
