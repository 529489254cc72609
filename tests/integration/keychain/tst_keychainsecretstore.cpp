// KeychainSecretStore against a real Secret Service: the private gnome-keyring that CTest starts for this test
// (see CMakeLists.txt next to this file), and, in a child process, no D-Bus session at all.
#include "core/accounts/KeychainSecretStore.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace longhand;

// Waits for the keychain's answer (running the event loop meanwhile) and names it var; fails the test if none comes.
#define AWAIT(var, call)                                                                                               \
    auto var##Future = (call);                                                                                         \
    QTRY_VERIFY_WITH_TIMEOUT(var##Future.isFinished(), 60000);                                                         \
    const auto var = var##Future.result()

#define VERIFY_OK(result) QVERIFY2(result, qPrintable(test::errorOf(result)))

namespace {

// Set by the CTest command that started a throw-away keyring; without it these tests would write into the
// keyring of whoever runs them.
bool havePrivateKeyring()
{
    return qEnvironmentVariable("LONGHAND_PRIVATE_KEYRING") == QLatin1String("1");
}

QString testService()
{
    return QStringLiteral("Longhand tests");
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void probeSucceeds();
    void writeReadRemoveRoundTrip();
    void oddKeysAndSecretsRoundTrip();
    void serviceNamesKeepEntriesApart();
    void queuedOperationsRunInOrder();
    void worksFromAnyThread();
    void emptyKeyIsRejected();
    void probeFailsWithoutSessionBus();
    void probeWithoutSessionBusChild();
};

void TestKeychainSecretStore::init()
{
    const QByteArray function = QTest::currentTestFunction();
    if (function == "probeWithoutSessionBusChild") {
        if (!qEnvironmentVariableIsSet("LONGHAND_PROBE_CHILD")) {
            QSKIP("Runs in the child process that probeFailsWithoutSessionBus starts.");
        }
    } else if (function != "probeFailsWithoutSessionBus" && !havePrivateKeyring()) {
        QSKIP("Needs the private keyring CTest starts (dbus-run-session + gnome-keyring-daemon); run it with "
              "ctest -R tst_keychainsecretstore rather than against your own keyring.");
    }
}

void TestKeychainSecretStore::probeSucceeds()
{
    AWAIT(probed, KeychainSecretStore::probe());
    VERIFY_OK(probed);
    // The probe entry is gone again.
    KeychainSecretStore store(KeychainSecretStore::defaultServiceName());
    AWAIT(leftover, store.read(QStringLiteral("longhand-keychain-probe")));
    QVERIFY(!leftover);
    QCOMPARE(leftover.error().code, Error::Code::NotFound);
}

void TestKeychainSecretStore::writeReadRemoveRoundTrip()
{
    KeychainSecretStore store(testService());
    QCOMPARE(store.kind(), SecretStore::Kind::Keychain);
    const QString key = SecretStore::keyFor(3, QStringLiteral("alice"));

    AWAIT(missing, store.read(key));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    QVERIFY2(missing.error().message.contains(key), qPrintable(missing.error().message));

    AWAIT(written, store.write(key, QStringLiteral("abcd EFGH ijkl MNOP qrst UVWX")));
    VERIFY_OK(written);
    AWAIT(read, store.read(key));
    VERIFY_OK(read);
    QCOMPARE(read.value(), QStringLiteral("abcd EFGH ijkl MNOP qrst UVWX"));

    AWAIT(overwritten, store.write(key, QStringLiteral("a new one")));
    VERIFY_OK(overwritten);
    KeychainSecretStore another(testService()); // another instance, same entries
    AWAIT(reread, another.read(key));
    QCOMPARE(reread.valueOr({}), QStringLiteral("a new one"));

    AWAIT(removed, store.remove(key));
    VERIFY_OK(removed);
    AWAIT(gone, store.read(key));
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, Error::Code::NotFound);
    AWAIT(removedAgain, store.remove(key));
    VERIFY_OK(removedAgain);
}

void TestKeychainSecretStore::oddKeysAndSecretsRoundTrip()
{
    KeychainSecretStore store(testService());
    const QList<std::pair<QString, QString>> entries {
        { QStringLiteral("site-3/ünï cødé 鍵 🔑"), QStringLiteral("ünïcødé 🔑 пароль") },
        { QStringLiteral("a=b;[c]"), QStringLiteral("=;[]#%\n\t") },
        { QStringLiteral("a"), QStringLiteral(" spaces around ") },
    };
    for (const auto& [key, secret] : entries) {
        AWAIT(written, store.write(key, secret));
        VERIFY_OK(written);
    }
    for (const auto& [key, secret] : entries) {
        AWAIT(read, store.read(key));
        QVERIFY2(read, qPrintable(key + QStringLiteral(": ") + test::errorOf(read)));
        QCOMPARE(read.value(), secret);
        AWAIT(removed, store.remove(key));
        VERIFY_OK(removed);
    }
}

void TestKeychainSecretStore::serviceNamesKeepEntriesApart()
{
    KeychainSecretStore ours(testService());
    KeychainSecretStore theirs(testService() + QStringLiteral(" (other)"));
    AWAIT(written, ours.write(QStringLiteral("site-1/alice"), QStringLiteral("ours")));
    VERIFY_OK(written);
    AWAIT(read, theirs.read(QStringLiteral("site-1/alice")));
    QVERIFY(!read);
    QCOMPARE(read.error().code, Error::Code::NotFound);
    AWAIT(removed, ours.remove(QStringLiteral("site-1/alice")));
    VERIFY_OK(removed);
}

void TestKeychainSecretStore::queuedOperationsRunInOrder()
{
    KeychainSecretStore store(testService());
    QList<QFuture<Status>> writes;
    for (int i = 0; i < 10; ++i) {
        writes.append(store.write(QStringLiteral("site-7/alice"), QStringLiteral("version %1").arg(i)));
    }
    QFuture<Result<QString>> last = store.read(QStringLiteral("site-7/alice"));
    QFuture<Status> removed = store.remove(QStringLiteral("site-7/alice"));
    QTRY_VERIFY_WITH_TIMEOUT(removed.isFinished(), 60000);
    for (const QFuture<Status>& write : std::as_const(writes)) {
        QVERIFY(write.isFinished());
        VERIFY_OK(write.result());
    }
    QVERIFY(last.isFinished());
    QCOMPARE(last.result().valueOr({}), QStringLiteral("version 9"));
    VERIFY_OK(removed.result());
}

void TestKeychainSecretStore::worksFromAnyThread()
{
    // A caller without an event loop of its own (a worker thread, or the CLI before exec()) still gets answers:
    // the jobs run on the keychain thread.
    Result<QString> seen = Error::make(Error::Code::None, QStringLiteral("not run"));
    std::unique_ptr<QThread> thread(QThread::create([&seen] {
        KeychainSecretStore store(testService());
        QFuture<Status> written = store.write(QStringLiteral("site-9/alice"), QStringLiteral("from a thread"));
        written.waitForFinished();
        QFuture<Result<QString>> read = store.read(QStringLiteral("site-9/alice"));
        read.waitForFinished();
        seen = read.result();
        store.remove(QStringLiteral("site-9/alice")).waitForFinished();
    }));
    thread->start();
    QTRY_VERIFY_WITH_TIMEOUT(thread->isFinished(), 60000);
    QVERIFY(thread->wait(1000));
    QCOMPARE(seen.valueOr({}), QStringLiteral("from a thread"));
}

void TestKeychainSecretStore::emptyKeyIsRejected()
{
    KeychainSecretStore store(testService());
    AWAIT(written, store.write(QString(), QStringLiteral("secret")));
    QVERIFY(!written);
    QCOMPARE(written.error().code, Error::Code::InvalidInput);
}

void TestKeychainSecretStore::probeFailsWithoutSessionBus()
{
    // The same binary, run with only the child test and an environment with no way to reach a session bus: no
    // address, no display to autolaunch one on, and a runtime directory without a bus socket.
    QTemporaryDir runtime;
    QVERIFY(runtime.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "DBUS_SESSION_BUS_ADDRESS", "DBUS_STARTER_ADDRESS", "DBUS_STARTER_BUS_TYPE", "DISPLAY",
             "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_SESSION_VERSION", "KDE_FULL_SESSION",
             "GNOME_DESKTOP_SESSION_ID", "LONGHAND_PRIVATE_KEYRING" }) {
        environment.remove(QString::fromLatin1(name));
    }
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    environment.insert(QStringLiteral("LONGHAND_PROBE_CHILD"), QStringLiteral("1"));

    QProcess child;
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("probeWithoutSessionBusChild") });
    QVERIFY(child.waitForStarted());
    QVERIFY(child.waitForFinished(90000));
    const QString output = QString::fromLocal8Bit(child.readAll());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("PASS   : TestKeychainSecretStore::probeWithoutSessionBusChild()")),
        qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("No keychain service is running (")), qPrintable(output));
}

void TestKeychainSecretStore::probeWithoutSessionBusChild()
{
    QElapsedTimer elapsed;
    elapsed.start();
    AWAIT(probed, KeychainSecretStore::probe());
    QVERIFY(!probed);
    const QString message = probed.error().message;
    qInfo().noquote() << "probe() said:" << message;
    QCOMPARE(probed.error().code, Error::Code::SecretStore);
    QVERIFY2(message.startsWith(QStringLiteral("No keychain service is running (")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("D-Bus")), qPrintable(message)); // the reason, as D-Bus gave it
    QVERIFY2(message.contains(QStringLiteral("a file in your profile that only you can read")), qPrintable(message));
    // It says so at once rather than after the probe's timeout.
    QVERIFY2(elapsed.elapsed() < 10000, qPrintable(QString::number(elapsed.elapsed())));

    // The store's own operations say the same, so a caller that skipped probe() learns why too.
    KeychainSecretStore store(testService());
    AWAIT(read, store.read(QStringLiteral("site-1/alice")));
    QVERIFY(!read);
    QVERIFY2(read.error().message.startsWith(QStringLiteral("No keychain service is running (")),
        qPrintable(read.error().message));
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
