// Randomized interleavings against the real WordPress, seeded and printed: web edits, new, trashed and
// scheduled posts, web moderation, local moderation and replies, local publications of new reviews,
// and syncs, in random order. After every sync (which ends with nothing queued, since the blog is up)
// the cache equals the blog: the same posts with the same modification date and status, the same
// comments with the same status; every review published locally is on the blog exactly once.
//
// LONGHAND_INTERLEAVE_SEED=N replays one seed; LONGHAND_INTERLEAVE_STEPS sets the steps per seed (default
// 120). A seed that once failed is kept in the data rows below as a regression test.
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

class TestInterleavings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cacheFollowsTheBlog_data();
    void cacheFollowsTheBlog();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList& args, const QByteArray& password = {});
    bool fixture(const QStringList& args);
    QJsonDocument rest(const QByteArray& method, const QString& route, const QUrlQuery& query = {}, const QJsonObject& body = {});
    QJsonArray restAll(const QString& route, QUrlQuery query);
    // What differs between the blog and the cache, one line each; empty when they agree.
    QStringList differences(const QStringList& publishedTitles);

    QJsonObject m_env;
    QNetworkAccessManager m_network;
};

void TestInterleavings::initTestCase()
{
    const QString state = qEnvironmentVariable("LONGHAND_WP_STATE");
    QVERIFY2(!state.isEmpty(), "run through ctest: it starts the WordPress fixture");
    QFile env(QDir(state).filePath(QStringLiteral("env.json")));
    QVERIFY(env.open(QIODevice::ReadOnly));
    m_env = QJsonDocument::fromJson(env.readAll()).object();
}

namespace {
QString g_profile;
int g_refused = 0; // file publications refused (a conflict): each waits in the outbox for the writer, as it should
}

TestInterleavings::Run TestInterleavings::cli(const QStringList& args, const QByteArray& password)
{
    QProcess process;
    if (!password.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LONGHAND_PASSWORD"), QString::fromUtf8(password));
        process.setProcessEnvironment(environment);
    }
    process.start(QDir(qEnvironmentVariable("LONGHAND_BINARY_DIR")).filePath(QStringLiteral("src/cli/longhand-cli")),
                  QStringList { QStringLiteral("--profile"), g_profile } + args);
    process.closeWriteChannel();
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
    }
    return Run { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                 process.readAllStandardError() };
}

bool TestInterleavings::fixture(const QStringList& args)
{
    QProcess process;
    process.start(qEnvironmentVariable("LONGHAND_WP_FIXTURE"),
                  QStringList { args.first(), qEnvironmentVariable("LONGHAND_WP_STATE") } + args.mid(1));
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        qWarning("wp-fixture %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), process.readAllStandardError().constData());
        return false;
    }
    return true;
}

QJsonDocument TestInterleavings::rest(const QByteArray& method, const QString& route, const QUrlQuery& query, const QJsonObject& body)
{
    QUrl url(m_env.value(QStringLiteral("WP_URL")).toString() + QStringLiteral("/"));
    QUrlQuery full = query;
    full.addQueryItem(QStringLiteral("rest_route"), route);
    url.setQuery(full);
    QNetworkRequest request(url);
    const QByteArray credentials
        = "admin:" + m_env.value(QStringLiteral("WP_ADMIN_APP_PASSWORD")).toString().remove(QLatin1Char(' ')).toUtf8();
    request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll());
}

QJsonArray TestInterleavings::restAll(const QString& route, QUrlQuery query)
{
    QJsonArray all;
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    for (int page = 1; page < 50; ++page) {
        QUrlQuery paged = query;
        paged.addQueryItem(QStringLiteral("page"), QString::number(page));
        const QJsonArray items = rest("GET", route, paged).array();
        for (const QJsonValue& item : items) {
            all.append(item);
        }
        if (items.size() < 100) {
            break;
        }
    }
    return all;
}

