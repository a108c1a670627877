#include "report/ReportWriter.h"

#include <QImage>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

namespace duibiao::report {

namespace {

constexpr double pixelsPerPoint = 96.0 / 72.0;

} // namespace

ReportWriter::ReportWriter(QTextDocument& document, const ReportStyle& style, bool paged)
    : m_document(document), m_style(style), m_paged(paged), m_cursor(&document)
{
    // Paged tables have no borders of their own: the paginator rules them when it paints
    // a page, which is much faster than Qt's border drawing cell by cell.
    m_headerCell.setBackground(QColor(0xe8, 0xe8, 0xe8));
    m_headerCell.setVerticalAlignment(QTextCharFormat::AlignMiddle);
}

void ReportWriter::startBlock(QTextBlockFormat format, const QTextCharFormat& charFormat)
{
    if (m_breakBefore) {
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_breakBefore = false;
    }
    if (m_atStart) {
        m_cursor.setBlockFormat(format);
        m_cursor.setBlockCharFormat(charFormat);
        m_cursor.setCharFormat(charFormat);
        m_atStart = false;
    } else {
        m_cursor.insertBlock(format, charFormat);
    }
}

void ReportWriter::verticalSpace(double points)
{
    QTextBlockFormat block;
    block.setLineHeight(points * pixelsPerPoint, QTextBlockFormat::FixedHeight);
    startBlock(block, m_style.body());
}

void ReportWriter::title(const QString& text)
{
    startBlock(m_style.titleBlock(), m_style.title());
    m_cursor.insertText(text, m_style.title());
}

void ReportWriter::centered(const QString& text, const QTextCharFormat& format, double topMarginPt)
{
    QTextBlockFormat block;
    block.setAlignment(Qt::AlignHCenter);
    block.setTopMargin(topMarginPt * pixelsPerPoint);
    block.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
    startBlock(block, format);
    m_cursor.insertText(text, format);
}

void ReportWriter::rightAligned(const QString& text, const QTextCharFormat& format,
                                double topMarginPt)
{
    QTextBlockFormat block;
    block.setAlignment(Qt::AlignRight);
    block.setTopMargin(topMarginPt * pixelsPerPoint);
    // GB/T 9704 puts the signature four characters in from the right edge.
    block.setRightMargin(4 * ReportStyle::bodyPt * pixelsPerPoint);
    block.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
    startBlock(block, format);
    m_cursor.insertText(text, format);
}

void ReportWriter::heading(int level, const QString& text, bool inContents)
{
    startBlock(m_style.headingBlock(level), m_style.heading(level));
    m_cursor.insertText(text, m_style.heading(level));
    keepWithNext();
    if (inContents)
        m_headings.append({level, text, m_keepWithNext.last()});
}

void ReportWriter::keepWithNext()
{
    QTextCursor at(m_cursor);
    at.movePosition(QTextCursor::StartOfBlock);
    m_keepWithNext.append(at);
}

void ReportWriter::paragraph(const QString& text)
{
    startBlock(m_style.bodyBlock(), m_style.body());
    m_cursor.insertText(text, m_style.body());
}

void ReportWriter::labelled(const QString& label, const QString& text)
{
    startBlock(m_style.bodyBlock(), m_style.body());
    m_cursor.insertText(label, m_style.label());
    m_cursor.insertText(text, m_style.body());
}

void ReportWriter::note(const QString& text)
{
    startBlock(m_style.noteBlock(), m_style.note());
    m_cursor.insertText(text, m_style.note());
}

void ReportWriter::list(const QStringList& items)
{
    for (int i = 0; i < items.size(); ++i) {
        startBlock(m_style.bodyBlock(), m_style.body());
        m_cursor.insertText(QStringLiteral("%1. ").arg(i + 1) + items.at(i), m_style.body());
    }
}

QTextTableFormat ReportWriter::pagedTableFormat() const
{
    QTextTableFormat format;
    QVector<QTextLength> widths;
    for (const Column& column : m_columns.last())
        widths.append(QTextLength(QTextLength::PercentageLength, column.percent));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(widths);
    // No borders of their own (the paginator rules the rows), so the separate border model:
    // it lays out and paints the same, and Qt's collapsed-border model would look up every
    // neighbouring cell of every cell. With neither borders nor spacing, each row starts
    // where the one above ends, which is where the paginator may cut.
    format.setBorderCollapse(false);
    format.setBorder(0);
    format.setCellSpacing(0);
    format.setCellPadding(0.3 * ReportStyle::tablePt * pixelsPerPoint);
    format.setTopMargin(0);
    format.setBottomMargin(0);
    format.setAlignment(Qt::AlignHCenter);
    return format;
}

TableId ReportWriter::table(const QVector<Column>& columns, int rows)
{
    const TableId id = TableId(m_columns.size());
    m_columns.append(columns);
    QVector<double> percents;
    for (const Column& column : columns)
        percents.append(column.percent);
    const int columnCount = int(columns.size());
    QTextTableFormat format = m_style.tableFormat(percents, 1);
    if (m_paged) {
        const double spacing = format.topMargin();
        format = pagedTableFormat();
        format.setTopMargin(spacing);
    }
    if (m_breakBefore) {
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_breakBefore = false;
    }
    if (m_atStart) {
        m_cursor.setBlockFormat(m_style.plainBlock());
        m_atStart = false;
    }
    QTextTable* inserted = m_cursor.insertTable(rows + 1, columnCount, format);
    for (int c = 0; c < columnCount; ++c)
        inserted->cellAt(0, c).setFormat(m_headerCell);
    m_tables.append(inserted);
    for (int c = 0; c < columnCount; ++c) {
        QTextCursor cursor = cell(id, 0, c).firstCursorPosition();
        cursor.setBlockFormat(m_style.cellBlock(Qt::AlignHCenter));
        cursor.insertText(columns.at(c).title, m_style.tableHeader());
    }
    return id;
}

QTextTableCell ReportWriter::cell(TableId table, int row, int column) const
{
    return m_tables.at(table)->cellAt(row, column);
}

void ReportWriter::setCell(TableId table, int row, int column, const QString& text)
{
    setCell(table, row, column, text, m_style.table());
}

void ReportWriter::setCell(TableId table, int row, int column, const QString& text,
                           const QTextCharFormat& format)
{
    QTextCursor cursor = cell(table, row, column).firstCursorPosition();
    const QVector<Column>& columns = m_columns.at(table);
    const Qt::Alignment alignment =
        column < columns.size() ? columns.at(column).alignment : Qt::AlignLeft;
    if (alignment != Qt::AlignLeft)
        cursor.setBlockFormat(m_style.cellBlock(alignment));
    cursor.insertText(text, format);
}

void ReportWriter::setSpanningRow(TableId table, int row, const QString& text)
{
    const int columns = int(m_columns.at(table).size());
    m_tables.at(table)->mergeCells(row, 0, 1, columns);
    QTextTableCell merged = cell(table, row, 0);
    QTextTableCellFormat format;
    format.setBackground(QColor(0xf4, 0xf4, 0xf4));
    merged.setFormat(format);
    merged.firstCursorPosition().insertText(text, m_style.tableHeader());
}

void ReportWriter::endTable()
{
    m_cursor.movePosition(QTextCursor::End);
    // Qt hides the empty block it keeps after a table, and gives the block after that only
    // the larger of its own top margin and this block's bottom margin: that spaces them.
    QTextBlockFormat spacer;
    spacer.setBottomMargin(0.5 * ReportStyle::bodyPt * pixelsPerPoint);
    m_cursor.setBlockFormat(spacer);
    m_atStart = false;
}

void ReportWriter::image(const QString& name, const QImage& image, double widthPixels)
{
    m_document.addResource(QTextDocument::ImageResource, QUrl(name), image);
    QTextBlockFormat block;
    block.setAlignment(Qt::AlignHCenter);
    block.setTopMargin(0.5 * ReportStyle::bodyPt * pixelsPerPoint);
    startBlock(block, m_style.body());
    QTextImageFormat format;
    format.setName(name);
    format.setWidth(widthPixels);
    format.setHeight(widthPixels * image.height() / image.width());
    m_cursor.insertImage(format);
}

void ReportWriter::contentsPlaceholder()
{
    startBlock(m_style.titleBlock(), m_style.title());
    m_contents = m_cursor;
    // Everything after is appended at this very position: the placeholder must stay put.
    m_contents.setKeepPositionOnInsert(true);
}

void ReportWriter::insertContents(const QString& title, const QString& pageColumnTitle)
{
    if (m_contents.isNull())
        return;
    QTextCursor cursor(&m_document);
    cursor.setPosition(m_contents.position());
    cursor.insertText(title, m_style.title());
    QTextTableFormat format = m_style.tableFormat({86, 14}, 0);
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellPadding(0.2 * ReportStyle::bodyPt * pixelsPerPoint);
    QTextTable* table = cursor.insertTable(int(m_headings.size()) + 1, 2, format);
    const QTextCharFormat entry = m_style.body();
    QTextCursor header = table->cellAt(0, 1).firstCursorPosition();
    header.setBlockFormat(m_style.cellBlock(Qt::AlignRight));
    header.insertText(pageColumnTitle, m_style.note());
    for (int i = 0; i < m_headings.size(); ++i) {
        const Heading& heading = m_headings.at(i);
        QTextCursor text = table->cellAt(i + 1, 0).firstCursorPosition();
        QTextBlockFormat block;
        block.setLeftMargin((heading.level - 1) * 2 * ReportStyle::bodyPt * pixelsPerPoint);
        text.setBlockFormat(block);
        text.insertText(heading.text, heading.level == 1 ? m_style.heading(1) : entry);
        QTextCursor page = table->cellAt(i + 1, 1).firstCursorPosition();
        page.setBlockFormat(m_style.cellBlock(Qt::AlignRight));
        page.setBlockCharFormat(entry);
        // The page numbers come after the layout: the paginator paints them on a paged
        // composition, Report::writeOdt writes them into a flowing one.
    }
    m_contentsTable = table;
}

Composition ReportWriter::composition() const
{
    Composition result;
    result.headings = m_headings;
    result.contents = m_contentsTable;
    result.keepWithNext = m_keepWithNext;
    if (m_paged) {
        for (QTextTable* table : m_tables)
            result.tables.append({table});
    }
    return result;
}

} // namespace duibiao::report
