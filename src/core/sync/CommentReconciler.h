#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/moderation/TriageRules.h"
#include "core/remote/WpJson.h"

#include <QObject>
#include <QSet>

#include <memory>

namespace longhand {

class StorageExecutor;
class WordPressClient;

// Catches a blog's comments up after the first full pull. REST comments have no modified date, so:
//  0. new comments: newest id first (status=any, full fields) until a page reaches an id already
//     stored — one request when nothing is new;
// then the statuses changed on the web, with small requests (_fields=id,status):
//  1. the whole hold queue (what a moderator acts on; usually short),
//  2. the newest comments (default 500; where most web moderation happens),
//  3. comments the cache still thinks are held but that neither pass saw, by id (include=…, 100 a
//     request); one that is not found there either is checked alone and, on 404, marked deleted.
// Comments with a local action waiting keep their local status (the replay checks them itself).
class CommentReconciler final : public QObject
{
    Q_OBJECT

public:
    CommentReconciler(StorageExecutor& storage, WordPressClient& client, std::shared_ptr<Clock> clock = Clock::system(),
                      QObject* parent = nullptr);

    void setRecentWindow(int comments) { m_recentPages = std::max(1, (comments + 99) / 100); }
    void setTriageSettings(const TriageSettings& settings) { m_triage = settings; }

public Q_SLOTS:
    void start();

Q_SIGNALS:
    void progressed(int newComments, int newPending);
    void finished(const longhand::Status& status);

private:
    enum class Pass { Hold, Recent };
    void fetchNew(int page);
    void fetchList(Pass pass, int page);
    void listFetched(Pass pass, int page, int totalPages, const QList<RemoteCommentStatus>& items);
    void lookUpMissing();
    void lookUpBatch();
    void checkAlone();
    void store(const QList<RemoteCommentStatus>& items, std::function<void()> next);
    void fail(const Error& error);

    StorageExecutor& m_storage;
    WordPressClient& m_client;
    std::shared_ptr<Clock> m_clock;
    int m_recentPages = 5;
    qint64 m_maxKnownId = 0;
    TriageSettings m_triage;
    bool m_done = false;
    QSet<qint64> m_seen;
    QList<qint64> m_missing;   // believed held, not seen by the passes
    QList<qint64> m_unresolved; // not found by id lookups either
};

} // namespace longhand
