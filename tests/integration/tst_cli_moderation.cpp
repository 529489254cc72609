// Issue 16 against the real WordPress: pingbacks and trackbacks are pulled (a block-editor note never is),
// `comments list --unreplied --mine --type` with --json, and `comments edit` changing the commenter (name,
// email, web address) and the text on the blog, at once or queued while the blog is unreachable, where a
// field changed on the web meanwhile keeps the web's value.
#include "BlogHarness.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace longhand::test;

class TestCliModeration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pingsAndTrackbacksArePulledNotesAreNot();
    void unrepliedMineAndTypeFilters();
    void badFilterArgumentsAreRefused();
    void commenterEditReachesTheBlog();
    void offlineEditMeetsAWebChange();

private:
    qint64 createPost(const QString& title, qint64 author);
    QList<qint64> listIds(const QStringList& extra);
    QJsonObject serverComment(qint64 id);

    LiveBlog m_blog;
    QTemporaryDir m_profile;
    std::unique_ptr<Cli> m_cli;
    qint64 m_mine = 0;     // the admin's post
    qint64 m_theirs = 0;   // the author's post
    QJsonObject m_pings;   // pingback, trackback, note ids on m_mine
    QList<qint64> m_onMine;
    QList<qint64> m_onTheirs;
    qint64 m_answered = 0; // a reader's comment the admin answered
    qint64 m_answer = 0;
};

qint64 TestCliModeration::createPost(const QString& title, qint64 author)
{
    QJsonObject post {{QStringLiteral("title"), title}, {QStringLiteral("status"), QStringLiteral("publish")},
                      {QStringLiteral("content"), QStringLiteral("A review to comment on.")}};
    if (author > 0) {
        post.insert(QStringLiteral("author"), author);
    }
    const RestAnswer created = m_blog.rest("POST", QStringLiteral("/wp/v2/posts"), {}, QJsonDocument(post).toJson());
    return created.status == 201 ? created.json.object().value(QStringLiteral("id")).toInteger() : 0;
}

QList<qint64> TestCliModeration::listIds(const QStringList& extra)
{
    const CliRun run = m_cli->run(QStringList {QStringLiteral("comments"), QStringLiteral("list"), QStringLiteral("--json")} + extra);
    if (run.code != 0) {
        qWarning() << run.all();
        return {-1};
    }
    QList<qint64> ids;
    for (const QJsonValue& value : QJsonDocument::fromJson(run.out).array()) {
        ids.append(value.toObject().value(QStringLiteral("id")).toInteger());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QJsonObject TestCliModeration::serverComment(qint64 id)
{
    QUrlQuery edit;
    edit.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    return m_blog.rest("GET", QStringLiteral("/wp/v2/comments/%1").arg(id), edit).json.object();
}

void TestCliModeration::initTestCase()
{
    const QString loaded = m_blog.load();
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    QString error;
    m_blog.fixture(QStringLiteral("reset"), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QUrlQuery bySlug;
    bySlug.addQueryItem(QStringLiteral("slug"), QStringLiteral("author"));
    const QJsonArray authors = m_blog.rest("GET", QStringLiteral("/wp/v2/users"), bySlug).json.array();
    QCOMPARE(authors.size(), 1);
    m_mine = createPost(QStringLiteral("The Admin's Review"), 0);
    m_theirs = createPost(QStringLiteral("The Author's Review"), authors.first().toObject().value(QStringLiteral("id")).toInteger());
    QVERIFY(m_mine > 0 && m_theirs > 0);
    const auto bulk = [this, &error](qint64 post) {
        const QJsonObject made = QJsonDocument::fromJson(
            m_blog.fixture(QStringLiteral("bulk-comments"), {QStringLiteral("4"), QString::number(post)}, &error)).object();
        QList<qint64> ids;
        for (qint64 id = made.value(QStringLiteral("first")).toInteger(); id > 0 && id <= made.value(QStringLiteral("last")).toInteger(); ++id) {
            ids.append(id);
        }
        return ids;
    };
    m_onMine = bulk(m_mine);
    m_onTheirs = bulk(m_theirs);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_onMine.size(), 4);
    QCOMPARE(m_onTheirs.size(), 4);
    m_pings = QJsonDocument::fromJson(m_blog.fixture(QStringLiteral("pings"), {QString::number(m_mine)}, &error)).object();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_pings.value(QStringLiteral("note")).toInteger() > 0);
    // The admin answers a reader on the author's post (a comment by a user of the blog: author != 0).
    m_answered = m_onTheirs.first();
    const RestAnswer reply = m_blog.rest("POST", QStringLiteral("/wp/v2/comments"), {},
        QJsonDocument(QJsonObject {{QStringLiteral("post"), m_theirs}, {QStringLiteral("parent"), m_answered},
                                   {QStringLiteral("content"), QStringLiteral("Thank you for reading.")}}).toJson());
    QCOMPARE(reply.status, 201);
    m_answer = reply.json.object().value(QStringLiteral("id")).toInteger();
    QVERIFY(reply.json.object().value(QStringLiteral("author")).toInteger() > 0);

    m_cli = std::make_unique<Cli>(m_profile.path());
    const CliRun added = m_cli->addAccount(m_blog);
    QVERIFY2(added.code == 0, added.all().constData());
    const CliRun synced = m_cli->run({QStringLiteral("sync")});
    QVERIFY2(synced.code == 0, synced.all().constData());
}

void TestCliModeration::pingsAndTrackbacksArePulledNotesAreNot()
{
    const qint64 pingback = m_pings.value(QStringLiteral("pingback")).toInteger();
    const qint64 trackback = m_pings.value(QStringLiteral("trackback")).toInteger();
    const qint64 note = m_pings.value(QStringLiteral("note")).toInteger();
    QCOMPARE(listIds({QStringLiteral("--type"), QStringLiteral("pingback")}), QList<qint64> {pingback});
    QCOMPARE(listIds({QStringLiteral("--type"), QStringLiteral("trackback")}), QList<qint64> {trackback});
    const QList<qint64> all = listIds({});
    QVERIFY(all.contains(pingback) && all.contains(trackback));
    QVERIFY(!all.contains(note));
    QCOMPARE(all.size(), 4 + 4 + 1 + 2);
    const QList<qint64> comments = listIds({QStringLiteral("--type"), QStringLiteral("comment")});
    QCOMPARE(comments.size(), 9);
    // The type and the answer are in --json; show names the type.
    const CliRun shown = m_cli->run({QStringLiteral("comments"), QStringLiteral("show"), QString::number(trackback), QStringLiteral("--json")});
    QCOMPARE(shown.code, 0);
    QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("type")).toString(), QStringLiteral("trackback"));
    const CliRun text = m_cli->run({QStringLiteral("comments"), QStringLiteral("show"), QString::number(pingback)});
    QVERIFY2(text.out.contains("Pingback"), text.out.constData());
    // A second sync (incremental) keeps them and still leaves the note out.
    QCOMPARE(m_cli->run({QStringLiteral("sync")}).code, 0);
    QCOMPARE(listIds({}), all);
}

