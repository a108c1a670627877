#include "exchange/tables/DataTable.h"

#include "exchange/tables/FileReplacement.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QSet>

#include <xlsxwriter.h>

namespace duibiao {

namespace {

constexpr lxw_color_t headerFill = 0xDCE6F1;
constexpr lxw_color_t borderColour = 0xBFBFBF;
// Text columns at least this wide wrap their cells instead of spilling over.
constexpr int wrapWidth = 30;
// Excel's limits on a sheet name and on the text of one cell.
constexpr int maxSheetName = 31;
constexpr int maxCellText = 32767;

// A name Excel accepts for a sheet: none of []:*?/\, at most 31 characters, no apostrophe
// at either end, not empty, and unlike the names already taken (case-insensitively).
QString sheetName(const QString& wanted, QSet<QString>& taken)
{
    QString name = wanted;
    for (QChar& c : name) {
        if (QStringLiteral("[]:*?/\\").contains(c))
            c = QLatin1Char('_');
    }
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    if (name.trimmed().isEmpty())
        name = QStringLiteral("Sheet");
    const auto shorten = [](QString text, int length) {
        // Never cut a surrogate pair in half.
        if (text.size() > length) {
            text.truncate(length);
            if (text.back().isHighSurrogate())
                text.chop(1);
        }
        return text.trimmed();
    };
    QString unique = shorten(name, maxSheetName);
    for (int n = 2; taken.contains(unique.toCaseFolded()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        unique = shorten(name, maxSheetName - int(suffix.size())) + suffix;
    }
    taken.insert(unique.toCaseFolded());
    return unique;
}

// Builds the workbook at a path; libxlsxwriter owns everything it allocates until
// workbook_close(), which also writes the file.
class TableWorkbook
{
public:
    explicit TableWorkbook(const QString& path)
        : m_workbook(workbook_new(QFile::encodeName(path).constData()))
    {
        // libxlsxwriter stamps docProps/core.xml with the current time unless told: a fixed
        // time makes the same tables give the same bytes, so a re-exported package with
        // unchanged content keeps its fingerprint.
        if (m_workbook) {
            lxw_doc_properties properties = {};
            properties.created = 946684800; // 2000-01-01T00:00:00Z
            workbook_set_properties(m_workbook, &properties);
        }
    }
    ~TableWorkbook()
    {
        if (m_workbook)
            workbook_close(m_workbook);
    }
    TableWorkbook(const TableWorkbook&) = delete;
    TableWorkbook& operator=(const TableWorkbook&) = delete;

    bool isValid() const { return m_workbook != nullptr; }
    lxw_error add(const DataTable& table);
    lxw_error close();

private:
    struct ColumnFormats
    {
        lxw_format* cell = nullptr;
        lxw_format* total = nullptr;
    };
    ColumnFormats columnFormats(ColumnFormat format, bool wrap);
    lxw_error writeCell(lxw_worksheet* sheet, int row, int column, const QVariant& value,
                        lxw_format* format);

    lxw_workbook* m_workbook = nullptr;
    lxw_format* m_header = nullptr;
    QSet<QString> m_sheetNames;
};

TableWorkbook::ColumnFormats TableWorkbook::columnFormats(ColumnFormat format, bool wrap)
{
    ColumnFormats formats;
    for (lxw_format** f : {&formats.cell, &formats.total}) {
        *f = workbook_add_format(m_workbook);
        format_set_align(*f, LXW_ALIGN_VERTICAL_TOP);
        switch (format) {
        case ColumnFormat::General:
            break;
        case ColumnFormat::Decimal:
            format_set_num_format(*f, "0.0");
            break;
        case ColumnFormat::Percent:
            format_set_num_format(*f, "0.0%");
            break;
        case ColumnFormat::Date:
            format_set_num_format(*f, "yyyy-mm-dd");
            break;
        }
        if (wrap)
            format_set_text_wrap(*f);
    }
    format_set_bold(formats.total);
    format_set_top(formats.total, LXW_BORDER_THIN);
    return formats;
}

lxw_error TableWorkbook::writeCell(lxw_worksheet* sheet, int row, int column, const QVariant& value,
                                   lxw_format* format)
{
    const auto r = lxw_row_t(row);
    const auto c = lxw_col_t(column);
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return LXW_NO_ERROR;
    case QMetaType::Bool:
        return worksheet_write_boolean(sheet, r, c, value.toBool() ? 1 : 0, format);
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return worksheet_write_number(sheet, r, c, value.toDouble(), format);
    case QMetaType::QDate: {
        const QDate date = value.toDate();
        // Excel's dates run from 1900 to 9999; anything else stays readable as text.
        if (date.year() >= 1900 && date.year() <= 9999) {
            lxw_datetime datetime{date.year(), date.month(), date.day(), 0, 0, 0.0};
            return worksheet_write_datetime(sheet, r, c, &datetime, format);
        }
        if (!date.isValid())
            return LXW_NO_ERROR;
        break;
    }
    default:
        break;
    }
    const QString text = value.toString().left(maxCellText);
    if (text.isEmpty())
        return LXW_NO_ERROR;
    return worksheet_write_string(sheet, r, c, text.toUtf8().constData(), format);
}

lxw_error TableWorkbook::add(const DataTable& table)
{
    if (!m_header) {
        m_header = workbook_add_format(m_workbook);
        format_set_bold(m_header);
        format_set_bg_color(m_header, headerFill);
        format_set_border(m_header, LXW_BORDER_THIN);
        format_set_border_color(m_header, borderColour);
        format_set_text_wrap(m_header);
        format_set_align(m_header, LXW_ALIGN_VERTICAL_CENTER);
    }
    const QByteArray name = sheetName(table.sheetName, m_sheetNames).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(m_workbook, name.constData());
    if (!sheet)
        return LXW_ERROR_PARAMETER_VALIDATION;

    const int columnCount = int(table.headers.size());
    QVector<ColumnFormats> formats;
    for (int c = 0; c < columnCount; ++c) {
        const int width = table.widths.value(c, 10);
        formats.append(columnFormats(table.format(c), table.format(c) == ColumnFormat::General &&
                                                          width >= wrapWidth));
        if (lxw_error error =
                worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr))
            return error;
        if (lxw_error error = worksheet_write_string(
                sheet, 0, lxw_col_t(c), table.headers.at(c).toUtf8().constData(), m_header))
            return error;
    }
    for (int r = 0; r < table.rows.size(); ++r) {
        const bool total = table.hasTotalRow && r == table.rows.size() - 1;
        const QVariantList& row = table.rows.at(r);
        for (int c = 0; c < columnCount && c < row.size(); ++c) {
            lxw_format* format = total ? formats.at(c).total : formats.at(c).cell;
            // The total row is bold with a rule above it across its whole width.
            const lxw_error error =
                total && row.at(c).isNull()
                    ? worksheet_write_blank(sheet, lxw_row_t(r + 1), lxw_col_t(c), format)
                    : writeCell(sheet, r + 1, c, row.at(c), format);
            if (error)
                return error;
        }
    }
    if (columnCount == 0)
        return LXW_NO_ERROR;
    worksheet_freeze_panes(sheet, 1, 0);
    const int dataRows = int(table.rows.size()) - (table.hasTotalRow ? 1 : 0);
    return worksheet_autofilter(sheet, 0, 0, lxw_row_t(qMax(dataRows, 0)),
                                lxw_col_t(columnCount - 1));
}

lxw_error TableWorkbook::close()
{
    const lxw_error error = workbook_close(m_workbook);
    m_workbook = nullptr;
    return error;
}

Error writeError(const QString& path, lxw_error error)
{
    return Error::internal(
        QCoreApplication::translate("TableExport", "Cannot write %1 (%2).")
            .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(error))));
}

} // namespace

Status writeXlsx(const QVector<DataTable>& tables, const QString& path)
{
    Result<FileReplacement> replacement = FileReplacement::begin(path);
    if (!replacement)
        return replacement.error();
    {
        TableWorkbook workbook(replacement->partPath());
        if (!workbook.isValid())
            return writeError(path, LXW_ERROR_CREATING_XLSX_FILE);
        for (const DataTable& table : tables) {
            if (lxw_error error = workbook.add(table))
                return writeError(path, error);
        }
        if (lxw_error error = workbook.close())
            return writeError(path, error);
    }
    return replacement->commit();
}

} // namespace duibiao
