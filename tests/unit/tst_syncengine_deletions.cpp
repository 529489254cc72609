// Posts deleted or trashed on the web, over the fake WordPress: a sync with nothing removed costs one
// small request more; a removed post with nothing unpushed leaves the list for the local trash; one
// with local edits or a queued publication stays as a local draft, unlinked, with a notice; publishing
// it later (or a queued publication that meets a 404 or a trashed post) creates a new post.
#include "core/remote/WordPressClient.h"
#include "core/storage/Database.h"
#include "core/storage/PostRepository.h"
#include "core/storage/PublishRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/StorageExecutor.h"
#include "core/sync/Publisher.h"
#include "core/sync/SyncEngine.h"
#include "support/FakeBlog.h"
#include "support/FakeWordPress.h"
#include "support/TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

class TestSyncEngineDeletions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void nothingRemovedCostsOneSmallRequest();
    void removedCleanPostsMoveToTheLocalTrash();
    void removedPostWithLocalWorkIsKeptAsDraft();
    void removalHiddenByANewPostIsFound();
    void publishingAfterTheRemovalCreatesANewPost();
    void queuedPublicationMeeting404IsKeptAndCanBeRetried();
    void queuedPublicationNeverUntrashes();
    void pagesGoneAfterACompleteListing();
    void anIncompleteListingOfPagesDetachesNothing();

private:
    Status runSync(QList<GonePost>* gone = nullptr);
    Status runPublisher(QList<Error>* failures = nullptr);
    qint64 localIdOf(qint64 remoteId);
    Post load(qint64 localId);
    int count(const QString& sql);
    int requestsWith(const QString& item);

    QTemporaryDir m_dir;
    std::unique_ptr<FakeBlog> m_blog;
    QString m_path;
};

