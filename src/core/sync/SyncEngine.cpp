#include "core/sync/SyncEngine.h"

#include "core/FutureUtils.h"
#include "core/Logging.h"
#include "core/blog/BlogClient.h"
#include "core/storage/AppStateRepository.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SiteRepository.h"
#include "core/sync/CommentReconciler.h"
#include "core/sync/PageReconciler.h"
#include "core/sync/PostReconciler.h"
#include "core/sync/SyncEngineStage.h"
#include "core/sync/SyncPages.h"
#include "core/storage/StorageExecutor.h"
#include "core/storage/SyncRepository.h"

#include <QCoreApplication>

namespace longhand {

using namespace syncpages;


namespace {

struct LoadedStates
{
    QList<SyncState> states; // in the order of kSyncResources
    QList<QDateTime> asked;
    int postsInWindow = -1;  // posts the cache holds in the newest pulled second; -1: the posts are not probed
    QList<CachedPostStamp> postsAfter; // cached posts newer than the mark: scheduled ones
    std::optional<BlogClock> clock;    // the blog's clock at the last sync
    bool markOpen = false;
    bool commentsByIds = false;
};

} // namespace

SyncEngine::SyncEngine(StorageExecutor& storage, BlogClient& client, std::shared_ptr<Clock> clock, QObject* parent)
    : QObject(parent)
    , m_storage(storage)
    , m_client(client)
    , m_clock(std::move(clock))
{
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    ++m_generation;
    m_progress = SyncProgress {};
    m_stagesLeft = int(kSyncResources.size()) + 1; // + posts deleted on the blog
    m_termStagesLeft = 2;
    m_heldPosts.clear();
    m_deferred.clear();
    m_postsChanged.reset();
    m_postsStage.reset();
    m_postsTotal.reset();
    m_postsInWindow = -1;
    m_storedClock.reset();
    m_clockNow.reset();
    m_clockAnswered = false;
    m_clockWaiters.clear();
    m_markOpen = false;
    m_postsSeenAt = QDateTime();
    m_waiting.clear();
    m_requestsInFlight = 0;
    m_pagesDone.clear();
    m_pagesTotal.clear();
    qCInfo(lcNet) << "Sync of" << m_client.site().restRoot.host() << "started";
    // Where every list stands, read in one storage task: a sync with nothing to do is mostly this and
    // three small requests, so it must not wait on a round trip per list.
    const qint64 siteId = m_client.site().id;
    const int generation = m_generation;
    onFinished(m_storage.run([siteId, clock = m_clock](Database& db) -> Result<LoadedStates> {
                   LoadedStates loaded;
                   SyncRepository repo(db, clock);
                   AppStateRepository appState(db);
                   for (const SyncResourceKind& kind : kSyncResources) {
                       auto state = repo.state(siteId, QLatin1String(kind.name));
                       if (!state) {
                           return state.error();
                       }
                       auto asked = appState.value(askedKey(siteId, kind.resource));
                       loaded.states.append(state.value());
                       loaded.asked.append(asked ? fromStorageTime(asked.value()) : QDateTime());
                   }
                   if (auto blogClock = appState.value(blogClockKey(siteId)); blogClock) {
                       loaded.clock = blogClockFromJson(blogClock.value());
                   }
                   if (auto open = appState.value(markOpenKey(siteId)); open) {
                       loaded.markOpen = open.value() == QLatin1String("1");
                   }
                   if (auto byIds = appState.value(commentsByIdsKey(siteId)); byIds) {
                       loaded.commentsByIds = byIds.value() == QLatin1String("1");
                   }
                   SyncState& posts = loaded.states[int(SyncResource::Posts)];
                   PostRepository postRepo(db, clock);
                   if (posts.nextPage == 0 && posts.highWater.isValid()) {
                       // A mark taken from a scheduled post (an earlier version did) sits in the future and would
                       // hide every later web edit: brought back to the newest post that is not scheduled.
                       auto newest = postRepo.newestNotScheduled(siteId);
                       if (!newest) {
                           return newest.error();
                       }
                       if (newest->isValid() && newest.value() < posts.highWater) {
                           posts.highWater = newest.value();
                       }
                       auto inWindow = postRepo.countChangedBetween(siteId, posts.highWater.addSecs(-1), posts.highWater);
                       if (!inWindow) {
                           return inWindow.error();
                       }
                       loaded.postsInWindow = inWindow.value();
                       // The mark's second too: the probe compares ids there, not only a count (a post trashed and
                       // another saved in the same second leave the count as it was).
                       auto after = postRepo.stampsAfter(siteId, posts.highWater.addSecs(-1));
                       if (!after) {
                           return after.error();
                       }
                       loaded.postsAfter = after.value();
                   }
                   return loaded;
               }),
               this, [this, generation](const Result<LoadedStates>& loaded) {
                   if (generation != m_generation || !m_running) {
                       return;
                   }
                   if (!loaded) {
                       fail(loaded.error());
                       return;
                   }
                   m_postsInWindow = loaded->postsInWindow;
                   m_postsAfter = loaded->postsAfter;
                   m_storedClock = loaded->clock;
                   m_markOpen = loaded->markOpen;
                   m_commentsByIds = loaded->commentsByIds;
                   askBlogClock();
                   // After the first pull the posts probe brings the blog's count of posts; before, it is asked apart.
                   startPostReconciler(m_postsInWindow < 0);
                   // Every resource at once: a sync costs about the slowest list, not the sum of them.
                   for (const SyncResource resource : kSyncLaunchOrder) {
                       auto stage = std::make_shared<Stage>();
                       stage->generation = m_generation;
                       stage->resource = resource;
                       stage->state = loaded->states.at(int(resource));
                       stage->askedAt = loaded->asked.at(int(resource));
                       stateLoaded(stage);
                       if (generation != m_generation || !m_running) {
                           return; // failed on the way
                       }
                   }
               });
}

void SyncEngine::cancel()
{
    if (!m_running) {
        return;
    }
    m_client.cancelAll();
    m_reconciler.reset();
    m_postReconciler.reset();
    m_pageReconciler.reset();
    done(Error::make(Error::Code::Cancelled, QCoreApplication::translate("SyncEngine", "Sync cancelled; it will resume where it stopped.")));
}

void SyncEngine::stateLoaded(std::shared_ptr<Stage> stage)
{
    const bool incremental = syncResourceKind(stage->resource).byModifiedDate;
    if (stage->state.nextPage > 0) {
        // An interrupted run: continue it with the same query.
        stage->after = stage->state.runAfter;
        stage->resumeFrom = stage->state.nextPage;
        qCInfo(lcNet) << "Resuming" << syncResourceName(stage->resource) << "at page" << stage->resumeFrom;
        stage->listedWhole = false; // the pages before were listed by another run
    } else {
        // modified_after is exclusive with one-second resolution: step back a second, storing twice is harmless.
        stage->after = incremental && stage->state.highWater.isValid() ? stage->state.highWater.addSecs(-1) : QDateTime();
        stage->resumeFrom = 1;
    }
    // After a complete first pull (the asked-at mark also covers a blog that had no comment then).
    // The catch-up asks for comments by id; a blog that cannot list by id (XML-RPC) is listed whole each sync (its
    // listing has every held and approved comment, so a status changed on the web is seen there).
    if (stage->resource == SyncResource::Comments && stage->state.nextPage == 0 && m_client.capabilities().canListByIds
        && (stage->state.highWater.isValid() || stage->askedAt.isValid())) {
        catchUpComments(stage);
        return;
    }
    if (stage->resource == SyncResource::Posts && m_postsInWindow >= 0) {
        probePosts(stage);
        return;
    }
    if (pullsCommentsByIds(stage)) {
        if (stage->state.nextPage > 0) {
            stage->byIds = m_commentsByIds; // resumed the way it began
            stage->totalPages = m_commentsByIds ? stage->state.totalPages : 0;
        } else {
            probeComments(stage);
            return;
        }
    }
    if (deferrable(stage)) {
        if (!m_postsChanged) {
            m_deferred.append(stage); // until the first page of posts says whether anything changed
            return;
        }
        if (!*m_postsChanged) {
            stageDone(stage); // nothing to ask
            return;
        }
    }
    beginFetching(stage);
}

void SyncEngine::beginFetching(std::shared_ptr<Stage> stage)
{
    stage->nextToFetch = stage->resumeFrom;
    fetchPage(stage, stage->nextToFetch++);
    if (stage->resource == SyncResource::Posts) {
        m_postsStage = stage;
        if (m_postsTotal) {
            postsCounted(*m_postsTotal);
        }
    }
}

// A first pull of posts asks the same list the reconciler counts: its small answer comes long before
// the first page of long posts, so the other pages can be asked for at once instead of after page 1.
void SyncEngine::postsCounted(int total)
{
    m_postsTotal = total;
    const auto stage = m_postsStage;
    if (!stage || stage->after.isValid() || stage->resumeFrom != 1 || stage->totalPages != 0 || total <= m_perPage) {
        return;
    }
    stage->totalPages = int(std::min<qint64>((qint64(total) + m_perPage - 1) / m_perPage, m_maxPages));
    m_pagesTotal[syncResourceName(stage->resource)] = stage->totalPages;
    m_progress.pagesTotal = sumOf(m_pagesTotal);
    recordRun(stage);
    // Ahead of the lists nothing waits for (media, users); after the terms the posts are stored with.
    const int before = int(m_waiting.size());
    launchMore(stage);
    QList<WaitingRequest> posts = m_waiting.mid(before);
    m_waiting.resize(before);
    qsizetype at = 0;
    while (at < m_waiting.size() && m_waiting.at(at).stage
           && (syncResourceKind(m_waiting.at(at).stage->resource).storedBeforePosts
               || !syncResourceKind(m_waiting.at(at).stage->resource).shortList)) {
        ++at;
    }
    for (const WaitingRequest& request : std::as_const(posts)) {
        m_waiting.insert(at++, request);
    }
}

// Records the run before storing anything, so a crash resumes it with the same query.
void SyncEngine::recordRun(const std::shared_ptr<Stage>& stage)
{
    SyncState running = stage->state;
    running.runAfter = stage->after;
    running.nextPage = stage->resumeFrom;
    running.totalPages = stage->totalPages;
    const qint64 siteId = m_client.site().id;
    m_storage.run([siteId, resource = stage->resource, running, clock = m_clock](Database& db) {
        return SyncRepository(db, clock).saveState(siteId, syncResourceName(resource), running);
    });
}

// Users, categories, tags and media change rarely, and have no modified date to ask by (media has,
// but asking costs a request all the same). After a complete pull they are asked again only when the
// posts brought something (a new post may name a new term or author) or when they are due.
bool SyncEngine::deferrable(const std::shared_ptr<Stage>& stage) const
{
    return syncResourceKind(stage->resource).shortList && stage->state.nextPage == 0 && stage->askedAt.isValid()
           && stage->askedAt > m_clock->nowUtc().addSecs(-m_listRefreshSecs);
}

void SyncEngine::releaseDeferred(bool postsChanged)
{
    if (m_postsChanged) {
        return;
    }
    m_postsChanged = postsChanged;
    const auto deferred = std::exchange(m_deferred, {});
    for (const auto& stage : deferred) {
        if (postsChanged) {
            beginFetching(stage);
        } else {
            qCInfo(lcNet) << "No post changed:" << syncResourceName(stage->resource) << "not asked (asked at" << stage->askedAt << ")";
            stageDone(stage);
        }
    }
}

void SyncEngine::finishStage(std::shared_ptr<Stage> stage)
{
    SyncState finished;
    finished.highWater = std::max(stage->state.highWater, stage->newest);
    const qint64 siteId = m_client.site().id;
    // The clock the new mark was taken under (stored with it: the next sync compares against it).
    const std::optional<BlogClock> clock
        = stage->resource == SyncResource::Posts && m_clockNow && m_clockNow != m_storedClock ? m_clockNow : std::nullopt;
    if (clock) {
        m_storedClock = clock;
    }
    // Whether the new mark's second was over when the posts were read (see m_markOpen): stored when it changes.
    const bool markOpen = stage->resource == SyncResource::Posts && markStillOpen(finished.highWater);
    const bool storeMarkOpen = stage->resource == SyncResource::Posts && markOpen != m_markOpen;
    if (storeMarkOpen) {
        m_markOpen = markOpen;
    }
    // Comments too: a blog without a single comment has no high water mark to say the first pull is done.
    const QDateTime askedAt = stage->resource == SyncResource::Posts ? QDateTime() : m_clock->nowUtc();
    if (stage->nextToFetch == 0 && stage->state.nextPage == 0 && finished.highWater == stage->state.highWater && !askedAt.isValid()) {
        if (clock) { // first seen (the clock cannot have changed: the probe would have pulled)
            m_storage.run([siteId, json = blogClockToJson(*clock)](Database& db) { return AppStateRepository(db).setValue(blogClockKey(siteId), json); });
        }
        if (storeMarkOpen) {
            m_storage.run([siteId, markOpen](Database& db) {
                return AppStateRepository(db).setValue(markOpenKey(siteId), markOpen ? QStringLiteral("1") : QStringLiteral("0"));
            });
        }
        stageDone(stage); // no page was asked (the probe said up to date): nothing else to write
        return;
    }
    // A complete pull of every comment (not a catch-up, which keeps its own mark).
    const bool commentsPulled = stage->resource == SyncResource::Comments && stage->nextToFetch > 0;
    onFinished(m_storage.run([siteId, resource = stage->resource, finished, askedAt, commentsPulled, blogClock = clock, storeMarkOpen,
                              markOpen, clock = m_clock](Database& db) -> Status {
                   if (auto saved = SyncRepository(db, clock).saveState(siteId, syncResourceName(resource), finished); !saved) {
                       return saved;
                   }
                   if (blogClock) {
                       if (auto kept = AppStateRepository(db).setValue(blogClockKey(siteId), blogClockToJson(*blogClock)); !kept) {
                           return kept;
                       }
                   }
                   if (storeMarkOpen) {
                       if (auto kept = AppStateRepository(db).setValue(markOpenKey(siteId), markOpen ? QStringLiteral("1") : QStringLiteral("0"));
                           !kept) {
                           return kept;
                       }
                   }
                   if (resource == SyncResource::Comments) {
                       if (auto cleared = AppStateRepository(db).remove(commentsByIdsKey(siteId)); !cleared) {
                           return cleared;
                       }
                   }
                   if (commentsPulled) {
                       // Every comment up to the newest is read: where the next catch-up starts.
                       auto newest = CommentRepository(db, clock).maxRemoteId(siteId);
                       if (!newest) {
                           return newest.error();
                       }
                       auto marked = AppStateRepository(db).setValue(CommentReconciler::caughtUpKey(siteId), QString::number(newest.value()));
                       if (!marked) {
                           return marked;
                       }
                   }
                   return askedAt.isValid() ? AppStateRepository(db).setValue(askedKey(siteId, resource), toStorageTime(askedAt)) : Status();
               }),
               this, [this, stage](const Status& saved) {
                   if (stage->generation != m_generation || !m_running) {
                       return;
                   }
                   if (!saved) {
                       fail(saved.error());
                       return;
                   }
                   if (stage->resource == SyncResource::Pages && stage->listedWhole) {
                       reconcilePages(stage);
                       return;
                   }
                   stageDone(stage);
               });
}

// Pages deleted on the web: known once every page was listed (PageReconciler).
void SyncEngine::reconcilePages(std::shared_ptr<Stage> stage)
{
    if (m_pageReconciler) {
        m_pageReconciler.release()->deleteLater(); // a cancelled run's answers must not reach this one
    }
    m_pageReconciler = std::make_unique<PageReconciler>(m_storage, m_client, m_clock);
    connect(m_pageReconciler.get(), &PageReconciler::finished, this, [this, stage](const Status& status, const QList<GonePost>& gone) {
        if (stage->generation != m_generation || !m_running) {
            return;
        }
        m_pageReconciler.release()->deleteLater(); // we are inside its signal
        if (!status) {
            fail(status.error());
            return;
        }
        reportGone(gone);
        stageDone(stage);
    });
    m_pageReconciler->reconcile(stage->listedIds);
}

void SyncEngine::reportGone(const QList<GonePost>& gone)
{
    if (gone.isEmpty()) {
        return;
    }
    m_progress.postsGone += int(gone.size());
    Q_EMIT progressChanged(m_progress);
    Q_EMIT postsGoneFromBlog(gone);
}

// After the first full pull, comments are caught up by the reconciler: new ones by id, then the
// statuses changed on the web (comments have no modified date to ask by).
void SyncEngine::catchUpComments(std::shared_ptr<Stage> stage)
{
    m_reconciler = std::make_unique<CommentReconciler>(m_storage, m_client, m_clock);
    m_reconciler->setTriageSettings(m_triage);
    // The whole hold queue when it was last read (or all comments were) four times longer ago than the short lists
    // (an hour in the app): every other sync probes its first page and count, which sees any single decision made
    // on the web at once; the whole queue is read for what the count cannot show (decisions that cancel out).
    m_reconciler->setHoldQueueDue(!stage->askedAt.isValid() || stage->askedAt <= m_clock->nowUtc().addSecs(-4 * m_listRefreshSecs));
    connect(m_reconciler.get(), &CommentReconciler::progressed, this, [this, stage](int newComments, int newPending) {
        if (stage->generation != m_generation || !m_running) {
            return;
        }
        m_progress.items += newComments;
        m_progress.newPendingComments += newPending;
        m_progress.resource = syncResourceName(stage->resource);
        Q_EMIT progressChanged(m_progress);
    });
    connect(m_reconciler.get(), &CommentReconciler::finished, this, [this, stage](const Status& reconciled) {
        if (stage->generation != m_generation || !m_running) {
            return;
        }
        if (!reconciled) {
            fail(reconciled.error());
            return;
        }
        if (m_reconciler->holdQueueDue()) {
            finishStage(stage); // notes when the hold queue was read
            return;
        }
        stageDone(stage);
    });
    m_reconciler->start();
}

void SyncEngine::stageDone(std::shared_ptr<Stage> stage)
{
    if (stage->resource == SyncResource::Comments && m_reconciler) {
        m_reconciler.release()->deleteLater(); // we may be inside its finished signal
    }
    if (stage->resource == SyncResource::Categories || stage->resource == SyncResource::Tags) {
        if (--m_termStagesLeft == 0) {
            const auto held = std::exchange(m_heldPosts, {});
            for (const HeldPage& page : held) {
                storePosts(page.stage, page.page, page.posts);
            }
        }
    }
    if (stage->resource == SyncResource::Posts && m_postReconciler) {
        m_postReconciler->postsStored();
    }
    oneStageLess();
}

// Posts deleted on the web: the blog's count is asked now, beside the lists; compared once the posts are stored.
void SyncEngine::startPostReconciler(bool askCount)
{
    if (m_postReconciler) {
        m_postReconciler.release()->deleteLater(); // a cancelled run's answers must not reach this one
    }
    m_postReconciler = std::make_unique<PostReconciler>(m_storage, m_client, m_clock);
    m_postReconciler->setPageFetch([this](const ListRequest& request, std::function<void(const Result<ListPage>&)> done) {
        fetchPostsThrottled(request, std::move(done));
    });
    const int generation = m_generation;
    connect(m_postReconciler.get(), &PostReconciler::counted, this, [this, generation](int total) {
        if (generation == m_generation && m_running) {
            postsCounted(total);
        }
    });
    connect(m_postReconciler.get(), &PostReconciler::finished, this,
            [this, generation](const Status& status, const QList<GonePost>& gone) {
                if (generation != m_generation || !m_running) {
                    return;
                }
                m_postReconciler.release()->deleteLater(); // we are inside its signal
                if (!status) {
                    fail(status.error());
                    return;
                }
                reportGone(gone);
                oneStageLess();
            });
    if (askCount) {
        m_postReconciler->start();
    }
}

// A request of the post reconciler, counted in the same budget as the list pages.
void SyncEngine::fetchPostsThrottled(const ListRequest& request, std::function<void(const Result<ListPage>&)> done)
{
    const int generation = m_generation;
    auto launch = [this, request, done = std::move(done), generation]() {
        ++m_requestsInFlight;
        onFinished(m_client.list(request), this,
                   [this, done, generation](const Result<ListPage>& page) {
                       if (generation == m_generation) {
                           --m_requestsInFlight;
                           pump();
                           postsAnswered(page);
                       }
                       done(page);
                   });
    };
    if (m_requestsInFlight >= m_concurrency) {
        m_waiting.append({nullptr, {}, std::move(launch)});
        return;
    }
    launch();
}

void SyncEngine::oneStageLess()
{
    if (--m_stagesLeft == 0) {
        const qint64 siteId = m_client.site().id;
        onFinished(m_storage.run([siteId, clock = m_clock](Database& db) { return SiteRepository(db, clock).markSynced(siteId); }),
                   this, [this](const Status& marked) { done(marked); });
    }
}

void SyncEngine::fail(const Error& error)
{
    qCWarning(lcNet) << "Sync failed:" << error.message;
    m_client.cancelAll();
    done(error);
}

void SyncEngine::done(const Status& status)
{
    if (!m_running) {
        return;
    }
    m_running = false;
    ++m_generation;
    Q_EMIT finished(status);
}

} // namespace longhand
