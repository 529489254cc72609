#include "core/sync/PostReconciler.h"

#include "core/FutureUtils.h"
#include "core/Logging.h"
#include "core/storage/StorageExecutor.h"

#include <QCoreApplication>
#include <QPointer>

namespace longhand {

namespace {

constexpr int kIdsPerRequest = 100;
constexpr int kNoCount = -1;          // m_serverTotal when the blog gives no count (Capabilities::hasTotalCounts)
constexpr int kMaxListedPages = 1000; // listPages: 100,000 posts

// Ids and statuses of posts: of every status, or of the trash; perPage of them.
ListRequest idRequest(ListRequest::Status status, int perPage, const QList<qint64>& ids = {})
{
    ListRequest request;
    request.kind = ListKind::Posts;
    request.perPage = perPage;
    request.detail = ListRequest::Detail::IdAndStatus;
    request.status = status;
    request.ids = ids;
    return request;
}

} // namespace

PostReconciler::PostReconciler(StorageExecutor& storage, BlogClient& client, std::shared_ptr<Clock> clock, QObject* parent)
    : QObject(parent)
    , m_storage(storage)
    , m_client(client)
    , m_clock(std::move(clock))
{
}

PostReconciler::~PostReconciler() = default;

GoneTexts PostReconciler::texts()
{
    return GoneTexts {
        QCoreApplication::translate("PostReconciler", "“%1” was deleted on the blog. This copy is no longer linked to it; "
                                                      "publishing it creates a new post."),
        QCoreApplication::translate("PostReconciler", "“%1” was moved to the trash on the blog. This copy is no longer linked "
                                                      "to it; publishing it creates a new post."),
        QCoreApplication::translate("PostReconciler", "“%1” is no longer on the blog (deleted or moved to its trash). It is kept "
                                                      "as a local draft; retry to publish it as a new post."),
    };
}

void PostReconciler::start()
{
    if (!m_client.capabilities().hasTotalCounts) {
        m_serverTotal = kNoCount; // nothing to count with: the posts are listed once they are stored
        compare();
        return;
    }
    // One id is enough: the answer that matters is the page's total (REST: the X-WP-Total header).
    fetch(idRequest(ListRequest::Status::Any, 1), [this](const Result<ListPage>& page) {
                   if (m_finished) {
                       return;
                   }
                   if (!page) {
                       finish(page.error());
                       return;
                   }
                   m_serverTotal = page->total;
                   Q_EMIT counted(page->total);
                   compare();
               });
}

void PostReconciler::setServerTotal(int total)
{
    if (m_finished) {
        return;
    }
    if (!m_client.capabilities().hasTotalCounts) {
        m_serverTotal = kNoCount;
        compare();
        return;
    }
    m_serverTotal = total;
    Q_EMIT counted(total);
    compare();
}

void PostReconciler::postsStored()
{
    m_postsStored = true;
    compare();
}

void PostReconciler::compare()
{
    if (!m_serverTotal || !m_postsStored || m_finished) {
        return;
    }
    const qint64 siteId = m_client.site().id;
    onFinished(m_storage.run([siteId, clock = m_clock](Database& db) { return PostRepository(db, clock).linkedRemoteIds(siteId); }),
               this, [this](const Result<QList<qint64>>& linked) {
                   if (m_finished) {
                       return;
                   }
                   if (!linked) {
                       finish(linked.error());
                       return;
                   }
                   if (linked->isEmpty()) {
                       finish({});
                       return;
                   }
                   if (*m_serverTotal == kNoCount || !m_client.capabilities().canListByIds) {
                       listPresent(linked.value());
                       return;
                   }
                   if (linked->size() <= *m_serverTotal) {
                       finish({});
                       return;
                   }
                   qCInfo(lcNet) << "The cache holds" << linked->size() << "posts of the blog, the blog lists" << *m_serverTotal
                                 << "- looking for posts deleted on the web";
                   askPresent(linked.value());
               });
}

void PostReconciler::askPresent(const QList<qint64>& linked)
{
    m_missing = QSet<qint64>(linked.cbegin(), linked.cend());
    m_requestsLeft = int((linked.size() + kIdsPerRequest - 1) / kIdsPerRequest);
    for (qsizetype from = 0; from < linked.size(); from += kIdsPerRequest) {
        fetch(idRequest(ListRequest::Status::Any, kIdsPerRequest, linked.mid(from, kIdsPerRequest)), [this](const Result<ListPage>& page) {
            if (m_finished) {
                return;
            }
            auto present = page ? page->decoder->statuses(page->body) : Result<QList<RemoteCommentStatus>>(page.error());
            if (!present) {
                finish(present.error());
                return;
            }
            for (const RemoteCommentStatus& post : present.value()) {
                m_missing.remove(post.id);
            }
            if (--m_requestsLeft == 0) {
                askTrashed();
            }
        });
    }
}

// Without a count or a listing by id (XML-RPC): every post of the blog is listed, then its trash, page by page
// until a page says it is the last (ListPage::more); what neither lists was deleted.
void PostReconciler::listPresent(const QList<qint64>& linked)
{
    m_missing = QSet<qint64>(linked.cbegin(), linked.cend());
    listPages(ListRequest::Status::Any, 1, [this](const QList<RemoteCommentStatus>& page) {
        for (const RemoteCommentStatus& post : page) {
            m_missing.remove(post.id);
        }
    }, [this] {
        if (m_missing.isEmpty()) {
            finish({});
            return;
        }
        listPages(ListRequest::Status::Trash, 1, [this](const QList<RemoteCommentStatus>& page) {
            for (const RemoteCommentStatus& post : page) {
                if (m_missing.contains(post.id)) {
                    m_trashed.insert(post.id);
                }
            }
        }, [this] { detach(); });
    });
}

void PostReconciler::listPages(ListRequest::Status status, int page, std::function<void(const QList<RemoteCommentStatus>&)> each,
                               std::function<void()> done)
{
    ListRequest request = idRequest(status, kIdsPerRequest);
    request.page = page;
    fetch(request, [this, status, page, each, done](const Result<ListPage>& answer) {
        if (m_finished) {
            return;
        }
        auto listed = answer ? answer->decoder->statuses(answer->body) : Result<QList<RemoteCommentStatus>>(answer.error());
        if (!listed) {
            if (listed.error().meaning == Error::Meaning::PastLastPage) {
                done();
                return;
            }
            finish(listed.error());
            return;
        }
        each(listed.value());
        if (answer->more && !listed->isEmpty() && page < kMaxListedPages) {
            listPages(status, page + 1, each, done);
            return;
        }
        done();
    });
}

void PostReconciler::askTrashed()
{
    if (m_missing.isEmpty()) {
        finish({});
        return;
    }
    QList<qint64> missing(m_missing.cbegin(), m_missing.cend());
    std::sort(missing.begin(), missing.end());
    m_requestsLeft = int((missing.size() + kIdsPerRequest - 1) / kIdsPerRequest);
    for (qsizetype from = 0; from < missing.size(); from += kIdsPerRequest) {
        fetch(idRequest(ListRequest::Status::Trash, kIdsPerRequest, missing.mid(from, kIdsPerRequest)), [this](const Result<ListPage>& page) {
            if (m_finished) {
                return;
            }
            auto trashed = page ? page->decoder->statuses(page->body) : Result<QList<RemoteCommentStatus>>(page.error());
            if (!trashed) {
                finish(trashed.error());
                return;
            }
            for (const RemoteCommentStatus& post : trashed.value()) {
                if (m_missing.contains(post.id)) {
                    m_trashed.insert(post.id);
                }
            }
            if (--m_requestsLeft == 0) {
                detach();
            }
        });
    }
}

void PostReconciler::detach()
{
    QList<qint64> missing(m_missing.cbegin(), m_missing.cend());
    std::sort(missing.begin(), missing.end());
    const qint64 siteId = m_client.site().id;
    onFinished(m_storage.run([siteId, missing, trashed = m_trashed, texts = texts(), clock = m_clock](Database& db) {
                   return PostRepository(db, clock).detachGoneFromBlog(siteId, missing, trashed, texts);
               }),
               this, [this](const Result<QList<GonePost>>& gone) {
                   if (m_finished) {
                       return;
                   }
                   if (!gone) {
                       finish(gone.error());
                       return;
                   }
                   for (const GonePost& post : gone.value()) {
                       qCInfo(lcNet) << "Post" << post.remoteId << (post.trashedOnBlog ? "was trashed" : "was deleted") << "on the blog;"
                                     << (post.keptAsDraft ? "kept as a local draft" : "moved to the local trash");
                   }
                   finish({}, gone.value());
               });
}

void PostReconciler::fetch(const ListRequest& request, std::function<void(const Result<ListPage>&)> done)
{
    // The answer may come after this reconciler is gone (a cancelled sync).
    auto guarded = [self = QPointer<PostReconciler>(this), done = std::move(done)](const Result<ListPage>& page) {
        if (self) {
            done(page);
        }
    };
    if (m_fetch) {
        m_fetch(request, std::move(guarded));
        return;
    }
    onFinished(m_client.list(request), this, std::move(guarded));
}

void PostReconciler::finish(const Status& status, const QList<GonePost>& gone)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    Q_EMIT finished(status, gone);
}

} // namespace longhand
