// longhand-cli end to end over XML-RPC, against the real WordPress fixture with REST locked for API clients
// (wp-fixture rest-locked on: application passwords off, REST refusing signed-in requests, as behind Wordfence):
// adding the blog without --protocol fails with the suggestion, --protocol xmlrpc connects with the account
// password; sync pulls posts and comments; publish creates a post once and updates it after; a web edit between
// publishes is kept; a lost wp.newPost answer (fault proxy) makes no second post; moderation and a reply from the
// CLI reach the blog. "The web" here is XmlRpcBlogClient signed in as the administrator (REST is locked). REST is
// unlocked again at the end: other tests share the fixture.
#include "core/blog/BlogClient.h"
#include "core/remote/HttpClient.h"
#include "core/remote/xmlrpc/XmlRpcBlogClient.h"

#include "BlogHarness.h"
#include "XmlRpcTestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::xmlrpctest;

class TestCliXmlRpc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void restRefusedSuggestsXmlRpc();
    void addsThroughXmlRpc();
    void syncPullsPostsAndComments();
    void publishesOnceThenUpdates();
    void webEditBetweenPublishesIsKept();
    void moderationAndReplyReachTheBlog();
    void incrementalSyncSeesWebEdits();
    void lostCreateAnswerIsNotDuplicated();
    void passwordOnlyInSecretsFile();

private:
    using Run = longhand::test::CliRun;
    QString env(const char* key) const { return m_env.value(QLatin1String(key)).toString(); }
    Run cli(const QStringList& args, const QByteArray& password = {});
    void fixture(const QStringList& args);
    QString writeReview(const QString& name, const QString& title, const QString& body);
    QJsonArray jsonOf(const QStringList& args);

    QJsonObject m_env;
    QJsonObject m_sample;
    QString m_state;
    QTemporaryDir m_profile;
    QTemporaryDir m_dir;
    HttpClient m_http;
    std::unique_ptr<XmlRpcBlogClient> m_web;
    qint64 m_published = 0;
};

void TestCliXmlRpc::fixture(const QStringList& args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(qEnvironmentVariable("LONGHAND_WP_FIXTURE"), QStringList {args.front(), m_state} + args.mid(1));
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0, process.readAll().constData());
}

void TestCliXmlRpc::initTestCase()
{
    m_state = qEnvironmentVariable("LONGHAND_WP_STATE");
    QVERIFY2(!m_state.isEmpty(), "run through ctest: it starts the WordPress fixture");
    QFile file(QDir(m_state).filePath(QStringLiteral("env.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_env = QJsonDocument::fromJson(file.readAll()).object();
    fixture({QStringLiteral("reset")});
    fixture({QStringLiteral("seed-sample")});
    fixture({QStringLiteral("rest-locked"), QStringLiteral("on")});
    QFile sample(QDir(m_state).filePath(QStringLiteral("sample.json")));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    m_sample = QJsonDocument::fromJson(sample.readAll()).object();

    m_http.setRetryPolicy(RetryPolicy {1, 0});
    Site site;
    site.id = 1;
    site.name = QStringLiteral("The web");
    site.baseUrl = QUrl(env("WP_URL") + QStringLiteral("/"));
    site.userName = env("WP_ADMIN_USER");
    site.userId = env("WP_ADMIN_ID").toLongLong();
    site.protocol = Site::Protocol::WordPressXmlRpc;
    m_web = std::make_unique<XmlRpcBlogClient>(site, &m_http, QUrl(env("WP_URL") + QStringLiteral("/xmlrpc.php")), env("WP_ADMIN_PASSWORD"));
}

void TestCliXmlRpc::cleanupTestCase()
{
    m_web.reset();
    if (!m_state.isEmpty()) {
        fixture({QStringLiteral("rest-locked"), QStringLiteral("off")});
    }
}

TestCliXmlRpc::Run TestCliXmlRpc::cli(const QStringList& args, const QByteArray& password)
{
    return longhand::test::Cli(m_profile.path()).withPassword(password).run(args, {}, 180000);
}

QJsonArray TestCliXmlRpc::jsonOf(const QStringList& args)
{
    const Run run = cli(args + QStringList {QStringLiteral("--json")});
    if (run.code != 0) {
        qWarning() << args << run.err;
    }
    return QJsonDocument::fromJson(run.out).array();
}

QString TestCliXmlRpc::writeReview(const QString& name, const QString& title, const QString& body)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qFatal("cannot write the review");
    }
    file.write((QStringLiteral("---\ntitle: \"") + title + QStringLiteral("\"\n---\n\n") + body).toUtf8());
    return path;
}

void TestCliXmlRpc::restRefusedSuggestsXmlRpc()
{
    const Run add = cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--url"), env("WP_URL"), QStringLiteral("--user"),
                         QStringLiteral("admin"), QStringLiteral("--secret-store"), QStringLiteral("file")},
                        env("WP_ADMIN_APP_PASSWORD").toUtf8());
    QVERIFY2(add.code == 5, qPrintable(QString::number(add.code) + QLatin1Char(' ') + QString::fromUtf8(add.err)));
    QVERIFY2(add.err.contains("--protocol xmlrpc"), add.err.constData());
    QVERIFY2(add.err.contains("application passwords"), add.err.constData());
    QCOMPARE(add.err.count('\n'), 1); // one clear line
    QCOMPARE(jsonOf({QStringLiteral("account"), QStringLiteral("list")}).size(), 0); // nothing half-added
}

