// The spreadsheet tables (score sheet, unit indicators, rectification ledger) and their
// XLSX and CSV files; the XLSX files are read back by openpyxl, a reader we did not write.

#include "TestSupport.h"

#include "analysis/Analysis.h"
#include "analysis/AnalysisInput.h"
#include "analysis/Overdue.h"
#include "demo/DemoBuilder.h"
#include "exchange/tables/DataTable.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cmath>

using namespace duibiao;
using namespace duibiao::test;

namespace {

const QDate today(2020, 10, 15);

// The small demo document and its tables, built once for the tests that only read them.
struct DemoTables
{
    AnalysisInput input;
    Analysis analysis;
    QVector<DataTable> tables;

    const DataTable& table(const QString& key) const
    {
        const DataTable* found = findTable(tables, key);
        REQUIRE(found);
        return *found;
    }
};

const DemoTables& demo()
{
    static const DemoTables tables = [] {
        TempDocument document;
        REQUIRE_OK(DemoBuilder::build(*document, DemoBuilder::Size::Small));
        Result<AnalysisInput> input = AnalysisInput::load(*document);
        REQUIRE_OK(input);
        DemoTables result;
        result.input = *input;
        result.analysis = analyze(result.input, today, Language::Chinese);
        result.tables = scoreTables(result.input, result.analysis);
        return result;
    }();
    return tables;
}

// The row whose cell in `column` holds `value`.
const QVariantList& rowWhere(const DataTable& table, const QString& column, const QVariant& value)
{
    const int c = table.column(column);
    REQUIRE(c >= 0);
    for (const QVariantList& row : table.rows) {
        if (row.value(c) == value)
            return row;
    }
    FAIL("no row with " << column << " = " << value.toString());
    static const QVariantList none;
    return none;
}

QVariant cell(const DataTable& table, const QVariantList& row, const QString& column)
{
    const int c = table.column(column);
    REQUIRE(c >= 0);
    return row.value(c);
}

// Everything openpyxl sees in a workbook, as JSON: per sheet its name, frozen pane,
// autofilter range, column widths and every cell's value, number format and boldness.
const char* const readBackScript = R"(
import json, sys, datetime
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
wb = load_workbook(sys.argv[1])
sheets = []
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            v = c.value
            if isinstance(v, (datetime.datetime, datetime.date)):
                v = v.date().isoformat() if isinstance(v, datetime.datetime) else v.isoformat()
            cells.append({"v": v, "f": c.number_format, "b": bool(c.font.b),
                          "fill": c.fill.fgColor.rgb if c.fill.fill_type else None})
        rows.append(cells)
    widths = [ws.column_dimensions[get_column_letter(i + 1)].width for i in range(ws.max_column)]
    sheets.append({"name": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
                   "widths": widths, "rows": rows})
print(json.dumps(sheets, ensure_ascii=False))
)";

