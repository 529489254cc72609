// Merges keep Markdown, against the real WordPress: a review with a spoiler and an also-like line is published
// with longhand-cli, a paragraph is edited on the web (REST) and another in the file; publishing again sends both,
// the spoiler markup and the also-like link, and the review stays Markdown. The same paragraph edited on both sides
// stops the publication (non-zero, naming the conflict) and writes nothing.
#include "BlogHarness.h"
#include "core/domain/Post.h"
#include "core/storage/Database.h"
#include "core/storage/PostRepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

namespace {

QUrlQuery editContext()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    return q;
}

QString review(const QString& first, const QString& second, const QString& third)
{
    return QStringLiteral("---\ntitle: \"Alien\"\n---\n\n# Alien\n\n%1\n\n%2\n\n"
                          "> [!spoiler] The ending\n> Ripley survives, with the cat.\n\n%3\n")
        .arg(first, second, third);
}

const QString kFirst = QStringLiteral("The first paragraph sets the scene.");
const QString kSecond = QStringLiteral("The second paragraph is about the crew.");
const QString kThird = QStringLiteral("The last paragraph gives a verdict.");

} // namespace

class TestMarkdownMergeWp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void webAndLocalEditsMergeAsMarkdown();
    void samePlaceEditedIsAConflictAndNothingIsWritten();

private:
    QString write(const QString& name, const QString& text);
    QJsonObject read(qint64 id);
    QString content(qint64 id);
    Post local(qint64 id);
    CliRun publishAlien();

    LiveBlog m_blog;
    QTemporaryDir m_dir;
    std::unique_ptr<Cli> m_cli;
    qint64 m_localId = 0;
    qint64 m_remoteId = 0;
    QString m_aliensLink;
};

void TestMarkdownMergeWp::initTestCase()
{
    const QString loaded = m_blog.load();
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    QString error;
    m_blog.fixture(QStringLiteral("reset"), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_cli = std::make_unique<Cli>(m_dir.filePath(QStringLiteral("profile")));
    const CliRun add = m_cli->addAccount(m_blog);
    QVERIFY2(add.code == 0, add.err.constData());
    // The review the also-like line links to.
    const CliRun aliens = m_cli->run({ QStringLiteral("publish"),
        write(QStringLiteral("aliens.md"), QStringLiteral("---\ntitle: \"Aliens\"\n---\n\nMore of them.\n")),
        QStringLiteral("--json") });
    QVERIFY2(aliens.code == 0, aliens.err.constData());
    m_aliensLink = QJsonDocument::fromJson(aliens.out).object().value(QStringLiteral("link")).toString();
    QVERIFY(!m_aliensLink.isEmpty());
}

QString TestMarkdownMergeWp::write(const QString& name, const QString& text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0) {
        qFatal("cannot write a review");
    }
    return path;
}

QJsonObject TestMarkdownMergeWp::read(qint64 id)
{
    return m_blog.rest("GET", QStringLiteral("/wp/v2/posts/%1").arg(id), editContext()).json.object();
}

QString TestMarkdownMergeWp::content(qint64 id)
{
    return read(id).value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString();
}

Post TestMarkdownMergeWp::local(qint64 id)
{
    auto database = Database::open(QDir(m_cli->profile()).filePath(QStringLiteral("longhand.sqlite")));
    if (!database) {
        qFatal("cannot open the profile's database");
    }
    auto post = PostRepository(*database.value()).load(id);
    return post ? post.value() : Post();
}

CliRun TestMarkdownMergeWp::publishAlien()
{
    return m_cli->run({ QStringLiteral("publish"), m_dir.filePath(QStringLiteral("alien.md")),
        QStringLiteral("--also-like"), QStringLiteral("Aliens"), QStringLiteral("--json") });
}

