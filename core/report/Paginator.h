#pragma once

#include "report/ReportProgress.h"
#include "report/ReportWriter.h"
#include "util/Result.h"

#include <QHash>
#include <QLineF>
#include <QSet>
#include <QTextBlock>
#include <QVector>

class QPainter;
class QTextDocument;
class QTextTable;

namespace duibiao::report {

// Cuts a paged composition into pages. Qt lays the document out as one long page (no
// pagination of its own: Qt's would split table rows, leave headings alone at the foot of
// a page, and lose block layouts when formats change while it is under way); the
// paginator then walks through it in order and chooses where each page ends:
//  - never inside a line or a table row;
//  - before a block or table that asks for a page break;
//  - before a heading, a label above a table or a table header that would otherwise be
//    the last thing on its page (blocks the composition keeps with the next one);
// and a page that starts inside a table gets the table's header painted at its top.
class Paginator
{
public:
    Paginator(QTextDocument& document, const Composition& composition);

    // Lays the document out for the layout's paint device, `pageWidth` wide, and cuts
    // it into pages `pageHeight` high (pixels of the device).
    Status layOut(double pageWidth, double pageHeight, ProgressRange& progress);

    int pageCount() const { return int(m_pages.size()); }
    // Text painted right-aligned on the first line of a block, e.g. the page numbers of the
    // contents, which are known only once the document is cut into pages.
    void setOverlays(const QVector<QPair<QTextBlock, QString>>& overlays);
    // The page (0-based) that shows document position y.
    int pageOf(double y) const;
    // Paints page `page` with the painter's origin at the top of the page's text area.
    void paintPage(QPainter& painter, int page) const;

private:
    void cut();

    // A piece that is never cut: a line of a block, a table row, a whole small table.
    struct Unit
    {
        double top;
        double bottom;
        int element;
    };
    // A block of the root frame, an ordinary table, or a row of a paged table.
    struct Element
    {
        int firstUnit = 0;
        bool breakBefore = false;
        bool keepWithNext = false;
        int table = -1;              // the PagedTable it is a row of
        int row = -1;                // that row; 0 is the header
        QTextTable* frame = nullptr; // tables only
    };
    struct Page
    {
        double start = 0;
        double end = 0;
        int headerTable = -1; // whose header is painted at the top, or -1
    };

    void collect();
    void addTable(QTextTable* table, bool breakBefore);
    // Every row of a paged table an element of its own, so that pages are cut between them.
    void addPagedTable(int index, bool breakBefore);
    QPair<double, double> rowExtent(QTextTable* table, int row) const;
    QRectF headerBand(int table) const;
    // Rules the body rows of paged tables between units `from` and `to`: their cells have
    // no borders of their own.
    void ruleRows(QPainter& painter, int from, int to) const;
    void rule(QVector<QLineF>& lines, int table, double top, double bottom, bool withTop,
              bool merged) const;
    void drawRules(QPainter& painter, const QVector<QLineF>& lines) const;
    double ruleWidth() const;
    // The x of every column's left edge and of the right edge of a paged table.
    const QVector<double>& columnEdges(int table) const;

    QTextDocument& m_document;
    Composition m_composition;
    QSet<int> m_keptBlocks;
    QHash<QTextTable*, int> m_pagedTables; // table → its index in m_composition.tables
    double m_pageHeight = 0;
    double m_scale = 1; // device pixels per pixel at 96 dpi
    QVector<Element> m_elements;
    QVector<Unit> m_units;
    QVector<Page> m_pages;
    mutable QHash<int, QVector<double>> m_columnEdges;
    mutable QHash<int, QRectF> m_headerBands;
    struct Overlay
    {
        QTextBlock block;
        QString text;
        QRectF rect;
    };
    QVector<Overlay> m_overlays;
};

} // namespace duibiao::report
