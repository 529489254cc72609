// FileSecretStore: passwords in <profile>/secrets.ini, private (0600), atomic, refusing unsafe or damaged files.
#include "core/accounts/FileSecretStore.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

#include <sys/stat.h>

using namespace longhand;

// Waits for a store's answer (running the event loop meanwhile) and names it var; fails the test if none comes.
#define AWAIT(var, call)                                                                                               \
    auto var##Future = (call);                                                                                         \
    QTRY_VERIFY_WITH_TIMEOUT(var##Future.isFinished(), 20000);                                                         \
    const auto var = var##Future.result()

#define VERIFY_OK(result) QVERIFY2(result, qPrintable(test::errorOf(result)))

namespace {

// The file's mode bits (permissions only), or -1 when it cannot be stat'ed.
int modeOf(const QString& path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        return -1;
    }
    return int(info.st_mode & 07777);
}

bool writeFile(const QString& path, const QByteArray& content, QFileDevice::Permissions permissions)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size()
        && file.setPermissions(permissions);
}

constexpr QFileDevice::Permissions kPrivate = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Every message logged while it exists, so a test can show that no secret reached the log.
class LogCapture
{
public:
    LogCapture()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("longhand.*=true"));
        s_messages.clear();
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    static QStringList messages()
    {
        QMutexLocker lock(&s_mutex);
        return s_messages;
    }

private:
    static void handle(QtMsgType, const QMessageLogContext&, const QString& message)
    {
        QMutexLocker lock(&s_mutex);
        s_messages.append(message);
    }

    QtMessageHandler m_previous = nullptr;
    static inline QMutex s_mutex;
    static inline QStringList s_messages;
};

} // namespace

class TestFileSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void keyForNamesSiteAndUser();
    void readWithoutFileIsNotFound();
    void writeThenRead();
    void overwriteReplaces();
    void removeForgetsAndIsIdempotent();
    void keysAreIndependent();
    void fileIsPrivateAfterEveryWrite_data();
    void fileIsPrivateAfterEveryWrite();
    void secretIsInNoOtherFileNorLog();
    void refusesFileOthersCanReadOrChange_data();
    void refusesFileOthersCanReadOrChange();
    void refusesLink();
    void damagedFileIsReported_data();
    void damagedFileIsReported();
    void oddKeysAndSecretsRoundTrip();
    void readsTheDocumentedFormat();
    void emptyKeyIsRejected();
    void createsMissingProfileFolder();
    void destructionFinishesPendingWrites();
    void twoStoresDoNotLoseEachOthersWrites();

