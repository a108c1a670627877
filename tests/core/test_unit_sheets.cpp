// The unit template for college secretaries: CSV and XLSX round trips, files made by other
// tools, row-numbered errors for bad rows, and hostile or foreign files.

#include "TestSupport.h"

#include "exchange/CsvFile.h"
#include "exchange/UnitImportPlan.h"
#include "exchange/UnitTemplateCsv.h"
#include "exchange/UnitTemplateFile.h"
#include "exchange/UnitTemplateXlsx.h"
#include "exchange/XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringEncoder>

#include <zip.h>

#include <utility>

using namespace duibiao;
using namespace duibiao::test;

namespace {

UnitTemplate sampleTemplate()
{
    UnitTemplate t;
    t.unitName = QStringLiteral("文学院");
    t.year = 2020;
    UnitFigures f;
    f.year = 2020;
    f.eligible = 30;
    f.participants = 22;
    f.coreWorkers = 8;
    f.hearingsPerYear = 2;
    f.trainingsPerYear = 1;
    f.hasUnitRules = true;
    f.hasDemandMenu = true;
    f.hasResourceMenu = false;
    f.note = QStringLiteral("含“银龄”志愿者, 另有 3 人待确认\n第二行");
    t.figures = f;
    Platform reading;
    reading.name = QStringLiteral("“银龄领航”读书会");
    reading.partnerDepartment = QStringLiteral("宣传部, 图书馆");
    reading.inServiceLeader = QStringLiteral("张明");
    reading.retiredLeader = QStringLiteral("李秀英");
    reading.founded = QDate(2019, 3, 1);
    reading.activities = 12;
    Platform careers;
    careers.name = QStringLiteral("职业规划平台");
    careers.partnerDepartment = QStringLiteral("学生工作部");
    careers.inServiceLeader = QStringLiteral("王强");
    careers.activities = 0; // no retired leader yet, no founding date
    t.platforms = {reading, careers};
    return t;
}

void checkSameContent(const UnitTemplate& read, const UnitTemplate& written)
{
    CHECK(read.unitName == written.unitName);
    CHECK(read.year == written.year);
    REQUIRE(read.figures.has_value() == written.figures.has_value());
    if (written.figures) {
        UnitFigures expected = *written.figures;
        UnitFigures actual = *read.figures;
        CHECK(actual.eligible == expected.eligible);
        CHECK(actual.participants == expected.participants);
        CHECK(actual.coreWorkers == expected.coreWorkers);
        CHECK(actual.hearingsPerYear == expected.hearingsPerYear);
        CHECK(actual.trainingsPerYear == expected.trainingsPerYear);
        CHECK(actual.hasUnitRules == expected.hasUnitRules);
        CHECK(actual.hasDemandMenu == expected.hasDemandMenu);
        CHECK(actual.hasResourceMenu == expected.hasResourceMenu);
        CHECK(actual.note == expected.note);
    }
    REQUIRE(read.platforms.size() == written.platforms.size());
    for (int i = 0; i < written.platforms.size(); ++i) {
        INFO("platform " << i);
        CHECK(samePlatformContent(read.platforms.at(i), written.platforms.at(i)));
    }
}

// Writes a ZIP archive with deflated entries (the way XLSX files are packed).
void writeZip(const QString& path, const QVector<std::pair<QString, QByteArray>>& entries)
{
    int error = 0;
    zip_t* zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    REQUIRE(zip != nullptr);
    for (const auto& [name, bytes] : entries) {
        zip_source_t* source =
            zip_source_buffer(zip, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        REQUIRE(source != nullptr);
        const zip_int64_t index =
            zip_file_add(zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        REQUIRE(index >= 0);
        REQUIRE(zip_set_file_compression(zip, zip_uint64_t(index), ZIP_CM_DEFLATE, 9) == 0);
    }
    REQUIRE(zip_close(zip) == 0); // the buffers above live until here
}

const QByteArray workbookXml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<sheets><sheet name=\"单位模板\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
const QByteArray relationshipsXml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"worksheets/sheet1.xml\"/></Relationships>";

QByteArray inlineRow(int row, const QStringList& cells)
{
    QByteArray xml = "<row r=\"" + QByteArray::number(row) + "\">";
    for (int c = 0; c < cells.size(); ++c) {
        if (cells.at(c).isEmpty())
            continue;
        const QByteArray ref = QByteArray(1, char('A' + c)) + QByteArray::number(row);
        bool number = false;
        cells.at(c).toDouble(&number);
        if (number)
            xml += "<c r=\"" + ref + "\"><v>" + cells.at(c).toUtf8() + "</v></c>";
        else
            xml += "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" +
                   cells.at(c).toHtmlEscaped().toUtf8() + "</t></is></c>";
    }
    return xml + "</row>";
}

QByteArray sheetXml(const QByteArray& rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
           "<sheetData>" +
           rows + "</sheetData></worksheet>";
}

bool havePythonOpenpyxl()
{
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/python3")))
        return false;
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
    return python.waitForFinished(30000) && python.exitStatus() == QProcess::NormalExit &&
           python.exitCode() == 0;
}

QString runPython(const QString& script, const QStringList& arguments)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 QStringList{QStringLiteral("-c"), script} + arguments);
    REQUIRE(python.waitForFinished(60000));
    INFO(QString::fromUtf8(python.readAllStandardError()).toStdString());
    REQUIRE(python.exitCode() == 0);
    return QString::fromUtf8(python.readAllStandardOutput());
}

// The rows of a template as CSV text (commas only; no quoting needed in these tests).
QByteArray csvOf(const QStringList& lines)
{
    return "\xEF\xBB\xBF" + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

const QStringList goodHead{
    QStringLiteral("duibiao-unit-template,1,单位模板"),
    QStringLiteral("unit,单位 Unit,文学院"),
    QStringLiteral("year,年度 Year,2020"),
    QStringLiteral(""),
    QStringLiteral("figures,字段 Field,值 Value"),
};

QStringList goodFigures(const QString& eligible = QStringLiteral("30"),
                        const QString& participants = QStringLiteral("20"),
                        const QString& core = QStringLiteral("6"))
{
    return {QStringLiteral("eligible,,") + eligible,
            QStringLiteral("participants,,") + participants,
            QStringLiteral("core_workers,,") + core,
            QStringLiteral("hearings_per_year,,1"),
            QStringLiteral("trainings_per_year,,2"),
            QStringLiteral("has_unit_rules,,是"),
            QStringLiteral("has_demand_menu,,否"),
            QStringLiteral("has_resource_menu,,yes"),
            QStringLiteral("note,,")};
}

QStringList errorLines(const Result<UnitTemplate>& result)
{
    REQUIRE_FALSE(result.ok());
    return result.error().message.split(QLatin1Char('\n'));
}

bool anyLine(const QStringList& lines, const QString& needle)
{
    for (const QString& line : lines) {
        if (line.contains(needle))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("a unit template round-trips through CSV with Chinese text intact")
{
    QTemporaryDir dir;
    const UnitTemplate written = sampleTemplate();
    const QString path = dir.filePath(
        UnitTemplateFile::fileName(written.unitName, written.year, TemplateFormat::Csv));
    CHECK(QFileInfo(path).fileName() == QStringLiteral("文学院-2020.csv"));
    REQUIRE_OK(UnitTemplateFile::write(written, path, TemplateFormat::Csv));

    const QByteArray bytes = readFile(path);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("\r\n"));
    CHECK(bytes.contains(QStringLiteral("有条件参与的老同志人数").toUtf8()));

    auto read = UnitTemplateFile::read(path);
    REQUIRE_OK(read);
    checkSameContent(*read, written);
    CHECK(read->origin.unitRow == 3);
    CHECK(read->origin.yearRow == 4);
    REQUIRE(read->origin.platformRows.size() == 2);
}

TEST_CASE("a unit template round-trips through XLSX written by libxlsxwriter")
{
    QTemporaryDir dir;
    const UnitTemplate written = sampleTemplate();
    const QString path = dir.filePath(QStringLiteral("文学院-2020.xlsx"));
    REQUIRE_OK(UnitTemplateFile::write(written, path, TemplateFormat::Xlsx));
    CHECK(readFile(path).startsWith("PK\x03\x04"));

    auto read = UnitTemplateFile::read(path);
    REQUIRE_OK(read);
    checkSameContent(*read, written);

    SECTION("the same rows as the CSV")
    {
        auto grid = XlsxReader::readFirstSheet(path);
        REQUIRE_OK(grid);
        const QVector<QStringList> expected = written.cellRows();
        for (int r = 0; r < expected.size(); ++r) {
            for (int c = 0; c < expected.at(r).size(); ++c) {
                INFO("row " << r + 1 << " column " << c + 1);
                CHECK(grid->cell(r + 1, c + 1) == expected.at(r).at(c));
            }
        }
    }

    SECTION("other tools read it too")
    {
        if (!havePythonOpenpyxl()) {
            WARN("python3-openpyxl is not installed: not checked with another reader");
            return;
        }
        const QString out = runPython(
            QStringLiteral("import sys, openpyxl\n"
                           "ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]\n"
                           "sys.stdout.buffer.write(('%s|%s|%s' % (ws['A1'].value, ws['C3'].value,"
                           " ws['C7'].value)).encode('utf-8'))\n"),
            {path});
        CHECK(out == QStringLiteral("duibiao-unit-template|文学院|30"));
    }
}

TEST_CASE("a unit without figures exports blank figures and reads back without them")
{
    QTemporaryDir dir;
    UnitTemplate written = sampleTemplate();
    written.figures.reset();
    for (TemplateFormat format : {TemplateFormat::Csv, TemplateFormat::Xlsx}) {
        const QString path =
            dir.filePath(QStringLiteral("blank.") + UnitTemplateFile::extension(format));
        REQUIRE_OK(UnitTemplateFile::write(written, path, format));
        auto read = UnitTemplateFile::read(path);
        REQUIRE_OK(read);
        CHECK_FALSE(read->figures.has_value());
        CHECK(read->platforms.size() == 2);
    }
}

TEST_CASE("an XLSX made by openpyxl (inline strings, real dates) is read")
{
    if (!havePythonOpenpyxl()) {
        WARN("python3-openpyxl is not installed: skipped");
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("外国语学院.xlsx"));
    runPython(
        QStringLiteral(
            "import sys, datetime, openpyxl\n"
            "wb = openpyxl.Workbook(); ws = wb.active; ws.title = '单位模板'\n"
            "rows = [['duibiao-unit-template', 1], ['unit', '单位', '外国语学院'],\n"
            "        ['year', '年度', 2020], [], ['figures'],\n"
            "        ['eligible', '', 40], ['participants', '', 25],\n"
            "        ['core_workers', '', 9], ['hearings_per_year', '', 1],\n"
            "        ['trainings_per_year', '', 3], ['has_unit_rules', '', '是'],\n"
            "        ['has_demand_menu', '', True], ['has_resource_menu', '', '否'],\n"
            "        [], ['platforms'],\n"
            "        ['platform', '英语角', '团委', '赵磊', '钱芳', datetime.date(2018, 9, 10), "
            "7],\n"
            "        [None, '翻译工作坊', '教务处', '孙伟', '周敏', '2020/5/4', 3]]\n"
            "for row in rows: ws.append(row)\n"
            "wb.save(sys.argv[1])\n"),
        {path});
    auto read = UnitTemplateFile::read(path);
    REQUIRE_OK(read);
    CHECK(read->unitName == QStringLiteral("外国语学院"));
    CHECK(read->year == 2020);
    REQUIRE(read->figures);
    CHECK(read->figures->eligible == 40);
    CHECK(read->figures->participants == 25);
    CHECK(read->figures->coreWorkers == 9);
    CHECK(read->figures->hasUnitRules);
    CHECK(read->figures->hasDemandMenu);
    CHECK_FALSE(read->figures->hasResourceMenu);
    REQUIRE(read->platforms.size() == 2);
    CHECK(read->platforms.at(0).name == QStringLiteral("英语角"));
    CHECK(read->platforms.at(0).founded == QDate(2018, 9, 10));
    CHECK(read->platforms.at(0).activities == 7);
    CHECK(read->platforms.at(1).name == QStringLiteral("翻译工作坊"));
    CHECK(read->platforms.at(1).founded == QDate(2020, 5, 4));
    CHECK(read->origin.platformRows == QVector<int>{16, 17});
}

TEST_CASE("an XLSX with inline strings, booleans and no shared strings is read")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("handmade.xlsx"));
    QByteArray rows;
    rows += inlineRow(1, {QStringLiteral("duibiao-unit-template"), QStringLiteral("1")});
    rows += inlineRow(3, {QStringLiteral("unit"), {}, QStringLiteral("文学院 & 新闻")});
    rows += inlineRow(4, {QStringLiteral("year"), {}, QStringLiteral("2020")});
    rows += inlineRow(7, {QStringLiteral("eligible"), {}, QStringLiteral("10")});
    rows += inlineRow(8, {QStringLiteral("participants"), {}, QStringLiteral("10.0")});
    rows += inlineRow(9, {QStringLiteral("core_workers"), {}, QStringLiteral("2")});
    rows += inlineRow(10, {QStringLiteral("hearings_per_year"), {}, QStringLiteral("１")});
    rows += inlineRow(11, {QStringLiteral("trainings_per_year"), {}, QStringLiteral("0")});
    rows += "<row r=\"12\"><c r=\"A12\" t=\"inlineStr\"><is><r><t>has_unit</t></r><r><t>_rules"
            "</t></r></is></c><c r=\"C12\" t=\"b\"><v>1</v></c></row>";
    rows += "<row r=\"13\"><c r=\"A13\" t=\"str\"><f>\"has_demand_menu\"</f><v>has_demand_menu"
            "</v></c><c r=\"C13\" t=\"b\"><v>0</v></c></row>";
    rows += inlineRow(14, {QStringLiteral("has_resource_menu"), {}, QStringLiteral("否")});
    writeZip(path, {{QStringLiteral("xl/workbook.xml"), workbookXml},
                    {QStringLiteral("xl/_rels/workbook.xml.rels"), relationshipsXml},
                    {QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml(rows)}});
    auto read = UnitTemplateFile::read(path);
    REQUIRE_OK(read);
    CHECK(read->unitName == QStringLiteral("文学院 & 新闻"));
    REQUIRE(read->figures);
    CHECK(read->figures->participants == 10);
    CHECK(read->figures->hearingsPerYear == 1); // a full-width digit
    CHECK(read->figures->hasUnitRules);
    CHECK_FALSE(read->figures->hasDemandMenu);
    CHECK(read->platforms.isEmpty());
}

TEST_CASE("bad rows are reported with the row the spreadsheet shows")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("文学院.csv"));

    SECTION("participants above the eligible staff")
    {
        writeFile(path, csvOf(goodHead + goodFigures(QStringLiteral("30"), QStringLiteral("35"),
                                                     QStringLiteral("6"))));
        const QStringList lines = errorLines(UnitTemplateFile::read(path));
        REQUIRE(lines.size() == 1);
        CHECK(lines.first() == QStringLiteral("文学院.csv: row 7: participants (35) cannot exceed "
                                              "the eligible retired staff (30)."));
    }

    SECTION("negative numbers, text in a number cell, core workers above participants")
    {
        writeFile(path, csvOf(goodHead + goodFigures(QStringLiteral("-3"), QStringLiteral("二十"),
                                                     QStringLiteral("6"))));
        const QStringList lines = errorLines(UnitTemplateFile::read(path));
        CHECK(anyLine(
            lines,
            QStringLiteral("文学院.csv: row 6: eligible retired staff cannot be negative (-3).")));
        CHECK(anyLine(
            lines,
            QStringLiteral("文学院.csv: row 7: participants: “二十” is not a whole number.")));

        writeFile(path, csvOf(goodHead + goodFigures(QStringLiteral("30"), QStringLiteral("5"),
                                                     QStringLiteral("6.5"))));
        CHECK(anyLine(errorLines(UnitTemplateFile::read(path)),
                      QStringLiteral("row 8: core workers: “6.5” is not a whole number.")));

        writeFile(path, csvOf(goodHead + goodFigures(QStringLiteral("30"), QStringLiteral("5"),
                                                     QStringLiteral("6"))));
        CHECK(errorLines(UnitTemplateFile::read(path)) ==
              QStringList{QStringLiteral(
                  "文学院.csv: row 8: core workers (6) cannot exceed the participants (5).")});
    }

    SECTION("a missing figure, an unknown field, a bad flag, bad platforms — all at once")
    {
        QStringList figures = goodFigures();
        figures[4] = QStringLiteral("trainings_per_year,,");   // row 10: blank
        figures[6] = QStringLiteral("has_demand_menu,,maybe"); // row 12
        const QStringList platforms{
            QStringLiteral("colour,,blue"), // row 15: unknown field
            QStringLiteral(""),
            QStringLiteral("platforms,名称"),
            QStringLiteral("platform,,宣传部,张明,李秀英,2019-03-01,5"),       // row 18: no name
            QStringLiteral("platform,读书会,宣传部,张明,李秀英,2019-13-01,5"), // row 19: bad date
            QStringLiteral(",读书会,宣传部,张明,李秀英,,-1"), // row 20: twice, negative
            QStringLiteral("platform,,,,,,"),                 // row 21: a prepared empty row
        };
        writeFile(path, csvOf(goodHead + figures + platforms));
        const QStringList lines = errorLines(UnitTemplateFile::read(path));
        INFO(lines.join(QLatin1Char('\n')).toStdString());
        CHECK(anyLine(lines, QStringLiteral("row 10: trainings per year: a number is needed.")));
        CHECK(anyLine(lines, QStringLiteral("row 12: demand menu: “maybe” is neither 是 nor 否")));
        CHECK(anyLine(lines, QStringLiteral("row 15: “colour” in column A is not a field")));
        CHECK(anyLine(lines, QStringLiteral("row 18: the platform has no name (column B).")));
        CHECK(anyLine(lines, QStringLiteral("row 19: founded: “2019-13-01” is not a date")));
        CHECK(anyLine(
            lines,
            QStringLiteral("row 20: the platform “读书会” is listed twice (also in row 19).")));
        CHECK(anyLine(lines, QStringLiteral("row 20: activities cannot be negative (-1).")));
        CHECK(lines.size() == 7);
        for (const QString& line : lines)
            CHECK(line.startsWith(QStringLiteral("文学院.csv: row ")));
    }

    SECTION("blank figures leave them alone; partly filled figures are refused")
    {
        QStringList blank;
        for (const QString& line : goodFigures())
            blank.append(line.section(QLatin1Char(','), 0, 1) + QLatin1Char(','));
        writeFile(path, csvOf(goodHead + blank));
        auto read = UnitTemplateFile::read(path);
        REQUIRE_OK(read);
        CHECK_FALSE(read->figures.has_value());

        blank[0] = QStringLiteral("eligible,,30");
        writeFile(path, csvOf(goodHead + blank));
        const QStringList lines = errorLines(UnitTemplateFile::read(path));
        CHECK(anyLine(lines, QStringLiteral("row 7: participants: a number is needed.")));
        CHECK(anyLine(lines, QStringLiteral("row 11: unit rules: enter 是 or 否 (yes or no).")));
    }

    SECTION("the unit and the year")
    {
        QStringList head = goodHead;
        head[1] = QStringLiteral("unit,单位,");
        head[2] = QStringLiteral("year,年度,二〇二〇");
        writeFile(path, csvOf(head + goodFigures()));
        const QStringList lines = errorLines(UnitTemplateFile::read(path));
        CHECK(anyLine(lines, QStringLiteral("row 2: the unit's name is missing (column C).")));
        CHECK(
            anyLine(lines, QStringLiteral("row 3: the year “二〇二〇” is not a plausible year.")));

        writeFile(path, csvOf(QStringList{goodHead.first()} + goodFigures()));
        const QStringList missing = errorLines(UnitTemplateFile::read(path));
        CHECK(anyLine(missing, QStringLiteral("文学院.csv: no row names the unit")));
        CHECK(anyLine(missing, QStringLiteral("文学院.csv: no row gives the year")));
    }

    SECTION("a file that is no template at all")
    {
        writeFile(path, csvOf({QStringLiteral("name,score"), QStringLiteral("a,1")}));
        const QStringList lines = errorLines(UnitTemplateFile::read(path));
        REQUIRE(lines.size() == 1);
        CHECK(lines.first().startsWith(
            QStringLiteral("文学院.csv: this is not a Duibiao unit template")));

        writeFile(path, csvOf({QStringLiteral("duibiao-unit-template,9")}));
        CHECK(errorLines(UnitTemplateFile::read(path))
                  .first()
                  .contains(QStringLiteral("newer version")));
    }

    SECTION("an unclosed quote")
    {
        writeFile(path, csvOf(goodHead + QStringList{QStringLiteral("note,,\"never closed")}));
        CHECK(errorLines(UnitTemplateFile::read(path)).first() ==
              QStringLiteral("文学院.csv: row 6: a quoted cell is never closed (a missing \")."));
    }
}

