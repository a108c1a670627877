#include "framework/FrameworkLoader.h"

#include "framework/BuiltinFrameworks.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace duibiao {

namespace {

// Walks the JSON tree, remembering where it is, and collects problems instead of
// stopping at the first, so one run shows the author everything to fix.
class Validator
{
public:
    explicit Validator(QString sourceName) : m_source(std::move(sourceName)) {}

    int formatVersion = 1;
    // Keys that version 2 added are refused, with their path, in a version 1 file.
    bool allowedInVersion(const QJsonObject& object, const QString& path, const char* key)
    {
        if (!object.contains(QLatin1String(key)))
            return false;
        if (formatVersion >= 2)
            return true;
        fail(path + QLatin1Char('.') + QLatin1String(key),
             QCoreApplication::translate("FrameworkLoader", "needs formatVersion 2"));
        return false;
    }

    void fail(const QString& path, const QString& problem)
    {
        if (m_problems.size() < maxProblems)
            m_problems.append(QStringLiteral("%1: %2: %3").arg(m_source, path, problem));
    }
    bool failed() const { return !m_problems.isEmpty(); }
    Error error() const { return Error::user(m_problems.join(QLatin1Char('\n'))); }

    void rejectUnknownKeys(const QJsonObject& object, const QString& path,
                           std::initializer_list<const char*> known)
    {
        for (const QString& key : object.keys()) {
            bool isKnown = false;
            for (const char* candidate : known)
                isKnown = isKnown || key == QLatin1String(candidate);
            if (!isKnown)
                fail(path + QLatin1Char('.') + key,
                     QCoreApplication::translate("FrameworkLoader", "unknown key (a typo?)"));
        }
    }

    QString requiredString(const QJsonObject& object, const QString& path, const char* key)
    {
        const QString at = path + QLatin1Char('.') + QLatin1String(key);
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined()) {
            fail(at, QCoreApplication::translate("FrameworkLoader", "is missing"));
            return {};
        }
        if (!value.isString()) {
            fail(at, QCoreApplication::translate("FrameworkLoader", "must be a string"));
            return {};
        }
        if (value.toString().trimmed().isEmpty())
            fail(at, QCoreApplication::translate("FrameworkLoader", "must not be empty"));
        return value.toString().trimmed();
    }

    QString optionalString(const QJsonObject& object, const QString& path, const char* key)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString()) {
            fail(path + QLatin1Char('.') + QLatin1String(key),
                 QCoreApplication::translate("FrameworkLoader", "must be a string"));
            return {};
        }
        return value.toString().trimmed();
    }

    QStringList stringList(const QJsonObject& object, const QString& path, const char* key)
    {
        const QString at = path + QLatin1Char('.') + QLatin1String(key);
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray()) {
            fail(at, QCoreApplication::translate("FrameworkLoader", "must be an array of strings"));
            return {};
        }
        QStringList items;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(at).arg(i);
            if (!array.at(i).isString() || array.at(i).toString().trimmed().isEmpty())
                fail(itemPath,
                     QCoreApplication::translate("FrameworkLoader", "must be a non-empty string"));
            else
                items.append(array.at(i).toString().trimmed());
        }
        return items;
    }

    std::optional<double> finiteNumber(const QJsonValue& value, const QString& at)
    {
        if (!value.isDouble() || !std::isfinite(value.toDouble())) {
            fail(at, QCoreApplication::translate("FrameworkLoader", "must be a number"));
            return std::nullopt;
        }
        return value.toDouble();
    }

private:
    static constexpr int maxProblems = 50;
    QString m_source;
    QStringList m_problems;
};

const QRegularExpression& codePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]{0,15}$"));
    return pattern;
}

QString translated(const QJsonObject& object, const char* key)
{
    const QJsonValue en = object.value(QLatin1String("en"));
    return en.isObject() ? en.toObject().value(QLatin1String(key)).toString().trimmed() : QString();
}

void readTranslations(Validator& v, const QJsonObject& object, const QString& path)
{
    const QJsonValue en = object.value(QLatin1String("en"));
    if (!en.isUndefined() && !en.isNull() && !en.isObject())
        v.fail(path + QStringLiteral(".en"),
               QCoreApplication::translate("FrameworkLoader",
                                           "must be an object of translated texts"));
}

