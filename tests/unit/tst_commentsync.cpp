// Comments end to end against a fake WordPress: the pull (all statuses, flags, search), the
// incremental pull's status reconciliation, and the moderator's actions through the outbox —
// coalescing, undo, replay, the web's decision standing, comments deleted on the web, and a reply
// whose answer was lost that must not be posted twice.
#include "core/moderation/TriageRules.h"
#include "core/remote/WordPressClient.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/StorageExecutor.h"
#include "core/sync/CommentReplayer.h"
#include "core/sync/SyncEngine.h"
#include "support/FakeBlog.h"
#include "support/FakeWordPress.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

class TestCommentSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pullStoresEveryStatusWithFlags();
    void searchCoversTextAuthorEmailUrlAndIp();
    void incrementalPullReconcilesWebChanges();
    void actionsCoalesceInTheOutbox();
    void replayPushesActions();
    void webDecisionStands();
    void deletedOnTheWebIsMarkedNotRetried();
    void replyToPendingApprovesParentFirst();
    void lostReplyAnswerIsNotPostedTwice();
    void deleteForGoodAndUndoBeforePush();
    void deleteGoesOnFromTheTrash();
    void transientFailureKeepsActionQueued();
    void localDecisionSurvivesAPull();
    void catchUpAsksNewCommentsById();
    void catchUpReadsAFloodInPages();
    void holdQueueIsReadWhenDue();
    void manyHeldCommentsAreCheckedInBatches();
    void commentMissedBelowANewerOneIsFetched();
    void floodCutOffIsReadAgain();

private:
    Status runSync(int listRefreshSecs = 15 * 60);
    Status replay();
    Comment local(qint64 remoteId);
    int scalar(const QString& sql);
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

void TestCommentSync::init()
{
    m_path = m_dir.filePath(QStringLiteral("comments-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_blog = std::make_unique<FakeBlog>(m_path, [](Site& site) {
        site.userId = 1;
        site.userDisplayName = QStringLiteral("Admin");
    });
    QVERIFY2(m_blog->ok(), qPrintable(m_blog->error()));
    m_blog->wordpress().addPosts(2);
    {
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE sites SET user_id = 1, user_display_name = 'Admin'")));
    }
    m_blog->http().setRetryPolicy({1, 5});
}

void TestCommentSync::cleanup()
{
    m_blog.reset();
}

Status TestCommentSync::runSync(int listRefreshSecs)
{
    SyncEngine engine(m_blog->storage(), m_blog->client());
    engine.setListRefreshSecs(listRefreshSecs);
    TriageSettings triage;
    triage.blockedWords = {QStringLiteral("casino")};
    triage.blockedAddresses = {QStringLiteral("203.0.113.*")};
    engine.setTriageSettings(triage);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.start();
    if (!finished.wait(20000)) {
        return Error::make(Error::Code::Timeout, QStringLiteral("sync did not finish"));
    }
    m_blog->storage().waitForIdle();
    return finished.constFirst().constFirst().value<Status>();
}

Status TestCommentSync::replay()
{
    CommentReplayer replayer(m_blog->storage(), m_blog->client());
    QSignalSpy finished(&replayer, &CommentReplayer::finished);
    replayer.replay();
    if (!finished.wait(20000)) {
        return Error::make(Error::Code::Timeout, QStringLiteral("replay did not finish"));
    }
    m_blog->storage().waitForIdle();
    return finished.constFirst().constFirst().value<Status>();
}

Comment TestCommentSync::local(qint64 remoteId)
{
    auto found = onStorage([this, remoteId](Database& db) { return CommentRepository(db).byRemoteId(m_blog->siteId(), remoteId); });
    return found && found.value() ? *found.value() : Comment {};
}

int TestCommentSync::scalar(const QString& sql)
{
    auto db = Database::open(m_path);
    QSqlQuery q((*db)->connection());
    if (!q.exec(sql) || !q.next()) {
        return -1;
    }
    return q.value(0).toInt();
}

#define VERIFY_OK(expression)                                                                                  \
    do {                                                                                                       \
        const Status verified = (expression);                                                                  \
        QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().message));             \
    } while (false)

