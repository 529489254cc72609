// SyncEngine: when to ask what. The blog's clock (its time zone and offset), which the posts probe waits for;
// whether the mark's second was over when the posts were read. Apart from
// SyncEngine.cpp only to keep that file readable.
#include "core/sync/SyncEngine.h"

#include "core/FutureUtils.h"
#include "core/Logging.h"
#include "core/remote/WordPressClient.h"
#include "core/sync/SyncPages.h"

namespace longhand {

// The blog's clock is asked beside everything else; only the posts probe waits for it.
void SyncEngine::askBlogClock()
{
    const int generation = m_generation;
    auto launch = [this, generation] {
        ++m_requestsInFlight;
        onFinished(m_client.fetchBlogClock(), this, [this, generation](const Result<BlogClock>& clock) {
            if (generation != m_generation || !m_running) {
                return;
            }
            --m_requestsInFlight;
            pump();
            clockAnswered(clock);
        });
    };
    if (m_requestsInFlight >= m_concurrency) {
        m_waiting.append({nullptr, 0, {}, std::move(launch)});
        return;
    }
    launch();
}

void SyncEngine::clockAnswered(const Result<BlogClock>& clock)
{
    if (clock) {
        m_clockNow = clock.value();
    } else {
        qCInfo(lcNet) << "The blog's clock is unknown:" << clock.error().message; // not a reason to fail the sync
    }
    m_clockAnswered = true;
    for (const auto& waiter : std::exchange(m_clockWaiters, {})) {
        waiter();
    }
}

void SyncEngine::whenClockKnown(std::function<void()> next)
{
    if (m_clockAnswered) {
        next();
    } else {
        m_clockWaiters.append(std::move(next));
    }
}

void SyncEngine::postsAnswered(const Result<RemotePage>& page)
{
    if (page && page->serverTime.isValid() && (!m_postsSeenAt.isValid() || page->serverTime > m_postsSeenAt)) {
        m_postsSeenAt = page->serverTime;
    }
}

// Whole seconds on both sides: a post saved in the mark's second can still be saved again in it until the blog's
// clock has passed it (one second more for a save still being written when the answer was made).
bool SyncEngine::markStillOpen(const QDateTime& mark) const
{
    return mark.isValid() && m_postsSeenAt.isValid() && m_postsSeenAt <= mark.addSecs(1);
}

} // namespace longhand
