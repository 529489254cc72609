#include "core/Clock.h"

namespace longhand {

namespace {
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

std::shared_ptr<Clock> Clock::system()
{
    static const auto clock = std::make_shared<SystemClock>();
    return clock;
}

QString toStorageTime(const QDateTime& time)
{
    if (!time.isValid()) {
        return {};
    }
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStorageTime(const QString& text)
{
    if (text.isEmpty()) {
        return {};
    }
    auto time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        time = QDateTime::fromString(text, Qt::ISODate);
    }
    if (time.isValid() && time.timeSpec() != Qt::UTC) {
        time.setTimeSpec(Qt::UTC);
    }
    return time;
}

} // namespace longhand
