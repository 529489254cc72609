// Comment sync at the scale of a busy blog (issue 16), against a fake WordPress: the hold queue's probe (a sync
// with nothing new asks the same whatever the size of the queue; a decision on the web below the probe is seen at
// the next sync; decisions that cancel out wait for the whole queue, read when due), and a full pull that asks
// pages only as fast as they are stored (bounded memory).
#include "core/remote/HttpClient.h"
#include "core/remote/WordPressClient.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/Database.h"
#include "core/storage/StorageExecutor.h"
#include "core/sync/SyncEngine.h"
#include "support/FakeBlog.h"
#include "support/FakeWordPress.h"
#include "support/TestSupport.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace longhand;
using namespace longhand::test;

class TestCommentSyncScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void nothingNewCostsTheSameWhateverTheQueue();
    void decisionBelowTheProbeIsSeenAtOnce();
    void decisionsThatCancelOutWaitForTheWholeQueue();
    void newestPassAsksTheIdsBelowItsFirstPage();
    void pagesAreAskedAsFastAsTheyAreStored();
    void firstPullPagesByIds();
    void sparseIdsArePagedByOffset();
    void resumedPullPagesTheWayItBegan();
    void heldIdsAreReadByTheirIndex();

private:
    Status runSync(int listRefreshSecs = 15 * 60);
    CommentStatus localStatus(qint64 remoteId);
    int scalar(const QString& sql);
    struct Asked
    {
        int comments = 0;    // requests to /comments
        int holdPages = 0;   // of them, pages of the hold queue
        int byId = 0;        // of them, include= (held comments looked up)
        int newestById = 0;  // of them, the newest pass's pages after the first (the ids below it)
        QList<int> holdPageNumbers;
    };
    Asked asked() const;

    QTemporaryDir m_dir;
    std::unique_ptr<FakeBlog> m_blog;
    QString m_path;
    int m_round = 0;
};

void TestCommentSyncScale::init()
{
    m_path = m_dir.filePath(QStringLiteral("scale-%1-%2.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())).arg(++m_round));
    m_blog = std::make_unique<FakeBlog>(m_path);
    QVERIFY2(m_blog->ok(), qPrintable(m_blog->error()));
    m_blog->wordpress().addPosts(1);
    m_blog->http().setRetryPolicy({1, 5});
}

void TestCommentSyncScale::cleanup()
{
    m_blog.reset();
}

Status TestCommentSyncScale::runSync(int listRefreshSecs)
{
    SyncEngine engine(m_blog->storage(), m_blog->client());
    engine.setListRefreshSecs(listRefreshSecs);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.start();
    if (!finished.wait(30000)) {
        return Error::make(Error::Code::Timeout, QStringLiteral("sync did not finish"));
    }
    m_blog->storage().waitForIdle();
    return finished.constFirst().constFirst().value<Status>();
}

CommentStatus TestCommentSyncScale::localStatus(qint64 remoteId)
{
    auto future = m_blog->storage().run([this, remoteId](Database& db) { return CommentRepository(db).byRemoteId(m_blog->siteId(), remoteId); });
    future.waitForFinished();
    const auto found = future.result();
    return found && found.value() ? found.value()->status : CommentStatus::Deleted;
}

int TestCommentSyncScale::scalar(const QString& sql)
{
    auto db = Database::open(m_path);
    QSqlQuery q((*db)->connection());
    if (!q.exec(sql) || !q.next()) {
        return -1;
    }
    return q.value(0).toInt();
}

TestCommentSyncScale::Asked TestCommentSyncScale::asked() const
{
    Asked seen;
    for (const QUrl& url : std::as_const(m_blog->wordpress().requested)) {
        if (!url.path().endsWith(QLatin1String("/comments"))) {
            continue;
        }
        const QUrlQuery query(url);
        ++seen.comments;
        if (query.queryItemValue(QStringLiteral("status")) == QLatin1String("hold")) {
            ++seen.holdPages;
            seen.holdPageNumbers.append(query.queryItemValue(QStringLiteral("page")).toInt());
        }
        if (query.hasQueryItem(QStringLiteral("include"))) {
            // The newest pass asks the ids below its first page by id too: those are not look-ups of held ones.
            const QStringList ids = query.queryItemValue(QStringLiteral("include")).split(QLatin1Char(','));
            if (ids.size() == 100 && ids.constFirst().toLongLong() - ids.constLast().toLongLong() == 99
                && query.queryItemValue(QStringLiteral("_fields")) == QLatin1String("id,status")
                && ids.constFirst().toLongLong() >= m_blog->wordpress().commentCount() - 500) {
                ++seen.newestById;
            } else {
                ++seen.byId;
            }
        }
    }
    return seen;
}

#define VERIFY_OK(expression)                                                                                  \
    do {                                                                                                       \
        const Status verified = (expression);                                                                  \
        QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().message));             \
    } while (false)

