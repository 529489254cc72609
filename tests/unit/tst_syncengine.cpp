// SyncEngine against a fake WordPress over fake replies: a full pull into a real (temporary)
// cache, pages in parallel, incremental pulls, a 401 in the middle, resuming, bad pages, and
// local edits that a pull must not overwrite.
#include "core/remote/WordPressClient.h"
#include "core/remote/WpJson.h"
#include "core/storage/Database.h"
#include "core/storage/PostRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/StorageExecutor.h"
#include "core/storage/SyncRepository.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncPages.h"
#include "support/FakeBlog.h"
#include "support/FakeWordPress.h"
#include "support/TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fullPullStoresEverything();
    void probeKnowsScheduledPosts();
    void pagesGoInParallel();
    void secondPullIsIncremental();
    void unauthorizedMidSyncStopsAndResumes();
    void malformedPageFailsCleanly();
    void localEditsAreNotOverwritten();
    void shortListsWaitForChangedPosts();
    void nothingChangedIsOneProbe();
    void postInTheSameSecondIsPulled();
    void progressNeverPassesItsTotal();
    void olderCopyNeverOverwritesNewer();
    void changedBlogClockStepsBack();
    void postSavedAgainInTheMarksSecond();

private:
    Status runSync(int perPage = 100, int listRefreshSecs = 15 * 60);
    int asked(const QString& route);
    int count(const QString& sql);

    QTemporaryDir m_dir;
    std::unique_ptr<FakeBlog> m_blog;
    QString m_path;
};

void TestSyncEngine::init()
{
    m_path = m_dir.filePath(QStringLiteral("sync-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_blog = std::make_unique<FakeBlog>(m_path);
    QVERIFY2(m_blog->ok(), qPrintable(m_blog->error()));
    m_blog->http().setRetryPolicy({2, 5});
}

void TestSyncEngine::cleanup()
{
    m_blog.reset();
}

Status TestSyncEngine::runSync(int perPage, int listRefreshSecs)
{
    SyncEngine engine(m_blog->storage(), m_blog->client());
    engine.setPerPage(perPage);
    engine.setListRefreshSecs(listRefreshSecs);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.start();
    if (!finished.wait(20000)) {
        return Error::make(Error::Code::Timeout, QStringLiteral("sync did not finish"));
    }
    m_blog->storage().waitForIdle();
    return finished.constFirst().constFirst().value<Status>();
}

int TestSyncEngine::count(const QString& sql)
{
    auto db = Database::open(m_path);
    QSqlQuery q((*db)->connection());
    if (!q.exec(sql) || !q.next()) {
        return -1;
    }
    return q.value(0).toInt();
}

void TestSyncEngine::fullPullStoresEverything()
{
    m_blog->wordpress().addPosts(250);
    const Status status = runSync();
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM posts WHERE site_id IS NOT NULL")), 250);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM terms")), 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM media")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM posts WHERE status = 'draft'")), 50);
    auto db = Database::open(m_path);
    auto posts = PostRepository(**db).list({});
    QVERIFY(posts.ok());
    auto post = PostRepository(**db).load(posts->constLast().id);
    QVERIFY(post.ok());
    QCOMPARE(post->format, SourceFormat::Html); // written on the web: HTML source, no conversion
    QVERIFY(post->body.startsWith(QStringLiteral("<p>Text of review")));
    QCOMPARE(post->categories, (QStringList {QStringLiteral("Reviews"), QStringLiteral("Horror")}));
    QCOMPARE(post->tags, QStringList {QStringLiteral("clones")});
    QVERIFY(post->baseModifiedGmt.isValid());
    QVERIFY(!post->dirty);
    // _fields is trimmed and edit context asked for.
    const auto postRequests = std::count_if(m_blog->wordpress().requested.cbegin(), m_blog->wordpress().requested.cend(), [](const QUrl& url) {
        return url.path().endsWith(QLatin1String("/posts")) && QUrlQuery(url).queryItemValue(QStringLiteral("context")) == QLatin1String("edit")
               && QUrlQuery(url).queryItemValue(QStringLiteral("_fields")) == wpjson::postFields();
    });
    QCOMPARE(postRequests, 3);
}

