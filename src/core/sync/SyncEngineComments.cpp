// SyncEngine: the first pull of a blog's comments by ranges of ids (issue 16, a blog of 300,000 comments).
// WordPress counts every comment of a listing on each page it serves (SQL_CALC_FOUND_ROWS for X-WP-Total): at
// 300,000 comments every page of `status=any` costs 0.15–0.2 s of MySQL whatever its offset, more than PHP's own
// work. A page asked as include= of 100 ids costs only those rows. So, where the backend lists by ids, one small
// request first asks the newest id and the count; when the ids are dense enough (at most twice as many ranges as
// pages), page N is the ids (N-1)·100+1 … N·100. Ids are immutable and a range is the same range on a resumed run
// (the mode is kept in app_state until the list is complete); a comment written during the pull has a newer id
// than the last range and is the catch-up's (its mark is the newest stored id, the newest pass lists above it).
#include "core/sync/SyncEngine.h"

#include "core/FutureUtils.h"
#include "core/Logging.h"
#include "core/blog/BlogClient.h"
#include "core/storage/AppStateRepository.h"
#include "core/storage/StorageExecutor.h"
#include "core/sync/SyncEngineStage.h"
#include "core/sync/SyncPages.h"

namespace longhand {

using namespace syncpages;

QString SyncEngine::commentsByIdsKey(qint64 siteId)
{
    return QStringLiteral("sync/%1/comments/by_ids").arg(siteId);
}

bool SyncEngine::pullsCommentsByIds(const std::shared_ptr<Stage>& stage) const
{
    return stage->resource == SyncResource::Comments && m_client.capabilities().canListByIds
           && m_client.capabilities().hasTotalCounts;
}

// The newest comment and the blog's count: which way to page.
void SyncEngine::probeComments(std::shared_ptr<Stage> stage)
{
    ListRequest request;
    request.kind = ListKind::Comments;
    request.perPage = 1;
    request.detail = ListRequest::Detail::IdAndStatus;
    request.status = ListRequest::Status::Any;
    request.order = ListRequest::Order::IdDescending;
    ++m_requestsInFlight;
    onFinished(m_client.list(request), this, [this, stage](const Result<ListPage>& result) {
        --m_requestsInFlight;
        pump();
        if (stage->generation != m_generation || !m_running) {
            return;
        }
        if (!result) {
            fail(result.error());
            return;
        }
        auto items = result->decoder->statuses(result->body);
        if (!items) {
            fail(items.error());
            return;
        }
        const qint64 newest = items->isEmpty() ? 0 : items->constFirst().id;
        const qint64 ranges = (newest + m_perPage - 1) / m_perPage;
        const qint64 pages = (qint64(result->total) + m_perPage - 1) / m_perPage;
        if (newest <= 0 || ranges > 2 * pages + 1 || ranges > m_maxPages) {
            qCInfo(lcNet) << "Comments: newest id" << newest << "for" << result->total << "comments: read by page";
            // A mark left by a run cut off before it recorded itself must not make this one resume by ids.
            const qint64 siteId = m_client.site().id;
            m_storage.run([siteId](Database& db) { return AppStateRepository(db).remove(commentsByIdsKey(siteId)); });
            beginFetching(stage);
            return;
        }
        qCInfo(lcNet) << "Comments: newest id" << newest << "for" << result->total << "comments: read by ids," << ranges << "ranges";
        stage->byIds = true;
        stage->totalPages = int(ranges);
        m_pagesTotal[syncResourceName(stage->resource)] = stage->totalPages;
        m_progress.pagesTotal = sumOf(m_pagesTotal);
        const qint64 siteId = m_client.site().id;
        // Before the run is recorded (one storage thread, in order): a resumed run pages the same way.
        m_storage.run([siteId](Database& db) { return AppStateRepository(db).setValue(commentsByIdsKey(siteId), QStringLiteral("1")); });
        recordRun(stage);
        beginFetching(stage);
    });
}

QList<qint64> SyncEngine::idsOfPage(int page) const
{
    QList<qint64> ids;
    ids.reserve(m_perPage);
    for (qint64 id = qint64(page - 1) * m_perPage + 1; id <= qint64(page) * m_perPage; ++id) {
        ids.append(id);
    }
    return ids;
}

int SyncEngine::pageOfIds(const ListRequest& request) const
{
    return request.ids.isEmpty() ? request.page : int((request.ids.constFirst() - 1) / m_perPage + 1);
}

} // namespace longhand
