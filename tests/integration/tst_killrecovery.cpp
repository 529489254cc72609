// The real `longhand` executable in a real X server (Xvfb), typed into with xdotool and killed
// with SIGKILL at a random moment; every restart must show the drafts, with at most the last
// two seconds of typing missing, and reopen the review that was open.
#include "core/storage/AppStateRepository.h"
#include "core/storage/Database.h"
#include "core/storage/PostRepository.h"

#include <QDir>
#include <QDeadlineTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace longhand;

namespace {

QString binary()
{
    return QDir(qEnvironmentVariable("LONGHAND_BINARY_DIR")).filePath(QStringLiteral("src/app/longhand"));
}

} // namespace

class TestKillRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killedAppKeepsDrafts();

private:
    bool startApp(QProcess& app, const QString& profile);
    // Waits up to 30 s for the window (a loaded machine starts the app slowly); on failure says why in *why.
    bool focusApp(QProcess& app, QString* why);
    // An X server of its own (-displayfd), checked by a client before use; m_display names it.
    void startXvfb();
    void xdotool(const QStringList& args, int timeoutMs = 10000);
    QString openReviewBody(const QString& profile, qint64* id);

    QProcess m_xvfb;
    QString m_display;
    QTemporaryDir m_dir;
};

void TestKillRecovery::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("Xvfb")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty()) {
        QSKIP("Needs Xvfb and xdotool (scripts/test installs them)");
    }
    QVERIFY(QFile::exists(binary()));
    startXvfb();
}

void TestKillRecovery::startXvfb()
{
    m_display.clear();
    // Xvfb picks a free display itself and names it on stdout only once it accepts connections (-displayfd): a
    // number chosen here could be taken by a server this test cannot see (another /tmp, same abstract sockets),
    // and the socket file appearing does not mean the server stays up. A client must then connect before use.
    for (int attempt = 0; attempt < 5 && m_display.isEmpty(); ++attempt) {
        if (m_xvfb.state() != QProcess::NotRunning) {
            m_xvfb.kill();
            m_xvfb.waitForFinished(5000);
        }
        m_xvfb.setProcessChannelMode(QProcess::SeparateChannels);
        m_xvfb.start(QStringLiteral("Xvfb"), {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                                              QStringLiteral("0"), QStringLiteral("1280x800x24"), QStringLiteral("-nolisten"),
                                              QStringLiteral("tcp")});
        QVERIFY(m_xvfb.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_xvfb.canReadLine() || m_xvfb.state() != QProcess::Running, 15000);
        if (m_xvfb.state() != QProcess::Running) {
            qWarning("Xvfb ended: %s", m_xvfb.readAllStandardError().constData());
            continue;
        }
        const QString number = QString::fromLatin1(m_xvfb.readLine()).trimmed();
        QProcess probe;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), QLatin1Char(':') + number);
        probe.setProcessEnvironment(env);
        probe.start(QStringLiteral("xdotool"), {QStringLiteral("getdisplaygeometry")});
        if (probe.waitForFinished(10000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0
            && m_xvfb.state() == QProcess::Running) {
            m_display = QLatin1Char(':') + number;
        } else {
            qWarning("Display :%s did not answer: %s", qPrintable(number), probe.readAllStandardError().constData());
        }
    }
    QVERIFY2(!m_display.isEmpty(), "Xvfb did not start");
}

void TestKillRecovery::cleanupTestCase()
{
    if (m_xvfb.state() == QProcess::Running) {
        m_xvfb.terminate();
        m_xvfb.waitForFinished(5000);
    }
}

void TestKillRecovery::xdotool(const QStringList& args, int timeoutMs)
{
    QProcess tool;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), m_display);
    tool.setProcessEnvironment(env);
    tool.start(QStringLiteral("xdotool"), args);
    QVERIFY(tool.waitForFinished(timeoutMs));
}

bool TestKillRecovery::startApp(QProcess& app, const QString& profile)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), m_display);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::MergedChannels);
    app.start(binary(), {QStringLiteral("--profile"), profile});
    return app.waitForStarted();
}

