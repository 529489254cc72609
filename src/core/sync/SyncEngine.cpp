#include "core/sync/SyncEngine.h"

#include "core/FutureUtils.h"
#include "core/Logging.h"
#include "core/remote/WordPressClient.h"
#include "core/storage/AppStateRepository.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SiteRepository.h"
#include "core/sync/CommentReconciler.h"
#include "core/sync/PostReconciler.h"
#include "core/storage/StorageExecutor.h"
#include "core/storage/SyncRepository.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace longhand {

struct SyncEngine::Stage
{
    int index = 0;
    int generation = 0;
    QString resource;
    SyncState state;
    QDateTime after;        // modified_after of this run (invalid = everything)
    QDateTime newest;       // newest modified_gmt stored in this run
    int totalPages = 0;
    int nextToFetch = 0;
    int inFlight = 0;
    QSet<int> stored;       // pages stored, to advance the resume point over a contiguous prefix
    int resumeFrom = 1;     // every page before this one is stored
    QDateTime askedAt;      // when this list was last pulled whole (users, terms, media)
};

namespace {

struct PageResult
{
    int count = 0;
    int newPending = 0;
    QDateTime newest;
};

// Parses one page and stores it: runs on the storage thread.
Result<PageResult> storePage(Database& db, qint64 siteId, const QString& resource, const QByteArray& body,
                             const std::shared_ptr<Clock>& clock, const TriageSettings& triage)
{
    SyncRepository repo(db, clock);
    PageResult result;
    const auto apply = [&](auto parsed, auto store) -> Status {
        if (!parsed) {
            return parsed.error();
        }
        auto counts = store(parsed.value());
        if (!counts) {
            return counts.error();
        }
        result.count = int(parsed->size());
        return {};
    };
    Status status;
    if (resource == QLatin1String("users")) {
        status = apply(wpjson::parseUsers(body), [&](const auto& items) { return repo.upsertUsers(siteId, items); });
    } else if (resource == QLatin1String("categories") || resource == QLatin1String("tags")) {
        const QString taxonomy = resource == QLatin1String("categories") ? QStringLiteral("category") : QStringLiteral("post_tag");
        status = apply(wpjson::parseTerms(body), [&](const auto& items) { return repo.upsertTerms(siteId, taxonomy, items); });
    } else if (resource == QLatin1String("media")) {
        auto parsed = wpjson::parseMediaList(body);
        if (parsed) {
            for (const RemoteMedia& item : parsed.value()) {
                result.newest = std::max(result.newest, item.modifiedGmt);
            }
        }
        status = apply(parsed, [&](const auto& items) { return repo.upsertMedia(siteId, items); });
    } else if (resource == QLatin1String("comments")) {
        auto parsed = wpjson::parseComments(body);
        if (parsed) {
            for (const RemoteComment& comment : parsed.value()) {
                result.newest = std::max(result.newest, comment.dateGmt);
            }
        }
        const TriageRules rules(triage);
        status = apply(parsed, [&](const auto& items) -> Result<CommentUpsertCounts> {
            auto counts = CommentRepository(db, clock).upsertComments(siteId, items, rules);
            if (counts) {
                result.newPending = counts->newPending;
            }
            return counts;
        });
    } else {
        auto parsed = wpjson::parsePosts(body);
        if (parsed) {
            for (const RemotePost& post : parsed.value()) {
                result.newest = std::max(result.newest, post.modifiedGmt);
            }
        }
        status = apply(parsed, [&](const auto& items) { return repo.upsertPosts(siteId, items); });
    }
    if (!status) {
        return status.error();
    }
    return result;
}

// When a short list (users, categories, tags, media) was last pulled whole, in app_state.
QString askedKey(qint64 siteId, const QString& resource)
{
    return QStringLiteral("sync/%1/%2/asked_at").arg(siteId).arg(resource);
}

// "[]", as WordPress answers for a page past the end of a list; checked without parsing the page here.
bool isEmptyList(const QByteArray& body)
{
    if (body.size() > 16) {
        return false;
    }
    const QByteArray compact = body.simplified();
    return compact == "[]" || compact == "[ ]";
}

// Whether a page of posts holds one modified after `known` (modified_after is asked a second early,
// so the newest post already stored comes back every time). A scan for the timestamps, not a parse:
// this runs on the GUI thread, and the page is parsed on the storage thread anyway.
bool bringsNewer(const QByteArray& body, const QDateTime& known)
{
    if (!known.isValid()) {
        return !isEmptyList(body);
    }
    const QByteArray knownText = known.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1();
    static const QByteArray key = QByteArrayLiteral("\"modified_gmt\"");
    for (qsizetype at = body.indexOf(key); at >= 0; at = body.indexOf(key, at + 1)) {
        qsizetype value = at + key.size();
        while (value < body.size() && (body.at(value) == ' ' || body.at(value) == ':' || body.at(value) == '\n' || body.at(value) == '"')) {
            ++value; // JSON spaced out by a plugin or proxy is read too
        }
        if (body.mid(value, knownText.size()) > knownText) {
            return true;
        }
    }
    return false;
}

} // namespace