void TestCliXmlRpc::addsThroughXmlRpc()
{
    // A wrong password is said to be one, and adds nothing.
    Run add = cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--url"), env("WP_URL"), QStringLiteral("--user"),
                   QStringLiteral("admin"), QStringLiteral("--secret-store"), QStringLiteral("file"), QStringLiteral("--protocol"),
                   QStringLiteral("xmlrpc")},
                  "not the password");
    QVERIFY(add.code != 0);
    QVERIFY2(!add.err.isEmpty(), add.out.constData());
    QCOMPARE(jsonOf({QStringLiteral("account"), QStringLiteral("list")}).size(), 0);

    add = cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--url"), env("WP_URL"), QStringLiteral("--user"),
               QStringLiteral("admin"), QStringLiteral("--secret-store"), QStringLiteral("file"), QStringLiteral("--protocol"),
               QStringLiteral("xmlrpc"), QStringLiteral("--json")},
              env("WP_ADMIN_PASSWORD").toUtf8());
    QVERIFY2(add.code == 0, add.err.constData());
    const QJsonObject site = QJsonDocument::fromJson(add.out).object();
    QCOMPARE(site.value(QStringLiteral("protocol")).toString(), QStringLiteral("xmlrpc"));
    QCOMPARE(site.value(QStringLiteral("xmlrpc_endpoint")).toString(), env("WP_URL") + QStringLiteral("/xmlrpc.php"));
    QCOMPARE(site.value(QStringLiteral("name")).toString(), QStringLiteral("Longhand Test Blog")); // from wp.getUsersBlogs
    QVERIFY(site.value(QStringLiteral("roles")).toArray().contains(QStringLiteral("administrator")));

    const QJsonArray listed = jsonOf({QStringLiteral("account"), QStringLiteral("list")});
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().toObject().value(QStringLiteral("protocol")).toString(), QStringLiteral("xmlrpc"));
    const Run text = cli({QStringLiteral("account"), QStringLiteral("list")});
    QVERIFY2(text.out.contains("\txmlrpc\t"), text.out.constData());

    const Run verify = cli({QStringLiteral("account"), QStringLiteral("verify")});
    QVERIFY2(verify.code == 0, verify.err.constData());
    QVERIFY(verify.out.contains("administrator"));

    // The same blog and user again, through either protocol: already connected.
    add = cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--url"), env("WP_URL"), QStringLiteral("--user"),
               QStringLiteral("admin"), QStringLiteral("--secret-store"), QStringLiteral("file"), QStringLiteral("--protocol"),
               QStringLiteral("xmlrpc")},
              env("WP_ADMIN_PASSWORD").toUtf8());
    QVERIFY2(add.code == 4, add.err.constData());
}