void TestCliModeration::unrepliedMineAndTypeFilters()
{
    const qint64 pingback = m_pings.value(QStringLiteral("pingback")).toInteger();
    const qint64 trackback = m_pings.value(QStringLiteral("trackback")).toInteger();
    const QList<qint64> unreplied = listIds({QStringLiteral("--unreplied")});
    QVERIFY(!unreplied.contains(m_answered)); // answered by the admin
    QVERIFY(!unreplied.contains(m_answer));   // by a user of the blog
    QCOMPARE(unreplied.size(), 4 + 3 + 2);
    QList<qint64> mine = m_onMine;
    mine << pingback << trackback;
    std::sort(mine.begin(), mine.end());
    QCOMPARE(listIds({QStringLiteral("--mine")}), mine);
    QCOMPARE(listIds({QStringLiteral("--mine"), QStringLiteral("--unreplied"), QStringLiteral("--type"), QStringLiteral("comment")}), m_onMine);
    QCOMPARE(listIds({QStringLiteral("--unreplied"), QStringLiteral("--post"), QString::number(m_theirs)}), m_onTheirs.mid(1));
    QCOMPARE(listIds({QStringLiteral("--mine"), QStringLiteral("--post"), QString::number(m_theirs)}), QList<qint64> {});
    // --json says which comments wait for an answer.
    const CliRun run = m_cli->run({QStringLiteral("comments"), QStringLiteral("list"), QStringLiteral("--post"), QString::number(m_theirs),
                                   QStringLiteral("--json")});
    QCOMPARE(run.code, 0);
    for (const QJsonValue& value : QJsonDocument::fromJson(run.out).array()) {
        const QJsonObject c = value.toObject();
        const qint64 id = c.value(QStringLiteral("id")).toInteger();
        QCOMPARE(c.value(QStringLiteral("unreplied")).toBool(), id != m_answered && id != m_answer);
        QCOMPARE(c.value(QStringLiteral("type")).toString(), QStringLiteral("comment"));
    }
}

void TestCliModeration::badFilterArgumentsAreRefused()
{
    const CliRun bad = m_cli->run({QStringLiteral("comments"), QStringLiteral("list"), QStringLiteral("--type"), QStringLiteral("note")});
    QCOMPARE(bad.code, 2);
    const CliRun nothing = m_cli->run({QStringLiteral("comments"), QStringLiteral("edit"), QString::number(m_onMine.first())});
    QCOMPARE(nothing.code, 2);
    const CliRun email = m_cli->run({QStringLiteral("comments"), QStringLiteral("edit"), QString::number(m_onMine.first()),
                                     QStringLiteral("--author-email"), QStringLiteral("not-an-address")});
    QCOMPARE(email.code, 2);
    const CliRun unknown = m_cli->run({QStringLiteral("comments"), QStringLiteral("edit"), QStringLiteral("999999"),
                                       QStringLiteral("--author-name"), QStringLiteral("X")});
    QCOMPARE(unknown.code, 2);
}

