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
#include <QtConcurrent/QtConcurrentRun>

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

void SyncEngine::fetchPage(std::shared_ptr<Stage> stage, int page)
{
    ListRequest request;
    request.kind = syncResourceKind(stage->resource).list;
    request.page = page;
    request.perPage = m_perPage;
    if (request.kind == ListKind::Posts || request.kind == ListKind::Pages || request.kind == ListKind::Comments) {
        request.status = ListRequest::Status::Any; // every status the account may see
    }
    if (request.kind == ListKind::Posts || request.kind == ListKind::Media) {
        request.order = ListRequest::Order::ModifiedAscending;
        request.changedSince = stage->after;
        if (stage->after.isValid() && !m_client.capabilities().canFilterByModified) {
            // The blog cannot filter by modification time: newest first, the list ends at the mark (ListPage::more).
            // A post saved during the pull moves to the front, so a page can repeat one but never skip one.
            request.order = ListRequest::Order::ModifiedDescending;
        }
    } else {
        // By id: an item written during the pull lands after the last page instead of shifting the others.
        request.order = ListRequest::Order::IdAscending;
    }
    ++stage->inFlight;
    if (m_requestsInFlight >= m_concurrency) {
        // All lists share one budget of requests in flight (WordPress serves a few at a time).
        m_waiting.append({stage, request, {}});
        return;
    }
    send(stage, request);
}

void SyncEngine::pump()
{
    while (m_requestsInFlight < m_concurrency && !m_waiting.isEmpty()) {
        const WaitingRequest next = m_waiting.takeFirst();
        if (next.launch) {
            next.launch();
            continue;
        }
        send(next.stage, next.request);
    }
}

void SyncEngine::send(std::shared_ptr<Stage> stage, const ListRequest& request)
{
    ++m_requestsInFlight;
    onFinished(m_client.list(request), this, [this, stage, page = request.page](const Result<ListPage>& result) {
        --m_requestsInFlight;
        --stage->inFlight;
        pump();
        if (stage->generation != m_generation || !m_running) {
            return;
        }
        if (stage->resource == SyncResource::Posts) {
            postsAnswered(result);
        }
        if (!result) {
            // Past the last page (the list shrank meanwhile): nothing more to read.
            // A blog without pages (a plugin or the site removed the type: REST answers rest_no_route) has none to pull.
            const bool noPages = stage->resource == SyncResource::Pages && result.error().code == Error::Code::RemoteNotFound;
            if (result.error().meaning == Error::Meaning::PastLastPage || noPages) {
                if (stage->resource == SyncResource::Posts) {
                    releaseDeferred(true); // a resumed run: do not guess
                }
                stage->totalPages = std::min(stage->totalPages, page - 1);
                if (noPages) {
                    stage->listedWhole = false; // no listing: nothing to compare with
                    // Counted as the one empty page an empty list costs.
                    m_pagesTotal[syncResourceName(stage->resource)] = 1;
                    m_progress.pagesTotal = sumOf(m_pagesTotal);
                }
                pageStored(stage, page, 0, {});
                return;
            }
            fail(result.error());
            return;
        }
        if (stage->resource == SyncResource::Posts) {
            // A resumed run may have stored posts already: the short lists are asked then too.
            releaseDeferred(stage->state.nextPage > 0 || result->decoder->bringsNewer(result->body, stage->state.highWater));
        }
        if (!m_client.capabilities().hasTotalCounts) {
            // No page count: the next page is asked once this one said there may be one (ListPage::more), so the
            // list ends at its first short or empty page, one page in flight.
            const int known = result->more && page < m_maxPages ? page + 1 : page;
            if (known > stage->totalPages) {
                stage->totalPages = known;
                m_pagesTotal[syncResourceName(stage->resource)] = known;
                m_progress.pagesTotal = sumOf(m_pagesTotal);
                recordRun(stage);
            }
        } else if (stage->totalPages == 0 || (page == 1 && result->totalPages > stage->totalPages)) {
            // The first answer says how many pages there are (or more than the early count said: written meanwhile).
            stage->totalPages = std::min(result->totalPages, m_maxPages);
            if (result->totalPages > m_maxPages) {
                stage->listedWhole = false;
                qCWarning(lcSync) << "The blog says" << syncResourceName(stage->resource) << "has" << result->totalPages << "pages; reading"
                                  << m_maxPages;
            }
            // An empty list says 0 pages, and its one page is still counted done.
            m_pagesTotal[syncResourceName(stage->resource)] = std::max(stage->totalPages, 1);
            m_progress.pagesTotal = sumOf(m_pagesTotal);
            recordRun(stage);
        }
        if (m_client.capabilities().hasTotalCounts && page < stage->totalPages && result->decoder->isEmpty(result->body)) {
            // An empty page ends the list, whatever the page count said: a page count that lies must not send
            // the sync through a million empty pages.
            stage->totalPages = page;
            m_pagesTotal[syncResourceName(stage->resource)] = page;
            m_progress.pagesTotal = sumOf(m_pagesTotal);
        }
        if (stage->resource == SyncResource::Posts) {
            parsePosts(stage, page, result.value());
        } else {
            storeBody(stage, page, result.value());
        }
        launchMore(stage);
    });
}

