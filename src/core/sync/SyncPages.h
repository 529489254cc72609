#pragma once

// The page-level pieces of SyncEngine: storing a page of a list, recognising empty and newer pages,
// and judging the posts probe. Free functions, so they are read (and tested) apart from the engine's
// bookkeeping of requests in flight.
#include "core/Clock.h"
#include "core/Error.h"
#include "core/domain/BlogClock.h"
#include "core/moderation/TriageRules.h"
#include "core/blog/BlogClient.h"
#include "core/domain/RemoteValues.h"
#include "core/storage/PostRepository.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include "core/sync/SyncResource.h"

#include <memory>
#include <optional>

namespace longhand {

class Database;

namespace syncpages {

struct PageResult
{
    int count = 0;
    int newPending = 0;
    QDateTime newest;
    QList<qint64> ids; // pages: the blog's ids on this page (a complete listing tells which cached pages are gone)
};

// Parses one page of a short list (users, categories, tags, media) or of comments and stores it: runs on
// the storage thread. (Posts are parsed on a pool thread first: SyncEngine::parsePosts.)
Result<PageResult> storePage(Database& db, qint64 siteId, SyncResource resource, const ListPage& page,
                             const std::shared_ptr<Clock>& clock, const TriageSettings& triage);

// What a change of the blog's clock since the last sync means for the next pull of posts.
struct ClockAdjustment
{
    bool changed = false;   // the probe's order (local time) cannot be trusted: pull
    qint64 stepBackSecs = 0; // move modified_after back this much more
};
// before: the clock at the last sync (the mark's time); now: the clock now. Unknown either: no change.
ClockAdjustment adjustForClock(const std::optional<BlogClock>& before, const std::optional<BlogClock>& now, const QDateTime& mark);
QString blogClockKey(qint64 siteId); // app_state: the clock at the last sync, as JSON
QString markOpenKey(qint64 siteId);  // app_state: "1" when the posts' mark second was not over at the last read
QString blogClockToJson(const BlogClock& clock);
std::optional<BlogClock> blogClockFromJson(const QString& json);

// When a list was last pulled whole (for comments: when the hold queue was last read whole), in app_state.
QString askedKey(qint64 siteId, SyncResource resource);

// Whether the newest posts of the blog (newest first, ids and dates) say that nothing changed since the
// cache's high water mark: none is newer, and the blog has as many in that mark's second as the cache
// (a post saved in the same second as the last one pulled). A probe page all of that second cannot tell.
// Scheduled posts carry their future publication date as their modification date, so they are never
// part of the mark: one newer than the mark is known when the cache holds it with the same date, still
// scheduled, and its date is still ahead of `now` (once it has passed, WordPress publishes it without
// changing the date: it is asked again until the cache sees it published). cachedAfter holds the cached
// posts from the mark's second on; each post the probe shows in that second must be among them (a post
// trashed and another saved in that second would leave the count as it was).
bool postsUpToDate(const QList<RemotePostStamp>& newest, int total, const QDateTime& highWater, int cachedInWindow,
                   const QList<CachedPostStamp>& cachedAfter = {}, const QDateTime& now = {});

} // namespace syncpages
} // namespace longhand
