// The moderation queue's filters of issue 16 against a fake WordPress and a real cache: comment types
// pulled (pingbacks and trackbacks, never block-editor notes), Unreplied (kept by triggers as replies come
// and go), Mine (the signed-in account's posts), each combined with status, blog, post and search, the
// counts that go with them, and query plans that use an index rather than a subquery per comment.
#include "core/moderation/TriageRules.h"
#include "core/remote/WordPressClient.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/StorageExecutor.h"
#include "core/sync/SyncEngine.h"
#include "support/FakeBlog.h"
#include "support/FakeWordPress.h"
#include "support/TestSupport.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace longhand;
using namespace longhand::test;

class TestCommentFilters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pullStoresPingsAndTrackbacksButNoNotes();
    void unrepliedMineAndTypeCombineWithEverything();
    void countsFollowTheFilters();
    void unrepliedFollowsRepliesAsTheyComeAndGo();
    void filtersUseIndexes();
    void onlyIdsKeepAReviewPassListAsItIsAnswered();
    void upgradeMarksTheRepliesAlreadyCached();

private:
    Status runSync();
    QList<qint64> remoteIds(const CommentFilter& filter);
    Comment local(qint64 remoteId);
    template <typename Fn>
    auto onStorage(Fn fn)
    {
        auto future = m_blog->storage().run(std::move(fn));
        future.waitForFinished();
        return future.result();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<FakeBlog> m_blog;
    QString m_path;
};

#define VERIFY_OK(expression)                                                                                  \
    do {                                                                                                       \
        const Status verified = (expression);                                                                  \
        QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().message));             \
    } while (false)

void TestCommentFilters::init()
{
    m_path = m_dir.filePath(QStringLiteral("filters-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_blog = std::make_unique<FakeBlog>(m_path, [](Site& site) {
        site.userId = 1;
        site.userDisplayName = QStringLiteral("Admin");
    });
    QVERIFY2(m_blog->ok(), qPrintable(m_blog->error()));
    {
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE sites SET user_id = 1, user_display_name = 'Admin'")));
    }
    FakeWordPress& wp = m_blog->wordpress();
    wp.addPosts(2);
    wp.post(2).insert(QStringLiteral("author"), 7); // someone else's post
    wp.addComments(6, 1, QStringLiteral("hold"));     // 1..6 on my post
    wp.addComments(4, 2, QStringLiteral("approved")); // 7..10 on the other post
    wp.addComments(1, 1, QStringLiteral("approved")); // 11: a pingback
    wp.comment(11).insert(QStringLiteral("type"), QStringLiteral("pingback"));
    wp.comment(11).insert(QStringLiteral("author_name"), QStringLiteral("Another Film Blog"));
    wp.addComments(1, 2, QStringLiteral("hold")); // 12: a trackback
    wp.comment(12).insert(QStringLiteral("type"), QStringLiteral("trackback"));
    wp.addComments(1, 1, QStringLiteral("approved")); // 13: a block-editor note, never synced
    wp.comment(13).insert(QStringLiteral("type"), QStringLiteral("note"));
    wp.addComments(1, 2, QStringLiteral("approved")); // 14: the blog's admin answers comment 7
    wp.comment(14).insert(QStringLiteral("author"), 1);
    wp.comment(14).insert(QStringLiteral("parent"), 7);
    wp.addComments(1, 2, QStringLiteral("approved")); // 15: a reader answers comment 8 (not a reply by the blog)
    wp.comment(15).insert(QStringLiteral("parent"), 8);
    wp.comment(3).insert(QStringLiteral("content"), QJsonObject {{QStringLiteral("raw"), QStringLiteral("A word about the projector")}});
}

void TestCommentFilters::cleanup()
{
    m_blog.reset();
}

Status TestCommentFilters::runSync()
{
    SyncEngine engine(m_blog->storage(), m_blog->client());
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.start();
    if (!finished.wait(20000)) {
        return Error::make(Error::Code::Timeout, QStringLiteral("sync did not finish"));
    }
    m_blog->storage().waitForIdle();
    return finished.constFirst().constFirst().value<Status>();
}