void TestCommentSync::pullStoresEveryStatusWithFlags()
{
    m_blog->wordpress().addComments(150, 1, QStringLiteral("approved"));
    m_blog->wordpress().addComments(30, 1, QStringLiteral("hold"));
    m_blog->wordpress().addComments(10, 2, QStringLiteral("spam"));
    m_blog->wordpress().addComments(5, 2, QStringLiteral("trash"));
    m_blog->wordpress().addComments(4, 2, QStringLiteral("hold"));
    auto& links = m_blog->wordpress().comment(196);
    links.insert(QStringLiteral("content"), QJsonObject {{QStringLiteral("raw"), QStringLiteral("<a href=\"https://a.example/\">a</a> and https://b.example/ too")}});
    m_blog->wordpress().comment(197).insert(QStringLiteral("content"), QJsonObject {{QStringLiteral("raw"), QStringLiteral("THIS FILM IS THE WORST THING EVER MADE")}});
    m_blog->wordpress().comment(198).insert(QStringLiteral("content"), QJsonObject {{QStringLiteral("raw"), QStringLiteral("Great casino offers here")}});
    m_blog->wordpress().comment(199).insert(QStringLiteral("author_ip"), QStringLiteral("203.0.113.9"));
    m_blog->wordpress().comment(2).insert(QStringLiteral("content"), QJsonObject {{QStringLiteral("raw"), QStringLiteral("Comment number 1 on the film!")}});
    VERIFY_OK(runSync());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM comments")), 199);
    auto counts = onStorage([this](Database& db) { return CommentRepository(db).counts(m_blog->siteId()); });
    QVERIFY(counts.ok());
    QCOMPARE(counts->approved, 150);
    QCOMPARE(counts->hold, 34);
    QCOMPARE(counts->spam, 10);
    QCOMPARE(counts->trash, 5);
    auto perPost = onStorage([this](Database& db) { return CommentRepository(db).counts(m_blog->siteId(), 2); });
    QCOMPARE(perPost->total(), 19);
    QVERIFY(local(196).flags & FlagManyLinks);
    QCOMPARE(local(196).linkCount, 2);
    QVERIFY(local(197).flags & FlagShouting);
    QVERIFY(local(198).flags & FlagBlockedWord);
    QVERIFY(local(199).flags & FlagBlockedAddress);
    QVERIFY(local(2).flags & FlagDuplicate);     // same words as comment 1, later
    QVERIFY(!(local(1).flags & FlagDuplicate));  // the first is not the copy
    QCOMPARE(local(1).authorEmail, QStringLiteral("reader1@example.org"));
    QCOMPARE(local(1).dateGmt, QDateTime(QDate(2026, 1, 1), QTime(12, 1), Qt::UTC));
    // The pull asked for every status at once, with trimmed fields.
    bool sawAny = false;
    for (const QUrl& url : std::as_const(m_blog->wordpress().requested)) {
        const QUrlQuery query(url);
        if (url.path().endsWith(QLatin1String("/comments")) && query.queryItemValue(QStringLiteral("status")) == QLatin1String("any")
            && query.queryItemValue(QStringLiteral("_fields")) != QLatin1String("id,status")) { // not the newest id's probe
            sawAny = true;
            QVERIFY(query.queryItemValue(QStringLiteral("_fields")).contains(QLatin1String("author_ip")));
        }
    }
    QVERIFY(sawAny);
}

void TestCommentSync::searchCoversTextAuthorEmailUrlAndIp()
{
    m_blog->wordpress().addComments(20, 1, QStringLiteral("approved"));
    m_blog->wordpress().comment(5).insert(QStringLiteral("author_url"), QStringLiteral("https://filmfan.example/"));
    m_blog->wordpress().comment(6).insert(QStringLiteral("content"), QJsonObject {{QStringLiteral("raw"), QStringLiteral("The <em>cinematography</em> was superb")}});
    VERIFY_OK(runSync());
    const auto search = [this](const QString& text) {
        CommentFilter filter;
        filter.search = text;
        auto ids = onStorage([filter](Database& db) { return CommentRepository(db).ids(filter); });
        return ids ? int(ids->size()) : -1;
    };
    QCOMPARE(search(QStringLiteral("cinematography")), 1);
    QCOMPARE(search(QStringLiteral("Reader 7")), 1 + 0); // "Reader 7" matches the name of comment 7 only
    QCOMPARE(search(QStringLiteral("reader12@example.org")), 1);
    QCOMPARE(search(QStringLiteral("filmfan")), 1);
    QCOMPARE(search(QStringLiteral("192.0.2.13")), 1);
    QCOMPARE(search(QStringLiteral("nothing-like-this")), 0);
}

