#pragma once

#include "report/ReportStyle.h"

#include <QStringList>
#include <QTextCursor>
#include <QTextTable>
#include <QVector>

class QTextDocument;
class QTextTable;

namespace duibiao::report {

// A heading the contents list points at; `cursor` stays on the heading's block while
// text is inserted before it.
struct Heading
{
    int level = 1;
    QString text;
    QTextCursor cursor;
};

// A table column: its title, its share of the text width and how its cells align.
struct Column
{
    QString title;
    double percent = 10;
    Qt::Alignment alignment = Qt::AlignLeft;
};

// A table as laid out on pages: one QTextTable, its header row first. The document is laid
// out as one long page, where Qt never splits a row; the paginator then cuts the pages
// between rows and paints the header row again above a row that starts a page (see
// Paginator). One table per table, not a table per row: Qt lays out and paints every
// frame at a cost of its own, and thousands of one-row tables cost the report a tenth or
// more of its time.
struct PagedTable
{
    QTextTable* table = nullptr;
};

using TableId = int;

// What composing a report produced besides the text.
struct Composition
{
    QVector<Heading> headings;      // those the contents list shows
    QTextTable* contents = nullptr; // the contents list, or null
    QVector<QTextCursor> keepWithNext;
    QVector<PagedTable> tables; // paged composition only
};

// Appends styled content to a report's QTextDocument. Every piece of text goes in through
// QTextCursor::insertText with a QTextCharFormat, never as HTML or Markdown, so markup in
// a user's narrative prints literally and nothing it names is ever loaded.
//
// A paged composition (for PDF and printing) builds tables as PagedTable; a flowing one
// (for the editable ODT) builds ordinary tables whose header row repeats in the word
// processor.
class ReportWriter
{
public:
    ReportWriter(QTextDocument& document, const ReportStyle& style, bool paged);

    const ReportStyle& style() const { return m_style; }
    QTextDocument& document() { return m_document; }
    bool isPaged() const { return m_paged; }

    // The next block starts a new page.
    void pageBreak() { m_breakBefore = true; }

    // Empty room of the given height (a block with a fixed line height).
    void verticalSpace(double points);
    void title(const QString& text);
    void centered(const QString& text, const QTextCharFormat& format, double topMarginPt = 0);
    void rightAligned(const QString& text, const QTextCharFormat& format, double topMarginPt = 0);
    // A heading that the contents list shows when `inContents`. Headings keep with the
    // block that follows them.
    void heading(int level, const QString& text, bool inContents = true);
    // The last block written stays on the page of the block after it (a label above a
    // table, a heading above its first paragraph); see Paginator.
    void keepWithNext();
    void paragraph(const QString& text); // body text, first line indented
    // "Label：text" in body size, the label bold; the text may run over several paragraphs.
    void labelled(const QString& label, const QString& text);
    void note(const QString& text);
    // A numbered list in body text.
    void list(const QStringList& items);

    // A table with a header row (repeated on every page) and `rows` body rows, numbered
    // from 1; the caller fills the cells with setCell() and finishes with endTable().
    TableId table(const QVector<Column>& columns, int rows);
    void setCell(TableId table, int row, int column, const QString& text);
    void setCell(TableId table, int row, int column, const QString& text,
                 const QTextCharFormat& format);
    // A row spanning every column, e.g. a category in a long table.
    void setSpanningRow(TableId table, int row, const QString& text);
    // Moves on after a table, so that the next block follows it.
    void endTable();

    // An image added as a resource of the document, `widthPixels` wide at the 96 dpi the
    // document measures in.
    void image(const QString& name, const QImage& image, double widthPixels);

    // A place for the contents list, filled in by insertContents() once every heading exists.
    void contentsPlaceholder();
    // Inserts the contents list (title and page-number columns) at the placeholder.
    void insertContents(const QString& title, const QString& pageColumnTitle);

    Composition composition() const;

private:
    // Starts a new block with `format`, or reuses the empty block the cursor is in.
    void startBlock(QTextBlockFormat format, const QTextCharFormat& charFormat);
    QTextTableFormat pagedTableFormat() const;
    QTextTableCell cell(TableId table, int row, int column) const;

    QTextDocument& m_document;
    const ReportStyle& m_style;
    const bool m_paged;
    QTextCursor m_cursor;
    bool m_breakBefore = false;
    bool m_atStart = true;
    QVector<Heading> m_headings;
    QVector<QTextCursor> m_keepWithNext;
    QTextCursor m_contents;
    QTextTable* m_contentsTable = nullptr;
    // Every table written, with its columns (for alignment) in m_columns; a TableId
    // indexes both.
    QVector<QTextTable*> m_tables;
    QVector<QVector<Column>> m_columns;
    QTextTableCellFormat m_headerCell;
};

} // namespace duibiao::report
