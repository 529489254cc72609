// BlogWorkflow, the one per-blog sync and publish both the app and the command line run (issue 14 item 2): the
// steps in their order (publications, then moderation, then the pull), only the steps asked for (a second sender
// only pulls), one finished() with what happened, a blog that cannot be connected sends and pulls nothing, a cancel
// while publishing stops before the moderation and the pull, and the one decision of what a publication asks the
// blog for (the writer's status; scheduled when dated ahead; submitted by an account that may not publish; never a
// blog the writer did not choose). The outbox's kinds are one table (OutboxKind), checked here too.
#include "core/Clock.h"
#include "core/Profile.h"
#include "core/accounts/AccountService.h"
#include "core/settings/AppSettings.h"
#include "core/domain/Outbox.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/Database.h"
#include "core/storage/PostRepository.h"
#include "core/storage/PublishRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/StorageExecutor.h"
#include "core/sync/BlogWorkflow.h"

#include "support/FakeBlog.h"
#include "support/FakeWordPress.h"
#include "support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

namespace {

template <typename T>
T wait(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000)) {
        qFatal("no answer in the test's time");
    }
    return future.result();
}

// What a request did, in the order sent: "POST posts", "GET comments", ….
QString describe(const FakeRequest& request)
{
    QString route = request.url.path();
    route.remove(QStringLiteral("/wp-json/wp/v2/"));
    route = route.section(QLatin1Char('/'), 0, 0);
    return QString::fromLatin1(request.method) + QLatin1Char(' ') + route;
}

} // namespace

class TestBlogWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void outboxKindsAreOneTable();
    void stepsRunInOrder();
    void pullOnlySendsNothing();
    void unknownBlogIsReportedOnce();
    void cancelWhilePublishingStopsTheRest();
    void queuePublicationFollowsTheWritersChoice();
    void blockSupportIsAskedOnceADayAndPublishedWith();

private:
    // Pulls the blog once, so its comments are in the cache.
    void firstSync();
    qint64 queueApproval();
    qint64 queueReview(const QString& title, const QString& body = QStringLiteral("A review.\n"));
    std::pair<Status, WorkflowReport> run(BlogWorkflow::Steps steps, const std::function<void(BlogWorkflow&)>& during = {},
                                          const QString& profileRoot = {});

    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<FakeWordPress> m_wordpress;
    std::unique_ptr<StorageExecutor> m_storage;
    std::unique_ptr<AccountService> m_accounts;
    qint64 m_siteId = 0;
    QStringList m_requests;
};

void TestBlogWorkflow::init()
{
    m_profile = std::make_unique<QTemporaryDir>();
    {
        auto created = Database::open(m_profile->filePath(QStringLiteral("longhand.sqlite")));
        QVERIFY2(created, qPrintable(errorOf(created)));
    }
    m_wordpress = std::make_unique<FakeWordPress>();
    m_wordpress->addPosts(3);
    m_wordpress->addComments(2, 1);
    m_storage = std::make_unique<StorageExecutor>(m_profile->filePath(QStringLiteral("longhand.sqlite")));
    m_accounts = std::make_unique<AccountService>(*m_storage, QString());
    m_accounts->setNetworkFactory([this] { return m_wordpress->makeNetwork(); });
    m_requests.clear();
    m_wordpress->fault = [this](const FakeRequest& request) -> std::optional<FakeResponse> {
        m_requests.append(describe(request));
        return std::nullopt;
    };
    auto added = connectFakeBlog(*m_accounts);
    QVERIFY2(added, qPrintable(errorOf(added)));
    m_siteId = added.value();
    m_requests.clear();
}

void TestBlogWorkflow::cleanup()
{
    m_accounts.reset();
    m_storage.reset();
    m_wordpress.reset();
    m_profile.reset();
}