SyncEngine::SyncEngine(StorageExecutor& storage, WordPressClient& client, std::shared_ptr<Clock> clock, QObject* parent)
    : QObject(parent)
    , m_storage(storage)
    , m_client(client)
    , m_clock(std::move(clock))
{
}

SyncEngine::~SyncEngine() = default;

QStringList SyncEngine::resources()
{
    return {QStringLiteral("users"), QStringLiteral("categories"), QStringLiteral("tags"), QStringLiteral("media"),
            QStringLiteral("posts"), QStringLiteral("comments")};
}

void SyncEngine::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_cancelled = false;
    ++m_generation;
    m_progress = SyncProgress {};
    m_progress.stages = int(resources().size());
    m_stagesLeft = int(resources().size()) + 1; // + posts deleted on the blog
    m_termStagesLeft = 2;
    m_heldPosts.clear();
    m_deferred.clear();
    m_postsChanged.reset();
    m_postsStage.reset();
    m_postsTotal.reset();
    m_waiting.clear();
    m_requestsInFlight = 0;
    m_pagesDone.clear();
    m_pagesTotal.clear();
    qCInfo(lcNet) << "Sync of" << m_client.site().restRoot.host() << "started";
    // Every resource at once: a sync costs about the slowest list, not the sum of them. The long
    // lists ask first, so their first pages (which say how many more there are) are not queued
    // behind the short ones.
    for (const int index : {4, 5, 1, 2, 3, 0}) {
        runStage(index);
    }
    startPostReconciler();
}

void SyncEngine::cancel()
{
    if (!m_running) {
        return;
    }
    m_cancelled = true;
    m_client.http()->cancelAll();
    m_reconciler.reset();
    m_postReconciler.reset();
    done(Error::make(Error::Code::Cancelled, QCoreApplication::translate("SyncEngine", "Sync cancelled; it will resume where it stopped.")));
}

void SyncEngine::runStage(int index)
{
    auto stage = std::make_shared<Stage>();
    stage->index = index;
    stage->generation = m_generation;
    stage->resource = resources().at(index);
    m_progress.resource = stage->resource;
    m_progress.stage = index + 1;
    Q_EMIT progressChanged(m_progress);
    const qint64 siteId = m_client.site().id;
    using Loaded = std::pair<SyncState, QDateTime>;
    onFinished(m_storage.run([siteId, resource = stage->resource, clock = m_clock](Database& db) -> Result<Loaded> {
                   auto state = SyncRepository(db, clock).state(siteId, resource);
                   if (!state) {
                       return state.error();
                   }
                   auto asked = AppStateRepository(db).value(askedKey(siteId, resource));
                   return Loaded {state.value(), asked ? fromStorageTime(asked.value()) : QDateTime()};
               }),
               this, [this, stage](const Result<Loaded>& loaded) {
                   if (stage->generation != m_generation || !m_running) {
                       return;
                   }
                   if (!loaded) {
                       fail(loaded.error());
                       return;
                   }
                   stage->state = loaded->first;
                   stage->askedAt = loaded->second;
                   stateLoaded(stage);
               });
}

