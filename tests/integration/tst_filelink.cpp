// Review files under git, against the real WordPress (issue 12 item 8): publishing a new file writes its blog,
// id and modified time into its front matter; export writes them for every post; publishing an exported file
// updates that post (never a new one), merges what the web changed since the file was written, also after a
// sync moved the cache on, and keeps the web's changes to fields the file did not change; edits of the same
// place exit non-zero, name the review and write nothing to the blog; a fresh profile is told to sync first.
#include "core/markdown/FrontMatter.h"
#include "faultproxy/BlogHarness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

class TestFileLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void publishingLinksTheFile();
    void exportedFileUpdatesItsPostMergingTheWeb();
    void sameParagraphIsAConflictAndNothingIsSent();
    void freshProfileIsToldToSync();

private:
    QString write(const QString& name, const QString& text);
    QString readFile(const QString& path);
    QJsonObject post(qint64 id);
    QString raw(const QJsonObject& post, const QString& field) const
    {
        return post.value(field).toObject().value(QStringLiteral("raw")).toString();
    }
    int postsTitled(const QString& title);

    LiveBlog m_blog;
    QTemporaryDir m_dir;
    std::unique_ptr<Cli> m_cli;
    qint64 m_linkedId = 0;
};

void TestFileLink::initTestCase()
{
    const QString loaded = m_blog.load();
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    QString error;
    m_blog.fixture(QStringLiteral("reset"), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_cli = std::make_unique<Cli>(m_dir.filePath(QStringLiteral("profile")));
    const CliRun add = m_cli->addAccount(m_blog);
    QVERIFY2(add.code == 0, add.all().constData());
}

QString TestFileLink::write(const QString& name, const QString& text)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0) {
        qFatal("cannot write a review");
    }
    return path;
}

QString TestFileLink::readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QJsonObject TestFileLink::post(qint64 id)
{
    return m_blog.rest("GET", QStringLiteral("/wp/v2/posts/%1").arg(id), QUrlQuery(QStringLiteral("context=edit"))).json.object();
}

int TestFileLink::postsTitled(const QString& title)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("search"), title);
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("any"));
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    int count = 0;
    for (const QJsonObject& found : m_blog.all(QStringLiteral("/wp/v2/posts"), query)) {
        count += raw(found, QStringLiteral("title")) == title ? 1 : 0;
    }
    return count;
}

// A new file, published: its front matter now names the blog, the post and the version on the blog; the rest of
// the file (an unknown key, a comment, the body, CRLF) is as the writer left it.
void TestFileLink::publishingLinksTheFile()
{
    const QString file = write(QStringLiteral("git/ikiru.md"),
                               QStringLiteral("---\r\ntitle: \"Ikiru\"\r\n# my own note\r\nmood: quiet\r\n---\r\n\r\n"
                                              "Watanabe learns he is dying.\r\n\r\nHe builds a playground.\r\n"));
    const QFileDevice::Permissions mode = QFileInfo(file).permissions();
    const CliRun run = m_cli->run({QStringLiteral("publish"), file, QStringLiteral("--json")});
    QVERIFY2(run.code == 0, run.all().constData());
    const qint64 id = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("remote_id")).toInteger();
    QVERIFY(id > 0);
    const QString text = readFile(file);
    QVERIFY2(text.contains(QStringLiteral("# my own note\r\nmood: quiet\r\n")), qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral("He builds a playground.\r\n")), qPrintable(text));
    const auto document = parseMarkdownDocument(text);
    QVERIFY(document);
    QCOMPARE(document->meta.id, id);
    QVERIFY(document->meta.blog && document->meta.blog->startsWith(m_blog.url()));
    QVERIFY(document->meta.modified);
    QCOMPARE(document->meta.modified->toString(Qt::ISODate),
             QDateTime::fromString(post(id).value(QStringLiteral("modified_gmt")).toString() + QLatin1Char('Z'), Qt::ISODate)
                 .toString(Qt::ISODate));
    QCOMPARE(QFileInfo(file).permissions(), mode); // the writer's file keeps its mode
    // Published again from the same file: the same post.
    write(QStringLiteral("git/ikiru.md"), text + QStringLiteral("\r\nThe end.\r\n"));
    const CliRun again = m_cli->run({QStringLiteral("publish"), file});
    QVERIFY2(again.code == 0, again.all().constData());
    QCOMPARE(postsTitled(QStringLiteral("Ikiru")), 1);
    QVERIFY(raw(post(id), QStringLiteral("content")).contains(QStringLiteral("The end.")));

    // A read-only file is published and left as it is (its mode too), with a warning.
    const QString locked = write(QStringLiteral("git/locked.md"), QStringLiteral("---\ntitle: \"Locked\"\n---\n\nRead only.\n"));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const CliRun lockedRun = m_cli->run({QStringLiteral("publish"), locked});
    QVERIFY2(lockedRun.code == 0, lockedRun.all().constData());
    QVERIFY2(lockedRun.err.contains("read-only"), lockedRun.err.constData());
    QCOMPARE(readFile(locked), QStringLiteral("---\ntitle: \"Locked\"\n---\n\nRead only.\n"));
    QCOMPARE(QFileInfo(locked).permissions() & (QFileDevice::WriteOwner | QFileDevice::ReadOwner), QFileDevice::ReadOwner);
}

