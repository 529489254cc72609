#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/domain/Site.h"
#include "core/moderation/TriageRules.h"
#include "core/blog/BlogClient.h"
#include "core/storage/CommentRepository.h"

#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

namespace longhand {

class StorageExecutor;
class BlogClient;

// Catches a blog's comments up after the first full pull. REST comments have no modified date, so
// comments are listed by id with their status only (_fields=id,status, newest id first):
//  1. the newest 500 comments (status=any; where most web moderation happens): the first page, then
//     the 400 ids below its oldest by id (include=, 100 a request: cheap for the blog whatever its size), four in
//     flight. Listed ids the cache lacks are asked for whole by id (include=): new
//     ones, and ones an earlier sync missed (a reply sent from here can take a newer id than a
//     comment still unseen). When the whole first page is above the catch-up mark (a flood), new
//     comments are read whole, newest first, until a page reaches the mark, and the first page is
//     listed again. The mark (app_state sync/<site>/comments/caught_up_id) moves only once a
//     catch-up is complete, so one cut off is read again, not skipped;
//  2. beside those, the hold queue: when due (the caller says; every hour in the app) every page of it (at most
//     1,000): it finds an older comment put back on hold on the web; else its first page only, the probe: its
//     X-WP-Total against the cache's held comments below the page's oldest id (judgeProbe). Counts that differ
//     (a decision made on the web down there) read the whole queue now. Not asked when the newest 500 are every
//     comment of the blog (the first page's count says so);
//  3. comments the cache still thinks are held but that no pass saw, by id (include=…, 100 a
//     request, four in flight), except those below the probe when its counts agreed; one that is
//     not found there either is checked alone and, on 404, marked deleted.
// So a sync with nothing new costs the same requests whatever the size of the blog and of its hold queue.
// Statuses are stored before the comments asked for whole (a later answer wins). An empty page ends a
// pass whatever X-WP-TotalPages said. With nothing new and every held comment among the newest, a
// catch-up is one small request and writes nothing.
// Comments with a local action waiting keep their local status (the replay checks them itself).
class CommentReconciler final : public QObject
{
    Q_OBJECT

public:
    CommentReconciler(StorageExecutor& storage, BlogClient& client, std::shared_ptr<Clock> clock = Clock::system(),
                      QObject* parent = nullptr);

    // app_state key of the catch-up mark (a full pull of comments sets it too).
    static QString caughtUpKey(qint64 siteId);

    void setRecentWindow(int comments) { m_recentPages = std::max(1, (comments + 99) / 100); }
    void setTriageSettings(const TriageSettings& settings) { m_triage = settings; }
    // Whether the whole hold queue is read in this catch-up (step 2); the caller keeps when it last was. After the
    // catch-up, holdQueueDue() also says whether the probe disagreed and the whole queue was read for that.
    void setHoldQueueDue(bool due) { m_holdDue = due; }
    bool holdQueueDue() const { return m_holdDue; }

public Q_SLOTS:
    void start();

Q_SIGNALS:
    void progressed(int newComments, int newPending);
    void finished(const longhand::Status& status);

private:
    enum class Pass { Hold = 0, Recent = 1 };
    struct Stored
    {
        CommentUpsertCounts counts;
        QList<qint64> ids;
    };
    void fetchNew(int page);
    void fetchIncluded(const QList<qint64>& ids, std::function<void()> next);
    void storeComments(const ListPage& answer, std::function<void(const Stored&)> next);
    void fetchList(Pass pass, int page);
    void fetchStatuses(const ListRequest& request,
                       std::function<void(const Result<ListPage>&, const QList<RemoteCommentStatus>&)> done);
    void listFetched(Pass pass, int page, int totalPages, const QList<RemoteCommentStatus>& items, bool emptyEnds = true);
    void pageDone(Pass pass, int page, int totalPages);
    void sendMore(Pass pass);
    void startHoldPass();
    bool judgeProbe(const QList<qint64>& heldInCache);
    void readHoldQueue();
    void saveCaughtUp(std::function<void()> next);
    void lookUpMissing();
    void lookUpBatch();
    void checkAlone();
    void store(const QList<RemoteCommentStatus>& items, std::function<void()> next);
    void fail(const Error& error);

    StorageExecutor& m_storage;
    BlogClient& m_client;
    std::shared_ptr<Clock> m_clock;
    int m_recentPages = 5;
    qint64 m_caughtUpTo = 0;     // every comment up to this id has been read or asked for
    qint64 m_caughtUpLoaded = 0; // as stored (moves with saveCaughtUp)
    qint64 m_caughtUpAtStart = 0; // as stored when this catch-up began
    qint64 m_newestListed = 0;
    qint64 m_recentOldest = 0; // the oldest id on the newest pass's first page: its other pages are the ids below
    TriageSettings m_triage;
    bool m_done = false;
    QSet<qint64> m_seen;
    int m_passesLeft = 0;
    struct PassState
    {
        int next = 0;     // the next page to ask for
        int last = 0;     // the last page to ask for
        int inFlight = 0; // pages after the first on the wire or being stored
        bool done = false;
    };
    PassState m_passes[2];
    bool m_holdDue = true;
    bool m_holdStarted = false;
    int m_heldOnBlog = -1;   // the hold queue's X-WP-Total, from its first page (the probe)
    int m_probeListed = 0;   // comments on that page
    qint64 m_probeOldest = 0; // the oldest id on it
    int m_holdPages = 0;     // the hold queue's pages, as that page counted them
    qint64 m_checkedFrom = 0; // held comments below this id are not asked for by id (the probe's counts agreed)
    bool m_readNew = false;       // new comments were read whole, newest first, in this catch-up
    qint64 m_newestRead = 0;
    int m_lookUpsInFlight = 0;
    QList<qint64> m_missing;   // believed held, not seen by the passes
    QList<qint64> m_unresolved; // not found by id lookups either
};

} // namespace longhand
