#include "core/sync/CommentReconciler.h"

#include "core/FutureUtils.h"
#include "core/Logging.h"
#include "core/storage/AppStateRepository.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/StorageExecutor.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace longhand {

namespace {

constexpr int kMaxHoldPages = 1000; // 100,000 held comments: past that the hold queue is not a queue

// Comments asked for by id (a page holds up to 100).
// Comments of any status, newest id first (or only the ids given), whole or only their ids and statuses.
ListRequest commentsRequest(ListRequest::Detail detail, int page = 1, const QList<qint64>& ids = {})
{
    ListRequest request;
    request.kind = ListKind::Comments;
    request.page = page;
    request.perPage = 100;
    request.detail = detail;
    request.status = ListRequest::Status::Any;
    request.ids = ids;
    if (ids.isEmpty()) {
        request.order = ListRequest::Order::IdDescending;
    }
    return request;
}

} // namespace

QString CommentReconciler::caughtUpKey(qint64 siteId)
{
    return QStringLiteral("sync/%1/comments/caught_up_id").arg(siteId);
}

CommentReconciler::CommentReconciler(StorageExecutor& storage, BlogClient& client, std::shared_ptr<Clock> clock,
                                     QObject* parent)
    : QObject(parent)
    , m_storage(storage)
    , m_client(client)
    , m_clock(std::move(clock))
{
}

void CommentReconciler::start()
{
    m_done = false;
    m_seen.clear();
    m_missing.clear();
    m_unresolved.clear();
    for (PassState& pass : m_passes) {
        pass = PassState {};
    }
    m_readNew = false;
    m_newestRead = 0;
    m_newestListed = 0;
    m_recentOldest = 0;
    m_lookUpsInFlight = 0;
    m_heldOnBlog = -1;
    m_holdStarted = false;
    m_probeListed = 0;
    m_probeOldest = 0;
    m_holdPages = 0;
    m_checkedFrom = 0;
    const qint64 siteId = m_client.site().id;
    onFinished(m_storage.run([siteId, clock = m_clock](Database& db) -> Result<qint64> {
                   // Every comment up to this id was read (or listed and asked for); before the mark existed, the newest stored.
                   auto mark = AppStateRepository(db).value(caughtUpKey(siteId));
                   if (mark && !mark->isEmpty()) {
                       return mark->toLongLong();
                   }
                   return CommentRepository(db, clock).maxRemoteId(siteId);
               }),
               this, [this](const Result<qint64>& mark) {
                   if (m_done) {
                       return;
                   }
                   if (!mark) {
                       fail(mark.error());
                       return;
                   }
                   m_caughtUpTo = m_caughtUpLoaded = m_caughtUpAtStart = mark.value();
                   m_passesLeft = 2;
                   fetchList(Pass::Recent, 1);
                   if (m_holdDue) {
                       startHoldPass();
                   } // else the probe, once the newest page says the newest pass does not list every comment

               });
}

// Parsed and stored on the storage thread, like every other page.
void CommentReconciler::storeComments(const ListPage& answer, std::function<void(const Stored&)> next)
{
    const qint64 siteId = m_client.site().id;
    onFinished(m_storage.run([siteId, answer, triage = m_triage, clock = m_clock](Database& db) -> Result<Stored> {
                   auto comments = answer.decoder->comments(answer.body);
                   if (!comments) {
                       return comments.error();
                   }
                   auto counts = CommentRepository(db, clock).upsertComments(siteId, comments.value(), TriageRules(triage));
                   if (!counts) {
                       return counts.error();
                   }
                   Stored stored {counts.value(), {}};
                   for (const RemoteComment& comment : comments.value()) {
                       stored.ids.append(comment.id);
                   }
                   return stored;
               }),
               this, [this, next = std::move(next)](const Result<Stored>& stored) {
                   if (m_done) {
                       return;
                   }
                   if (!stored) {
                       fail(stored.error());
                       return;
                   }
                   for (const qint64 id : stored->ids) {
                       m_seen.insert(id);
                   }
                   Q_EMIT progressed(stored->counts.inserted, stored->counts.newPending);
                   next(stored.value());
               });
}