void TestSyncEngine::pagesGoInParallel()
{
    m_blog->wordpress().addPosts(600);
    m_blog->wordpress().delayMs = 30;
    QVERIFY(runSync().ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM posts")), 600);
    QVERIFY2(m_blog->wordpress().maxConcurrent >= 3, qPrintable(QString::number(m_blog->wordpress().maxConcurrent)));
    QVERIFY(m_blog->wordpress().maxConcurrent <= 4);
}

void TestSyncEngine::secondPullIsIncremental()
{
    m_blog->wordpress().addPosts(120);
    QVERIFY(runSync().ok());
    m_blog->wordpress().requested.clear();
    m_blog->wordpress().editPost(7, QStringLiteral("<p>Edited on the web.</p>"), QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    QVERIFY(runSync().ok());
    QUrl postsRequest;
    for (const QUrl& url : std::as_const(m_blog->wordpress().requested)) {
        if (url.path().endsWith(QLatin1String("/posts"))) {
            postsRequest = url;
        }
    }
    QVERIFY(QUrlQuery(postsRequest).hasQueryItem(QStringLiteral("modified_after")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM posts")), 120);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM posts WHERE body = '<p>Edited on the web.</p>'")), 1);
}

void TestSyncEngine::unauthorizedMidSyncStopsAndResumes()
{
    m_blog->wordpress().addPosts(450); // 5 pages of 100
    int postPages = 0;
    m_blog->wordpress().fault = [&postPages](const FakeRequest& request) -> std::optional<FakeResponse> {
        if (request.url.path().endsWith(QLatin1String("/posts")) && ++postPages == 3) {
            return FakeResponse::json(R"({"code":"rest_forbidden","message":"Sorry, you are not allowed to do that.","data":{"status":401}})", 401);
        }
        return std::nullopt;
    };
    m_blog->wordpress().delayMs = 5;
    const Status failed = runSync();
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, Error::Code::Auth);
    // Whatever was stored is consistent, and the run is recorded for resuming.
    {
        auto db = Database::open(m_path);
        auto state = SyncRepository(**db).state(m_blog->siteId(), QStringLiteral("posts"));
        QVERIFY(state.ok());
        QVERIFY(state->nextPage >= 1);
        QCOMPARE(state->totalPages, 5);
    }
    m_blog->wordpress().fault = nullptr;
    m_blog->wordpress().requested.clear();
    QVERIFY(runSync().ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM posts")), 450);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_state WHERE next_page <> 0")), 0);
}