QStringList TestInterleavings::differences(const QStringList& publishedTitles)
{
    QUrlQuery postsQuery;
    postsQuery.addQueryItem(QStringLiteral("status"), QStringLiteral("any"));
    postsQuery.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    postsQuery.addQueryItem(QStringLiteral("_fields"), QStringLiteral("id,modified_gmt,status,title"));
    QHash<qint64, QString> blogPosts; // id -> "status modified"
    QHash<QString, int> titles;
    for (const QJsonValue& value : restAll(QStringLiteral("/wp/v2/posts"), postsQuery)) {
        const QJsonObject post = value.toObject();
        blogPosts.insert(post.value(QStringLiteral("id")).toInteger(),
                         post.value(QStringLiteral("status")).toString() + QLatin1Char(' ')
                             + post.value(QStringLiteral("modified_gmt")).toString().left(19));
        titles[post.value(QStringLiteral("title")).toObject().value(QStringLiteral("raw")).toString()] += 1;
    }
    QUrlQuery commentsQuery;
    commentsQuery.addQueryItem(QStringLiteral("status"), QStringLiteral("any"));
    commentsQuery.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    commentsQuery.addQueryItem(QStringLiteral("_fields"), QStringLiteral("id,status"));
    QHash<qint64, QString> blogComments;
    for (const QString& status : { QStringLiteral("any"), QStringLiteral("trash"), QStringLiteral("spam") }) {
        QUrlQuery query = commentsQuery;
        query.removeAllQueryItems(QStringLiteral("status"));
        query.addQueryItem(QStringLiteral("status"), status);
        for (const QJsonValue& value : restAll(QStringLiteral("/wp/v2/comments"), query)) {
            const QJsonObject comment = value.toObject();
            blogComments.insert(comment.value(QStringLiteral("id")).toInteger(), comment.value(QStringLiteral("status")).toString());
        }
    }

    QHash<qint64, QString> cachePosts;
    QHash<qint64, QString> cacheComments;
    int waiting = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(QDir(g_profile).filePath(QStringLiteral("longhand.sqlite")));
        if (db.open()) {
            QSqlQuery q(db);
            // Posts only: pages (issue 15 item 1) are the blog's too, and tst_pages_live follows them.
            q.exec(QStringLiteral("SELECT remote_id, remote_status, remote_modified_gmt FROM posts WHERE remote_id IS NOT NULL AND post_type = 'post'"));
            while (q.next()) {
                cachePosts.insert(q.value(0).toLongLong(), q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString().left(19));
            }
            q.exec(QStringLiteral("SELECT remote_id, remote_status FROM comments WHERE remote_id IS NOT NULL AND gone = 0"));
            while (q.next()) {
                cacheComments.insert(q.value(0).toLongLong(), q.value(1).toString());
            }
            q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE NOT (state = 'failed' AND operation = 'publish')"));
            waiting = q.next() ? q.value(0).toInt() : -1;
            q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'failed' AND operation = 'publish'"));
            const int refused = q.next() ? q.value(0).toInt() : -1;
            if (refused > g_refused) {
                waiting += refused - g_refused; // more than the refusals: something failed that should not have
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));

    QStringList found;
    if (waiting != 0) {
        found << QStringLiteral("%1 operation(s) still queued after a sync with the blog up").arg(waiting);
    }
    for (auto it = blogPosts.cbegin(); it != blogPosts.cend(); ++it) {
        const QString cached = cachePosts.value(it.key());
        QString wanted = it.value();
        if (cached != wanted) {
            found << QStringLiteral("post %1: blog '%2', cache '%3'").arg(it.key()).arg(wanted, cached);
        }
    }
    for (auto it = cachePosts.cbegin(); it != cachePosts.cend(); ++it) {
        if (!blogPosts.contains(it.key())) {
            found << QStringLiteral("post %1 in the cache is not on the blog").arg(it.key());
        }
    }
    for (auto it = blogComments.cbegin(); it != blogComments.cend(); ++it) {
        QString cached = cacheComments.value(it.key());
        if (cached == QLatin1String("approve")) {
            cached = QStringLiteral("approved");
        }
        if (cached != it.value()) {
            found << QStringLiteral("comment %1: blog '%2', cache '%3'").arg(it.key()).arg(it.value(), cached);
        }
    }
    for (auto it = cacheComments.cbegin(); it != cacheComments.cend(); ++it) {
        if (!blogComments.contains(it.key())) {
            found << QStringLiteral("comment %1 in the cache is not on the blog").arg(it.key());
        }
    }
    for (const QString& title : publishedTitles) {
        if (titles.value(title) != 1) {
            QStringList similar;
            for (auto t = titles.cbegin(); t != titles.cend(); ++t) {
                if (t.key().startsWith(QLatin1String("Local"))) {
                    similar << t.key();
                }
            }
            found << QStringLiteral("published review '%1' is on the blog %2 time(s) (%3 posts; local ones: %4)")
                         .arg(title).arg(titles.value(title)).arg(blogPosts.size()).arg(similar.join(QLatin1String(", ")));
        }
    }
    return found;
}