// More new comments than one page of the newest holds: read whole, newest first, until a stored id.
void CommentReconciler::fetchNew(int page)
{
    onFinished(m_client.list(commentsRequest(ListRequest::Detail::Full, page)), this, [this, page](const Result<ListPage>& result) {
        if (m_done) {
            return;
        }
        if (!result) {
            fail(result.error());
            return;
        }
        storeComments(result.value(), [this, page, totalPages = result->totalPages](const Stored& stored) {
            qint64 oldest = std::numeric_limits<qint64>::max();
            qint64 newest = 0;
            for (const qint64 id : stored.ids) {
                oldest = std::min(oldest, id);
                newest = std::max(newest, id);
            }
            m_newestRead = std::max(m_newestRead, newest);
            if (stored.ids.size() == 100 && oldest > m_caughtUpTo && page < totalPages) {
                fetchNew(page + 1);
                return;
            }
            // Caught up (a read cut off before here is read again next time: the mark moves only now).
            m_caughtUpTo = std::max(m_caughtUpTo, m_newestRead);
            saveCaughtUp([this] {
                fetchList(Pass::Recent, 1); // the newest page again, for its statuses (what came meanwhile is asked by id)
            });
        });
    });
}

void CommentReconciler::fetchIncluded(const QList<qint64>& ids, std::function<void()> next)
{
    onFinished(m_client.list(commentsRequest(ListRequest::Detail::Full, 1, ids)), this,
               [this, next = std::move(next)](const Result<ListPage>& result) {
                   if (m_done) {
                       return;
                   }
                   if (!result) {
                       fail(result.error());
                       return;
                   }
                   storeComments(result.value(), [next](const Stored&) { next(); });
               });
}

void CommentReconciler::fetchList(Pass pass, int page)
{
    ListRequest request = commentsRequest(ListRequest::Detail::IdAndStatus, page);
    request.status = pass == Pass::Hold ? ListRequest::Status::Held : ListRequest::Status::Any;
    // After its first page, the newest pass asks the 100 ids below, then the 100 below those, by id: WordPress
    // counts every comment of the blog for X-WP-Total on each page of a listing (SQL_CALC_FOUND_ROWS, 0.15–0.2 s of
    // MySQL at 300,000 comments whatever the page), but only the ids asked for with include=.
    const bool byIds = pass == Pass::Recent && page > 1;
    if (byIds) {
        const qint64 high = m_recentOldest - 1 - qint64(page - 2) * 100;
        if (high < 1) {
            listFetched(pass, page, page - 1, {}); // below the first comment: the pass ends here
            return;
        }
        QList<qint64> ids;
        for (qint64 id = high; id >= std::max<qint64>(1, high - 99); --id) {
            ids.append(id);
        }
        request = commentsRequest(ListRequest::Detail::IdAndStatus, 1, ids);
    }
    fetchStatuses(request, [this, pass, page, byIds](const Result<ListPage>& result, const QList<RemoteCommentStatus>& items) {
        if (!result) { // the list shrank meanwhile: it ends here
            listFetched(pass, page, page - 1, {});
            return;
        }
        if (pass == Pass::Recent && page == 1) {
            m_recentOldest = items.isEmpty() ? 0 : std::numeric_limits<qint64>::max();
            for (const RemoteCommentStatus& item : items) {
                m_recentOldest = std::min(m_recentOldest, item.id);
            }
        }
        if (byIds) {
            // Ids without a comment (deleted, never one of this blog's comments) are no end of the pass.
            listFetched(pass, page, m_passes[int(pass)].last, items, false);
            return;
        }
        if (pass == Pass::Hold && page == 1) {
            // The probe: how many comments the blog holds, and the newest of them.
            m_heldOnBlog = result->total;
            m_probeListed = int(items.size());
            m_probeOldest = std::numeric_limits<qint64>::max();
            for (const RemoteCommentStatus& item : items) {
                m_probeOldest = std::min(m_probeOldest, item.id);
            }
        }
        listFetched(pass, page, result->totalPages, items);
    });
}

