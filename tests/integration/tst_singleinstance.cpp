// One window per profile, with the real app (offscreen): a second `longhand` on the same profile brings
// the first forward and quits at once, so two windows never overwrite each other's saved text; another
// profile opens its own window; once the first is killed, the next start takes the profile over.
#include "gui/SingleInstance.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace longhand;

namespace {

QString binary()
{
    return QDir(qEnvironmentVariable("LONGHAND_BINARY_DIR")).filePath(QStringLiteral("src/app/longhand"));
}

void startApp(QProcess& app, const QString& profile)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(environment);
    app.setProcessChannelMode(QProcess::MergedChannels);
    app.start(binary(), { QStringLiteral("--profile"), profile });
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondObjectDefersToTheFirst();
    void secondAppBringsTheFirstForward();
};

void TestSingleInstance::secondObjectDefersToTheFirst()
{
    QTemporaryDir profile;
    SingleInstance first(profile.path());
    QVERIFY(first.claim());
    QSignalSpy asked(&first, &SingleInstance::activationRequested);
    SingleInstance second(profile.path());
    QVERIFY(!second.claim());
    bool answered = false;
    // The first answers from this thread's event loop, so ask from another thread.
    std::thread asker([&] {
        SingleInstance third(profile.path());
        answered = third.activateRunning(5000);
    });
    QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 5000);
    asker.join();
    QVERIFY(answered);
    QTemporaryDir other;
    SingleInstance elsewhere(other.path());
    QVERIFY(elsewhere.claim()); // another profile is another window
}

void TestSingleInstance::secondAppBringsTheFirstForward()
{
    QTemporaryDir profile;
    QProcess first;
    startApp(first, profile.path());
    QByteArray firstLog;
    QTRY_VERIFY_WITH_TIMEOUT((firstLog += first.readAll()).contains("Using profile"), 20000);

    QProcess second;
    startApp(second, profile.path());
    QVERIFY(second.waitForFinished(20000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QVERIFY2(second.readAll().contains("already has this profile open"), "the second start said nothing");
    QTRY_VERIFY_WITH_TIMEOUT((firstLog += first.readAll()).contains("the window comes forward"), 10000);
    QCOMPARE(first.state(), QProcess::Running);

    // Killed: the next start takes the profile over (the lock's holder is gone).
    first.kill();
    first.waitForFinished();
    QProcess third;
    startApp(third, profile.path());
    QByteArray thirdLog;
    QTRY_VERIFY_WITH_TIMEOUT((thirdLog += third.readAll()).contains("Using profile"), 20000);
    QCOMPARE(third.state(), QProcess::Running);
    third.kill();
    third.waitForFinished();
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
