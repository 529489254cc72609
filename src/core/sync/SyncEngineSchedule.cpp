// SyncEngine: when to ask what. The posts probe (is anything newer than the mark?), the blog's clock (its time
// zone and offset), which the probe waits for, and whether the mark's second was over when the posts were read. Apart from
// SyncEngine.cpp only to keep that file readable.
#include "core/sync/SyncEngine.h"

#include "core/FutureUtils.h"
#include "core/Logging.h"
#include "core/blog/BlogClient.h"
#include "core/sync/PostReconciler.h"
#include "core/sync/SyncEngineStage.h"
#include "core/sync/SyncPages.h"

#include <limits>


namespace longhand {

using namespace syncpages;

namespace {
constexpr int kProbeSize = 10;
} // namespace

// After the first pull, the posts are first probed: the newest few by modification date, ids and dates
// only, without modified_after, so that the same small answer also carries the blog's count of posts
// for the reconciler (posts deleted on the web). Nothing newer than what is stored, and as many posts
// in the newest stored second as the cache holds (modified_after has one-second resolution): the posts
// are up to date and the list of long posts is not asked at all; otherwise it is, exactly as before.
void SyncEngine::probePosts(std::shared_ptr<Stage> stage)
{
    ListRequest request;
    request.kind = ListKind::Posts;
    request.perPage = kProbeSize;
    request.detail = ListRequest::Detail::IdAndModified;
    request.status = ListRequest::Status::Any;
    request.order = ListRequest::Order::ModifiedDescending;
    fetchPostsThrottled(request, [this, stage](const Result<ListPage>& probe) {
        if (stage->generation != m_generation || !m_running) {
            return;
        }
        if (!probe) {
            fail(probe.error());
            return;
        }
        // A handful of ids and dates (the page size is ours): parsed here.
        auto newest = probe->decoder->stamps(probe->body);
        if (!newest) {
            fail(newest.error());
            return;
        }
        if (m_postReconciler) {
            m_postReconciler->setServerTotal(probe->total);
        }
        // Without a count (XML-RPC), "the probe's posts are all in the mark's second" cannot be told from "so are
        // more": taken as not up to date.
        const int total = m_client.capabilities().hasTotalCounts ? probe->total : std::numeric_limits<int>::max();
        whenClockKnown([this, stage, newest = newest.value(), total] {
            if (stage->generation != m_generation || !m_running) {
                return;
            }
            if (const ClockAdjustment clock = adjustForClock(m_storedClock, m_clockNow, stage->state.highWater); clock.changed) {
                // The blog's zone or offset changed since the last sync: its local order and its modified_after
                // moved, so the probe cannot say "nothing new", and the pull starts early enough to see every edit.
                qCInfo(lcNet) << "The blog's clock changed since the last sync; posts are asked from" << clock.stepBackSecs << "s earlier";
                stage->after = stage->after.addSecs(-clock.stepBackSecs);
                releaseDeferred(true);
                beginFetching(stage);
                return;
            }
            if (m_markOpen || !postsUpToDate(newest, total, stage->state.highWater, m_postsInWindow, m_postsAfter, m_clock->nowUtc())) {
                releaseDeferred(true);
                beginFetching(stage);
                return;
            }
            releaseDeferred(false);
            m_postsStage = stage;
            finishStage(stage); // nothing to ask: the high water mark stays
        });
    });
}


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
        m_waiting.append({nullptr, {}, std::move(launch)});
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

void SyncEngine::postsAnswered(const Result<ListPage>& page)
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
