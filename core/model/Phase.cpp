#include "model/Phase.h"

namespace duibiao {

PhasePlan defaultPhasePlan()
{
    return {{
        {1, QDate(), QDate(2019, 11, 30)},
        {2, QDate(2019, 11, 1), QDate(2020, 9, 30)},
        {3, QDate(2020, 9, 1), QDate(2020, 11, 30)},
        {4, QDate(2020, 11, 1), QDate(2020, 12, 31)},
    }};
}

QString phaseName(int number, Language language)
{
    const bool zh = language == Language::Chinese;
    switch (number) {
    case 1:
        return zh ? QStringLiteral("学习动员,统一思想") : QStringLiteral("Study and mobilisation");
    case 2:
        return zh ? QStringLiteral("对标找差,全面整改")
                  : QStringLiteral("Benchmarking and full rectification");
    case 3:
        return zh ? QStringLiteral("自我评估,重点整改")
                  : QStringLiteral("Self-evaluation and focused rectification");
    case 4:
        return zh ? QStringLiteral("组织评议,进一步整改")
                  : QStringLiteral("Panel review and further rectification");
    default:
        return {};
    }
}

int currentPhase(const PhasePlan& plan, QDate day)
{
    int current = 0;
    for (const Phase& phase : plan) {
        if (phase.contains(day))
            current = phase.number;
    }
    if (current == 0 && plan.back().end.isValid() && day > plan.back().end)
        return 5;
    return current;
}

} // namespace duibiao