QList<qint64> TestCommentFilters::remoteIds(const CommentFilter& filter)
{
    auto ids = onStorage([filter](Database& db) -> Result<QList<Comment>> {
        CommentRepository comments(db);
        auto found = comments.ids(filter);
        if (!found) {
            return found.error();
        }
        return comments.byIds(found.value());
    });
    QList<qint64> result;
    if (ids) {
        for (const Comment& c : ids.value()) {
            result.append(c.remoteId);
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

Comment TestCommentFilters::local(qint64 remoteId)
{
    auto found = onStorage([this, remoteId](Database& db) { return CommentRepository(db).byRemoteId(m_blog->siteId(), remoteId); });
    return found && found.value() ? *found.value() : Comment {};
}

void TestCommentFilters::pullStoresPingsAndTrackbacksButNoNotes()
{
    VERIFY_OK(runSync());
    QCOMPARE(local(11).type, QStringLiteral("pingback"));
    QVERIFY(local(11).isPing());
    QCOMPARE(local(12).type, QStringLiteral("trackback"));
    QCOMPARE(local(1).type, QStringLiteral("comment"));
    QCOMPARE(local(13).id, 0); // the note
    CommentFilter all;
    QCOMPARE(remoteIds(all), (QList<qint64> {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15}));
    // Every listing asked for every type (WordPress lists only type=comment unless asked).
    int listings = 0;
    for (const QUrl& url : std::as_const(m_blog->wordpress().requested)) {
        if (url.path().endsWith(QLatin1String("/comments"))) {
            ++listings;
            QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("type")), QStringLiteral("all"));
        }
    }
    QVERIFY(listings > 0);
    // A second sync (the incremental reconciliation) still knows the pings and does not lose them.
    m_blog->wordpress().comment(12).insert(QStringLiteral("status"), QStringLiteral("approved"));
    VERIFY_OK(runSync());
    QCOMPARE(local(12).status, CommentStatus::Approved);
    QCOMPARE(local(13).id, 0);
}

void TestCommentFilters::unrepliedMineAndTypeCombineWithEverything()
{
    VERIFY_OK(runSync());
    CommentFilter unreplied;
    unreplied.unreplied = true;
    // 7 has the admin's answer, 14 is that answer; 8's reply is by a reader, so 8 is still unreplied.
    QCOMPARE(remoteIds(unreplied), (QList<qint64> {1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 15}));
    CommentFilter mine;
    mine.mine = true;
    QCOMPARE(remoteIds(mine), (QList<qint64> {1, 2, 3, 4, 5, 6, 11}));
    CommentFilter pings;
    pings.type = QStringLiteral("pingback");
    QCOMPARE(remoteIds(pings), (QList<qint64> {11}));
    CommentFilter trackbacks;
    trackbacks.type = QStringLiteral("trackback");
    QCOMPARE(remoteIds(trackbacks), (QList<qint64> {12}));
    CommentFilter comments;
    comments.type = QStringLiteral("comment");
    QCOMPARE(remoteIds(comments).size(), 12);

    CommentFilter combined;
    combined.unreplied = true;
    combined.status = CommentStatus::Hold;
    QCOMPARE(remoteIds(combined), (QList<qint64> {1, 2, 3, 4, 5, 6, 12}));
    combined.mine = true;
    QCOMPARE(remoteIds(combined), (QList<qint64> {1, 2, 3, 4, 5, 6}));
    combined.search = QStringLiteral("projector");
    QCOMPARE(remoteIds(combined), (QList<qint64> {3}));
    combined.siteId = m_blog->siteId();
    QCOMPARE(remoteIds(combined), (QList<qint64> {3}));
    combined.siteId = m_blog->siteId() + 100;
    QVERIFY(remoteIds(combined).isEmpty());

    CommentFilter onPost;
    onPost.postRemoteId = 2;
    onPost.unreplied = true;
    onPost.status = CommentStatus::Approved;
    QCOMPARE(remoteIds(onPost), (QList<qint64> {8, 9, 10, 15}));
    onPost.type = QStringLiteral("comment");
    onPost.status.reset();
    QCOMPARE(remoteIds(onPost), (QList<qint64> {8, 9, 10, 15}));
    onPost.mine = true; // not my post
    QVERIFY(remoteIds(onPost).isEmpty());

    // Mine needs to know who is signed in: an account without a user id has no posts of its own.
    VERIFY_OK(onStorage([](Database& db) -> Status {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("UPDATE sites SET user_id = 0")) ? Status {} : Status(Error::make(Error::Code::Database, q.lastError().text()));
    }));
    QVERIFY(remoteIds(mine).isEmpty());
}