void TestCommentSyncScale::nothingNewCostsTheSameWhateverTheQueue()
{
    // A small queue and a large one, both older than the newest 500: the same requests with nothing new.
    QList<int> costs;
    for (const int held : {150, 1500}) {
        m_blog.reset();
        init();
        m_blog->wordpress().addComments(held, 1, QStringLiteral("hold"));
        m_blog->wordpress().addComments(600, 1, QStringLiteral("approved"));
        VERIFY_OK(runSync());
        m_blog->wordpress().requested.clear();
        VERIFY_OK(runSync());
        const Asked seen = asked();
        QCOMPARE(seen.byId, 0);                          // no held comment asked for by id
        QCOMPARE(seen.holdPageNumbers, QList<int> {1}); // the probe: the queue's first page and its count
        QCOMPARE(seen.newestById, 4); // listings are counted whole by WordPress on every page: ids are not
        costs.append(seen.comments);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM comments WHERE status = 'hold'")), held);
    }
    QCOMPARE(costs.constFirst(), 5 + 1); // the newest 500 by id and status (four of those pages by id), the probe
    QCOMPARE(costs.constLast(), costs.constFirst());
}

void TestCommentSyncScale::decisionBelowTheProbeIsSeenAtOnce()
{
    m_blog->wordpress().addComments(250, 1, QStringLiteral("hold"));      // 1…250, the probe lists 151…250
    m_blog->wordpress().addComments(600, 1, QStringLiteral("approved")); // 251…850, the newest 500 are 351…850
    VERIFY_OK(runSync());
    // An old held comment approved on the web: the queue counts one less below the probe.
    m_blog->wordpress().comment(7).insert(QStringLiteral("status"), QStringLiteral("approved"));
    m_blog->wordpress().requested.clear();
    VERIFY_OK(runSync());
    QCOMPARE(localStatus(7), CommentStatus::Approved);
    QCOMPARE(localStatus(8), CommentStatus::Hold);
    QCOMPARE(asked().holdPageNumbers.size(), 3); // the probe disagreed: the whole queue (three pages)
    QCOMPARE(asked().byId, 1);                   // comment 7, listed nowhere now, asked for by id

    // An old approved comment put back on hold on the web (in no list but the hold queue): one more held.
    m_blog->wordpress().comment(300).insert(QStringLiteral("status"), QStringLiteral("hold"));
    VERIFY_OK(runSync());
    QCOMPARE(localStatus(300), CommentStatus::Hold);
    // A deleted one: one less.
    m_blog->wordpress().removeComment(9);
    VERIFY_OK(runSync());
    QVERIFY(scalar(QStringLiteral("SELECT gone FROM comments WHERE remote_id = 9")) == 1);
    // And quiet again after that.
    m_blog->wordpress().requested.clear();
    VERIFY_OK(runSync());
    QCOMPARE(asked().holdPageNumbers, QList<int> {1});
    QCOMPARE(asked().byId, 0);
}

void TestCommentSyncScale::decisionsThatCancelOutWaitForTheWholeQueue()
{
    m_blog->wordpress().addComments(50, 1, QStringLiteral("approved"));  // 1…50
    m_blog->wordpress().addComments(250, 1, QStringLiteral("hold"));     // 51…300, the probe lists 201…300
    m_blog->wordpress().addComments(600, 1, QStringLiteral("approved")); // 301…900
    VERIFY_OK(runSync());
    // Between two syncs, one old held comment approved and an older approved one put back on hold, both below the
    // probe: the count is the same. The price of a probe that does not grow with the queue: this waits until the
    // whole queue is due.
    m_blog->wordpress().comment(60).insert(QStringLiteral("status"), QStringLiteral("approved"));
    m_blog->wordpress().comment(20).insert(QStringLiteral("status"), QStringLiteral("hold"));
    VERIFY_OK(runSync());
    QCOMPARE(localStatus(60), CommentStatus::Hold);
    QCOMPARE(localStatus(20), CommentStatus::Approved);
    // Due (the app: an hour after the whole queue was last read): both seen.
    m_blog->wordpress().requested.clear();
    VERIFY_OK(runSync(0));
    QCOMPARE(localStatus(60), CommentStatus::Approved);
    QCOMPARE(localStatus(20), CommentStatus::Hold);
    QCOMPARE(asked().holdPageNumbers.size(), 3);
}

