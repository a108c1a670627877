#pragma once

#include "exchange/SheetGrid.h"
#include "exchange/tables/DataTable.h"
#include "model/Framework.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace duibiao {

// Framework JSON (docs/formats/framework.md) from a framework, so that
// FrameworkLoader::parse reads it back to an equal framework. UTF-8, indented. Format
// version 1 unless the framework uses scoring, veto items, replaced codes, a total or a
// pass mark.
QByteArray frameworkToJson(const Framework& framework);

// One row per requirement, in display order: 类别编号, 类别, 编号, 标题, 条文, 指导,
// 佐证材料 (one item per line), 权重, 计分方式 (scoring key), 一票否决 (是 or empty); when a
// requirement replaces codes, 替代编号 (the codes, comma-separated); when the
// framework has English texts, also 类别(英文), 标题(英文), 条文(英文), 指导(英文), 佐证材料(英文).
// Kinds, rules and sources are not in the table: a sheet cannot express a rule well, and they are
// kept from the base framework when the sheet is read back.
DataTable frameworkTable(const Framework& framework);

// Reads a sheet laid out like frameworkTable() (row 1 the headers, found by name, in any
// order) into framework JSON. Categories come in order of first appearance, requirements
// in row order; blank rows are skipped. What the sheet does not hold is taken from `base`:
// the framework's code, version, titles, note, source, total and pass mark, and each
// requirement's kind, rule and source by requirement code (a requirement new to the sheet
// is qualitative);
// an optional column left out of the sheet keeps the base texts, while a column that is
// present but empty clears them. A category with no title in any of its rows keeps the
// base category's title. Each row is checked (empty or invalid code or title, duplicate
// codes, a weight that is not a positive number, an unknown scoring, a veto cell that is
// neither 是 nor empty, a replaced code that is invalid, still in the sheet or replaced by
// another row, a category new to `base` without a
// title) and refused as "<sourceName>: row N, column X (header): problem"; the JSON then
// goes through FrameworkLoader::parse, so every rule of the format applies.
Result<QByteArray> frameworkJsonFromSheet(const SheetGrid& sheet, const Framework& base,
                                          const QString& sourceName);

// A framework file (.json) or sheet (.xlsx, .csv) on disk as framework JSON, validated;
// sheets are read against `base` as frameworkJsonFromSheet() describes.
Result<QByteArray> frameworkJsonFromFile(const QString& path, const Framework& base);

} // namespace duibiao
