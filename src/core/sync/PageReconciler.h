#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/storage/PostRepository.h"

#include <QList>
#include <QObject>
#include <QSet>

#include <memory>

namespace longhand {

class StorageExecutor;
class BlogClient;

// Finds the pages the blog no longer has (issue 15 item 1). A sync lists a blog's pages whole (ListKind::Pages), so
// once that listing is complete a cached page whose id it did not hold may be gone. Each such page is then asked for
// by id (BlogClient::fetchPost; a page removed during the walk may have shifted another one past the listing):
// not found is deleted, status trash is in the blog's trash, anything else is still there. The gone ones go through
// PostRepository::detachGoneFromBlog, as posts do (kept as a draft when anything is unpushed, else to the local
// trash). Asked one at a time, at most kMaxAsked a sync (the rest the next one): a blog loses few pages at once.
class PageReconciler final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxAsked = 50;

    PageReconciler(StorageExecutor& storage, BlogClient& client, std::shared_ptr<Clock> clock = Clock::system(),
                   QObject* parent = nullptr);
    ~PageReconciler() override;

    // The notices written on a gone page and its queued publication.
    static GoneTexts texts();

    // listed: the ids of the complete listing of pages this sync read.
    void reconcile(const QSet<qint64>& listed);

Q_SIGNALS:
    void finished(const longhand::Status& status, const QList<longhand::GonePost>& gone);

private:
    void askNext();
    void detach();
    void finish(const Status& status, const QList<GonePost>& gone = {});

    StorageExecutor& m_storage;
    BlogClient& m_client;
    std::shared_ptr<Clock> m_clock;
    QList<qint64> m_toAsk;  // cached pages the listing did not hold, not asked yet
    QList<qint64> m_gone;   // confirmed gone (deleted or trashed)
    QSet<qint64> m_trashed; // of those, in the blog's trash
    bool m_finished = false;
};

} // namespace longhand
