#include "framework/FrameworkSheet.h"

#include "exchange/CsvFile.h"
#include "exchange/XlsxReader.h"
#include "exchange/tables/TableBuilders.h"
#include "framework/FrameworkLoader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace duibiao {

namespace {

// The headers of the framework table. They are the interface of the sheet, so they are
// fixed Chinese texts, not translated: a sheet written in one language reads in another.
struct Headers
{
    QString categoryCode = QStringLiteral("类别编号");
    QString category = QStringLiteral("类别");
    QString code = QStringLiteral("编号");
    QString title = QStringLiteral("标题");
    QString text = QStringLiteral("条文");
    QString guidance = QStringLiteral("指导");
    QString evidence = QStringLiteral("佐证材料");
    QString weight = QStringLiteral("权重");
    QString scoring = QStringLiteral("计分方式");
    QString veto = QStringLiteral("一票否决");
    QString replaces = QStringLiteral("替代编号");
    QString categoryEn = QStringLiteral("类别(英文)");
    QString titleEn = QStringLiteral("标题(英文)");
    QString textEn = QStringLiteral("条文(英文)");
    QString guidanceEn = QStringLiteral("指导(英文)");
    QString evidenceEn = QStringLiteral("佐证材料(英文)");
};

void putIfSet(QJsonObject& object, const char* key, const QString& value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(key), value);
}

QJsonArray toArray(const QStringList& items)
{
    QJsonArray array;
    for (const QString& item : items)
        array.append(item);
    return array;
}

QJsonObject ruleObject(const IndicatorRule& rule)
{
    QJsonObject object{{QStringLiteral("metric"), metricKey(rule.metric)},
                       {QStringLiteral("scope"), scopeKey(rule.scope)},
                       {QStringLiteral("comparison"), comparisonSymbol(rule.comparison)},
                       {QStringLiteral("target"), rule.target}};
    if (rule.largelyMetAt)
        object.insert(QStringLiteral("largelyMetAt"), *rule.largelyMetAt);
    return object;
}

QJsonObject requirementObject(const Requirement& requirement)
{
    QJsonObject object{{QStringLiteral("code"), requirement.code},
                       {QStringLiteral("title"), requirement.title.zh},
                       {QStringLiteral("weight"), requirement.weight}};
    putIfSet(object, "description", requirement.description.zh);
    putIfSet(object, "guidance", requirement.guidance.zh);
    putIfSet(object, "source", requirement.source);
    if (!requirement.evidence.isEmpty())
        object.insert(QStringLiteral("evidence"), toArray(requirement.evidence));
    object.insert(QStringLiteral("kind"),
                  requirement.rule ? QStringLiteral("indicator") : QStringLiteral("qualitative"));
    if (requirement.rule)
        object.insert(QStringLiteral("rule"), ruleObject(*requirement.rule));
    if (requirement.scoring != Scoring::Rating)
        object.insert(QStringLiteral("scoring"), scoringKey(requirement.scoring));
    if (requirement.veto)
        object.insert(QStringLiteral("veto"), true);
    if (!requirement.replaces.isEmpty())
        object.insert(QStringLiteral("replaces"), toArray(requirement.replaces));
    QJsonObject en;
    putIfSet(en, "title", requirement.title.en);
    putIfSet(en, "description", requirement.description.en);
    putIfSet(en, "guidance", requirement.guidance.en);
    if (!requirement.evidenceEn.isEmpty())
        en.insert(QStringLiteral("evidence"), toArray(requirement.evidenceEn));
    if (!en.isEmpty())
        object.insert(QStringLiteral("en"), en);
    return object;
}

// Version 1 as long as the framework uses nothing of version 2, so that such a file still
// loads in an app that reads only version 1.
int formatVersionFor(const Framework& framework)
{
    if (framework.total || framework.passMark)
        return 2;
    for (const Requirement* requirement : framework.requirements()) {
        if (requirement->scoring != Scoring::Rating || requirement->veto ||
            !requirement->replaces.isEmpty())
            return 2;
    }
    return 1;
}

QString vetoCell(bool veto)
{
    return veto ? QStringLiteral("是") : QString();
}