std::optional<IndicatorRule> readRule(Validator& v, const QJsonValue& value, const QString& path)
{
    if (!value.isObject()) {
        v.fail(path, QCoreApplication::translate(
                         "FrameworkLoader",
                         "must be an object with metric, scope, comparison and target"));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    v.rejectUnknownKeys(object, path, {"metric", "scope", "comparison", "target", "largelyMetAt"});
    IndicatorRule rule;
    bool valid = true;

    const QString metric = v.requiredString(object, path, "metric");
    if (auto parsed = metricFromKey(metric))
        rule.metric = *parsed;
    else if (!metric.isEmpty()) {
        v.fail(path + QStringLiteral(".metric"),
               QCoreApplication::translate("FrameworkLoader", "unknown metric “%1”").arg(metric));
        valid = false;
    }
    const QString scope = v.requiredString(object, path, "scope");
    if (auto parsed = scopeFromKey(scope))
        rule.scope = *parsed;
    else if (!scope.isEmpty()) {
        v.fail(path + QStringLiteral(".scope"),
               QCoreApplication::translate("FrameworkLoader", "unknown scope “%1”").arg(scope));
        valid = false;
    }
    const QString comparison = v.requiredString(object, path, "comparison");
    if (auto parsed = comparisonFromSymbol(comparison))
        rule.comparison = *parsed;
    else if (!comparison.isEmpty()) {
        v.fail(path + QStringLiteral(".comparison"),
               QCoreApplication::translate("FrameworkLoader",
                                           "unknown comparison “%1” (use >=, >, <=, < or ==)")
                   .arg(comparison));
        valid = false;
    }
    const QJsonValue target = object.value(QStringLiteral("target"));
    if (target.isUndefined()) {
        v.fail(path + QStringLiteral(".target"),
               QCoreApplication::translate("FrameworkLoader", "is missing"));
        valid = false;
    } else if (auto number = v.finiteNumber(target, path + QStringLiteral(".target"))) {
        rule.target = *number;
    } else {
        valid = false;
    }
    const QJsonValue largely = object.value(QStringLiteral("largelyMetAt"));
    if (!largely.isUndefined() && !largely.isNull()) {
        const QString at = path + QStringLiteral(".largelyMetAt");
        if (auto number = v.finiteNumber(largely, at)) {
            if (*number < 0 || *number > 1)
                v.fail(at, QCoreApplication::translate("FrameworkLoader",
                                                       "must be a share between 0 and 1"));
            rule.largelyMetAt = *number;
        }
    }
    if (rule.metric == Metric::PlatformCount && rule.target < 0)
        v.fail(
            path + QStringLiteral(".target"),
            QCoreApplication::translate("FrameworkLoader", "a platform count cannot be negative"));
    return valid ? std::optional<IndicatorRule>(rule) : std::nullopt;
}

// The codes of `replaces`, each well-formed; whether they clash with this file's own codes
// or with another requirement's is checked once the whole file is read.
QStringList readReplaces(Validator& v, const QJsonValue& value, const QString& path)
{
    if (!value.isArray()) {
        v.fail(path, QCoreApplication::translate("FrameworkLoader",
                                                 "must be an array of requirement codes"));
        return {};
    }
    QStringList codes;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
        const QString code = array.at(i).toString().trimmed();
        if (!array.at(i).isString() || !codePattern().match(code).hasMatch())
            v.fail(at, QCoreApplication::translate(
                           "FrameworkLoader",
                           "must be a requirement code (a letter, then up to 15 letters, "
                           "digits, _ . -)"));
        else
            codes.append(code);
    }
    return codes;
}

// A requirement carries on the work of codes the file no longer has, and each such code
// goes to one requirement only, so that a move knows where its work belongs.
void checkReplaces(Validator& v, const Framework& framework, const QSet<QString>& codes)
{
    QHash<QString, QString> replacedAt; // replaced code → where it was first named
    for (qsizetype c = 0; c < framework.categories.size(); ++c) {
        const QVector<Requirement>& requirements = framework.categories.at(c).requirements;
        for (qsizetype r = 0; r < requirements.size(); ++r) {
            const QStringList& replaces = requirements.at(r).replaces;
            for (qsizetype i = 0; i < replaces.size(); ++i) {
                const QString& code = replaces.at(i);
                const QString at = QStringLiteral("$.categories[%1].requirements[%2].replaces[%3]")
                                       .arg(c)
                                       .arg(r)
                                       .arg(i);
                if (codes.contains(code))
                    v.fail(at, QCoreApplication::translate(
                                   "FrameworkLoader",
                                   "“%1” is a code of this framework; a requirement can only "
                                   "replace a code that is no longer there")
                                   .arg(code));
                else if (replacedAt.contains(code))
                    v.fail(at, QCoreApplication::translate("FrameworkLoader",
                                                           "“%1” is already replaced at %2")
                                   .arg(code, replacedAt.value(code)));
                else
                    replacedAt.insert(code, at);
            }
        }
    }
}

