#pragma once

#include <QtGlobal>

#include <functional>

namespace duibiao {

// Called with 0…100 while a report is built or rendered; returning false cancels.
using ReportProgress = std::function<bool(int percent)>;

namespace report {

// Maps the steps of one stage onto a part [from, to] of the percent range, calls the
// callback only when the percentage changes, and remembers a cancel.
class ProgressRange
{
public:
    ProgressRange(const ReportProgress& progress, int from, int to)
        : m_progress(progress), m_from(from), m_to(to)
    {}

    // False once the callback asked to cancel.
    bool step(qint64 done, qint64 total)
    {
        if (m_cancelled)
            return false;
        if (!m_progress)
            return true;
        const int percent =
            total <= 0 ? m_to
                       : m_from + int((m_to - m_from) * qBound<qint64>(0, done, total) / total);
        if (percent != m_last) {
            m_last = percent;
            m_cancelled = !m_progress(percent);
        }
        return !m_cancelled;
    }
    bool cancelled() const { return m_cancelled; }

private:
    ReportProgress m_progress;
    int m_from;
    int m_to;
    int m_last = -1;
    bool m_cancelled = false;
};

} // namespace report
} // namespace duibiao
