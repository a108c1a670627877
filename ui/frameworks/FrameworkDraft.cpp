#include "frameworks/FrameworkDraft.h"

#include <utility>

namespace duibiao::draft {

bool hasCode(const Framework& framework, const QString& code)
{
    for (const Category& category : framework.categories) {
        if (category.code.compare(code, Qt::CaseInsensitive) == 0)
            return true;
        for (const Requirement& requirement : category.requirements) {
            if (requirement.code.compare(code, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

bool isValid(const Framework& framework, DraftPosition position)
{
    if (position.category < 0 || position.category >= framework.categories.size())
        return false;
    return position.requirement < 0 ||
           position.requirement < framework.categories.at(position.category).requirements.size();
}

void renumber(Framework& framework)
{
    int number = 0;
    for (Category& category : framework.categories) {
        for (Requirement& requirement : category.requirements) {
            requirement.number = ++number;
            requirement.categoryCode = category.code;
        }
    }
}

DraftPosition addRequirement(Framework& framework, DraftPosition at, const QString& code)
{
    if (!isValid(framework, at))
        return at;
    QVector<Requirement>& requirements = framework.categories[at.category].requirements;
    Requirement requirement;
    requirement.code = code;
    const int index = at.isRequirement() ? at.requirement + 1 : int(requirements.size());
    requirements.insert(index, requirement);
    renumber(framework);
    return {at.category, index};
}

DraftPosition addCategory(Framework& framework, DraftPosition at, const QString& code)
{
    Category category;
    category.code = code;
    const int index = isValid(framework, at) ? at.category + 1 : int(framework.categories.size());
    framework.categories.insert(index, category);
    renumber(framework);
    return {index, -1};
}

DraftPosition remove(Framework& framework, DraftPosition at)
{
    if (!isValid(framework, at))
        return at;
    if (at.isRequirement()) {
        QVector<Requirement>& requirements = framework.categories[at.category].requirements;
        requirements.removeAt(at.requirement);
        renumber(framework);
        if (requirements.isEmpty())
            return {at.category, -1};
        return {at.category, qMin(at.requirement, int(requirements.size()) - 1)};
    }
    framework.categories.removeAt(at.category);
    renumber(framework);
    if (framework.categories.isEmpty())
        return {};
    return {qMin(at.category, int(framework.categories.size()) - 1), -1};
}

DraftPosition move(Framework& framework, DraftPosition at, int delta)
{
    if (!isValid(framework, at))
        return at;
    if (at.isRequirement()) {
        QVector<Requirement>& requirements = framework.categories[at.category].requirements;
        const int target = at.requirement + delta;
        if (target < 0 || target >= requirements.size())
            return at;
        std::swap(requirements[at.requirement], requirements[target]);
        renumber(framework);
        return {at.category, target};
    }
    const int target = at.category + delta;
    if (target < 0 || target >= framework.categories.size())
        return at;
    std::swap(framework.categories[at.category], framework.categories[target]);
    renumber(framework);
    return {target, -1};
}

} // namespace duibiao::draft