void TestCliXmlRpc::syncPullsPostsAndComments()
{
    const Run sync = cli({QStringLiteral("sync")});
    QVERIFY2(sync.code == 0, sync.err.constData());

    const QJsonArray posts = jsonOf({QStringLiteral("posts"), QStringLiteral("list")});
    QStringList titles;
    for (const QJsonValue& post : posts) {
        titles.append(post.toObject().value(QStringLiteral("title")).toString());
    }
    // seed-sample: five published reviews, a draft, a pending, a private and a scheduled post (every status).
    QVERIFY2(posts.size() >= 9, qPrintable(titles.join(QStringLiteral(", "))));

    const QJsonArray comments = jsonOf({QStringLiteral("comments"), QStringLiteral("list")});
    QVERIFY2(comments.size() >= 10, qPrintable(QString::number(comments.size())));
    const qint64 pending = m_sample.value(QStringLiteral("comments")).toObject().value(QStringLiteral("paris-pending")).toInteger();
    QVERIFY(pending > 0);
    bool found = false;
    for (const QJsonValue& comment : comments) {
        if (comment.toObject().value(QStringLiteral("id")).toInteger() == pending) {
            found = true;
            QCOMPARE(comment.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("hold"));
        }
    }
    QVERIFY(found);

    // A second sync with nothing new succeeds too (no totals, no modified_after: it pages to the mark).
    const Run again = cli({QStringLiteral("sync")});
    QVERIFY2(again.code == 0, again.err.constData());
    QCOMPARE(jsonOf({QStringLiteral("posts"), QStringLiteral("list")}).size(), posts.size());
}

void TestCliXmlRpc::publishesOnceThenUpdates()
{
    const QString file = writeReview(QStringLiteral("xmlrpc.md"), QStringLiteral("Through The Side Door"),
                                     QStringLiteral("First paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n"));
    Run run = cli({QStringLiteral("publish"), file, QStringLiteral("--json")});
    QVERIFY2(run.code == 0, run.err.constData());
    m_published = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("remote_id")).toInteger();
    QVERIFY(m_published > 0);
    const auto post = await(m_web->fetchPost(m_published));
    QVERIFY2(post, why(post).constData());
    QCOMPARE(post->title, QStringLiteral("Through The Side Door"));
    QVERIFY2(post->content.contains(QStringLiteral("Second paragraph.")), qPrintable(post->content));

    // Published again: the same post, not a second one.
    writeReview(QStringLiteral("xmlrpc.md"), QStringLiteral("Through The Side Door"),
                QStringLiteral("First paragraph.\n\nSecond paragraph, revised.\n\nThird paragraph.\n"));
    run = cli({QStringLiteral("publish"), file, QStringLiteral("--json")});
    QVERIFY2(run.code == 0, run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("remote_id")).toInteger(), m_published);
    const auto same = await(m_web->findPostsContaining(QStringLiteral("Side Door")));
    QVERIFY2(same, why(same).constData());
    QCOMPARE(same->size(), 1);
    QVERIFY(same->first().content.contains(QStringLiteral("Second paragraph, revised.")));
}

void TestCliXmlRpc::webEditBetweenPublishesIsKept()
{
    QVERIFY(m_published > 0);
    QTest::qWait(1100); // post_modified_gmt has one-second resolution
    auto web = await(m_web->fetchPost(m_published));
    QVERIFY2(web, why(web).constData());
    QString content = web->content;
    content.replace(QStringLiteral("Third paragraph."), QStringLiteral("Third paragraph, fixed on the web."));
    PostChanges change;
    change.content = content;
    const auto edited = await(m_web->updatePost(m_published, change));
    QVERIFY2(edited, why(edited).constData());

    // The writer changes another paragraph and publishes: the web's edit is merged in, not overwritten.
    const QString file = writeReview(QStringLiteral("xmlrpc.md"), QStringLiteral("Through The Side Door"),
                                     QStringLiteral("First paragraph, rewritten at home.\n\nSecond paragraph, revised.\n\nThird paragraph.\n"));
    const Run run = cli({QStringLiteral("publish"), file, QStringLiteral("--json")});
    const auto now = await(m_web->fetchPost(m_published));
    QVERIFY2(now, why(now).constData());
    QVERIFY2(now->content.contains(QStringLiteral("Third paragraph, fixed on the web.")), qPrintable(now->content));
    QVERIFY2(run.code == 0, run.err.constData());
    QVERIFY2(now->content.contains(QStringLiteral("First paragraph, rewritten at home.")), qPrintable(now->content));
}

