#include "framework/FrameworkDiff.h"

#include "framework/FrameworkSheet.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace duibiao {

namespace {

// Lines for people are in the language asked for, whatever the interface's language.
QString say(Language language, const char* zh, const char* en)
{
    return language == Language::Chinese ? QString::fromUtf8(zh) : QString::fromUtf8(en);
}

// The JSON keys of a requirement that hold its wording; every other key (weight, kind,
// rule, and what a later format adds, such as scoring) decides how it counts.
bool isTextKey(const QString& key)
{
    static const QSet<QString> keys = {
        QStringLiteral("title"),    QStringLiteral("description"), QStringLiteral("guidance"),
        QStringLiteral("evidence"), QStringLiteral("source"),      QStringLiteral("en"),
    };
    return keys.contains(key);
}

bool isPlaceKey(const QString& key)
{
    return key == QLatin1String("category") || key == QLatin1String("order");
}

// Each requirement as framework JSON writes it, by code: comparing these objects key by
// key sees every field the format has, including ones added after this code was written.
QHash<QString, QJsonObject> requirementObjects(const Framework& framework)
{
    QHash<QString, QJsonObject> objects;
    const QJsonObject root = QJsonDocument::fromJson(frameworkToJson(framework)).object();
    for (const QJsonValue& category : root.value(QStringLiteral("categories")).toArray()) {
        for (const QJsonValue& value :
             category.toObject().value(QStringLiteral("requirements")).toArray()) {
            QJsonObject object = value.toObject();
            const QString code = object.take(QStringLiteral("code")).toString();
            objects.insert(code, object);
        }
    }
    return objects;
}

QStringList differingKeys(const QJsonObject& from, const QJsonObject& to)
{
    QStringList keys = from.keys();
    for (const QString& key : to.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    QStringList differing;
    // Wording first, then what counts, each in a fixed order so the lines read the same
    // every time.
    static const QStringList order = {
        QStringLiteral("title"),    QStringLiteral("description"), QStringLiteral("guidance"),
        QStringLiteral("evidence"), QStringLiteral("en"),          QStringLiteral("source"),
        QStringLiteral("weight"),   QStringLiteral("kind"),        QStringLiteral("rule")};
    std::sort(keys.begin(), keys.end(), [](const QString& a, const QString& b) {
        const auto rank = [](const QString& key) {
            const qsizetype at = order.indexOf(key);
            return at < 0 ? order.size() : at;
        };
        return rank(a) != rank(b) ? rank(a) < rank(b) : a < b;
    });
    for (const QString& key : keys) {
        if (key == QLatin1String("replaces"))
            continue; // where work comes from, not what the requirement asks
        if (from.value(key) != to.value(key))
            differing.append(key);
    }
    return differing;
}

// The codes, common to both sequences, that keep their relative order: a longest common
// subsequence. A requirement outside it has moved; inserting or removing others does not
// move it.
QSet<QString> keptInOrder(const QStringList& from, const QStringList& to)
{
    const qsizetype n = from.size();
    const qsizetype m = to.size();
    QVector<QVector<int>> length(n + 1, QVector<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            length[i][j] = from[i] == to[j] ? length[i + 1][j + 1] + 1
                                            : std::max(length[i + 1][j], length[i][j + 1]);
        }
    }
    QSet<QString> kept;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (from[i] == to[j]) {
            kept.insert(from[i]);
            ++i;
            ++j;
        } else if (length[i + 1][j] >= length[i][j + 1]) {
            ++i;
        } else {
            ++j;
        }
    }
    return kept;
}

