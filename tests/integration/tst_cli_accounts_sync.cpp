// longhand-cli against the real WordPress of the test fixture: adding a blog with a good and a bad
// application password, listing, verifying, a full sync and an incremental one, and the password
// found nowhere in the profile but the secrets file.
#include "BlogHarness.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliAccountsSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wrongPasswordIsRefused();
    void addListVerify();
    void sameBlogTwiceIsRefused();
    void fullAndIncrementalSync();
    void passwordOnlyInSecretsFile();

private:
    using Run = longhand::test::CliRun;
    Run cli(const QStringList& args, const QByteArray& password = {});
    void fixture(const QStringList& args);

    QJsonObject m_env;
    QTemporaryDir m_profile;
};

void TestCliAccountsSync::initTestCase()
{
    const QString state = qEnvironmentVariable("LONGHAND_WP_STATE");
    QVERIFY2(!state.isEmpty(), "run through ctest: it starts the WordPress fixture");
    QFile env(QDir(state).filePath(QStringLiteral("env.json")));
    QVERIFY(env.open(QIODevice::ReadOnly));
    m_env = QJsonDocument::fromJson(env.readAll()).object();
    QVERIFY(m_env.contains(QStringLiteral("WP_URL")));
    fixture({QStringLiteral("reset")});
    fixture({QStringLiteral("bulk-posts"), QStringLiteral("230")});
}

void TestCliAccountsSync::fixture(const QStringList& args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList full = args;
    full.insert(1, qEnvironmentVariable("LONGHAND_WP_STATE"));
    process.start(qEnvironmentVariable("LONGHAND_WP_FIXTURE"), full);
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0, process.readAll().constData());
}

TestCliAccountsSync::Run TestCliAccountsSync::cli(const QStringList& args, const QByteArray& password)
{
    return longhand::test::Cli(m_profile.path()).withPassword(password).run(args, {}, 180000);
}

void TestCliAccountsSync::wrongPasswordIsRefused()
{
    const Run run = cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--url"), m_env.value(QStringLiteral("WP_URL")).toString(),
                         QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--secret-store"), QStringLiteral("file")},
                        "xxxx xxxx xxxx xxxx xxxx xxxx");
    QVERIFY(run.code != 0);
    QVERIFY2(run.err.contains("Wrong user name or application password"), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1); // one clear line
    const Run list = cli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0); // nothing half-added
}

void TestCliAccountsSync::addListVerify()
{
    const QByteArray password = m_env.value(QStringLiteral("WP_ADMIN_APP_PASSWORD")).toString().toUtf8();
    const Run add = cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--url"), m_env.value(QStringLiteral("WP_URL")).toString(),
                         QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--secret-store"), QStringLiteral("file"),
                         QStringLiteral("--json")},
                        password);
    QVERIFY2(add.code == 0, add.err.constData());
    const QJsonObject site = QJsonDocument::fromJson(add.out).object();
    QCOMPARE(site.value(QStringLiteral("id")).toInt(), 1);
    QVERIFY(site.value(QStringLiteral("roles")).toArray().contains(QStringLiteral("administrator")));

    const Run list = cli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.code, 0);
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 1);

    const Run verify = cli({QStringLiteral("account"), QStringLiteral("verify")});
    QVERIFY2(verify.code == 0, verify.err.constData());
    QVERIFY(verify.out.contains("administrator"));
}

void TestCliAccountsSync::sameBlogTwiceIsRefused()
{
    // The blog added above, in other spellings of its address (and of the user name): said so, nothing added.
    const QByteArray password = m_env.value(QStringLiteral("WP_ADMIN_APP_PASSWORD")).toString().toUtf8();
    QString url = m_env.value(QStringLiteral("WP_URL")).toString();
    while (url.endsWith(QLatin1Char('/'))) {
        url.chop(1);
    }
    QString shouted = url;
    shouted.replace(QStringLiteral("http://"), QStringLiteral("HTTP://"));
    const QList<QPair<QString, QString>> spellings {{url + QLatin1Char('/'), QStringLiteral("admin")},
                                                    {shouted + QStringLiteral("/?rest_route=/"), QStringLiteral("Admin")}};
    for (const auto& [spelling, user] : spellings) {
        const Run add = cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--url"), spelling, QStringLiteral("--user"), user,
                             QStringLiteral("--secret-store"), QStringLiteral("file")},
                            password);
        QVERIFY2(add.code == 4, qPrintable(spelling + QStringLiteral(": ") + QString::number(add.code) + QLatin1Char(' ') + QString::fromUtf8(add.err)));
        QVERIFY2(add.err.contains("already connected"), add.err.constData());
        QCOMPARE(add.err.count('\n'), 1);
        const Run list = cli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 1);
    }
}

void TestCliAccountsSync::fullAndIncrementalSync()
{
    const Run sync = cli({QStringLiteral("sync")});
    QVERIFY2(sync.code == 0, sync.err.constData());
    const Run posts = cli({QStringLiteral("posts"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(posts.code, 0);
    const QJsonArray all = QJsonDocument::fromJson(posts.out).array();
    QVERIFY2(all.size() >= 230, qPrintable(QString::number(all.size())));
    int remote = 0;
    for (const QJsonValue& post : all) {
        if (post.toObject().value(QStringLiteral("remote_id")).toInt() > 0) {
            ++remote;
            QVERIFY(post.toObject().value(QStringLiteral("link")).toString().startsWith(m_env.value(QStringLiteral("WP_URL")).toString()));
        }
    }
    QVERIFY(remote >= 230);

    // Nothing changed: the second sync succeeds and asks only for what changed since.
    const Run again = cli({QStringLiteral("sync")});
    QVERIFY2(again.code == 0, again.err.constData());
    const Run after = cli({QStringLiteral("posts"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(after.out).array().size(), all.size());
}

void TestCliAccountsSync::passwordOnlyInSecretsFile()
{
    const QByteArray password = m_env.value(QStringLiteral("WP_ADMIN_APP_PASSWORD")).toString().toUtf8();
    QByteArray compact = password;
    compact.replace(' ', "");
    QDirIterator it(m_profile.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        if (QFileInfo(path).fileName() == QLatin1String("secrets.ini")) {
            QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());
            continue;
        }
        QVERIFY2(!content.contains(password) && !content.contains(compact), qPrintable(path));
    }
    QVERIFY(files >= 2);
}

QTEST_GUILESS_MAIN(TestCliAccountsSync)
#include "tst_cli_accounts_sync.moc"
