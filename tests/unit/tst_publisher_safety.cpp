// What publishing may write, over the fake WordPress: an update sends only the fields the writer changed; a
// new review never takes over a post that merely holds its slug; a publication's token (kept in the outbox,
// also when it is queued again) is the only thing that finds the post a lost create made; the status chosen is
// the status sent. The real WordPress proves the same in tst_publish_safety.
#include "core/remote/WordPressClient.h"
#include "core/storage/Database.h"
#include "core/storage/PostRepository.h"
#include "core/storage/PublishRepository.h"
#include "core/remote/WpJson.h"
#include "core/storage/StorageExecutor.h"
#include "core/storage/SyncRepository.h"
#include "core/sync/Publisher.h"
#include "support/FakeBlog.h"
#include "support/FakeWordPress.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

class TestPublisherSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void updateSendsOnlyWhatTheWriterChanged();
    void withoutABaseTheBlogsValuesCount();
    void aPostHoldingTheSlugIsNotAdopted();
    void theTokenFindsTheLostCreate();
    void aCreateStillUnderWayIsWaitedFor();
    void anOldAttemptIsNotWaitedFor();
    void queueingAgainKeepsTheToken();
    void theChosenStatusIsSent();
    void theBlogsFeaturedImageIsKeptUnlessCleared_data();
    void theBlogsFeaturedImageIsKeptUnlessCleared();
    void aWebEditInThePublicationsSecondIsKept();

private:
    qint64 addReview(const QString& title, const QString& slug = {});
    QList<OutboxEntry> outbox();
    bool replay();

    QTemporaryDir m_dir;
    std::unique_ptr<FakeBlog> m_blog;
    QString m_path;
    QList<QJsonObject> m_sent; // bodies of the POSTs to wp/v2/posts…
};

void TestPublisherSafety::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_blog = std::make_unique<FakeBlog>(m_path);
    QVERIFY2(m_blog->ok(), qPrintable(m_blog->error()));
    m_sent.clear();
    m_blog->wordpress().fault = [this](const FakeRequest& request) -> std::optional<FakeResponse> {
        if (request.method == "POST" && request.url.toString().contains(QLatin1String("wp/v2/posts"))) {
            m_sent.append(QJsonDocument::fromJson(request.body).object());
        }
        return std::nullopt;
    };
}

void TestPublisherSafety::cleanup()
{
    m_blog.reset();
}

qint64 TestPublisherSafety::addReview(const QString& title, const QString& slug)
{
    auto db = Database::open(m_path);
    Post review;
    review.siteId = m_blog->siteId();
    review.title = title;
    review.slug = slug;
    review.slugEdited = !slug.isEmpty();
    review.status = PostStatus::Publish;
    review.body = QStringLiteral("Words about %1.").arg(title);
    auto created = PostRepository(**db).create(review);
    return created ? created.value() : 0;
}

QList<OutboxEntry> TestPublisherSafety::outbox()
{
    m_blog->storage().waitForIdle();
    auto db = Database::open(m_path);
    return PublishRepository(**db).entries().value();
}

bool TestPublisherSafety::replay()
{
    Publisher publisher(m_blog->storage(), m_blog->client(), m_dir.path());
    QSignalSpy finished(&publisher, &Publisher::finished);
    publisher.replay();
    return finished.wait(10000) && finished.constFirst().constFirst().value<Status>().ok();
}

void TestPublisherSafety::updateSendsOnlyWhatTheWriterChanged()
{
    const QJsonObject base {{QStringLiteral("title"), QStringLiteral("Old")},
                            {QStringLiteral("excerpt"), QString()},
                            {QStringLiteral("status"), QStringLiteral("publish")},
                            {QStringLiteral("comment_status"), QStringLiteral("closed")},
                            {QStringLiteral("categories"), QJsonArray {2, 1}},
                            {QStringLiteral("featured_media"), 7}};
    QJsonObject wanted = base;
    wanted.remove(QStringLiteral("featured_media")); // no featured image chosen in Longhand
    wanted.insert(QStringLiteral("categories"), QJsonArray {1, 2});
    const QString baseText = QString::fromUtf8(QJsonDocument(base).toJson());
    QCOMPARE(Publisher::changedFields(wanted, baseText, std::nullopt), QJsonObject());
    wanted.insert(QStringLiteral("title"), QStringLiteral("New"));
    QCOMPARE(Publisher::changedFields(wanted, baseText, std::nullopt), (QJsonObject {{QStringLiteral("title"), QStringLiteral("New")}}));
    // The web changed the comment status meanwhile; the writer did not touch it: not sent, the web's stays.
    RemotePost current;
    current.commentsOpen = true;
    QCOMPARE(Publisher::changedFields(wanted, baseText, current), (QJsonObject {{QStringLiteral("title"), QStringLiteral("New")}}));
    // The writer chose another status: sent.
    wanted.insert(QStringLiteral("status"), QStringLiteral("pending"));
    QCOMPARE(Publisher::changedFields(wanted, baseText, std::nullopt).keys(),
             (QStringList {QStringLiteral("status"), QStringLiteral("title")}));
}