private:
    QString secretsPath() const { return m_dir->filePath(QStringLiteral("secrets.ini")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FileSecretStore> m_store;
};

void TestFileSecretStore::init()
{
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<FileSecretStore>(m_dir->path());
    QCOMPARE(m_store->kind(), SecretStore::Kind::File);
    QCOMPARE(m_store->filePath(), secretsPath());
}

void TestFileSecretStore::keyForNamesSiteAndUser()
{
    QCOMPARE(SecretStore::keyFor(3, QStringLiteral("alice")), QStringLiteral("site-3/alice"));
    QCOMPARE(SecretStore::keyFor(12, QStringLiteral("100%1 sure")), QStringLiteral("site-12/100%1 sure"));
}

void TestFileSecretStore::readWithoutFileIsNotFound()
{
    AWAIT(read, m_store->read(QStringLiteral("site-1/alice")));
    QVERIFY(!read);
    QCOMPARE(read.error().code, Error::Code::NotFound);
    QVERIFY2(read.error().message.contains(QStringLiteral("site-1/alice")), qPrintable(read.error().message));
    QVERIFY(!QFile::exists(secretsPath()));
}

void TestFileSecretStore::writeThenRead()
{
    AWAIT(written, m_store->write(QStringLiteral("site-1/alice"), QStringLiteral("abcd EFGH ijkl MNOP qrst UVWX")));
    VERIFY_OK(written);
    QVERIFY(QFile::exists(secretsPath()));
    AWAIT(read, m_store->read(QStringLiteral("site-1/alice")));
    VERIFY_OK(read);
    QCOMPARE(read.value(), QStringLiteral("abcd EFGH ijkl MNOP qrst UVWX"));

    // A fresh store (another run of the program) reads the same file.
    FileSecretStore again(m_dir->path());
    AWAIT(reread, again.read(QStringLiteral("site-1/alice")));
    QCOMPARE(reread.valueOr({}), QStringLiteral("abcd EFGH ijkl MNOP qrst UVWX"));
}

void TestFileSecretStore::overwriteReplaces()
{
    AWAIT(first, m_store->write(QStringLiteral("site-1/alice"), QStringLiteral("old password")));
    VERIFY_OK(first);
    AWAIT(second, m_store->write(QStringLiteral("site-1/alice"), QStringLiteral("new password")));
    VERIFY_OK(second);
    AWAIT(read, m_store->read(QStringLiteral("site-1/alice")));
    QCOMPARE(read.valueOr({}), QStringLiteral("new password"));
    QFile file(secretsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("old%20password"));
}

void TestFileSecretStore::removeForgetsAndIsIdempotent()
{
    AWAIT(absentNoFile, m_store->remove(QStringLiteral("site-1/alice")));
    VERIFY_OK(absentNoFile);
    QVERIFY(!QFile::exists(secretsPath()));

    AWAIT(written, m_store->write(QStringLiteral("site-1/alice"), QStringLiteral("secret")));
    VERIFY_OK(written);
    AWAIT(removed, m_store->remove(QStringLiteral("site-1/alice")));
    VERIFY_OK(removed);
    AWAIT(read, m_store->read(QStringLiteral("site-1/alice")));
    QVERIFY(!read);
    QCOMPARE(read.error().code, Error::Code::NotFound);
    // The last password gone, no file is left behind.
    QVERIFY(!QFile::exists(secretsPath()));

    AWAIT(again, m_store->remove(QStringLiteral("site-1/alice")));
    VERIFY_OK(again);
}

void TestFileSecretStore::keysAreIndependent()
{
    const QStringList keys { QStringLiteral("site-1/alice"), QStringLiteral("site-1/bob"),
        QStringLiteral("site-2/alice") };
    for (const QString& key : keys) {
        AWAIT(written, m_store->write(key, QStringLiteral("password of ") + key));
        VERIFY_OK(written);
    }
    AWAIT(removed, m_store->remove(QStringLiteral("site-1/bob")));
    VERIFY_OK(removed);
    AWAIT(alice1, m_store->read(QStringLiteral("site-1/alice")));
    QCOMPARE(alice1.valueOr({}), QStringLiteral("password of site-1/alice"));
    AWAIT(alice2, m_store->read(QStringLiteral("site-2/alice")));
    QCOMPARE(alice2.valueOr({}), QStringLiteral("password of site-2/alice"));
    AWAIT(bob, m_store->read(QStringLiteral("site-1/bob")));
    QVERIFY(!bob);
    QCOMPARE(bob.error().code, Error::Code::NotFound);
    AWAIT(unknown, m_store->read(QStringLiteral("site-3/carol")));
    QCOMPARE(unknown.error().code, Error::Code::NotFound);
}

void TestFileSecretStore::fileIsPrivateAfterEveryWrite_data()
{
    QTest::addColumn<int>("umask");
    QTest::newRow("umask 022") << 022;
    QTest::newRow("umask 000") << 0;
    QTest::newRow("umask 077") << 077;
}

void TestFileSecretStore::fileIsPrivateAfterEveryWrite()
{
    QFETCH(int, umask);
    const mode_t previous = ::umask(mode_t(umask));
    const auto restore = qScopeGuard([previous] { ::umask(previous); });

    const auto expectPrivate = [this] {
        QCOMPARE(modeOf(secretsPath()), 0600);
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(secretsPath()) & (others | QFileDevice::ExeOwner), QFileDevice::Permissions());
    };
    AWAIT(first, m_store->write(QStringLiteral("site-1/alice"), QStringLiteral("one")));
    VERIFY_OK(first);
    expectPrivate();
    AWAIT(overwritten, m_store->write(QStringLiteral("site-1/alice"), QStringLiteral("two")));
    VERIFY_OK(overwritten);
    expectPrivate();
    AWAIT(second, m_store->write(QStringLiteral("site-1/bob"), QStringLiteral("three")));
    VERIFY_OK(second);
    expectPrivate();
    AWAIT(removed, m_store->remove(QStringLiteral("site-1/alice")));
    VERIFY_OK(removed);
    expectPrivate();
}

