// Tests of FrameworkSheet: framework JSON written and read back, the framework as a sheet
// (XLSX and CSV) written, read back and merged with its base, and bad sheets refused with
// their row and column.
#include "TestSupport.h"

#include "exchange/CsvFile.h"
#include "exchange/XlsxReader.h"
#include "framework/FrameworkLoader.h"
#include "framework/FrameworkSheet.h"

#include <QTemporaryDir>

using namespace duibiao;
using duibiao::test::readFile;

namespace {

Framework builtin()
{
    Result<Framework> framework = FrameworkLoader::loadBuiltin();
    REQUIRE_OK(framework);
    return *framework;
}

void requireSameText(const LocalizedText& a, const LocalizedText& b)
{
    CHECK(a.zh == b.zh);
    CHECK(a.en == b.en);
}

void requireSameRule(const std::optional<IndicatorRule>& a, const std::optional<IndicatorRule>& b)
{
    REQUIRE(a.has_value() == b.has_value());
    if (!a)
        return;
    CHECK(a->metric == b->metric);
    CHECK(a->scope == b->scope);
    CHECK(a->comparison == b->comparison);
    CHECK(a->target == b->target);
    CHECK(a->largelyMetAt == b->largelyMetAt);
}

// Field by field, so a difference names the field.
void requireSameFramework(const Framework& a, const Framework& b)
{
    CHECK(a.code == b.code);
    CHECK(a.version == b.version);
    CHECK(a.reference == b.reference);
    CHECK(a.total == b.total);
    CHECK(a.passMark == b.passMark);
    requireSameText(a.title, b.title);
    requireSameText(a.note, b.note);
    requireSameText(a.source, b.source);
    REQUIRE(a.categories.size() == b.categories.size());
    for (qsizetype c = 0; c < a.categories.size(); ++c) {
        const Category& ca = a.categories.at(c);
        const Category& cb = b.categories.at(c);
        INFO(ca.code.toStdString());
        CHECK(ca.code == cb.code);
        requireSameText(ca.title, cb.title);
        REQUIRE(ca.requirements.size() == cb.requirements.size());
        for (qsizetype r = 0; r < ca.requirements.size(); ++r) {
            const Requirement& ra = ca.requirements.at(r);
            const Requirement& rb = cb.requirements.at(r);
            INFO(ra.code.toStdString());
            CHECK(ra.code == rb.code);
            CHECK(ra.number == rb.number);
            CHECK(ra.categoryCode == rb.categoryCode);
            requireSameText(ra.title, rb.title);
            requireSameText(ra.description, rb.description);
            requireSameText(ra.guidance, rb.guidance);
            CHECK(ra.evidence == rb.evidence);
            CHECK(ra.evidenceEn == rb.evidenceEn);
            CHECK(ra.weight == rb.weight);
            CHECK(ra.source == rb.source);
            CHECK(ra.scoring == rb.scoring);
            CHECK(ra.veto == rb.veto);
            CHECK(ra.replaces == rb.replaces);
            requireSameRule(ra.rule, rb.rule);
        }
    }
}

Framework parsed(const Result<QByteArray>& json)
{
    REQUIRE_OK(json);
    Result<Framework> framework = FrameworkLoader::parse(*json, QStringLiteral("sheet"));
    REQUIRE_OK(framework);
    return *framework;
}

// The sheet a spreadsheet would show for the table: every cell as text.
SheetGrid gridOf(const DataTable& table)
{
    SheetGrid grid;
    grid.rows.append(table.headers);
    for (const QVariantList& row : table.rows) {
        QStringList cells;
        for (const QVariant& cell : row)
            cells.append(cell.toString());
        grid.rows.append(cells);
    }
    return grid;
}

// A small base framework: category A (A1, A2 an indicator), category B (B1).
Framework smallBase()
{
    const QByteArray json = R"({
      "format": "duibiao-framework", "formatVersion": 1, "code": "small", "version": "1",
      "title": "小框架",
      "categories": [
        {"code": "A", "title": "甲类", "requirements": [
          {"code": "A1", "title": "第一条", "weight": 1, "kind": "qualitative",
           "guidance": "查阅名单", "evidence": ["名单"]},
          {"code": "A2", "title": "第二条", "weight": 2, "kind": "indicator",
           "rule": {"metric": "platform_count", "scope": "secondary_units",
                    "comparison": ">=", "target": 2, "largelyMetAt": 0.8}}]},
        {"code": "B", "title": "乙类", "requirements": [
          {"code": "B1", "title": "第三条", "weight": 1, "kind": "qualitative"}]}]})";
    Result<Framework> framework = FrameworkLoader::parse(json, QStringLiteral("small.json"));
    REQUIRE_OK(framework);
    return *framework;
}

