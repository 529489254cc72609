#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace longhand {

// One sender per profile: whoever sends the outbox (publications, moderation actions) holds the profile's
// outbox.lock, so the app's timer and a `longhand-cli sync`, or two CLI runs, never send the same queued
// entry at the same time (two posts, two copies of an image). A QLockFile: held by a process that was
// killed, it is taken over as soon as that process is gone (its PID is checked), never locked for good.
class OutboxLock final
{
public:
    explicit OutboxLock(const QString& profileRoot);
    ~OutboxLock();
    OutboxLock(const OutboxLock&) = delete;
    OutboxLock& operator=(const OutboxLock&) = delete;

    // Takes the lock, waiting up to timeoutMs (0: only tries). True when this object holds it.
    bool tryLock(int timeoutMs = 0);
    void unlock();
    bool isLocked() const { return m_lock.isLocked(); }
    // Who holds it, when another process does: "pid 1234 (longhand-cli)", else empty.
    QString holder() const;

    static QString fileName() { return QStringLiteral("outbox.lock"); }

private:
    QLockFile m_lock;
};

} // namespace longhand