void TestInterleavings::cacheFollowsTheBlog_data()
{
    QTest::addColumn<quint32>("seed");
    bool fixed = false;
    const quint32 chosen = qgetenv("LONGHAND_INTERLEAVE_SEED").toUInt(&fixed);
    if (fixed) {
        QTest::newRow("chosen") << chosen;
        return;
    }
    // Seeds that once failed, kept: 1998081733 published a second file with the same slug over the first
    // file's post (the CLI found "its" review by slug; now by the file's path).
    QTest::newRow("kept 1998081733") << quint32(1998081733);
    // 740599175: a web post edited on the web twice in one second, exported between, edited in the file and
    // published: the publication compared modified times only and overwrote the web's second edit.
    QTest::newRow("kept 740599175") << quint32(740599175);
    // 3751848567: a Markdown review published here, edited on the web in the same second, pulled, then published
    // again from an exported file overwrote the web's edit (the blog's text at the base was not kept).
    QTest::newRow("kept 3751848567") << quint32(3751848567u);
    QTest::newRow("random") << QRandomGenerator::system()->generate();
}

void TestInterleavings::cacheFollowsTheBlog()
{
    QFETCH(quint32, seed);
    qInfo("tst_interleavings: seed %u (LONGHAND_INTERLEAVE_SEED=%u replays it)", seed, seed);
    bool stepsSet = false;
    const int steps = qEnvironmentVariableIntValue("LONGHAND_INTERLEAVE_STEPS", &stepsSet);
    const int stepCount = stepsSet && steps > 0 ? steps : 120;
    QRandomGenerator random(seed);

    QVERIFY(fixture({ QStringLiteral("reset") }));
    QVERIFY(fixture({ QStringLiteral("seed-sample") }));
    QTemporaryDir dir;
    g_profile = dir.filePath(QStringLiteral("profile"));
    g_refused = 0;
    const Run added = cli({ QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--url"), m_env.value(QStringLiteral("WP_URL")).toString(),
                            QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--secret-store"), QStringLiteral("file") },
                          m_env.value(QStringLiteral("WP_ADMIN_APP_PASSWORD")).toString().toUtf8());
    QVERIFY2(added.code == 0, added.err.constData());
    Run synced = cli({ QStringLiteral("sync") });
    QVERIFY2(synced.code == 0, synced.err.constData());

    QStringList published;            // reviews published from Longhand that must be on the blog once
    QHash<qint64, QString> publishedIds;
    QStringList log;
    QHash<qint64, QString> webText; // the text of each post's last web edit
    const auto rawContent = [this](qint64 id) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
        const QJsonObject post = rest("GET", QStringLiteral("/wp/v2/posts/%1").arg(id), query).object();
        return std::make_pair(post.value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString(),
                              post.value(QStringLiteral("modified_gmt")).toString());
    };
    const auto postIds = [this] {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("status"), QStringLiteral("publish,draft"));
        query.addQueryItem(QStringLiteral("_fields"), QStringLiteral("id"));
        QList<qint64> ids;
        for (const QJsonValue& value : restAll(QStringLiteral("/wp/v2/posts"), query)) {
            ids.append(value.toObject().value(QStringLiteral("id")).toInteger());
        }
        return ids;
    };
    const auto commentIds = [this] {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("status"), QStringLiteral("all"));
        query.addQueryItem(QStringLiteral("_fields"), QStringLiteral("id"));
        QList<qint64> ids;
        for (const QJsonValue& value : restAll(QStringLiteral("/wp/v2/comments"), query)) {
            ids.append(value.toObject().value(QStringLiteral("id")).toInteger());
        }
        return ids;
    };
    const QStringList statuses { QStringLiteral("approved"), QStringLiteral("hold"), QStringLiteral("spam"), QStringLiteral("trash") };
    const QStringList localActions { QStringLiteral("approve"), QStringLiteral("unapprove"), QStringLiteral("spam"), QStringLiteral("trash") };

    for (int step = 0; step < stepCount; ++step) {
        const int kind = int(random.bounded(100));
        QString what;
        if (kind < 14) { // a web edit of an existing post
            const QList<qint64> ids = postIds();
            if (!ids.isEmpty()) {
                const qint64 id = ids.at(int(random.bounded(quint32(ids.size()))));
                const QString text = QStringLiteral("Web edit %1 of step %2.").arg(seed).arg(step);
                rest("POST", QStringLiteral("/wp/v2/posts/%1").arg(id), {}, QJsonObject { { QStringLiteral("content"), text } });
                webText.insert(id, text);
                what = QStringLiteral("web edit of post %1").arg(id);
            }
        } else if (kind < 22) { // a new post on the web
            const QJsonObject created = rest("POST", QStringLiteral("/wp/v2/posts"), {},
                QJsonObject { { QStringLiteral("title"), QStringLiteral("Web post %1/%2").arg(seed).arg(step) },
                              { QStringLiteral("content"), QStringLiteral("Written on the web.") },
                              { QStringLiteral("status"), random.bounded(3) == 0 ? QStringLiteral("draft") : QStringLiteral("publish") } })
                                            .object();
            what = QStringLiteral("new web post %1").arg(created.value(QStringLiteral("id")).toInteger());
        } else if (kind < 27) { // a post trashed on the web
            const QList<qint64> ids = postIds();
            if (ids.size() > 3) {
                const qint64 id = ids.at(int(random.bounded(quint32(ids.size()))));
                rest("DELETE", QStringLiteral("/wp/v2/posts/%1").arg(id));
                what = QStringLiteral("web trash of post %1").arg(id);
                if (publishedIds.contains(id)) {
                    published.removeAll(publishedIds.value(id)); // gone from the blog by the web's decision
                }
            }
        } else if (kind < 32) { // a post scheduled on the web (its modification date jumps ahead)
            const QJsonObject created = rest("POST", QStringLiteral("/wp/v2/posts"), {},
                QJsonObject { { QStringLiteral("title"), QStringLiteral("Scheduled %1/%2").arg(seed).arg(step) },
                              { QStringLiteral("content"), QStringLiteral("Later.") }, { QStringLiteral("status"), QStringLiteral("draft") } })
                                            .object();
            const qint64 id = created.value(QStringLiteral("id")).toInteger();
            fixture({ QStringLiteral("schedule"), QString::number(id), QString::number(3600 + random.bounded(86400)) });
            what = QStringLiteral("web schedule of post %1").arg(id);
        } else if (kind < 47) { // web moderation
            const QList<qint64> ids = commentIds();
            if (!ids.isEmpty()) {
                const qint64 id = ids.at(int(random.bounded(quint32(ids.size()))));
                const QString status = statuses.at(int(random.bounded(quint32(statuses.size()))));
                rest("POST", QStringLiteral("/wp/v2/comments/%1").arg(id), {}, QJsonObject { { QStringLiteral("status"), status } });
                what = QStringLiteral("web %1 of comment %2").arg(status).arg(id);
            }
        } else if (kind < 65) { // local moderation (queued, sent at once)
            const QList<qint64> ids = commentIds();
            if (!ids.isEmpty()) {
                const qint64 id = ids.at(int(random.bounded(quint32(ids.size()))));
                const QString action = localActions.at(int(random.bounded(quint32(localActions.size()))));
                const Run run = cli({ QStringLiteral("comments"), action, QString::number(id) });
                what = QStringLiteral("local %1 of comment %2 (exit %3)").arg(action).arg(id).arg(run.code);
            }
        } else if (kind < 72) { // a local reply
            const QList<qint64> ids = commentIds();
            if (!ids.isEmpty()) {
                const qint64 id = ids.at(int(random.bounded(quint32(ids.size()))));
                const Run run = cli({ QStringLiteral("comments"), QStringLiteral("reply"), QString::number(id),
                                      QStringLiteral("Reply %1/%2 from Longhand.").arg(seed).arg(step) });
                what = QStringLiteral("local reply to comment %1 (exit %2)").arg(id).arg(run.code);
            }
        } else if (kind < 80) { // a new review published from Longhand
            const QString title = QStringLiteral("Local review %1/%2").arg(seed).arg(step);
            const QString file = dir.filePath(QStringLiteral("review-%1.md").arg(step));
            QFile review(file);
            QVERIFY(review.open(QIODevice::WriteOnly));
            review.write(QStringLiteral("---\ntitle: \"%1\"\nslug: the-same-slug\n---\n\nWritten in Longhand.\n").arg(title).toUtf8());
            review.close();
            const Run run = cli({ QStringLiteral("publish"), file, QStringLiteral("--json") });
            published.append(title);
            publishedIds.insert(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("remote_id")).toInteger(), title);
            what = QStringLiteral("local publish of '%1' (exit %2%3)").arg(title).arg(run.code).arg(
                       run.code == 0 ? QString() : QStringLiteral(": ") + QString::fromUtf8(run.err.trimmed()));
        } else if (kind < 86) { // a web post edited in a file exported from Longhand (a folder under git), published
            const QString folder = dir.filePath(QStringLiteral("export-%1").arg(step));
            const Run exported = cli({ QStringLiteral("export"), folder });
            // Files of posts the blog has now (one the web trashed since the last sync would wait in the outbox for
            // the writer to decide, as it should; not what this step is about).
            const QList<qint64> onBlog = postIds();
            QStringList files;
            for (const QString& name : QDir(folder).entryList({ QStringLiteral("*.md"), QStringLiteral("*.html") }, QDir::Files, QDir::Name)) {
                QFile candidate(QDir(folder).filePath(name));
                const QRegularExpressionMatch id = candidate.open(QIODevice::ReadOnly)
                    ? QRegularExpression(QStringLiteral("\\nid: (\\d+)\\n")).match(QString::fromUtf8(candidate.readAll()))
                    : QRegularExpressionMatch();
                if (id.hasMatch() && onBlog.contains(id.captured(1).toLongLong())) {
                    files.append(name);
                }
            }
            if (exported.code != 0 || files.isEmpty()) {
                what = QStringLiteral("export (exit %1, %2 files)").arg(exported.code).arg(files.size());
            } else {
                const QString file = QDir(folder).filePath(files.at(int(random.bounded(quint32(files.size())))));
                QFile review(file);
                QVERIFY(review.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(review.readAll());
                review.close();
                const QRegularExpressionMatch idLine = QRegularExpression(QStringLiteral("\\nid: (\\d+)\\n")).match(text);
                const qint64 id = idLine.hasMatch() ? idLine.captured(1).toLongLong() : 0;
                const QString marker = QStringLiteral("Local edit %1 of step %2.").arg(seed).arg(step);
                QVERIFY(review.open(QIODevice::WriteOnly));
                review.write((text + (file.endsWith(QLatin1String(".html")) ? QStringLiteral("\n<p>%1</p>\n") : QStringLiteral("\n%1\n")).arg(marker)).toUtf8());
                review.close();
                const auto before = id > 0 ? rawContent(id) : std::make_pair(QString(), QString());
                const Run run = cli({ QStringLiteral("publish"), file });
                what = QStringLiteral("local edit of post %1 in %2 (exit %3%4)").arg(id).arg(QFileInfo(file).fileName()).arg(run.code).arg(
                           run.code == 0 ? QString() : QStringLiteral(": ") + QString::fromUtf8(run.err.trimmed()));
                if (id > 0) {
                    const auto after = rawContent(id);
                    if (run.code == 0) {
                        // Ours is there, and so is the web's last edit if the blog had it before (nothing lost).
                        QVERIFY2(after.first.contains(marker), qPrintable(QStringLiteral("seed %1 step %2: %3\n%4").arg(seed).arg(step).arg(what, after.first)));
                        const QString web = webText.value(id);
                        QVERIFY2(web.isEmpty() || !before.first.contains(web) || after.first.contains(web),
                                 qPrintable(QStringLiteral("seed %1 step %2: the web's edit was lost: %3\nbefore: %4\nafter: %5\nfile: %6")
                                                       .arg(seed).arg(step).arg(what, before.first, after.first, text)));
                    } else if (!before.second.isEmpty()) {
                        QCOMPARE(after.second, before.second); // refused: nothing written
                        ++g_refused;
                    }
                }
            }
        } else { // a sync, then the cache must equal the blog
            synced = cli({ QStringLiteral("sync") });
            log.append(QStringLiteral("%1: sync (exit %2)").arg(step).arg(synced.code));
            QVERIFY2(synced.code == 0, qPrintable(QStringLiteral("seed %1 step %2: sync failed: %3\n%4")
                                                       .arg(seed).arg(step).arg(QString::fromUtf8(synced.err), log.join(QLatin1Char('\n')))));
            const QStringList found = differences(published);
            QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("seed %1 after step %2:\n%3\nsteps:\n%4")
                                                     .arg(seed).arg(step).arg(found.join(QLatin1Char('\n')), log.join(QLatin1Char('\n')))));
            continue;
        }
        if (!what.isEmpty()) {
            log.append(QStringLiteral("%1: %2").arg(step).arg(what));
        }
    }
    synced = cli({ QStringLiteral("sync") });
    QVERIFY2(synced.code == 0, synced.err.constData());
    const QStringList found = differences(published);
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("seed %1 at the end:\n%2\nsteps:\n%3")
                                             .arg(seed).arg(found.join(QLatin1Char('\n')), log.join(QLatin1Char('\n')))));
}

QTEST_GUILESS_MAIN(TestInterleavings)
#include "tst_interleavings.moc"
