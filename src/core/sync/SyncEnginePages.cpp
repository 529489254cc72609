// SyncEngine: the page pump. Every list (posts, pages, terms, media, comments) is read page by page through one
// budget of requests in flight (m_concurrency); a page is stored on the storage thread (posts parsed first on a
// pool thread), and the next pages are asked only as fast as pages are stored. The stage's resume point moves
// over the pages stored without a gap, so a run cut off anywhere resumes at the first page not stored.
#include "core/sync/SyncEngine.h"

#include "core/FutureUtils.h"
#include "core/Logging.h"
#include "core/blog/BlogClient.h"
#include "core/storage/StorageExecutor.h"
#include "core/storage/SyncRepository.h"
#include "core/sync/SyncEngineStage.h"
#include "core/sync/SyncPages.h"

#include <QtConcurrent/QtConcurrentRun>

namespace longhand {

using namespace syncpages;

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
    if (stage->byIds) {
        request.ids = idsOfPage(page);
        request.page = 1;
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
    const int page = stage->byIds ? pageOfIds(request) : request.page;
    onFinished(m_client.list(request), this, [this, stage, page](const Result<ListPage>& result) {
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
        if (stage->byIds) {
            // A range's count is of its ids, and a range without comments is no end of the list.
        } else if (!m_client.capabilities().hasTotalCounts) {
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
        if (!stage->byIds && m_client.capabilities().hasTotalCounts && page < stage->totalPages && result->decoder->isEmpty(result->body)) {
            // An empty page ends the list, whatever the page count said: a page count that lies must not send
            // the sync through a million empty pages.
            stage->totalPages = page;
            m_pagesTotal[syncResourceName(stage->resource)] = page;
            m_progress.pagesTotal = sumOf(m_pagesTotal);
        }
        ++stage->unstored;
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
                   --stage->unstored;
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
                   --stage->unstored;
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

// Pages are asked only as fast as they are stored: a page answered but not yet stored waits in memory (a page of
// 100 comments is ~70 KB of JSON, and storing it costs more than fetching it), so a list of 300,000 comments would
// otherwise pile up on the storage thread's queue. At most twice the requests in flight wait per list.
void SyncEngine::launchMore(std::shared_ptr<Stage> stage)
{
    while (stage->inFlight < m_concurrency && stage->inFlight + stage->unstored < 2 * m_concurrency
           && stage->nextToFetch <= stage->totalPages) {
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
        recordRun(stage); // the new resume point
    }
    launchMore(stage);
}

} // namespace longhand
