// longhand-cli and longhand as a user runs them: --help, --version, --profile.
#include "core/Version.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "support/LyingHttpServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpListsOptions();
    void versionsAgree();
    void profileCreatesDatabase();
    void newerSchemaIsRefused();
    void olderCacheUpgradeIsAnnounced();
    void accountAddNeedsTheApiOriginAccepted();

private:
    static QString cli() { return QDir(qEnvironmentVariable("LONGHAND_BINARY_DIR")).filePath(QStringLiteral("src/cli/longhand-cli")); }
    static QString app() { return QDir(qEnvironmentVariable("LONGHAND_BINARY_DIR")).filePath(QStringLiteral("src/app/longhand")); }
    static QByteArray run(const QString& program, const QStringList& args, int* exitCode = nullptr)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(program, args);
        process.waitForFinished(30000);
        if (exitCode) {
            *exitCode = process.exitCode();
        }
        return process.readAll();
    }
};

void TestCli::helpListsOptions()
{
    int code = -1;
    const QByteArray help = run(cli(), {QStringLiteral("--help")}, &code);
    QCOMPARE(code, 0);
    QVERIFY(help.contains("--profile <DIR>"));
    QVERIFY(help.contains("--version"));
}

void TestCli::versionsAgree()
{
    const QByteArray cliVersion = run(cli(), {QStringLiteral("--version")}).trimmed();
    const QByteArray appVersion = run(app(), {QStringLiteral("--version")}).trimmed();
    QVERIFY(cliVersion.endsWith(QByteArray(kVersion)));
    QVERIFY(appVersion.endsWith(QByteArray(kVersion)));
    QCOMPARE(cliVersion.split(' ').last(), appVersion.split(' ').last());
}

void TestCli::profileCreatesDatabase()
{
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("p"));
    int code = -1;
    const QByteArray out = run(cli(), {QStringLiteral("--profile"), profile, QStringLiteral("status")}, &code);
    QCOMPARE(code, 0);
    QVERIFY(out.contains(profile.toUtf8()));
    QVERIFY(QFile::exists(QDir(profile).filePath(QStringLiteral("longhand.sqlite"))));
    QVERIFY(QDir(QDir(profile).filePath(QStringLiteral("media"))).exists());
    QVERIFY2(!out.contains("Upgrading"), out.constData()); // a new cache is made, not upgraded
}

// An older cache is upgraded on the first command, and the CLI says so before it starts (at a million comments the
// upgrade takes a minute or more); the next command says nothing.
void TestCli::olderCacheUpgradeIsAnnounced()
{
    QTemporaryDir dir;
    {
        auto db = Database::open(dir.filePath(QStringLiteral("longhand.sqlite")), 13);
        QVERIFY(db.ok());
    }
    int code = -1;
    QByteArray out = run(cli(), {QStringLiteral("--profile"), dir.path(), QStringLiteral("status")}, &code);
    QCOMPARE(code, 0);
    QVERIFY2(out.contains(QStringLiteral("Upgrading the cache from schema 13 to %1").arg(latestSchemaVersion()).toUtf8()),
             out.constData());
    out = run(cli(), {QStringLiteral("--profile"), dir.path(), QStringLiteral("status")}, &code);
    QCOMPARE(code, 0);
    QVERIFY2(!out.contains("Upgrading"), out.constData());
}

void TestCli::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("longhand.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QSqlQuery(QStringLiteral("PRAGMA user_version = 999"), (*db)->connection());
    }
    int code = -1;
    const QByteArray out = run(cli(), {QStringLiteral("--profile"), dir.path(), QStringLiteral("status")}, &code);
    QVERIFY(code != 0);
    QVERIFY2(out.contains("newer Longhand"), out.constData());
}

// The front page names an API on another origin: account add refuses (exit 3, the flag to use named) without
// sending anything there, and with --accept-api-origin sends the password there and nowhere else. The CLI runs
// while this process's event loop serves both lying servers.
void TestCli::accountAddNeedsTheApiOriginAccepted()
{
    using namespace longhand::test;
    LyingHttpServer api([](const LyingRequest& request) {
        if (request.target.contains("users/me")) {
            return LyingAnswer::json(R"({"id":1,"name":"Admin","slug":"admin","roles":["administrator"]})");
        }
        return LyingAnswer::json(R"({"name":"Elsewhere","namespaces":["wp/v2"],"authentication":)"
                                 R"({"application-passwords":{"endpoints":{"authorization":"http://127.0.0.1/"}}}})");
    });
    QVERIFY(api.listen());
    const QByteArray link = "<" + api.url(QStringLiteral("/wp-json/")).toEncoded() + ">; rel=\"https://api.w.org/\"";
    LyingHttpServer blog([link](const LyingRequest&) {
        return LyingAnswer {LyingAnswer::Kind::Whole, 200, {{"Content-Type", "text/html"}, {"Link", link}}, "<html></html>"};
    });
    QVERIFY(blog.listen());
    QTemporaryDir dir;
    const auto runCli = [&](const QStringList& extra, int* exitCode) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LONGHAND_PASSWORD"), QStringLiteral("abcd efgh ijkl mnop"));
        process.setProcessEnvironment(env);
        process.start(cli(), QStringList {QStringLiteral("--profile"), dir.path(), QStringLiteral("account"), QStringLiteral("add"),
                                          QStringLiteral("--url"), blog.url().toString(), QStringLiteral("--user"),
                                          QStringLiteral("admin"), QStringLiteral("--secret-store"), QStringLiteral("file")}
                                 + extra);
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000)) { // the servers answer meanwhile
            process.kill();
            process.waitForFinished();
            *exitCode = -1;
            return QByteArray("timed out");
        }
        *exitCode = process.exitCode();
        return process.readAll();
    };
    int code = -1;
    const QByteArray refused = runCli({}, &code);
    QCOMPARE(code, 3);
    QVERIFY2(refused.contains(QByteArray("--accept-api-origin " + api.origin().toUtf8())), refused.constData());
    QVERIFY(api.requests().isEmpty());
    QVERIFY(!blog.anyAuthorization());

    const QByteArray accepted = runCli({QStringLiteral("--accept-api-origin"), api.origin()}, &code);
    QVERIFY2(code == 0, accepted.constData());
    QVERIFY(api.anyAuthorization());
    QVERIFY(!blog.anyAuthorization());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