void TestPublisherSafety::withoutABaseTheBlogsValuesCount()
{
    RemotePost current;
    current.title = QStringLiteral("Same");
    current.status = QStringLiteral("publish");
    current.commentsOpen = false;
    current.featuredMedia = 12;
    const QJsonObject wanted {{QStringLiteral("title"), QStringLiteral("Same")},
                              {QStringLiteral("status"), QStringLiteral("publish")},
                              {QStringLiteral("comment_status"), QStringLiteral("open")}};
    QCOMPARE(Publisher::changedFields(wanted, QString(), current),
             (QJsonObject {{QStringLiteral("comment_status"), QStringLiteral("open")}}));
}

void TestPublisherSafety::aPostHoldingTheSlugIsNotAdopted()
{
    m_blog->wordpress().addPosts(1); // "Review 1", slug review-1, on the web
    const QJsonObject theirs = m_blog->wordpress().post(1);
    const qint64 id = addReview(QStringLiteral("Review 1"), QStringLiteral("review-1"));
    auto db = Database::open(m_path);
    QVERIFY(PublishRepository(**db).enqueuePublish(id, m_blog->siteId()));
    QVERIFY(replay());
    QCOMPARE(m_blog->wordpress().postCount(), 2);
    QCOMPARE(m_blog->wordpress().post(1), theirs);
    QCOMPARE(m_sent.size(), 1);
    QVERIFY(m_blog->wordpress().post(2).value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString().contains(
        QStringLiteral("<!-- longhand-publication lh")));
    QCOMPARE(PostRepository(**db).load(id)->remoteId, 2);
}

void TestPublisherSafety::theTokenFindsTheLostCreate()
{
    const qint64 id = addReview(QStringLiteral("Ugetsu"));
    auto db = Database::open(m_path);
    const auto entry = PublishRepository(**db).enqueuePublish(id, m_blog->siteId());
    QVERIFY(entry);
    const QString token = QStringLiteral("lh0123456789abcdef0123456789abcdef");
    QVERIFY(PublishRepository(**db).recordPublicationToken(entry.value(), token));
    // An earlier attempt's create arrived; its answer did not.
    m_blog->wordpress().addPosts(2);
    m_blog->wordpress().post(2).insert(QStringLiteral("content"),
                                       QJsonObject {{QStringLiteral("raw"), QString(QStringLiteral("<p>Words.</p>\n") + Publisher::tokenMarker(token))}});
    QVERIFY(replay());
    QCOMPARE(m_blog->wordpress().postCount(), 2); // nothing created
    QCOMPARE(PostRepository(**db).load(id)->remoteId, 2);
    QCOMPARE(m_sent.size(), 1); // the update of post 2
    QVERIFY(outbox().isEmpty());
}

// The kill test's duplicate: an attempt was killed after its create was sent; the server went on making the
// post after the retry's first search. The retry looks again (the attempt is recent) and finds it.
void TestPublisherSafety::aCreateStillUnderWayIsWaitedFor()
{
    const qint64 id = addReview(QStringLiteral("Late Spring"));
    auto db = Database::open(m_path);
    const auto entry = PublishRepository(**db).enqueuePublish(id, m_blog->siteId());
    QVERIFY(entry);
    const QString token = QStringLiteral("lh00000000000000000000000000000001");
    QVERIFY(PublishRepository(**db).recordAttempt(entry.value(), QStringLiteral("post"), token));
    int searches = 0;
    int requests = 0;
    m_blog->wordpress().fault = [this, &searches, &requests, token](const FakeRequest& request) -> std::optional<FakeResponse> {
        searches += request.method == "GET" && request.url.toString().contains(QLatin1String("search=lh")) ? 1 : 0;
        if (searches > 0 && ++requests == 2) { // the earlier create lands now, after the retry's first look
            m_blog->wordpress().addPosts(1);
            m_blog->wordpress().post(1).insert(QStringLiteral("content"),
                QJsonObject {{QStringLiteral("raw"), QString(QStringLiteral("<p>Words.</p>\n") + Publisher::tokenMarker(token))}});
        }
        if (request.method == "POST" && request.url.toString().contains(QLatin1String("wp/v2/posts"))) {
            m_sent.append(QJsonDocument::fromJson(request.body).object());
        }
        return std::nullopt;
    };
    QVERIFY(replay());
    QCOMPARE(m_blog->wordpress().postCount(), 1); // no second post
    QVERIFY(searches >= 2);
    QCOMPARE(PostRepository(**db).load(id)->remoteId, 1);
    QCOMPARE(m_sent.size(), 1); // the update
    QVERIFY(outbox().isEmpty());
}

