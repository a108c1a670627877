#include "exchange/UnitTemplateXlsx.h"

#include "exchange/XlsxReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace duibiao {

namespace {

constexpr lxw_color_t grey = 0x767676;
constexpr lxw_color_t inputFill = 0xFFF4C2;
constexpr lxw_color_t headerFill = 0xDCE6F1;
constexpr lxw_color_t borderColour = 0xBFBFBF;

// Builds the workbook at a path; libxlsxwriter owns everything it allocates until
// workbook_close().
class TemplateWorkbook
{
public:
    explicit TemplateWorkbook(const QString& path)
        : m_workbook(workbook_new(QFile::encodeName(path).constData()))
    {}
    ~TemplateWorkbook()
    {
        if (m_workbook)
            workbook_close(m_workbook);
    }
    TemplateWorkbook(const TemplateWorkbook&) = delete;
    TemplateWorkbook& operator=(const TemplateWorkbook&) = delete;

    bool isValid() const { return m_workbook != nullptr; }
    Status fill(const UnitTemplate& unitTemplate);
    Status close();

private:
    lxw_format* format(void (*setup)(lxw_format*));
    Status check(lxw_error error);
    Status write(int row, int column, const QString& text, bool number, lxw_format* format);

    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
};

lxw_format* TemplateWorkbook::format(void (*setup)(lxw_format*))
{
    lxw_format* f = workbook_add_format(m_workbook);
    setup(f);
    return f;
}

Status TemplateWorkbook::check(lxw_error error)
{
    if (error == LXW_NO_ERROR)
        return {};
    return Error::internal(
        QCoreApplication::translate("UnitTemplateXlsx", "The workbook could not be written (%1).")
            .arg(QString::fromUtf8(lxw_strerror(error))));
}

Status TemplateWorkbook::write(int row, int column, const QString& text, bool number,
                               lxw_format* format)
{
    if (text.isEmpty())
        return check(worksheet_write_blank(m_sheet, lxw_row_t(row), lxw_col_t(column), format));
    if (number) {
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (ok)
            return check(
                worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value, format));
    }
    return check(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column),
                                        text.toUtf8().constData(), format));
}

