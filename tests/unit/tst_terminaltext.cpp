// What the CLI prints cannot drive the terminal: escape sequences and C1 controls in a blog's text are
// written as \u00XX, a field of a tab-separated line never splits into rows or columns, and the real
// longhand-cli, listing a review whose title holds an OSC "retitle the window" sequence, prints no ESC.
#include "core/TerminalText.h"
#include "core/storage/Database.h"
#include "core/storage/PostRepository.h"
#include "core/storage/SyncRepository.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

class TestTerminalText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesControls();
    void c1CutBetweenWritesIsStillEscaped();
    void fieldsStayOneField();
    void cliPrintsNoEscape();
    void mediaListPrintsNoEscape();
};

void TestTerminalText::escapesControls()
{
    bool pending = false;
    QCOMPARE(TerminalText::escapeControls(QByteArray("a\x1b]0;owned\x07z\n\tend\x7f\r"), pending),
             QByteArray("a\\u001b]0;owned\\u0007z\n\tend\\u007f\\u000d"));
    QVERIFY(!pending);
    // C1 CSI (U+009B) in UTF-8, and ordinary two-byte letters starting with 0xC2/0xC3 pass.
    QCOMPARE(TerminalText::escapeControls(QStringLiteral("x\u009b2Jy \u00a9 \u00e9").toUtf8(), pending),
             QStringLiteral("x\\u009b2Jy \u00a9 \u00e9").toUtf8());
}

void TestTerminalText::c1CutBetweenWritesIsStillEscaped()
{
    bool pending = false;
    const QByteArray csi = QStringLiteral("\u009b").toUtf8();
    QCOMPARE(TerminalText::escapeControls("a" + csi.left(1), pending), QByteArray("a"));
    QVERIFY(pending);
    QCOMPARE(TerminalText::escapeControls(csi.mid(1) + "b", pending), QByteArray("\\u009bb"));
    QVERIFY(!pending);
}

void TestTerminalText::fieldsStayOneField()
{
    QCOMPARE(TerminalText::field(QStringLiteral("Jo\tapproved\nfake row\u001b[2J")),
             QStringLiteral("Jo\\u0009approved\\u000afake row\\u001b[2J"));
    QCOMPARE(TerminalText::field(QStringLiteral("Plain ünïcode")), QStringLiteral("Plain ünïcode"));
}

void TestTerminalText::cliPrintsNoEscape()
{
    QTemporaryDir profile;
    {
        auto db = Database::open(QDir(profile.path()).filePath(QStringLiteral("longhand.sqlite")));
        QVERIFY2(db, qPrintable(errorOf(db)));
        Post post = draftPost(QStringLiteral("Nice\u001b]0;owned\u0007 review\u009b2J\nfake\trow"), QStringLiteral("Body."));
        QVERIFY(PostRepository(**db).create(post));
    }
    QProcess cli;
    cli.start(QDir(qEnvironmentVariable("LONGHAND_BINARY_DIR")).filePath(QStringLiteral("src/cli/longhand-cli")),
              { QStringLiteral("--profile"), profile.path(), QStringLiteral("posts"), QStringLiteral("list") });
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QByteArray out = cli.readAllStandardOutput();
    QVERIFY2(!out.contains('\x1b') && !out.contains('\x07') && !out.contains(QStringLiteral("\u009b").toUtf8()), out.constData());
    QVERIFY2(out.contains("Nice\\u001b]0;owned\\u0007 review\\u009b2J\\u000afake\\u0009row"), out.constData());
    QCOMPARE(out.count('\n'), 1); // one review, one line
}

// A media item's file name, title and alt text come from the blog: media list prints them as fields too.
void TestTerminalText::mediaListPrintsNoEscape()
{
    QTemporaryDir profile;
    {
        auto db = Database::open(QDir(profile.path()).filePath(QStringLiteral("longhand.sqlite")));
        QVERIFY2(db, qPrintable(errorOf(db)));
        QVERIFY(test::queryValue(**db, QStringLiteral("INSERT INTO sites (name, base_url, created_at) VALUES ('B', "
                                                     "'https://b.example', '2024-01-01T00:00:00.000Z') RETURNING id")).isValid());
        RemoteMedia media;
        media.id = 7;
        media.sourceUrl = QStringLiteral("https://b.example/up/evil\u001b]0;x\u0007.png");
        media.mimeType = QStringLiteral("image/png");
        media.title = QStringLiteral("Title\u009b2J\nrow");
        media.altText = QStringLiteral("alt\ttab");
        QVERIFY(SyncRepository(**db).upsertMedia(1, {media}));
    }
    QProcess cli;
    cli.start(QDir(qEnvironmentVariable("LONGHAND_BINARY_DIR")).filePath(QStringLiteral("src/cli/longhand-cli")),
              { QStringLiteral("--profile"), profile.path(), QStringLiteral("media"), QStringLiteral("list") });
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QByteArray out = cli.readAllStandardOutput();
    QVERIFY2(!out.contains('\x1b') && !out.contains('\x07') && !out.contains(QStringLiteral("\u009b").toUtf8()), out.constData());
    QVERIFY2(out.contains("evil\\u001b]0;x\\u0007.png"), out.constData());
    QCOMPARE(out.count('\n'), 1);
    QCOMPARE(out.count('\t'), 5); // six fields
}

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