void readRequirement(Validator& v, const QJsonValue& value, const QString& path,
                     Requirement& requirement, QSet<QString>& codes)
{
    if (!value.isObject()) {
        v.fail(path, QCoreApplication::translate("FrameworkLoader", "must be an object"));
        return;
    }
    const QJsonObject object = value.toObject();
    v.rejectUnknownKeys(object, path,
                        {"code", "title", "description", "guidance", "evidence", "weight", "source",
                         "kind", "rule", "scoring", "veto", "replaces", "en"});
    requirement.code = v.requiredString(object, path, "code");
    if (!requirement.code.isEmpty()) {
        if (!codePattern().match(requirement.code).hasMatch())
            v.fail(path + QStringLiteral(".code"),
                   QCoreApplication::translate(
                       "FrameworkLoader",
                       "“%1” is not a valid code (a letter, then up to 15 letters, digits, _ . -)")
                       .arg(requirement.code));
        if (codes.contains(requirement.code))
            v.fail(path + QStringLiteral(".code"),
                   QCoreApplication::translate("FrameworkLoader", "duplicate code “%1”")
                       .arg(requirement.code));
        codes.insert(requirement.code);
    }
    readTranslations(v, object, path);
    requirement.title = {v.requiredString(object, path, "title"), translated(object, "title")};
    requirement.description = {v.optionalString(object, path, "description"),
                               translated(object, "description")};
    requirement.guidance = {v.optionalString(object, path, "guidance"),
                            translated(object, "guidance")};
    requirement.evidence = v.stringList(object, path, "evidence");
    const QJsonValue en = object.value(QLatin1String("en"));
    if (en.isObject())
        requirement.evidenceEn =
            v.stringList(en.toObject(), path + QStringLiteral(".en"), "evidence");
    requirement.source = v.optionalString(object, path, "source");

    const QJsonValue weight = object.value(QStringLiteral("weight"));
    const QString weightPath = path + QStringLiteral(".weight");
    if (weight.isUndefined())
        v.fail(weightPath, QCoreApplication::translate("FrameworkLoader", "is missing"));
    else if (!weight.isDouble() || !std::isfinite(weight.toDouble()) || weight.toDouble() <= 0)
        v.fail(weightPath,
               QCoreApplication::translate("FrameworkLoader", "must be a positive number"));
    else
        requirement.weight = weight.toDouble();

    if (v.allowedInVersion(object, path, "scoring")) {
        const QJsonValue scoring = object.value(QLatin1String("scoring"));
        const QString at = path + QStringLiteral(".scoring");
        if (!scoring.isString())
            v.fail(at, QCoreApplication::translate(
                           "FrameworkLoader", "must be \"rating\", \"pass_fail\" or \"graded\""));
        else if (auto parsed = scoringFromKey(scoring.toString()))
            requirement.scoring = *parsed;
        else
            v.fail(at, QCoreApplication::translate(
                           "FrameworkLoader",
                           "unknown scoring “%1” (use \"rating\", \"pass_fail\" or \"graded\")")
                           .arg(scoring.toString()));
    }
    if (v.allowedInVersion(object, path, "veto")) {
        const QJsonValue veto = object.value(QLatin1String("veto"));
        if (veto.isBool())
            requirement.veto = veto.toBool();
        else
            v.fail(path + QStringLiteral(".veto"),
                   QCoreApplication::translate("FrameworkLoader", "must be true or false"));
    }

    if (v.allowedInVersion(object, path, "replaces"))
        requirement.replaces = readReplaces(v, object.value(QLatin1String("replaces")),
                                            path + QStringLiteral(".replaces"));

    const QString kind = v.requiredString(object, path, "kind");
    const QJsonValue rule = object.value(QStringLiteral("rule"));
    const bool hasRule = !rule.isUndefined() && !rule.isNull();
    if (kind == QLatin1String("indicator")) {
        if (!hasRule)
            v.fail(path + QStringLiteral(".rule"),
                   QCoreApplication::translate("FrameworkLoader",
                                               "an indicator requirement needs a rule"));
        else
            requirement.rule = readRule(v, rule, path + QStringLiteral(".rule"));
    } else if (kind == QLatin1String("qualitative")) {
        if (hasRule)
            v.fail(
                path + QStringLiteral(".rule"),
                QCoreApplication::translate(
                    "FrameworkLoader",
                    "a qualitative requirement must not have a rule (set kind to \"indicator\")"));
    } else if (!kind.isEmpty()) {
        v.fail(path + QStringLiteral(".kind"),
               QCoreApplication::translate(
                   "FrameworkLoader", "unknown kind “%1” (use \"qualitative\" or \"indicator\")")
                   .arg(kind));
    }
}