// A page of posts (up to 100 long texts, every "/" escaped by WordPress) is parsed on a pool thread,
// as soon as it comes: pages parse side by side, and the storage thread only writes.
void SyncEngine::parsePosts(std::shared_ptr<Stage> stage, int page, const ListPage& answer)
{
    onFinished(QtConcurrent::run([answer] { return answer.decoder->posts(answer.body); }), this,
               [this, stage, page](const Result<QList<RemotePost>>& parsed) {
                   if (stage->generation != m_generation || !m_running) {
                       return;
                   }
                   if (!parsed) {
                       fail(parsed.error());
                       return;
                   }
                   if (m_termStagesLeft > 0) {
                       // A post names its categories and tags by id: store it once the terms are in.
                       m_heldPosts.append({stage, page, parsed.value()});
                       return;
                   }
                   storePosts(stage, page, parsed.value());
               });
}

void SyncEngine::storePosts(std::shared_ptr<Stage> stage, int page, const QList<RemotePost>& posts)
{
    QDateTime newest;
    for (const RemotePost& post : posts) {
        // A scheduled post's modification date is its future publication date: a mark taken from it would
        // skip every web edit made before that date (modified_after). The mark follows the others only.
        if (post.status != QLatin1String("future")) {
            newest = std::max(newest, post.modifiedGmt);
        }
    }
    const qint64 siteId = m_client.site().id;
    onFinished(m_storage.run([siteId, posts, clock = m_clock](Database& db) -> Status {
                   auto stored = SyncRepository(db, clock).upsertPosts(siteId, posts);
                   return stored ? Status() : Status(stored.error());
               }),
               this, [this, stage, page, count = int(posts.size()), newest](const Status& stored) {
                   if (stage->generation != m_generation || !m_running) {
                       return;
                   }
                   if (!stored) {
                       fail(stored.error());
                       return;
                   }
                   pageStored(stage, page, count, newest);
               });
}

void SyncEngine::storeBody(std::shared_ptr<Stage> stage, int page, const ListPage& answer)
{
    const qint64 siteId = m_client.site().id;
    onFinished(m_storage.run([siteId, resource = stage->resource, answer, clock = m_clock, triage = m_triage](Database& db) {
                   return storePage(db, siteId, resource, answer, clock, triage);
               }),
               this, [this, stage, page](const Result<PageResult>& stored) {
                   if (stage->generation != m_generation || !m_running) {
                       return;
                   }
                   if (!stored) {
                       fail(stored.error());
                       return;
                   }
                   m_progress.newPendingComments += stored->newPending;
                   for (const qint64 id : stored->ids) {
                       stage->listedIds.insert(id);
                   }
                   pageStored(stage, page, stored->count, stored->newest);
               });
}

int SyncEngine::sumOf(const QHash<QString, int>& counts)
{
    int sum = 0;
    for (const int count : counts) {
        sum += count;
    }
    return sum;
}

void SyncEngine::launchMore(std::shared_ptr<Stage> stage)
{
    while (stage->inFlight < m_concurrency && stage->nextToFetch <= stage->totalPages) {
        fetchPage(stage, stage->nextToFetch++);
    }
}

void SyncEngine::pageStored(std::shared_ptr<Stage> stage, int page, int count, const QDateTime& newest)
{
    stage->stored.insert(page);
    if (newest.isValid()) {
        stage->newest = std::max(stage->newest, newest);
    }
    m_progress.items += count;
    m_progress.resource = syncResourceName(stage->resource);
    m_pagesDone[syncResourceName(stage->resource)] = int(stage->stored.size());
    m_progress.pagesDone = sumOf(m_pagesDone);
    Q_EMIT progressChanged(m_progress);
    const int before = stage->resumeFrom;
    while (stage->stored.contains(stage->resumeFrom)) {
        ++stage->resumeFrom;
    }
    if (stage->resumeFrom > stage->totalPages || stage->totalPages == 0) {
        if (stage->inFlight == 0 && stage->resumeFrom > stage->nextToFetch - 1) {
            finishStage(stage);
        }
        return;
    }
    if (stage->resumeFrom != before) {
        SyncState running = stage->state;
        running.runAfter = stage->after;
        running.nextPage = stage->resumeFrom;
        running.totalPages = stage->totalPages;
        const qint64 siteId = m_client.site().id;
        m_storage.run([siteId, resource = stage->resource, running, clock = m_clock](Database& db) {
            return SyncRepository(db, clock).saveState(siteId, syncResourceName(resource), running);
        });
    }
    launchMore(stage);
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
    // The whole hold queue when it was last read (or all comments were) longer ago than the short lists.
    m_reconciler->setHoldQueueDue(!stage->askedAt.isValid() || stage->askedAt <= m_clock->nowUtc().addSecs(-m_listRefreshSecs));
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