void TestCommentSyncScale::newestPassAsksTheIdsBelowItsFirstPage()
{
    m_blog->wordpress().addComments(900, 1, QStringLiteral("approved"));
    VERIFY_OK(runSync());
    // Deleted for good on the web (spam emptied): no comment with an id in 601…700, the third page of the newest.
    for (qint64 id = 601; id <= 700; ++id) {
        m_blog->wordpress().removeComment(id);
    }
    // Spammed on the web on the fifth page (401…500) and the first (801…900).
    m_blog->wordpress().comment(420).insert(QStringLiteral("status"), QStringLiteral("spam"));
    m_blog->wordpress().comment(880).insert(QStringLiteral("status"), QStringLiteral("spam"));
    m_blog->wordpress().requested.clear();
    VERIFY_OK(runSync());
    QCOMPARE(localStatus(880), CommentStatus::Spam);
    QCOMPARE(localStatus(420), CommentStatus::Spam); // an empty page of ids is no end of the pass
    QStringList ranges;
    for (const QUrl& url : std::as_const(m_blog->wordpress().requested)) {
        const QString include = QUrlQuery(url).queryItemValue(QStringLiteral("include"));
        if (url.path().endsWith(QLatin1String("/comments")) && !include.isEmpty()) {
            ranges.append(include.section(QLatin1Char(','), 0, 0) + QLatin1Char('-') + include.section(QLatin1Char(','), -1));
        }
    }
    ranges.sort();
    QCOMPARE(ranges, (QStringList {QStringLiteral("500-401"), QStringLiteral("600-501"), QStringLiteral("700-601"),
                                   QStringLiteral("800-701")}));
}

void TestCommentSyncScale::pagesAreAskedAsFastAsTheyAreStored()
{
    m_blog->wordpress().addComments(3000, 1, QStringLiteral("approved"));
    // The storage thread stalls as soon as the first page of comments is asked for (a slow disk, or a cache far
    // larger than the page cache): answers must not pile up in memory meanwhile.
    QSemaphore release;
    bool blocked = false;
    m_blog->wordpress().fault = [&](const FakeRequest& request) -> std::optional<FakeResponse> {
        if (!blocked && request.url.path().endsWith(QLatin1String("/comments"))) {
            blocked = true;
            m_blog->storage().run([&release](Database&) {
                release.acquire();
                return Status();
            });
        }
        return std::nullopt;
    };
    SyncEngine engine(m_blog->storage(), m_blog->client());
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.start();
    QTRY_VERIFY(blocked);
    QTest::qWait(1500); // time enough for all 30 pages, were they asked for regardless
    const int askedWhileStalled = asked().comments;
    release.release();
    QVERIFY(finished.wait(30000));
    m_blog->storage().waitForIdle();
    VERIFY_OK(finished.constFirst().constFirst().value<Status>());
    // The newest id's probe, then four in flight and at most eight answered but not stored: never the whole list.
    QVERIFY2(askedWhileStalled <= 1 + 8, qPrintable(QStringLiteral("%1 requests while nothing was stored").arg(askedWhileStalled)));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM comments")), 3000);
    QCOMPARE(asked().comments, 1 + 30);
}

// Page N of a first pull by ids: "first-last" of its include=, or "page N" for a listing by offset.
static QStringList commentPages(const QList<QUrl>& requested)
{
    QStringList pages;
    for (const QUrl& url : requested) {
        const QUrlQuery query(url);
        if (!url.path().endsWith(QLatin1String("/comments")) || query.queryItemValue(QStringLiteral("per_page")) == QLatin1String("1")) {
            continue;
        }
        const QString include = query.queryItemValue(QStringLiteral("include"));
        pages.append(include.isEmpty() ? QStringLiteral("page %1").arg(query.queryItemValue(QStringLiteral("page")))
                                       : include.section(QLatin1Char(','), 0, 0) + QLatin1Char('-') + include.section(QLatin1Char(','), -1));
    }
    pages.sort();
    return pages;
}