void TestBlogWorkflow::outboxKindsAreOneTable()
{
    for (const auto op : {OutboxOperation::Publish, OutboxOperation::CommentStatus, OutboxOperation::CommentDelete,
                          OutboxOperation::CommentReply, OutboxOperation::CommentEdit}) {
        const OutboxKind& kind = outboxKind(op);
        QCOMPARE(kind.operation, op);
        QCOMPARE(outboxOperation(QString::fromLatin1(kind.entity), QString::fromLatin1(kind.name)), op); // round trip of the stored names
    }
    QCOMPARE(outboxOperation(u"post", u"status"), OutboxOperation::Unknown); // names only count with their entity
    QCOMPARE(outboxOperation(u"comment", u"frobnicate"), OutboxOperation::Unknown);
    QCOMPARE(commentOperationSqlList([](const OutboxKind& k) { return k.decidesStatus; }), QStringLiteral("'status', 'delete'"));
    QCOMPARE(commentOperationSqlList([](const OutboxKind& k) { return k.createsOnBlog; }), QStringLiteral("'reply'"));
    QCOMPARE(commentOperationSqlList([](const OutboxKind& k) { return k.changesFields; }), QStringLiteral("'edit'"));
}

void TestBlogWorkflow::firstSync()
{
    const auto [status, report] = run(BlogWorkflow::everything());
    QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
    QVERIFY(report.reachedBlog);
    QVERIFY(report.pulled);
    QCOMPARE(report.newPendingComments, 2);
    m_requests.clear();
}

qint64 TestBlogWorkflow::queueApproval()
{
    const auto queued = wait(m_storage->run([siteId = m_siteId](Database& db) -> Result<qint64> {
        CommentRepository comments(db);
        CommentFilter filter;
        filter.siteId = siteId;
        auto ids = comments.ids(filter);
        if (!ids) {
            return ids.error();
        }
        if (ids->isEmpty()) {
            return Error::make(Error::Code::InvalidInput, QStringLiteral("no comments in the cache"));
        }
        auto changed = comments.setStatus({ids->constFirst()}, CommentStatus::Approved);
        if (!changed) {
            return changed.error();
        }
        return ids->constFirst();
    }));
    if (!queued) {
        qFatal("%s", qPrintable(queued.error().message));
    }
    return queued.value();
}

qint64 TestBlogWorkflow::queueReview(const QString& title, const QString& body)
{
    const auto queued = wait(m_storage->run([title, body, siteId = m_siteId](Database& db) -> Result<qint64> {
        Post post;
        post.title = title;
        post.body = body;
        post.siteId = siteId;
        post.status = PostStatus::Publish;
        auto id = PostRepository(db).create(post);
        if (!id) {
            return id.error();
        }
        if (auto queued = BlogWorkflow::queuePublication(db, id.value()); !queued) {
            return queued.error();
        }
        return id.value();
    }));
    if (!queued) {
        qFatal("%s", qPrintable(queued.error().message));
    }
    return queued.value();
}

std::pair<Status, WorkflowReport> TestBlogWorkflow::run(BlogWorkflow::Steps steps, const std::function<void(BlogWorkflow&)>& during,
                                                        const QString& profileRoot)
{
    BlogWorkflow workflow(*m_accounts, *m_storage, profileRoot);
    workflow.setUserAsked(true);
    if (during) {
        during(workflow);
    }
    QSignalSpy finished(&workflow, &BlogWorkflow::finished);
    workflow.run(m_siteId, steps);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000)) {
        qFatal("the workflow did not finish");
    }
    QTest::qWait(50); // a second finished() would come now
    if (finished.size() != 1) {
        qFatal("finished() came %d times", int(finished.size()));
    }
    return {finished.at(0).at(0).value<Status>(), finished.at(0).at(1).value<WorkflowReport>()};
}