void TestCommentFilters::countsFollowTheFilters()
{
    VERIFY_OK(runSync());
    CommentFilter filter;
    filter.unreplied = true;
    filter.status = CommentStatus::Hold; // counts are per status: the status itself is not a filter of them
    auto counts = onStorage([filter](Database& db) { return CommentRepository(db).counts(filter); });
    QVERIFY(counts.ok());
    QCOMPARE(counts->hold, 7);
    QCOMPARE(counts->approved, 5);
    QCOMPARE(counts->total(), 12);
    filter.mine = true;
    counts = onStorage([filter](Database& db) { return CommentRepository(db).counts(filter); });
    QCOMPARE(counts->hold, 6);
    QCOMPARE(counts->approved, 1);
    filter.mine = false;
    filter.type = QStringLiteral("trackback");
    counts = onStorage([filter](Database& db) { return CommentRepository(db).counts(filter); });
    QCOMPARE(counts->hold, 1);
    QCOMPARE(counts->total(), 1);
    filter.type.clear();
    filter.unreplied = false;
    filter.search = QStringLiteral("projector");
    counts = onStorage([filter](Database& db) { return CommentRepository(db).counts(filter); });
    QCOMPARE(counts->total(), 1);
    // The old form still counts a blog's and a post's comments.
    auto perPost = onStorage([this](Database& db) { return CommentRepository(db).counts(m_blog->siteId(), 2); });
    QCOMPARE(perPost->total(), 7);
}

void TestCommentFilters::unrepliedFollowsRepliesAsTheyComeAndGo()
{
    VERIFY_OK(runSync());
    QVERIFY(local(2).isUnreplied());
    QVERIFY(!local(7).isUnreplied());
    QVERIFY(!local(14).isUnreplied()); // by a user of the blog
    // A reply written here (offline, not sent yet) answers the comment at once; its undo takes that back.
    auto change = onStorage([id = local(2).id](Database& db) { return CommentRepository(db).reply(id, QStringLiteral("Thanks!")); });
    QVERIFY(change.ok());
    QVERIFY(!local(2).isUnreplied());
    VERIFY_OK(onStorage([c = change.value()](Database& db) { return CommentRepository(db).undo(c); }));
    QVERIFY(local(2).isUnreplied());
    // The admin's answer to 7 trashed: 7 waits for an answer again; restored: answered.
    auto trashed = onStorage([id = local(14).id](Database& db) { return CommentRepository(db).setStatus({id}, CommentStatus::Trash); });
    QVERIFY(trashed.ok());
    QVERIFY(local(7).isUnreplied());
    VERIFY_OK(onStorage([c = trashed.value()](Database& db) { return CommentRepository(db).undo(c); }));
    QVERIFY(!local(7).isUnreplied());
    // A reply pulled before its parent (a catch-up reads newest first) still marks the parent once it comes.
    FakeWordPress& wp = m_blog->wordpress();
    wp.addComments(1, 1, QStringLiteral("approved")); // 16, answered by 17 below
    wp.addComments(1, 1, QStringLiteral("approved")); // 17
    wp.comment(17).insert(QStringLiteral("author"), 1);
    wp.comment(17).insert(QStringLiteral("parent"), 16);
    VERIFY_OK(runSync());
    QVERIFY(!local(16).isUnreplied());
}

// A review pass (issue 16 item 6) fixes its list when it starts: a comment answered meanwhile keeps its place.
void TestCommentFilters::onlyIdsKeepAReviewPassListAsItIsAnswered()
{
    VERIFY_OK(runSync());
    CommentFilter pass;
    pass.siteId = m_blog->siteId();
    pass.postRemoteId = 1;
    pass.onlyIds = { local(5).id, local(2).id, local(8).id }; // 8 is on the other post
    pass.newestFirst = false;
    QCOMPARE(remoteIds(pass), QList<qint64>({ 2, 5 }));
    auto change = onStorage([id = local(2).id](Database& db) { return CommentRepository(db).reply(id, QStringLiteral("Thanks!")); });
    QVERIFY(change.ok());
    QCOMPARE(remoteIds(pass), QList<qint64>({ 2, 5 })); // answered, still listed (the reply is not)
    pass.unreplied = true;
    QCOMPARE(remoteIds(pass), QList<qint64>({ 5 }));
    auto plan = onStorage([pass](Database& db) { return CommentRepository(db).queryPlan(pass); });
    QVERIFY(plan.ok());
    QVERIFY2(!plan->join(QLatin1Char('\n')).contains(QLatin1String("SCAN c")), qPrintable(plan->join(QLatin1Char('\n'))));
    auto post = onStorage([this](Database& db) { return CommentRepository(db).commentedPost(m_blog->siteId(), 1); });
    QVERIFY(post.ok() && post.value());
    QVERIFY(post.value()->html);
    QVERIFY(!post.value()->title.isEmpty());
    auto none = onStorage([this](Database& db) { return CommentRepository(db).commentedPost(m_blog->siteId(), 999); });
    QVERIFY(none.ok() && !none.value());
}

