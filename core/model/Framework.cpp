#include "model/Framework.h"

namespace duibiao {

QVector<const Requirement*> Framework::requirements() const
{
    QVector<const Requirement*> all;
    for (const Category& category : categories) {
        for (const Requirement& requirement : category.requirements)
            all.append(&requirement);
    }
    return all;
}

const Requirement* Framework::requirement(const QString& requirementCode) const
{
    for (const Category& category : categories) {
        for (const Requirement& requirement : category.requirements) {
            if (requirement.code == requirementCode)
                return &requirement;
        }
    }
    return nullptr;
}

const Category* Framework::category(const QString& categoryCode) const
{
    for (const Category& category : categories) {
        if (category.code == categoryCode)
            return &category;
    }
    return nullptr;
}

int Framework::requirementCount() const
{
    int count = 0;
    for (const Category& category : categories)
        count += int(category.requirements.size());
    return count;
}

} // namespace duibiao
