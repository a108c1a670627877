#pragma once

#include "util/Result.h"

#include <QString>
#include <QVector>

#include <atomic>
#include <future>
#include <memory>
#include <optional>

class QThread;

namespace duibiao {

namespace report {
struct ReportData;
}

// The self-evaluation report of a submission package, rendered as PDF and ODT on threads
// of their own while the exporter streams the evidence into the ZIP. The threads get the
// report's data already read and never touch the document (its SQLite connection belongs
// to the exporter's thread); they only compose, lay out, paint and write the two files.
// The PDF and the ODT are made side by side; the ODT waits only for the PDF's page numbers
// of the contents.
class BackgroundReports
{
public:
    // Starts rendering at once. `cancel` (may be null) stops the rendering, as does
    // destroying this object.
    BackgroundReports(report::ReportData data, const QString& pdfPath, const QString& odtPath,
                      const std::atomic_bool* cancel);
    ~BackgroundReports(); // stops the rendering and waits for the threads
    BackgroundReports(const BackgroundReports&) = delete;
    BackgroundReports& operator=(const BackgroundReports&) = delete;

    // Waits until both files are written, or the rendering failed or was cancelled.
    Status wait();
    // Whether both threads are done (wait() would not block).
    bool isFinished() const;

private:
    bool stopped() const;

    const std::atomic_bool* m_cancel = nullptr;
    std::atomic_bool m_stop = false;
    // The PDF's contents page numbers, for the ODT; none when the PDF was not laid out.
    std::promise<std::optional<QVector<int>>> m_pages;
    std::future<std::optional<QVector<int>>> m_pagesReady;
    // Written by the threads, read after they finished.
    Status m_pdfStatus;
    Status m_odtStatus;
    std::unique_ptr<QThread> m_pdfThread;
    std::unique_ptr<QThread> m_odtThread;
};

} // namespace duibiao