// The writer exports, the web edits the first paragraph and the title's neighbour field (the excerpt), a sync
// moves the cache on, the writer edits the last paragraph in the file and publishes it: the post has both
// edits and the web's excerpt; the file is still Markdown and names the new version.
void TestFileLink::exportedFileUpdatesItsPostMergingTheWeb()
{
    const QString source = write(QStringLiteral("new/rashomon.md"),
                                 QStringLiteral("---\ntitle: \"Rashomon\"\nexcerpt: \"Four tellings\"\n---\n\n"
                                                "A woodcutter tells the story.\n\nA bandit tells it otherwise.\n\n"
                                                "The rain does not stop.\n"));
    const CliRun first = m_cli->run({QStringLiteral("publish"), source, QStringLiteral("--json")});
    QVERIFY2(first.code == 0, first.all().constData());
    m_linkedId = QJsonDocument::fromJson(first.out).object().value(QStringLiteral("remote_id")).toInteger();

    const QString folder = m_dir.filePath(QStringLiteral("exported"));
    const CliRun exported = m_cli->run({QStringLiteral("export"), folder});
    QVERIFY2(exported.code == 0, exported.all().constData());
    const QString file = QDir(folder).filePath(QStringLiteral("rashomon.md"));
    const QString text = readFile(file);
    const auto document = parseMarkdownDocument(text);
    QVERIFY2(document, qPrintable(text));
    QCOMPARE(document->meta.id, m_linkedId);
    QVERIFY(document->meta.blog && document->meta.modified);
    // The blog's date of the post, too.
    const QString dateGmt = post(m_linkedId).value(QStringLiteral("date_gmt")).toString();
    QVERIFY(document->meta.date);
    QCOMPARE(document->meta.date->toString(Qt::ISODate), QDateTime::fromString(dateGmt + QLatin1Char('Z'), Qt::ISODate).toString(Qt::ISODate));

    // On the web, a while later (WordPress's modified time has one-second steps).
    QTest::qWait(1100);
    QJsonObject current = post(m_linkedId);
    QString web = raw(current, QStringLiteral("content"));
    web.replace(QStringLiteral("A woodcutter tells the story."), QStringLiteral("A woodcutter, shaken, tells the story."));
    const RestAnswer edited = m_blog.rest("POST", QStringLiteral("/wp/v2/posts/%1").arg(m_linkedId), {},
                                          QJsonDocument(QJsonObject {{QStringLiteral("content"), web},
                                                                     {QStringLiteral("excerpt"), QStringLiteral("Four tellings, no truth")}})
                                              .toJson(QJsonDocument::Compact));
    QVERIFY2(edited.status == 200, edited.json.toJson().constData());
    const CliRun sync = m_cli->run({QStringLiteral("sync")});
    QVERIFY2(sync.code == 0, sync.all().constData());

    QString mine = text;
    mine.replace(QStringLiteral("The rain does not stop."), QStringLiteral("The rain stops; a baby cries."));
    write(QStringLiteral("exported/rashomon.md"), mine);
    const CliRun published = m_cli->run({QStringLiteral("publish"), file});
    QVERIFY2(published.code == 0, published.all().constData());
    current = post(m_linkedId);
    const QString content = raw(current, QStringLiteral("content"));
    QVERIFY2(content.contains(QStringLiteral("A woodcutter, shaken, tells the story.")), qPrintable(content));
    QVERIFY2(content.contains(QStringLiteral("The rain stops; a baby cries.")), qPrintable(content));
    QCOMPARE(raw(current, QStringLiteral("excerpt")), QStringLiteral("Four tellings, no truth"));
    QCOMPARE(current.value(QStringLiteral("date_gmt")).toString(), dateGmt);
    QCOMPARE(current.value(QStringLiteral("status")).toString(), QStringLiteral("publish"));
    QCOMPARE(postsTitled(QStringLiteral("Rashomon")), 1);
    const auto after = parseMarkdownDocument(readFile(file));
    QVERIFY(after);
    QCOMPARE(after->meta.id, m_linkedId);
    QVERIFY(after->meta.modified && *after->meta.modified != *document->meta.modified);
}