void readCategory(Validator& v, const QJsonValue& value, const QString& path, Category& category,
                  QSet<QString>& codes, int& number)
{
    if (!value.isObject()) {
        v.fail(path, QCoreApplication::translate("FrameworkLoader", "must be an object"));
        return;
    }
    const QJsonObject object = value.toObject();
    v.rejectUnknownKeys(object, path, {"code", "title", "requirements", "en"});
    category.code = v.requiredString(object, path, "code");
    if (!category.code.isEmpty()) {
        if (!codePattern().match(category.code).hasMatch())
            v.fail(path + QStringLiteral(".code"),
                   QCoreApplication::translate("FrameworkLoader", "“%1” is not a valid code")
                       .arg(category.code));
        if (codes.contains(category.code))
            v.fail(path + QStringLiteral(".code"),
                   QCoreApplication::translate("FrameworkLoader", "duplicate code “%1”")
                       .arg(category.code));
        codes.insert(category.code);
    }
    readTranslations(v, object, path);
    category.title = {v.requiredString(object, path, "title"), translated(object, "title")};
    const QString requirementsPath = path + QStringLiteral(".requirements");
    const QJsonValue requirements = object.value(QStringLiteral("requirements"));
    if (!requirements.isArray() || requirements.toArray().isEmpty()) {
        v.fail(requirementsPath,
               QCoreApplication::translate("FrameworkLoader",
                                           "must be a non-empty array of requirements"));
        return;
    }
    const QJsonArray array = requirements.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        Requirement requirement;
        readRequirement(v, array.at(i), QStringLiteral("%1[%2]").arg(requirementsPath).arg(i),
                        requirement, codes);
        requirement.categoryCode = category.code;
        requirement.number = ++number;
        category.requirements.append(requirement);
    }
}

// `total` and `passMark` (format version 2): with a total the weights are points and must
// add up to it; the pass mark is in points then, else a percentage.
void readPoints(Validator& v, const QJsonObject& root, Framework& framework)
{
    if (v.allowedInVersion(root, QStringLiteral("$"), "total")) {
        const QString at = QStringLiteral("$.total");
        if (auto total = v.finiteNumber(root.value(QLatin1String("total")), at)) {
            if (*total <= 0) {
                v.fail(at,
                       QCoreApplication::translate("FrameworkLoader", "must be a positive number"));
            } else {
                framework.total = *total;
                double sum = 0;
                for (const Requirement* requirement : framework.requirements())
                    sum += requirement->weight;
                if (std::abs(sum - *total) > 1e-6)
                    v.fail(at, QCoreApplication::translate(
                                   "FrameworkLoader",
                                   "the requirement weights (points) add up to %1, not to the "
                                   "total %2")
                                   .arg(sum, 0, 'g', 12)
                                   .arg(*total, 0, 'g', 12));
            }
        }
    }
    if (v.allowedInVersion(root, QStringLiteral("$"), "passMark")) {
        const QString at = QStringLiteral("$.passMark");
        if (auto mark = v.finiteNumber(root.value(QLatin1String("passMark")), at)) {
            const double upper = framework.total.value_or(100.0);
            if (*mark < 0 || *mark > upper)
                v.fail(at, framework.total
                               ? QCoreApplication::translate(
                                     "FrameworkLoader", "must be between 0 and the total %1 points")
                                     .arg(upper, 0, 'g', 12)
                               : QCoreApplication::translate(
                                     "FrameworkLoader",
                                     "must be a percentage between 0 and 100 (no total is given)"));
            else
                framework.passMark = *mark;
        }
    }
}

QString lineAndColumn(const QByteArray& text, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((uchar(text.at(i)) & 0xC0) != 0x80) {
            ++column; // count characters, not the continuation bytes of UTF-8
        }
    }
    return QCoreApplication::translate("FrameworkLoader", "line %1, column %2")
        .arg(line)
        .arg(column);
}

} // namespace