void TestFileSecretStore::secretIsInNoOtherFileNorLog()
{
    const QString secret = QStringLiteral("Xq7w 9LmZ p2Rt Vb8N c4Ks Hj6D");
    LogCapture log;
    // Files a profile normally holds next to the secrets.
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("longhand.sqlite")), "SQLite format 3", kPrivate));
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("media")));

    AWAIT(written, m_store->write(QStringLiteral("site-1/alice"), secret));
    VERIFY_OK(written);
    AWAIT(second, m_store->write(QStringLiteral("site-2/alice"), secret));
    VERIFY_OK(second);
    AWAIT(read, m_store->read(QStringLiteral("site-1/alice")));
    QCOMPARE(read.valueOr({}), secret);
    AWAIT(removed, m_store->remove(QStringLiteral("site-2/alice")));
    VERIFY_OK(removed);

    // No temporary or lock file is left over.
    const QStringList entries
        = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    QCOMPARE(entries,
        (QStringList { QStringLiteral("longhand.sqlite"), QStringLiteral("media"), QStringLiteral("secrets.ini") }));

    // The secret as UTF-8, as the file encodes it, as Base64 and as UTF-16.
    const QList<QByteArray> forms { secret.toUtf8(), QUrl::toPercentEncoding(secret), secret.toUtf8().toBase64(),
        QByteArray(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2) };
    QDirIterator files(m_dir->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (path == secretsPath()) {
            continue;
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        for (const QByteArray& form : forms) {
            QVERIFY2(!content.contains(form), qPrintable(path));
        }
    }
    for (const QString& message : LogCapture::messages()) {
        QVERIFY2(!message.contains(secret), qPrintable(message));
    }
    // The log does say what happened, by key.
    QVERIFY(LogCapture::messages().join(QLatin1Char('\n')).contains(QStringLiteral("site-1/alice")));
}

void TestFileSecretStore::refusesFileOthersCanReadOrChange_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("0644 world-readable") << 0644;
    QTest::newRow("0640 group-readable") << 0640;
    QTest::newRow("0604 other-readable") << 0604;
    QTest::newRow("0620 group-writable") << 0620;
}

void TestFileSecretStore::refusesFileOthersCanReadOrChange()
{
    QFETCH(int, mode);
    AWAIT(written, m_store->write(QStringLiteral("site-1/alice"), QStringLiteral("secret")));
    VERIFY_OK(written);
    QCOMPARE(::chmod(QFile::encodeName(secretsPath()).constData(), mode_t(mode)), 0);
    const QByteArray before = test::fileSha256(secretsPath());

    AWAIT(read, m_store->read(QStringLiteral("site-1/alice")));
    QVERIFY(!read);
    QCOMPARE(read.error().code, Error::Code::SecretStore);
    const QString message = read.error().message;
    QVERIFY2(message.contains(secretsPath()), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Other users of this computer can read or change")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("its permissions are ") + QString::number(mode, 8)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("chmod 600")), qPrintable(message));

    // Nor is the file used or changed by a write or a removal.
    AWAIT(overwrite, m_store->write(QStringLiteral("site-1/alice"), QStringLiteral("other")));
    QVERIFY(!overwrite);
    QCOMPARE(overwrite.error().message, message);
    AWAIT(removed, m_store->remove(QStringLiteral("site-1/alice")));
    QVERIFY(!removed);
    QCOMPARE(test::fileSha256(secretsPath()), before);
    QCOMPARE(modeOf(secretsPath()), mode);

    // Once fixed as the message says, it is read again.
    QCOMPARE(::chmod(QFile::encodeName(secretsPath()).constData(), 0600), 0);
    AWAIT(fixed, m_store->read(QStringLiteral("site-1/alice")));
    QCOMPARE(fixed.valueOr({}), QStringLiteral("secret"));
}

void TestFileSecretStore::refusesLink()
{
    const QString target = m_dir->filePath(QStringLiteral("elsewhere.ini"));
    QVERIFY(writeFile(target, "[passwords]\nsite-1%2Falice=planted\n", kPrivate));
    QVERIFY(QFile::link(target, secretsPath()));
    AWAIT(read, m_store->read(QStringLiteral("site-1/alice")));
    QVERIFY(!read);
    QVERIFY2(read.error().message.contains(QStringLiteral("is a link")), qPrintable(read.error().message));
}

void TestFileSecretStore::damagedFileIsReported_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::newRow("binary garbage") << QByteArray("\x00\x01\xff\xfe\x80garbage", 12) << 1;
    QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf[passwords]\n") << 1;
    QTest::newRow("no heading") << QByteArray("site-1%2Falice=abc\n") << 1;
    QTest::newRow("unknown heading") << QByteArray("; comment\n[other]\nx=y\n") << 2;
    QTest::newRow("heading twice") << QByteArray("[passwords]\na=b\n[passwords]\n") << 3;
    QTest::newRow("not name=value") << QByteArray("[passwords]\na=b\njust some text\n") << 3;
    QTest::newRow("bad escape") << QByteArray("[passwords]\nkey=abc%zz\n") << 2;
    QTest::newRow("cut escape") << QByteArray("[passwords]\nkey=abc%4\n") << 2;
    QTest::newRow("raw space") << QByteArray("[passwords]\nkey=abc def\n") << 2;
    QTest::newRow("raw unicode") << QByteArray("[passwords]\nkey=\xc3\xbc\n") << 2;
    QTest::newRow("invalid UTF-8") << QByteArray("[passwords]\nkey=%FF%FE\n") << 2;
    QTest::newRow("empty name") << QByteArray("[passwords]\n=secret\n") << 2;
    QTest::newRow("duplicate name") << QByteArray("[passwords]\na=1\n\na=2\n") << 4;
    QTest::newRow("too large") << (QByteArray("[passwords]\n") + QByteArray(2 * 1024 * 1024, 'a')) << 1;
}

