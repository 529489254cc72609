// Cancelling a publication (the status bar's Cancel), over the fake WordPress: between steps it stops
// with nothing sent and the review still waiting in the outbox, no attempt counted; with the post's
// write already on the wire, the write is finished and recorded, so a later replay sends nothing twice.
#include "core/remote/WordPressClient.h"
#include "core/storage/Database.h"
#include "core/storage/PostRepository.h"
#include "core/storage/PublishRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/StorageExecutor.h"
#include "core/sync/Publisher.h"
#include "support/FakeBlog.h"
#include "support/FakeWordPress.h"
#include "support/TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

class TestPublisherCancel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cancelBetweenStepsSendsNothingAndKeepsTheEntry();
    void cancelDuringTheWriteFinishesItOnce();

private:
    QList<OutboxEntry> outbox();
    int createRequests() const;

    QTemporaryDir m_dir;
    std::unique_ptr<FakeBlog> m_blog;
    QString m_path;
    qint64 m_review = 0;
};

void TestPublisherCancel::init()
{
    m_path = m_dir.filePath(QStringLiteral("cancel-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_blog = std::make_unique<FakeBlog>(m_path);
    QVERIFY2(m_blog->ok(), qPrintable(m_blog->error()));
    auto db = Database::open(m_path);
    QVERIFY(db.ok());
    Post review;
    review.siteId = m_blog->siteId();
    review.title = QStringLiteral("Sunrise");
    review.body = QStringLiteral("A farmer rows his wife across a lake.");
    auto created = PostRepository(**db).create(review);
    QVERIFY2(created.ok(), qPrintable(test::errorOf(created)));
    m_review = created.value();
    QVERIFY(PublishRepository(**db).enqueuePublish(m_review, m_blog->siteId()).ok());
}

void TestPublisherCancel::cleanup()
{
    m_blog.reset();
}

QList<OutboxEntry> TestPublisherCancel::outbox()
{
    m_blog->storage().waitForIdle();
    auto db = Database::open(m_path);
    return PublishRepository(**db).entries().value();
}

int TestPublisherCancel::createRequests() const
{
    int creates = 0;
    for (const QUrl& url : std::as_const(m_blog->wordpress().requested)) {
        if (url.path().endsWith(QLatin1String("/wp/v2/posts"))) {
            ++creates; // GETs of the collection are not part of publishing a new review
        }
    }
    return creates;
}

void TestPublisherCancel::cancelBetweenStepsSendsNothingAndKeepsTheEntry()
{
    Publisher publisher(m_blog->storage(), m_blog->client(), m_dir.path());
    QSignalSpy finished(&publisher, &Publisher::finished);
    // The first step is announced once the review is loaded, before anything is sent.
    connect(&publisher, &Publisher::stepChanged, &publisher, &Publisher::cancel);
    publisher.replay();
    QVERIFY(finished.wait(10000));
    const Status status = finished.constFirst().constFirst().value<Status>();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, Error::Code::Cancelled);
    QCOMPARE(m_blog->wordpress().requested.size(), 0);
    const QList<OutboxEntry> waiting = outbox();
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().state, QStringLiteral("pending"));
    QCOMPARE(waiting.first().attempts, 0);

    // Publishing again later goes through, once.
    Publisher again(m_blog->storage(), m_blog->client(), m_dir.path());
    QSignalSpy done(&again, &Publisher::finished);
    QSignalSpy published(&again, &Publisher::published);
    again.replay();
    QVERIFY(done.wait(10000));
    QVERIFY(done.constFirst().constFirst().value<Status>().ok());
    QCOMPARE(published.size(), 1);
    QCOMPARE(outbox().size(), 0);
    QCOMPARE(m_blog->wordpress().postCount(), 1);
}

void TestPublisherCancel::cancelDuringTheWriteFinishesItOnce()
{
    Publisher publisher(m_blog->storage(), m_blog->client(), m_dir.path());
    QSignalSpy finished(&publisher, &Publisher::finished);
    QSignalSpy published(&publisher, &Publisher::published);
    m_blog->wordpress().delayMs = 50;
    m_blog->wordpress().fault = [&publisher](const FakeRequest& request) -> std::optional<FakeResponse> {
        if (request.method == "POST" && request.url.path().endsWith(QLatin1String("/wp/v2/posts"))) {
            publisher.cancel(); // the create is on the wire: it must be finished and recorded
        }
        return std::nullopt;
    };
    publisher.replay();
    QVERIFY(finished.wait(10000));
    QCOMPARE(published.size(), 1);
    QCOMPARE(outbox().size(), 0);
    auto db = Database::open(m_path);
    const Post post = PostRepository(**db).load(m_review).value();
    QVERIFY(post.remoteId > 0);
    QVERIFY(m_blog->wordpress().hasPost(post.remoteId));
    QCOMPARE(m_blog->wordpress().postCount(), 1);

    // Nothing is left to send: a replay asks for nothing.
    m_blog->wordpress().requested.clear();
    Publisher again(m_blog->storage(), m_blog->client(), m_dir.path());
    QSignalSpy done(&again, &Publisher::finished);
    again.replay();
    QVERIFY(done.wait(10000));
    QCOMPARE(createRequests(), 0);
    QCOMPARE(m_blog->wordpress().postCount(), 1);
}

QTEST_GUILESS_MAIN(TestPublisherCancel)
#include "tst_publisher_cancel.moc"