bool hasReplaces(const Framework& framework)
{
    for (const Requirement* requirement : framework.requirements()) {
        if (!requirement->replaces.isEmpty())
            return true;
    }
    return false;
}

// Codes in a cell are separated by commas (either width), 、 or spaces.
QStringList replacedCodes(const QString& cell)
{
    return cell.split(QRegularExpression(QStringLiteral("[,，、\\s]+")), Qt::SkipEmptyParts);
}

bool hasEnglish(const Framework& framework)
{
    for (const Category& category : framework.categories) {
        if (!category.title.en.isEmpty())
            return true;
        for (const Requirement& r : category.requirements) {
            if (!r.title.en.isEmpty() || !r.description.en.isEmpty() || !r.guidance.en.isEmpty() ||
                !r.evidenceEn.isEmpty())
                return true;
        }
    }
    return false;
}

// Evidence items are one per line in a cell; blank lines are not items.
QStringList evidenceItems(const QString& cell)
{
    QStringList items;
    for (const QString& line : cell.split(QRegularExpression(QStringLiteral("\r\n|\r|\n")))) {
        if (!line.trimmed().isEmpty())
            items.append(line.trimmed());
    }
    return items;
}

QString columnLetters(int column)
{
    QString letters;
    for (int n = column; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

// Reads the rows of a framework sheet, collecting problems (up to 50) with their row and
// column so that one run shows everything to fix.
class SheetReader
{
public:
    SheetReader(const SheetGrid& sheet, const Framework& base, QString sourceName)
        : m_sheet(sheet), m_base(base), m_source(std::move(sourceName))
    {}

    Result<Framework> read();

private:
    void fail(int row, int column, const QString& problem)
    {
        if (m_problems.size() >= 50)
            return;
        if (column > 0)
            m_problems.append(
                QCoreApplication::translate("FrameworkSheet", "%1: row %2, column %3 (%4): %5")
                    .arg(m_source)
                    .arg(row)
                    .arg(columnLetters(column), m_sheet.cell(1, column).trimmed(), problem));
        else
            m_problems.append(QCoreApplication::translate("FrameworkSheet", "%1: row %2: %3")
                                  .arg(m_source)
                                  .arg(row)
                                  .arg(problem));
    }
    QString text(int row, const QString& header) const
    {
        const int column = m_columns.value(header);
        return column > 0 ? m_sheet.cell(row, column).trimmed() : QString();
    }
    bool has(const QString& header) const { return m_columns.value(header) > 0; }
    void readRow(int row, Framework& framework, QHash<QString, int>& codeRows);
    void checkReplaces(const Framework& framework, const QHash<QString, int>& codeRows);

    const SheetGrid& m_sheet;
    const Framework& m_base;
    QString m_source;
    Headers m_headers;
    QHash<QString, int> m_columns; // header → 1-based column
    QStringList m_problems;
};

Result<Framework> SheetReader::read()
{
    for (int column = 1; column <= m_sheet.rows.value(0).size(); ++column) {
        const QString header = m_sheet.cell(1, column).trimmed();
        if (!header.isEmpty() && !m_columns.contains(header))
            m_columns.insert(header, column);
    }
    for (const QString& required :
         {m_headers.categoryCode, m_headers.code, m_headers.title, m_headers.weight}) {
        if (!has(required))
            fail(1, 0,
                 QCoreApplication::translate("FrameworkSheet", "the column “%1” is missing")
                     .arg(required));
    }
    if (!m_problems.isEmpty())
        return Error::user(m_problems.join(QLatin1Char('\n')));

    Framework framework = m_base;
    framework.categories.clear();
    QHash<QString, int> codeRows; // every code seen → the row that introduced it
    for (int row = 2; row <= m_sheet.rows.size(); ++row) {
        if (!m_sheet.isRowBlank(row))
            readRow(row, framework, codeRows);
    }
    checkReplaces(framework, codeRows);
    if (framework.categories.isEmpty() && m_problems.isEmpty())
        fail(2, 0, QCoreApplication::translate("FrameworkSheet", "the sheet has no requirements"));
    if (!m_problems.isEmpty())
        return Error::user(m_problems.join(QLatin1Char('\n')));
    return framework;
}

// A replaced code must be gone from the sheet, and only one row may carry on its work.
void SheetReader::checkReplaces(const Framework& framework, const QHash<QString, int>& codeRows)
{
    if (!has(m_headers.replaces))
        return; // the base's replaced codes are checked when the result is validated
    const int column = m_columns.value(m_headers.replaces);
    QHash<QString, int> replacedIn; // replaced code → the row that names it first
    for (const Requirement* requirement : framework.requirements()) {
        const int row = codeRows.value(requirement->code);
        for (const QString& code : requirement->replaces) {
            if (codeRows.contains(code))
                fail(row, column,
                     QCoreApplication::translate("FrameworkSheet",
                                                 "“%1” is still a code of this sheet (row %2); "
                                                 "only a code no longer there can be replaced")
                         .arg(code)
                         .arg(codeRows.value(code)));
            else if (replacedIn.contains(code))
                fail(row, column,
                     QCoreApplication::translate("FrameworkSheet",
                                                 "“%1” is already replaced in row %2")
                         .arg(code)
                         .arg(replacedIn.value(code)));
            else
                replacedIn.insert(code, row);
        }
    }
}

void SheetReader::readRow(int row, Framework& framework, QHash<QString, int>& codeRows)
{
    const int problemsBefore = int(m_problems.size());
    const auto checkCode = [&](const QString& header) {
        const QString code = text(row, header);
        const int column = m_columns.value(header);
        if (code.isEmpty())
            fail(row, column, QCoreApplication::translate("FrameworkSheet", "the code is empty"));
        else if (!FrameworkLoader::isValidCode(code))
            fail(row, column,
                 QCoreApplication::translate("FrameworkSheet",
                                             "“%1” is not a valid code (a letter, then up to 15 "
                                             "letters, digits, _ . -)")
                     .arg(code));
        return code;
    };

    const QString categoryCode = checkCode(m_headers.categoryCode);
    const QString code = checkCode(m_headers.code);
    if (!code.isEmpty() && codeRows.contains(code))
        fail(row, m_columns.value(m_headers.code),
             QCoreApplication::translate("FrameworkSheet", "duplicate code “%1” (also in row %2)")
                 .arg(code)
                 .arg(codeRows.value(code)));
    const QString title = text(row, m_headers.title);
    if (title.isEmpty())
        fail(row, m_columns.value(m_headers.title),
             QCoreApplication::translate("FrameworkSheet", "the title is empty"));
    const QString weightCell = text(row, m_headers.weight);
    bool isNumber = false;
    const double weight = QLocale::c().toDouble(weightCell, &isNumber);
    if (!isNumber || !std::isfinite(weight) || weight <= 0)
        fail(row, m_columns.value(m_headers.weight),
             QCoreApplication::translate("FrameworkSheet", "“%1” is not a positive number")
                 .arg(weightCell));

    // The category: found by code among those read so far, else started from the base.
    Category* category = nullptr;
    for (Category& candidate : framework.categories) {
        if (candidate.code == categoryCode)
            category = &candidate;
    }
    const QString categoryTitle = text(row, m_headers.category);
    if (!category && !categoryCode.isEmpty()) {
        if (codeRows.contains(categoryCode)) {
            fail(row, m_columns.value(m_headers.categoryCode),
                 QCoreApplication::translate("FrameworkSheet",
                                             "“%1” is already a requirement code (row %2)")
                     .arg(categoryCode)
                     .arg(codeRows.value(categoryCode)));
            return;
        }
        const Category* baseCategory = m_base.category(categoryCode);
        if (!baseCategory && categoryTitle.isEmpty()) {
            fail(row, m_columns.value(m_headers.category),
                 QCoreApplication::translate(
                     "FrameworkSheet", "the category “%1” is new and needs a title in this column")
                     .arg(categoryCode));
            return;
        }
        Category added;
        added.code = categoryCode;
        if (baseCategory)
            added.title = baseCategory->title;
        codeRows.insert(categoryCode, row);
        framework.categories.append(added);
        category = &framework.categories.last();
    }
    if (category && !categoryTitle.isEmpty())
        category->title.zh = categoryTitle;
    if (category && has(m_headers.categoryEn) && !text(row, m_headers.categoryEn).isEmpty())
        category->title.en = text(row, m_headers.categoryEn);
    if (int(m_problems.size()) > problemsBefore || !category)
        return;

    // Texts of columns the sheet holds; the rest, the kind and the rule, from the base.
    Requirement requirement;
    if (const Requirement* baseRequirement = m_base.requirement(code))
        requirement = *baseRequirement;
    requirement.code = code;
    requirement.categoryCode = categoryCode;
    requirement.title.zh = title;
    requirement.weight = weight;
    if (has(m_headers.text))
        requirement.description.zh = text(row, m_headers.text);
    if (has(m_headers.guidance))
        requirement.guidance.zh = text(row, m_headers.guidance);
    if (has(m_headers.evidence))
        requirement.evidence = evidenceItems(text(row, m_headers.evidence));
    if (has(m_headers.titleEn))
        requirement.title.en = text(row, m_headers.titleEn);
    if (has(m_headers.textEn))
        requirement.description.en = text(row, m_headers.textEn);
    if (has(m_headers.guidanceEn))
        requirement.guidance.en = text(row, m_headers.guidanceEn);
    if (has(m_headers.evidenceEn))
        requirement.evidenceEn = evidenceItems(text(row, m_headers.evidenceEn));
    if (has(m_headers.scoring)) {
        const QString key = text(row, m_headers.scoring);
        if (key.isEmpty())
            requirement.scoring = Scoring::Rating;
        else if (auto scoring = scoringFromKey(key))
            requirement.scoring = *scoring;
        else
            fail(row, m_columns.value(m_headers.scoring),
                 QCoreApplication::translate("FrameworkSheet",
                                             "unknown scoring “%1” (use rating, pass_fail or "
                                             "graded, or leave it empty)")
                     .arg(key));
    }
    if (has(m_headers.veto)) {
        const QString veto = text(row, m_headers.veto);
        if (veto.isEmpty() || veto == vetoCell(true))
            requirement.veto = !veto.isEmpty();
        else
            fail(row, m_columns.value(m_headers.veto),
                 QCoreApplication::translate("FrameworkSheet",
                                             "“%1” is not 是 (a veto item) or empty")
                     .arg(veto));
    }
    if (has(m_headers.replaces)) {
        requirement.replaces.clear();
        for (const QString& replaced : replacedCodes(text(row, m_headers.replaces))) {
            if (FrameworkLoader::isValidCode(replaced))
                requirement.replaces.append(replaced);
            else
                fail(row, m_columns.value(m_headers.replaces),
                     QCoreApplication::translate("FrameworkSheet",
                                                 "“%1” is not a valid code (a letter, then up to "
                                                 "15 letters, digits, _ . -)")
                         .arg(replaced));
        }
    }
    if (int(m_problems.size()) > problemsBefore)
        return;
    codeRows.insert(code, row);
    category->requirements.append(requirement);
}

} // namespace

QByteArray frameworkToJson(const Framework& framework)
{
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("duibiao-framework")},
                     {QStringLiteral("formatVersion"), formatVersionFor(framework)},
                     {QStringLiteral("code"), framework.code},
                     {QStringLiteral("version"), framework.version},
                     {QStringLiteral("title"), framework.title.zh}};
    if (framework.reference)
        root.insert(QStringLiteral("reference"), true);
    putIfSet(root, "note", framework.note.zh);
    putIfSet(root, "source", framework.source.zh);
    if (framework.total)
        root.insert(QStringLiteral("total"), *framework.total);
    if (framework.passMark)
        root.insert(QStringLiteral("passMark"), *framework.passMark);
    QJsonObject en;
    putIfSet(en, "title", framework.title.en);
    putIfSet(en, "note", framework.note.en);
    putIfSet(en, "source", framework.source.en);
    if (!en.isEmpty())
        root.insert(QStringLiteral("en"), en);

    QJsonArray categories;
    for (const Category& category : framework.categories) {
        QJsonObject object{{QStringLiteral("code"), category.code},
                           {QStringLiteral("title"), category.title.zh}};
        if (!category.title.en.isEmpty())
            object.insert(QStringLiteral("en"),
                          QJsonObject{{QStringLiteral("title"), category.title.en}});
        QJsonArray requirements;
        for (const Requirement& requirement : category.requirements)
            requirements.append(requirementObject(requirement));
        object.insert(QStringLiteral("requirements"), requirements);
        categories.append(object);
    }
    root.insert(QStringLiteral("categories"), categories);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