TEST_CASE("the same bad rows are reported from an XLSX file")
{
    QTemporaryDir dir;
    UnitTemplate bad = sampleTemplate();
    bad.figures->participants = 35; // above the 30 eligible
    bad.platforms[1].name.clear();
    const QString path = dir.filePath(QStringLiteral("文学院.xlsx"));
    REQUIRE_OK(UnitTemplateFile::write(bad, path, TemplateFormat::Xlsx));
    const QStringList lines = errorLines(UnitTemplateFile::read(path));
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(lines.contains(QStringLiteral(
        "文学院.xlsx: row 8: participants (35) cannot exceed the eligible retired staff (30).")));
    CHECK(lines.contains(
        QStringLiteral("文学院.xlsx: row 19: the platform has no name (column B).")));
}

TEST_CASE("CSV written by spreadsheets in other encodings and separators is read")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gbk.csv"));
    const QString text = (goodHead + goodFigures()).join(QStringLiteral("\r\n"));

    QStringEncoder gb18030("GB18030");
    if (gb18030.isValid()) {
        writeFile(path, gb18030(text));
        auto read = UnitTemplateFile::read(path);
        REQUIRE_OK(read);
        CHECK(read->unitName == QStringLiteral("文学院"));
        CHECK(read->figures->hasUnitRules);
    } else {
        WARN("no GB18030 codec in this Qt build: not checked");
    }

    QString tabbed = text;
    tabbed.replace(QLatin1Char(','), QLatin1Char('\t'));
    writeFile(path, "\xEF\xBB\xBF" + tabbed.toUtf8());
    auto read = UnitTemplateFile::read(path);
    REQUIRE_OK(read);
    CHECK(read->figures->eligible == 30);
}

