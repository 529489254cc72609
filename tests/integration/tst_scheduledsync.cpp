// Sync never goes blind after a scheduled post, against the real WordPress: WordPress stores a scheduled
// post with its future publication date as its modification date. An earlier mark taken from it hid every
// later web edit and every new post. Here: a post is scheduled on the web, synced; then an older post is
// edited and a new one written on the web; both arrive with the next sync, and a sync with nothing new
// after that stays small. When the moment has passed and WordPress publishes it (the status changes, the
// date does not), the next sync sees it published.
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

class TestScheduledSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void laterWebChangesArePulled();
    void blogMovingEastIsNotBlind();

private:
    int cli(const QStringList& args, QByteArray* out = nullptr);
    QByteArray fixture(const QStringList& args);
    QJsonObject rest(const QByteArray& method, const QString& route, const QJsonObject& body = {});
    // The cache's copy of a blog post: remote_status and remote_content, or empty when it is not there.
    QStringList cached(qint64 remoteId);

    QJsonObject m_env;
    QTemporaryDir m_dir;
    QString m_profile;
    QNetworkAccessManager m_network;
};

void TestScheduledSync::initTestCase()
{
    const QString state = qEnvironmentVariable("LONGHAND_WP_STATE");
    QVERIFY2(!state.isEmpty(), "run through ctest: it starts the WordPress fixture");
    QFile env(QDir(state).filePath(QStringLiteral("env.json")));
    QVERIFY(env.open(QIODevice::ReadOnly));
    m_env = QJsonDocument::fromJson(env.readAll()).object();
    fixture({ QStringLiteral("reset") });
    fixture({ QStringLiteral("seed-sample") });
    m_profile = m_dir.filePath(QStringLiteral("profile"));
    qputenv("LONGHAND_PASSWORD", m_env.value(QStringLiteral("WP_ADMIN_APP_PASSWORD")).toString().toUtf8());
    QCOMPARE(cli({ QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--url"), m_env.value(QStringLiteral("WP_URL")).toString(),
                   QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--secret-store"), QStringLiteral("file") }),
             0);
    qunsetenv("LONGHAND_PASSWORD");
}

int TestScheduledSync::cli(const QStringList& args, QByteArray* out)
{
    QProcess process;
    process.start(QDir(qEnvironmentVariable("LONGHAND_BINARY_DIR")).filePath(QStringLiteral("src/cli/longhand-cli")),
                  QStringList { QStringLiteral("--profile"), m_profile } + args);
    process.closeWriteChannel();
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
    }
    if (out) {
        *out = process.readAllStandardOutput();
    }
    if (process.exitCode() != 0) {
        qWarning("%s", process.readAllStandardError().constData());
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QByteArray TestScheduledSync::fixture(const QStringList& args)
{
    QProcess process;
    process.start(qEnvironmentVariable("LONGHAND_WP_FIXTURE"),
                  QStringList { args.first(), qEnvironmentVariable("LONGHAND_WP_STATE") } + args.mid(1));
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        qWarning("wp-fixture %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), process.readAllStandardError().constData());
        return {};
    }
    return process.readAllStandardOutput();
}

QJsonObject TestScheduledSync::rest(const QByteArray& method, const QString& route, const QJsonObject& body)
{
    QUrl url(m_env.value(QStringLiteral("WP_URL")).toString() + QStringLiteral("/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("rest_route"), route);
    url.setQuery(query);
    QNetworkRequest request(url);
    const QByteArray credentials
        = "admin:" + m_env.value(QStringLiteral("WP_ADMIN_APP_PASSWORD")).toString().remove(QLatin1Char(' ')).toUtf8();
    request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, QJsonDocument(body).toJson());
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QStringList TestScheduledSync::cached(qint64 remoteId)
{
    QStringList row;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(QDir(m_profile).filePath(QStringLiteral("longhand.sqlite")));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT remote_status, remote_content FROM posts WHERE remote_id = ?"));
            q.addBindValue(remoteId);
            if (q.exec() && q.next()) {
                row << q.value(0).toString() << q.value(1).toString();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return row;
}

void TestScheduledSync::laterWebChangesArePulled()
{
    QCOMPARE(cli({ QStringLiteral("sync") }), 0);
    // Scheduled on the web: 15 s ahead (through the API it would have to be a minute).
    const QJsonObject scheduled = rest("POST", QStringLiteral("/wp/v2/posts"),
        QJsonObject { { QStringLiteral("title"), QStringLiteral("Coming Soon") }, { QStringLiteral("content"), QStringLiteral("Soon.") },
                      { QStringLiteral("status"), QStringLiteral("draft") } });
    const qint64 scheduledId = scheduled.value(QStringLiteral("id")).toInteger();
    QVERIFY(scheduledId > 0);
    const QDateTime publishesAt = QDateTime::currentDateTimeUtc().addSecs(15);
    QVERIFY(fixture({ QStringLiteral("schedule"), QString::number(scheduledId), QStringLiteral("15") }).contains("future"));
    QCOMPARE(cli({ QStringLiteral("sync") }), 0);
    QCOMPARE(cached(scheduledId).value(0), QStringLiteral("future"));

    // Later web changes: an older post edited, a new one written.
    QUrl list(m_env.value(QStringLiteral("WP_URL")).toString() + QStringLiteral("/?rest_route=/wp/v2/posts&per_page=1&orderby=date&order=asc"));
    QNetworkReply* reply = m_network.get(QNetworkRequest(list));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const qint64 olderId = QJsonDocument::fromJson(reply->readAll()).array().first().toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(olderId > 0 && olderId != scheduledId);
    const QString edited = QStringLiteral("Edited on the web after a post was scheduled.");
    QCOMPARE(rest("POST", QStringLiteral("/wp/v2/posts/%1").arg(olderId), QJsonObject { { QStringLiteral("content"), edited } })
                 .value(QStringLiteral("id")).toInteger(),
             olderId);
    const qint64 newId = rest("POST", QStringLiteral("/wp/v2/posts"),
        QJsonObject { { QStringLiteral("title"), QStringLiteral("Written Later") }, { QStringLiteral("content"), QStringLiteral("New.") },
                      { QStringLiteral("status"), QStringLiteral("publish") } })
                             .value(QStringLiteral("id")).toInteger();
    QVERIFY(newId > 0);
    QCOMPARE(cli({ QStringLiteral("sync") }), 0);
    QVERIFY2(cached(olderId).value(1).contains(edited), qPrintable(cached(olderId).join(QLatin1Char('|'))));
    QCOMPARE(cached(newId).value(0), QStringLiteral("publish"));
    QCOMPARE(cached(scheduledId).value(0), QStringLiteral("future"));

    // The moment passes; WordPress publishes it without changing its date. The next sync sees it.
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > publishesAt.addSecs(1), 30000);
    QVERIFY(fixture({ QStringLiteral("publish-scheduled"), QString::number(scheduledId) }).contains("publish"));
    QCOMPARE(cli({ QStringLiteral("sync") }), 0);
    QCOMPARE(cached(scheduledId).value(0), QStringLiteral("publish"));
}

// The blog moves east (Europe/Berlin, +1, to Asia/Tokyo, +9) just after a web edit. WordPress reads modified_after
// in Tokyo time against the edit's Berlin time: asked from the mark, the edit looks eight hours older than it is.
// The sync sees the changed clock and asks from early enough; the edit arrives.
void TestScheduledSync::blogMovingEastIsNotBlind()
{
    QCOMPARE(cli({ QStringLiteral("sync") }), 0);
    QCOMPARE(cli({ QStringLiteral("sync") }), 0); // the clock is known from here on
    const QJsonObject created = rest("POST", QStringLiteral("/wp/v2/posts"),
        { { QStringLiteral("title"), QStringLiteral("Tokyo Story") }, { QStringLiteral("status"), QStringLiteral("publish") },
            { QStringLiteral("content"), QStringLiteral("<p>Before the move.</p>") } });
    const qint64 id = created.value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(cli({ QStringLiteral("sync") }), 0);
    QVERIFY(cached(id).value(1).contains(QStringLiteral("Before the move.")));
    QTest::qWait(1100); // a later second than the mark
    rest("POST", QStringLiteral("/wp/v2/posts/%1").arg(id), { { QStringLiteral("content"), QStringLiteral("<p>Edited in Berlin.</p>") } });
    const QJsonObject moved = rest("POST", QStringLiteral("/wp/v2/settings"), { { QStringLiteral("timezone"), QStringLiteral("Asia/Tokyo") } });
    QCOMPARE(moved.value(QStringLiteral("timezone")).toString(), QStringLiteral("Asia/Tokyo"));
    QCOMPARE(cli({ QStringLiteral("sync") }), 0);
    const QString content = cached(id).value(1);
    rest("POST", QStringLiteral("/wp/v2/settings"), { { QStringLiteral("timezone"), QStringLiteral("Europe/Berlin") } });
    QVERIFY2(content.contains(QStringLiteral("Edited in Berlin.")), qPrintable(content));
}

QTEST_GUILESS_MAIN(TestScheduledSync)
#include "tst_scheduledsync.moc"