void SyncEngine::stateLoaded(std::shared_ptr<Stage> stage)
{
    const bool incremental = stage->resource == QLatin1String("posts") || stage->resource == QLatin1String("media");
    if (stage->state.nextPage > 0) {
        // An interrupted run: continue it with the same query.
        stage->after = stage->state.runAfter;
        stage->resumeFrom = stage->state.nextPage;
        qCInfo(lcNet) << "Resuming" << stage->resource << "at page" << stage->resumeFrom;
    } else {
        // modified_after is exclusive with one-second resolution: step back a second, storing twice is harmless.
        stage->after = incremental && stage->state.highWater.isValid() ? stage->state.highWater.addSecs(-1) : QDateTime();
        stage->resumeFrom = 1;
    }
    if (stage->resource == QLatin1String("comments") && stage->state.nextPage == 0 && stage->state.highWater.isValid()) {
        catchUpComments(stage);
        return;
    }
    if (stage->resource == QLatin1String("posts") && stage->after.isValid() && stage->state.nextPage == 0) {
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
    if (stage->resource == QLatin1String("posts")) {
        m_postsStage = stage;
        if (m_postsTotal) {
            postsCounted(*m_postsTotal);
        }
    }
}

// After the first pull, the posts changed since the last one are first asked for by id and date only:
// the second of overlap (modified_after has one-second resolution) brings back the newest posts
// already stored, with their whole text, every time. When nothing is newer than what is stored and
// the blog counts as many posts in that window as the cache holds, the posts are up to date and the
// list of long posts is not asked at all; otherwise it is, exactly as before.
void SyncEngine::probePosts(std::shared_ptr<Stage> stage)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("any"));
    query.addQueryItem(QStringLiteral("_fields"), QStringLiteral("id,modified_gmt"));
    query.addQueryItem(QStringLiteral("orderby"), QStringLiteral("modified"));
    query.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
    query.addQueryItem(QStringLiteral("modified_after"), stage->after.toUTC().toString(Qt::ISODate));
    fetchPostsThrottled(m_perPage, query, [this, stage](const Result<RemotePage>& probe) {
        if (stage->generation != m_generation || !m_running) {
            return;
        }
        if (!probe) {
            fail(probe.error());
            return;
        }
        if (probe->totalPages > 1 || bringsNewer(probe->body, stage->state.highWater)) {
            releaseDeferred(true);
            beginFetching(stage);
            return;
        }
        const qint64 siteId = m_client.site().id;
        onFinished(m_storage.run([siteId, since = stage->after, clock = m_clock](Database& db) {
                       return PostRepository(db, clock).countChangedSince(siteId, since);
                   }),
                   this, [this, stage, inWindow = probe->total](const Result<int>& known) {
                       if (stage->generation != m_generation || !m_running) {
                           return;
                       }
                       if (!known) {
                           fail(known.error());
                           return;
                       }
                       if (known.value() != inWindow) {
                           releaseDeferred(true);
                           beginFetching(stage); // a post in that second the cache does not hold yet
                           return;
                       }
                       releaseDeferred(false);
                       m_postsStage = stage;
                       finishStage(stage); // nothing to ask: the high water mark stays
                   });
    });
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
    stage->totalPages = (total + m_perPage - 1) / m_perPage;
    m_pagesTotal[stage->resource] = stage->totalPages;
    m_progress.pagesTotal = sumOf(m_pagesTotal);
    recordRun(stage);
    // Ahead of the lists nothing waits for (media, users); after the terms the posts are stored with.
    const int before = int(m_waiting.size());
    launchMore(stage);
    QList<WaitingRequest> posts = m_waiting.mid(before);
    m_waiting.resize(before);
    qsizetype at = 0;
    while (at < m_waiting.size() && m_waiting.at(at).stage
           && (m_waiting.at(at).stage->resource == QLatin1String("categories") || m_waiting.at(at).stage->resource == QLatin1String("tags")
               || m_waiting.at(at).stage->resource == QLatin1String("posts") || m_waiting.at(at).stage->resource == QLatin1String("comments"))) {
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
        return SyncRepository(db, clock).saveState(siteId, resource, running);
    });
}

// Users, categories, tags and media change rarely, and have no modified date to ask by (media has,
// but asking costs a request all the same). After a complete pull they are asked again only when the
// posts brought something (a new post may name a new term or author) or when they are due.
bool SyncEngine::deferrable(const std::shared_ptr<Stage>& stage) const
{
    const QString& resource = stage->resource;
    const bool shortList = resource == QLatin1String("users") || resource == QLatin1String("categories")
                           || resource == QLatin1String("tags") || resource == QLatin1String("media");
    return shortList && stage->state.nextPage == 0 && stage->askedAt.isValid()
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
            qCInfo(lcNet) << "No post changed:" << stage->resource << "not asked (asked at" << stage->askedAt << ")";
            stageDone(stage);
        }
    }
}