TEST_CASE("files that are not CSV or XLSX templates are refused clearly")
{
    QTemporaryDir dir;
    auto refused = [&](const QString& name, const QByteArray& bytes) {
        const QString path = dir.filePath(name);
        writeFile(path, bytes);
        auto read = UnitTemplateFile::read(path);
        REQUIRE_FALSE(read.ok());
        INFO(read.error().message.toStdString());
        CHECK(read.error().message.startsWith(name + QStringLiteral(": ")));
        return read.error().message;
    };
    CHECK(refused(QStringLiteral("report.docx"), "PK\x03\x04 whatever")
              .contains(QStringLiteral(".xlsx or .csv")));
    CHECK(refused(QStringLiteral("photo.xlsx"), QByteArray("\x89PNG\r\n\x1a\n", 8) + "data")
              .contains(QStringLiteral("not an XLSX workbook")));
    CHECK(refused(QStringLiteral("old.xlsx"), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
              .contains(QStringLiteral("Excel 97–2003")));
    CHECK(refused(QStringLiteral("empty.xlsx"), QByteArray()).contains(QStringLiteral("empty")));
    CHECK(refused(QStringLiteral("binary.csv"), QByteArray("a,b\0c", 5))
              .contains(QStringLiteral("binary data")));
    CHECK(refused(QStringLiteral("latin.csv"), QByteArray("\xEF\xBB\xBF\xFF\xFE\xFD", 6))
              .contains(QStringLiteral("neither UTF-8")));

    SECTION("a ZIP archive that is no workbook")
    {
        const QString path = dir.filePath(QStringLiteral("content.xlsx"));
        writeZip(path, {{QStringLiteral("content.xml"), QByteArray("<office/>")}});
        auto read = UnitTemplateFile::read(path);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().message.contains(QStringLiteral("no xl/workbook.xml")));
    }

    SECTION("a workbook whose first sheet is not a unit template")
    {
        const QString path = dir.filePath(QStringLiteral("scores.xlsx"));
        writeZip(path,
                 {{QStringLiteral("xl/workbook.xml"), workbookXml},
                  {QStringLiteral("xl/_rels/workbook.xml.rels"), relationshipsXml},
                  {QStringLiteral("xl/worksheets/sheet1.xml"),
                   sheetXml(inlineRow(1, {QStringLiteral("code"), QStringLiteral("score")}))}});
        auto read = UnitTemplateFile::read(path);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().message.contains(QStringLiteral("not a Duibiao unit template")));
    }

    SECTION("odd XML: a DTD, broken markup, a shared string that does not exist")
    {
        const QString path = dir.filePath(QStringLiteral("odd.xlsx"));
        writeZip(path, {{QStringLiteral("xl/workbook.xml"),
                         "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]>" +
                             workbookXml.mid(38)},
                        {QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml({})}});
        auto read = UnitTemplateFile::read(path);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().message.contains(QStringLiteral("document type declaration")));

        writeZip(path,
                 {{QStringLiteral("xl/workbook.xml"), workbookXml},
                  {QStringLiteral("xl/worksheets/sheet1.xml"), "<worksheet><sheetData><row>"}});
        read = UnitTemplateFile::read(path);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().message.contains(QStringLiteral("sheet1.xml is not well-formed XML")));

        writeZip(path, {{QStringLiteral("xl/workbook.xml"), workbookXml},
                        {QStringLiteral("xl/worksheets/sheet1.xml"),
                         sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>")}});
        read = UnitTemplateFile::read(path);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().message.contains(QStringLiteral("shared string “7”")));
    }
}