void TestCommentSync::incrementalPullReconcilesWebChanges()
{
    // Old held comments (beyond the newest 500 the status pass reads) and many newer ones.
    m_blog->wordpress().addComments(5, 1, QStringLiteral("hold"));
    m_blog->wordpress().addComments(600, 1, QStringLiteral("approved"));
    VERIFY_OK(runSync());
    QCOMPARE(local(1).status, CommentStatus::Hold);
    // On the web meanwhile: an old held comment approved, another deleted, a recent one spammed, a new one.
    m_blog->wordpress().comment(1).insert(QStringLiteral("status"), QStringLiteral("approved"));
    m_blog->wordpress().removeComment(2);
    m_blog->wordpress().comment(600).insert(QStringLiteral("status"), QStringLiteral("spam"));
    m_blog->wordpress().addComments(1, 2, QStringLiteral("hold"));
    m_blog->wordpress().requested.clear();
    VERIFY_OK(runSync());
    QCOMPARE(local(1).status, CommentStatus::Approved);
    QVERIFY(local(2).gone);
    QCOMPARE(local(600).status, CommentStatus::Spam);
    QCOMPARE(local(606).status, CommentStatus::Hold);
    QCOMPARE(local(3).status, CommentStatus::Hold);
    // Cheap: one page of new comments, then id,status only.
    int fullPages = 0;
    int statusPages = 0;
    for (const QUrl& url : std::as_const(m_blog->wordpress().requested)) {
        const QUrlQuery query(url);
        if (!url.path().contains(QLatin1String("/comments"))) {
            continue;
        }
        if (query.queryItemValue(QStringLiteral("_fields")) == QLatin1String("id,status")) {
            ++statusPages;
        } else {
            ++fullPages;
        }
    }
    QCOMPARE(fullPages, 1 + 1);  // the new comments' page, and comment 2 alone (found deleted)
    QVERIFY(statusPages <= 1 + 5 + 1); // the hold queue, the newest 500, the held ones not listed
    // Nothing changed: the same small number of requests, nothing stored twice.
    m_blog->wordpress().requested.clear();
    VERIFY_OK(runSync());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM comments")), 606);
}

void TestCommentSync::actionsCoalesceInTheOutbox()
{
    m_blog->wordpress().addComments(3, 1, QStringLiteral("hold"));
    VERIFY_OK(runSync());
    const qint64 id = local(1).id;
    auto approve = onStorage([id](Database& db) { return CommentRepository(db).setStatus({id}, CommentStatus::Approved); });
    QVERIFY(approve.ok());
    QCOMPARE(local(1).status, CommentStatus::Approved);
    QVERIFY(local(1).pending);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'comment'")), 1);
    auto spam = onStorage([id](Database& db) { return CommentRepository(db).setStatus({id}, CommentStatus::Spam); });
    QVERIFY(spam.ok());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'comment'")), 1);
    // Undo twice: back where the server is, nothing left to send.
    QVERIFY(onStorage([c = spam.value()](Database& db) { return CommentRepository(db).undo(c); }).ok());
    QVERIFY(onStorage([c = approve.value()](Database& db) { return CommentRepository(db).undo(c); }).ok());
    QCOMPARE(local(1).status, CommentStatus::Hold);
    QVERIFY(!local(1).pending);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), 0);
}