// The renamed pairs, new code → old code (see diffFrameworks in the header): first those
// `to` declares, then those `from` declares, read backwards; no code is in two pairs.
QHash<QString, QString> renamedPairs(const Framework& from, const Framework& to)
{
    QHash<QString, QString> pairs;
    QSet<QString> oldCodes;
    for (const Requirement* requirement : to.requirements()) {
        if (from.requirement(requirement->code))
            continue;
        for (const QString& old : requirement->replaces) {
            if (from.requirement(old) && !to.requirement(old) && !oldCodes.contains(old)) {
                pairs.insert(requirement->code, old);
                oldCodes.insert(old);
                break;
            }
        }
    }
    for (const Requirement* requirement : from.requirements()) {
        if (to.requirement(requirement->code) || oldCodes.contains(requirement->code))
            continue;
        for (const QString& earlier : requirement->replaces) {
            if (to.requirement(earlier) && !from.requirement(earlier) && !pairs.contains(earlier)) {
                pairs.insert(earlier, requirement->code);
                oldCodes.insert(requirement->code);
                break;
            }
        }
    }
    return pairs;
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

QString title(const LocalizedText& text, Language language)
{
    return text.in(language);
}

// "old → new" in the language asked for; in Chinese when only the Chinese text changed,
// so that the line shows the change.
QString change(const LocalizedText& from, const LocalizedText& to, Language language)
{
    const bool same = from.in(language) == to.in(language);
    const Language shown = same ? Language::Chinese : language;
    return from.in(shown) + QStringLiteral(" → ") + to.in(shown);
}

QString fieldName(const QString& key, Language language)
{
    if (key == QLatin1String("title"))
        return say(language, "标题", "title");
    if (key == QLatin1String("description"))
        return say(language, "条文", "description");
    if (key == QLatin1String("guidance"))
        return say(language, "指导", "guidance");
    if (key == QLatin1String("evidence"))
        return say(language, "佐证材料", "evidence items");
    if (key == QLatin1String("en"))
        return say(language, "英文文本", "English texts");
    if (key == QLatin1String("source"))
        return say(language, "出处", "source");
    if (key == QLatin1String("weight"))
        return say(language, "权重", "weight");
    if (key == QLatin1String("kind"))
        return say(language, "类型", "kind");
    if (key == QLatin1String("rule"))
        return say(language, "指标规则", "indicator rule");
    if (key == QLatin1String("scoring"))
        return say(language, "计分方式", "scoring");
    return key;
}

} // namespace

bool RequirementDiff::textsChanged() const
{
    return std::any_of(fields.cbegin(), fields.cend(), isTextKey);
}

bool RequirementDiff::rulesChanged() const
{
    return std::any_of(fields.cbegin(), fields.cend(),
                       [](const QString& key) { return !isTextKey(key) && !isPlaceKey(key); });
}

const RequirementDiff* FrameworkDiff::requirement(const QString& code) const
{
    for (const RequirementDiff& diff : requirements) {
        if (diff.code == code)
            return &diff;
    }
    return nullptr;
}

QStringList FrameworkDiff::codes(RequirementDiff::Kind kind) const
{
    QStringList codes;
    for (const RequirementDiff& diff : requirements) {
        if (diff.kind == kind)
            codes.append(diff.code);
    }
    return codes;
}

bool FrameworkDiff::isEmpty() const
{
    return !titleChanged && !scoring.changed() && categories.isEmpty() &&
           std::all_of(requirements.cbegin(), requirements.cend(), [](const RequirementDiff& d) {
               return d.kind == RequirementDiff::Kind::Unchanged;
           });
}