TEST_CASE("a truncated XLSX is refused")
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.xlsx"));
    REQUIRE_OK(UnitTemplateFile::write(sampleTemplate(), good, TemplateFormat::Xlsx));
    const QByteArray bytes = readFile(good);
    for (const qsizetype keep : {bytes.size() / 2, bytes.size() - 30, qsizetype(100)}) {
        const QString path = dir.filePath(QStringLiteral("truncated.xlsx"));
        writeFile(path, bytes.left(keep));
        auto read = UnitTemplateFile::read(path);
        REQUIRE_FALSE(read.ok());
        INFO(read.error().message.toStdString());
        CHECK(read.error().message.startsWith(QStringLiteral("truncated.xlsx: ")));
        CHECK(read.error().message.contains(QStringLiteral("damaged or truncated")));
    }
}

TEST_CASE("a ZIP bomb is refused before it is unpacked")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bomb.xlsx"));
    // 24 MB of blanks inside a valid worksheet deflate to a few kilobytes.
    const QByteArray huge =
        sheetXml(QByteArray(24 * 1024 * 1024, ' ') + inlineRow(1, {QStringLiteral("x")}));
    writeZip(path, {{QStringLiteral("xl/workbook.xml"), workbookXml},
                    {QStringLiteral("xl/_rels/workbook.xml.rels"), relationshipsXml},
                    {QStringLiteral("xl/worksheets/sheet1.xml"), huge}});
    REQUIRE(QFileInfo(path).size() < 1024 * 1024);

    SECTION("the declared size is above the cap")
    {
        auto read = UnitTemplateFile::read(path);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().message ==
              QStringLiteral("bomb.xlsx: xl/worksheets/sheet1.xml unpacks to more than 20 MB; the "
                             "file is refused (it may be a ZIP bomb)."));
    }

    SECTION("the declared size lies")
    {
        // Patch the uncompressed size in the local and central headers to 1000 bytes.
        QByteArray bytes = readFile(path);
        const QByteArray name("xl/worksheets/sheet1.xml");
        int patched = 0;
        for (qsizetype at = bytes.indexOf("PK"); at >= 0; at = bytes.indexOf("PK", at + 2)) {
            const QByteArray signature = bytes.mid(at, 4);
            qsizetype sizeOffset = -1;
            qsizetype nameOffset = -1;
            if (signature == QByteArray("PK\x03\x04", 4)) {
                sizeOffset = at + 22;
                nameOffset = at + 30;
            } else if (signature == QByteArray("PK\x01\x02", 4)) {
                sizeOffset = at + 24;
                nameOffset = at + 46;
            }
            if (sizeOffset < 0 || bytes.mid(nameOffset, name.size()) != name)
                continue;
            const char small[4] = {char(0xE8), char(0x03), 0, 0};
            bytes.replace(sizeOffset, 4, QByteArray(small, 4));
            ++patched;
        }
        REQUIRE(patched == 2);
        writeFile(path, bytes);
        auto read = UnitTemplateFile::read(path);
        REQUIRE_FALSE(read.ok());
        INFO(read.error().message.toStdString());
        CHECK(read.error().message.startsWith(QStringLiteral("bomb.xlsx: ")));
        CHECK(read.error().message.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    }

    SECTION("the cap counts what comes out, whatever is declared")
    {
        XlsxReader::Limits limits;
        limits.maxUnpackedBytes = 1024 * 1024;
        auto read = XlsxReader::readFirstSheet(path, limits);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().message.contains(QStringLiteral("more than 1 MB")));
    }
}

