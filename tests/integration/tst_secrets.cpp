// The application password never reaches the profile or the terminal: a whole longhand-cli session
// against the real WordPress (account add, verify, sync, approve, reply, publish with an image, export)
// with every longhand.* log category switched on, first with the file secret store, then with a real
// keychain (gnome-keyring in a private D-Bus session). Afterwards every file of the profile (database,
// WAL, settings, media, anything else) and of the export, and everything the CLI printed, is searched
// for the password (with and without its spaces) and for the Basic credentials built from it (base64
// of "user:password"). Only the file store's own secrets.ini may hold it.
#include "BlogHarness.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand::test;

namespace {

// The same private keyring as tst_keychainsecretstore (tests/integration/keychain/CMakeLists.txt): HOME and
// XDG directories in a throw-away folder, its own bus and gnome-keyring-daemon, unlocked non-interactively.
const char* const kPrivateKeyring = R"(home=$(mktemp -d) || exit 1
export HOME="$home" XDG_RUNTIME_DIR="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config"
export XDG_CACHE_HOME="$home/.cache" LONGHAND_PRIVATE_KEYRING=1
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL DISPLAY WAYLAND_DISPLAY XDG_CURRENT_DESKTOP DESKTOP_SESSION
dbus-run-session -- sh -c '
    printf %s longhand | gnome-keyring-daemon --unlock --components=secrets >/dev/null \
        || { echo "gnome-keyring-daemon did not start" >&2; exit 1; }
    exec "$0" "$@"' "$0" "$@"
status=$?
rm -rf "$home"
exit $status
)";

struct Needle
{
    QString what;
    QByteArray bytes;
};

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fileStore();
    void keychainStore();

private:
    // Runs the session on a new profile; everything the CLI printed is appended to *printed.
    void session(const QString& name, const QString& store, QByteArray* printed);
    // Files under root (but not skip) holding a needle, as "file: what".
    QStringList findNeedles(const QString& root, const QString& skip = {}) const;

    LiveBlog m_blog;
    QTemporaryDir m_dir;
    QList<Needle> m_needles;
    QList<qint64> m_held;
    QList<qint64> m_approved;
    int m_sessions = 0;
};

void TestSecrets::initTestCase()
{
    const QString loaded = m_blog.load();
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    QString error;
    m_blog.fixture(QStringLiteral("reset"), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_blog.fixture(QStringLiteral("bulk-comments"), { QStringLiteral("60") }, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QJsonObject& comment : m_blog.all(QStringLiteral("/wp/v2/comments"),
             QUrlQuery(QStringLiteral("status=any&_fields=id,status&orderby=id&order=asc")))) {
        const qint64 id = comment.value(QStringLiteral("id")).toInteger();
        (comment.value(QStringLiteral("status")).toString() == QLatin1String("hold") ? m_held : m_approved).append(id);
    }
    QVERIFY(m_held.size() >= 2 && m_approved.size() >= 2);

    QString compact = m_blog.password();
    compact.remove(QLatin1Char(' '));
    QVERIFY2(compact.size() >= 24, "expected a WordPress application password");
    // As WordPress shows it once created: groups of four, with spaces.
    QStringList groups;
    for (qsizetype at = 0; at < compact.size(); at += 4) {
        groups.append(compact.mid(at, 4));
    }
    const QString spaced = groups.join(QLatin1Char(' '));
    m_needles = {
        { QStringLiteral("the password as WordPress shows it"), spaced.toUtf8() },
        { QStringLiteral("the password without spaces"), compact.toUtf8() },
        { QStringLiteral("Basic credentials"), QByteArray("admin:" + compact.toUtf8()).toBase64() },
        { QStringLiteral("Basic credentials with spaces"), QByteArray("admin:" + spaced.toUtf8()).toBase64() },
        { QStringLiteral("the password in UTF-16"),
            QByteArray(reinterpret_cast<const char*>(compact.utf16()), compact.size() * 2) },
        { QStringLiteral("the password percent-encoded"), QUrl::toPercentEncoding(spaced) },
    };
}

QStringList TestSecrets::findNeedles(const QString& root, const QString& skip) const
{
    QStringList found;
    QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    int scanned = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        if (!skip.isEmpty() && path == skip) {
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            found.append(path + QStringLiteral(": cannot be read"));
            continue;
        }
        const QByteArray bytes = file.readAll();
        ++scanned;
        for (const Needle& needle : m_needles) {
            if (bytes.contains(needle.bytes)) {
                found.append(QStringLiteral("%1: %2").arg(path, needle.what));
            }
        }
    }
    if (scanned == 0) {
        found.append(root + QStringLiteral(": no files at all"));
    }
    return found;
}

