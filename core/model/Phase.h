#pragma once

#include "model/Language.h"

#include <QDate>
#include <QString>

#include <array>

namespace duibiao {

// One of the four phases of the appendix; each assessment may move the dates.
struct Phase
{
    int number = 1; // 1…4
    QDate start;    // may be null: phase 1 has no start
    QDate end;

    bool contains(QDate day) const
    {
        return (!start.isValid() || day >= start) && (!end.isValid() || day <= end);
    }
};

using PhasePlan = std::array<Phase, 4>;

// The appendix's dates: 学习动员 to 2019-11-30, 对标找差 2019-11-01…2020-09-30,
// 自我评估 2020-09-01…2020-11-30, 组织评议 2020-11-01…2020-12-31.
PhasePlan defaultPhasePlan();
QString phaseName(int number, Language language);
// The latest phase whose dates contain the day (phases overlap by a month); 0 before the
// first, 5 after the last.
int currentPhase(const PhasePlan& plan, QDate day);

} // namespace duibiao