FrameworkDiff diffFrameworks(const Framework& from, const Framework& to)
{
    FrameworkDiff diff;
    diff.fromCode = from.code;
    diff.fromVersion = from.version;
    diff.toCode = to.code;
    diff.toVersion = to.version;
    diff.fromTitle = from.title;
    diff.toTitle = to.title;
    diff.titleChanged = from.title.zh != to.title.zh || from.title.en != to.title.en;
    diff.scoring = {from.total, to.total, from.passMark, to.passMark};

    for (const Category& category : to.categories) {
        const Category* old = from.category(category.code);
        if (!old) {
            diff.categories.append({category.code, CategoryDiff::Kind::Added, {}, category.title});
        } else if (old->title.zh != category.title.zh || old->title.en != category.title.en) {
            diff.categories.append(
                {category.code, CategoryDiff::Kind::Retitled, old->title, category.title});
        }
    }
    for (const Category& category : from.categories) {
        if (!to.category(category.code))
            diff.categories.append(
                {category.code, CategoryDiff::Kind::Removed, category.title, {}});
    }

    const QHash<QString, QJsonObject> fromObjects = requirementObjects(from);
    const QHash<QString, QJsonObject> toObjects = requirementObjects(to);
    const QHash<QString, QString> renamed = renamedPairs(from, to); // new → old
    QHash<QString, QString> newCodeOf;                              // old → new
    for (auto pair = renamed.cbegin(); pair != renamed.cend(); ++pair)
        newCodeOf.insert(pair.value(), pair.key());
    // A renamed pair takes its place in the order under its new code.
    QStringList fromOrder;
    for (const Requirement* requirement : from.requirements()) {
        if (to.requirement(requirement->code))
            fromOrder.append(requirement->code);
        else if (newCodeOf.contains(requirement->code))
            fromOrder.append(newCodeOf.value(requirement->code));
    }
    QStringList toOrder;
    for (const Requirement* requirement : to.requirements()) {
        if (from.requirement(requirement->code) || renamed.contains(requirement->code))
            toOrder.append(requirement->code);
    }
    const QSet<QString> kept = keptInOrder(fromOrder, toOrder);

    for (const Requirement* requirement : to.requirements()) {
        RequirementDiff entry;
        entry.code = requirement->code;
        entry.toCategory = requirement->categoryCode;
        entry.toNumber = requirement->number;
        entry.toTitle = requirement->title;
        entry.toWeight = requirement->weight;
        entry.renamedFrom = renamed.value(requirement->code);
        const Requirement* old =
            from.requirement(entry.renamedFrom.isEmpty() ? requirement->code : entry.renamedFrom);
        if (!old) {
            entry.kind = RequirementDiff::Kind::Added;
            diff.requirements.append(entry);
            continue;
        }
        entry.fromCategory = old->categoryCode;
        entry.fromNumber = old->number;
        entry.fromTitle = old->title;
        entry.fromWeight = old->weight;
        entry.fields = differingKeys(fromObjects.value(old->code), toObjects.value(entry.code));
        if (entry.fromCategory != entry.toCategory)
            entry.fields.append(QStringLiteral("category"));
        if (!kept.contains(entry.code))
            entry.fields.append(QStringLiteral("order"));
        if (!entry.renamedFrom.isEmpty())
            entry.kind = RequirementDiff::Kind::Renamed;
        else if (entry.rulesChanged())
            entry.kind = RequirementDiff::Kind::Changed;
        else if (entry.textsChanged())
            entry.kind = RequirementDiff::Kind::Reworded;
        else if (!entry.fields.isEmpty())
            entry.kind = RequirementDiff::Kind::Moved;
        diff.requirements.append(entry);
    }
    for (const Requirement* requirement : from.requirements()) {
        if (to.requirement(requirement->code) || newCodeOf.contains(requirement->code))
            continue;
        RequirementDiff entry;
        entry.code = requirement->code;
        entry.kind = RequirementDiff::Kind::Removed;
        entry.fromCategory = requirement->categoryCode;
        entry.fromNumber = requirement->number;
        entry.fromTitle = requirement->title;
        entry.fromWeight = requirement->weight;
        diff.requirements.append(entry);
    }
    return diff;
}

