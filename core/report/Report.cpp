#include "report/Report.h"

#include <QCoreApplication>

#include "exchange/package/PackageManifest.h"
#include "report/Paginator.h"
#include "report/ReportData.h"
#include "report/ReportSections.h"
#include "report/ReportStyle.h"
#include "report/ReportWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocumentWriter>
#include <QTextTable>

#include <cmath>

namespace duibiao {

using report::ProgressRange;
using report::ReportStyle;

namespace {

QSizeF textAreaPixels(const QPageLayout& layout, int dpi)
{
    return QSizeF(layout.paintRectPixels(dpi).size());
}

double millimetresToPixels(double mm, int dpi)
{
    return mm / 25.4 * dpi;
}

std::unique_ptr<QTextDocument> newTextDocument(const ReportOptions& options)
{
    auto text = std::make_unique<QTextDocument>();
    // Text is inserted only through QTextCursor; no undo history is needed for that.
    text->setUndoRedoEnabled(false);
    text->setDocumentMargin(0);
    // Design metrics keep the layout the same on every device resolution.
    text->setUseDesignMetrics(true);
    text->setDefaultFont(ReportStyle(options).defaultFont());
    text->setMetaInformation(QTextDocument::DocumentTitle,
                             reportKindTitle(options.kind, options.language));
    return text;
}

} // namespace

Report::Report(const ReportOptions& options, std::unique_ptr<report::ReportData> data)
    : m_data(std::move(data)), m_document(newTextDocument(options)), m_options(options)
{}

Report::Report(Report&&) noexcept = default;
Report& Report::operator=(Report&&) noexcept = default;
Report::~Report()
{
    // The paginator's and the composition's cursors point into the document, and the
    // layout at the reference device: drop them in that order.
    m_paginator.reset();
    m_composition.reset();
    m_document.reset();
}

Result<Report> Report::build(Document& document, const ReportOptions& options, QDate today,
                             const ReportProgress& progress)
{
    if (options.kind == ReportKind::Comparison)
        return Error::user(QCoreApplication::translate(
            "Report", "The comparison of institutions is made from a panel document."));
    ProgressRange loading(progress, 0, 10);
    if (!loading.step(0, 1))
        return report::cancelledError();
    Result<report::ReportData> data = report::ReportData::load(document, options, today);
    if (!data)
        return data.error();
    if (!loading.step(1, 1))
        return report::cancelledError();
    return layOut(options, std::make_unique<report::ReportData>(std::move(*data)), progress);
}

Result<Report> Report::build(report::ReportData data, const ReportProgress& progress)
{
    if (data.options.kind == ReportKind::Comparison)
        return Error::internal(
            QStringLiteral("A comparison report is built by buildComparison()."));
    const ReportOptions options = data.options; // read before `data` is moved
    return layOut(options, std::make_unique<report::ReportData>(std::move(data)), progress);
}

Result<Report> Report::buildComparison(const ReportOptions& options, const Institution& panel,
                                       QVector<report::ComparedInstitution> institutions,
                                       QDate today, const ReportProgress& progress)
{
    auto data = std::make_unique<report::ReportData>();
    data->options = options;
    data->options.kind = ReportKind::Comparison;
    data->language = options.language;
    data->date = options.date.isValid() ? options.date : today;
    data->input.institution = panel;
    data->comparison = std::move(institutions);
    const ReportOptions layoutOptions = data->options; // read before `data` is moved
    return layOut(layoutOptions, std::move(data), progress);
}

Result<Report> Report::layOut(const ReportOptions& options,
                              std::unique_ptr<report::ReportData> data,
                              const ReportProgress& progress)
{
    Report result(options, std::move(data));
    result.m_referenceBuffer = std::make_unique<QBuffer>();
    result.m_reference = std::make_unique<QPdfWriter>(result.m_referenceBuffer.get());
    result.m_reference->setResolution(pdfResolution);
    result.m_reference->setPageLayout(ReportStyle::pageLayout(options.kind));
    if (Status status = result.paginate(
            *result.m_reference, textAreaPixels(result.m_reference->pageLayout(), pdfResolution),
            progress, 10, 100);
        !status)
        return status.error();
    return result;
}

Status Report::compose(const report::ReportData& data, QTextDocument& document, bool paged,
                       report::Composition* composition, ProgressRange& progress)
{
    const ReportStyle style(data.options);
    report::ReportWriter writer(document, style, paged);
    // One edit block: Qt rescans all frames at the end of every edit, and a paged
    // composition holds a table for every row.
    QTextCursor block(&document);
    block.beginEditBlock();
    Status written;
    switch (data.options.kind) {
    case ReportKind::Self:
        written = report::writeSelfReport(writer, data, progress);
        break;
    case ReportKind::Gaps:
        written = report::writeGapsReport(writer, data, progress);
        break;
    case ReportKind::Ledger:
        written = report::writeLedgerReport(writer, data, progress);
        break;
    case ReportKind::Units:
        written = report::writeUnitsReport(writer, data, progress);
        break;
    case ReportKind::Comparison:
        written = report::writeComparisonReport(writer, data, progress);
        break;
    }
    block.endEditBlock();
    if (!written)
        return written;
    *composition = writer.composition();
    return {};
}

Status Report::paginate(QPaintDevice& device, QSizeF pageSize, const ReportProgress& progress,
                        int from, int to)
{
    const int dpi = device.logicalDpiY();
    if (m_layoutDevice && dpi == m_layoutDpi && pageSize == m_layoutPageSize)
        return {};
    m_layoutDevice = nullptr;
    m_paginator.reset();
    m_composition = std::make_unique<report::Composition>();
    // A null page size keeps the layout idle while the document is composed.
    m_document->setPageSize(QSizeF(0, 0));
    m_document->clear();
    m_document->documentLayout()->setPaintDevice(&device);
    ProgressRange composing(progress, from, from + (to - from) / 2);
    if (Status status = compose(*m_data, *m_document, true, m_composition.get(), composing);
        !status)
        return status;

    m_paginator = std::make_unique<report::Paginator>(*m_document, *m_composition);
    ProgressRange layingOut(progress, from + (to - from) / 2, to);
    if (Status status = m_paginator->layOut(pageSize.width(), pageSize.height(), layingOut);
        !status)
        return status;
    m_layoutDevice = &device;
    m_layoutDpi = dpi;
    m_layoutPageSize = pageSize;
    fillContents();
    m_pageCount = m_paginator->pageCount();
    return {};
}

int Report::pageOf(const QTextCursor& heading) const
{
    const QRectF rect = m_document->documentLayout()->blockBoundingRect(heading.block());
    return m_paginator->pageOf(rect.top() + 1) + 1;
}

void Report::fillContents()
{
    m_contentsPages.clear();
    QTextTable* contents = m_composition->contents;
    if (!contents)
        return;
    // Painted, not inserted: an edit now would make Qt lay out everything after it again.
    QVector<QPair<QTextBlock, QString>> numbers;
    for (int i = 0; i < m_composition->headings.size() && i + 1 < contents->rows(); ++i) {
        m_contentsPages.append(pageOf(m_composition->headings.at(i).cursor));
        numbers.append({contents->cellAt(i + 1, 1).firstCursorPosition().block(),
                        QString::number(m_contentsPages.last())});
    }
    m_paginator->setOverlays(numbers);
}

void Report::restoreReferenceLayout()
{
    if (!m_reference || m_layoutDevice == m_reference.get())
        return;
    m_document->documentLayout()->setPaintDevice(m_reference.get());
    m_layoutDevice = nullptr;
}

int Report::pageCount() const
{
    return m_pageCount;
}

Status Report::render(QPagedPaintDevice& device, const ReportProgress& progress)
{
    // A device that refuses the layout (a printer without A4) keeps its own.
    device.setPageLayout(ReportStyle::pageLayout(m_options.kind));
    const int dpi = device.logicalDpiY();
    const QSizeF pageSize = textAreaPixels(device.pageLayout(), dpi);
    if (pageSize.width() <= 0 || pageSize.height() <= 0)
        return Error::user(QStringLiteral("The page has no room for text."));

    const bool sameLayout = m_layoutDevice && dpi == m_layoutDpi && pageSize == m_layoutPageSize;
    if (!sameLayout) {
        if (Status status = paginate(device, pageSize, progress, 0, 50); !status) {
            restoreReferenceLayout();
            return status;
        }
    }
    const int pages = m_paginator->pageCount();
    m_pageCount = pages;

    QPainter painter;
    if (!painter.begin(&device)) {
        restoreReferenceLayout();
        return Error::internal(QStringLiteral("Could not start painting the report."));
    }
    const ReportStyle style(m_options);
    const QFont footerFont = style.footerFont();
    const double footerTop =
        pageSize.height() + millimetresToPixels(ReportStyle::footerOffsetMm, dpi);
    const double footerHeight = millimetresToPixels(8, dpi);
    QFont fingerprintFont = footerFont;
    fingerprintFont.setPointSizeF(footerFont.pointSizeF() * 0.75);
    const QString fingerprintText =
        m_options.fingerprint.isEmpty()
            ? QString()
            : (m_options.language == Language::Chinese ? QStringLiteral("包指纹 ")
                                                       : QStringLiteral("Package ")) +
                  shortFingerprint(m_options.fingerprint);
    ProgressRange painting(progress, sameLayout ? 0 : 50, 100);
    Status result;
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage()) {
            result = Error::internal(QStringLiteral("Could not start page %1.").arg(page + 1));
            break;
        }
        m_paginator->paintPage(painter, page);
        painter.setFont(footerFont);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, footerTop, pageSize.width(), footerHeight),
                         Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("— %1 —").arg(page + 1));
        if (!fingerprintText.isEmpty()) {
            // Every page carries the package it belongs to, so a loose page can be matched.
            painter.setFont(fingerprintFont);
            painter.drawText(QRectF(0, footerTop, pageSize.width(), footerHeight),
                             Qt::AlignRight | Qt::AlignTop, fingerprintText);
        }
        if (!painting.step(page + 1, pages)) {
            result = report::cancelledError();
            break;
        }
    }
    painter.end();
    restoreReferenceLayout();
    return result;
}