void TestMarkdownMergeWp::webAndLocalEditsMergeAsMarkdown()
{
    write(QStringLiteral("alien.md"), review(kFirst, kSecond, kThird));
    CliRun run = publishAlien();
    QVERIFY2(run.code == 0, run.err.constData());
    const QJsonObject published = QJsonDocument::fromJson(run.out).object();
    m_localId = published.value(QStringLiteral("id")).toInteger();
    m_remoteId = published.value(QStringLiteral("remote_id")).toInteger();
    QString blog = content(m_remoteId);
    QVERIFY2(blog.contains(QStringLiteral("<details><summary>The ending</summary>")), qPrintable(blog));
    QVERIFY2(blog.contains(QStringLiteral("<a href=\"%1\">Aliens</a>").arg(m_aliensLink)), qPrintable(blog));
    QTest::qWait(1100); // modified_gmt has one-second resolution

    // The web edits the second paragraph (with markup)...
    const QString webSecond
        = QStringLiteral("<p>The second paragraph is about the <strong>doomed</strong> crew, edited on the web.</p>");
    blog.replace(QStringLiteral("<p>") + kSecond + QStringLiteral("</p>"), webSecond);
    const RestAnswer edited = m_blog.rest("POST", QStringLiteral("/wp/v2/posts/%1").arg(m_remoteId), {},
        QJsonDocument(QJsonObject { { QStringLiteral("content"), blog } }).toJson(QJsonDocument::Compact));
    QCOMPARE(edited.status, 200);
    // ...and the writer the first, in the file.
    const QString myFirst = QStringLiteral("The first paragraph sets a *darker* scene, edited here.");
    write(QStringLiteral("alien.md"), review(myFirst, kSecond, kThird));
    run = publishAlien();
    QVERIFY2(run.code == 0, run.err.constData());
    QVERIFY2(QJsonDocument::fromJson(run.out)
                 .object()
                 .value(QStringLiteral("notice"))
                 .toString()
                 .contains(QStringLiteral("edited on the web")),
        run.out.constData());

    // The blog has both edits, the spoiler markup and the also-like link.
    blog = content(m_remoteId);
    QVERIFY2(blog.contains(QStringLiteral("<p>The first paragraph sets a <em>darker</em> scene, edited here.</p>")),
        qPrintable(blog));
    QVERIFY2(blog.contains(webSecond), qPrintable(blog));
    QVERIFY2(blog.contains(QStringLiteral(
                 "<details><summary>The ending</summary>\n<p>Ripley survives, with the cat.</p>\n</details>")),
        qPrintable(blog));
    QVERIFY2(blog.contains(QStringLiteral("<a href=\"%1\">Aliens</a>").arg(m_aliensLink)), qPrintable(blog));
    QCOMPARE(blog.count(QStringLiteral("also-like")), 1);
    QCOMPARE(blog.count(QStringLiteral("longhand-publication")), 1);

    // The review is still Markdown: the web's words as Markdown, the spoiler as written.
    const Post stored = local(m_localId);
    QCOMPARE(stored.format, SourceFormat::Markdown);
    QVERIFY2(
        stored.body.contains(QStringLiteral("The second paragraph is about the **doomed** crew, edited on the web.")),
        qPrintable(stored.body));
    QVERIFY(stored.body.contains(QStringLiteral("sets a *darker* scene")));
    QVERIFY(stored.body.contains(QStringLiteral("> [!spoiler] The ending\n> Ripley survives, with the cat.")));
    const CliRun list = m_cli->run({ QStringLiteral("posts"), QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(list.out.contains("\"format\":\"markdown\"") || list.out.contains("\"format\": \"markdown\""),
        list.out.constData());
    QVERIFY(!list.out.contains("\"format\":\"html\"") && !list.out.contains("\"format\": \"html\""));

    // The file still lacks the web's edit: publishing it again keeps that edit on the blog.
    QTest::qWait(1100);
    run = publishAlien();
    QVERIFY2(run.code == 0, run.err.constData());
    blog = content(m_remoteId);
    QVERIFY2(blog.contains(webSecond), qPrintable(blog));
    QVERIFY(blog.contains(QStringLiteral("<em>darker</em>")));
}

void TestMarkdownMergeWp::samePlaceEditedIsAConflictAndNothingIsWritten()
{
    QVERIFY(m_remoteId > 0);
    QTest::qWait(1100);
    QString blog = content(m_remoteId);
    blog.replace(QStringLiteral("<p>") + kThird + QStringLiteral("</p>"),
        QStringLiteral("<p>The last paragraph gives the web's verdict.</p>"));
    QCOMPARE(m_blog
                 .rest("POST", QStringLiteral("/wp/v2/posts/%1").arg(m_remoteId), {},
                     QJsonDocument(QJsonObject { { QStringLiteral("content"), blog } }).toJson(QJsonDocument::Compact))
                 .status,
        200);
    const QJsonObject before = read(m_remoteId);
    const QString bodyBefore = local(m_localId).body;

    write(QStringLiteral("alien.md"),
        review(QStringLiteral("The first paragraph sets a *darker* scene, edited here."), kSecond,
            QStringLiteral("The last paragraph gives **my** verdict.")));
    const CliRun run = publishAlien();
    QVERIFY(run.code != 0);
    QVERIFY2(run.err.contains("changed on the web"), run.err.constData());
    QVERIFY2(run.err.contains(
                 "Conflict 1: yours \xe2\x80\x9cThe last paragraph gives **my** verdict.\xe2\x80\x9d, the web's "
                 "\xe2\x80\x9cThe last paragraph gives the web's verdict.\xe2\x80\x9d"),
        run.err.constData());

    // Nothing was written to the blog.
    const QJsonObject after = read(m_remoteId);
    QCOMPARE(after.value(QStringLiteral("modified_gmt")), before.value(QStringLiteral("modified_gmt")));
    QCOMPARE(after.value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")),
        before.value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")));
    // The review is still Markdown; it has the file's text, and the web's version is kept for the merge view.
    const Post stored = local(m_localId);
    QCOMPARE(stored.format, SourceFormat::Markdown);
    QVERIFY(stored.body.contains(QStringLiteral("gives **my** verdict")));
    QVERIFY(bodyBefore != stored.body);
    QTRY_VERIFY(local(m_localId).remoteContent.contains(QStringLiteral("the web's verdict")));
}

QTEST_GUILESS_MAIN(TestMarkdownMergeWp)
#include "tst_markdown_merge_wp.moc"