void TestCommentSyncScale::firstPullPagesByIds()
{
    m_blog->wordpress().addComments(350, 1, QStringLiteral("approved"));
    for (qint64 id = 101; id <= 200; ++id) {
        m_blog->wordpress().removeComment(id); // a range without a comment is no end of the list
    }
    VERIFY_OK(runSync());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM comments")), 250);
    QCOMPARE(commentPages(m_blog->wordpress().requested),
             (QStringList {QStringLiteral("1-100"), QStringLiteral("101-200"), QStringLiteral("201-300"), QStringLiteral("301-400")}));
    // The next sync is a catch-up, quiet.
    m_blog->wordpress().addComments(1, 1, QStringLiteral("hold"));
    VERIFY_OK(runSync());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM comments")), 251);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM app_state WHERE key LIKE '%by_ids'")), 0);
}

void TestCommentSyncScale::sparseIdsArePagedByOffset()
{
    m_blog->wordpress().addComments(1000, 1, QStringLiteral("approved"));
    for (qint64 id = 1; id <= 800; ++id) {
        m_blog->wordpress().removeComment(id); // 200 comments over 1,000 ids: ten ranges for two pages
    }
    VERIFY_OK(runSync());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM comments")), 200);
    QCOMPARE(commentPages(m_blog->wordpress().requested), (QStringList {QStringLiteral("page 1"), QStringLiteral("page 2")}));
}

void TestCommentSyncScale::resumedPullPagesTheWayItBegan()
{
    m_blog->wordpress().addComments(600, 1, QStringLiteral("approved"));
    // The fourth range fails: the run stops with what was stored before it recorded.
    m_blog->wordpress().fault = [](const FakeRequest& request) -> std::optional<FakeResponse> {
        if (QUrlQuery(request.url).queryItemValue(QStringLiteral("include")).startsWith(QLatin1String("301,"))) {
            return FakeResponse::json(R"({"code":"forbidden","message":"No.","data":{"status":403}})", 403);
        }
        return std::nullopt;
    };
    QVERIFY(!runSync().ok());
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM comments")) < 600);
    // Meanwhile comments 1…50 are deleted for good: by offset every page would shift and skip 50 comments.
    for (qint64 id = 1; id <= 50; ++id) {
        m_blog->wordpress().removeComment(id);
    }
    m_blog->wordpress().fault = nullptr;
    m_blog->wordpress().requested.clear();
    VERIFY_OK(runSync());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM comments WHERE remote_id > 300")), 300);
    for (const QString& page : commentPages(m_blog->wordpress().requested)) {
        QVERIFY2(!page.startsWith(QLatin1String("page")), qPrintable(page));
    }
}

void TestCommentSyncScale::heldIdsAreReadByTheirIndex()
{
    m_blog->wordpress().addComments(20, 1, QStringLiteral("hold"));
    m_blog->wordpress().addComments(20, 1, QStringLiteral("approved"));
    VERIFY_OK(runSync());
    auto future = m_blog->storage().run([this](Database& db) { return CommentRepository(db).heldRemoteIds(m_blog->siteId()); });
    future.waitForFinished();
    QCOMPARE(future.result().value().size(), 20);
    // The query CommentRepository::heldRemoteIds runs, as SQLite plans it: the partial index of schema 15, not a
    // walk over every comment of the blog.
    auto db = Database::open(m_path);
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT remote_id FROM comments WHERE site_id = 1 AND remote_status = 'hold' "
                                  "AND gone = 0 AND remote_id IS NOT NULL ORDER BY remote_id")));
    QString plan;
    while (q.next()) {
        plan += q.value(3).toString() + QLatin1Char('\n');
    }
    QVERIFY2(plan.contains(QLatin1String("comments_held_remote")), qPrintable(plan));
}

QTEST_GUILESS_MAIN(TestCommentSyncScale)
#include "tst_commentsyncscale.moc"
