#pragma once

#include "model/Phase.h"

#include <QDateTime>
#include <QString>

namespace duibiao {

enum class AssessmentStatus { Draft, Submitted };

// One round of self-assessment against a framework. The framework's JSON text is kept
// with it (the snapshot), so a later framework file never changes a finished assessment.
struct Assessment
{
    qint64 id = 0;
    QString title;
    int year = 0; // the assessment year whose unit figures count
    QString frameworkCode;
    QString frameworkVersion;
    AssessmentStatus status = AssessmentStatus::Draft;
    QDateTime created;
    PhasePlan phases = defaultPhasePlan();
};

QString assessmentStatusKey(AssessmentStatus status);

} // namespace duibiao