// The error of reading `grid` against the small base; the test fails if it is accepted.
QString sheetError(const SheetGrid& grid)
{
    const Result<QByteArray> json =
        frameworkJsonFromSheet(grid, smallBase(), QStringLiteral("bad.xlsx"));
    REQUIRE_FALSE(json.ok());
    CHECK(json.error().kind == Error::Kind::UserInput);
    return json.error().message;
}

} // namespace

TEST_CASE("framework JSON written from the built-in framework loads back equal")
{
    const Framework original = builtin();
    const QByteArray json = frameworkToJson(original);
    Result<Framework> back = FrameworkLoader::parse(json, QStringLiteral("written.json"));
    REQUIRE_OK(back);
    requireSameFramework(*back, original);
    // The loader's rules hold for what is written: it refuses an unknown key, so none is.
    CHECK(json.contains("\"formatVersion\": 1"));
    CHECK(json.contains("\"largelyMetAt\""));
}

TEST_CASE("the framework table has one row per requirement with its texts")
{
    const Framework framework = builtin();
    const DataTable table = frameworkTable(framework);
    CHECK(table.headers.mid(0, 8) ==
          QStringList{QStringLiteral("类别编号"), QStringLiteral("类别"), QStringLiteral("编号"),
                      QStringLiteral("标题"), QStringLiteral("条文"), QStringLiteral("指导"),
                      QStringLiteral("佐证材料"), QStringLiteral("权重")});
    CHECK(table.headers.contains(QStringLiteral("标题(英文)"))); // the built-in has English
    REQUIRE(table.rows.size() == framework.requirementCount());
    const Requirement* first = framework.requirements().first();
    CHECK(table.rows.first().at(2).toString() == first->code);
    CHECK(table.rows.first().at(6).toString() == first->evidence.join(QLatin1Char('\n')));
    CHECK(table.rows.first().at(7).toDouble() == first->weight);

    // Without English texts there are no English columns.
    CHECK(frameworkTable(smallBase()).headers.size() == 10); // with 计分方式, 一票否决
}

TEST_CASE("the framework as XLSX and as CSV reads back to the same framework")
{
    const Framework original = builtin();
    QTemporaryDir dir;
    const DataTable table = frameworkTable(original);

    SECTION("xlsx")
    {
        const QString path = dir.filePath(QStringLiteral("framework.xlsx"));
        REQUIRE_OK(writeXlsx({table}, path));
        Result<SheetGrid> sheet = XlsxReader::readFirstSheet(path);
        REQUIRE_OK(sheet);
        requireSameFramework(
            parsed(frameworkJsonFromSheet(*sheet, original, QStringLiteral("framework.xlsx"))),
            original);
        requireSameFramework(parsed(frameworkJsonFromFile(path, original)), original);
    }
    SECTION("csv")
    {
        const QString path = dir.filePath(QStringLiteral("framework.csv"));
        REQUIRE_OK(writeCsv(table, path));
        Result<SheetGrid> sheet = CsvFile::parse(readFile(path), QStringLiteral("framework.csv"));
        REQUIRE_OK(sheet);
        requireSameFramework(
            parsed(frameworkJsonFromSheet(*sheet, original, QStringLiteral("framework.csv"))),
            original);
    }
}