void TestFileSecretStore::damagedFileIsReported()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QVERIFY(writeFile(secretsPath(), content, kPrivate));
    const QByteArray before = test::fileSha256(secretsPath());

    AWAIT(read, m_store->read(QStringLiteral("key")));
    QVERIFY(!read);
    QCOMPARE(read.error().code, Error::Code::SecretStore);
    const QString message = read.error().message;
    QVERIFY2(message.startsWith(QStringLiteral("The password file ") + secretsPath()
                 + QStringLiteral(" is damaged (line ") + QString::number(line) + QLatin1Char(':')),
        qPrintable(message));
    QVERIFY2(message.endsWith(QStringLiteral("then enter your passwords again.")), qPrintable(message));

    // A write does not paper over it (that would drop the other passwords): same answer, file unchanged.
    AWAIT(written, m_store->write(QStringLiteral("key"), QStringLiteral("secret")));
    QVERIFY(!written);
    QCOMPARE(written.error().message, message);
    QCOMPARE(test::fileSha256(secretsPath()), before);
}

void TestFileSecretStore::oddKeysAndSecretsRoundTrip()
{
    const QList<std::pair<QString, QString>> entries {
        { QStringLiteral("site-1/alice"), QStringLiteral("abcd EFGH ijkl MNOP qrst UVWX") },
        { QStringLiteral("site-2/bob smith"), QStringLiteral(" spaces around ") },
        { QStringLiteral("site-3/ünï cødé 鍵 🔑"), QStringLiteral("ünïcødé 🔑 пароль") },
        { QStringLiteral("a"), QStringLiteral("plain a") },
        { QStringLiteral("a=b"), QStringLiteral("=;[]#%\n\r\t") },
        { QStringLiteral("a=b=c"), QStringLiteral("a=b=c") },
        { QStringLiteral("a;b"), QStringLiteral("; not a comment") },
        { QStringLiteral("[passwords]"), QStringLiteral("[passwords]") },
        { QStringLiteral("#not a comment"), QStringLiteral("# neither") },
        { QStringLiteral("%41%"), QStringLiteral("%00%zz%") },
        { QStringLiteral("line\nbreak"), QStringLiteral("line\r\nbreak") },
        { QStringLiteral("tab\there\\back/slash\"quoted\""),
            QString(QChar(0xFEFF)) + QStringLiteral("starts with BOM") },
        { QStringLiteral("empty password"), QString() },
        { QStringLiteral("long"), QString(1000, QLatin1Char('x')) },
    };
    for (const auto& [key, secret] : entries) {
        AWAIT(written, m_store->write(key, secret));
        VERIFY_OK(written);
    }
    FileSecretStore fresh(m_dir->path());
    for (const auto& [key, secret] : entries) {
        AWAIT(read, fresh.read(key));
        QVERIFY2(read, qPrintable(key + QStringLiteral(": ") + test::errorOf(read)));
        QCOMPARE(read.value(), secret);
    }
    AWAIT(prefix, fresh.read(QStringLiteral("a=")));
    QCOMPARE(prefix.error().code, Error::Code::NotFound);
    QCOMPARE(modeOf(secretsPath()), 0600);
}