QStringList describeDiff(const FrameworkDiff& diff, Language language)
{
    QStringList lines;
    const QString arrow = QStringLiteral(" → ");
    if (diff.titleChanged)
        lines.append(say(language, "框架标题已修改: ", "Framework title changed: ") +
                     change(diff.fromTitle, diff.toTitle, language));
    if (diff.scoring.changed()) {
        const auto figure = [language](std::optional<double> value) {
            return value ? QString::number(*value, 'g', 12) : say(language, "无", "none");
        };
        lines.append(say(language, "框架计分已修改: 总分 ", "Framework scoring changed: total ") +
                     figure(diff.scoring.fromTotal) + arrow + figure(diff.scoring.toTotal) +
                     say(language, ",合格线 ", ", pass mark ") + figure(diff.scoring.fromPassMark) +
                     arrow + figure(diff.scoring.toPassMark));
    }
    for (const CategoryDiff& category : diff.categories) {
        switch (category.kind) {
        case CategoryDiff::Kind::Added:
            lines.append(QStringLiteral("%1 %2: %3")
                             .arg(category.code, say(language, "类别新增", "category added"),
                                  title(category.toTitle, language)));
            break;
        case CategoryDiff::Kind::Removed:
            lines.append(QStringLiteral("%1 %2: %3")
                             .arg(category.code, say(language, "类别删除", "category removed"),
                                  title(category.fromTitle, language)));
            break;
        case CategoryDiff::Kind::Retitled:
            lines.append(QStringLiteral("%1 %2: %3")
                             .arg(category.code,
                                  say(language, "类别标题已修改", "category title changed"),
                                  change(category.fromTitle, category.toTitle, language)));
            break;
        }
    }
    for (const RequirementDiff& entry : diff.requirements) {
        switch (entry.kind) {
        case RequirementDiff::Kind::Unchanged:
            break;
        case RequirementDiff::Kind::Added:
            lines.append(QStringLiteral("%1 %2: %3")
                             .arg(entry.code, say(language, "新增", "added"),
                                  title(entry.toTitle, language)));
            break;
        case RequirementDiff::Kind::Removed:
            lines.append(QStringLiteral("%1 %2: %3")
                             .arg(entry.code, say(language, "删除", "removed"),
                                  title(entry.fromTitle, language)));
            break;
        case RequirementDiff::Kind::Renamed:
            lines.append(QStringLiteral("%1 → %2 %3")
                             .arg(entry.renamedFrom, entry.code,
                                  say(language, "编号变更(工作随之迁移)",
                                      "code changed (the work moves with it)")));
            [[fallthrough]];
        case RequirementDiff::Kind::Reworded:
        case RequirementDiff::Kind::Changed:
        case RequirementDiff::Kind::Moved:
            for (const QString& field : entry.fields) {
                if (field == QLatin1String("title")) {
                    lines.append(QStringLiteral("%1 %2: %3")
                                     .arg(entry.code, say(language, "标题已修改", "title changed"),
                                          change(entry.fromTitle, entry.toTitle, language)));
                } else if (field == QLatin1String("weight")) {
                    lines.append(
                        QStringLiteral("%1 %2: %3")
                            .arg(entry.code, say(language, "权重已修改", "weight changed"),
                                 number(entry.fromWeight) + arrow + number(entry.toWeight)));
                } else if (field == QLatin1String("category")) {
                    lines.append(QStringLiteral("%1 %2: %3")
                                     .arg(entry.code,
                                          say(language, "类别已调整", "moved to another category"),
                                          entry.fromCategory + arrow + entry.toCategory));
                } else if (field == QLatin1String("order")) {
                    lines.append(QStringLiteral("%1 %2: %3")
                                     .arg(entry.code, say(language, "顺序已调整", "order changed"),
                                          QString::number(entry.fromNumber) + arrow +
                                              QString::number(entry.toNumber)));
                } else {
                    lines.append(
                        QStringLiteral("%1 %2%3").arg(entry.code, fieldName(field, language),
                                                      say(language, "已修改", " changed")));
                }
            }
            break;
        }
    }
    return lines;
}

} // namespace duibiao