void TestBlogWorkflow::stepsRunInOrder()
{
    firstSync();
    queueApproval();
    const qint64 review = queueReview(QStringLiteral("In order"));
    const auto [status, report] = run(BlogWorkflow::everything());
    QVERIFY(status);
    QVERIFY(report.pulled);
    QCOMPARE(report.publicationsFailed, 0);
    QCOMPARE(report.commentActionsFailed, 0);
    const int createPost = int(m_requests.indexOf(QStringLiteral("POST posts")));
    const int approve = int(m_requests.indexOf(QStringLiteral("POST comments")));
    const int pullPosts = int(m_requests.lastIndexOf(QStringLiteral("GET posts")));
    QVERIFY2(createPost >= 0 && approve > createPost && pullPosts > approve, qPrintable(m_requests.join(QStringLiteral(", "))));
    const auto left = wait(m_storage->run([](Database& db) { return PublishRepository(db).entries(); }));
    QVERIFY(left);
    QVERIFY2(left->isEmpty(), "nothing waits after a run of every step");
    const auto stored = wait(m_storage->run([review](Database& db) { return PostRepository(db).load(review); }));
    QVERIFY(stored && stored->remoteId > 0);
}

void TestBlogWorkflow::pullOnlySendsNothing()
{
    firstSync();
    queueApproval();
    queueReview(QStringLiteral("Waits"));
    const auto [status, report] = run(BlogWorkflow::Step::Pull);
    QVERIFY(status);
    QVERIFY(report.pulled);
    for (const QString& request : std::as_const(m_requests)) {
        QVERIFY2(request.startsWith(QLatin1String("GET")), qPrintable(request));
    }
    const auto left = wait(m_storage->run([](Database& db) { return PublishRepository(db).entries(); }));
    QVERIFY(left);
    QCOMPARE(left->size(), 2); // the publication and the approval still wait, for the sender
}

void TestBlogWorkflow::unknownBlogIsReportedOnce()
{
    m_siteId = 999;
    const auto [status, report] = run(BlogWorkflow::everything());
    QVERIFY(!status);
    QVERIFY(!report.reachedBlog);
    QVERIFY(!report.pulled);
    QVERIFY2(m_requests.isEmpty(), qPrintable(m_requests.join(QStringLiteral(", "))));
}

void TestBlogWorkflow::cancelWhilePublishingStopsTheRest()
{
    firstSync();
    queueApproval();
    queueReview(QStringLiteral("Cancelled"));
    const auto [status, report] = run(BlogWorkflow::everything(), [](BlogWorkflow& workflow) {
        connect(&workflow, &BlogWorkflow::publishStep, &workflow, [&workflow] { workflow.cancel(); });
    });
    QVERIFY(!status);
    QCOMPARE(status.error().code, Error::Code::Cancelled);
    QVERIFY(!report.pulled);
    QVERIFY2(!m_requests.contains(QStringLiteral("POST comments")), qPrintable(m_requests.join(QStringLiteral(", "))));
    QVERIFY2(!m_requests.contains(QStringLiteral("GET comments")), qPrintable(m_requests.join(QStringLiteral(", "))));
}