void TestFileSecretStore::readsTheDocumentedFormat()
{
    // What a person might write by hand following the file's own header.
    QVERIFY(writeFile(secretsPath(),
        "; comment\r\n# another\n\n[passwords]\n  site-1%2Falice=abcd%20efgh  \nsite-2%2Fb%C3%B6b=x%3Dy\n", kPrivate));
    AWAIT(alice, m_store->read(QStringLiteral("site-1/alice")));
    QCOMPARE(alice.valueOr({}), QStringLiteral("abcd efgh"));
    AWAIT(bob, m_store->read(QStringLiteral("site-2/böb")));
    QCOMPARE(bob.valueOr({}), QStringLiteral("x=y"));
}

void TestFileSecretStore::emptyKeyIsRejected()
{
    AWAIT(written, m_store->write(QString(), QStringLiteral("secret")));
    QVERIFY(!written);
    QCOMPARE(written.error().code, Error::Code::InvalidInput);
    AWAIT(read, m_store->read(QString()));
    QCOMPARE(read.error().code, Error::Code::InvalidInput);
    AWAIT(removed, m_store->remove(QString()));
    QCOMPARE(removed.error().code, Error::Code::InvalidInput);
    QVERIFY(!QFile::exists(secretsPath()));
}

void TestFileSecretStore::createsMissingProfileFolder()
{
    const QString root = m_dir->filePath(QStringLiteral("new/profile"));
    FileSecretStore store(root);
    AWAIT(written, store.write(QStringLiteral("site-1/alice"), QStringLiteral("secret")));
    VERIFY_OK(written);
    QCOMPARE(modeOf(QDir(root).filePath(QStringLiteral("secrets.ini"))), 0600);
}

void TestFileSecretStore::destructionFinishesPendingWrites()
{
    for (int i = 0; i < 20; ++i) {
        (void)m_store->write(QStringLiteral("site-%1/alice").arg(i), QStringLiteral("secret %1").arg(i));
    }
    m_store.reset(); // no waiting: the destructor finishes what was asked for
    FileSecretStore fresh(m_dir->path());
    for (int i = 0; i < 20; ++i) {
        AWAIT(read, fresh.read(QStringLiteral("site-%1/alice").arg(i)));
        QCOMPARE(read.valueOr({}), QStringLiteral("secret %1").arg(i));
    }
}

void TestFileSecretStore::twoStoresDoNotLoseEachOthersWrites()
{
    // Two stores on one profile stand for the GUI and the CLI running at once; each has its own thread.
    FileSecretStore other(m_dir->path());
    QList<QFuture<Status>> writes;
    for (int i = 0; i < 25; ++i) {
        writes.append(m_store->write(QStringLiteral("gui-%1").arg(i), QStringLiteral("g%1").arg(i)));
        writes.append(other.write(QStringLiteral("cli-%1").arg(i), QStringLiteral("c%1").arg(i)));
    }
    for (const QFuture<Status>& write : std::as_const(writes)) {
        QTRY_VERIFY_WITH_TIMEOUT(write.isFinished(), 30000);
        VERIFY_OK(write.result());
    }
    for (int i = 0; i < 25; ++i) {
        AWAIT(gui, m_store->read(QStringLiteral("gui-%1").arg(i)));
        QCOMPARE(gui.valueOr({}), QStringLiteral("g%1").arg(i));
        AWAIT(cli, m_store->read(QStringLiteral("cli-%1").arg(i)));
        QCOMPARE(cli.valueOr({}), QStringLiteral("c%1").arg(i));
    }
}

QTEST_GUILESS_MAIN(TestFileSecretStore)
#include "tst_filesecretstore.moc"