void TestCliModeration::commenterEditReachesTheBlog()
{
    const qint64 id = m_onMine.at(1);
    const CliRun edited = m_cli->run({QStringLiteral("comments"), QStringLiteral("edit"), QString::number(id),
                                      QStringLiteral("--author-name"), QStringLiteral("Ada Lovelace"),
                                      QStringLiteral("--author-email"), QStringLiteral("ada@example.org"),
                                      QStringLiteral("--author-url"), QStringLiteral("https://ada.example/"),
                                      QStringLiteral("--text"), QStringLiteral("-"), QStringLiteral("--json")},
                                     "A kinder sentence, edited by the moderator.\n");
    QVERIFY2(edited.code == 0, edited.all().constData());
    const QJsonObject printed = QJsonDocument::fromJson(edited.out).object();
    QCOMPARE(printed.value(QStringLiteral("outcome")).toString(), QStringLiteral("sent"));
    QCOMPARE(printed.value(QStringLiteral("author_name")).toString(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(printed.value(QStringLiteral("pending")).toBool(), false);
    const QJsonObject server = serverComment(id);
    QCOMPARE(server.value(QStringLiteral("author_name")).toString(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(server.value(QStringLiteral("author_email")).toString(), QStringLiteral("ada@example.org"));
    QCOMPARE(server.value(QStringLiteral("author_url")).toString(), QStringLiteral("https://ada.example/"));
    QCOMPARE(server.value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString(),
             QStringLiteral("A kinder sentence, edited by the moderator."));
    // The same again changes nothing and sends nothing.
    const CliRun again = m_cli->run({QStringLiteral("comments"), QStringLiteral("edit"), QString::number(id),
                                     QStringLiteral("--author-name"), QStringLiteral("Ada Lovelace")});
    QCOMPARE(again.code, 0);
    QVERIFY2(again.out.contains("unchanged"), again.out.constData());
    // A pingback's source can be corrected too.
    const qint64 pingback = m_pings.value(QStringLiteral("pingback")).toInteger();
    const CliRun ping = m_cli->run({QStringLiteral("comments"), QStringLiteral("edit"), QString::number(pingback),
                                    QStringLiteral("--author-url"), QStringLiteral("https://films.example/the-right-post/")});
    QVERIFY2(ping.code == 0, ping.all().constData());
    QCOMPARE(serverComment(pingback).value(QStringLiteral("author_url")).toString(), QStringLiteral("https://films.example/the-right-post/"));
}

void TestCliModeration::offlineEditMeetsAWebChange()
{
    const qint64 id = m_onMine.at(2);
    const int port = QUrl(m_blog.url()).port();
    QVERIFY(profiledb::pointAt(m_profile.path(), 9).isEmpty()); // the discard port: nothing listens
    const CliRun queued = m_cli->run({QStringLiteral("comments"), QStringLiteral("edit"), QString::number(id),
                                      QStringLiteral("--author-name"), QStringLiteral("Offline Name"),
                                      QStringLiteral("--author-email"), QStringLiteral("offline@example.org"),
                                      QStringLiteral("--json")});
    QCOMPARE(queued.code, 1);
    QCOMPARE(QJsonDocument::fromJson(queued.out).object().value(QStringLiteral("outcome")).toString(), QStringLiteral("queued"));
    // Meanwhile someone corrects the email in wp-admin.
    const RestAnswer web = m_blog.rest("POST", QStringLiteral("/wp/v2/comments/%1").arg(id), {},
        QJsonDocument(QJsonObject {{QStringLiteral("author_email"), QStringLiteral("web@example.org")}}).toJson());
    QCOMPARE(web.status, 200);
    QVERIFY(profiledb::pointAt(m_profile.path(), port).isEmpty());
    const CliRun synced = m_cli->run({QStringLiteral("sync")});
    QVERIFY2(synced.code == 0, synced.all().constData());
    QVERIFY2(synced.err.contains("email"), synced.all().constData()); // reported
    const QJsonObject server = serverComment(id);
    QCOMPARE(server.value(QStringLiteral("author_name")).toString(), QStringLiteral("Offline Name"));
    QCOMPARE(server.value(QStringLiteral("author_email")).toString(), QStringLiteral("web@example.org"));
    const CliRun shown = m_cli->run({QStringLiteral("comments"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    const QJsonObject local = QJsonDocument::fromJson(shown.out).object();
    QCOMPARE(local.value(QStringLiteral("author_email")).toString(), QStringLiteral("web@example.org"));
    QCOMPARE(local.value(QStringLiteral("author_name")).toString(), QStringLiteral("Offline Name"));
    QCOMPARE(local.value(QStringLiteral("pending")).toBool(), false);
    QVERIFY(local.value(QStringLiteral("notice")).toString().contains(QLatin1String("email")));
    QCOMPARE(profiledb::outboxCount(m_profile.path()), 0);
}

QTEST_GUILESS_MAIN(TestCliModeration)
#include "tst_cli_moderation.moc"