// A list of id,status: the answer parsed, or the sync failed. An invalid page number (past the end) is
// handed to `done` as the failed result with no items, for the caller to end its pass.
void CommentReconciler::fetchStatuses(const ListRequest& request,
                                      std::function<void(const Result<ListPage>&, const QList<RemoteCommentStatus>&)> done)
{
    onFinished(m_client.list(request), this,
               [this, done = std::move(done)](const Result<ListPage>& result) {
                   if (m_done) {
                       return;
                   }
                   if (!result && result.error().meaning == Error::Meaning::PastLastPage) {
                       done(result, {});
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
                   done(result, items.value());
               });
}


void CommentReconciler::listFetched(Pass pass, int page, int totalPages, const QList<RemoteCommentStatus>& items, bool emptyEnds)
{
    qCDebug(lcSync) << "Reconciling:" << (pass == Pass::Hold ? "held" : "recent") << "page" << page << "of" << totalPages
                    << "," << items.size() << "comments";
    if (items.isEmpty() && page > 1 && emptyEnds) {
        totalPages = std::min(totalPages, page - 1); // an empty page ends the list
    }
    QList<qint64> ids;
    for (const RemoteCommentStatus& item : items) {
        m_seen.insert(item.id);
        ids.append(item.id);
        if (pass == Pass::Recent) {
            m_newestListed = std::max(m_newestListed, item.id);
        }
    }
    if (pass == Pass::Recent && page == 1 && !m_readNew && items.size() == 100 && page < totalPages
        && std::all_of(ids.cbegin(), ids.cend(), [this](qint64 id) { return id > m_caughtUpTo; })) {
        m_readNew = true; // once a catch-up: a list that never meets what was read cannot loop
        fetchNew(1);      // the whole newest page is new: there may be more
        return;
    }
    // The statuses first, then what the cache lacks, asked for whole (a later, so newer, answer).
    store(items, [this, pass, page, totalPages, ids] {
        const qint64 siteId = m_client.site().id;
        onFinished(m_storage.run([siteId, ids, clock = m_clock](Database& db) { return CommentRepository(db, clock).absentRemoteIds(siteId, ids); }),
                   this, [this, pass, page, totalPages](const Result<QList<qint64>>& absent) {
                       if (m_done) {
                           return;
                       }
                       if (!absent) {
                           fail(absent.error());
                           return;
                       }
                       QList<qint64> wanted = absent.value();
                       if (pass == Pass::Hold) {
                           // New ones are the newest pass's to read (by id, or whole in a flood): not asked twice.
                           wanted.removeIf([this](qint64 id) { return id > m_caughtUpAtStart; });
                       }
                       if (wanted.isEmpty()) {
                           pageDone(pass, page, totalPages);
                           return;
                       }
                       // New since the last sync, or missed by an earlier one (a reply of ours took a newer id first).
                       fetchIncluded(wanted, [this, pass, page, totalPages] { pageDone(pass, page, totalPages); });
                   });
    });
}

// The first page of a pass says how many there are; the rest follow, up to four in flight. An empty
// page ends the pass whatever the page count said (a count that lies must not send a million requests).
void CommentReconciler::pageDone(Pass pass, int page, int totalPages)
{
    PassState& state = m_passes[int(pass)];
    if (page == 1 && pass == Pass::Recent && !m_holdStarted) {
        if (totalPages > m_recentPages) {
            startHoldPass(); // the probe: the newest comments are not every comment
        } else {
            m_passes[int(Pass::Hold)].done = true; // every comment is among the newest: their statuses are all seen
            m_holdStarted = true;
            --m_passesLeft;
        }
    }
    if (page == 1) {
        state.last = pass == Pass::Hold ? std::min(totalPages, kMaxHoldPages) : std::min(totalPages, m_recentPages);
        state.next = 2;
        if (pass == Pass::Hold) {
            m_holdPages = state.last;
            if (!m_holdDue) {
                state.last = 1; // only the probe, unless it disagrees with the cache (judgeProbe)
            }
        }
    } else {
        --state.inFlight;
        if (totalPages < page) {
            state.last = std::min(state.last, page); // nothing after this one
        }
    }
    sendMore(pass);
}

void CommentReconciler::startHoldPass()
{
    m_holdStarted = true;
    fetchList(Pass::Hold, 1);
}

void CommentReconciler::sendMore(Pass pass)
{
    PassState& state = m_passes[int(pass)];
    while (state.inFlight < 4 && state.next <= state.last) {
        ++state.inFlight;
        fetchList(pass, state.next++);
    }
    if (state.inFlight == 0 && state.next > state.last && !state.done) {
        state.done = true;
        if (--m_passesLeft == 0) {
            lookUpMissing();
        }
    }
}

// Where the catch-up got to, kept for the next sync (only when it moved: a sync with nothing new writes nothing).
void CommentReconciler::saveCaughtUp(std::function<void()> next)
{
    if (m_caughtUpTo <= m_caughtUpLoaded) {
        next();
        return;
    }
    const qint64 siteId = m_client.site().id;
    onFinished(m_storage.run([siteId, mark = m_caughtUpTo](Database& db) {
                   return AppStateRepository(db).setValue(caughtUpKey(siteId), QString::number(mark));
               }),
               this, [this, next = std::move(next)](const Status& saved) {
                   if (m_done) {
                       return;
                   }
                   if (!saved) {
                       fail(saved.error());
                       return;
                   }
                   m_caughtUpLoaded = m_caughtUpTo;
                   next();
               });
}

void CommentReconciler::store(const QList<RemoteCommentStatus>& items, std::function<void()> next)
{
    if (items.isEmpty()) {
        next();
        return;
    }
    const qint64 siteId = m_client.site().id;
    onFinished(m_storage.run([siteId, items, clock = m_clock](Database& db) {
                   return CommentRepository(db, clock).applyRemoteStatuses(siteId, items);
               }),
               this, [this, next = std::move(next)](const Status& stored) {
                   if (m_done) {
                       return;
                   }
                   if (!stored) {
                       fail(stored.error());
                       return;
                   }
                   next();
               });
}

void CommentReconciler::lookUpMissing()
{
    const qint64 siteId = m_client.site().id;
    onFinished(m_storage.run([siteId, clock = m_clock](Database& db) {
                   return CommentRepository(db, clock).heldRemoteIds(siteId);
               }),
               this, [this](const Result<QList<qint64>>& held) {
                   if (m_done) {
                       return;
                   }
                   if (!held) {
                       fail(held.error());
                       return;
                   }
                   if (!m_holdDue && !judgeProbe(held.value())) {
                       readHoldQueue(); // the blog's hold queue differs from the cache's below the probe
                       return;
                   }
                   for (const qint64 id : held.value()) {
                       if (!m_seen.contains(id)) {
                           m_missing.append(id);
                       }
                   }
                   m_missing.removeIf([this](qint64 id) { return id < m_checkedFrom; });
                   lookUpBatch();
               });
}

// Only the first page of the hold queue was read (not due). Above its oldest id the cache's held comments are checked
// one by one (by the page, else by id); below it, the blog's count of held comments (X-WP-Total, less the page) is
// compared with the cache's, as the cache stands now that every list of this sync is stored. Equal: nothing below
// is asked (a sync with nothing new costs the same at 3,000 comments as at 300,000); different: the whole queue.
// What equal counts can hide: two decisions on old held comments that cancel out (one approved, another put back
// on hold) between two syncs; the whole queue, read when due (SyncEngine: every hour), catches those.
bool CommentReconciler::judgeProbe(const QList<qint64>& heldInCache)
{
    m_checkedFrom = 0;
    if (!m_client.capabilities().hasTotalCounts || m_heldOnBlog < 0 || m_probeListed >= m_heldOnBlog) {
        return true; // the page listed the whole queue (or no count to compare: every held comment by id)
    }
    const qint64 oldest = m_probeListed > 0 ? m_probeOldest : std::numeric_limits<qint64>::max();
    const auto below = std::count_if(heldInCache.cbegin(), heldInCache.cend(), [oldest](qint64 id) { return id < oldest; });
    const int heldBelow = m_heldOnBlog - m_probeListed;
    qCDebug(lcSync) << "Reconciling: the blog holds" << m_heldOnBlog << "comments," << heldBelow << "below id" << oldest
                    << "; the cache" << below;
    if (below != heldBelow) {
        return false;
    }
    m_checkedFrom = oldest;
    return true;
}

// The probe disagreed: the rest of the hold queue, then every held comment not listed is asked for by id.
void CommentReconciler::readHoldQueue()
{
    qCInfo(lcSync) << "The blog's hold queue differs from the cache's: reading it whole (" << m_holdPages << "pages)";
    m_holdDue = true;
    m_checkedFrom = 0;
    PassState& state = m_passes[int(Pass::Hold)];
    state.last = m_holdPages;
    state.done = false;
    m_passesLeft = 1;
    sendMore(Pass::Hold); // pages 2…, or the pass ends at once when there are none
}

// Up to four batches of ids in flight (the server answers a few at a time; one after another, 1,000
// held comments outside the newest cost ten round trips in a row).
void CommentReconciler::lookUpBatch()
{
    qCDebug(lcSync) << "Reconciling:" << m_missing.size() << "held comments not listed";
    while (m_lookUpsInFlight < 4 && !m_missing.isEmpty()) {
        const QList<qint64> batch = m_missing.mid(0, 100);
        m_missing.remove(0, batch.size());
        ++m_lookUpsInFlight;
        fetchStatuses(commentsRequest(ListRequest::Detail::IdAndStatus, 1, batch),
                      [this, batch](const Result<ListPage>&, const QList<RemoteCommentStatus>& items) {
                          QSet<qint64> found;
                          for (const RemoteCommentStatus& item : items) {
                              found.insert(item.id);
                          }
                          for (const qint64 id : batch) {
                              if (!found.contains(id)) {
                                  m_unresolved.append(id);
                              }
                          }
                          store(items, [this] {
                              --m_lookUpsInFlight;
                              lookUpBatch();
                          });
                      });
    }
    if (m_lookUpsInFlight == 0 && m_missing.isEmpty()) {
        checkAlone();
    }
}

// Not listed may mean deleted, or only hidden from this account: ask for each alone.
void CommentReconciler::checkAlone()
{
    if (m_unresolved.isEmpty()) {
        // Every id of the newest pages is stored now: the mark moves to the newest listed.
        m_caughtUpTo = std::max(m_caughtUpTo, m_newestListed);
        saveCaughtUp([this] {
            m_done = true;
            Q_EMIT finished({});
        });
        return;
    }
    const qint64 id = m_unresolved.takeFirst();
    onFinished(m_client.fetchComment(id), this, [this, id](const Result<RemoteComment>& result) {
        if (m_done) {
            return;
        }
        if (result) {
            store({RemoteCommentStatus {result->id, result->status}}, [this] { checkAlone(); });
            return;
        }
        if (result.error().code != Error::Code::RemoteNotFound) {
            if (result.error().isTransient()) {
                fail(result.error());
                return;
            }
            checkAlone(); // not ours to see: leave it as it is
            return;
        }
        const qint64 siteId = m_client.site().id;
        const QString notice = QCoreApplication::translate("CommentReconciler", "Deleted on the blog.");
        qCInfo(lcSync) << "Comment" << id << "was deleted on the blog";
        onFinished(m_storage.run([siteId, id, notice, clock = m_clock](Database& db) {
                       return CommentRepository(db, clock).markGone(siteId, {id}, notice);
                   }),
                   this, [this](const Status& marked) {
                       if (m_done) {
                           return;
                       }
                       if (!marked) {
                           fail(marked.error());
                           return;
                       }
                       checkAlone();
                   });
    });
}

void CommentReconciler::fail(const Error& error)
{
    if (m_done) {
        return;
    }
    m_done = true;
    qCWarning(lcSync) << "Comment status reconciliation failed:" << error.message;
    Q_EMIT finished(error);
}

} // namespace longhand