QJsonArray readBack(const QString& path)
{
    QProcess python;
    // Debian's own python3, where python3-openpyxl installs (packaging/debian-packages.txt).
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromUtf8(readBackScript), path});
    REQUIRE(python.waitForFinished(60000));
    const QByteArray err = python.readAllStandardError();
    INFO("python3 with openpyxl: " << err.toStdString());
    REQUIRE(python.exitStatus() == QProcess::NormalExit);
    REQUIRE(python.exitCode() == 0);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(python.readAllStandardOutput(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return json.array();
}

// Whether openpyxl's cell holds the table's value: text as text, numbers as numbers,
// dates as dates, empty as empty.
bool sameValue(const QVariant& expected, const QJsonValue& actual)
{
    switch (expected.typeId()) {
    case QMetaType::UnknownType:
        return actual.isNull();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return actual.isDouble() && std::abs(actual.toDouble() - expected.toDouble()) < 1e-9;
    case QMetaType::Bool:
        return actual.isBool() && actual.toBool() == expected.toBool();
    case QMetaType::QDate:
        return actual.toString() == expected.toDate().toString(Qt::ISODate);
    default:
        return actual.toString() == expected.toString();
    }
}

QString expectedNumberFormat(ColumnFormat format)
{
    switch (format) {
    case ColumnFormat::Decimal:
        return QStringLiteral("0.0");
    case ColumnFormat::Percent:
        return QStringLiteral("0.0%");
    case ColumnFormat::Date:
        return QStringLiteral("yyyy-mm-dd");
    case ColumnFormat::General:
        break;
    }
    return QStringLiteral("General");
}

QString columnLetter(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

// A small table whose cells exercise every type and the CSV quoting rules.
DataTable sampleTable()
{
    DataTable table;
    table.key = QStringLiteral("sample");
    table.sheetName = QStringLiteral("样例");
    table.headers = {QStringLiteral("名称"), QStringLiteral("数量"), QStringLiteral("比例"),
                     QStringLiteral("日期"), QStringLiteral("得分")};
    table.widths = {30, 8, 8, 12, 8};
    table.formats = {ColumnFormat::General, ColumnFormat::General, ColumnFormat::Percent,
                     ColumnFormat::Date, ColumnFormat::Decimal};
    table.rows = {
        {QStringLiteral("逗号, \"引号\"\n换行"), 1234567, 0.635, QDate(2020, 11, 30), 2.25},
        {QStringLiteral(" 前后空格 "), QVariant(), 1.0, QVariant(), 3.0},
        {QStringLiteral("plain"), 2.5, QVariant(), QDate(2021, 1, 2), QVariant()},
    };
    return table;
}

} // namespace

TEST_CASE("the score sheet lists every requirement with its score and the totals")
{
    const DemoTables& d = demo();
    REQUIRE(d.tables.size() == 3);
    CHECK(scoreTableKeys() ==
          QStringList{QStringLiteral("scores"), QStringLiteral("units"), QStringLiteral("ledger")});
    const DataTable& scores = d.table(QStringLiteral("scores"));
    CHECK(scores.sheetName == QStringLiteral("评分表"));
    CHECK(scores.headers ==
          QStringList{QStringLiteral("类别"), QStringLiteral("序号"), QStringLiteral("编号"),
                      QStringLiteral("要求"), QStringLiteral("权重"), QStringLiteral("自评等级"),
                      QStringLiteral("系统建议"), QStringLiteral("得分"), QStringLiteral("佐证数"),
                      QStringLiteral("差距"), QStringLiteral("整改事项数")});
    CHECK(scores.widths.size() == scores.headers.size());
    REQUIRE(scores.rows.size() == d.input.framework.requirementCount() + 1);
    REQUIRE(scores.hasTotalRow);

    // Each requirement's score is its weight times the factor of the rating it was given.
    double earned = 0;
    double possible = 0;
    int largelyMet = 0;
    for (const RequirementAssessment& rating : d.input.ratings) {
        const Requirement* requirement = d.input.framework.requirement(rating.requirementCode);
        REQUIRE(requirement);
        const QVariantList& row = rowWhere(scores, QStringLiteral("编号"), rating.requirementCode);
        CHECK(cell(scores, row, QStringLiteral("自评等级")).toString() ==
              ratingLabel(rating.rating, Language::Chinese));
        CHECK(cell(scores, row, QStringLiteral("权重")).toDouble() == requirement->weight);
        CHECK(cell(scores, row, QStringLiteral("佐证数")).toInt() ==
              d.input.evidenceCount.value(rating.requirementCode));
        const QVariant score = cell(scores, row, QStringLiteral("得分"));
        if (rating.rating == Rating::NotApplicable) {
            CHECK(score.isNull());
            continue;
        }
        const double factor = rating.rating == Rating::Met          ? 1.0
                              : rating.rating == Rating::LargelyMet ? 0.6
                                                                    : 0.0;
        CHECK(score.toDouble() == Approx(requirement->weight * factor));
        if (rating.rating == Rating::LargelyMet)
            ++largelyMet;
        earned += requirement->weight * factor;
        possible += requirement->weight;
    }
    CHECK(largelyMet > 0); // the demo has partial scores, so the factor is exercised

    // An indicator requirement carries the computed suggestion; others leave it empty.
    const QVariantList& t5 = rowWhere(scores, QStringLiteral("编号"), QStringLiteral("T5"));
    CHECK(cell(scores, t5, QStringLiteral("序号")).toInt() ==
          d.input.framework.requirement(QStringLiteral("T5"))->number);
    CHECK(cell(scores, t5, QStringLiteral("类别")).toString() ==
          d.input.framework
              .category(d.input.framework.requirement(QStringLiteral("T5"))->categoryCode)
              ->title.zh);
    const RequirementResult* t5Result = d.analysis.requirement(QStringLiteral("T5"));
    REQUIRE(t5Result);
    REQUIRE(t5Result->suggestion);
    CHECK(cell(scores, t5, QStringLiteral("系统建议")).toString() ==
          ratingLabel(*t5Result->suggestion, Language::Chinese));
    const QVariantList& l1 = rowWhere(scores, QStringLiteral("编号"), QStringLiteral("L1"));
    CHECK(cell(scores, l1, QStringLiteral("系统建议")).isNull());

    // Checked by hand against the demo: L2 (weight 2) largely met earns 2 × 0.6 = 1.2;
    // 36 points possible, 27.6 earned, a weighted score of 76.7 %.
    const QVariantList& l2 = rowWhere(scores, QStringLiteral("编号"), QStringLiteral("L2"));
    CHECK(cell(scores, l2, QStringLiteral("权重")).toDouble() == 2.0);
    CHECK(cell(scores, l2, QStringLiteral("自评等级")).toString() == QStringLiteral("基本达标"));
    CHECK(cell(scores, l2, QStringLiteral("得分")).toDouble() == Approx(1.2));
    CHECK(scores.rows.last().at(3).toString() ==
          QStringLiteral("满分（不计不适用项）36，得分27.6，加权得分76.7%"));
    CHECK(scores.rows.last().at(7).toDouble() == Approx(27.6));

    // 合计: points earned against the most that could be earned.
    const QVariantList& total = scores.rows.last();
    CHECK(cell(scores, total, QStringLiteral("类别")).toString() == QStringLiteral("合计"));
    CHECK(cell(scores, total, QStringLiteral("得分")).toDouble() == Approx(earned));
    CHECK(cell(scores, total, QStringLiteral("权重")).toDouble() == Approx(possible));
    CHECK(cell(scores, total, QStringLiteral("得分")).toDouble() ==
          Approx(d.analysis.scores.overall.earned));
    CHECK(cell(scores, total, QStringLiteral("要求"))
              .toString()
              .contains(QStringLiteral("加权得分%1%").arg(earned / possible * 100.0, 0, 'f', 1)));
    int evidence = 0;
    for (int r = 0; r + 1 < scores.rows.size(); ++r)
        evidence += cell(scores, scores.rows.at(r), QStringLiteral("佐证数")).toInt();
    CHECK(evidence > 0);
    CHECK(cell(scores, total, QStringLiteral("佐证数")).toInt() == evidence);
}

TEST_CASE("the unit table has each unit's figures, rates and indicator outcomes")
{
    const DemoTables& d = demo();
    const DataTable& units = d.table(QStringLiteral("units"));
    CHECK(units.sheetName == QStringLiteral("单位指标"));
    REQUIRE(units.rows.size() == d.input.units.size());
    CHECK(units.headers.mid(0, 6) ==
          QStringList{QStringLiteral("单位"), QStringLiteral("类型"), QStringLiteral("年度"),
                      QStringLiteral("应参与人数"), QStringLiteral("参与人数"),
                      QStringLiteral("参与率")});
    CHECK(units.format(units.column(QStringLiteral("参与率"))) == ColumnFormat::Percent);
    CHECK(units.format(units.column(QStringLiteral("骨干比例"))) == ColumnFormat::Percent);
    const int participationColumn = units.column(QStringLiteral("T5 老同志参与比例"));
    REQUIRE(participationColumn >= 0);

    int checked = 0;
    int failing = 0;
    for (const UnitFigures& figures : d.input.figures) {
        if (figures.eligible == 0)
            continue;
        const Unit* unit = nullptr;
        for (const Unit& u : d.input.units) {
            if (u.id == figures.unitId)
                unit = &u;
        }
        REQUIRE(unit);
        const QVariantList& row = rowWhere(units, QStringLiteral("单位"), unit->name);
        CHECK(cell(units, row, QStringLiteral("年度")).toInt() == 2020);
        CHECK(cell(units, row, QStringLiteral("应参与人数")).toInt() == figures.eligible);
        CHECK(cell(units, row, QStringLiteral("参与人数")).toInt() == figures.participants);
        const double rate = double(figures.participants) / figures.eligible;
        CHECK(cell(units, row, QStringLiteral("参与率")).toDouble() == Approx(rate));
        CHECK(cell(units, row, QStringLiteral("骨干比例")).toDouble() ==
              Approx(double(figures.coreWorkers) / figures.eligible));
        if (unit->kind == UnitKind::Secondary) {
            // T5's target: at least 60 % take part.
            const QString outcome = row.at(participationColumn).toString();
            CHECK(outcome ==
                  (rate >= 0.6 - 1e-9 ? QStringLiteral("达标") : QStringLiteral("未达标")));
            if (outcome == QStringLiteral("未达标"))
                ++failing;
        }
        ++checked;
    }
    CHECK(checked > 10);
    // Checked by hand against the demo: 14 of 外国语学院's 27 eligible take part, 51.9 %,
    // short of T5's 60 %; 文学院 has 15 of 20, 75 %.
    const QVariantList& foreign =
        rowWhere(units, QStringLiteral("单位"), QStringLiteral("外国语学院"));
    CHECK(cell(units, foreign, QStringLiteral("应参与人数")).toInt() == 27);
    CHECK(cell(units, foreign, QStringLiteral("参与人数")).toInt() == 14);
    CHECK(cell(units, foreign, QStringLiteral("参与率")).toDouble() == Approx(14.0 / 27.0));
    CHECK(foreign.at(participationColumn).toString() == QStringLiteral("未达标"));
    const QVariantList& literature =
        rowWhere(units, QStringLiteral("单位"), QStringLiteral("文学院"));
    CHECK(cell(units, literature, QStringLiteral("参与率")).toDouble() == Approx(0.75));
    CHECK(literature.at(participationColumn).toString() == QStringLiteral("达标"));
    CHECK(failing > 0); // the demo's figures make some units fall short

    // Platform counts come from the platforms, with and without both leaders.
    QHash<qint64, int> platforms;
    QHash<qint64, int> both;
    for (const Platform& platform : d.input.platforms) {
        ++platforms[platform.unitId];
        if (platform.hasBothLeaders())
            ++both[platform.unitId];
    }
    for (int i = 0; i < d.input.units.size(); ++i) {
        const Unit& unit = d.input.units.at(i);
        CHECK(cell(units, units.rows.at(i), QStringLiteral("平台数")).toInt() ==
              platforms.value(unit.id));
        CHECK(cell(units, units.rows.at(i), QStringLiteral("双负责人平台数")).toInt() ==
              both.value(unit.id));
    }
}

TEST_CASE("the ledger lists every item in phase and due-date order with overdue marks")
{
    const DemoTables& d = demo();
    const DataTable& ledger = d.table(QStringLiteral("ledger"));
    CHECK(ledger.sheetName == QStringLiteral("整改台账"));
    CHECK(ledger.headers == QStringList{QStringLiteral("序号"), QStringLiteral("对应要求"),
                                        QStringLiteral("整改措施"), QStringLiteral("责任单位"),
                                        QStringLiteral("责任人"), QStringLiteral("阶段"),
                                        QStringLiteral("完成时限"), QStringLiteral("状态"),
                                        QStringLiteral("进度"), QStringLiteral("是否逾期"),
                                        QStringLiteral("完成情况")});
    REQUIRE(ledger.rows.size() == d.input.items.size());
    int overdue = 0;
    int previousPhase = 0;
    QDate previousDue;
    for (int i = 0; i < ledger.rows.size(); ++i) {
        const QVariantList& row = ledger.rows.at(i);
        CHECK(cell(ledger, row, QStringLiteral("序号")).toInt() == i + 1);
        const int phase = cell(ledger, row, QStringLiteral("阶段")).toInt();
        const QVariant due = cell(ledger, row, QStringLiteral("完成时限"));
        REQUIRE(due.typeId() == QMetaType::QDate);
        CHECK(phase >= previousPhase);
        if (phase == previousPhase)
            CHECK(due.toDate() >= previousDue);
        previousPhase = phase;
        previousDue = due.toDate();
        const double progress = cell(ledger, row, QStringLiteral("进度")).toDouble();
        CHECK(progress >= 0.0);
        CHECK(progress <= 1.0);
        if (cell(ledger, row, QStringLiteral("是否逾期")).toString() == QStringLiteral("是"))
            ++overdue;
    }
    CHECK(overdue == d.analysis.overdueItems);
    CHECK(overdue > 0);

    // One item checked field by field.
    const RectificationItem& item = d.input.items.first();
    const QVariantList* found = nullptr;
    for (const QVariantList& row : ledger.rows) {
        if (cell(ledger, row, QStringLiteral("整改措施")).toString() == item.measure &&
            cell(ledger, row, QStringLiteral("对应要求")).toString() ==
                item.requirementCodes.join(QStringLiteral(", ")))
            found = &row;
    }
    REQUIRE(found);
    CHECK(cell(ledger, *found, QStringLiteral("完成时限")).toDate() ==
          effectiveDeadline(item, d.input.assessment.phases));
    CHECK(cell(ledger, *found, QStringLiteral("进度")).toDouble() == Approx(item.progress / 100.0));
    CHECK(cell(ledger, *found, QStringLiteral("责任人")).toString() == item.responsiblePerson);
}

TEST_CASE("the tables come in English when asked")
{
    const DemoTables& d = demo();
    const Analysis analysis = analyze(d.input, today, Language::English);
    const QVector<DataTable> tables = scoreTables(d.input, analysis, Language::English);
    REQUIRE(tables.size() == 3);
    CHECK(tables.at(0).sheetName == QStringLiteral("Scores"));
    CHECK(tables.at(0).headers.first() == QStringLiteral("Category"));
    CHECK(tables.at(0).rows.last().first().toString() == QStringLiteral("Total"));
    CHECK(tables.at(2).headers.contains(QStringLiteral("Overdue")));
}

TEST_CASE("the XLSX workbook read back by openpyxl holds every value and format")
{
    const DemoTables& d = demo();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scores.xlsx"));
    REQUIRE_OK(writeXlsx(d.tables, path));
    // Nothing but the workbook is left in the folder.
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("scores.xlsx")});

    const QJsonArray sheets = readBack(path);
    REQUIRE(sheets.size() == 3);
    for (int s = 0; s < 3; ++s) {
        const DataTable& table = d.tables.at(s);
        const QJsonObject sheet = sheets.at(s).toObject();
        INFO("sheet " << table.sheetName);
        CHECK(sheet.value(QStringLiteral("name")).toString() == table.sheetName);
        CHECK(sheet.value(QStringLiteral("freeze")).toString() == QStringLiteral("A2"));
        const int dataRows = int(table.rows.size()) - (table.hasTotalRow ? 1 : 0);
        CHECK(sheet.value(QStringLiteral("filter")).toString() ==
              QStringLiteral("A1:%1%2")
                  .arg(columnLetter(int(table.headers.size()) - 1))
                  .arg(dataRows + 1));
        const QJsonArray widths = sheet.value(QStringLiteral("widths")).toArray();
        REQUIRE(widths.size() == table.headers.size());
        for (int c = 0; c < widths.size(); ++c)
            CHECK(std::abs(widths.at(c).toDouble() - table.widths.at(c)) < 1.0);

        const QJsonArray rows = sheet.value(QStringLiteral("rows")).toArray();
        REQUIRE(rows.size() == table.rows.size() + 1);
        const QJsonArray header = rows.at(0).toArray();
        for (int c = 0; c < table.headers.size(); ++c) {
            const QJsonObject h = header.at(c).toObject();
            CHECK(h.value(QStringLiteral("v")).toString() == table.headers.at(c));
            CHECK(h.value(QStringLiteral("b")).toBool());
            CHECK(h.value(QStringLiteral("fill")).toString().endsWith(QStringLiteral("DCE6F1")));
        }
        for (int r = 0; r < table.rows.size(); ++r) {
            const QJsonArray cells = rows.at(r + 1).toArray();
            const QVariantList& row = table.rows.at(r);
            const bool total = table.hasTotalRow && r == table.rows.size() - 1;
            for (int c = 0; c < row.size(); ++c) {
                const QJsonObject readCell = cells.at(c).toObject();
                INFO(
                    "row " << r + 2 << ", column " << table.headers.at(c) << ": "
                           << row.at(c).toString() << " vs "
                           << QJsonDocument(readCell).toJson(QJsonDocument::Compact).toStdString());
                CHECK(sameValue(row.at(c), readCell.value(QStringLiteral("v"))));
                if (!row.at(c).isNull() && row.at(c).typeId() != QMetaType::QString)
                    CHECK(readCell.value(QStringLiteral("f")).toString() ==
                          expectedNumberFormat(table.format(c)));
                CHECK(readCell.value(QStringLiteral("b")).toBool() == total);
            }
        }
    }
    // A few values seen the way a user sees them.
    const QJsonArray ledgerRows = sheets.at(2).toObject().value(QStringLiteral("rows")).toArray();
    const QJsonObject firstDue = ledgerRows.at(1).toArray().at(6).toObject();
    CHECK(firstDue.value(QStringLiteral("f")).toString() == QStringLiteral("yyyy-mm-dd"));
    CHECK(QDate::fromString(firstDue.value(QStringLiteral("v")).toString(), Qt::ISODate).isValid());
}