void TestSyncEngine::malformedPageFailsCleanly()
{
    m_blog->wordpress().addPosts(150);
    m_blog->wordpress().fault = [](const FakeRequest& request) -> std::optional<FakeResponse> {
        if (request.url.path().endsWith(QLatin1String("/posts")) && QUrlQuery(request.url).queryItemValue(QStringLiteral("page")) == QLatin1String("2")) {
            FakeResponse response = FakeResponse::json(R"([{"id":"not a number","status":"publish"}])");
            response.headers = {{"X-WP-Total", "150"}, {"X-WP-TotalPages", "2"}};
            return response;
        }
        return std::nullopt;
    };
    const Status status = runSync();
    QCOMPARE(status.error().code, Error::Code::BadResponse);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM posts")) <= 100); // no half page
    auto db = Database::open(m_path);
    QSqlQuery check((*db)->connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

void TestSyncEngine::localEditsAreNotOverwritten()
{
    m_blog->wordpress().addPosts(3);
    QVERIFY(runSync().ok());
    qint64 localId = 0;
    {
        auto db = Database::open(m_path);
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM posts WHERE remote_id = 2")) && q.next());
        localId = q.value(0).toLongLong();
        PostRepository repo(**db);
        Post post = repo.load(localId).value();
        post.body = QStringLiteral("<p>My local edit.</p>");
        QVERIFY(repo.update(post).ok());
        QVERIFY(repo.load(localId)->dirty);
    }
    m_blog->wordpress().editPost(2, QStringLiteral("<p>Web edit.</p>"), QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC));
    QVERIFY(runSync().ok());
    auto db = Database::open(m_path);
    const Post post = PostRepository(**db).load(localId).value();
    QCOMPARE(post.body, QStringLiteral("<p>My local edit.</p>"));      // local text kept
    QCOMPARE(post.remoteContent, QStringLiteral("<p>Web edit.</p>"));  // the web's version kept beside it
    QVERIFY(post.remoteModifiedGmt > post.baseModifiedGmt);             // and known to be newer
}

int TestSyncEngine::asked(const QString& route)
{
    return int(std::count_if(m_blog->wordpress().requested.cbegin(), m_blog->wordpress().requested.cend(),
                             [&route](const QUrl& url) { return url.path().endsWith(route); }));
}

void TestSyncEngine::shortListsWaitForChangedPosts()
{
    m_blog->wordpress().addPosts(30);
    QVERIFY(runSync().ok());
    QCOMPARE(asked(QStringLiteral("/categories")), 1);

    // Nothing changed: users, categories, tags and media are not asked; posts and comments are.
    m_blog->wordpress().requested.clear();
    QVERIFY(runSync().ok());
    for (const QString& route : {QStringLiteral("/users"), QStringLiteral("/categories"), QStringLiteral("/tags"), QStringLiteral("/media")}) {
        QVERIFY2(asked(route) == 0, qPrintable(route));
    }
    QVERIFY(asked(QStringLiteral("/posts")) >= 1);

    // A changed post may name a new term: the lists are asked, and the post is stored with its names.
    m_blog->wordpress().editPost(9, QStringLiteral("<p>Changed.</p>"), QDateTime(QDate(2026, 4, 1), QTime(10, 0), Qt::UTC));
    m_blog->wordpress().requested.clear();
    QVERIFY(runSync().ok());
    QCOMPARE(asked(QStringLiteral("/categories")), 1);
    QCOMPARE(asked(QStringLiteral("/tags")), 1);
    QCOMPARE(asked(QStringLiteral("/users")), 1);
    {
        auto db = Database::open(m_path);
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM posts WHERE remote_id = 9")) && q.next());
        const Post post = PostRepository(**db).load(q.value(0).toLongLong()).value();
        QCOMPARE(post.body, QStringLiteral("<p>Changed.</p>"));
        QCOMPARE(post.categories, (QStringList {QStringLiteral("Reviews"), QStringLiteral("Horror")}));
    }

    // Due (renames and uploads are caught by time): asked even though nothing changed.
    m_blog->wordpress().requested.clear();
    QVERIFY(runSync(100, 0).ok());
    QCOMPARE(asked(QStringLiteral("/categories")), 1);
    QCOMPARE(asked(QStringLiteral("/media")), 1);
}

void TestSyncEngine::nothingChangedIsOneProbe()
{
    m_blog->wordpress().addPosts(250);
    QVERIFY(runSync().ok());
    m_blog->wordpress().requested.clear();
    QVERIFY(runSync().ok());
    // The posts: one request of ten ids and dates, newest first, without modified_after (so that its
    // X-WP-Total also counts the blog's posts for the deleted-posts check).
    QCOMPARE(asked(QStringLiteral("/posts")), 1);
    const QUrl probe = *std::find_if(m_blog->wordpress().requested.cbegin(), m_blog->wordpress().requested.cend(),
                                     [](const QUrl& url) { return url.path().endsWith(QLatin1String("/posts")); });
    const QUrlQuery query(probe);
    QCOMPARE(query.queryItemValue(QStringLiteral("_fields")), QStringLiteral("id,modified_gmt"));
    QCOMPARE(query.queryItemValue(QStringLiteral("order")), QStringLiteral("desc"));
    QCOMPARE(query.queryItemValue(QStringLiteral("per_page")), QStringLiteral("10"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("modified_after")));
    // A blog without comments: the first pull is marked done, so the catch-up asks ids and statuses only.
    for (const QUrl& url : std::as_const(m_blog->wordpress().requested)) {
        if (url.path().endsWith(QLatin1String("/comments"))) {
            QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("_fields")), QStringLiteral("id,status"));
        }
    }
    QCOMPARE(asked(QStringLiteral("/comments")), 1); // the newest page (the hold queue is read every 15 minutes)
    // And the blog's clock (two fields of the REST index), asked beside the probe: a changed zone or offset
    // moves what modified_after means.
    QCOMPARE(asked(QStringLiteral("/wp-json/")), 1);
    // And the pages, listed whole each sync (a blog's pages are few; they have no probe of their own).
    QCOMPARE(asked(QStringLiteral("/pages")), 1);
    QCOMPARE(int(m_blog->wordpress().requested.size()), 4);

    // A web edit after that: the probe sees a newer date and the changed posts are asked whole.
    m_blog->wordpress().editPost(40, QStringLiteral("<p>Edited later.</p>"), QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
    m_blog->wordpress().requested.clear();
    QVERIFY(runSync().ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM posts WHERE body = '<p>Edited later.</p>'")), 1);
    QCOMPARE(asked(QStringLiteral("/posts")), 2);
}

void TestSyncEngine::postInTheSameSecondIsPulled()
{
    m_blog->wordpress().addPosts(20);
    QVERIFY(runSync().ok());
    // Saved on the web in the very second of the newest post already pulled: no date is newer, but the
    // blog has two posts in that second where the cache has one.
    const QJsonValue newest = m_blog->wordpress().post(20).value(QStringLiteral("modified_gmt"));
    m_blog->wordpress().editPost(3, QStringLiteral("<p>Same second.</p>"),
                                 QDateTime::fromString(newest.toString() + QLatin1Char('Z'), Qt::ISODate));
    QVERIFY(runSync().ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM posts WHERE body = '<p>Same second.</p>'")), 1);
    // And the next sync is quiet again.
    m_blog->wordpress().requested.clear();
    QVERIFY(runSync().ok());
    QCOMPARE(asked(QStringLiteral("/posts")), 1);
}

void TestSyncEngine::progressNeverPassesItsTotal()
{
    // Empty lists (no media, no comments here) answer X-WP-TotalPages: 0 and still cost a page.
    m_blog->wordpress().addPosts(250);
    m_blog->wordpress().removeMedia();
    SyncEngine engine(m_blog->storage(), m_blog->client());
    QSignalSpy finished(&engine, &SyncEngine::finished);
    QList<SyncProgress> seen;
    connect(&engine, &SyncEngine::progressChanged, this, [&seen](const SyncProgress& progress) { seen.append(progress); });
    engine.start();
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.constFirst().constFirst().value<Status>().ok());
    QVERIFY(!seen.isEmpty());
    for (const SyncProgress& progress : std::as_const(seen)) {
        QVERIFY2(progress.pagesDone <= progress.pagesTotal,
                 qPrintable(QStringLiteral("%1 of %2 pages").arg(progress.pagesDone).arg(progress.pagesTotal)));
    }
    QCOMPARE(seen.constLast().pagesDone, seen.constLast().pagesTotal);
}

void TestSyncEngine::olderCopyNeverOverwritesNewer()
{
    // A post edited during a pull is listed twice (modified order), and pages are stored as they are
    // parsed: whichever copy comes last, the cache keeps the newer.
    RemotePost newer;
    newer.id = 77;
    newer.title = QStringLiteral("Review 77");
    newer.content = QStringLiteral("<p>Second version.</p>");
    newer.status = QStringLiteral("publish");
    newer.modifiedGmt = QDateTime(QDate(2026, 5, 2), QTime(10, 0), Qt::UTC);
    newer.dateGmt = newer.modifiedGmt;
    RemotePost older = newer;
    older.content = QStringLiteral("<p>First version.</p>");
    older.modifiedGmt = newer.modifiedGmt.addSecs(-60);
    auto db = Database::open(m_path);
    QVERIFY(db.ok());
    SyncRepository repo(**db);
    QVERIFY(repo.upsertPosts(m_blog->siteId(), {newer}).ok());
    const auto counts = repo.upsertPosts(m_blog->siteId(), {older});
    QVERIFY(counts.ok());
    QCOMPARE(counts->older, 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM posts WHERE remote_id = 77 AND body = '<p>Second version.</p>'")), 1);
    // A newer one still replaces it.
    RemotePost newest = newer;
    newest.content = QStringLiteral("<p>Third version.</p>");
    newest.modifiedGmt = newer.modifiedGmt.addSecs(60);
    QVERIFY(repo.upsertPosts(m_blog->siteId(), {newest}).ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM posts WHERE remote_id = 77 AND body = '<p>Third version.</p>'")), 1);
}

void TestSyncEngine::probeKnowsScheduledPosts()
{
    using syncpages::postsUpToDate;
    const QDateTime mark(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    const QDateTime now = mark.addSecs(600);
    const QDateTime scheduledFor = mark.addDays(7);
    const QList<RemotePostStamp> newest { { 9, scheduledFor }, { 4, mark }, { 3, mark.addSecs(-60) } };
    const QList<CachedPostStamp> cached { { 9, scheduledFor, QStringLiteral("future") }, { 4, mark, QStringLiteral("publish") } };
    // The scheduled post is known: nothing changed.
    QVERIFY(postsUpToDate(newest, 3, mark, 1, cached, now));
    // Without knowing it, or when the cache has another date for it: not up to date.
    QVERIFY(!postsUpToDate(newest, 3, mark, 1, {}, now));
    QVERIFY(!postsUpToDate(newest, 3, mark, 1, { { 9, scheduledFor.addSecs(-1), QStringLiteral("future") }, { 4, mark, QStringLiteral("publish") } }, now));
    // Post 4 was trashed on the web and post 6 saved in the same second: the count is the same, the id is not.
    QVERIFY(!postsUpToDate({ { 9, scheduledFor }, { 6, mark }, { 3, mark.addSecs(-60) } }, 3, mark, 1, cached, now));
    // Its moment has passed (WordPress publishes it without changing the date): asked again.
    QVERIFY(!postsUpToDate(newest, 3, mark, 1, cached, scheduledFor.addSecs(1)));
    // The cache already has it published: a post newer than the mark that is not scheduled is news.
    QVERIFY(!postsUpToDate(newest, 3, mark, 1, { { 9, scheduledFor, QStringLiteral("publish") }, { 4, mark, QStringLiteral("publish") } }, now));
    // A web edit after the scheduled post: newer than the mark, pulled.
    QVERIFY(!postsUpToDate({ { 9, scheduledFor }, { 5, mark.addSecs(30) }, { 4, mark } }, 3, mark, 1, cached, now));
    // A probe page of scheduled posts and the mark's second only cannot tell what is below it.
    QVERIFY(!postsUpToDate(newest.mid(0, 2), 3, mark, 1, cached, now));
}

// The blog moved east (Berlin to Tokyo) after a web edit: WordPress would read modified_after in Tokyo time against
// the edit's Berlin time. The sync sees the new clock, does not trust the probe, and asks from early enough.
void TestSyncEngine::changedBlogClockStepsBack()
{
    m_blog->wordpress().addPosts(20);
    QVERIFY(runSync().ok());
    m_blog->wordpress().requested.clear();
    QVERIFY(runSync().ok()); // the clock is stored now (first seen)
    QCOMPARE(asked(QStringLiteral("/posts")), 1); // only the probe
    m_blog->wordpress().timeZone = QStringLiteral("Asia/Tokyo");
    m_blog->wordpress().gmtOffset = 9;
    m_blog->wordpress().requested.clear();
    QVERIFY(runSync().ok());
    QCOMPARE(asked(QStringLiteral("/posts")), 2); // the probe, then the pull
    QDateTime after;
    for (const QUrl& url : std::as_const(m_blog->wordpress().requested)) {
        if (url.path().endsWith(QLatin1String("/posts")) && QUrlQuery(url).hasQueryItem(QStringLiteral("modified_after"))) {
            after = QDateTime::fromString(QUrlQuery(url).queryItemValue(QStringLiteral("modified_after")), Qt::ISODate);
        }
    }
    QVERIFY(after.isValid());
    // The newest post is from 2026-01-01 (the fake's date): 9 h of Tokyo plus 12 h for any zone in between.
    const QDateTime mark = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    QVERIFY2(after <= mark.addSecs(-21 * 3600 + 60) && after >= mark.addSecs(-22 * 3600), qPrintable(after.toString(Qt::ISODate)));
    // Known now: the next sync trusts the probe again.
    m_blog->wordpress().requested.clear();
    QVERIFY(runSync().ok());
    QCOMPARE(asked(QStringLiteral("/posts")), 1);

    // Daylight saving in the same zone: from summer (+2) to winter (+1) at the mark's time; one hour back.
    using syncpages::adjustForClock;
    const QDateTime summer(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC);
    const auto dst = adjustForClock(BlogClock {QStringLiteral("Europe/Berlin"), 7200}, BlogClock {QStringLiteral("Europe/Berlin"), 3600}, summer);
    QVERIFY(dst.changed);
    QCOMPARE(dst.stepBackSecs, 3600);
    // Westward: nothing to step back, but the probe's local order is not trusted.
    const auto west = adjustForClock(BlogClock {QStringLiteral("Europe/Berlin"), 3600},
                                     BlogClock {QStringLiteral("America/Los_Angeles"), -8 * 3600}, QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
    QVERIFY(west.changed);
    QCOMPARE(west.stepBackSecs, 4 * 3600); // -8 h at the mark, down to -12 h in between
    // A manual offset (no zone) from +1 to +5:30.
    const auto manual = adjustForClock(BlogClock {QString(), 3600}, BlogClock {QString(), 19800}, summer);
    QCOMPARE(manual.stepBackSecs, 19800 + 12 * 3600);
    // Unknown on either side, or unchanged: nothing.
    QVERIFY(!adjustForClock(std::nullopt, BlogClock {}, summer).changed);
    QVERIFY(!adjustForClock(BlogClock {QStringLiteral("UTC"), 0}, BlogClock {QStringLiteral("UTC"), 0}, summer).changed);
    // What the index says, as WordPress writes it.
    QCOMPARE(wpjson::parseBlogClock(R"({"gmt_offset":1,"timezone_string":"Europe/Berlin"})").value(), (BlogClock {QStringLiteral("Europe/Berlin"), 3600}));
    QCOMPARE(wpjson::parseBlogClock(R"({"gmt_offset":"5.5","timezone_string":""})").value().offsetSecs, 19800);
    QCOMPARE(wpjson::parseBlogClock(R"({"gmt_offset":"-3:30","timezone_string":""})").value().offsetSecs, -12600);
    QVERIFY(!wpjson::parseBlogClock(R"({"gmt_offset":"soon"})"));
    // A zone name is never a path: Qt would read it as a file under the zoneinfo folder.
    for (const char* hostile : {R"({"gmt_offset":1,"timezone_string":"../../../../etc/passwd"})",
                                R"({"gmt_offset":1,"timezone_string":"Europe/../../../dev/zero"})",
                                R"({"gmt_offset":1,"timezone_string":"/tmp/fifo"})", R"({"gmt_offset":1,"timezone_string":"Nowhere/Atlantis"})"}) {
        const auto clock = wpjson::parseBlogClock(hostile);
        QVERIFY(clock);
        QCOMPARE(clock->timeZone, QString());
        QCOMPARE(clock->offsetSecs, 3600);
    }
    QVERIFY(!wpjson::parseBlogClock(R"({"gmt_offset":1e300})"));
    QVERIFY(!wpjson::parseBlogClock(R"([1])"));
}

// WordPress keeps whole seconds: a post saved again in the second a sync read it keeps its modified time, and the
// probe's ids and dates look the same. A sync that read the posts while the blog's clock (its Date header) was
// still in the mark's second reads that second again next time; once the second is over, it trusts the probe.
void TestSyncEngine::postSavedAgainInTheMarksSecond()
{
    const QDateTime start(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    m_blog->wordpress().addPosts(5, start); // post n saved at start + n s: post 5 holds the mark
    const QDateTime second = start.addSecs(5);
    m_blog->wordpress().serverTime = second; // the sync runs within that second
    QVERIFY(runSync().ok());
    m_blog->wordpress().editPost(5, QStringLiteral("<p>Saved again in the same second.</p>"), second);
    m_blog->wordpress().serverTime = second.addSecs(30);
    QVERIFY(runSync().ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM posts WHERE body = '<p>Saved again in the same second.</p>'")), 1);
    // Read after the second was over: closed; nothing more is asked than the probe.
    m_blog->wordpress().requested.clear();
    QVERIFY(runSync().ok());
    QCOMPARE(asked(QStringLiteral("/posts")), 1);
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
