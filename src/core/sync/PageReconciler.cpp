#include "core/sync/PageReconciler.h"

#include "core/FutureUtils.h"
#include "core/Logging.h"
#include "core/blog/BlogClient.h"
#include "core/storage/StorageExecutor.h"

#include <QCoreApplication>
#include <QPointer>

#include <algorithm>

namespace longhand {

PageReconciler::PageReconciler(StorageExecutor& storage, BlogClient& client, std::shared_ptr<Clock> clock, QObject* parent)
    : QObject(parent)
    , m_storage(storage)
    , m_client(client)
    , m_clock(std::move(clock))
{
}

PageReconciler::~PageReconciler() = default;

GoneTexts PageReconciler::texts()
{
    return GoneTexts {
        QCoreApplication::translate("PageReconciler", "The page “%1” was deleted on the blog. This copy is no longer linked to it; "
                                                      "publishing it creates a new page."),
        QCoreApplication::translate("PageReconciler", "The page “%1” was moved to the trash on the blog. This copy is no longer "
                                                      "linked to it; publishing it creates a new page."),
        QCoreApplication::translate("PageReconciler", "The page “%1” is no longer on the blog (deleted or moved to its trash). It is "
                                                      "kept as a local draft; retry to publish it as a new page."),
    };
}

void PageReconciler::reconcile(const QSet<qint64>& listed)
{
    const qint64 siteId = m_client.site().id;
    onFinished(m_storage.run([siteId, clock = m_clock](Database& db) { return PostRepository(db, clock).linkedRemoteIds(siteId, PostType::Page); }),
               this, [this, listed](const Result<QList<qint64>>& linked) {
                   if (m_finished) {
                       return;
                   }
                   if (!linked) {
                       finish(linked.error());
                       return;
                   }
                   for (const qint64 id : linked.value()) {
                       if (!listed.contains(id) && m_toAsk.size() < kMaxAsked) {
                           m_toAsk.append(id);
                       }
                   }
                   if (!m_toAsk.isEmpty()) {
                       qCInfo(lcNet) << m_toAsk.size() << "cached pages are not in the blog's list of pages - asking for them";
                   }
                   askNext();
               });
}

void PageReconciler::askNext()
{
    if (m_finished) {
        return;
    }
    if (m_toAsk.isEmpty()) {
        detach();
        return;
    }
    const qint64 id = m_toAsk.takeFirst();
    // The answer may come after this reconciler is gone (a cancelled sync).
    onFinished(m_client.fetchPost(id, PostType::Page), this, [self = QPointer<PageReconciler>(this), id](const Result<RemotePost>& page) {
        if (!self || self->m_finished) {
            return;
        }
        if (!page) {
            if (page.error().code != Error::Code::RemoteNotFound) {
                self->finish(page.error());
                return;
            }
            self->m_gone.append(id);
        } else if (page->status == QLatin1String("trash")) {
            self->m_gone.append(id);
            self->m_trashed.insert(id);
        }
        self->askNext();
    });
}

void PageReconciler::detach()
{
    if (m_gone.isEmpty()) {
        finish({});
        return;
    }
    std::sort(m_gone.begin(), m_gone.end());
    const qint64 siteId = m_client.site().id;
    onFinished(m_storage.run([siteId, gone = m_gone, trashed = m_trashed, texts = texts(), clock = m_clock](Database& db) {
                   return PostRepository(db, clock).detachGoneFromBlog(siteId, gone, trashed, texts);
               }),
               this, [this](const Result<QList<GonePost>>& gone) {
                   if (m_finished) {
                       return;
                   }
                   if (!gone) {
                       finish(gone.error());
                       return;
                   }
                   for (const GonePost& page : gone.value()) {
                       qCInfo(lcNet) << "Page" << page.remoteId << (page.trashedOnBlog ? "was trashed" : "was deleted") << "on the blog;"
                                     << (page.keptAsDraft ? "kept as a local draft" : "moved to the local trash");
                   }
                   finish({}, gone.value());
               });
}

void PageReconciler::finish(const Status& status, const QList<GonePost>& gone)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    Q_EMIT finished(status, gone);
}

} // namespace longhand