void TestCommentSync::replayPushesActions()
{
    m_blog->wordpress().addComments(4, 1, QStringLiteral("hold"));
    VERIFY_OK(runSync());
    const QList<qint64> ids {local(1).id, local(2).id};
    QVERIFY(onStorage([ids](Database& db) { return CommentRepository(db).setStatus(ids, CommentStatus::Approved); }).ok());
    QVERIFY(onStorage([id = local(3).id](Database& db) { return CommentRepository(db).setStatus({id}, CommentStatus::Trash); }).ok());
    auto spam = onStorage([id = local(4).id](Database& db) { return CommentRepository(db).setStatus({id}, CommentStatus::Spam); });
    VERIFY_OK(replay());
    QCOMPARE(m_blog->wordpress().comment(1).value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(m_blog->wordpress().comment(2).value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(m_blog->wordpress().comment(3).value(QStringLiteral("status")).toString(), QStringLiteral("trash"));
    QCOMPARE(m_blog->wordpress().comment(4).value(QStringLiteral("status")).toString(), QStringLiteral("spam"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), 0);
    QVERIFY(!local(4).pending);
    QCOMPARE(local(4).remoteStatus, QStringLiteral("spam"));
    // Undo after the push queues the way back, and "not spam" restores what it was before.
    QVERIFY(onStorage([c = spam.value()](Database& db) { return CommentRepository(db).undo(c); }).ok());
    VERIFY_OK(replay());
    QCOMPARE(m_blog->wordpress().comment(4).value(QStringLiteral("status")).toString(), QStringLiteral("hold"));
    QVERIFY(onStorage([id = local(3).id](Database& db) { return CommentRepository(db).restore({id}); }).ok());
    QCOMPARE(local(3).status, CommentStatus::Hold);
    VERIFY_OK(replay());
    QCOMPARE(m_blog->wordpress().comment(3).value(QStringLiteral("status")).toString(), QStringLiteral("hold"));
}

void TestCommentSync::webDecisionStands()
{
    m_blog->wordpress().addComments(2, 1, QStringLiteral("hold"));
    VERIFY_OK(runSync());
    QVERIFY(onStorage([id = local(1).id](Database& db) { return CommentRepository(db).setStatus({id}, CommentStatus::Approved); }).ok());
    m_blog->wordpress().comment(1).insert(QStringLiteral("status"), QStringLiteral("spam")); // someone on wp-admin
    CommentReplayer replayer(m_blog->storage(), m_blog->client());
    QSignalSpy overruled(&replayer, &CommentReplayer::actionOverruled);
    QSignalSpy finished(&replayer, &CommentReplayer::finished);
    replayer.replay();
    QVERIFY(finished.wait(10000));
    m_blog->storage().waitForIdle();
    QCOMPARE(overruled.size(), 1);
    QVERIFY(overruled.constFirst().at(1).toString().contains(QStringLiteral("stands")));
    QCOMPARE(m_blog->wordpress().comment(1).value(QStringLiteral("status")).toString(), QStringLiteral("spam"));
    QCOMPARE(local(1).status, CommentStatus::Spam);
    QVERIFY(!local(1).notice.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), 0);
    // An edit made on the web meanwhile wins over a local edit too.
    QVERIFY(onStorage([id = local(2).id](Database& db) { return CommentRepository(db).edit(id, QStringLiteral("Mine")); }).ok());
    m_blog->wordpress().comment(2).insert(QStringLiteral("content"), QJsonObject {{QStringLiteral("raw"), QStringLiteral("Theirs")}});
    VERIFY_OK(replay());
    QCOMPARE(m_blog->wordpress().comment(2).value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString(), QStringLiteral("Theirs"));
    QCOMPARE(local(2).content, QStringLiteral("Theirs"));
    // An edit is cleaned before it is kept or sent.
    QVERIFY(onStorage([id = local(2).id](Database& db) {
                return CommentRepository(db).edit(id, QStringLiteral("<strong>Fine</strong><script>alert(1)</script> <img src=x onerror=y>"));
            }).ok());
    QCOMPARE(local(2).content.trimmed(), QStringLiteral("<strong>Fine</strong>"));
    VERIFY_OK(replay());
    QCOMPARE(m_blog->wordpress().comment(2).value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString().trimmed(),
             QStringLiteral("<strong>Fine</strong>"));
}

void TestCommentSync::deletedOnTheWebIsMarkedNotRetried()
{
    m_blog->wordpress().addComments(2, 1, QStringLiteral("hold"));
    VERIFY_OK(runSync());
    QVERIFY(onStorage([id = local(1).id](Database& db) { return CommentRepository(db).setStatus({id}, CommentStatus::Approved); }).ok());
    m_blog->wordpress().removeComment(1);
    VERIFY_OK(replay());
    QVERIFY(local(1).gone);
    QVERIFY(!local(1).pending);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), 0);
    m_blog->wordpress().requested.clear();
    VERIFY_OK(replay());
    QVERIFY(m_blog->wordpress().requested.isEmpty());
}

