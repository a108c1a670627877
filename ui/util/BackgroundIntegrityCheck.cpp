#include "util/BackgroundIntegrityCheck.h"

#include "storage/ConsistencyCheck.h"

#include <QMetaObject>

namespace duibiao {

BackgroundIntegrityCheck::BackgroundIntegrityCheck(QObject* parent) : QObject(parent) {}

BackgroundIntegrityCheck::~BackgroundIntegrityCheck()
{
    stop();
}

void BackgroundIntegrityCheck::stop()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_thread.joinable())
        m_thread.join();
    m_cancel.reset();
}

void BackgroundIntegrityCheck::start(const QString& path)
{
    stop();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_done = false;
    m_thread = std::thread([this, path, cancel = m_cancel] {
        Result<QStringList> problems = ConsistencyCheck::quickCheckFile(path, cancel.get());
        m_done.store(true);
        if (!problems || cancel->load())
            return;
        // Delivered in the object's thread, and dropped by Qt if the object goes before
        // (the destructor joins this thread first, so `this` is valid while it runs).
        QMetaObject::invokeMethod(
            this, [this, path, found = *problems] { emit finished(path, found); },
            Qt::QueuedConnection);
    });
}

} // namespace duibiao