Result<Framework> FrameworkLoader::parse(const QByteArray& json, const QString& sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::user(
            QStringLiteral("%1: %2: %3")
                .arg(sourceName, lineAndColumn(json, parseError.offset),
                     QCoreApplication::translate("FrameworkLoader", "not valid JSON (%1)")
                         .arg(parseError.errorString())));
    }
    if (!document.isObject())
        return Error::user(QStringLiteral("%1: $: %2")
                               .arg(sourceName, QCoreApplication::translate(
                                                    "FrameworkLoader", "must be a JSON object")));

    Validator v(sourceName);
    const QJsonObject root = document.object();
    const QString rootPath = QStringLiteral("$");
    v.rejectUnknownKeys(root, rootPath,
                        {"format", "formatVersion", "code", "version", "title", "reference", "note",
                         "source", "categories", "total", "passMark", "en"});

    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.toString() != QLatin1String("duibiao-framework")) {
        v.fail(QStringLiteral("$.format"),
               QCoreApplication::translate(
                   "FrameworkLoader",
                   "must be \"duibiao-framework\"; this is not a Duibiao framework file"));
        return v.error();
    }
    const QJsonValue formatVersion = root.value(QStringLiteral("formatVersion"));
    if (!formatVersion.isDouble() ||
        formatVersion.toDouble() != std::floor(formatVersion.toDouble()) ||
        formatVersion.toDouble() < 1) {
        v.fail(QStringLiteral("$.formatVersion"),
               QCoreApplication::translate("FrameworkLoader", "must be a whole number from 1"));
        return v.error();
    }
    if (formatVersion.toDouble() > supportedFormatVersion) {
        v.fail(QStringLiteral("$.formatVersion"),
               QCoreApplication::translate(
                   "FrameworkLoader",
                   "version %1 is newer than this app reads (up to %2); update Duibiao")
                   .arg(formatVersion.toDouble(), 0, 'f', 0)
                   .arg(supportedFormatVersion));
        return v.error();
    }

    v.formatVersion = int(formatVersion.toDouble());

    Framework framework;
    framework.code = v.requiredString(root, rootPath, "code");
    framework.version = v.requiredString(root, rootPath, "version");
    readTranslations(v, root, rootPath);
    framework.title = {v.requiredString(root, rootPath, "title"), translated(root, "title")};
    framework.note = {v.optionalString(root, rootPath, "note"), translated(root, "note")};
    framework.source = {v.optionalString(root, rootPath, "source"), translated(root, "source")};
    const QJsonValue reference = root.value(QStringLiteral("reference"));
    if (!reference.isUndefined() && !reference.isNull() && !reference.isBool())
        v.fail(QStringLiteral("$.reference"),
               QCoreApplication::translate("FrameworkLoader", "must be true or false"));
    framework.reference = reference.toBool(false);
    if (framework.reference && framework.note.zh.isEmpty())
        v.fail(QStringLiteral("$.note"),
               QCoreApplication::translate(
                   "FrameworkLoader",
                   "a reference framework must carry a note saying it is not the official text"));

    const QJsonValue categories = root.value(QStringLiteral("categories"));
    if (!categories.isArray() || categories.toArray().isEmpty()) {
        v.fail(QStringLiteral("$.categories"),
               QCoreApplication::translate("FrameworkLoader",
                                           "must be a non-empty array of categories"));
        return v.error();
    }
    QSet<QString> codes;
    int number = 0;
    const QJsonArray array = categories.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        Category category;
        readCategory(v, array.at(i), QStringLiteral("$.categories[%1]").arg(i), category, codes,
                     number);
        framework.categories.append(category);
    }
    readPoints(v, root, framework);
    checkReplaces(v, framework, codes);
    if (v.failed())
        return v.error();
    return framework;
}

bool FrameworkLoader::isValidCode(const QString& code)
{
    return codePattern().match(code).hasMatch();
}

Result<Framework> FrameworkLoader::loadFile(const QString& path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::user(
            QCoreApplication::translate("FrameworkLoader", "%1: cannot be read (%2)")
                .arg(path.isEmpty() ? QStringLiteral("?") : name, file.errorString()));
    }
    // A framework is a few hundred kilobytes at most; anything far larger is not one.
    constexpr qint64 maxSize = 16 * 1024 * 1024;
    if (file.size() > maxSize)
        return Error::user(QCoreApplication::translate(
                               "FrameworkLoader", "%1: too large for a framework file (%2 bytes)")
                               .arg(name)
                               .arg(file.size()));
    return parse(file.readAll(), name);
}

QString FrameworkLoader::builtinPath()
{
    return builtinFrameworks().constFirst().resourcePath;
}

Result<Framework> FrameworkLoader::loadBuiltin()
{
    const BuiltinFramework builtin = builtinFrameworks().constFirst();
    Result<QByteArray> json = readBuiltinFramework(builtin);
    if (!json)
        return json.error();
    return parse(*json, builtin.fileName);
}

} // namespace duibiao