Status TemplateWorkbook::fill(const UnitTemplate& unitTemplate)
{
    using Role = UnitTemplate::Row::Role;
    m_sheet = workbook_add_worksheet(m_workbook, "单位模板");
    if (!m_sheet)
        return Error::internal(QCoreApplication::translate(
            "UnitTemplateXlsx", "The workbook could not be written (no worksheet)."));

    lxw_format* title = format([](lxw_format* f) {
        format_set_bold(f);
        format_set_font_size(f, 13);
    });
    lxw_format* marker = format([](lxw_format* f) { format_set_font_color(f, grey); });
    lxw_format* comment = format([](lxw_format* f) {
        format_set_italic(f);
        format_set_font_color(f, grey);
    });
    lxw_format* key = format([](lxw_format* f) { format_set_font_color(f, grey); });
    lxw_format* fixedValue = format([](lxw_format* f) { format_set_bold(f); });
    lxw_format* header = format([](lxw_format* f) {
        format_set_bold(f);
        format_set_bg_color(f, headerFill);
        format_set_bottom(f, LXW_BORDER_THIN);
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    });
    lxw_format* input = format([](lxw_format* f) {
        format_set_bg_color(f, inputFill);
        format_set_border(f, LXW_BORDER_THIN);
        format_set_border_color(f, borderColour);
        format_set_align(f, LXW_ALIGN_LEFT);
    });
    lxw_format* hint = format([](lxw_format* f) {
        format_set_italic(f);
        format_set_font_color(f, grey);
    });

    worksheet_set_column(m_sheet, 0, 0, 20, nullptr);
    worksheet_set_column(m_sheet, 1, 1, 46, nullptr);
    worksheet_set_column(m_sheet, 2, 2, 24, nullptr);
    worksheet_set_column(m_sheet, 3, 4, 24, nullptr);
    worksheet_set_column(m_sheet, 5, 5, 22, nullptr);
    worksheet_set_column(m_sheet, 6, 6, 14, nullptr);

    // Whole numbers ≥ 0 and 是/否 drop-downs guide the secretary; the import checks anyway.
    lxw_data_validation whole{};
    whole.validate = LXW_VALIDATION_TYPE_INTEGER;
    whole.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
    whole.value_number = 0;
    QByteArray wholeTitle = QByteArrayLiteral("整数 Whole number");
    QByteArray wholeMessage = QByteArrayLiteral("请输入不小于 0 的整数。Enter a whole number ≥ 0.");
    whole.error_title = wholeTitle.data();
    whole.error_message = wholeMessage.data();
    QByteArray yes("是");
    QByteArray no("否");
    char* flagValues[] = {yes.data(), no.data(), nullptr};
    lxw_data_validation flag{};
    flag.validate = LXW_VALIDATION_TYPE_LIST;
    flag.value_list = flagValues;
    flag.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;

    const QVector<UnitTemplate::Row> rows = unitTemplate.rows();
    int lastRow = 0;
    for (int r = 0; r < rows.size(); ++r) {
        const UnitTemplate::Row& row = rows.at(r);
        lastRow = r;
        for (int c = 0; c < row.cells.size(); ++c) {
            const QString& text = row.cells.at(c);
            const bool number = row.numberColumns.contains(c);
            lxw_format* f = nullptr;
            switch (row.role) {
            case Role::Title:
                f = c == 2 ? title : marker;
                break;
            case Role::Comment:
                f = comment;
                break;
            case Role::SectionHeader:
                f = header;
                break;
            case Role::Field:
                if (c == 0)
                    f = key;
                else if (c == 2)
                    f = row.inputColumns.contains(c) ? input : fixedValue;
                else if (c == 3)
                    f = hint;
                break;
            case Role::Platform:
                f = c == 0 ? key : input;
                break;
            case Role::Blank:
                break;
            }
            if (Status status = write(r, c, text, number, f); !status)
                return status;
        }
        if (row.role == Role::Field && row.inputColumns.contains(2)) {
            const QString fieldKey = row.cells.value(0);
            lxw_data_validation* validation = nullptr;
            if (fieldKey.startsWith(QLatin1String("has_")))
                validation = &flag;
            else if (fieldKey != QLatin1String("note"))
                validation = &whole;
            if (validation) {
                if (Status status =
                        check(worksheet_data_validation_cell(m_sheet, lxw_row_t(r), 2, validation));
                    !status)
                    return status;
            }
        }
        if (row.role == Role::SectionHeader)
            worksheet_set_row(m_sheet, lxw_row_t(r), 30, nullptr);
    }
    // Shaded rows ready for new platforms (column A may stay empty in this section).
    const int firstFree = lastRow + 1;
    const int lastFree = firstFree + UnitTemplateXlsx::preparedPlatformRows - 1;
    for (int r = firstFree; r <= lastFree; ++r) {
        for (int c = 1; c < UnitTemplate::platformColumns; ++c) {
            if (Status status = write(r, c, {}, false, input); !status)
                return status;
        }
    }
    const int platformsHeader = [&] {
        for (int r = 0; r < rows.size(); ++r) {
            if (rows.at(r).role == Role::SectionHeader &&
                rows.at(r).cells.value(0) == QLatin1String("platforms"))
                return r;
        }
        return lastRow;
    }();
    return check(worksheet_data_validation_range(m_sheet, lxw_row_t(platformsHeader + 1), 6,
                                                 lxw_row_t(lastFree), 6, &whole));
}

Status TemplateWorkbook::close()
{
    const lxw_error error = workbook_close(m_workbook);
    m_workbook = nullptr;
    return check(error);
}

} // namespace

Status UnitTemplateXlsx::write(const UnitTemplate& unitTemplate, const QString& path)
{
    // libxlsxwriter writes to a path of its own; it goes to a temporary folder first and
    // then through QSaveFile, so the target is replaced whole or not at all.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error::internal(QCoreApplication::translate(
            "UnitTemplateXlsx", "Cannot create a temporary folder for the workbook."));
    const QString scratchPath = scratch.filePath(QStringLiteral("template.xlsx"));
    {
        TemplateWorkbook workbook(scratchPath);
        if (!workbook.isValid())
            return Error::internal(QCoreApplication::translate(
                "UnitTemplateXlsx", "The workbook could not be created."));
        if (Status status = workbook.fill(unitTemplate); !status)
            return status;
        if (Status status = workbook.close(); !status)
            return status;
    }
    QFile written(scratchPath);
    if (!written.open(QIODevice::ReadOnly))
        return Error::internal(QCoreApplication::translate(
                                   "UnitTemplateXlsx", "The workbook could not be read back (%1).")
                                   .arg(written.errorString()));
    const QByteArray bytes = written.readAll();

    QSaveFile target(path);
    if (!target.open(QIODevice::WriteOnly) || target.write(bytes) != bytes.size() ||
        !target.commit()) {
        return Error::user(QCoreApplication::translate("UnitTemplateXlsx", "Cannot write %1 (%2).")
                               .arg(QFileInfo(path).fileName(), target.errorString()));
    }
    return {};
}

Result<UnitTemplate> UnitTemplateXlsx::read(const QString& path)
{
    Result<SheetGrid> grid = XlsxReader::readFirstSheet(path);
    if (!grid)
        return grid.error();
    return UnitTemplate::parse(*grid, QFileInfo(path).fileName());
}

} // namespace duibiao