void SyncEngine::fetchPage(std::shared_ptr<Stage> stage, int page)
{
    QUrlQuery query;
    const QString& resource = stage->resource;
    if (resource == QLatin1String("posts")) {
        query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
        query.addQueryItem(QStringLiteral("status"), QStringLiteral("any"));
        query.addQueryItem(QStringLiteral("_fields"), wpjson::postFields());
    } else if (resource == QLatin1String("media")) {
        query.addQueryItem(QStringLiteral("_fields"), wpjson::mediaFields());
    } else if (resource == QLatin1String("comments")) {
        query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
        query.addQueryItem(QStringLiteral("status"), QStringLiteral("any"));
        query.addQueryItem(QStringLiteral("_fields"), wpjson::commentFields());
        // By id: a comment written during the pull lands after the last page instead of shifting the others.
        query.addQueryItem(QStringLiteral("orderby"), QStringLiteral("id"));
        query.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
    } else if (resource == QLatin1String("users")) {
        query.addQueryItem(QStringLiteral("_fields"), wpjson::userFields());
    } else {
        query.addQueryItem(QStringLiteral("_fields"), wpjson::termFields());
        query.addQueryItem(QStringLiteral("hide_empty"), QStringLiteral("false"));
    }
    if (resource == QLatin1String("posts") || resource == QLatin1String("media")) {
        query.addQueryItem(QStringLiteral("orderby"), QStringLiteral("modified"));
        query.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
        if (stage->after.isValid()) {
            query.addQueryItem(QStringLiteral("modified_after"), stage->after.toUTC().toString(Qt::ISODate));
        }
    } else if (resource != QLatin1String("comments")) {
        query.addQueryItem(QStringLiteral("orderby"), QStringLiteral("id"));
        query.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
    }
    ++stage->inFlight;
    if (m_requestsInFlight >= m_concurrency) {
        // All lists share one budget of requests in flight (WordPress serves a few at a time).
        m_waiting.append({stage, page, query, {}});
        return;
    }
    send(stage, page, query);
}

void SyncEngine::pump()
{
    while (m_requestsInFlight < m_concurrency && !m_waiting.isEmpty()) {
        const WaitingRequest next = m_waiting.takeFirst();
        if (next.launch) {
            next.launch();
            continue;
        }
        send(next.stage, next.page, next.query);
    }
}

void SyncEngine::send(std::shared_ptr<Stage> stage, int page, const QUrlQuery& query)
{
    ++m_requestsInFlight;
    onFinished(m_client.fetchPage(stage->resource, page, m_perPage, query), this, [this, stage, page](const Result<RemotePage>& result) {
        --m_requestsInFlight;
        --stage->inFlight;
        pump();
        if (stage->generation != m_generation || !m_running) {
            return;
        }
        if (!result) {
            // Past the last page (the list shrank meanwhile): nothing more to read.
            if (result.error().remoteCode == QLatin1String("rest_post_invalid_page_number")) {
                if (stage->resource == QLatin1String("posts")) {
                    releaseDeferred(true); // a resumed run: do not guess
                }
                stage->totalPages = std::min(stage->totalPages, page - 1);
                pageStored(stage, page, 0, {});
                return;
            }
            fail(result.error());
            return;
        }
        if (stage->resource == QLatin1String("posts")) {
            // A resumed run may have stored posts already: the short lists are asked then too.
            releaseDeferred(stage->state.nextPage > 0 || bringsNewer(result->body, stage->state.highWater));
        }
        if (stage->totalPages == 0 || (page == 1 && result->totalPages > stage->totalPages)) {
            // The first answer says how many pages there are (or more than the early count said: written meanwhile).
            stage->totalPages = result->totalPages;
            m_pagesTotal[stage->resource] = stage->totalPages;
            m_progress.pagesTotal = sumOf(m_pagesTotal);
            recordRun(stage);
        }
        if (page < stage->totalPages && isEmptyList(result->body)) {
            // An empty page ends the list, whatever X-WP-TotalPages said: a page count that lies must not send
            // the sync through a million empty pages.
            stage->totalPages = page;
            m_pagesTotal[stage->resource] = page;
            m_progress.pagesTotal = sumOf(m_pagesTotal);
        }
        if (stage->resource == QLatin1String("posts") && m_termStagesLeft > 0) {
            // A post names its categories and tags by id: store it once the terms are in.
            m_heldPosts.append({stage, page, result->body});
        } else {
            storeBody(stage, page, result->body);
        }
        launchMore(stage);
    });
}