void TestCommentSync::replyToPendingApprovesParentFirst()
{
    m_blog->wordpress().addComments(1, 1, QStringLiteral("hold"));
    VERIFY_OK(runSync());
    auto reply = onStorage([id = local(1).id](Database& db) { return CommentRepository(db).reply(id, QStringLiteral("Thanks, glad you liked it.")); });
    QVERIFY(reply.ok());
    QCOMPARE(local(1).status, CommentStatus::Approved);
    VERIFY_OK(replay());
    QCOMPARE(m_blog->wordpress().commentCount(), 2);
    const QJsonObject created = m_blog->wordpress().comment(2);
    QCOMPARE(created.value(QStringLiteral("parent")).toInteger(), 1);
    QCOMPARE(created.value(QStringLiteral("post")).toInteger(), 1);
    QCOMPARE(m_blog->wordpress().comment(1).value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    // The approval went out before the reply.
    qsizetype approvedAt = -1;
    qsizetype repliedAt = -1;
    for (qsizetype i = 0; i < m_blog->wordpress().requested.size(); ++i) {
        const QString path = m_blog->wordpress().requested.at(i).path();
        if (path.endsWith(QLatin1String("/comments/1")) && approvedAt < 0 && i > 0) {
            approvedAt = i;
        }
        if (path.endsWith(QLatin1String("/comments"))) {
            repliedAt = i;
        }
    }
    QVERIFY(approvedAt >= 0 && approvedAt < repliedAt);
    QCOMPARE(local(2).id, reply->replyId); // the local row now carries the blog's id
}

void TestCommentSync::lostReplyAnswerIsNotPostedTwice()
{
    m_blog->wordpress().addComments(1, 1, QStringLiteral("approved"));
    VERIFY_OK(runSync());
    QVERIFY(onStorage([id = local(1).id](Database& db) { return CommentRepository(db).reply(id, QStringLiteral("Seen it twice.")); }).ok());
    // The server takes the reply, but the answer never arrives.
    bool dropped = false;
    m_blog->wordpress().fault = [this, &dropped](const FakeRequest& request) -> std::optional<FakeResponse> {
        if (!dropped && request.method == "POST" && request.url.path().endsWith(QLatin1String("/comments"))) {
            dropped = true;
            m_blog->wordpress().fault = nullptr;
            m_blog->wordpress().addComments(1, 1, QStringLiteral("approved"));
            QJsonObject& created = m_blog->wordpress().comment(2);
            created.insert(QStringLiteral("author"), 1);
            created.insert(QStringLiteral("parent"), 1);
            created.insert(QStringLiteral("content"), QJsonObject {{QStringLiteral("raw"), QStringLiteral("Seen it twice.")}});
            FakeResponse lost;
            lost.error = QNetworkReply::RemoteHostClosedError;
            return lost;
        }
        return std::nullopt;
    };
    CommentReplayer first(m_blog->storage(), m_blog->client());
    first.setBaseRetryDelaySecs(0);
    QSignalSpy failed(&first, &CommentReplayer::actionFailed);
    QSignalSpy done(&first, &CommentReplayer::finished);
    first.replay();
    QVERIFY(done.wait(10000));
    m_blog->storage().waitForIdle();
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.constFirst().at(2).toBool()); // will retry
    QCOMPARE(m_blog->wordpress().commentCount(), 2);
    CommentReplayer second(m_blog->storage(), m_blog->client());
    second.setIgnoreRetryDelay(true);
    QSignalSpy finished(&second, &CommentReplayer::finished);
    second.replay();
    QVERIFY(finished.wait(10000));
    m_blog->storage().waitForIdle();
    QCOMPARE(m_blog->wordpress().commentCount(), 2); // found again, not posted twice
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM comments WHERE remote_id = 2")), 1);
    // A pull afterwards does not create a second row either.
    VERIFY_OK(runSync());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM comments")), 2);
}

void TestCommentSync::deleteForGoodAndUndoBeforePush()
{
    m_blog->wordpress().addComments(2, 1, QStringLiteral("spam"));
    VERIFY_OK(runSync());
    auto deleted = onStorage([id = local(1).id](Database& db) { return CommentRepository(db).setStatus({id}, CommentStatus::Deleted); });
    QVERIFY(deleted.ok());
    CommentFilter all;
    QCOMPARE(onStorage([all](Database& db) { return CommentRepository(db).ids(all); })->size(), 1); // hidden at once
    QVERIFY(onStorage([c = deleted.value()](Database& db) { return CommentRepository(db).undo(c); }).ok());
    QCOMPARE(local(1).status, CommentStatus::Spam);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), 0);
    QVERIFY(onStorage([id = local(2).id](Database& db) { return CommentRepository(db).setStatus({id}, CommentStatus::Deleted); }).ok());
    VERIFY_OK(replay());
    QVERIFY(!m_blog->wordpress().hasComment(2));
    QVERIFY(m_blog->wordpress().hasComment(1));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM comments")), 1);
}

