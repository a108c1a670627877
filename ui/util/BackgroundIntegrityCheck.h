#pragma once

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <thread>

namespace duibiao {

// The full quick_check of an open document, which reads every page (seconds for the
// 300 MB benchmark document), run in a thread of its own on a read-only connection of its
// own after the window is up, so opening stays instant. Destroying the object cancels a
// check that is still running and waits for the thread.
class BackgroundIntegrityCheck : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundIntegrityCheck(QObject* parent = nullptr);
    ~BackgroundIntegrityCheck() override;

    // Starts checking `path`; a check already running is cancelled first.
    void start(const QString& path);
    bool isRunning() const { return m_thread.joinable() && !m_done; }

signals:
    // In the thread of this object. `problems` is empty when the file is sound. A check
    // that could not run (the file is gone) reports nothing.
    void finished(const QString& path, const QStringList& problems);

private:
    void stop();

    std::thread m_thread;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::atomic_bool m_done{true};
};

} // namespace duibiao