// An attempt sent longer ago than the server could still be working on it did not arrive: one look, then a
// create, which records its own attempt (and the same token) first.
void TestPublisherSafety::anOldAttemptIsNotWaitedFor()
{
    const qint64 id = addReview(QStringLiteral("Early Summer"));
    auto db = Database::open(m_path);
    const auto entry = PublishRepository(**db).enqueuePublish(id, m_blog->siteId());
    QVERIFY(entry);
    const QString token = QStringLiteral("lh00000000000000000000000000000002");
    auto past = std::make_shared<ManualClock>(QDateTime::currentDateTimeUtc().addSecs(-120));
    QVERIFY(PublishRepository(**db, past).recordAttempt(entry.value(), QStringLiteral("post"), token));
    int searches = 0;
    m_blog->wordpress().fault = [this, &searches](const FakeRequest& request) -> std::optional<FakeResponse> {
        searches += request.method == "GET" && request.url.toString().contains(QLatin1String("search=lh")) ? 1 : 0;
        if (request.method == "POST" && request.url.toString().contains(QLatin1String("wp/v2/posts"))) {
            m_sent.append(QJsonDocument::fromJson(request.body).object());
        }
        return std::nullopt;
    };
    QVERIFY(replay());
    QCOMPARE(searches, 1);
    QCOMPARE(m_blog->wordpress().postCount(), 1);
    QVERIFY(m_blog->wordpress().post(1).value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString().contains(
        Publisher::tokenMarker(token)));
}

void TestPublisherSafety::queueingAgainKeepsTheToken()
{
    const qint64 id = addReview(QStringLiteral("Tokyo Story"));
    auto db = Database::open(m_path);
    PublishRepository repository(**db);
    const auto entry = repository.enqueuePublish(id, m_blog->siteId());
    QVERIFY(entry);
    QVERIFY(repository.recordAttempt(entry.value(), QStringLiteral("post"), QStringLiteral("lhkept")));
    QVERIFY(repository.recordAttempt(entry.value(), QStringLiteral("media:abc")));
    QVERIFY(repository.recordFailure(entry.value(), QStringLiteral("lost"), true, {}));
    QCOMPARE(repository.enqueuePublish(id, m_blog->siteId(), QStringLiteral("pending")).value(), entry.value());
    const QList<OutboxEntry> entries = repository.entries().value();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(PublishRepository::publicationToken(entries.first().payload), QStringLiteral("lhkept"));
    QVERIFY(PublishRepository::attemptSentAt(entries.first().payload, QStringLiteral("post")).isValid());
    QVERIFY(PublishRepository::attemptSentAt(entries.first().payload, QStringLiteral("media:abc")).isValid());
    QCOMPARE(QJsonDocument::fromJson(entries.first().payload.toUtf8()).object().value(QStringLiteral("status")).toString(),
             QStringLiteral("pending"));
    QCOMPARE(entries.first().state, QStringLiteral("pending"));
}