TEST_CASE("sheet names are made acceptable to Excel and unique")
{
    DataTable odd = sampleTable();
    odd.sheetName = QStringLiteral("'a[b]:c*d?e/f\\g' and a name far longer than Excel allows");
    DataTable twin = sampleTable();
    twin.sheetName = odd.sheetName;
    DataTable empty;
    empty.key = QStringLiteral("empty");
    empty.sheetName = QStringLiteral("空表");
    empty.headers = {QStringLiteral("甲"), QStringLiteral("乙")};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("odd.xlsx"));
    REQUIRE_OK(writeXlsx({odd, twin, empty}, path));
    const QJsonArray sheets = readBack(path);
    REQUIRE(sheets.size() == 3);
    const QString first = sheets.at(0).toObject().value(QStringLiteral("name")).toString();
    const QString second = sheets.at(1).toObject().value(QStringLiteral("name")).toString();
    // Cut to 31 characters and trimmed.
    CHECK(first == QStringLiteral("a_b__c_d_e_f_g' and a name far"));
    CHECK(second == QStringLiteral("a_b__c_d_e_f_g' and a name (2)"));
    const QJsonObject emptySheet = sheets.at(2).toObject();
    CHECK(emptySheet.value(QStringLiteral("filter")).toString() == QStringLiteral("A1:B1"));
    CHECK(emptySheet.value(QStringLiteral("rows")).toArray().size() == 1);

    // Numbers, shares and dates keep their types in the sample table.
    const QJsonArray row =
        sheets.at(0).toObject().value(QStringLiteral("rows")).toArray().at(1).toArray();
    CHECK(row.at(0).toObject().value(QStringLiteral("v")).toString() ==
          QStringLiteral("逗号, \"引号\"\n换行"));
    CHECK(row.at(1).toObject().value(QStringLiteral("v")).toDouble() == 1234567);
    CHECK(row.at(2).toObject().value(QStringLiteral("v")).toDouble() == Approx(0.635));
    CHECK(row.at(2).toObject().value(QStringLiteral("f")).toString() == QStringLiteral("0.0%"));
    CHECK(row.at(3).toObject().value(QStringLiteral("v")).toString() ==
          QStringLiteral("2020-11-30"));
    CHECK(row.at(4).toObject().value(QStringLiteral("f")).toString() == QStringLiteral("0.0"));
}