TEST_CASE("an import plan matches the template against the document")
{
    QVector<Unit> units{{1, QStringLiteral("校关工委"), UnitKind::School, 0},
                        {2, QStringLiteral("文学院"), UnitKind::Secondary, 1}};
    UnitFigures before;
    before.unitId = 2;
    before.year = 2020;
    before.eligible = 30;
    before.participants = 10;
    before.coreWorkers = 2;
    Platform existing;
    existing.id = 7;
    existing.unitId = 2;
    existing.name = QStringLiteral("职业规划平台");
    existing.inServiceLeader = QStringLiteral("王强");
    Platform other;
    other.id = 8;
    other.unitId = 2;
    other.name = QStringLiteral("红色宣讲平台");
    const QVector<Platform> platforms{existing, other};

    UnitTemplate filled = sampleTemplate();
    filled.origin.unitRow = 3;
    filled.origin.yearRow = 4;

    SECTION("old → new figures, a platform to add, one to update, one kept")
    {
        auto plan = UnitImportPlan::plan(filled, QStringLiteral("文学院.xlsx"), units, {before},
                                         platforms, 2020);
        REQUIRE_OK(plan);
        CHECK(plan->unit.id == 2);
        CHECK(plan->changesFigures());
        CHECK(plan->figuresBefore->participants == 10);
        CHECK(plan->figuresAfter->participants == 22);
        CHECK(plan->figuresAfter->unitId == 2);
        REQUIRE(plan->platformsToAdd.size() == 1);
        CHECK(plan->platformsToAdd.first().name == QStringLiteral("“银龄领航”读书会"));
        CHECK(plan->platformsToAdd.first().unitId == 2);
        REQUIRE(plan->platformsToUpdate.size() == 1);
        CHECK(plan->platformsToUpdate.first().second.id == 7);
        CHECK(plan->platformsToUpdate.first().second.partnerDepartment ==
              QStringLiteral("学生工作部"));
        REQUIRE(plan->platformsKept.size() == 1);
        CHECK(plan->platformsKept.first().id == 8);
    }

    SECTION("the same content again changes nothing")
    {
        UnitTemplate same = UnitTemplate::forUnit(units.at(1), 2020, {before}, platforms);
        auto plan =
            UnitImportPlan::plan(same, QStringLiteral("x.csv"), units, {before}, platforms, 2020);
        REQUIRE_OK(plan);
        CHECK(plan->changesNothing());
    }

    SECTION("an unknown unit and another year are refused with their rows")
    {
        filled.unitName = QStringLiteral("理学院");
        filled.year = 2019;
        auto plan = UnitImportPlan::plan(filled, QStringLiteral("理学院.csv"), units, {before},
                                         platforms, 2020);
        REQUIRE_FALSE(plan.ok());
        const QStringList lines = plan.error().message.split(QLatin1Char('\n'));
        CHECK(lines.size() == 2);
        CHECK(lines.at(0).startsWith(
            QStringLiteral("理学院.csv: row 3: there is no unit “理学院” in this document")));
        CHECK(lines.at(1) ==
              QStringLiteral(
                  "理学院.csv: row 4: the template is for 2019, but the assessment is for 2020."));
    }
}

TEST_CASE("template file names are safe")
{
    CHECK(UnitTemplateFile::fileName(QStringLiteral("a/b:c*?"), 2020, TemplateFormat::Xlsx) ==
          QStringLiteral("a_b_c__-2020.xlsx"));
    CHECK(UnitTemplateFile::fileName(QStringLiteral("..."), 2020, TemplateFormat::Csv) ==
          QStringLiteral("unit-2020.csv"));
}
