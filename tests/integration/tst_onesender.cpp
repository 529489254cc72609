// One sender per profile, against the real WordPress: a publication queued while the blog was away is
// sent by exactly one of two `longhand-cli sync` runs started together (the second waits for the
// profile's outbox lock, then finds nothing left to send); a lock left by a killed process is taken over
// at once.
#include "core/sync/OutboxLock.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace longhand;

class TestOneSender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void twoSyncsSendAQueuedPublicationOnce();
    void lockOfAKilledProcessIsTakenOver();

private:
    QProcess* startCli(const QStringList& args, const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    int finish(QProcess* process, QByteArray* err = nullptr);
    bool fixture(const QString& verb);
    int postsTitled(const QString& title);

    QJsonObject m_env;
    QTemporaryDir m_dir;
    QString m_profile;
    QNetworkAccessManager m_network;
};

void TestOneSender::initTestCase()
{
    const QString state = qEnvironmentVariable("LONGHAND_WP_STATE");
    QVERIFY2(!state.isEmpty(), "run through ctest: it starts the WordPress fixture");
    QFile env(QDir(state).filePath(QStringLiteral("env.json")));
    QVERIFY(env.open(QIODevice::ReadOnly));
    m_env = QJsonDocument::fromJson(env.readAll()).object();
    QVERIFY(fixture(QStringLiteral("reset")));
    m_profile = m_dir.filePath(QStringLiteral("profile"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LONGHAND_PASSWORD"), m_env.value(QStringLiteral("WP_ADMIN_APP_PASSWORD")).toString());
    QProcess* add = startCli({ QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--url"),
                               m_env.value(QStringLiteral("WP_URL")).toString(), QStringLiteral("--user"), QStringLiteral("admin"),
                               QStringLiteral("--secret-store"), QStringLiteral("file") },
                             environment);
    QCOMPARE(finish(add), 0);
}

QProcess* TestOneSender::startCli(const QStringList& args, const QProcessEnvironment& environment)
{
    auto* process = new QProcess(this);
    process->setProcessEnvironment(environment);
    process->setProgram(QDir(qEnvironmentVariable("LONGHAND_BINARY_DIR")).filePath(QStringLiteral("src/cli/longhand-cli")));
    process->setArguments(QStringList { QStringLiteral("--profile"), m_profile } + args);
    process->start();
    process->closeWriteChannel();
    return process;
}

int TestOneSender::finish(QProcess* process, QByteArray* err)
{
    if (!process->waitForFinished(180000)) {
        process->kill();
        process->waitForFinished();
    }
    const QByteArray text = process->readAllStandardError();
    if (err) {
        *err = text;
    }
    if (process->exitCode() != 0) {
        qWarning("%s", text.constData());
    }
    const int code = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    process->deleteLater();
    return code;
}

bool TestOneSender::fixture(const QString& verb)
{
    QProcess process;
    process.start(qEnvironmentVariable("LONGHAND_WP_FIXTURE"), { verb, qEnvironmentVariable("LONGHAND_WP_STATE") });
    return process.waitForFinished(120000) && process.exitCode() == 0;
}

int TestOneSender::postsTitled(const QString& title)
{
    QUrl url(m_env.value(QStringLiteral("WP_URL")).toString() + QStringLiteral("/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("rest_route"), QStringLiteral("/wp/v2/posts"));
    query.addQueryItem(QStringLiteral("search"), title);
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("any"));
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    url.setQuery(query);
    QNetworkRequest request(url);
    const QByteArray credentials
        = "admin:" + m_env.value(QStringLiteral("WP_ADMIN_APP_PASSWORD")).toString().remove(QLatin1Char(' ')).toUtf8();
    request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    QNetworkReply* reply = m_network.get(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    int count = 0;
    for (const QJsonValue& post : QJsonDocument::fromJson(reply->readAll()).array()) {
        count += post.toObject().value(QStringLiteral("title")).toObject().value(QStringLiteral("raw")).toString() == title;
    }
    return count;
}

void TestOneSender::twoSyncsSendAQueuedPublicationOnce()
{
    const QString title = QStringLiteral("Queued While Away");
    const QString file = m_dir.filePath(QStringLiteral("away.md"));
    QFile review(file);
    QVERIFY(review.open(QIODevice::WriteOnly));
    review.write(QStringLiteral("---\ntitle: \"%1\"\n---\n\nWritten while the blog was away.\n").arg(title).toUtf8());
    review.close();

    // The blog is away: the publication stays queued.
    QVERIFY(fixture(QStringLiteral("stop")));
    QByteArray err;
    const int queued = finish(startCli({ QStringLiteral("publish"), file }), &err);
    QVERIFY(fixture(QStringLiteral("start")));
    QVERIFY(queued != 0);
    QVERIFY2(err.contains("stays queued"), err.constData());

    // The test holds the lock while both syncs start, so they really start together.
    OutboxLock held(m_profile);
    QVERIFY(held.tryLock(0));
    QProcess* first = startCli({ QStringLiteral("sync") });
    QProcess* second = startCli({ QStringLiteral("sync") });
    QVERIFY(first->waitForStarted() && second->waitForStarted());
    QTest::qWait(1500); // both are waiting now
    QCOMPARE(first->state(), QProcess::Running);
    QCOMPARE(second->state(), QProcess::Running);
    held.unlock();
    QByteArray firstErr;
    QByteArray secondErr;
    QCOMPARE(finish(first, &firstErr), 0);
    QCOMPARE(finish(second, &secondErr), 0);
    QVERIFY2(firstErr.contains("Waiting for another Longhand"), firstErr.constData());
    QCOMPARE(postsTitled(title), 1);
}

void TestOneSender::lockOfAKilledProcessIsTakenOver()
{
    // A lock file as QLockFile writes it, left by a process that no longer exists.
    QFile lock(QDir(m_profile).filePath(OutboxLock::fileName()));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray("999999\nlonghand-cli\n") + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();
    QByteArray err;
    QCOMPARE(finish(startCli({ QStringLiteral("sync") }), &err), 0);
    QVERIFY2(!err.contains("Waiting"), err.constData());
    QVERIFY(!QFileInfo::exists(QDir(m_profile).filePath(OutboxLock::fileName()))); // released at the end
}

QTEST_GUILESS_MAIN(TestOneSender)
#include "tst_onesender.moc"