TEST_CASE("CSV is UTF-8 with BOM, CRLF and RFC 4180 quoting, values as a spreadsheet shows them")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.csv"));
    REQUIRE_OK(writeCsv(sampleTable(), path));
    const QByteArray bytes = readFile(path);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QByteArray expected =
        QStringLiteral("\uFEFF名称,数量,比例,日期,得分\r\n"
                       "\"逗号, \"\"引号\"\"\n换行\",1234567,63.5%,2020-11-30,2.25\r\n"
                       "\" 前后空格 \",,100.0%,,3\r\n"
                       "plain,2.5,,2021-01-02,\r\n")
            .toUtf8();
    CHECK(bytes == expected);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("sample.csv")});

    // The demo's tables too: one line per row plus the header (no cell there holds a line
    // break), and the ledger's dates in ISO form.
    const DemoTables& d = demo();
    const DataTable& ledger = d.table(QStringLiteral("ledger"));
    const QString ledgerPath = dir.filePath(QStringLiteral("ledger.csv"));
    REQUIRE_OK(writeCsv(ledger, ledgerPath));
    const QString text = QString::fromUtf8(readFile(ledgerPath).mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    CHECK(lines.size() == ledger.rows.size() + 2); // and the empty string after the last CRLF
    CHECK(lines.first() == ledger.headers.join(QLatin1Char(',')));
    const QString firstDue = ledger.rows.first()
                                 .at(ledger.column(QStringLiteral("完成时限")))
                                 .toDate()
                                 .toString(Qt::ISODate);
    CHECK(lines.at(1).contains(QLatin1Char(',') + firstDue + QLatin1Char(',')));
}

