// longhand-cli and longhand as a user runs them: --help, --version, --profile.
#include "core/Version.h"
#include "core/storage/Database.h"

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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