void TestCliXmlRpc::moderationAndReplyReachTheBlog()
{
    const QJsonObject ids = m_sample.value(QStringLiteral("comments")).toObject();
    const qint64 pending = ids.value(QStringLiteral("paris-pending")).toInteger();
    Run run = cli({QStringLiteral("comments"), QStringLiteral("approve"), QString::number(pending)});
    QVERIFY2(run.code == 0, run.err.constData());
    auto comment = await(m_web->fetchComment(pending));
    QVERIFY2(comment, why(comment).constData());
    QCOMPARE(comment->status, QStringLiteral("approved"));

    run = cli({QStringLiteral("comments"), QStringLiteral("reply"), QString::number(pending), QStringLiteral("Thank you, answered over XML-RPC.")});
    QVERIFY2(run.code == 0, run.err.constData());
    const qint64 replyId = run.out.trimmed().toLongLong();
    QVERIFY2(replyId > 0, run.out.constData());
    const auto reply = await(m_web->fetchComment(replyId));
    QVERIFY2(reply, why(reply).constData());
    QCOMPARE(reply->parent, pending);
    QVERIFY2(reply->content.contains(QStringLiteral("answered over XML-RPC")), qPrintable(reply->content));

    const qint64 other = ids.value(QStringLiteral("spirited-pending")).toInteger();
    run = cli({QStringLiteral("comments"), QStringLiteral("spam"), QString::number(other)});
    QVERIFY2(run.code == 0, run.err.constData());
    comment = await(m_web->fetchComment(other));
    QVERIFY2(comment, why(comment).constData());
    QCOMPARE(comment->status, QStringLiteral("spam"));
}

