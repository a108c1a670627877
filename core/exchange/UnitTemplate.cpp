#include "exchange/UnitTemplate.h"

#include <QCoreApplication>
#include <QHash>

#include <array>
#include <cmath>

namespace duibiao {

namespace {

enum class FieldKind { Count, Flag, Text };

// The figure rows, in the order they are written. `label` is the bilingual text in the
// file (never translated: secretaries may read either language); `name` is the English
// name used in messages, translated with them.
struct FieldSpec
{
    const char* key;
    const char* label;
    const char* hint;
    const char* name;
    FieldKind kind;
};

const std::array<FieldSpec, 9> fieldSpecs{{
    {"eligible", "有条件参与的老同志人数 Eligible retired staff",
     "整数,不小于 0 · whole number ≥ 0",
     QT_TRANSLATE_NOOP("UnitTemplate", "eligible retired staff"), FieldKind::Count},
    {"participants", "参与人数 Participants", "不超过有条件参与人数 · at most the eligible staff",
     QT_TRANSLATE_NOOP("UnitTemplate", "participants"), FieldKind::Count},
    {"core_workers", "工作骨干人数 Core workers", "不超过参与人数 · at most the participants",
     QT_TRANSLATE_NOOP("UnitTemplate", "core workers"), FieldKind::Count},
    {"hearings_per_year", "党(工)委每年听取关工委工作汇报次数 Report hearings per year",
     "整数 · whole number", QT_TRANSLATE_NOOP("UnitTemplate", "report hearings per year"),
     FieldKind::Count},
    {"trainings_per_year", "每年培训工作骨干次数 Trainings of core workers per year",
     "整数 · whole number", QT_TRANSLATE_NOOP("UnitTemplate", "trainings per year"),
     FieldKind::Count},
    {"has_unit_rules", "已制定二级关工委工作制度 Unit rules in place", "是 / 否 · yes / no",
     QT_TRANSLATE_NOOP("UnitTemplate", "unit rules"), FieldKind::Flag},
    {"has_demand_menu", "已建立“需求菜单” Demand menu in place", "是 / 否 · yes / no",
     QT_TRANSLATE_NOOP("UnitTemplate", "demand menu"), FieldKind::Flag},
    {"has_resource_menu", "已建立“资源菜单” Resource menu in place", "是 / 否 · yes / no",
     QT_TRANSLATE_NOOP("UnitTemplate", "resource menu"), FieldKind::Flag},
    {"note", "备注 Note", "可不填 · optional", QT_TRANSLATE_NOOP("UnitTemplate", "note"),
     FieldKind::Text},
}};

const QString keyUnit = QStringLiteral("unit");
const QString keyYear = QStringLiteral("year");
const QString keyFigures = QStringLiteral("figures");
const QString keyPlatforms = QStringLiteral("platforms");
const QString keyPlatform = QStringLiteral("platform");

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

QString fieldName(const FieldSpec& spec)
{
    return QCoreApplication::translate("UnitTemplate", spec.name);
}

// What a person typed, the way we compare it: full-width digits and letters made plain.
QString normalized(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).trimmed();
}

std::optional<qint64> parseWholeNumber(const QString& text)
{
    bool ok = false;
    const double value = normalized(text).toDouble(&ok);
    if (!ok || !std::isfinite(value) || value != std::floor(value) || std::fabs(value) > 1e9)
        return std::nullopt;
    return qint64(value);
}

std::optional<bool> parseFlag(const QString& text)
{
    const QString t = normalized(text).toLower();
    static const QStringList yes{u8("是"),
                                 u8("有"),
                                 QStringLiteral("yes"),
                                 QStringLiteral("y"),
                                 QStringLiteral("true"),
                                 QStringLiteral("1"),
                                 u8("√"),
                                 u8("✓")};
    static const QStringList no{u8("否"),
                                u8("无"),
                                u8("没有"),
                                QStringLiteral("no"),
                                QStringLiteral("n"),
                                QStringLiteral("false"),
                                QStringLiteral("0"),
                                u8("×"),
                                u8("✗")};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

std::optional<QDate> parseDate(const QString& text, bool date1904)
{
    QString t = normalized(text);
    if (t.size() > 10 && (t.at(10) == QLatin1Char('T') || t.at(10) == QLatin1Char(' ')))
        t.truncate(10); // an ISO date-time: the date is what counts
    static const QStringList formats{QStringLiteral("yyyy-M-d"), QStringLiteral("yyyy/M/d"),
                                     QStringLiteral("yyyy.M.d"), u8("yyyy年M月d日")};
    QDate date;
    for (const QString& format : formats) {
        date = QDate::fromString(t, format);
        if (date.isValid())
            break;
    }
    if (!date.isValid()) {
        // A spreadsheet date: days since the epoch of the workbook's date system.
        bool ok = false;
        const double serial = t.toDouble(&ok);
        if (ok && std::isfinite(serial) && serial >= 1 && serial < 100000) {
            const qint64 days = qint64(std::floor(serial));
            date = date1904 ? QDate(1904, 1, 1).addDays(days) : QDate(1899, 12, 30).addDays(days);
        }
    }
    if (!date.isValid() || date.year() < 1949 || date.year() > 2100)
        return std::nullopt;
    return date;
}

// Collects every problem of a file, each naming the file and row.
class Problems
{
public:
    explicit Problems(QString fileName) : m_fileName(std::move(fileName)) {}
    void add(int row, const QString& problem)
    {
        m_lines.append(
            row > 0
                ? QCoreApplication::translate("UnitTemplate", "%1: row %2: %3")
                      .arg(m_fileName, QString::number(row), problem)
                : QCoreApplication::translate("UnitTemplate", "%1: %2").arg(m_fileName, problem));
    }
    bool isEmpty() const { return m_lines.isEmpty(); }
    Error error() const
    {
        constexpr int shown = 100;
        QStringList lines = m_lines.mid(0, shown);
        if (m_lines.size() > shown)
            lines.append(QCoreApplication::translate("UnitTemplate", "%1: … and %2 more problems.")
                             .arg(m_fileName, QString::number(m_lines.size() - shown)));
        return Error::user(lines.join(QLatin1Char('\n')));
    }

private:
    QString m_fileName;
    QStringList m_lines;
};

// Where a figure was found and what it said.
struct FieldCell
{
    int row = 0;
    QString text;
};

} // namespace

UnitTemplate UnitTemplate::forUnit(const Unit& unit, int year, const QVector<UnitFigures>& figures,
                                   const QVector<Platform>& platforms)
{
    UnitTemplate result;
    result.unitName = unit.name;
    result.year = year;
    for (const UnitFigures& f : figures) {
        if (f.unitId == unit.id && f.year == year)
            result.figures = f;
    }
    for (const Platform& platform : platforms) {
        if (platform.unitId == unit.id)
            result.platforms.append(platform);
    }
    return result;
}

QVector<UnitTemplate::Row> UnitTemplate::rows() const
{
    using Role = Row::Role;
    QVector<Row> rows;
    rows.append({Role::Title,
                 {QString::fromLatin1(marker), QString::number(formatVersion),
                  u8("关工委单位指标与工作平台填报表 · Unit figures and work platforms")},
                 {1},
                 {}});
    rows.append({Role::Comment,
                 {u8("# 请填写“值”列和平台各行,不要改动 A 列;新平台添加在表末。"
                     "Fill in the Value column and the platform rows; leave column A as it is; "
                     "add new platforms at the end.")},
                 {},
                 {}});
    rows.append({Role::Field,
                 {keyUnit, u8("单位 Unit"), unitName, u8("请勿修改 · do not change")},
                 {},
                 {}});
    rows.append({Role::Field,
                 {keyYear, u8("年度 Year"), QString::number(year), u8("请勿修改 · do not change")},
                 {2},
                 {}});
    rows.append({Role::Blank, {}, {}, {}});
    rows.append({Role::SectionHeader,
                 {keyFigures, u8("字段 Field"), u8("值 Value"), u8("说明 Notes")},
                 {},
                 {}});
    for (const FieldSpec& spec : fieldSpecs) {
        QString value;
        if (figures) {
            const UnitFigures& f = *figures;
            const QString key = QString::fromLatin1(spec.key);
            auto flag = [](bool on) {
                return on ? u8("是") : u8("否");
            };
            if (key == QLatin1String("eligible"))
                value = QString::number(f.eligible);
            else if (key == QLatin1String("participants"))
                value = QString::number(f.participants);
            else if (key == QLatin1String("core_workers"))
                value = QString::number(f.coreWorkers);
            else if (key == QLatin1String("hearings_per_year"))
                value = QString::number(f.hearingsPerYear);
            else if (key == QLatin1String("trainings_per_year"))
                value = QString::number(f.trainingsPerYear);
            else if (key == QLatin1String("has_unit_rules"))
                value = flag(f.hasUnitRules);
            else if (key == QLatin1String("has_demand_menu"))
                value = flag(f.hasDemandMenu);
            else if (key == QLatin1String("has_resource_menu"))
                value = flag(f.hasResourceMenu);
            else if (key == QLatin1String("note"))
                value = f.note;
        }
        Row row{Role::Field,
                {QString::fromLatin1(spec.key), u8(spec.label), value, u8(spec.hint)},
                {},
                {2}};
        if (spec.kind == FieldKind::Count && !value.isEmpty())
            row.numberColumns = {2};
        rows.append(row);
    }
    rows.append({Role::Blank, {}, {}, {}});
    rows.append({Role::SectionHeader,
                 {keyPlatforms, u8("平台名称 Name"), u8("合作部门 Partner department"),
                  u8("在职组长 In-service leader"), u8("老同志组长 Retired leader"),
                  u8("成立日期 Founded (YYYY-MM-DD)"), u8("活动次数 Activities")},
                 {},
                 {}});
    for (const Platform& platform : platforms) {
        rows.append(
            {Role::Platform,
             {keyPlatform, platform.name, platform.partnerDepartment, platform.inServiceLeader,
              platform.retiredLeader,
              platform.founded.isValid() ? platform.founded.toString(Qt::ISODate) : QString(),
              QString::number(platform.activities)},
             {6},
             {1, 2, 3, 4, 5, 6}});
    }
    return rows;
}

QVector<QStringList> UnitTemplate::cellRows() const
{
    QVector<QStringList> cells;
    for (const Row& row : rows())
        cells.append(row.cells);
    return cells;
}

Result<UnitTemplate> UnitTemplate::parse(const SheetGrid& grid, const QString& fileName)
{
    if (normalized(grid.cell(1, 1)) != QLatin1String(marker)) {
        return Error::user(QCoreApplication::translate(
                               "UnitTemplate",
                               "%1: this is not a Duibiao unit template (cell A1 should read "
                               "“%2”; was a row inserted above it?).")
                               .arg(fileName, QString::fromLatin1(marker)));
    }
    const std::optional<qint64> version = parseWholeNumber(grid.cell(1, 2));
    if (!version || *version < 1)
        return Error::user(
            QCoreApplication::translate(
                "UnitTemplate", "%1: row 1: the template's format version (cell B1) is missing.")
                .arg(fileName));
    if (*version > formatVersion)
        return Error::user(QCoreApplication::translate(
                               "UnitTemplate",
                               "%1: the template was made by a newer version of Duibiao (format "
                               "%2); update the application to read it.")
                               .arg(fileName)
                               .arg(*version));

    Problems problems(fileName);
    UnitTemplate result;
    enum class Section { Head, Figures, Platforms } section = Section::Head;
    QHash<QString, FieldCell> fields;
    QHash<QString, int> platformRowByName;
    FieldCell yearCell;

    for (int row = 2; row <= grid.rows.size(); ++row) {
        if (grid.isRowBlank(row))
            continue;
        const QString key = normalized(grid.cell(row, 1)).toLower();
        if (key.startsWith(QLatin1Char('#')))
            continue;
        if (key == keyUnit) {
            if (result.origin.unitRow)
                problems.add(row, QCoreApplication::translate(
                                      "UnitTemplate", "the unit is named twice (first in row %1).")
                                      .arg(result.origin.unitRow));
            result.origin.unitRow = row;
            result.unitName = grid.cell(row, 3).trimmed();
        } else if (key == keyYear) {
            if (result.origin.yearRow)
                problems.add(row, QCoreApplication::translate(
                                      "UnitTemplate", "the year is given twice (first in row %1).")
                                      .arg(result.origin.yearRow));
            result.origin.yearRow = row;
            yearCell = {row, grid.cell(row, 3)};
        } else if (key == keyFigures) {
            section = Section::Figures;
            if (!result.origin.figuresRow)
                result.origin.figuresRow = row;
        } else if (key == keyPlatforms) {
            section = Section::Platforms;
        } else if (key == keyPlatform || (key.isEmpty() && section == Section::Platforms)) {
            bool blank = true;
            for (int column = 2; column <= platformColumns; ++column)
                blank = blank && grid.cell(row, column).trimmed().isEmpty();
            if (blank)
                continue; // a prepared row nobody filled in
            Platform platform;
            platform.name = grid.cell(row, 2).trimmed();
            platform.partnerDepartment = grid.cell(row, 3).trimmed();
            platform.inServiceLeader = grid.cell(row, 4).trimmed();
            platform.retiredLeader = grid.cell(row, 5).trimmed();
            if (platform.name.isEmpty()) {
                problems.add(row, QCoreApplication::translate(
                                      "UnitTemplate", "the platform has no name (column B)."));
            } else {
                const QString nameKey = platform.name.toCaseFolded();
                if (platformRowByName.contains(nameKey))
                    problems.add(row, QCoreApplication::translate(
                                          "UnitTemplate",
                                          "the platform “%1” is listed twice (also in row %2).")
                                          .arg(platform.name)
                                          .arg(platformRowByName.value(nameKey)));
                else
                    platformRowByName.insert(nameKey, row);
            }
            const QString founded = grid.cell(row, 6);
            if (!founded.trimmed().isEmpty()) {
                if (std::optional<QDate> date = parseDate(founded, grid.date1904))
                    platform.founded = *date;
                else
                    problems.add(row, QCoreApplication::translate(
                                          "UnitTemplate",
                                          "founded: “%1” is not a date; write it as YYYY-MM-DD.")
                                          .arg(founded.trimmed()));
            }
            const QString activities = grid.cell(row, 7);
            if (!activities.trimmed().isEmpty()) {
                std::optional<qint64> count = parseWholeNumber(activities);
                if (!count)
                    problems.add(row, QCoreApplication::translate(
                                          "UnitTemplate", "activities: “%1” is not a whole number.")
                                          .arg(activities.trimmed()));
                else if (*count < 0)
                    problems.add(row, QCoreApplication::translate(
                                          "UnitTemplate", "activities cannot be negative (%1).")
                                          .arg(*count));
                else
                    platform.activities = int(*count);
            }
            result.platforms.append(platform);
            result.origin.platformRows.append(row);
        } else if (key.isEmpty()) {
            problems.add(row, QCoreApplication::translate(
                                  "UnitTemplate",
                                  "column A is empty, so the row cannot be read; it should name "
                                  "the field as in the template."));
        } else {
            bool known = false;
            for (const FieldSpec& spec : fieldSpecs)
                known = known || key == QLatin1String(spec.key);
            if (!known) {
                problems.add(row, QCoreApplication::translate(
                                      "UnitTemplate",
                                      "“%1” in column A is not a field of the unit template.")
                                      .arg(grid.cell(row, 1).trimmed()));
            } else if (fields.contains(key)) {
                problems.add(row, QCoreApplication::translate(
                                      "UnitTemplate", "“%1” is given twice (first in row %2).")
                                      .arg(key)
                                      .arg(fields.value(key).row));
            } else {
                fields.insert(key, {row, grid.cell(row, 3)});
                if (section != Section::Figures && !result.origin.figuresRow)
                    result.origin.figuresRow = row;
            }
        }
    }

    if (!result.origin.unitRow)
        problems.add(0, QCoreApplication::translate("UnitTemplate",
                                                    "no row names the unit (“unit” in column A)."));
    else if (result.unitName.isEmpty())
        problems.add(
            result.origin.unitRow,
            QCoreApplication::translate("UnitTemplate", "the unit's name is missing (column C)."));
    if (!result.origin.yearRow) {
        problems.add(0, QCoreApplication::translate("UnitTemplate",
                                                    "no row gives the year (“year” in column A)."));
    } else {
        std::optional<qint64> year = parseWholeNumber(yearCell.text);
        if (!year || *year < 2000 || *year > 2100)
            problems.add(yearCell.row, QCoreApplication::translate(
                                           "UnitTemplate", "the year “%1” is not a plausible year.")
                                           .arg(yearCell.text.trimmed()));
        else
            result.year = int(*year);
    }

    bool figuresGiven = false;
    for (const FieldCell& cell : std::as_const(fields))
        figuresGiven = figuresGiven || !cell.text.trimmed().isEmpty();
    if (figuresGiven) {
        UnitFigures figures;
        figures.year = result.year;
        QHash<QString, qint64> counts;
        for (const FieldSpec& spec : fieldSpecs) {
            const QString key = QString::fromLatin1(spec.key);
            if (!fields.contains(key)) {
                if (spec.kind != FieldKind::Text)
                    problems.add(
                        result.origin.figuresRow,
                        QCoreApplication::translate(
                            "UnitTemplate", "the figures have no row for %1 (“%2” in column A).")
                            .arg(fieldName(spec), key));
                continue;
            }
            const FieldCell cell = fields.value(key);
            const QString text = cell.text.trimmed();
            switch (spec.kind) {
            case FieldKind::Count: {
                if (text.isEmpty()) {
                    problems.add(cell.row, QCoreApplication::translate("UnitTemplate",
                                                                       "%1: a number is needed.")
                                               .arg(fieldName(spec)));
                    break;
                }
                std::optional<qint64> count = parseWholeNumber(text);
                if (!count)
                    problems.add(cell.row, QCoreApplication::translate(
                                               "UnitTemplate", "%1: “%2” is not a whole number.")
                                               .arg(fieldName(spec), text));
                else if (*count < 0)
                    problems.add(cell.row, QCoreApplication::translate(
                                               "UnitTemplate", "%1 cannot be negative (%2).")
                                               .arg(fieldName(spec))
                                               .arg(*count));
                else
                    counts.insert(key, *count);
                break;
            }
            case FieldKind::Flag: {
                std::optional<bool> flag = parseFlag(text);
                if (!flag) {
                    problems.add(
                        cell.row,
                        text.isEmpty()
                            ? QCoreApplication::translate("UnitTemplate",
                                                          "%1: enter 是 or 否 (yes or no).")
                                  .arg(fieldName(spec))
                            : QCoreApplication::translate(
                                  "UnitTemplate", "%1: “%2” is neither 是 nor 否 (yes or no).")
                                  .arg(fieldName(spec), text));
                    break;
                }
                if (key == QLatin1String("has_unit_rules"))
                    figures.hasUnitRules = *flag;
                else if (key == QLatin1String("has_demand_menu"))
                    figures.hasDemandMenu = *flag;
                else
                    figures.hasResourceMenu = *flag;
                break;
            }
            case FieldKind::Text:
                figures.note = text;
                break;
            }
        }
        figures.eligible = int(counts.value(QStringLiteral("eligible")));
        figures.participants = int(counts.value(QStringLiteral("participants")));
        figures.coreWorkers = int(counts.value(QStringLiteral("core_workers")));
        figures.hearingsPerYear = int(counts.value(QStringLiteral("hearings_per_year")));
        figures.trainingsPerYear = int(counts.value(QStringLiteral("trainings_per_year")));
        const bool haveEligible = counts.contains(QStringLiteral("eligible"));
        const bool haveParticipants = counts.contains(QStringLiteral("participants"));
        const bool haveCore = counts.contains(QStringLiteral("core_workers"));
        if (haveEligible && haveParticipants && figures.participants > figures.eligible)
            problems.add(fields.value(QStringLiteral("participants")).row,
                         QCoreApplication::translate(
                             "UnitTemplate",
                             "participants (%1) cannot exceed the eligible retired staff (%2).")
                             .arg(figures.participants)
                             .arg(figures.eligible));
        if (haveParticipants && haveCore && figures.coreWorkers > figures.participants)
            problems.add(
                fields.value(QStringLiteral("core_workers")).row,
                QCoreApplication::translate(
                    "UnitTemplate", "core workers (%1) cannot exceed the participants (%2).")
                    .arg(figures.coreWorkers)
                    .arg(figures.participants));
        result.figures = figures;
    }

    if (!problems.isEmpty())
        return problems.error();
    return result;
}

} // namespace duibiao
