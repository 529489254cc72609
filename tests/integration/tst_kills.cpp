// longhand-cli killed with SIGKILL at random moments against the real WordPress, then run again until
// it completes: the first sync of a blog with 500 long posts and 2,000 comments, publishing reviews with
// images, and sending many queued moderation actions. Afterwards the profile database passes
// PRAGMA integrity_check, nothing waits in the outbox, the cache matches the blog, and the blog holds
// every post, image, reply and decision exactly once.
//
// The normal run makes at least 10 kills. LONGHAND_KILLS=N makes about N (tests/bench/bench_kills.sh);
// LONGHAND_KILL_SEED=S replays the moments of an earlier run (the seed is printed). Registered twice: over REST,
// and as tst_kills_xmlrpc over XML-RPC (LONGHAND_TEST_BACKEND=xmlrpc; the blog is checked through REST all the same).
#include "BlogHarness.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand::test;

namespace {

QUrlQuery query(std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery q;
    for (const auto& [key, value] : items) {
        q.addQueryItem(key, value);
    }
    return q;
}

QString raw(const QJsonObject& object, const QString& field)
{
    return object.value(field).toObject().value(QStringLiteral("raw")).toString();
}

QStringList ids(const QList<qint64>& list)
{
    QStringList out;
    for (const qint64 id : list) {
        out.append(QString::number(id));
    }
    return out;
}

} // namespace

class TestKills : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killSync();
    void killPublish();
    void killModeration();
    void cleanupTestCase();

private:
    int target(double share, int normal) const;
    int randomMs(int from, int to) { return from + int(m_random.bounded(quint32(std::max(1, to - from)))); }
    // Runs args until it exits 0 (a few tries); its last run.
    CliRun complete(const Cli& cli, const QStringList& args);
    void verifyCache(const Cli& cli);
    QHash<qint64, QString> serverComments(const QList<qint64>& only = {});
    QSet<qint64> serverPosts();

    LiveBlog m_blog;
    QTemporaryDir m_dir;
    QRandomGenerator m_random;
    quint32 m_seed = 0;
    int m_requested = 0; // LONGHAND_KILLS
    std::unique_ptr<Cli> m_synced; // a fully synced profile: moderation works on it
    QSet<qint64> m_serverPosts;
    QHash<qint64, QString> m_serverComments;
    QList<qint64> m_held;
    QList<qint64> m_approved;
    qint64 m_fullSyncMs = 0;
    int m_deadPort = 0;
    int m_media = 0;
    QHash<QString, int> m_kills;
    QHash<QString, int> m_trials;
};