void TestPublisherSafety::theChosenStatusIsSent()
{
    for (const QString& status : {QStringLiteral("draft"), QStringLiteral("pending"), QStringLiteral("private")}) {
        const qint64 id = addReview(QStringLiteral("Status %1").arg(status));
        auto db = Database::open(m_path);
        QVERIFY(PublishRepository(**db).enqueuePublish(id, m_blog->siteId(), status));
    }
    QVERIFY(replay());
    QCOMPARE(m_sent.size(), 3);
    QCOMPARE(m_sent.at(0).value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    QCOMPARE(m_sent.at(1).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(m_sent.at(2).value(QStringLiteral("status")).toString(), QStringLiteral("private"));
}

void TestPublisherSafety::theBlogsFeaturedImageIsKeptUnlessCleared_data()
{
    QTest::addColumn<qint64>("chosen");
    QTest::addRow("kept") << qint64(5);
    QTest::addRow("cleared") << qint64(0);
    QTest::addRow("another of the blog's") << qint64(7); // e.g. featured_media: 7 written into a review file by hand
}

// A post whose featured image (media 5) was set on the web; the writer edits the text, and maybe clears the image or
// names another image of the blog's.
void TestPublisherSafety::theBlogsFeaturedImageIsKeptUnlessCleared()
{
    QFETCH(qint64, chosen);
    m_blog->wordpress().addPosts(1);
    m_blog->wordpress().post(1).insert(QStringLiteral("featured_media"), 5);
    const qint64 id = addReview(QStringLiteral("Review 1"), QStringLiteral("review-1"));
    auto db = Database::open(m_path);
    RemotePost remote;
    remote.id = 1;
    remote.title = QStringLiteral("Review 1");
    remote.slug = QStringLiteral("review-1");
    remote.status = QStringLiteral("publish");
    remote.content = QStringLiteral("<p>Text of review 1.</p>");
    remote.featuredMedia = 5;
    remote.pingsOpen = true;
    remote.modifiedGmt = QDateTime::fromString(m_blog->wordpress().post(1).value(QStringLiteral("modified_gmt")).toString() + QLatin1Char('Z'), Qt::ISODate);
    QVERIFY(PublishRepository(**db).markPublished(id, m_blog->siteId(), remote, remote.content));
    Post edited = PostRepository(**db).load(id).value();
    QCOMPARE(edited.featuredMediaId, 5);
    edited.body = QStringLiteral("Rewritten.");
    edited.featuredMediaId = chosen; // 0: the metadata panel's Clear
    QVERIFY(PostRepository(**db).update(edited));
    QVERIFY(PublishRepository(**db).enqueuePublish(id, m_blog->siteId()));
    QVERIFY(replay());
    QCOMPARE(m_sent.size(), 1);
    if (chosen != 5) {
        QCOMPARE(m_sent.first().value(QStringLiteral("featured_media")).toInteger(-1), chosen);
    } else {
        QVERIFY2(!m_sent.first().contains(QStringLiteral("featured_media")), QJsonDocument(m_sent.first()).toJson().constData());
    }
}

// RELIABILITY finding 10: a Markdown review published here, edited on the web within the same second (its modified
// time does not move; the fake keeps it), pulled by a sync, then published again. The web's edit is merged in, not
// overwritten: the blog's text at the base is kept apart from the last one seen.
void TestPublisherSafety::aWebEditInThePublicationsSecondIsKept()
{
    auto db = Database::open(m_path);
    Post review;
    review.siteId = m_blog->siteId();
    review.title = QStringLiteral("Tokyo Story");
    review.status = PostStatus::Publish;
    review.body = QStringLiteral("The first paragraph.\n\nThe second paragraph.\n");
    const qint64 id = PostRepository(**db).create(review).value();
    QVERIFY(PublishRepository(**db).enqueuePublish(id, m_blog->siteId()));
    QVERIFY(replay());
    const qint64 remoteId = PostRepository(**db).load(id)->remoteId;
    QVERIFY(remoteId > 0);
    const QJsonObject published = m_blog->wordpress().post(remoteId);
    const QString stored = published.value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString();
    const QDateTime modified = QDateTime::fromString(published.value(QStringLiteral("modified_gmt")).toString() + QLatin1Char('Z'), Qt::ISODate);
    QString web = stored;
    web.replace(QStringLiteral("The first paragraph."), QStringLiteral("The first paragraph, edited on the web."));
    QVERIFY(web != stored);
    m_blog->wordpress().editPost(remoteId, web, modified); // same second
    // A sync pulls it.
    const auto pulled = wpjson::parsePost(QJsonDocument(m_blog->wordpress().post(remoteId)).toJson(QJsonDocument::Compact));
    QVERIFY2(pulled, qPrintable(errorOf(pulled)));
    QVERIFY(SyncRepository(**db).upsertPosts(m_blog->siteId(), {pulled.value()}));
    // The writer edits the other paragraph and publishes again.
    Post local = PostRepository(**db).load(id).value();
    QCOMPARE(local.format, SourceFormat::Markdown);
    local.body.replace(QStringLiteral("The second paragraph."), QStringLiteral("The second paragraph, edited in Longhand."));
    QVERIFY(PostRepository(**db).update(local));
    QVERIFY(PublishRepository(**db).enqueuePublish(id, m_blog->siteId()));
    QVERIFY(replay());
    const QString now = m_blog->wordpress().post(remoteId).value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString();
    QVERIFY2(now.contains(QStringLiteral("edited on the web")), qPrintable(now));
    QVERIFY2(now.contains(QStringLiteral("edited in Longhand")), qPrintable(now));
    QVERIFY(outbox().isEmpty());
}

QTEST_GUILESS_MAIN(TestPublisherSafety)
#include "tst_publisher_safety.moc"