// Both sides rewrote the same sentence: non-zero exit naming the review; the blog keeps the web's text.
void TestFileLink::sameParagraphIsAConflictAndNothingIsSent()
{
    QVERIFY(m_linkedId > 0);
    const QString folder = m_dir.filePath(QStringLiteral("exported2"));
    const CliRun exported = m_cli->run({QStringLiteral("export"), folder});
    QVERIFY2(exported.code == 0, exported.all().constData());
    const QString file = QDir(folder).filePath(QStringLiteral("rashomon.md"));
    QString mine = readFile(file);
    QVERIFY(mine.contains(QStringLiteral("A bandit tells it otherwise.")));
    QTest::qWait(1100);
    QString web = raw(post(m_linkedId), QStringLiteral("content"));
    web.replace(QStringLiteral("A bandit tells it otherwise."), QStringLiteral("The bandit Tajomaru boasts."));
    const RestAnswer edited = m_blog.rest("POST", QStringLiteral("/wp/v2/posts/%1").arg(m_linkedId), {},
                                          QJsonDocument(QJsonObject {{QStringLiteral("content"), web}}).toJson(QJsonDocument::Compact));
    QVERIFY2(edited.status == 200, edited.json.toJson().constData());
    const QJsonObject before = post(m_linkedId);

    mine.replace(QStringLiteral("A bandit tells it otherwise."), QStringLiteral("A bandit lies, as everyone does."));
    write(QStringLiteral("exported2/rashomon.md"), mine);
    const CliRun published = m_cli->run({QStringLiteral("publish"), file});
    QVERIFY2(published.code != 0, published.all().constData());
    QVERIFY2(published.err.contains("Rashomon"), published.err.constData());
    QVERIFY2(published.err.contains("conflict"), published.err.constData());
    const QJsonObject afterwards = post(m_linkedId);
    QCOMPARE(raw(afterwards, QStringLiteral("content")), raw(before, QStringLiteral("content")));
    QCOMPARE(afterwards.value(QStringLiteral("modified_gmt")), before.value(QStringLiteral("modified_gmt")));
}

// Another machine: the file names a post this profile never synced. Nothing is sent, and the writer is told why.
void TestFileLink::freshProfileIsToldToSync()
{
    QVERIFY(m_linkedId > 0);
    Cli fresh(m_dir.filePath(QStringLiteral("fresh")));
    const CliRun add = fresh.addAccount(m_blog);
    QVERIFY2(add.code == 0, add.all().constData());
    const QJsonObject before = post(m_linkedId);
    const CliRun published = fresh.run({QStringLiteral("publish"), m_dir.filePath(QStringLiteral("exported/rashomon.md"))});
    QVERIFY2(published.code != 0, published.all().constData());
    QVERIFY2(published.err.contains("sync"), published.err.constData());
    QCOMPARE(post(m_linkedId).value(QStringLiteral("modified_gmt")), before.value(QStringLiteral("modified_gmt")));
    QCOMPARE(postsTitled(QStringLiteral("Rashomon")), 1);
    // Synced now, but the web changed the post after the file was written, and this profile never saw the version
    // the file came from: it cannot merge, so it says so and sends nothing.
    const CliRun sync = fresh.run({QStringLiteral("sync")});
    QVERIFY2(sync.code == 0, sync.all().constData());
    const CliRun again = fresh.run({QStringLiteral("publish"), m_dir.filePath(QStringLiteral("exported/rashomon.md"))});
    QVERIFY2(again.code != 0 && again.err.contains("Export it again"), again.all().constData());
    QCOMPARE(post(m_linkedId).value(QStringLiteral("modified_gmt")), before.value(QStringLiteral("modified_gmt")));
    QCOMPARE(postsTitled(QStringLiteral("Rashomon")), 1);
}

QTEST_GUILESS_MAIN(TestFileLink)
#include "tst_filelink.moc"