// A delete for good that finds its comment in the trash deletes it: XML-RPC deletes in two calls (trash, then delete),
// and a run cut between them must not read its own first step as the web's decision (found by tst_kills_xmlrpc).
void TestCommentSync::deleteGoesOnFromTheTrash()
{
    m_blog->wordpress().addComments(2, 1, QStringLiteral("approved"));
    VERIFY_OK(runSync());
    QVERIFY(onStorage([id = local(1).id](Database& db) { return CommentRepository(db).setStatus({id}, CommentStatus::Deleted); }).ok());
    m_blog->wordpress().comment(1).insert(QStringLiteral("status"), QStringLiteral("trash")); // the first half, done before
    CommentReplayer replayer(m_blog->storage(), m_blog->client());
    QSignalSpy overruled(&replayer, &CommentReplayer::actionOverruled);
    QSignalSpy finished(&replayer, &CommentReplayer::finished);
    replayer.replay();
    QVERIFY(finished.wait(10000));
    m_blog->storage().waitForIdle();
    QCOMPARE(overruled.size(), 0);
    QVERIFY(!m_blog->wordpress().hasComment(1));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), 0);
    // Any other status the web gave it meanwhile still stands.
    QVERIFY(onStorage([id = local(2).id](Database& db) { return CommentRepository(db).setStatus({id}, CommentStatus::Deleted); }).ok());
    m_blog->wordpress().comment(2).insert(QStringLiteral("status"), QStringLiteral("spam"));
    VERIFY_OK(replay());
    QVERIFY(m_blog->wordpress().hasComment(2));
    QCOMPARE(m_blog->wordpress().comment(2).value(QStringLiteral("status")).toString(), QStringLiteral("spam"));
}

void TestCommentSync::transientFailureKeepsActionQueued()
{
    m_blog->wordpress().addComments(1, 1, QStringLiteral("hold"));
    VERIFY_OK(runSync());
    QVERIFY(onStorage([id = local(1).id](Database& db) { return CommentRepository(db).setStatus({id}, CommentStatus::Approved); }).ok());
    m_blog->wordpress().fault = [](const FakeRequest&) -> std::optional<FakeResponse> {
        return FakeResponse::json(R"({"code":"busy","message":"Busy","data":{"status":503}})", 503);
    };
    const Status failed = replay();
    QVERIFY(!failed.ok());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending' AND next_attempt_at IS NOT NULL")), 1);
    QCOMPARE(local(1).status, CommentStatus::Approved); // the moderator's decision is kept
    m_blog->wordpress().fault = nullptr;
    CommentReplayer replayer(m_blog->storage(), m_blog->client());
    replayer.setIgnoreRetryDelay(true);
    QSignalSpy finished(&replayer, &CommentReplayer::finished);
    replayer.replay();
    QVERIFY(finished.wait(10000));
    m_blog->storage().waitForIdle();
    QCOMPARE(m_blog->wordpress().comment(1).value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), 0);
}

void TestCommentSync::localDecisionSurvivesAPull()
{
    m_blog->wordpress().addComments(1, 1, QStringLiteral("hold"));
    VERIFY_OK(runSync());
    QVERIFY(onStorage([id = local(1).id](Database& db) { return CommentRepository(db).setStatus({id}, CommentStatus::Spam); }).ok());
    // A full pull (as after a reset) must not undo the waiting decision.
    QVERIFY(onStorage([this](Database& db) {
                QSqlQuery q(db.connection());
                return q.exec(QStringLiteral("DELETE FROM sync_state")) && q.exec(QStringLiteral("DELETE FROM app_state WHERE key LIKE 'sync/%'"))
                           ? Status()
                           : Status(Error::make(Error::Code::Database, QStringLiteral("x")));
            }).ok());
    VERIFY_OK(runSync());
    QCOMPARE(local(1).status, CommentStatus::Spam);
    QVERIFY(local(1).pending);
}

// What the comment requests of a sync were: whole comments (full fields) and id,status lists.
struct CommentRequests
{
    int whole = 0;
    int statuses = 0;
    QStringList included; // include= of the whole ones
};

static CommentRequests commentRequests(const QList<QUrl>& requested)
{
    CommentRequests seen;
    for (const QUrl& url : requested) {
        if (!url.path().endsWith(QLatin1String("/comments"))) {
            continue;
        }
        const QUrlQuery query(url);
        if (query.queryItemValue(QStringLiteral("_fields")) == QLatin1String("id,status")) {
            ++seen.statuses;
        } else {
            ++seen.whole;
            if (query.hasQueryItem(QStringLiteral("include"))) {
                seen.included.append(query.queryItemValue(QStringLiteral("include")));
            }
        }
    }
    return seen;
}