void TestKills::initTestCase()
{
    const QString loaded = m_blog.load();
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    m_seed = qEnvironmentVariableIsSet("LONGHAND_KILL_SEED")
        ? quint32(qEnvironmentVariableIntValue("LONGHAND_KILL_SEED"))
        : QRandomGenerator::global()->generate();
    m_random.seed(m_seed);
    m_requested = qEnvironmentVariableIntValue("LONGHAND_KILLS");
    qInfo("tst_kills: seed %u (LONGHAND_KILL_SEED=%u replays it)", m_seed, m_seed);
    QString error;
    m_blog.fixture(QStringLiteral("reset"), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_blog.fixture(QStringLiteral("bulk-posts"), { QStringLiteral("500") }, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_blog.fixture(QStringLiteral("bulk-comments"), { QStringLiteral("2000") }, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_serverPosts = serverPosts();
    m_serverComments = serverComments();
    QCOMPARE(m_serverPosts.size(), 501);
    QCOMPARE(m_serverComments.size(), 2000);
    for (auto it = m_serverComments.cbegin(); it != m_serverComments.cend(); ++it) {
        if (it.value() == QLatin1String("hold")) {
            m_held.append(it.key());
        } else if (it.value() == QLatin1String("approved")) {
            m_approved.append(it.key());
        }
    }
    std::sort(m_held.begin(), m_held.end());
    std::sort(m_approved.begin(), m_approved.end());

    // One uninterrupted first sync: the profile moderation works on, and how long a whole sync takes.
    m_synced = std::make_unique<Cli>(m_dir.filePath(QStringLiteral("synced")));
    const CliRun add = m_synced->addAccount(m_blog, QStringLiteral("file"), protocolOptions());
    QVERIFY2(add.code == 0, add.err.constData());
    const CliRun sync = m_synced->run({ QStringLiteral("sync") });
    QVERIFY2(sync.code == 0, sync.err.constData());
    m_fullSyncMs = sync.elapsedMs;
    qInfo("tst_kills: a full sync takes %lld ms", m_fullSyncMs);
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    m_deadPort = closed.serverPort();
}

// The normal run's number of kills for a scenario, or its share of LONGHAND_KILLS.
int TestKills::target(double share, int normal) const
{
    return m_requested > 0 ? std::max(1, int(m_requested * share + 0.5)) : normal;
}

CliRun TestKills::complete(const Cli& cli, const QStringList& args)
{
    CliRun run;
    for (int attempt = 0; attempt < 4; ++attempt) {
        run = cli.run(args);
        // A sync that ends well but leaves comment actions waiting met a transient failure (its words are on
        // standard error): the writer would sync again, and so does the test, saying so.
        if (run.code == 0 && !run.out.contains("still wait")) {
            break;
        }
        qWarning() << "not complete yet:" << args << run.code << run.out.right(300) << run.err.right(600);
    }
    return run;
}

// Every comment's status on the blog, or only those of some (deleted ones are absent).
QHash<qint64, QString> TestKills::serverComments(const QList<qint64>& only)
{
    QUrlQuery q = query({ { QStringLiteral("status"), QStringLiteral("any") },
        { QStringLiteral("_fields"), QStringLiteral("id,status") },
        { QStringLiteral("orderby"), QStringLiteral("id") } });
    if (!only.isEmpty()) {
        q.addQueryItem(QStringLiteral("include"), ids(only).join(QLatin1Char(',')));
    }
    QHash<qint64, QString> statuses;
    for (const QJsonObject& comment : m_blog.all(QStringLiteral("/wp/v2/comments"), q)) {
        statuses.insert(
            comment.value(QStringLiteral("id")).toInteger(), comment.value(QStringLiteral("status")).toString());
    }
    return statuses;
}

QSet<qint64> TestKills::serverPosts()
{
    QSet<qint64> posts;
    for (const QJsonObject& post : m_blog.all(QStringLiteral("/wp/v2/posts"),
             query({ { QStringLiteral("status"), QStringLiteral("any") },
                 { QStringLiteral("_fields"), QStringLiteral("id") } }))) {
        posts.insert(post.value(QStringLiteral("id")).toInteger());
    }
    return posts;
}

// The cache holds exactly the blog's posts and comments (with their statuses), and nothing waits.
void TestKills::verifyCache(const Cli& cli)
{
    QCOMPARE(profiledb::integrityCheck(cli.profile()), QStringLiteral("ok"));
    QStringList left;
    QVERIFY2(profiledb::outboxCount(cli.profile(), &left) == 0, qPrintable(left.join(QStringLiteral("; "))));
    QSet<qint64> posts;
    const CliRun listed = cli.run({ QStringLiteral("posts"), QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(listed.code == 0, listed.err.constData());
    for (const QJsonValue& post : QJsonDocument::fromJson(listed.out).array()) {
        posts.insert(post.toObject().value(QStringLiteral("remote_id")).toInteger());
    }
    QCOMPARE(posts, m_serverPosts);
    const CliRun all = cli.run({ QStringLiteral("comments"), QStringLiteral("list"), QStringLiteral("--status"),
        QStringLiteral("all"), QStringLiteral("--json") });
    QVERIFY2(all.code == 0, all.err.constData());
    QHash<qint64, QString> comments;
    for (const QJsonValue& value : QJsonDocument::fromJson(all.out).array()) {
        const QJsonObject comment = value.toObject();
        QVERIFY(!comment.value(QStringLiteral("pending")).toBool());
        comments.insert(
            comment.value(QStringLiteral("id")).toInteger(), comment.value(QStringLiteral("status")).toString());
    }
    QCOMPARE(comments.size(), m_serverComments.size());
    QCOMPARE(comments, m_serverComments);
}

// A fresh profile's first sync, killed up to three times at a random moment, then run to the end.
void TestKills::killSync()
{
    const int wanted = target(0.4, 5);
    int kills = 0;
    for (int trial = 0; kills < wanted && trial < wanted + 5; ++trial) {
        const Cli cli(m_dir.filePath(QStringLiteral("sync-%1").arg(trial)));
        const CliRun add = cli.addAccount(m_blog, QStringLiteral("file"), protocolOptions());
        QVERIFY2(add.code == 0, add.err.constData());
        for (int k = 0; k < 3 && kills < wanted; ++k) {
            // A resumed sync has less left to do: later moments come sooner.
            const CliRun run
                = cli.runAndKill({ QStringLiteral("sync") }, randomMs(30, int(m_fullSyncMs * (k == 0 ? 0.9 : 0.5))));
            kills += run.killed ? 1 : 0;
            if (!run.killed) {
                QVERIFY2(run.code == 0, run.err.constData());
                break; // it finished before the moment came
            }
        }
        const CliRun done = complete(cli, { QStringLiteral("sync") });
        QVERIFY2(done.code == 0, done.err.constData());
        verifyCache(cli);
        if (QTest::currentTestFailed()) {
            return;
        }
        ++m_trials[QStringLiteral("sync")];
    }
    m_kills[QStringLiteral("sync")] = kills;
    QVERIFY(kills >= wanted);
}

// A review with two inline images and a featured image, published with kills in the middle, then
// published again (as a writer would) until it succeeds.
void TestKills::killPublish()
{
    Cli cli(m_dir.filePath(QStringLiteral("publish")));
    QProcessEnvironment logging = QProcessEnvironment::systemEnvironment();
    logging.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("longhand.net.info=true"));
    logging.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("%{time process} %{message}"));
    cli.setEnvironment(logging); // what each run did, for a failure message
    const CliRun add = cli.addAccount(m_blog, QStringLiteral("file"), protocolOptions());
    QVERIFY2(add.code == 0, add.err.constData());
    const int wanted = target(0.3, 4);
    int kills = 0;
    qint64 publishMs = 1500; // how long the last uninterrupted publish took: the window for the next kill
    for (int trial = 0; kills < wanted && trial < 2 * wanted + 5; ++trial) {
        QStringList images;
        for (int i = 0; i < 3; ++i) {
            images.append(m_dir.filePath(QStringLiteral("kill-%1-%2.png").arg(trial).arg(i)));
            QVERIFY(writePng(images.last(), 1000 + trial * 10 + i, 320, 240));
        }
        const QString slug = QStringLiteral("killed-review-%1").arg(trial);
        const QString marker = QStringLiteral("Written for kill trial %1.").arg(trial);
        const QString file = m_dir.filePath(slug + QStringLiteral(".md"));
        QFile review(file);
        QVERIFY(review.open(QIODevice::WriteOnly));
        review.write(QStringLiteral(
            "---\ntitle: \"Killed review %1\"\ncategories: [Killed]\ntags: [kill-%1]\nfeatured: %2\n---\n\n"
            "%3\n\n![One](%4)\n\n![Two](%5)\n")
                         .arg(trial)
                         .arg(QFileInfo(images.at(2)).fileName(), marker, QFileInfo(images.at(0)).fileName(),
                             QFileInfo(images.at(1)).fileName())
                         .toUtf8());
        review.close();
        QString runs; // every run of this trial and what it logged
        for (int k = 0; k < 2 && kills < wanted; ++k) {
            const int moment = randomMs(20, int(publishMs));
            const CliRun run = cli.runAndKill({ QStringLiteral("publish"), file }, moment);
            runs += QStringLiteral("\n-- run %1 (kill at %2 ms, killed %3):\n%4").arg(k).arg(moment).arg(run.killed).arg(QString::fromUtf8(run.err));
            kills += run.killed ? 1 : 0;
            if (!run.killed) {
                QVERIFY2(run.code == 0, run.err.constData());
                publishMs = std::clamp<qint64>(run.elapsedMs, 300, 3000);
                break;
            }
        }
        const CliRun done = complete(cli, { QStringLiteral("publish"), file, QStringLiteral("--json") });
        QVERIFY2(done.code == 0, done.err.constData());
        m_media += 3;
        ++m_trials[QStringLiteral("publish")];

        const QJsonArray found
            = m_blog
                  .rest("GET", QStringLiteral("/wp/v2/posts"),
                      query({ { QStringLiteral("slug"), slug }, { QStringLiteral("status"), QStringLiteral("any") },
                          { QStringLiteral("context"), QStringLiteral("edit") } }))
                  .json.array();
        QCOMPARE(found.size(), 1);
        int copies = 0; // not even under another slug ("slug-2")
        QStringList seen; // what each copy is, for the failure message
        for (const QJsonValue& value :
            m_blog
                .rest("GET", QStringLiteral("/wp/v2/posts"),
                    query({ { QStringLiteral("search"), QStringLiteral("Killed review %1").arg(trial) },
                        { QStringLiteral("status"), QStringLiteral("any") },
                        { QStringLiteral("per_page"), QStringLiteral("100") },
                        { QStringLiteral("context"), QStringLiteral("edit") } }))
                .json.array()) {
            const QJsonObject copy = value.toObject();
            if (raw(copy, QStringLiteral("title")) == QStringLiteral("Killed review %1").arg(trial)) {
                ++copies;
                const QString text = raw(copy, QStringLiteral("content"));
                seen.append(QStringLiteral("id %1 slug %2 status %3 date_gmt %4 modified_gmt %5 token %6")
                                .arg(copy.value(QStringLiteral("id")).toInteger())
                                .arg(copy.value(QStringLiteral("slug")).toString(), copy.value(QStringLiteral("status")).toString(),
                                    copy.value(QStringLiteral("date_gmt")).toString(),
                                    copy.value(QStringLiteral("modified_gmt")).toString(),
                                    text.mid(text.indexOf(QStringLiteral("longhand-publication")), 60)));
            }
        }
        QVERIFY2(copies == 1,
            qPrintable(QStringLiteral("%1 copies (trial %2, kills so far %3): %4; the last run printed: %5")
                           .arg(copies)
                           .arg(trial)
                           .arg(kills)
                           .arg(seen.join(QStringLiteral("; ")), runs + QStringLiteral("\n-- last run:\n") + QString::fromUtf8(done.err))));
        const QJsonObject post = found.first().toObject();
        QCOMPARE(QJsonDocument::fromJson(done.out).object().value(QStringLiteral("remote_id")).toInteger(),
            post.value(QStringLiteral("id")).toInteger());
        QCOMPARE(post.value(QStringLiteral("status")).toString(), QStringLiteral("publish"));
        const QString content = raw(post, QStringLiteral("content"));
        QVERIFY2(content.contains(marker), qPrintable(content));
        for (const QString& image : images) {
            const QString prefix = mediaHashPrefix(image);
            int copies = 0;
            for (const QJsonValue& media :
                m_blog.rest("GET", QStringLiteral("/wp/v2/media"), query({ { QStringLiteral("search"), prefix } }))
                    .json.array()) {
                copies += media.toObject()
                              .value(QStringLiteral("source_url"))
                              .toString()
                              .section(QLatin1Char('/'), -1)
                              .startsWith(prefix);
            }
            QVERIFY2(copies == 1, qPrintable(QStringLiteral("%1 copies of %2").arg(copies).arg(prefix)));
            if (image != images.at(2)) {
                QVERIFY2(content.contains(QLatin1Char('/') + prefix + QLatin1Char('-')), qPrintable(content));
            }
        }
        QCOMPARE(m_blog
                     .rest("GET", QStringLiteral("/wp/v2/media"),
                         query({ { QStringLiteral("per_page"), QStringLiteral("1") } }))
                     .total.toInt(),
            m_media);
        const qint64 featured = post.value(QStringLiteral("featured_media")).toInteger();
        QVERIFY(featured > 0);
        QVERIFY(m_blog.rest("GET", QStringLiteral("/wp/v2/media/%1").arg(featured))
                    .json.object()
                    .value(QStringLiteral("source_url"))
                    .toString()
                    .section(QLatin1Char('/'), -1)
                    .startsWith(mediaHashPrefix(images.at(2))));
        QCOMPARE(profiledb::integrityCheck(cli.profile()), QStringLiteral("ok"));
        QStringList left;
        QVERIFY2(profiledb::outboxCount(cli.profile(), &left) == 0, qPrintable(left.join(QStringLiteral("; "))));
    }
    const QJsonArray killed = m_blog
                                  .rest("GET", QStringLiteral("/wp/v2/categories"),
                                      query({ { QStringLiteral("search"), QStringLiteral("Killed") } }))
                                  .json.array();
    QCOMPARE(killed.size(), 1); // one category, however often its create was cut off
    m_kills[QStringLiteral("publish")] = kills;
    QVERIFY(kills >= wanted);
}

// Many moderation actions queued while the blog is unreachable, then a sync that is killed while it
// sends them; run again until it completes.
void TestKills::killModeration()
{
    const Cli& cli = *m_synced;
    const int wanted = target(0.3, 4);
    int kills = 0;
    int moderationSyncMs = 2000;
    for (int trial = 0; kills < wanted && trial < wanted + 5; ++trial) {
        if (m_held.size() < 6 || m_approved.size() < 10) {
            QSKIP("out of comments to moderate");
        }
        QHash<qint64, QString> intended;
        const QList<qint64> approve = m_held.mid(0, 6);
        m_held.remove(0, 6);
        const QList<qint64> spam = m_approved.mid(0, 3);
        const QList<qint64> trash = m_approved.mid(3, 3);
        const QList<qint64> remove = m_approved.mid(6, 2);
        const QList<qint64> answer = m_approved.mid(8, 2);
        m_approved.remove(0, 10);
        for (const qint64 id : approve) {
            intended.insert(id, QStringLiteral("approved"));
        }
        for (const qint64 id : spam) {
            intended.insert(id, QStringLiteral("spam"));
        }
        for (const qint64 id : trash) {
            intended.insert(id, QStringLiteral("trash"));
        }
        QString pointed = profiledb::pointAt(cli.profile(), m_deadPort);
        QVERIFY2(pointed.isEmpty(), qPrintable(pointed));
        const QList<std::pair<QString, QList<qint64>>> batches { { QStringLiteral("approve"), approve },
            { QStringLiteral("spam"), spam }, { QStringLiteral("trash"), trash },
            { QStringLiteral("delete"), remove } };
        for (const auto& [command, list] : batches) {
            const CliRun run = cli.run(QStringList { QStringLiteral("comments"), command } + ids(list));
            QVERIFY2(run.code == 1 && run.err.contains("queued"), run.err.constData());
        }
        const auto replyText
            = [trial](qint64 parent) { return QStringLiteral("Reply to %1 in kill trial %2.").arg(parent).arg(trial); };
        for (const qint64 parent : answer) {
            const CliRun run = cli.run(
                { QStringLiteral("comments"), QStringLiteral("reply"), QString::number(parent), replyText(parent) });
            QVERIFY2(run.code == 1 && run.err.contains("queued"), run.err.constData());
        }
        pointed = profiledb::pointAt(cli.profile(), QUrl(m_blog.url()).port());
        QVERIFY2(pointed.isEmpty(), qPrintable(pointed));

        for (int k = 0; k < 3 && kills < wanted; ++k) {
            // Within the time such a sync takes (measured on the last one that finished; 2 s before any has):
            // a kill drawn past its end would land on nothing.
            const CliRun run = cli.runAndKill({ QStringLiteral("sync") },
                                              randomMs(20, std::max(60, int(moderationSyncMs * (k == 0 ? 0.9 : 0.5)))));
            kills += run.killed ? 1 : 0;
            if (!run.killed) {
                moderationSyncMs = int(run.elapsedMs);
                QVERIFY2(run.code == 0, run.err.constData());
                break;
            }
        }
        const CliRun done = complete(cli, { QStringLiteral("sync") });
        QVERIFY2(done.code == 0, done.err.constData());
        if (done.out.contains("still wait")) {
            QStringList waiting;
            profiledb::outboxCount(cli.profile(), &waiting);
            QFAIL(qPrintable(QStringLiteral("still waiting after the sync: %1\n%2")
                                 .arg(waiting.join(QStringLiteral("; ")), QString::fromUtf8(done.all()))));
        }
        ++m_trials[QStringLiteral("moderation")];

        const QHash<qint64, QString> now = serverComments(intended.keys() + remove);
        for (auto it = intended.cbegin(); it != intended.cend(); ++it) {
            QCOMPARE(now.value(it.key()), it.value());
        }
        for (const qint64 id : remove) {
            QVERIFY2(!now.contains(id), qPrintable(QStringLiteral("deleted comment %1 is back as %2; the cache says: %3")
                                                       .arg(id)
                                                       .arg(now.value(id),
                                                            QString::fromUtf8(cli.run({QStringLiteral("comments"), QStringLiteral("show"),
                                                                                       QString::number(id), QStringLiteral("--json")})
                                                                                  .all()))));
        }
        for (const qint64 parent : answer) {
            int copies = 0;
            for (const QJsonValue& value : m_blog
                                               .rest("GET", QStringLiteral("/wp/v2/comments"),
                                                   query({ { QStringLiteral("parent"), QString::number(parent) },
                                                       { QStringLiteral("status"), QStringLiteral("any") },
                                                       { QStringLiteral("context"), QStringLiteral("edit") } }))
                                               .json.array()) {
                copies += raw(value.toObject(), QStringLiteral("content")).trimmed() == replyText(parent) ? 1 : 0;
            }
            QCOMPARE(copies, 1);
        }
        QCOMPARE(profiledb::integrityCheck(cli.profile()), QStringLiteral("ok"));
        QStringList left;
        QVERIFY2(profiledb::outboxCount(cli.profile(), &left) == 0, qPrintable(left.join(QStringLiteral("; "))));
    }
    // In the end the cache matches the whole blog, which publishing has changed meanwhile.
    m_serverPosts = serverPosts();
    m_serverComments = serverComments();
    verifyCache(cli);
    m_kills[QStringLiteral("moderation")] = kills;
    QVERIFY(kills >= wanted);
}

void TestKills::cleanupTestCase()
{
    const int sync = m_kills.value(QStringLiteral("sync"));
    const int publish = m_kills.value(QStringLiteral("publish"));
    const int moderation = m_kills.value(QStringLiteral("moderation"));
    qInfo("tst_kills: seed %u; kills: sync %d (%d trials), publish %d (%d trials), moderation %d (%d trials); total %d",
        m_seed, sync, m_trials.value(QStringLiteral("sync")), publish, m_trials.value(QStringLiteral("publish")),
        moderation, m_trials.value(QStringLiteral("moderation")), sync + publish + moderation);
}

QTEST_GUILESS_MAIN(TestKills)
#include "tst_kills.moc"