void SyncEngine::storeBody(std::shared_ptr<Stage> stage, int page, const QByteArray& body)
{
    const qint64 siteId = m_client.site().id;
    onFinished(m_storage.run([siteId, resource = stage->resource, body, clock = m_clock, triage = m_triage](Database& db) {
                   return storePage(db, siteId, resource, body, clock, triage);
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
    m_progress.resource = stage->resource;
    m_pagesDone[stage->resource] = int(stage->stored.size());
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
            return SyncRepository(db, clock).saveState(siteId, resource, running);
        });
    }
    launchMore(stage);
}

void SyncEngine::finishStage(std::shared_ptr<Stage> stage)
{
    SyncState finished;
    finished.highWater = std::max(stage->state.highWater, stage->newest);
    const qint64 siteId = m_client.site().id;
    const QDateTime askedAt = stage->resource == QLatin1String("posts") || stage->resource == QLatin1String("comments")
                                  ? QDateTime() : m_clock->nowUtc();
    onFinished(m_storage.run([siteId, resource = stage->resource, finished, askedAt, clock = m_clock](Database& db) -> Status {
                   if (auto saved = SyncRepository(db, clock).saveState(siteId, resource, finished); !saved) {
                       return saved;
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
                   stageDone(stage);
               });
}

// After the first full pull, comments are caught up by the reconciler: new ones by id, then the
// statuses changed on the web (comments have no modified date to ask by).
void SyncEngine::catchUpComments(std::shared_ptr<Stage> stage)
{
    m_reconciler = std::make_unique<CommentReconciler>(m_storage, m_client, m_clock);
    m_reconciler->setTriageSettings(m_triage);
    connect(m_reconciler.get(), &CommentReconciler::progressed, this, [this, stage](int newComments, int newPending) {
        if (stage->generation != m_generation || !m_running) {
            return;
        }
        m_progress.items += newComments;
        m_progress.newPendingComments += newPending;
        m_progress.resource = stage->resource;
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
        stageDone(stage);
    });
    m_reconciler->start();
}

void SyncEngine::stageDone(std::shared_ptr<Stage> stage)
{
    if (stage->resource == QLatin1String("comments") && m_reconciler) {
        m_reconciler.release()->deleteLater(); // we may be inside its finished signal
    }
    if (stage->resource == QLatin1String("categories") || stage->resource == QLatin1String("tags")) {
        if (--m_termStagesLeft == 0) {
            const auto held = std::exchange(m_heldPosts, {});
            for (const HeldPage& page : held) {
                storeBody(page.stage, page.page, page.body);
            }
        }
    }
    if (stage->resource == QLatin1String("posts") && m_postReconciler) {
        m_postReconciler->postsStored();
    }
    oneStageLess();
}

// Posts deleted on the web: the blog's count is asked now, beside the lists; compared once the posts are stored.
void SyncEngine::startPostReconciler()
{
    if (m_postReconciler) {
        m_postReconciler.release()->deleteLater(); // a cancelled run's answers must not reach this one
    }
    m_postReconciler = std::make_unique<PostReconciler>(m_storage, m_client, m_clock);
    m_postReconciler->setPageFetch([this](int perPage, const QUrlQuery& query, std::function<void(const Result<RemotePage>&)> done) {
        fetchPostsThrottled(perPage, query, std::move(done));
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
                if (!gone.isEmpty()) {
                    m_progress.postsGone += int(gone.size());
                    Q_EMIT progressChanged(m_progress);
                    Q_EMIT postsGoneFromBlog(gone);
                }
                oneStageLess();
            });
    m_postReconciler->start();
}

// A request of the post reconciler, counted in the same budget as the list pages.
void SyncEngine::fetchPostsThrottled(int perPage, const QUrlQuery& query, std::function<void(const Result<RemotePage>&)> done)
{
    const int generation = m_generation;
    auto launch = [this, perPage, query, done = std::move(done), generation]() {
        ++m_requestsInFlight;
        onFinished(m_client.fetchPage(QStringLiteral("posts"), 1, perPage, query), this,
                   [this, done, generation](const Result<RemotePage>& page) {
                       if (generation == m_generation) {
                           --m_requestsInFlight;
                           pump();
                       }
                       done(page);
                   });
    };
    if (m_requestsInFlight >= m_concurrency) {
        m_waiting.append({nullptr, 0, {}, std::move(launch)});
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
    m_client.http()->cancelAll();
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