Status Report::writePdf(const QString& path, const ReportProgress& progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::user(
            QStringLiteral("Cannot write the report to %1: %2").arg(path, file.errorString()));
    Status status;
    {
        QPdfWriter writer(&file);
        writer.setResolution(pdfResolution);
        writer.setTitle(reportKindTitle(m_options.kind, m_options.language));
        writer.setCreator(QStringLiteral("Duibiao %1").arg(QStringLiteral(DUIBIAO_VERSION)));
        status = render(writer, progress);
    }
    if (!status) {
        file.cancelWriting();
        return status;
    }
    if (!file.commit())
        return Error::user(
            QStringLiteral("Cannot write the report to %1: %2").arg(path, file.errorString()));
    return {};
}

Status Report::writeOdt(const QString& path)
{
    return writeOdt(*m_data, path, [this] { return std::optional<QVector<int>>(m_contentsPages); });
}

Status Report::writeOdt(const report::ReportData& data, const QString& path,
                        const std::function<std::optional<QVector<int>>()>& contentsPages,
                        const ReportProgress& progress)
{
    // The ODT flows: ordinary tables with a repeating header row, no page-bound changes.
    std::unique_ptr<QTextDocument> flowing = newTextDocument(data.options);
    report::Composition composition;
    ProgressRange composing(progress, 0, 100);
    if (Status status = compose(data, *flowing, false, &composition, composing); !status)
        return status;
    const std::optional<QVector<int>> pages = contentsPages();
    if (!pages)
        return report::cancelledError();
    if (composition.contents) {
        for (int i = 0; i < pages->size() && i + 1 < composition.contents->rows(); ++i) {
            const QTextTableCell cell = composition.contents->cellAt(i + 1, 1);
            QTextCursor cursor = cell.firstCursorPosition();
            cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            cursor.insertText(QString::number(pages->at(i)), cursor.charFormat());
        }
    }
    // The ODF writer closes its device when done, which a QSaveFile must not be; so the
    // package is made in memory and then saved atomically.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("odf"));
    if (!writer.write(flowing.get()))
        return Error::internal(QStringLiteral("Could not write the ODT file %1.").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.data().size() ||
        !file.commit())
        return Error::user(
            QStringLiteral("Cannot write the report to %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace duibiao
