#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/moderation/TriageRules.h"
#include "core/remote/WpJson.h"
#include "core/storage/CommentRepository.h"

#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

namespace longhand {

class StorageExecutor;
class WordPressClient;

// Catches a blog's comments up after the first full pull. REST comments have no modified date, so
// the newest comments are listed by id with their status only (_fields=id,status, status=any):
//  1. the newest page (100) tells which comments are new (ids above the newest stored): those are
//     asked for whole by id (include=…); when the whole page is new, new comments are read whole,
//     newest first, until a page reaches a stored id, and the newest page is listed again;
//  2. the newest comments after that first page (default 500 in all; where most web moderation
//     happens) — asked at once once the first page says how many there are;
//  3. when due (the caller says; every 15 minutes in the app), beside those, the whole hold queue:
//     it finds an older comment put back on hold on the web, which nothing else would;
//  4. comments the cache still thinks are held but that no pass saw, by id (include=…, 100 a
//     request, four in flight): so every held comment is checked every sync, due or not; one that is not found
//     there either is checked alone and, on 404, marked deleted.
// With nothing new and every held comment among the newest, a catch-up is one small request.
// Comments with a local action waiting keep their local status (the replay checks them itself).
class CommentReconciler final : public QObject
{
    Q_OBJECT

public:
    CommentReconciler(StorageExecutor& storage, WordPressClient& client, std::shared_ptr<Clock> clock = Clock::system(),
                      QObject* parent = nullptr);

    void setRecentWindow(int comments) { m_recentPages = std::max(1, (comments + 99) / 100); }
    void setTriageSettings(const TriageSettings& settings) { m_triage = settings; }
    // Whether the whole hold queue is read in this catch-up (step 3); the caller keeps when it last was.
    void setHoldQueueDue(bool due) { m_holdDue = due; }
    bool holdQueueDue() const { return m_holdDue; }

public Q_SLOTS:
    void start();

Q_SIGNALS:
    void progressed(int newComments, int newPending);
    void finished(const longhand::Status& status);

private:
    enum class Pass { Hold = 0, Recent = 1 };
    struct Stored
    {
        CommentUpsertCounts counts;
        QList<qint64> ids;
    };
    void fetchNew(int page);
    void fetchIncluded(const QList<qint64>& ids, std::function<void()> next);
    void storeComments(const QByteArray& body, std::function<void(const Stored&)> next);
    void fetchList(Pass pass, int page);
    void listFetched(Pass pass, int page, int totalPages, const QList<RemoteCommentStatus>& items);
    void pageDone(Pass pass, int page, int totalPages);
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
    int m_passesLeft = 0;
    int m_pagesLeft[2] = {0, 0}; // of each pass, after its first page
    bool m_holdDue = true;
    bool m_readNew = false;       // new comments were read whole, newest first, in this catch-up
    qint64 m_newestRead = 0;
    int m_lookUpsInFlight = 0;
    QList<qint64> m_missing;   // believed held, not seen by the passes
    QList<qint64> m_unresolved; // not found by id lookups either
};

} // namespace longhand
