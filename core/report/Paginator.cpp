#include "report/Paginator.h"

#include "report/ReportSections.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <limits>

namespace duibiao::report {

Paginator::Paginator(QTextDocument& document, const Composition& composition)
    : m_document(document), m_composition(composition)
{
    for (const QTextCursor& keep : std::as_const(m_composition.keepWithNext))
        m_keptBlocks.insert(keep.blockNumber());
    for (int i = 0; i < m_composition.tables.size(); ++i)
        m_pagedTables.insert(m_composition.tables.at(i).table, i);
}

Status Paginator::layOut(double pageWidth, double pageHeight, ProgressRange& progress)
{
    QAbstractTextDocumentLayout* layout = m_document.documentLayout();
    const QPaintDevice* device = layout->paintDevice();
    m_scale = device ? device->logicalDpiY() / 96.0 : 1.0;
    m_pageHeight = pageHeight;
    // One long page: Qt lays out lazily, and the queries drive it forward in steps.
    m_document.setPageSize(QSizeF(pageWidth, -1));
    const int length = m_document.characterCount();
    constexpr int steps = 20;
    for (int i = 1; i <= steps; ++i) {
        const QTextBlock block = m_document.findBlock(qint64(length) * i / steps - 1);
        if (block.isValid())
            (void)layout->blockBoundingRect(block);
        if (!progress.step(i, steps + 1))
            return cancelledError();
    }
    cut();
    progress.step(1, 1);
    return {};
}

QPair<double, double> Paginator::rowExtent(QTextTable* table, int row) const
{
    // The cells' text, from the top of the highest to the foot of the lowest; the row
    // reaches the cell padding further each way.
    QAbstractTextDocumentLayout* layout = m_document.documentLayout();
    double top = std::numeric_limits<double>::max();
    double bottom = std::numeric_limits<double>::lowest();
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(row, c);
        if (cell.row() != row || cell.column() != c)
            continue;
        top = std::min(top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
        bottom =
            std::max(bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
    }
    const double padding = table->format().cellPadding() * m_scale;
    return {top - padding, bottom + padding};
}

void Paginator::addTable(QTextTable* table, bool breakBefore)
{
    const auto paged = m_pagedTables.constFind(table);
    if (paged != m_pagedTables.cend()) {
        addPagedTable(*paged, breakBefore);
        return;
    }
    const QTextTableFormat format = table->format();
    const double top = rowExtent(table, 0).first - format.topMargin() * m_scale;
    const double bottom =
        rowExtent(table, table->rows() - 1).second + format.bottomMargin() * m_scale;
    Element element;
    element.firstUnit = int(m_units.size());
    element.breakBefore = breakBefore;
    element.frame = table;
    const int index = int(m_elements.size());
    m_elements.append(element);
    if (bottom - top <= m_pageHeight || table->rows() < 2) {
        m_units.append({top, bottom, index});
        return;
    }
    // A long ordinary table (the contents list) may be cut between its rows.
    double rowStart = top;
    for (int r = 1; r < table->rows(); ++r) {
        const double next = rowExtent(table, r).first;
        m_units.append({rowStart, next, index});
        rowStart = next;
    }
    m_units.append({rowStart, bottom, index});
}

void Paginator::addPagedTable(int index, bool breakBefore)
{
    QTextTable* table = m_composition.tables.at(index).table;
    QAbstractTextDocumentLayout* layout = m_document.documentLayout();
    const QTextTableFormat format = table->format();
    const double padding = format.cellPadding() * m_scale;
    // Without borders or spacing a row ends where the next begins. The header's cells are
    // centred vertically, so its top comes from all of them; a body row's first cell is
    // top-aligned, so its text starts a padding below the row's top.
    const double tableTop = rowExtent(table, 0).first - format.topMargin() * m_scale;
    const int rows = table->rows();
    const double tableBottom = rowExtent(table, rows - 1).second;
    double top = tableTop;
    for (int r = 0; r < rows; ++r) {
        const double bottom =
            r + 1 < rows
                ? layout->blockBoundingRect(table->cellAt(r + 1, 0).firstCursorPosition().block())
                          .top() -
                      padding
                : tableBottom;
        Element element;
        element.firstUnit = int(m_units.size());
        element.breakBefore = r == 0 && breakBefore;
        element.keepWithNext = r == 0; // the header stays with the first row
        element.table = index;
        element.row = r;
        element.frame = table;
        m_units.append({top, bottom, int(m_elements.size())});
        m_elements.append(element);
        top = bottom;
    }
}

void Paginator::collect()
{
    m_elements.clear();
    m_units.clear();
    bool pendingBreak = false;
    QTextFrame* root = m_document.rootFrame();
    for (QTextFrame::iterator it = root->begin(); !it.atEnd(); ++it) {
        if (QTextFrame* frame = it.currentFrame()) {
            if (auto* table = qobject_cast<QTextTable*>(frame)) {
                addTable(table, pendingBreak || (table->format().pageBreakPolicy() &
                                                 QTextFormat::PageBreak_AlwaysBefore));
                pendingBreak = false;
            }
            continue;
        }
        const QTextBlock block = it.currentBlock();
        const bool breakBefore =
            block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
        const QTextLayout* text = block.layout();
        // Empty blocks between and after tables take no room.
        if (block.length() <= 1 || !text || text->lineCount() == 0) {
            pendingBreak = pendingBreak || breakBefore;
            continue;
        }
        Element element;
        element.firstUnit = int(m_units.size());
        element.breakBefore = pendingBreak || breakBefore;
        element.keepWithNext = m_keptBlocks.contains(block.blockNumber());
        pendingBreak = false;
        const int index = int(m_elements.size());
        m_elements.append(element);
        const double y = text->position().y();
        for (int i = 0; i < text->lineCount(); ++i) {
            const QTextLine line = text->lineAt(i);
            m_units.append({y + line.y(), y + line.y() + line.height(), index});
        }
    }
}

QRectF Paginator::headerBand(int table) const
{
    // Asked for on every page a table continues on: found once.
    auto cached = m_headerBands.constFind(table);
    if (cached != m_headerBands.cend())
        return *cached;
    const auto [top, bottom] = rowExtent(m_composition.tables.at(table).table, 0);
    return *m_headerBands.insert(table,
                                 QRectF(0, top, m_document.pageSize().width(), bottom - top));
}

void Paginator::cut()
{
    collect();
    m_pages.clear();
    if (m_units.isEmpty()) {
        m_pages.append({0, m_pageHeight, -1});
        return;
    }
    Page page{0, 0, -1};
    double room = m_pageHeight;
    int first = 0; // first unit of the page
    auto startPage = [&](int unit) {
        page.end = m_units.at(unit).top;
        m_pages.append(page);
        const Unit& u = m_units.at(unit);
        const Element& element = m_elements.at(u.element);
        page = Page{u.top, 0, -1};
        room = m_pageHeight;
        // A page that starts with a row of a table (not right after its header) shows
        // the header again.
        if (element.table >= 0 && element.row > 0) {
            page.headerTable = element.table;
            room -= headerBand(element.table).height();
        }
        first = unit;
    };
    for (int i = 0; i < m_units.size(); ++i) {
        const Unit& unit = m_units.at(i);
        const Element& element = m_elements.at(unit.element);
        const bool startsElement = element.firstUnit == i;
        if (i > first && startsElement && element.breakBefore) {
            startPage(i);
            continue;
        }
        if (unit.bottom - page.start <= room)
            continue;
        if (i == first) {
            // Taller than a page: cut it where the page ends and go on with the rest.
            Unit rest = unit;
            page.end = page.start + room;
            m_pages.append(page);
            page = Page{page.start + room, 0, -1};
            room = m_pageHeight;
            rest.top = page.start;
            m_units[i] = rest;
            first = i;
            --i;
            continue;
        }
        // The page ends before this unit, or before the kept blocks leading up to it.
        int cutAt = i;
        if (startsElement) {
            int k = i;
            while (k > first && m_elements.at(m_units.at(k - 1).element).keepWithNext)
                k = std::max(first, m_elements.at(m_units.at(k - 1).element).firstUnit);
            if (k > first)
                cutAt = k;
        }
        startPage(cutAt);
        i = cutAt;
    }
    page.end = m_units.last().bottom;
    m_pages.append(page);
}

int Paginator::pageOf(double y) const
{
    // The last page that starts at or above y.
    const auto it = std::upper_bound(m_pages.cbegin(), m_pages.cend(), y,
                                     [](double value, const Page& p) { return value < p.start; });
    return std::max(0, int(it - m_pages.cbegin()) - 1);
}

void Paginator::paintPage(QPainter& painter, int index) const
{
    const Page& page = m_pages.at(index);
    QAbstractTextDocumentLayout* layout = m_document.documentLayout();
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    const double width = m_document.pageSize().width();
    double offset = 0;
    if (page.headerTable >= 0) {
        const QRectF band = headerBand(page.headerTable);
        painter.save();
        painter.translate(0, -band.top());
        painter.setClipRect(band);
        context.clip = band.adjusted(0, 0.5, 0, -0.5);
        layout->draw(&painter, context);
        QVector<QLineF> lines;
        rule(lines, page.headerTable, band.top(), band.bottom(), true, false);
        drawRules(painter, lines);
        painter.restore();
        offset = band.height();
    }
    const QRectF slice(0, page.start, width, page.end - page.start);
    painter.save();
    painter.translate(0, offset - page.start);
    // A little room below for the bottom border of the last row; the layout draws every
    // line that touches its clip, so that clip keeps to the slice, or the first line of the
    // next page would also land in this page's text layer, hidden but found by search.
    painter.setClipRect(slice.adjusted(-2, 0, 2, 1.5));
    context.clip = slice.adjusted(0, 0.5, 0, -0.5);
    layout->draw(&painter, context);
    const auto byTop = [](const Unit& unit, double y) {
        return unit.top < y;
    };
    const int from = int(std::lower_bound(m_units.cbegin(), m_units.cend(), page.start, byTop) -
                         m_units.cbegin());
    const int to =
        int(std::lower_bound(m_units.cbegin(), m_units.cend(), page.end, byTop) - m_units.cbegin());
    ruleRows(painter, from, to);
    for (const Overlay& overlay : m_overlays) {
        const QRectF& rect = overlay.rect;
        if (rect.top() < page.start || rect.top() >= page.end)
            continue;
        const QTextBlock& block = overlay.block;
        const QString& text = overlay.text;
        const QFont font(block.charFormat().font(), painter.device());
        painter.setFont(font);
        painter.setPen(Qt::black);
        const double baseline = rect.top() + block.layout()->lineAt(0).ascent();
        const double advance = QFontMetricsF(font, painter.device()).horizontalAdvance(text);
        painter.drawText(QPointF(rect.right() - advance, baseline), text);
    }
    painter.restore();
}

void Paginator::setOverlays(const QVector<QPair<QTextBlock, QString>>& overlays)
{
    // Where each block is, found once rather than on every page.
    m_overlays.clear();
    QAbstractTextDocumentLayout* layout = m_document.documentLayout();
    for (const auto& [block, text] : overlays) {
        if (block.layout()->lineCount() > 0)
            m_overlays.append({block, text, layout->blockBoundingRect(block)});
    }
}

const QVector<double>& Paginator::columnEdges(int table) const
{
    auto cached = m_columnEdges.constFind(table);
    if (cached != m_columnEdges.cend())
        return *cached;
    QTextTable* paged = m_composition.tables.at(table).table;
    // A body row without merged cells tells where the columns are.
    int sample = 0;
    for (int r = 1; r < paged->rows(); ++r) {
        if (paged->cellAt(r, 0).columnSpan() == 1) {
            sample = r;
            break;
        }
    }
    QAbstractTextDocumentLayout* layout = m_document.documentLayout();
    const double padding = paged->format().cellPadding() * m_scale;
    QVector<double> edges;
    for (int c = 0; c < paged->columns(); ++c)
        edges.append(
            layout->blockBoundingRect(paged->cellAt(sample, c).firstCursorPosition().block())
                .left() -
            padding);
    edges.append(m_document.pageSize().width() - edges.first());
    return *m_columnEdges.insert(table, edges);
}

void Paginator::ruleRows(QPainter& painter, int from, int to) const
{
    QVector<QLineF> lines;
    for (int i = from; i < to; ++i) {
        const Unit& unit = m_units.at(i);
        const Element& element = m_elements.at(unit.element);
        if (element.table < 0)
            continue;
        if (element.row == 0) {
            const QRectF band = headerBand(element.table);
            rule(lines, element.table, band.top(), band.bottom(), true, false);
        } else {
            rule(lines, element.table, unit.top, unit.bottom, false,
                 element.frame->cellAt(element.row, 0).columnSpan() > 1);
        }
    }
    drawRules(painter, lines);
}

double Paginator::ruleWidth() const
{
    return 0.75 * 96.0 / 72.0 * m_scale; // 0.75 pt
}

void Paginator::drawRules(QPainter& painter, const QVector<QLineF>& lines) const
{
    if (lines.isEmpty())
        return;
    painter.setPen(QPen(QBrush(Qt::black), ruleWidth(), Qt::SolidLine, Qt::SquareCap));
    painter.drawLines(lines);
}

void Paginator::rule(QVector<QLineF>& lines, int table, double top, double bottom, bool withTop,
                     bool merged) const
{
    const QVector<double>& edges = columnEdges(table);
    const double half = ruleWidth() / 2;
    if (withTop)
        lines.append(QLineF(edges.first(), top + half, edges.last(), top + half));
    lines.append(QLineF(edges.first(), bottom - half, edges.last(), bottom - half));
    for (int c = 0; c < edges.size(); ++c) {
        const bool outer = c == 0 || c == edges.size() - 1;
        if (merged && !outer)
            continue;
        const double x = c == 0 ? edges.at(c) + half
                                : (c == edges.size() - 1 ? edges.at(c) - half : edges.at(c));
        lines.append(QLineF(x, top, x, bottom));
    }
}

} // namespace duibiao::report