void TestCommentSync::catchUpAsksNewCommentsById()
{
    m_blog->wordpress().addComments(150, 1, QStringLiteral("approved"));
    m_blog->wordpress().addComments(3, 2, QStringLiteral("hold"));
    VERIFY_OK(runSync());

    // Nothing new: the newest comments (153: two pages), ids and statuses only; the held ones are among them,
    // and the hold queue is not due (the full pull read it).
    m_blog->wordpress().requested.clear();
    VERIFY_OK(runSync());
    CommentRequests seen = commentRequests(m_blog->wordpress().requested);
    QCOMPARE(seen.whole, 0);
    QCOMPARE(seen.statuses, 2);

    // Two new comments: found on the newest page, asked for whole by id, stored with their status.
    m_blog->wordpress().addComments(1, 1, QStringLiteral("approved"));
    m_blog->wordpress().addComments(1, 2, QStringLiteral("hold"));
    m_blog->wordpress().requested.clear();
    VERIFY_OK(runSync());
    seen = commentRequests(m_blog->wordpress().requested);
    QCOMPARE(seen.whole, 1);
    QCOMPARE(seen.included, QStringList {QStringLiteral("155,154")});
    QCOMPARE(local(154).status, CommentStatus::Approved);
    QCOMPARE(local(155).status, CommentStatus::Hold);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM comments")), 155);
}

void TestCommentSync::catchUpReadsAFloodInPages()
{
    m_blog->wordpress().addComments(10, 1, QStringLiteral("approved"));
    VERIFY_OK(runSync());
    // More new comments than the newest page holds: read whole, newest first, until a known id.
    m_blog->wordpress().addComments(230, 1, QStringLiteral("hold"));
    m_blog->wordpress().requested.clear();
    VERIFY_OK(runSync());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM comments")), 240);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM comments WHERE status = 'hold'")), 230);
    const CommentRequests seen = commentRequests(m_blog->wordpress().requested);
    QCOMPARE(seen.whole, 3);        // 100 + 100 + 40 (that page reaches the known ones)
    QVERIFY(seen.included.isEmpty());
    // And the sync after that is quiet.
    m_blog->wordpress().requested.clear();
    VERIFY_OK(runSync());
    QCOMPARE(commentRequests(m_blog->wordpress().requested).whole, 0);
}

void TestCommentSync::holdQueueIsReadWhenDue()
{
    m_blog->wordpress().addComments(3, 1, QStringLiteral("hold"));
    m_blog->wordpress().addComments(600, 1, QStringLiteral("approved"));
    VERIFY_OK(runSync());
    // Held comments older than the newest 500 are checked by id every sync: approved on the web, seen at once.
    m_blog->wordpress().comment(1).insert(QStringLiteral("status"), QStringLiteral("approved"));
    // An old approved comment put back on hold on the web is in no list but the hold queue.
    m_blog->wordpress().comment(10).insert(QStringLiteral("status"), QStringLiteral("hold"));
    m_blog->wordpress().requested.clear();
    VERIFY_OK(runSync());
    QCOMPARE(local(1).status, CommentStatus::Approved);
    QCOMPARE(local(2).status, CommentStatus::Hold);
    // Not due: only the hold queue's first page (the probe), which here is the whole queue, so it shows at once.
    QCOMPARE(local(10).status, CommentStatus::Hold);
    for (const QUrl& url : std::as_const(m_blog->wordpress().requested)) {
        if (QUrlQuery(url).queryItemValue(QStringLiteral("status")) == QLatin1String("hold")) {
            QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("page")), QStringLiteral("1"));
        }
    }
    // Due: the hold queue is read, and the web's decisions stand.
    m_blog->wordpress().comment(10).insert(QStringLiteral("status"), QStringLiteral("approved"));
    VERIFY_OK(runSync(0));
    QCOMPARE(local(10).status, CommentStatus::Approved);
}