TEST_CASE("a sheet's edits are taken, the rest comes from the base by requirement code")
{
    const Framework base = smallBase();
    SheetGrid grid = gridOf(frameworkTable(base));
    // Rows: 2 A1, 3 A2, 4 B1. Move B1 first, retitle A2, new weight and evidence, a new
    // requirement in a new category; the 指导 column is dropped (base guidance kept).
    grid.rows.move(3, 1);
    grid.rows[3][3] = QStringLiteral("第二条(正式文本)");
    grid.rows[3][7] = QStringLiteral("3.5");
    grid.rows[3][6] = QStringLiteral("台账\n\n  照片 ");
    grid.rows.append({QStringLiteral("C"), QStringLiteral("丙类"), QStringLiteral("C1"),
                      QStringLiteral("新增条"), QString(), QString(), QString(),
                      QStringLiteral("1")});
    for (QStringList& row : grid.rows)
        row.removeAt(5);
    const Framework result =
        parsed(frameworkJsonFromSheet(grid, base, QStringLiteral("edited.csv")));

    REQUIRE(result.categories.size() == 3);
    CHECK(result.categories.at(0).code == QStringLiteral("B")); // order of first appearance
    CHECK(result.categories.at(1).code == QStringLiteral("A"));
    CHECK(result.categories.at(2).title.zh == QStringLiteral("丙类"));
    CHECK(result.code == base.code);
    CHECK(result.title.zh == base.title.zh);
    const Requirement* a2 = result.requirement(QStringLiteral("A2"));
    REQUIRE(a2);
    CHECK(a2->title.zh == QStringLiteral("第二条(正式文本)"));
    CHECK(a2->weight == 3.5);
    CHECK(a2->evidence == QStringList{QStringLiteral("台账"), QStringLiteral("照片")});
    requireSameRule(a2->rule, base.requirement(QStringLiteral("A2"))->rule);
    CHECK(a2->number == 3); // B1, A1, A2
    CHECK(result.requirement(QStringLiteral("A1"))->guidance.zh == QStringLiteral("查阅名单"));
    const Requirement* c1 = result.requirement(QStringLiteral("C1"));
    REQUIRE(c1);
    CHECK_FALSE(c1->isIndicator());
}

TEST_CASE("bad sheets are refused with their row and column")
{
    const SheetGrid good = gridOf(frameworkTable(smallBase()));
    SheetGrid grid = good;

    SECTION("empty code")
    {
        grid.rows[2][2] = QString();
        CHECK(sheetError(grid).contains(QStringLiteral("bad.xlsx: row 3, column C (编号)")));
    }
    SECTION("empty title")
    {
        grid.rows[3][3] = QStringLiteral("  ");
        CHECK(sheetError(grid).contains(QStringLiteral("bad.xlsx: row 4, column D (标题)")));
    }
    SECTION("duplicate code")
    {
        grid.rows[3][2] = QStringLiteral("A1");
        const QString error = sheetError(grid);
        CHECK(error.contains(QStringLiteral("bad.xlsx: row 4, column C (编号)")));
        CHECK(error.contains(QStringLiteral("row 2")));
    }
    SECTION("weight that is not a number")
    {
        grid.rows[1][7] = QStringLiteral("高");
        CHECK(sheetError(grid).contains(QStringLiteral("bad.xlsx: row 2, column H (权重)")));
    }
    SECTION("weight that is not positive")
    {
        grid.rows[2][7] = QStringLiteral("0");
        grid.rows[3][7] = QStringLiteral("-1");
        const QString error = sheetError(grid);
        CHECK(error.contains(QStringLiteral("bad.xlsx: row 3, column H (权重)")));
        CHECK(error.contains(QStringLiteral("bad.xlsx: row 4, column H (权重)")));
    }
    SECTION("a new category without a title")
    {
        grid.rows[3][0] = QStringLiteral("Z");
        grid.rows[3][1] = QString();
        CHECK(sheetError(grid).contains(QStringLiteral("bad.xlsx: row 4, column B (类别)")));
    }
    SECTION("an invalid code")
    {
        grid.rows[1][2] = QStringLiteral("第1条");
        CHECK(sheetError(grid).contains(QStringLiteral("bad.xlsx: row 2, column C (编号)")));
    }
    SECTION("a missing column")
    {
        for (QStringList& row : grid.rows)
            row.removeAt(7);
        CHECK(sheetError(grid).contains(QStringLiteral("bad.xlsx: row 1")));
        CHECK(sheetError(grid).contains(QStringLiteral("权重")));
    }
    SECTION("several problems are reported together")
    {
        grid.rows[1][3] = QString();
        grid.rows[3][7] = QStringLiteral("x");
        const QString error = sheetError(grid);
        CHECK(error.contains(QStringLiteral("row 2, column D")));
        CHECK(error.contains(QStringLiteral("row 4, column H")));
    }
    SECTION("no requirements")
    {
        grid.rows.resize(1);
        CHECK(sheetError(grid).contains(QStringLiteral("bad.xlsx: row 2")));
    }
}