void TestSecrets::session(const QString& name, const QString& store, QByteArray* printed)
{
    const QString profile = m_dir.filePath(name);
    Cli cli(profile);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LONGHAND_PASSWORD"));
    // Every category of the application at debug level: a secret in a log line would show here.
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("longhand.*=true"));
    cli.setEnvironment(environment);
    const auto run = [&cli, printed](const QStringList& args, const QByteArray& input = {}) {
        const CliRun result = cli.run(args, input);
        *printed += result.all();
        return result;
    };
    // The password on standard input this time (the harness's addAccount uses LONGHAND_PASSWORD).
    CliRun result
        = run({ QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--url"), m_blog.url(),
                  QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--secret-store"), store },
            m_needles.first().bytes + '\n'); // as WordPress shows it, with spaces
    QVERIFY2(result.code == 0, result.err.constData());
    result = run({ QStringLiteral("account"), QStringLiteral("verify") });
    QVERIFY2(result.code == 0, result.err.constData());
    result = run({ QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(result.code == 0, result.err.constData());
    result = run({ QStringLiteral("sync") });
    QVERIFY2(result.code == 0, result.err.constData());
    result = run({ QStringLiteral("comments"), QStringLiteral("approve"), QString::number(m_held.takeFirst()) });
    QVERIFY2(result.code == 0, result.err.constData());
    result = run({ QStringLiteral("comments"), QStringLiteral("reply"), QString::number(m_approved.takeFirst()),
        QStringLiteral("A reply from session %1.").arg(name) });
    QVERIFY2(result.code == 0, result.err.constData());
    const QString image = m_dir.filePath(name + QStringLiteral("-still.png"));
    QVERIFY(writePng(image, 7000 + ++m_sessions));
    const QString review = m_dir.filePath(name + QStringLiteral(".md"));
    QFile file(review);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("---\ntitle: \"Secrets %1\"\nfeatured: %2\n---\n\nNothing to see.\n\n![Still](%2)\n")
                   .arg(name, QFileInfo(image).fileName())
                   .toUtf8());
    file.close();
    result = run({ QStringLiteral("publish"), review });
    QVERIFY2(result.code == 0, result.err.constData());
    result = run({ QStringLiteral("sync") });
    QVERIFY2(result.code == 0, result.err.constData());
    result = run({ QStringLiteral("comments"), QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(result.code == 0, result.err.constData());
    result = run({ QStringLiteral("export"), m_dir.filePath(name + QStringLiteral("-export")) });
    QVERIFY2(result.code == 0, result.err.constData());
    QVERIFY2(printed->contains("Synced"), printed->constData());
}

void TestSecrets::fileStore()
{
    QByteArray printed;
    session(QStringLiteral("file"), QStringLiteral("file"), &printed);
    const QString profile = m_dir.filePath(QStringLiteral("file"));
    const QString secrets = QDir(profile).filePath(QStringLiteral("secrets.ini"));
    // The file store really holds it: the search would find it there.
    QVERIFY2(!findNeedles(profile).isEmpty(), "the search did not find the password even in secrets.ini");
    QVERIFY(QFile::exists(secrets));
    const QStringList found
        = findNeedles(profile, secrets) + findNeedles(m_dir.filePath(QStringLiteral("file-export")));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    for (const Needle& needle : std::as_const(m_needles)) {
        QVERIFY2(!printed.contains(needle.bytes), qPrintable(QStringLiteral("the CLI printed %1").arg(needle.what)));
    }
}

void TestSecrets::keychainStore()
{
    if (qEnvironmentVariable("LONGHAND_PRIVATE_KEYRING") != QLatin1String("1")) {
        // Run this function again inside a private keyring, and take its verdict.
        if (QStandardPaths::findExecutable(QStringLiteral("dbus-run-session")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty()) {
            QSKIP("dbus-run-session or gnome-keyring-daemon is not installed");
        }
        QProcess child;
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QStringLiteral("sh"),
            { QStringLiteral("-c"), QString::fromUtf8(kPrivateKeyring), QCoreApplication::applicationFilePath(),
                QStringLiteral("keychainStore") });
        QVERIFY(child.waitForFinished(240000));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
        QVERIFY2(
            !output.contains("SKIP") && output.contains("PASS   : TestSecrets::keychainStore()"), output.constData());
        qInfo("in a private keyring: %s", output.mid(output.indexOf("Totals:")).split('\n').value(0).constData());
        return;
    }
    QByteArray printed;
    session(QStringLiteral("keychain"), QStringLiteral("keychain"), &printed);
    const QString profile = m_dir.filePath(QStringLiteral("keychain"));
    QVERIFY(!QFile::exists(QDir(profile).filePath(QStringLiteral("secrets.ini"))));
    const QStringList found = findNeedles(profile) + findNeedles(m_dir.filePath(QStringLiteral("keychain-export")));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    for (const Needle& needle : std::as_const(m_needles)) {
        QVERIFY2(!printed.contains(needle.bytes), qPrintable(QStringLiteral("the CLI printed %1").arg(needle.what)));
    }
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