void TestCommentSync::manyHeldCommentsAreCheckedInBatches()
{
    m_blog->wordpress().addComments(250, 1, QStringLiteral("hold"));
    m_blog->wordpress().addComments(600, 2, QStringLiteral("approved"));
    VERIFY_OK(runSync());
    // Outside the newest 500, and no longer in the hold queue (its probe is empty): the 250 held ones are asked
    // for by id.
    for (qint64 id = 1; id <= 250; ++id) {
        m_blog->wordpress().comment(id).insert(QStringLiteral("status"), QStringLiteral("approved"));
    }
    m_blog->wordpress().comment(250).insert(QStringLiteral("status"), QStringLiteral("spam"));
    m_blog->wordpress().delayMs = 50;
    m_blog->wordpress().requested.clear();
    QElapsedTimer clock;
    clock.start();
    QList<qint64> lookUpsAskedAt;
    // Asked by id: the held ones (1…250), not the newest pass's ids below its first page (351…750).
    const auto heldLookUp = [](const QUrl& url) {
        const QString include = QUrlQuery(url).queryItemValue(QStringLiteral("include"));
        return !include.isEmpty() && include.section(QLatin1Char(','), 0, 0).toLongLong() <= 250;
    };
    m_blog->wordpress().fault = [&](const FakeRequest& request) -> std::optional<FakeResponse> {
        if (heldLookUp(request.url)) {
            lookUpsAskedAt.append(clock.elapsed());
        }
        return std::nullopt;
    };
    VERIFY_OK(runSync());
    m_blog->wordpress().fault = nullptr;
    QCOMPARE(local(1).status, CommentStatus::Approved);
    QCOMPARE(local(250).status, CommentStatus::Spam);
    QCOMPARE(local(120).status, CommentStatus::Approved);
    const CommentRequests seen = commentRequests(m_blog->wordpress().requested);
    QCOMPARE(seen.whole, 0);
    int lookUps = 0;
    for (const QUrl& url : std::as_const(m_blog->wordpress().requested)) {
        lookUps += heldLookUp(url) ? 1 : 0;
    }
    QCOMPARE(lookUps, 3); // 100 + 100 + 50
    // Side by side: all three asked in one go (one after another they would be 100 ms apart at least).
    QCOMPARE(lookUpsAskedAt.size(), 3);
    QVERIFY2(lookUpsAskedAt.constLast() - lookUpsAskedAt.constFirst() < 50,
             qPrintable(QStringLiteral("%1 ms apart").arg(lookUpsAskedAt.constLast() - lookUpsAskedAt.constFirst())));
}

void TestCommentSync::commentMissedBelowANewerOneIsFetched()
{
    m_blog->wordpress().addComments(10, 1, QStringLiteral("approved"));
    VERIFY_OK(runSync());
    // A visitor writes comment 11; then a reply sent from Longhand (before the pull) gets id 12 and is stored.
    m_blog->wordpress().addComments(2, 1, QStringLiteral("approved"));
    const QByteArray reply = QJsonDocument(QJsonArray {m_blog->wordpress().comment(12)}).toJson(QJsonDocument::Compact);
    QVERIFY(onStorage([this, reply](Database& db) -> Status {
                auto parsed = wpjson::parseComments(reply);
                if (!parsed) {
                    return parsed.error();
                }
                auto stored = CommentRepository(db).upsertComments(m_blog->siteId(), parsed.value(), TriageRules(TriageSettings {}));
                return stored ? Status() : Status(stored.error());
            }).ok());
    VERIFY_OK(runSync());
    QVERIFY(local(11).id > 0); // not skipped for being below the newest stored id
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM comments")), 12);
}

void TestCommentSync::floodCutOffIsReadAgain()
{
    m_blog->wordpress().addComments(10, 1, QStringLiteral("approved"));
    VERIFY_OK(runSync());
    m_blog->wordpress().addComments(700, 1, QStringLiteral("hold")); // more than the newest 500 listed every sync
    // The second page of the flood (whole comments, newest first) fails: the sync stops after storing the first.
    m_blog->wordpress().fault = [](const FakeRequest& request) -> std::optional<FakeResponse> {
        const QUrlQuery query(request.url);
        if (request.url.path().endsWith(QLatin1String("/comments")) && query.queryItemValue(QStringLiteral("page")) == QLatin1String("2")
            && query.queryItemValue(QStringLiteral("_fields")) != QLatin1String("id,status")) {
            return FakeResponse::json(R"({"code":"forbidden","message":"No.","data":{"status":403}})", 403);
        }
        return std::nullopt;
    };
    QVERIFY(!runSync().ok());
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM comments")) < 710);
    // Next time the flood is read again from the newest, not skipped for being below the newest stored.
    m_blog->wordpress().fault = nullptr;
    VERIFY_OK(runSync());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM comments")), 710);
}

QTEST_GUILESS_MAIN(TestCommentSync)
#include "tst_commentsync.moc"