void TestBlogWorkflow::queuePublicationFollowsTheWritersChoice()
{
    const auto queuedStatus = [this](PostStatus status, qint64 siteId) -> QString {
        return wait(m_storage->run([status, siteId](Database& db) -> Result<QString> {
            Post post;
            post.title = QStringLiteral("Choice");
            post.status = status;
            post.siteId = siteId;
            auto id = PostRepository(db).create(post);
            if (!id) {
                return id.error();
            }
            auto queued = BlogWorkflow::queuePublication(db, id.value());
            if (!queued) {
                return queued.error();
            }
            auto entries = PublishRepository(db).entries();
            if (!entries) {
                return entries.error();
            }
            for (const OutboxEntry& entry : std::as_const(entries.value())) {
                if (entry.entityId == id.value() && entry.operation == OutboxOperation::Publish) {
                    return QJsonDocument::fromJson(entry.payload.toUtf8()).object().value(QStringLiteral("status")).toString();
                }
            }
            return Error::make(Error::Code::InvalidInput, QStringLiteral("not queued"));
        })).value();
    };
    QCOMPARE(queuedStatus(PostStatus::Draft, m_siteId), QStringLiteral("draft"));
    QCOMPARE(queuedStatus(PostStatus::Private, m_siteId), QStringLiteral("private"));
    QCOMPARE(queuedStatus(PostStatus::Future, m_siteId), QStringLiteral("publish")); // the date schedules it
    QCOMPARE(queuedStatus(PostStatus::Publish, 0), QStringLiteral("publish"));     // the only blog
    // A contributor submits for review.
    const Status contributor = wait(m_storage->run([siteId = m_siteId](Database& db) -> Status {
        auto site = SiteRepository(db).load(siteId);
        if (!site) {
            return site.error();
        }
        Site changed = site.value();
        changed.roles = QStringList {QStringLiteral("contributor")};
        return SiteRepository(db).update(changed);
    }));
    QVERIFY2(contributor, qPrintable(contributor ? QString() : contributor.error().message));
    QCOMPARE(queuedStatus(PostStatus::Publish, m_siteId), QStringLiteral("pending"));
    QCOMPARE(queuedStatus(PostStatus::Draft, m_siteId), QStringLiteral("draft"));
    const auto asWritten = wait(m_storage->run([siteId = m_siteId](Database& db) -> Result<QString> {
        Post post;
        post.title = QStringLiteral("From a file");
        post.status = PostStatus::Publish;
        post.siteId = siteId;
        auto id = PostRepository(db).create(post);
        if (!id) {
            return id.error();
        }
        if (auto queued = BlogWorkflow::queuePublication(db, id.value(), 0, BlogWorkflow::MayNotPublish::AsIs); !queued) {
            return queued.error();
        }
        auto entries = PublishRepository(db).entries();
        if (!entries) {
            return entries.error();
        }
        return QJsonDocument::fromJson(entries->constLast().payload.toUtf8()).object().value(QStringLiteral("status")).toString();
    }));
    QCOMPARE(asWritten.value(), QStringLiteral("publish")); // a file's status stands; the blog refuses and the writer is told
    // Two blogs and none chosen: never a blog the writer did not choose.
    const auto second = wait(m_storage->run([](Database& db) -> Result<qint64> {
        Site other;
        other.name = QStringLiteral("Other");
        other.baseUrl = QUrl(QStringLiteral("https://other.example/"));
        other.restRoot = QUrl(QStringLiteral("https://other.example/wp-json/"));
        other.userName = QStringLiteral("ann");
        auto added = SiteRepository(db).add(other);
        if (!added) {
            return added.error();
        }
        Post post;
        post.title = QStringLiteral("Which blog?");
        auto id = PostRepository(db).create(post);
        if (!id) {
            return id.error();
        }
        return BlogWorkflow::queuePublication(db, id.value());
    }));
    QVERIFY(!second);
    QVERIFY2(second.error().message.contains(QStringLiteral("Choose the blog")), qPrintable(second.error().message));
}

