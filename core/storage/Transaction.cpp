#include "storage/Transaction.h"

#include "storage/Database.h"

namespace duibiao {

namespace {
QString savepointName(int level)
{
    return QStringLiteral("duibiao_sp%1").arg(level);
}
} // namespace

Transaction::Transaction(Database& db) : m_db(db)
{
    m_level = ++m_db.transactionDepth();
    // IMMEDIATE takes the write lock at once, so a conflicting writer fails here, before
    // any work, rather than at commit.
    m_started = m_level == 1 ? m_db.exec(QStringLiteral("BEGIN IMMEDIATE"))
                             : m_db.exec(QStringLiteral("SAVEPOINT ") + savepointName(m_level));
    if (!m_started) {
        --m_db.transactionDepth();
        m_done = true;
    }
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    if (m_level == 1) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)m_db.exec(QStringLiteral("ROLLBACK TO ") + savepointName(m_level));
        (void)m_db.exec(QStringLiteral("RELEASE ") + savepointName(m_level));
    }
    --m_db.transactionDepth();
}

Status Transaction::commit()
{
    if (!m_started)
        return m_started;
    if (m_done)
        return {};
    Status status = m_level == 1 ? m_db.exec(QStringLiteral("COMMIT"))
                                 : m_db.exec(QStringLiteral("RELEASE ") + savepointName(m_level));
    if (!status)
        return status; // the destructor rolls back
    m_done = true;
    --m_db.transactionDepth();
    return {};
}

} // namespace duibiao