DataTable frameworkTable(const Framework& framework)
{
    const Headers h;
    QVector<tables::ColumnSpec> columns{
        {h.categoryCode, 8}, {h.category, 14}, {h.code, 8},   {h.title, 40},   {h.text, 60},
        {h.guidance, 50},    {h.evidence, 30}, {h.weight, 6}, {h.scoring, 10}, {h.veto, 8}};
    const bool replaces = hasReplaces(framework);
    if (replaces)
        columns += {{h.replaces, 12}};
    const bool english = hasEnglish(framework);
    if (english)
        columns += {{h.categoryEn, 14},
                    {h.titleEn, 40},
                    {h.textEn, 60},
                    {h.guidanceEn, 50},
                    {h.evidenceEn, 30}};
    DataTable table =
        tables::makeTable(QStringLiteral("framework"), QStringLiteral("框架"), columns);
    for (const Category& category : framework.categories) {
        for (const Requirement& r : category.requirements) {
            QVariantList row{category.code,
                             category.title.zh,
                             r.code,
                             r.title.zh,
                             r.description.zh,
                             r.guidance.zh,
                             r.evidence.join(QLatin1Char('\n')),
                             r.weight,
                             scoringKey(r.scoring),
                             vetoCell(r.veto)};
            if (replaces)
                row << r.replaces.join(QStringLiteral(", "));
            if (english)
                row << category.title.en << r.title.en << r.description.en << r.guidance.en
                    << r.evidenceEn.join(QLatin1Char('\n'));
            table.rows.append(row);
        }
    }
    return table;
}

