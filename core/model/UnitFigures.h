#pragma once

#include "util/Result.h"

#include <QString>

namespace duibiao {

// One unit's figures for one assessment year (FRAMEWORK.md, "Units and their indicator data").
struct UnitFigures
{
    qint64 unitId = 0;
    int year = 0;
    int eligible = 0;     // 有条件参与的老同志人数
    int participants = 0; // 参与人数
    int coreWorkers = 0;  // 工作骨干人数
    int hearingsPerYear = 0;
    int trainingsPerYear = 0;
    bool hasUnitRules = false;
    bool hasDemandMenu = false;
    bool hasResourceMenu = false;
    QString note;

    // Figures that cannot be are refused with the reason (negative counts,
    // participants > eligible, core workers > participants).
    Status validate() const;
};

} // namespace duibiao
