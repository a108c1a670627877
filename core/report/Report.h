#pragma once

#include "model/Institution.h"
#include "report/ReportOptions.h"
#include "report/ReportProgress.h"
#include "util/Result.h"

#include <QSizeF>
#include <QTextDocument>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

class QBuffer;
class QPagedPaintDevice;
class QPaintDevice;
class QPdfWriter;

namespace duibiao {

class Document;

namespace report {
struct Composition;
class Paginator;
class ProgressRange;
struct ReportData;
struct ComparedInstitution;
} // namespace report

// A report of a document, built without widgets as a QTextDocument (every piece of
// user text escaped), and rendered to PDF (QPdfWriter), to any paged device (a QPrinter
// from the GUI) with the official-document page layout and "— N —" page numbers, or
// written as an editable ODT. docs/reports.md describes the kinds and the layout.
class Report
{
public:
    // Reads the document, builds the report and lays it out on A4 at 300 dpi, so that
    // pageCount() and the contents' page numbers are known. progress runs 0…100.
    static Result<Report> build(Document& document, const ReportOptions& options, QDate today,
                                const ReportProgress& progress = {});
    // The same from data already read (report::ReportData::load), with its options. It
    // touches no document, so it may run on a thread of its own (the package export renders
    // the submission's report while the evidence is written).
    static Result<Report> build(report::ReportData data, const ReportProgress& progress = {});

    // A panel's comparison of the institutions it reviews (ReportKind::Comparison); the
    // panel's name and region head it.
    static Result<Report> buildComparison(const ReportOptions& options, const Institution& panel,
                                          QVector<report::ComparedInstitution> institutions,
                                          QDate today, const ReportProgress& progress = {});

    Report(Report&&) noexcept;
    Report& operator=(Report&&) noexcept;
    ~Report();

    const ReportOptions& options() const { return m_options; }
    // The composed document, laid out as one long page: the report cuts it into pages
    // itself when it renders (tables are stacked one-row tables there; see Paginator.h).
    QTextDocument& textDocument() { return *m_document; }

    // Lays the document out on the device's page and paints every page with its footer.
    // Sets the device's page layout (A4, GB/T 9704 margins, the kind's orientation) first.
    // A device with another resolution than 300 dpi gets a layout of its own.
    Status render(QPagedPaintDevice& device, const ReportProgress& progress = {});
    // A4 PDF with embedded fonts, written atomically (the file appears only when complete).
    Status writePdf(const QString& path, const ReportProgress& progress = {});
    // An editable ODT copy (the page numbers of its contents are those of the PDF).
    Status writeOdt(const QString& path);
    // The same from data alone, composed apart from any layout so that it can be made on
    // another thread while the PDF is laid out: once the flowing text is composed,
    // `contentsPages` is called for the contents' page numbers (a laid-out report's
    // contentsPages()); it may wait for them, and gives nothing when there will be none,
    // which gives up. `progress` may cancel.
    static Status writeOdt(const report::ReportData& data, const QString& path,
                           const std::function<std::optional<QVector<int>>()>& contentsPages,
                           const ReportProgress& progress = {});
    // The page of each contents entry in the laid-out report.
    const QVector<int>& contentsPages() const { return m_contentsPages; }
    int pageCount() const;

    // The resolution of the reference layout and of writePdf().
    static constexpr int pdfResolution = 300;

private:
    Report(const ReportOptions& options, std::unique_ptr<report::ReportData> data);
    static Result<Report> layOut(const ReportOptions& options,
                                 std::unique_ptr<report::ReportData> data,
                                 const ReportProgress& progress);

    // Composes the report into `document`: paged (tables as rows that the paginator can
    // move) for PDF and printing, or flowing for the ODT.
    static Status compose(const report::ReportData& data, QTextDocument& document, bool paged,
                          report::Composition* composition, report::ProgressRange& progress);
    // Composes and lays the document out for `device` (skipped when the current layout
    // already fits it; see report::Paginator) and works out the contents' page numbers.
    Status paginate(QPaintDevice& device, QSizeF pageSize, const ReportProgress& progress, int from,
                    int to);
    // The contents' page numbers, for painting and for the ODT.
    void fillContents();
    int pageOf(const QTextCursor& heading) const;
    // After rendering on another device, which may go away: point the layout back at the
    // reference device; the next render or writePdf composes and lays out again.
    void restoreReferenceLayout();

    std::unique_ptr<report::ReportData> m_data;
    std::unique_ptr<QTextDocument> m_document;
    ReportOptions m_options;
    int m_pageCount = 0;
    std::unique_ptr<report::Composition> m_composition;
    std::unique_ptr<report::Paginator> m_paginator;
    QVector<int> m_contentsPages; // page of each contents entry, for the ODT too
    // A PDF writer that is never painted on: the device of the reference layout.
    std::unique_ptr<QBuffer> m_referenceBuffer;
    std::unique_ptr<QPdfWriter> m_reference;
    // What the current layout was made for.
    const QPaintDevice* m_layoutDevice = nullptr;
    int m_layoutDpi = 0;
    QSizeF m_layoutPageSize;
};

} // namespace duibiao