Result<QByteArray> frameworkJsonFromSheet(const SheetGrid& sheet, const Framework& base,
                                          const QString& sourceName)
{
    Result<Framework> framework = SheetReader(sheet, base, sourceName).read();
    if (!framework)
        return framework.error();
    const QByteArray json = frameworkToJson(*framework);
    if (Result<Framework> checked = FrameworkLoader::parse(json, sourceName); !checked)
        return checked.error();
    return json;
}

Result<QByteArray> frameworkJsonFromFile(const QString& path, const Framework& base)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("xlsx")) {
        Result<SheetGrid> sheet = XlsxReader::readFirstSheet(path);
        if (!sheet)
            return sheet.error();
        return frameworkJsonFromSheet(*sheet, base, name);
    }
    if (suffix != QLatin1String("json") && suffix != QLatin1String("csv"))
        return Error::user(
            QCoreApplication::translate("FrameworkSheet",
                                        "%1: a framework is a .json file or a .xlsx or .csv sheet.")
                .arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::user(QCoreApplication::translate("FrameworkSheet", "%1: cannot be read (%2)")
                               .arg(name, file.errorString()));
    // A framework is a few hundred kilobytes at most; anything far larger is not one.
    constexpr qint64 maxSize = 16 * 1024 * 1024;
    if (file.size() > maxSize)
        return Error::user(QCoreApplication::translate("FrameworkSheet",
                                                       "%1: too large for a framework (%2 bytes)")
                               .arg(name)
                               .arg(file.size()));
    const QByteArray bytes = file.readAll();
    if (suffix == QLatin1String("json")) {
        if (Result<Framework> checked = FrameworkLoader::parse(bytes, name); !checked)
            return checked.error();
        return bytes;
    }
    Result<SheetGrid> sheet = CsvFile::parse(bytes, name);
    if (!sheet)
        return sheet.error();
    return frameworkJsonFromSheet(*sheet, base, name);
}

} // namespace duibiao
