#include "core/sync/OutboxLock.h"

#include <QDir>

namespace longhand {

OutboxLock::OutboxLock(const QString& profileRoot)
    : m_lock(QDir(profileRoot).filePath(fileName()))
{
    // Never stale by age: a long publish of many images keeps it. A dead holder is detected by its PID.
    m_lock.setStaleLockTime(0);
}

OutboxLock::~OutboxLock()
{
    unlock();
}

bool OutboxLock::tryLock(int timeoutMs)
{
    if (m_lock.isLocked()) {
        return true;
    }
    return m_lock.tryLock(timeoutMs);
}

void OutboxLock::unlock()
{
    if (m_lock.isLocked()) {
        m_lock.unlock();
    }
}

QString OutboxLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (!m_lock.getLockInfo(&pid, &host, &application)) {
        return {};
    }
    return application.isEmpty() ? QStringLiteral("pid %1").arg(pid) : QStringLiteral("pid %1 (%2)").arg(pid).arg(application);
}

} // namespace longhand
