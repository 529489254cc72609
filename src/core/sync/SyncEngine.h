#pragma once

#include "core/domain/BlogClock.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "core/moderation/TriageRules.h"
#include "core/blog/BlogClient.h"
#include "core/domain/Site.h"
#include "core/storage/PostRepository.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>

namespace longhand {

class CommentReconciler;
class PageReconciler;
class PostReconciler;
class StorageExecutor;
class BlogClient;

struct SyncProgress
{
    QString resource;   // "users", "categories", "tags", "media", "posts"
    int pagesDone = 0;
    int pagesTotal = 0;
    int items = 0;      // items stored so far in this sync
    int newPendingComments = 0; // held comments not seen before
    int postsGone = 0;          // posts found deleted or trashed on the blog
};

// Pulls a blog into the cache: users, categories, tags, media metadata, posts and comments of every status
// the account may see (context=edit, raw content), all lists at once (posts are stored once the
// categories and tags they name are). Pages of 100 with _fields trimmed, several in
// flight; every page is parsed and stored on the storage thread. Incremental (modified_after the
// newest change already pulled) and resumable: the page reached is recorded, so a sync cut off by a
// quit or a crash continues where it stopped.
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    SyncEngine(StorageExecutor& storage, BlogClient& client, std::shared_ptr<Clock> clock = Clock::system(),
               QObject* parent = nullptr);
    ~SyncEngine() override;

    void setConcurrency(int pagesInFlight) { m_concurrency = std::max(1, pagesInFlight); }
    void setPerPage(int perPage) { m_perPage = std::clamp(perPage, 1, 100); }
    // The most pages read of one list in one run, whatever X-WP-TotalPages says: a blog whose every page is full
    // (the same items again, say) must not keep a sync going forever. 5,000 pages are 500,000 items.
    static constexpr int kDefaultMaxPages = 5000;
    void setMaxPages(int pages) { m_maxPages = std::max(1, pages); }
    void setTriageSettings(const TriageSettings& settings) { m_triage = settings; }
    // In a sync after the first, users, categories, tags and media are asked for only when the posts
    // changed or when they were last asked longer ago than this (renames of terms and users, uploads).
    void setListRefreshSecs(int seconds) { m_listRefreshSecs = seconds; }
    bool isRunning() const { return m_running; }
    const SyncProgress& progress() const { return m_progress; }


public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    void progressChanged(const longhand::SyncProgress& progress);
    // Posts and pages the blog no longer has, as the cache now holds them (before finished). Pages only after a complete
    // listing of them (PageReconciler).
    void postsGoneFromBlog(const QList<longhand::GonePost>& posts);
    void finished(const longhand::Status& status);

private:
    struct Stage;
    void stateLoaded(std::shared_ptr<Stage> stage);
    void fetchPage(std::shared_ptr<Stage> stage, int page);
    void launchMore(std::shared_ptr<Stage> stage);
    void storeBody(std::shared_ptr<Stage> stage, int page, const ListPage& answer);
    void parsePosts(std::shared_ptr<Stage> stage, int page, const ListPage& answer);
    void storePosts(std::shared_ptr<Stage> stage, int page, const QList<RemotePost>& posts);
    void send(std::shared_ptr<Stage> stage, const ListRequest& request);
    void pump();
    void askBlogClock();
    void clockAnswered(const Result<BlogClock>& clock);
    void postsAnswered(const Result<ListPage>& page);
    bool markStillOpen(const QDateTime& mark) const;
    void whenClockKnown(std::function<void()> next);
    void fetchPostsThrottled(const ListRequest& request, std::function<void(const Result<ListPage>&)> done);
    static int sumOf(const QHash<QString, int>& counts);
    void pageStored(std::shared_ptr<Stage> stage, int page, int count, const QDateTime& newest);
    void finishStage(std::shared_ptr<Stage> stage);
    void stageDone(std::shared_ptr<Stage> stage);
    void oneStageLess();
    bool deferrable(const std::shared_ptr<Stage>& stage) const;
    void releaseDeferred(bool postsChanged);
    void beginFetching(std::shared_ptr<Stage> stage);
    void postsCounted(int total);
    void probePosts(std::shared_ptr<Stage> stage);
    void recordRun(const std::shared_ptr<Stage>& stage);
    void startPostReconciler(bool askCount);
    void reconcilePages(std::shared_ptr<Stage> stage);
    void reportGone(const QList<GonePost>& gone);
    void catchUpComments(std::shared_ptr<Stage> stage);
    void fail(const Error& error);
    void done(const Status& status);

    StorageExecutor& m_storage;
    BlogClient& m_client;
    std::shared_ptr<Clock> m_clock;
    TriageSettings m_triage;
    std::unique_ptr<CommentReconciler> m_reconciler;
    std::unique_ptr<PostReconciler> m_postReconciler;
    std::unique_ptr<PageReconciler> m_pageReconciler;
    int m_concurrency = 4;
    int m_listRefreshSecs = 15 * 60;
    std::optional<bool> m_postsChanged;            // known once the first posts page of this sync is in
    QList<std::shared_ptr<Stage>> m_deferred;       // short lists waiting for that answer
    std::shared_ptr<Stage> m_postsStage;             // set once its state is loaded
    std::optional<int> m_postsTotal;                 // the blog's count of posts, from the reconciler
    int m_postsInWindow = -1;                        // cached posts in the newest pulled second; -1: no probe
    QList<CachedPostStamp> m_postsAfter;             // cached posts newer than the mark (scheduled ones)
    std::optional<BlogClock> m_storedClock;          // the blog's clock at the last sync
    std::optional<BlogClock> m_clockNow;             // ... and now, once its answer is in
    bool m_clockAnswered = false;
    QList<std::function<void()>> m_clockWaiters;     // what waits for that answer (the posts probe)
    // The mark's second was not over when the posts were last read (the blog's time, from its answers): a post may
    // have been saved again in that second, with the same modified time. The next sync reads that second again.
    bool m_markOpen = false;
    QDateTime m_postsSeenAt; // the blog's time of this run's newest answer about posts
    int m_perPage = 100;
    int m_maxPages = kDefaultMaxPages;
    bool m_running = false;
    int m_generation = 0;
    SyncProgress m_progress;
    int m_stagesLeft = 0;
    int m_termStagesLeft = 0;
    struct HeldPage
    {
        std::shared_ptr<Stage> stage;
        int page = 0;
        QList<RemotePost> posts;
    };
    QList<HeldPage> m_heldPosts;
    struct WaitingRequest
    {
        std::shared_ptr<Stage> stage;
        ListRequest request;
        std::function<void()> launch; // a request of the post reconciler instead of a list page
    };
    QList<WaitingRequest> m_waiting;
    int m_requestsInFlight = 0;
    QHash<QString, int> m_pagesDone;
    QHash<QString, int> m_pagesTotal;
};

} // namespace longhand

Q_DECLARE_METATYPE(longhand::SyncProgress)