TEST_CASE("a failed write names the file and leaves an existing target untouched")
{
    QTemporaryDir dir;
    const QVector<DataTable> tables{sampleTable()};

    SECTION("the target's folder is missing")
    {
        const QString xlsx = dir.filePath(QStringLiteral("missing/scores.xlsx"));
        const Status status = writeXlsx(tables, xlsx);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().message.contains(QDir::toNativeSeparators(xlsx)));
        CHECK(status.error().kind == Error::Kind::UserInput);
        const QString csv = dir.filePath(QStringLiteral("missing/scores.csv"));
        const Status csvStatus = writeCsv(sampleTable(), csv);
        REQUIRE_FALSE(csvStatus.ok());
        CHECK(csvStatus.error().message.contains(QDir::toNativeSeparators(csv)));
        CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
    }

    SECTION("libxlsxwriter refuses the content")
    {
        // Excel has 16,384 columns; the 16,385th fails inside libxlsxwriter, after the
        // part file was begun.
        const QString path = dir.filePath(QStringLiteral("scores.xlsx"));
        writeFile(path, "the old workbook");
        DataTable wide = sampleTable();
        for (int c = 0; c < 16385; ++c)
            wide.headers.append(QStringLiteral("c%1").arg(c));
        const Status status = writeXlsx({sampleTable(), wide}, path);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().message.contains(QDir::toNativeSeparators(path)));
        CHECK(readFile(path) == "the old workbook");
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
              QStringList{QStringLiteral("scores.xlsx")});
    }

    SECTION("the target cannot be replaced")
    {
        // A folder in the target's place: the finished part file cannot be renamed over it.
        const QString path = dir.filePath(QStringLiteral("taken.xlsx"));
        REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("taken.xlsx/inside")));
        const Status status = writeXlsx(tables, path);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().message.contains(QDir::toNativeSeparators(path)));
        CHECK(QFileInfo(path).isDir());
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        const Status csv = writeCsv(sampleTable(), path);
        REQUIRE_FALSE(csv.ok());
        CHECK(csv.error().message.contains(QDir::toNativeSeparators(path)));
        CHECK(QFileInfo(path).isDir());
    }

    SECTION("an existing target is replaced whole and keeps its permissions")
    {
        const QString path = dir.filePath(QStringLiteral("scores.xlsx"));
        writeFile(path, "the old workbook");
        const QFileDevice::Permissions permissions =
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
        REQUIRE(QFile::setPermissions(path, permissions));
        REQUIRE_OK(writeXlsx(tables, path));
        CHECK(readFile(path).startsWith("PK"));
        // Owner, group and others; Qt's "user" bits repeat the owner's for the owner.
        constexpr int notUser = 0x7077;
        CHECK((int(QFileInfo(path).permissions()) & notUser) == (int(permissions) & notUser));
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
              QStringList{QStringLiteral("scores.xlsx")});
    }
}
