#include "exchange/package/BackgroundReports.h"

#include "report/Report.h"
#include "report/ReportData.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <cerrno>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace duibiao {

namespace {

Error cancelled()
{
    return Error::user(QCoreApplication::translate("PackageExporter", "The export was cancelled."));
}

// The PDF takes longest, so the export waits for it: the ODT's thread yields to it (and to
// the evidence) where the cores are short. Linux keeps a nice value per thread.
void yieldToOthers()
{
#if defined(Q_OS_LINUX)
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, 0);
    if (errno == 0)
        (void)setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), std::min(current + 5, 19));
#endif
}

} // namespace

// Everything of a report runs on its thread: its QTextDocument, the layout and the PDF
// writer are made, used and destroyed there.
BackgroundReports::BackgroundReports(report::ReportData data, const QString& pdfPath,
                                     const QString& odtPath, const std::atomic_bool* cancel)
    : m_cancel(cancel), m_pagesReady(m_pages.get_future())
{
    const ReportProgress keepGoing = [this](int) {
        return !stopped();
    };
    // Implicitly shared: the copy shares the data's arrays, which both threads only read.
    report::ReportData odtData = data;
    m_pdfThread.reset(QThread::create([this, data = std::move(data), pdfPath, keepGoing]() mutable {
        Result<Report> report = Report::build(std::move(data), keepGoing);
        if (!report) {
            m_pages.set_value(std::nullopt);
            m_pdfStatus = stopped() ? cancelled() : report.error();
            return;
        }
        m_pages.set_value(report->contentsPages());
        m_pdfStatus = report->writePdf(pdfPath, keepGoing);
        if (!m_pdfStatus && stopped())
            m_pdfStatus = cancelled();
    }));
    m_odtThread.reset(QThread::create([this, odtData = std::move(odtData), odtPath, keepGoing] {
        yieldToOthers();
        m_odtStatus = Report::writeOdt(
            odtData, odtPath, [this] { return m_pagesReady.get(); }, keepGoing);
        if (!m_odtStatus && stopped())
            m_odtStatus = cancelled();
    }));
    m_pdfThread->setObjectName(QStringLiteral("duibiao-report-pdf"));
    m_odtThread->setObjectName(QStringLiteral("duibiao-report-odt"));
    m_pdfThread->start();
    m_odtThread->start();
}

BackgroundReports::~BackgroundReports()
{
    m_stop = true;
    m_pdfThread->wait();
    m_odtThread->wait();
}

bool BackgroundReports::stopped() const
{
    return m_stop.load() || (m_cancel && m_cancel->load());
}

Status BackgroundReports::wait()
{
    m_pdfThread->wait();
    m_odtThread->wait();
    // The ODT gives up when the PDF could not be laid out: the PDF's error says why.
    if (!m_pdfStatus)
        return m_pdfStatus;
    return m_odtStatus;
}

bool BackgroundReports::isFinished() const
{
    return m_pdfThread->isFinished() && m_odtThread->isFinished();
}

} // namespace duibiao