void TestCommentFilters::filtersUseIndexes()
{
    VERIFY_OK(runSync());
    const auto plan = [this](const CommentFilter& filter) {
        auto lines = onStorage([filter](Database& db) { return CommentRepository(db).queryPlan(filter); });
        return lines ? lines->join(QLatin1Char('\n')) : QString();
    };
    CommentFilter unreplied;
    unreplied.unreplied = true;
    unreplied.status = CommentStatus::Hold;
    QVERIFY2(plan(unreplied).contains(QLatin1String("comments_unreplied")), qPrintable(plan(unreplied)));
    unreplied.status.reset();
    QVERIFY2(plan(unreplied).contains(QLatin1String("comments_unreplied_by_date")), qPrintable(plan(unreplied)));
    CommentFilter type;
    type.type = QStringLiteral("pingback");
    type.status = CommentStatus::Approved;
    QVERIFY2(plan(type).contains(QLatin1String("comments_by_type")), qPrintable(plan(type)));
    CommentFilter mine;
    mine.mine = true;
    mine.status = CommentStatus::Hold;
    const QString minePlan = plan(mine);
    // Mine is a column kept by triggers (schema 14): one range of a partial index that covers the query (no row read),
    // in order, no subquery, no sort.
    QVERIFY2(minePlan.contains(QLatin1String("USING COVERING INDEX comments_mine (status=?)")), qPrintable(minePlan));
    QVERIFY2(!minePlan.contains(QLatin1String("SUBQUERY")) && !minePlan.contains(QLatin1String("TEMP B-TREE")), qPrintable(minePlan));
    mine.status.reset();
    QVERIFY2(plan(mine).contains(QLatin1String("comments_mine_by_date")), qPrintable(plan(mine)));
    QVERIFY2(!plan(mine).contains(QLatin1String("TEMP B-TREE")), qPrintable(plan(mine)));
    // Every index the queue reads covers its query: no row is read to check a status or a flag.
    type.type = QStringLiteral("comment");
    QVERIFY2(plan(type).contains(QLatin1String("COVERING INDEX comments_by_type")), qPrintable(plan(type)));
    unreplied.status = CommentStatus::Hold;
    QVERIFY2(plan(unreplied).contains(QLatin1String("COVERING INDEX comments_unreplied")), qPrintable(plan(unreplied)));
    CommentFilter every;
    QVERIFY2(plan(every).contains(QLatin1String("COVERING INDEX comments_by_date")), qPrintable(plan(every)));
    QVERIFY2(!plan(every).contains(QLatin1String("TEMP B-TREE")), qPrintable(plan(every)));
}

void TestCommentFilters::upgradeMarksTheRepliesAlreadyCached()
{
    // A cache of schema 8 (before the filters) holding a comment, the blog user's answer to it and an unanswered one.
    const QString path = m_dir.filePath(QStringLiteral("schema8.sqlite"));
    {
        auto old = Database::open(path, 8);
        QVERIFY2(old, qPrintable(errorOf(old)));
        QSqlQuery q((*old)->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sites (id, name, base_url, created_at, user_id) VALUES (1, 'b', 'https://b', '2026-01-01', 1)")));
        for (const QString& row : {QStringLiteral("1, 0, 0, 'hold'"), QStringLiteral("2, 1, 1, 'approved'"), QStringLiteral("3, 0, 0, 'hold'"),
                                   QStringLiteral("4, 3, 1, 'trash'")}) {
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO comments (site_id, remote_id, parent_remote_id, author_id, status, post_remote_id, date_gmt) "
                                           "VALUES (1, %1, 7, '2026-01-01T00:00:00Z')").arg(row)),
                     qPrintable(q.lastError().text()));
        }
    }
    auto upgraded = Database::open(path);
    QVERIFY2(upgraded, qPrintable(errorOf(upgraded)));
    QCOMPARE((*upgraded)->schemaVersion(), latestSchemaVersion());
    CommentRepository comments(**upgraded);
    const auto byRemote = [&comments](qint64 id) {
        auto found = comments.byRemoteId(1, id);
        return found && found.value() ? *found.value() : Comment {};
    };
    QCOMPARE(byRemote(1).type, QStringLiteral("comment"));
    QVERIFY(!byRemote(1).isUnreplied()); // answered by the blog's user
    QVERIFY(byRemote(3).isUnreplied());  // its only answer is in the trash
    CommentFilter unreplied;
    unreplied.unreplied = true;
    QCOMPARE(comments.ids(unreplied).valueOr({}).size(), 1);
}

QTEST_GUILESS_MAIN(TestCommentFilters)
#include "tst_commentfilters.moc"
