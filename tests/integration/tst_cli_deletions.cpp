// Posts deleted on the web, against the real WordPress of the fixture: one deleted for good
// (DELETE ?force=true), one moved to the blog's trash, one deleted that has local edits, one whose
// queued publication meets the 404; then `longhand-cli sync` and the cache as `posts list --json`
// shows it; and publishing the kept ones again makes new posts instead of failing on the dead ids.
#include "BlogHarness.h"

#include "core/storage/Database.h"
#include "core/storage/PostRepository.h"
#include "core/storage/PublishRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

class TestCliDeletions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deletedAndTrashedPostsLeaveTheCache();
    void keptDraftsPublishAsNewPosts();
    void publicationMeeting404IsKeptAndRetried();

private:
    qint64 createPost(const QString& title);
    QJsonArray list(const QStringList& extra = {});
    static QJsonObject byTitle(const QJsonArray& posts, const QString& title);
    qint64 localId(const QString& title);
    QString dbPath() const { return QDir(m_profile.path()).filePath(QStringLiteral("longhand.sqlite")); }

    LiveBlog m_blog;
    QTemporaryDir m_profile;
    std::unique_ptr<Cli> m_cli;
    QHash<QString, qint64> m_remote; // title -> the blog's id at creation
};

void TestCliDeletions::initTestCase()
{
    const QString loaded = m_blog.load();
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    QString error;
    m_blog.fixture(QStringLiteral("reset"), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_blog.fixture(QStringLiteral("bulk-posts"), {QStringLiteral("120")}, &error); // more than one page of ids
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString& title : {QStringLiteral("Deleted For Good"), QStringLiteral("Trashed On The Web"),
                                 QStringLiteral("Edited Here"), QStringLiteral("Stays"), QStringLiteral("Queued Then Deleted")}) {
        m_remote.insert(title, createPost(title));
        QVERIFY(m_remote.value(title) > 0);
    }
    m_cli = std::make_unique<Cli>(m_profile.path());
    const CliRun added = m_cli->addAccount(m_blog);
    QVERIFY2(added.code == 0, added.all().constData());
    const CliRun synced = m_cli->run({QStringLiteral("sync")});
    QVERIFY2(synced.code == 0, synced.all().constData());
    QCOMPARE(list().size(), 125);
}

qint64 TestCliDeletions::createPost(const QString& title)
{
    const QJsonObject fields {{QStringLiteral("title"), title}, {QStringLiteral("content"), QStringLiteral("<p>%1 on the web.</p>").arg(title)},
                              {QStringLiteral("status"), QStringLiteral("publish")}};
    const RestAnswer answer = m_blog.rest("POST", QStringLiteral("/wp/v2/posts"), {}, QJsonDocument(fields).toJson());
    return answer.status == 201 ? answer.json.object().value(QStringLiteral("id")).toInteger() : 0;
}

QJsonArray TestCliDeletions::list(const QStringList& extra)
{
    const CliRun run = m_cli->run(QStringList {QStringLiteral("posts"), QStringLiteral("list"), QStringLiteral("--json")} + extra);
    if (run.code != 0) {
        qWarning() << run.all();
        return {};
    }
    return QJsonDocument::fromJson(run.out).array();
}

QJsonObject TestCliDeletions::byTitle(const QJsonArray& posts, const QString& title)
{
    for (const QJsonValue& post : posts) {
        if (post.toObject().value(QStringLiteral("title")).toString() == title) {
            return post.toObject();
        }
    }
    return {};
}

qint64 TestCliDeletions::localId(const QString& title)
{
    return byTitle(list(), title).value(QStringLiteral("id")).toInteger();
}

