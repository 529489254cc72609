#pragma once

#include <QDateTime>

#include <memory>

namespace longhand {

// Time is injected so that autosave, sync and retry logic are testable without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    static std::shared_ptr<Clock> system();
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(std::move(start)) { }
    QDateTime nowUtc() const override { return m_now; }
    void advance(qint64 msecs) { m_now = m_now.addMSecs(msecs); }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

// ISO 8601 in UTC with milliseconds, the one format used for timestamps in the database.
QString toStorageTime(const QDateTime& time);
QDateTime fromStorageTime(const QString& text);

} // namespace longhand