// What the blog's block editor writes is asked once a day, before a publication or a pull (not for moderation alone),
// kept beside the blog's settings, and the publication is written with it: a 6.3 blog gets a wp:details block and
// headings with their class. A failed answer keeps what was known.
void TestBlogWorkflow::blockSupportIsAskedOnceADayAndPublishedWith()
{
    firstSync(); // without a profile (as the other tests): nothing asked
    QVERIFY(!m_requests.contains(QStringLiteral("GET block-types")));
    int refuseWith = 0; // an HTTP status, or 0 to answer
    m_wordpress->fault = [this, &refuseWith](const FakeRequest& request) -> std::optional<FakeResponse> {
        m_requests.append(describe(request));
        if (request.url.path().endsWith(QLatin1String("/block-types/core"))) {
            if (refuseWith != 0) {
                return FakeResponse::json(R"({"code":"refused","message":"No.","data":{"status":0}})", refuseWith);
            }
            return FakeResponse::json(R"([{"name":"core/details","supports":[]},{"name":"core/heading","supports":[]}])");
        }
        return std::nullopt;
    };
    const QString root = m_profile->path();
    auto clock = std::make_shared<ManualClock>(QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC));
    const auto withClock = [clock](BlogWorkflow& workflow) { workflow.setClock(clock); };

    const qint64 review = queueReview(QStringLiteral("Blocks"), QStringLiteral("## Heat\n\n> [!spoiler] The end\n> Neil dies.\n"));
    QVERIFY(run(BlogWorkflow::everything(), withClock, root).first);
    QCOMPARE(m_requests.count(QStringLiteral("GET block-types")), 1);
    QVERIFY2(m_requests.indexOf(QStringLiteral("GET block-types")) < m_requests.indexOf(QStringLiteral("POST posts")),
             qPrintable(m_requests.join(QStringLiteral(", "))));
    const auto detected = [&root, this] {
        const QSettings settings(Profile(root).settingsPath(), QSettings::IniFormat);
        return DetectedBlockSupport::load(settings, m_siteId);
    };
    QCOMPARE(detected(), (DetectedBlockSupport {BlockSupport {true, true}, clock->nowUtc()}));
    const auto stored = wait(m_storage->run([review](Database& db) { return PostRepository(db).load(review); }));
    QVERIFY(stored && stored->remoteId > 0);
    const QString content = m_wordpress->post(stored->remoteId).value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString();
    QVERIFY2(content.startsWith(QStringLiteral("<!-- wp:heading -->\n<h2 class=\"wp-block-heading\">Heat</h2>")), qPrintable(content));
    QVERIFY2(content.contains(QStringLiteral("<!-- wp:details {\"summary\":\"The end\"} -->\n<details class=\"wp-block-details\">")),
             qPrintable(content));

    m_requests.clear();
    clock->advance(23 * 3600 * 1000LL);
    QVERIFY(run(BlogWorkflow::Step::Pull, withClock, root).first);
    QVERIFY(!m_requests.contains(QStringLiteral("GET block-types"))); // asked less than a day ago

    clock->advance(2 * 3600 * 1000LL);
    QVERIFY(run(BlogWorkflow::Step::Moderation, withClock, root).first);
    QVERIFY(!m_requests.contains(QStringLiteral("GET block-types"))); // moderation alone does not ask

    m_requests.clear();
    refuseWith = 403; // a refusal does not stop the run, keeps what was known, and is asked again in a day
    QVERIFY(run(BlogWorkflow::Step::Pull, withClock, root).first);
    QCOMPARE(m_requests.count(QStringLiteral("GET block-types")), 1);
    QCOMPARE(detected(), (DetectedBlockSupport {BlockSupport {true, true}, clock->nowUtc()}));
    clock->advance(3600 * 1000LL);
    QVERIFY(run(BlogWorkflow::Step::Pull, withClock, root).first);
    QCOMPARE(m_requests.count(QStringLiteral("GET block-types")), 1);

    clock->advance(24 * 3600 * 1000LL);
    const QDateTime refusedAt = detected().checkedAt;
    refuseWith = 503; // a failure that may pass (retried, then given up): asked again at the next run
    QVERIFY(run(BlogWorkflow::Step::Pull, withClock, root).first);
    QVERIFY(m_requests.count(QStringLiteral("GET block-types")) > 1);
    QCOMPARE(detected(), (DetectedBlockSupport {BlockSupport {true, true}, refusedAt}));
    m_requests.clear();
    refuseWith = 0;
    QVERIFY(run(BlogWorkflow::Step::Pull, withClock, root).first);
    QCOMPARE(m_requests.count(QStringLiteral("GET block-types")), 1);
    QCOMPARE(detected().checkedAt, clock->nowUtc());
}

QTEST_GUILESS_MAIN(TestBlogWorkflow)
#include "tst_blogworkflow.moc"
