#include "exchange/package/BackgroundReports.h"

#include "report/Report.h"
#include "report/ReportData.h"

#include <QCoreApplication>
#include <QThread>

namespace duibiao {

namespace {

Error cancelled()
{
    return Error::user(QCoreApplication::translate("PackageExporter", "The export was cancelled."));
}

// Everything here runs on the rendering thread: the report's QTextDocument, its layout and
// the PDF writer are made, used and destroyed there.
Status render(report::ReportData data, const QString& pdfPath, const QString& odtPath,
              const std::function<bool()>& stopped)
{
    const ReportProgress keepGoing = [&stopped](int) {
        return !stopped();
    };
    Result<Report> report = Report::build(std::move(data), keepGoing);
    if (!report)
        return stopped() ? cancelled() : report.error();
    if (Status written = report->writePdf(pdfPath, keepGoing); !written)
        return stopped() ? cancelled() : written.error();
    if (stopped())
        return cancelled();
    return report->writeOdt(odtPath);
}

} // namespace

BackgroundReports::BackgroundReports(report::ReportData data, const QString& pdfPath,
                                     const QString& odtPath, const std::atomic_bool* cancel)
    : m_cancel(cancel)
{
    const std::function<bool()> stopped = [this] {
        return m_stop.load() || (m_cancel && m_cancel->load());
    };
    m_thread.reset(
        QThread::create([this, data = std::move(data), pdfPath, odtPath, stopped]() mutable {
            m_status = render(std::move(data), pdfPath, odtPath, stopped);
        }));
    m_thread->setObjectName(QStringLiteral("duibiao-reports"));
    m_thread->start();
}

BackgroundReports::~BackgroundReports()
{
    m_stop = true;
    m_thread->wait();
}

Status BackgroundReports::wait()
{
    m_thread->wait();
    return m_status;
}

bool BackgroundReports::isFinished() const
{
    return m_thread->isFinished();
}

} // namespace duibiao