void TestCliXmlRpc::incrementalSyncSeesWebEdits()
{
    // A post written on the web (a review published from here keeps its Markdown; the web's version of it is merged
    // at its next publication, as over REST) is edited there; so is the scheduled one, whose XML-RPC status says
    // "publish" and whose modified date is ahead: it must not carry the sync's mark past the other edit.
    QTest::qWait(1100);
    const QJsonObject sample = m_sample.value(QStringLiteral("posts")).toObject();
    const qint64 webPost = sample.value(QStringLiteral("seven-samurai")).toInteger();
    PostChanges change;
    change.title = QStringLiteral("Seven Samurai (edited on the web)");
    const auto edited = await(m_web->updatePost(webPost, change));
    QVERIFY2(edited, why(edited).constData());
    QCOMPARE(await(m_web->fetchPost(sample.value(QStringLiteral("future-ozu-week")).toInteger()))->status, QStringLiteral("future"));
    // A comment approved on the web is seen by the next sync.
    const qint64 held = m_sample.value(QStringLiteral("comments")).toObject().value(QStringLiteral("stalker-pending")).toInteger();
    CommentChanges approve;
    approve.status = QStringLiteral("approved");
    QVERIFY(await(m_web->updateComment(held, approve)));
    // One spammed on the web: wp.getComments lists approved and held comments only unless asked for spam.
    const qint64 spammed = m_sample.value(QStringLiteral("comments")).toObject().value(QStringLiteral("paris-pending")).toInteger();
    CommentChanges spam;
    spam.status = QStringLiteral("spam");
    QVERIFY(await(m_web->updateComment(spammed, spam)));

    const Run sync = cli({QStringLiteral("sync")});
    QVERIFY2(sync.code == 0, sync.err.constData());
    bool titled = false;
    for (const QJsonValue& post : jsonOf({QStringLiteral("posts"), QStringLiteral("list")})) {
        if (post.toObject().value(QStringLiteral("remote_id")).toInteger() == webPost) {
            titled = post.toObject().value(QStringLiteral("title")).toString().contains(QStringLiteral("edited on the web"));
        }
    }
    QVERIFY(titled);
    bool approved = false;
    for (const QJsonValue& comment : jsonOf({QStringLiteral("comments"), QStringLiteral("list")})) {
        if (comment.toObject().value(QStringLiteral("id")).toInteger() == held) {
            approved = comment.toObject().value(QStringLiteral("status")).toString().startsWith(QStringLiteral("approve"));
        }
    }
    QVERIFY(approved);
    bool inSpam = false;
    for (const QJsonValue& comment : jsonOf({QStringLiteral("comments"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("spam")})) {
        inSpam = inSpam || comment.toObject().value(QStringLiteral("id")).toInteger() == spammed;
    }
    QVERIFY2(inSpam, "a comment spammed on the web is in the cache's spam after a sync");
}

void TestCliXmlRpc::lostCreateAnswerIsNotDuplicated()
{
    // wp.newPost reaches the blog, which creates the post, but its answer is lost (the fault proxy closes the
    // connection after the blog answered). Publishing again must find the post the lost create made.
    longhand::test::FaultProxy proxy;
    const QString started = proxy.start(QUrl(env("WP_URL")));
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QString pointed = longhand::test::profiledb::pointAt(m_profile.path(), proxy.port());
    QVERIFY2(pointed.isEmpty(), qPrintable(pointed));
    QVERIFY(proxy.setRules({QJsonObject {{QStringLiteral("method"), QStringLiteral("POST")},
                                         {QStringLiteral("path"), QStringLiteral("xmlrpc\\.php")},
                                         {QStringLiteral("body"), QStringLiteral("<methodName>wp\\.newPost</methodName>")},
                                         {QStringLiteral("action"), QStringLiteral("drop-after")},
                                         {QStringLiteral("times"), 1}}}));
    const QString file = writeReview(QStringLiteral("lost.md"), QStringLiteral("The Answer That Never Came"),
                                     QStringLiteral("Created once, answered never.\n"));
    const Run first = cli({QStringLiteral("publish"), file, QStringLiteral("--json")});
    qInfo() << "publish with the answer lost: exit" << first.code << first.err.trimmed();
    QCOMPARE(proxy.hits(), 1);
    QVERIFY(proxy.clear());
    const Run second = cli({QStringLiteral("publish"), file, QStringLiteral("--json")});
    QVERIFY2(second.code == 0, qPrintable(QString::fromUtf8(first.err) + QStringLiteral(" / ") + QString::fromUtf8(second.err)));
    pointed = longhand::test::profiledb::pointAt(m_profile.path(), QUrl(env("WP_URL")).port());
    QVERIFY2(pointed.isEmpty(), qPrintable(pointed));

    const auto found = await(m_web->findPostsContaining(QStringLiteral("Answer That Never Came")));
    QVERIFY2(found, why(found).constData());
    QCOMPARE(found->size(), 1); // one post, not two
    QCOMPARE(QJsonDocument::fromJson(second.out).object().value(QStringLiteral("remote_id")).toInteger(), found->first().id);
}

void TestCliXmlRpc::passwordOnlyInSecretsFile()
{
    const QByteArray password = env("WP_ADMIN_PASSWORD").toUtf8();
    QVERIFY(!password.isEmpty());
    QDirIterator it(m_profile.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        if (QFileInfo(path).fileName() == QLatin1String("secrets.ini")) {
            continue;
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(password), qPrintable(path));
    }
    QVERIFY(files >= 2);
}

QTEST_GUILESS_MAIN(TestCliXmlRpc)
#include "tst_cli_xmlrpc.moc"
