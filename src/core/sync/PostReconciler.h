#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/blog/BlogClient.h"
#include "core/domain/Site.h"
#include "core/storage/PostRepository.h"

#include <QList>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace longhand {

class StorageExecutor;
class BlogClient;

// Finds the posts the blog no longer has (deleted, or moved to its trash, on the web) and lets the
// cache know, without making a sync with nothing new cost more than one small request:
//   1. at the start of the sync, the blog's count of posts of every status (ListPage::total of a page of one id
//      and status; REST: X-WP-Total) — runs beside the other lists; after the first pull the engine's posts probe
//      (same list, newest first) brings it instead. Needs Capabilities::hasTotalCounts;
//   2. once the posts are pulled, the count of posts the cache holds linked to the blog. Equal or fewer:
//      nothing was removed (a removal makes the cache hold more than the blog lists) — done;
//   3. more: the cached ids are asked for by id (ListRequest::ids, 100 a request, every status; needs
//      Capabilities::canListByIds), so a removal during the walk cannot shift a page and hide a post that still
//      exists; those not listed are asked for in the trash, to tell "in the blog's trash" from "deleted";
//   Without a count or a listing by id (XML-RPC), step 1 is skipped and step 3 lists every post of the blog and then
//   its trash, ids and statuses, page by page (ListPage::more);
//   4. PostRepository::detachGoneFromBlog: unlinked, noticed, kept as a draft when anything is unpushed,
//      else moved to the local trash.
// A post created on the web during the sync can only make the blog's count larger (checked next time).
class PostReconciler final : public QObject
{
    Q_OBJECT

public:
    PostReconciler(StorageExecutor& storage, BlogClient& client, std::shared_ptr<Clock> clock = Clock::system(),
                   QObject* parent = nullptr);
    ~PostReconciler() override;

    // How a page of posts is asked for; by default straight from the client. The sync engine passes its
    // own, so these requests share its budget of requests in flight.
    using PageFetch = std::function<void(const ListRequest& request, std::function<void(const Result<ListPage>&)> done)>;
    void setPageFetch(PageFetch fetch) { m_fetch = std::move(fetch); }

    // The notices written on a gone post and its queued publication (translated by the caller's context).
    static GoneTexts texts();

    // Step 1: asks the blog how many posts it lists.
    void start();
    // Step 1 answered elsewhere: the sync engine's posts probe carries the same X-WP-Total.
    void setServerTotal(int total);
    // The posts list is stored: compare and, if needed, find the gone ones.
    void postsStored();

Q_SIGNALS:
    // The blog's X-WP-Total for status=any (the same list a first pull walks).
    void counted(int total);
    void finished(const longhand::Status& status, const QList<longhand::GonePost>& gone);

private:
    void compare();
    void askPresent(const QList<qint64>& linked);
    void askTrashed();
    void listPresent(const QList<qint64>& linked);
    void listPages(ListRequest::Status status, int page, std::function<void(const QList<RemoteCommentStatus>&)> each,
                   std::function<void()> done);
    void detach();
    void finish(const Status& status, const QList<GonePost>& gone = {});
    void fetch(const ListRequest& request, std::function<void(const Result<ListPage>&)> done);

    StorageExecutor& m_storage;
    BlogClient& m_client;
    std::shared_ptr<Clock> m_clock;
    PageFetch m_fetch;
    std::optional<int> m_serverTotal;
    bool m_postsStored = false;
    bool m_finished = false;
    int m_requestsLeft = 0;
    QSet<qint64> m_missing;    // cached ids the blog does not list (yet to be confirmed)
    QSet<qint64> m_trashed;    // of those, the ones in the blog's trash
};

} // namespace longhand