void TestCliDeletions::deletedAndTrashedPostsLeaveTheCache()
{
    // The writer edits one in the app (the editor's save, on the profile while no program runs).
    const qint64 edited = localId(QStringLiteral("Edited Here"));
    QVERIFY(edited > 0);
    {
        auto db = Database::open(dbPath());
        QVERIFY(db.ok());
        PostRepository repo(**db);
        Post post = repo.load(edited).value();
        post.body = QStringLiteral("<p>Edited Here, rewritten offline.</p>");
        QVERIFY(repo.update(post).ok());
    }
    const QUrlQuery force(QStringLiteral("force=true"));
    QCOMPARE(m_blog.rest("DELETE", QStringLiteral("/wp/v2/posts/%1").arg(m_remote.value(QStringLiteral("Deleted For Good"))), force).status, 200);
    QCOMPARE(m_blog.rest("DELETE", QStringLiteral("/wp/v2/posts/%1").arg(m_remote.value(QStringLiteral("Trashed On The Web")))).status, 200);
    QCOMPARE(m_blog.rest("DELETE", QStringLiteral("/wp/v2/posts/%1").arg(m_remote.value(QStringLiteral("Edited Here"))), force).status, 200);

    const CliRun synced = m_cli->run({QStringLiteral("sync")});
    QVERIFY2(synced.code == 0, synced.all().constData());
    QVERIFY2(synced.err.contains("“Deleted For Good” was deleted on the blog"), synced.err.constData());
    QVERIFY2(synced.err.contains("“Trashed On The Web” was moved to the trash on the blog"), synced.err.constData());
    QVERIFY2(synced.err.contains("“Edited Here” was deleted on the blog; your unpublished changes are kept"), synced.err.constData());
    QVERIFY2(synced.out.contains("3 posts no longer on the blog"), synced.out.constData());

    const QJsonArray live = list();
    QCOMPARE(live.size(), 123);
    QVERIFY(byTitle(live, QStringLiteral("Deleted For Good")).isEmpty());
    QVERIFY(byTitle(live, QStringLiteral("Trashed On The Web")).isEmpty());
    const QJsonObject stays = byTitle(live, QStringLiteral("Stays"));
    QCOMPARE(stays.value(QStringLiteral("remote_id")).toInteger(), m_remote.value(QStringLiteral("Stays")));
    QVERIFY(stays.value(QStringLiteral("notice")).toString().isEmpty());
    const QJsonObject kept = byTitle(live, QStringLiteral("Edited Here"));
    QCOMPARE(kept.value(QStringLiteral("remote_id")).toInteger(), 0);
    QCOMPARE(kept.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    QVERIFY(kept.value(QStringLiteral("unpushed_changes")).toBool());
    QVERIFY(kept.value(QStringLiteral("link")).toString().isEmpty());
    QVERIFY2(kept.value(QStringLiteral("notice")).toString().contains(QLatin1String("deleted on the blog")),
             qPrintable(kept.value(QStringLiteral("notice")).toString()));

    const QJsonArray trash = list({QStringLiteral("--status"), QStringLiteral("trash")});
    QCOMPARE(trash.size(), 2);
    for (const QString& title : {QStringLiteral("Deleted For Good"), QStringLiteral("Trashed On The Web")}) {
        const QJsonObject post = byTitle(trash, title);
        QVERIFY2(!post.isEmpty(), qPrintable(title));
        QCOMPARE(post.value(QStringLiteral("remote_id")).toInteger(), 0);
        QVERIFY(post.value(QStringLiteral("trashed")).toBool());
        QVERIFY(!post.value(QStringLiteral("notice")).toString().isEmpty());
    }
    QVERIFY(byTitle(trash, QStringLiteral("Trashed On The Web")).value(QStringLiteral("notice")).toString().contains(QLatin1String("trash")));

    // Settled: another sync finds nothing more.
    const CliRun again = m_cli->run({QStringLiteral("sync")});
    QVERIFY2(again.code == 0, again.all().constData());
    QVERIFY2(!again.err.contains("on the blog"), again.err.constData());
    QCOMPARE(list().size(), 123);
}

void TestCliDeletions::keptDraftsPublishAsNewPosts()
{
    const qint64 edited = localId(QStringLiteral("Edited Here"));
    QVERIFY(edited > 0);
    {
        auto db = Database::open(dbPath());
        QVERIFY(db.ok());
        const qint64 siteId = PostRepository(**db).load(edited)->siteId;
        QVERIFY(PublishRepository(**db).enqueuePublish(edited, siteId).ok()); // Publish in the app
    }
    const CliRun synced = m_cli->run({QStringLiteral("sync")});
    QVERIFY2(synced.code == 0, synced.all().constData());
    const QJsonObject post = byTitle(list(), QStringLiteral("Edited Here"));
    const qint64 newId = post.value(QStringLiteral("remote_id")).toInteger();
    QVERIFY(newId > 0);
    QVERIFY(newId != m_remote.value(QStringLiteral("Edited Here")));
    const RestAnswer onBlog = m_blog.rest("GET", QStringLiteral("/wp/v2/posts/%1").arg(newId), QUrlQuery(QStringLiteral("context=edit")));
    QCOMPARE(onBlog.status, 200);
    QCOMPARE(onBlog.json.object().value(QStringLiteral("status")).toString(), QStringLiteral("publish"));
    QVERIFY(onBlog.json.object().value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString().contains(
        QLatin1String("rewritten offline")));
    QCOMPARE(profiledb::outboxCount(m_profile.path()), 0);
}

void TestCliDeletions::publicationMeeting404IsKeptAndRetried()
{
    const qint64 local = localId(QStringLiteral("Queued Then Deleted"));
    QVERIFY(local > 0);
    qint64 entry = 0;
    {
        auto db = Database::open(dbPath());
        QVERIFY(db.ok());
        PostRepository repo(**db);
        Post post = repo.load(local).value();
        post.body = QStringLiteral("<p>A correction made before the web deleted it.</p>");
        QVERIFY(repo.update(post).ok());
        entry = PublishRepository(**db).enqueuePublish(local, post.siteId).value();
    }
    const qint64 dead = m_remote.value(QStringLiteral("Queued Then Deleted"));
    QCOMPARE(m_blog.rest("DELETE", QStringLiteral("/wp/v2/posts/%1").arg(dead), QUrlQuery(QStringLiteral("force=true"))).status, 200);

    // The push comes first and meets the 404: the review is kept, unlinked, its publication waits.
    const CliRun synced = m_cli->run({QStringLiteral("sync")});
    QVERIFY2(synced.code == 0, synced.all().constData());
    QVERIFY2(synced.err.contains("not published"), synced.err.constData());
    QVERIFY2(synced.err.contains("no longer on the blog"), synced.err.constData());
    QJsonObject post = byTitle(list(), QStringLiteral("Queued Then Deleted"));
    QCOMPARE(post.value(QStringLiteral("remote_id")).toInteger(), 0);
    QVERIFY(!post.value(QStringLiteral("notice")).toString().isEmpty());
    QStringList failures;
    QCOMPARE(profiledb::outboxCount(m_profile.path(), &failures), 1);
    QVERIFY2(failures.join(QLatin1Char('\n')).contains(QLatin1String("retry to publish it as a new post")), qPrintable(failures.join(QLatin1Char('\n'))));

    // Retry (the outbox dialog's button): a new post, not the 404 again.
    {
        auto db = Database::open(dbPath());
        QVERIFY(PublishRepository(**db).retry(entry).ok());
    }
    const CliRun retried = m_cli->run({QStringLiteral("sync")});
    QVERIFY2(retried.code == 0, retried.all().constData());
    post = byTitle(list(), QStringLiteral("Queued Then Deleted"));
    const qint64 newId = post.value(QStringLiteral("remote_id")).toInteger();
    QVERIFY(newId > 0 && newId != dead);
    QCOMPARE(m_blog.rest("GET", QStringLiteral("/wp/v2/posts/%1").arg(newId)).status, 200);
    QCOMPARE(profiledb::outboxCount(m_profile.path()), 0);
}

QTEST_GUILESS_MAIN(TestCliDeletions)
#include "tst_cli_deletions.moc"
