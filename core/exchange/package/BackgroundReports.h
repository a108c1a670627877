#pragma once

#include "util/Result.h"

#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace duibiao {

namespace report {
struct ReportData;
}

// The self-evaluation report of a submission package, rendered as PDF and ODT on a thread
// of its own while the exporter streams the evidence into the ZIP. The thread gets the
// report's data already read and never touches the document (its SQLite connection
// belongs to the exporter's thread); it only lays out, paints and writes the two files.
class BackgroundReports
{
public:
    // Starts rendering at once. `cancel` (may be null) stops the rendering, as does
    // destroying this object.
    BackgroundReports(report::ReportData data, const QString& pdfPath, const QString& odtPath,
                      const std::atomic_bool* cancel);
    ~BackgroundReports(); // stops the rendering and waits for the thread
    BackgroundReports(const BackgroundReports&) = delete;
    BackgroundReports& operator=(const BackgroundReports&) = delete;

    // Waits until both files are written, or the rendering failed or was cancelled.
    Status wait();
    // Whether the thread is done (wait() would not block).
    bool isFinished() const;

private:
    const std::atomic_bool* m_cancel = nullptr;
    std::atomic_bool m_stop = false;
    Status m_status; // written by the thread, read after it finished
    std::unique_ptr<QThread> m_thread;
};

} // namespace duibiao