TEST_CASE("the scoring and veto columns go out to a sheet and read back", "[scoring]")
{
    Result<Framework> loaded = FrameworkLoader::loadFile(
        duibiao::test::testData(QStringLiteral("frameworks/scoring-pass-fail-veto.json")));
    REQUIRE_OK(loaded);
    const Framework original = *loaded;
    const DataTable table = frameworkTable(original);
    REQUIRE(table.headers.mid(7, 3) == QStringList{QStringLiteral("权重"),
                                                   QStringLiteral("计分方式"),
                                                   QStringLiteral("一票否决")});
    // Rows B1 (pass/fail, veto), B2 (pass/fail), B3 (rating), B4 (graded).
    CHECK(table.rows.at(0).at(8).toString() == QStringLiteral("pass_fail"));
    CHECK(table.rows.at(0).at(9).toString() == QStringLiteral("是"));
    CHECK(table.rows.at(1).at(9).toString().isEmpty());
    CHECK(table.rows.at(2).at(8).toString() == QStringLiteral("rating"));
    CHECK(table.rows.at(3).at(8).toString() == QStringLiteral("graded"));

    // Round trip through XLSX: the same scoring, veto items, total and pass mark.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("checklist.xlsx"));
    REQUIRE_OK(writeXlsx({table}, path));
    const Result<QByteArray> json = frameworkJsonFromFile(path, original);
    REQUIRE_OK(json);
    CHECK(json->contains("\"formatVersion\": 2"));
    requireSameFramework(parsed(json), original);

    // Edits in the two columns are taken: B2 becomes a veto item, B3 graded.
    SheetGrid grid = gridOf(table);
    grid.rows[2][9] = QStringLiteral("是");
    grid.rows[3][8] = QStringLiteral("graded");
    const Framework edited =
        parsed(frameworkJsonFromSheet(grid, original, QStringLiteral("edited.xlsx")));
    CHECK(edited.requirement(QStringLiteral("B2"))->veto);
    CHECK(edited.requirement(QStringLiteral("B3"))->scoring == Scoring::Graded);
    CHECK(edited.requirement(QStringLiteral("B1"))->scoring == Scoring::PassFail);

    SECTION("an unknown scoring is refused with its row and column")
    {
        SheetGrid bad = gridOf(table);
        bad.rows[3][8] = QStringLiteral("stars");
        const Result<QByteArray> refused =
            frameworkJsonFromSheet(bad, original, QStringLiteral("bad.xlsx"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(
            QStringLiteral("bad.xlsx: row 4, column I (计分方式): unknown scoring “stars”")));
    }
    SECTION("a veto cell other than 是 or empty is refused")
    {
        SheetGrid bad = gridOf(table);
        bad.rows[1][9] = QStringLiteral("否");
        const Result<QByteArray> refused =
            frameworkJsonFromSheet(bad, original, QStringLiteral("bad.xlsx"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(
            QStringLiteral("bad.xlsx: row 2, column J (一票否决): “否” is not 是")));
    }
    SECTION("weights that no longer add up to the total are refused at $.total")
    {
        SheetGrid bad = gridOf(table);
        bad.rows[1][7] = QStringLiteral("15");
        const Result<QByteArray> refused =
            frameworkJsonFromSheet(bad, original, QStringLiteral("bad.xlsx"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(
            QStringLiteral("$.total: the requirement weights (points) add up to 105")));
    }
}

TEST_CASE("the replaced codes column goes out to a sheet and reads back")
{
    Framework original = smallBase();
    original.categories[0].requirements[0].replaces = QStringList{QStringLiteral("A0")};
    original.categories[1].requirements[0].replaces =
        QStringList{QStringLiteral("B0"), QStringLiteral("B0a")};
    const DataTable table = frameworkTable(original);
    REQUIRE(table.headers.size() == 11);
    CHECK(table.headers.at(10) == QStringLiteral("替代编号"));
    CHECK(table.rows.at(0).at(10).toString() == QStringLiteral("A0"));
    CHECK(table.rows.at(1).at(10).toString().isEmpty());
    CHECK(table.rows.at(2).at(10).toString() == QStringLiteral("B0, B0a"));
    // A framework that replaces nothing has no such column.
    CHECK_FALSE(frameworkTable(smallBase()).headers.contains(QStringLiteral("替代编号")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("renumbered.xlsx"));
    REQUIRE_OK(writeXlsx({table}, path));
    const Result<QByteArray> json = frameworkJsonFromFile(path, smallBase());
    REQUIRE_OK(json);
    CHECK(json->contains("\"formatVersion\": 2"));
    requireSameFramework(parsed(json), original);

    SheetGrid grid = gridOf(table);
    SECTION("codes separated by either comma or 、, and a cell emptied")
    {
        grid.rows[2][10] = QStringLiteral("A9,A8");
        grid.rows[3][10] = QStringLiteral("B7，B8、B9");
        grid.rows[1][10] = QString();
        const Framework edited =
            parsed(frameworkJsonFromSheet(grid, original, QStringLiteral("edited.xlsx")));
        CHECK(edited.requirement(QStringLiteral("A1"))->replaces.isEmpty());
        CHECK(edited.requirement(QStringLiteral("A2"))->replaces ==
              QStringList({QStringLiteral("A9"), QStringLiteral("A8")}));
        CHECK(edited.requirement(QStringLiteral("B1"))->replaces ==
              QStringList({QStringLiteral("B7"), QStringLiteral("B8"), QStringLiteral("B9")}));
    }
    SECTION("without the column, the base's replaced codes stay")
    {
        for (QStringList& row : grid.rows)
            row.removeAt(10);
        const Framework kept =
            parsed(frameworkJsonFromSheet(grid, original, QStringLiteral("kept.xlsx")));
        CHECK(kept.requirement(QStringLiteral("A1"))->replaces ==
              QStringList{QStringLiteral("A0")});
    }
    SECTION("an invalid code")
    {
        grid.rows[2][10] = QStringLiteral("A9, 第5条");
        CHECK(sheetError(grid).contains(
            QStringLiteral("bad.xlsx: row 3, column K (替代编号): “第5条” is not a valid code")));
    }
    SECTION("a code the sheet still has")
    {
        grid.rows[2][10] = QStringLiteral("B1");
        CHECK(sheetError(grid).contains(QStringLiteral(
            "bad.xlsx: row 3, column K (替代编号): “B1” is still a code of this sheet (row 4)")));
    }
    SECTION("a code replaced in two rows")
    {
        grid.rows[2][10] = QStringLiteral("A0");
        CHECK(sheetError(grid).contains(QStringLiteral(
            "bad.xlsx: row 3, column K (替代编号): “A0” is already replaced in row 2")));
    }
}