void TestSyncEngineDeletions::init()
{
    m_path = m_dir.filePath(QStringLiteral("gone-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_blog = std::make_unique<FakeBlog>(m_path);
    QVERIFY2(m_blog->ok(), qPrintable(m_blog->error()));
    m_blog->http().setRetryPolicy({2, 5});
}

void TestSyncEngineDeletions::cleanup()
{
    m_blog.reset();
}

Status TestSyncEngineDeletions::runSync(QList<GonePost>* gone)
{
    SyncEngine engine(m_blog->storage(), m_blog->client());
    QSignalSpy finished(&engine, &SyncEngine::finished);
    QList<GonePost> reported;
    connect(&engine, &SyncEngine::postsGoneFromBlog, this, [&reported](const QList<GonePost>& posts) { reported += posts; });
    engine.start();
    if (!finished.wait(20000)) {
        return Error::make(Error::Code::Timeout, QStringLiteral("sync did not finish"));
    }
    m_blog->storage().waitForIdle();
    if (gone) {
        *gone = reported;
    }
    if (engine.progress().postsGone != reported.size()) {
        return Error::make(Error::Code::BadResponse, QStringLiteral("progress and signal disagree"));
    }
    return finished.constFirst().constFirst().value<Status>();
}

Status TestSyncEngineDeletions::runPublisher(QList<Error>* failures)
{
    Publisher publisher(m_blog->storage(), m_blog->client(), m_dir.path());
    publisher.setIgnoreRetryDelay(true);
    QSignalSpy finished(&publisher, &Publisher::finished);
    QList<Error> failed;
    connect(&publisher, &Publisher::entryFailed, this, [&failed](qint64, const Error& error, bool) { failed.append(error); });
    publisher.replay();
    if (!finished.wait(20000)) {
        return Error::make(Error::Code::Timeout, QStringLiteral("publishing did not finish"));
    }
    m_blog->storage().waitForIdle();
    if (failures) {
        *failures = failed;
    }
    return finished.constFirst().constFirst().value<Status>();
}

qint64 TestSyncEngineDeletions::localIdOf(qint64 remoteId)
{
    return count(QStringLiteral("SELECT id FROM posts WHERE remote_id = %1").arg(remoteId));
}

Post TestSyncEngineDeletions::load(qint64 localId)
{
    auto db = Database::open(m_path);
    return PostRepository(**db).load(localId).value();
}

int TestSyncEngineDeletions::count(const QString& sql)
{
    auto db = Database::open(m_path);
    QSqlQuery q((*db)->connection());
    if (!q.exec(sql) || !q.next()) {
        return -1;
    }
    return q.value(0).toInt();
}

int TestSyncEngineDeletions::requestsWith(const QString& item)
{
    return int(std::count_if(m_blog->wordpress().requested.cbegin(), m_blog->wordpress().requested.cend(), [&item](const QUrl& url) {
        return url.path().endsWith(QLatin1String("/posts")) && QUrlQuery(url).hasQueryItem(item);
    }));
}

void TestSyncEngineDeletions::nothingRemovedCostsOneSmallRequest()
{
    m_blog->wordpress().addPosts(250);
    QVERIFY(runSync().ok());
    m_blog->wordpress().requested.clear();
    QList<GonePost> gone;
    const Status status = runSync(&gone);
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
    QVERIFY(gone.isEmpty());
    // One small request for the posts: the probe (newest first, ids and dates), whose X-WP-Total is the
    // count; no separate count, no walk over the ids, no long list.
    const auto postRequests = std::count_if(m_blog->wordpress().requested.cbegin(), m_blog->wordpress().requested.cend(),
                                            [](const QUrl& url) { return url.path().endsWith(QLatin1String("/posts")); });
    const auto probes = std::count_if(m_blog->wordpress().requested.cbegin(), m_blog->wordpress().requested.cend(), [](const QUrl& url) {
        const QUrlQuery query(url);
        return url.path().endsWith(QLatin1String("/posts")) && query.queryItemValue(QStringLiteral("_fields")) == QLatin1String("id,modified_gmt")
               && query.queryItemValue(QStringLiteral("order")) == QLatin1String("desc")
               && query.queryItemValue(QStringLiteral("status")) == QLatin1String("any") && !query.hasQueryItem(QStringLiteral("modified_after"));
    });
    QCOMPARE(probes, 1);
    QCOMPARE(postRequests, 1);
    QCOMPARE(requestsWith(QStringLiteral("include")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM posts WHERE remote_id IS NOT NULL AND trashed_at IS NULL")), 250);
}

void TestSyncEngineDeletions::removedCleanPostsMoveToTheLocalTrash()
{
    m_blog->wordpress().addPosts(250);
    QVERIFY(runSync().ok());
    const qint64 deleted = localIdOf(3);
    const qint64 trashed = localIdOf(207);
    QVERIFY(deleted > 0 && trashed > 0);
    m_blog->wordpress().deletePost(3);   // DELETE ?force=true
    m_blog->wordpress().trashPost(207);  // DELETE: to the blog's trash
    m_blog->wordpress().requested.clear();
    QList<GonePost> gone;
    QVERIFY(runSync(&gone).ok());
    QCOMPARE(gone.size(), 2);
    QCOMPARE(gone.at(0).remoteId, 3);
    QVERIFY(!gone.at(0).trashedOnBlog);
    QVERIFY(!gone.at(0).keptAsDraft);
    QCOMPARE(gone.at(1).remoteId, 207);
    QVERIFY(gone.at(1).trashedOnBlog);
    QCOMPARE(gone.at(1).title, QStringLiteral("Review 207"));
    QCOMPARE(gone.at(1).type, PostType::Post);
    // The ids were asked for by include= (3 requests of up to 100 over 250 cached ids), then the trash.
    QCOMPARE(requestsWith(QStringLiteral("include")), 4);

    const Post a = load(deleted);
    QVERIFY(a.isTrashed());
    QCOMPARE(a.remoteId, 0);
    QCOMPARE(a.status, PostStatus::Draft);
    QVERIFY(a.link.isEmpty());
    QVERIFY2(a.notice.contains(QLatin1String("deleted on the blog")), qPrintable(a.notice));
    QCOMPARE(a.body, QStringLiteral("<p>Text of review 3.</p>")); // nothing lost
    const Post b = load(trashed);
    QVERIFY(b.isTrashed());
    QVERIFY2(b.notice.contains(QLatin1String("trash on the blog")), qPrintable(b.notice));
    QCOMPARE(count(QStringLiteral("SELECT gone_remote_id FROM posts WHERE id = %1").arg(trashed)), 207);

    // The list no longer shows them; the local trash does, and restoring works.
    auto db = Database::open(m_path);
    PostRepository repo(**db);
    QCOMPARE(repo.list({})->size(), 248);
    QList<qint64> inTrash = test::idsOf(repo.list({QString(), std::nullopt, true, {}}));
    std::sort(inTrash.begin(), inTrash.end());
    QCOMPARE(inTrash, (QList<qint64> {std::min(deleted, trashed), std::max(deleted, trashed)})); // pages store in any order
    QVERIFY(repo.restoreFromTrash(deleted).ok());
    QVERIFY(!repo.load(deleted)->isTrashed());

    // Settled: the next sync counts and stops.
    m_blog->wordpress().requested.clear();
    QList<GonePost> again;
    QVERIFY(runSync(&again).ok());
    QVERIFY(again.isEmpty());
    QCOMPARE(requestsWith(QStringLiteral("include")), 0);
}

void TestSyncEngineDeletions::removedPostWithLocalWorkIsKeptAsDraft()
{
    m_blog->wordpress().addPosts(20);
    QVERIFY(runSync().ok());
    const qint64 edited = localIdOf(4);
    const qint64 queued = localIdOf(6);
    {
        auto db = Database::open(m_path);
        PostRepository repo(**db);
        Post post = repo.load(edited).value();
        post.body = QStringLiteral("<p>My unpushed edit.</p>");
        QVERIFY(repo.update(post).ok());
        auto entry = PublishRepository(**db).enqueuePublish(queued, m_blog->siteId());
        QVERIFY(entry.ok());
        // It waits (a failure earlier, say); the sync must not lose it.
        QVERIFY(PublishRepository(**db).recordFailure(entry.value(), QStringLiteral("timeout"), false,
                                                      QDateTime::currentDateTimeUtc().addSecs(600)).ok());
    }
    m_blog->wordpress().deletePost(4);
    m_blog->wordpress().trashPost(6);
    QList<GonePost> gone;
    QVERIFY(runSync(&gone).ok());
    QCOMPARE(gone.size(), 2);
    QVERIFY(gone.at(0).keptAsDraft && gone.at(1).keptAsDraft);

    const Post a = load(edited);
    QVERIFY(!a.isTrashed());
    QCOMPARE(a.remoteId, 0);
    QCOMPARE(a.status, PostStatus::Draft);
    QVERIFY(a.dirty);
    QCOMPARE(a.body, QStringLiteral("<p>My unpushed edit.</p>"));
    QVERIFY(!a.notice.isEmpty());
    const Post b = load(queued);
    QVERIFY(!b.isTrashed());
    QCOMPARE(b.remoteId, 0);
    // Its queued publication waits for the user instead of silently bringing the post back.
    auto db = Database::open(m_path);
    auto entries = PublishRepository(**db).entries(m_blog->siteId());
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->constFirst().state, QStringLiteral("failed"));
    QVERIFY2(entries->constFirst().lastError.contains(QLatin1String("no longer on the blog")), qPrintable(entries->constFirst().lastError));
    QCOMPARE(PostRepository(**db).list({})->size(), 20);
}

void TestSyncEngineDeletions::removalHiddenByANewPostIsFound()
{
    m_blog->wordpress().addPosts(30);
    QVERIFY(runSync().ok());
    // One removed, one written: the blog still lists 30, the cache holds 31 after pulling the new one.
    m_blog->wordpress().deletePost(12);
    m_blog->wordpress().addPosts(1, QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));
    QList<GonePost> gone;
    QVERIFY(runSync(&gone).ok());
    QCOMPARE(gone.size(), 1);
    QCOMPARE(gone.constFirst().remoteId, 12);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM posts WHERE remote_id IS NOT NULL")), 30);
    QVERIFY(localIdOf(31) > 0);
}

void TestSyncEngineDeletions::publishingAfterTheRemovalCreatesANewPost()
{
    m_blog->wordpress().addPosts(10);
    QVERIFY(runSync().ok());
    const qint64 local = localIdOf(5);
    {
        auto db = Database::open(m_path);
        PostRepository repo(**db);
        Post post = repo.load(local).value();
        post.body = QStringLiteral("<p>Rewritten here.</p>");
        QVERIFY(repo.update(post).ok());
    }
    m_blog->wordpress().deletePost(5);
    QVERIFY(runSync().ok());
    {
        auto db = Database::open(m_path);
        QVERIFY(PublishRepository(**db).enqueuePublish(local, m_blog->siteId()).ok());
    }
    QList<Error> failures;
    const Status published = runPublisher(&failures);
    QVERIFY2(published.ok(), qPrintable(published.ok() ? QString() : published.error().message));
    const Post post = load(local);
    QCOMPARE(post.remoteId, 11); // a new post, not the dead id 5
    QVERIFY(m_blog->wordpress().hasPost(11));
    // The text, and at its end the new publication's token (how a lost answer to this create would be found).
    const QString written = m_blog->wordpress().post(11).value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString();
    QVERIFY2(written.startsWith(QStringLiteral("<p>Rewritten here.</p>\n<!-- longhand-publication lh")), qPrintable(written));
    QVERIFY(!post.dirty);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
}

void TestSyncEngineDeletions::queuedPublicationMeeting404IsKeptAndCanBeRetried()
{
    m_blog->wordpress().addPosts(10);
    QVERIFY(runSync().ok());
    const qint64 local = localIdOf(7);
    qint64 entry = 0;
    {
        auto db = Database::open(m_path);
        PostRepository repo(**db);
        Post post = repo.load(local).value();
        post.body = QStringLiteral("<p>Edited before publishing.</p>");
        QVERIFY(repo.update(post).ok());
        entry = PublishRepository(**db).enqueuePublish(local, m_blog->siteId()).value();
    }
    m_blog->wordpress().deletePost(7); // deleted on the web before the queued publication is sent
    QList<Error> failures;
    QVERIFY(!runPublisher(&failures).ok());
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.constFirst().code, Error::Code::RemoteNotFound);
    QVERIFY(!m_blog->wordpress().hasPost(7));
    Post post = load(local);
    QCOMPARE(post.remoteId, 0);
    QVERIFY(!post.isTrashed());
    QCOMPARE(post.body, QStringLiteral("<p>Edited before publishing.</p>"));
    QVERIFY(!post.notice.isEmpty());
    {
        auto db = Database::open(m_path);
        auto entries = PublishRepository(**db).entries(m_blog->siteId());
        QCOMPARE(entries->constFirst().state, QStringLiteral("failed"));
        QVERIFY(PublishRepository(**db).retry(entry).ok()); // the user's Retry
    }
    QVERIFY(runPublisher().ok());
    post = load(local);
    QCOMPARE(post.remoteId, 11);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
    // The sync after it agrees with the blog: nothing more is gone.
    QList<GonePost> gone;
    QVERIFY(runSync(&gone).ok());
    QVERIFY(gone.isEmpty());
}

void TestSyncEngineDeletions::queuedPublicationNeverUntrashes()
{
    m_blog->wordpress().addPosts(10);
    QVERIFY(runSync().ok());
    const qint64 local = localIdOf(2);
    {
        auto db = Database::open(m_path);
        QVERIFY(PublishRepository(**db).enqueuePublish(local, m_blog->siteId()).ok());
    }
    m_blog->wordpress().trashPost(2);
    QList<Error> failures;
    QVERIFY(!runPublisher(&failures).ok());
    QCOMPARE(failures.size(), 1);
    QCOMPARE(m_blog->wordpress().post(2).value(QStringLiteral("status")).toString(), QStringLiteral("trash")); // left in the trash
    const Post post = load(local);
    QCOMPARE(post.remoteId, 0);
    QVERIFY2(post.notice.contains(QLatin1String("trash")), qPrintable(post.notice));
}

// Issue 15 item 1: pages are listed whole each sync; a cached page the complete listing lacks is asked for by id and, when
// deleted or trashed, handled as a gone post (a page with local work kept as a draft, the others to the local trash).
void TestSyncEngineDeletions::pagesGoneAfterACompleteListing()
{
    m_blog->wordpress().addPosts(3);
    m_blog->wordpress().addPage(100, QStringLiteral("About"));
    m_blog->wordpress().addPage(101, QStringLiteral("Contact"));
    m_blog->wordpress().addPage(102, QStringLiteral("Imprint"));
    m_blog->wordpress().addPage(103, QStringLiteral("Team"));
    QVERIFY(runSync().ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM posts WHERE post_type = 'page' AND remote_id IS NOT NULL")), 4);
    const qint64 edited = localIdOf(101);
    {
        auto db = Database::open(m_path);
        PostRepository repo(**db);
        Post page = repo.load(edited).value();
        page.body = QStringLiteral("<p>Write to us.</p>");
        QVERIFY(repo.update(page).ok());
    }
    m_blog->wordpress().deletePage(100);
    m_blog->wordpress().deletePage(101);
    m_blog->wordpress().trashPage(102);
    m_blog->wordpress().requested.clear();
    QList<GonePost> gone;
    const Status status = runSync(&gone);
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
    QCOMPARE(gone.size(), 3);
    QCOMPARE(gone.at(0).remoteId, 100);
    QVERIFY(!gone.at(0).trashedOnBlog && !gone.at(0).keptAsDraft);
    QCOMPARE(gone.at(1).remoteId, 101);
    QVERIFY(gone.at(1).keptAsDraft);
    QCOMPARE(gone.at(2).remoteId, 102);
    QVERIFY(gone.at(2).trashedOnBlog);
    QVERIFY(std::all_of(gone.cbegin(), gone.cend(), [](const GonePost& page) { return page.type == PostType::Page; }));
    // Each missing page was asked for by id, and only those.
    const auto asked = std::count_if(m_blog->wordpress().requested.cbegin(), m_blog->wordpress().requested.cend(),
                                     [](const QUrl& url) { return url.path().startsWith(QLatin1String("/wp-json/wp/v2/pages/")); });
    QCOMPARE(asked, 3);

    const Post deleted = load(gone.at(0).id);
    QVERIFY(deleted.isTrashed());
    QCOMPARE(deleted.remoteId, 0);
    QCOMPARE(deleted.type, PostType::Page);
    QVERIFY2(deleted.notice.contains(QLatin1String("deleted on the blog")), qPrintable(deleted.notice));
    const Post kept = load(edited);
    QVERIFY(!kept.isTrashed());
    QCOMPARE(kept.remoteId, 0);
    QVERIFY(kept.dirty);
    QCOMPARE(kept.body, QStringLiteral("<p>Write to us.</p>"));
    QVERIFY2(kept.notice.contains(QLatin1String("new page")), qPrintable(kept.notice));
    QVERIFY2(load(gone.at(2).id).notice.contains(QLatin1String("trash on the blog")), qPrintable(load(gone.at(2).id).notice));
    QVERIFY(localIdOf(103) > 0); // still there, still linked
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM posts WHERE post_type = 'post' AND remote_id IS NOT NULL")), 3);

    // Settled: the next sync asks for no page by id.
    m_blog->wordpress().requested.clear();
    QList<GonePost> again;
    QVERIFY(runSync(&again).ok());
    QVERIFY(again.isEmpty());
    QVERIFY(std::none_of(m_blog->wordpress().requested.cbegin(), m_blog->wordpress().requested.cend(),
                         [](const QUrl& url) { return url.path().startsWith(QLatin1String("/wp-json/wp/v2/pages/")); }));
}

void TestSyncEngineDeletions::anIncompleteListingOfPagesDetachesNothing()
{
    m_blog->wordpress().addPosts(2);
    for (qint64 id = 100; id < 105; ++id) {
        m_blog->wordpress().addPage(id, QStringLiteral("Page %1").arg(id));
    }
    QVERIFY(runSync().ok());
    m_blog->wordpress().deletePage(100);
    // The listing of pages fails on its second page: the sync fails, and no page is taken for gone.
    m_blog->http().setRetryPolicy({1, 1});
    m_blog->wordpress().fault = [](const FakeRequest& request) -> std::optional<FakeResponse> {
        if (request.url.path().endsWith(QLatin1String("/wp/v2/pages")) && QUrlQuery(request.url).queryItemValue(QStringLiteral("page")) == QLatin1String("2")) {
            return FakeResponse::json(R"({"code":"internal_server_error","message":"boom","data":{"status":500}})", 500);
        }
        return std::nullopt;
    };
    SyncEngine engine(m_blog->storage(), m_blog->client());
    engine.setPerPage(2);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    QSignalSpy gone(&engine, &SyncEngine::postsGoneFromBlog);
    engine.start();
    QVERIFY(finished.wait(20000));
    m_blog->storage().waitForIdle();
    QVERIFY(!finished.constFirst().constFirst().value<Status>().ok());
    QCOMPARE(gone.size(), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM posts WHERE post_type = 'page' AND remote_id IS NOT NULL")), 5);
    QVERIFY(std::none_of(m_blog->wordpress().requested.cbegin(), m_blog->wordpress().requested.cend(),
                         [](const QUrl& url) { return url.path().startsWith(QLatin1String("/wp-json/wp/v2/pages/")); }));
}

QTEST_GUILESS_MAIN(TestSyncEngineDeletions)
#include "tst_syncengine_deletions.moc"