bool TestKillRecovery::focusApp(QProcess& app, QString* why)
{
    // No window manager: find the top-level window and give it the keyboard.
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (app.state() != QProcess::Running) {
            *why = QStringLiteral("the app ended (exit %1) before its window appeared: %2")
                       .arg(app.exitCode())
                       .arg(QString::fromLocal8Bit(app.readAll()));
            return false;
        }
        QProcess search;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), m_display);
        search.setProcessEnvironment(env);
        search.start(QStringLiteral("xdotool"), {QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--name"),
                                                 QStringLiteral("Longhand")});
        search.waitForFinished(5000);
        const auto windows = QString::fromLatin1(search.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString& window : windows) {
            QProcess focus;
            focus.setProcessEnvironment(env);
            focus.start(QStringLiteral("xdotool"), {QStringLiteral("windowfocus"), window.trimmed()});
            focus.waitForFinished(5000);
            if (focus.exitCode() == 0) {
                return true;
            }
        }
        QTest::qWait(100);
    }
    *why = QStringLiteral("the Longhand window did not appear in 30 s; the app said: %1").arg(QString::fromLocal8Bit(app.readAll()));
    return false;
}

QString TestKillRecovery::openReviewBody(const QString& profile, qint64* id)
{
    auto db = Database::open(QDir(profile).filePath(QStringLiteral("longhand.sqlite")));
    if (!db) {
        qWarning() << db.error().message;
        return {};
    }
    QSqlQuery check((*db)->connection());
    if (!check.exec(QStringLiteral("PRAGMA integrity_check")) || !check.next() || check.value(0).toString() != QLatin1String("ok")) {
        qWarning() << "integrity_check failed";
        return {};
    }
    const auto open = AppStateRepository(**db).value(AppStateRepository::openReviewKey());
    *id = open ? open.value().toLongLong() : 0;
    const auto post = PostRepository(**db).load(*id);
    return post ? post.value().body : QString();
}

void TestKillRecovery::killedAppKeepsDrafts()
{
    const QString profile = m_dir.filePath(QStringLiteral("profile"));
    constexpr int kTrials = 3;
    qint64 reviewId = 0;
    QStringList mustSurvive;
    for (int trial = 0; trial < kTrials; ++trial) {
        QProcess app;
        QVERIFY(startApp(app, profile));
        if (trial == 0) {
            QString why;
            if (!focusApp(app, &why) && why.contains(QLatin1String("could not connect to display"))) {
                // The X server went away under the test (another server on this machine took its display): a new
                // one, once. An app that fails for any other reason fails the test.
                qWarning("%s; starting another X server", qPrintable(why));
                startXvfb();
                QVERIFY(startApp(app, profile));
                why.clear();
                QVERIFY2(focusApp(app, &why), qPrintable(why));
            }
            QVERIFY2(why.isEmpty(), qPrintable(why));
            QTest::qWait(500);
            xdotool({QStringLiteral("key"), QStringLiteral("ctrl+n")});
            QByteArray log;
            QTRY_VERIFY2_WITH_TIMEOUT((log += app.readAll()).contains("Opened review"), log.constData(), 10000);
        } else {
            // The review that was open when the app was killed is open again.
            QByteArray log;
            const QByteArray reopened = QByteArray("Opened review ") + QByteArray::number(reviewId);
            QTRY_VERIFY_WITH_TIMEOUT((log += app.readAll()).contains(reopened), 10000);
            QString why;
            QVERIFY2(focusApp(app, &why), qPrintable(why));
            QTest::qWait(300);
        }
        const QString settled = QStringLiteral(" settled%1 words").arg(trial);
        xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("15"), settled});
        QTest::qWait(2600); // longer than the autosave promise of 2 s after typing pauses
        mustSurvive.append(settled.trimmed());

        // Type more and kill somewhere in the middle of it.
        QProcess typing;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), m_display);
        typing.setProcessEnvironment(env);
        typing.start(QStringLiteral("xdotool"), {QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("20"),
                                                  QStringLiteral(" unsaved tail that may be lost")});
        QTest::qWait(int(QRandomGenerator::global()->bounded(50, 500)));
        ::kill(pid_t(app.processId()), SIGKILL);
        QVERIFY(app.waitForFinished(5000));
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);
        typing.waitForFinished(5000);

        qint64 id = 0;
        const QString body = openReviewBody(profile, &id);
        QVERIFY2(id > 0, "no open review recorded");
        if (reviewId == 0) {
            reviewId = id;
        }
        QCOMPARE(id, reviewId);
        for (const QString& text : std::as_const(mustSurvive)) {
            QVERIFY2(body.contains(text), qPrintable(QStringLiteral("lost \"%1\" from \"%2\"").arg(text, body)));
        }
    }
}

QTEST_GUILESS_MAIN(TestKillRecovery)
#include "tst_killrecovery.moc"
