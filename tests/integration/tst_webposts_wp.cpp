// Web posts a writer can edit (issue 15, item 6), against the real WordPress: a post written in the block editor
// (varied blocks: attributes, nested columns, an embed, a custom block, raw HTML) synced into Longhand, one word
// edited there and published (over REST, and over XML-RPC) comes back with every block and every attribute as it was,
// only the word changed (WordPress's parse_blocks() run in the fixture before and after). A convertible web post
// converted to Markdown (webpost::toMarkdown, stored as the app stores it) and published keeps the same blocks with the
// same attributes.
#include "BlogHarness.h"
#include "core/domain/Post.h"
#include "core/markdown/WebPost.h"
#include "core/storage/Database.h"
#include "core/storage/PostRepository.h"
#include "core/storage/PublishRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

namespace {

const QString kVaried = QStringLiteral(
    "<!-- wp:paragraph {\"align\":\"center\",\"fontSize\":\"large\"} -->\n"
    "<p class=\"has-text-align-center has-large-font-size\">A crime film by Michael Mann, seen again.</p>\n"
    "<!-- /wp:paragraph -->\n\n"
    "<!-- wp:heading {\"level\":3} -->\n<h3>Cast</h3>\n<!-- /wp:heading -->\n\n"
    "<!-- wp:list {\"ordered\":true,\"start\":3} -->\n<ol start=\"3\"><!-- wp:list-item -->\n<li>Al Pacino</li>\n"
    "<!-- /wp:list-item --></ol>\n<!-- /wp:list -->\n\n"
    "<!-- wp:columns {\"verticalAlignment\":\"top\"} -->\n<div class=\"wp-block-columns are-vertically-aligned-top\">"
    "<!-- wp:column {\"width\":\"66.66%\"} -->\n<div class=\"wp-block-column\" style=\"flex-basis:66.66%\">"
    "<!-- wp:paragraph -->\n<p>The heist goes wrong.</p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:column -->\n\n"
    "<!-- wp:column -->\n<div class=\"wp-block-column\"><!-- wp:quote {\"className\":\"is-style-plain\"} -->\n"
    "<blockquote class=\"wp-block-quote is-style-plain\"><!-- wp:paragraph -->\n<p>Don't let yourself get "
    "attached.</p>\n"
    "<!-- /wp:paragraph --></blockquote>\n<!-- /wp:quote --></div>\n<!-- /wp:column --></div>\n<!-- /wp:columns -->\n\n"
    "<!-- wp:embed "
    "{\"url\":\"https://www.youtube.com/watch?v=0xN4rAb8ZNE\",\"type\":\"video\",\"providerNameSlug\":\"youtube\","
    "\"responsive\":true} -->\n<figure class=\"wp-block-embed is-type-video is-provider-youtube "
    "wp-block-embed-youtube\">"
    "<div class=\"wp-block-embed__wrapper\">\nhttps://www.youtube.com/watch?v=0xN4rAb8ZNE\n</div></figure>\n<!-- "
    "/wp:embed -->\n\n"
    "<!-- wp:longhand-test/rating {\"stars\":4,\"note\":\"a \\u003cb\\u003ebold\\u003c/b\\u003e claim \\u0026 more\"} "
    "/-->\n\n"
    "<!-- wp:html -->\n<aside class=\"note\" data-x=\"1\">Raw HTML stays as it is.</aside>\n<!-- /wp:html -->\n\n"
    "<!-- wp:separator {\"className\":\"is-style-wide\"} -->\n<hr class=\"wp-block-separator has-alpha-channel-opacity "
    "is-style-wide\"/>\n<!-- /wp:separator -->");

const QString kConvertible = QStringLiteral(
    "<!-- wp:paragraph -->\n<p>A <em>heist</em> film, <strong>written</strong> on the web.</p>\n<!-- /wp:paragraph "
    "-->\n\n"
    "<!-- wp:heading {\"level\":3} -->\n<h3>Cast</h3>\n<!-- /wp:heading -->\n\n"
    "<!-- wp:list -->\n<ul><!-- wp:list-item -->\n<li>James Caan</li>\n<!-- /wp:list-item -->"
    "<!-- wp:list-item -->\n<li>Tuesday Weld</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list -->\n\n"
    "<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\"><!-- wp:paragraph -->\n<p>A quoted line.</p>\n"
    "<!-- /wp:paragraph --></blockquote>\n<!-- /wp:quote -->\n\n"
    "<!-- wp:html -->\n<aside class=\"note\">Raw HTML stays as it is.</aside>\n<!-- /wp:html -->");

} // namespace

class TestWebPostsWp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void editedWebPostKeepsEveryBlock_data();
    void editedWebPostKeepsEveryBlock();
    void convertedWebPostKeepsItsBlocks();

private:
    qint64 createOnWeb(const QString& title, const QString& content);
    QString raw(qint64 remoteId);
    QJsonObject parsed(qint64 remoteId);
    qint64 localIdOf(Database& db, qint64 remoteId);

    LiveBlog m_blog;
    QTemporaryDir m_dir;
    std::unique_ptr<Cli> m_cli;
    std::unique_ptr<Cli> m_xmlrpc; // the same blog through XML-RPC (the account password)
};

void TestWebPostsWp::initTestCase()
{
    const QString loaded = m_blog.load();
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    QString error;
    m_blog.fixture(QStringLiteral("reset"), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_cli = std::make_unique<Cli>(m_dir.filePath(QStringLiteral("profile")));
    const CliRun add = m_cli->addAccount(m_blog);
    QVERIFY2(add.code == 0, add.err.constData());
    m_xmlrpc = std::make_unique<Cli>(m_dir.filePath(QStringLiteral("xmlrpc-profile")));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LONGHAND_PASSWORD"), m_blog.loginPassword());
    m_xmlrpc->setEnvironment(environment);
    const CliRun xmlrpc = m_xmlrpc->run({ QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--url"),
        m_blog.url(), QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--secret-store"),
        QStringLiteral("file"), QStringLiteral("--protocol"), QStringLiteral("xmlrpc") });
    QVERIFY2(xmlrpc.code == 0, xmlrpc.err.constData());
}

void TestWebPostsWp::editedWebPostKeepsEveryBlock_data()
{
    QTest::addColumn<bool>("xmlrpc");
    QTest::addRow("rest") << false;
    QTest::addRow("xmlrpc") << true;
}

qint64 TestWebPostsWp::createOnWeb(const QString& title, const QString& content)
{
    const QJsonObject fields { { QStringLiteral("title"), title }, { QStringLiteral("content"), content },
        { QStringLiteral("status"), QStringLiteral("publish") } };
    const RestAnswer created
        = m_blog.rest("POST", QStringLiteral("/wp/v2/posts"), {}, QJsonDocument(fields).toJson(QJsonDocument::Compact));
    if (created.status != 201) {
        qWarning() << "creating a web post answered" << created.status << created.json.toJson();
        return 0;
    }
    return created.json.object().value(QStringLiteral("id")).toInteger();
}

QString TestWebPostsWp::raw(qint64 remoteId)
{
    QUrlQuery edit;
    edit.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    return m_blog.rest("GET", QStringLiteral("/wp/v2/posts/%1").arg(remoteId), edit)
        .json.object()
        .value(QStringLiteral("content"))
        .toObject()
        .value(QStringLiteral("raw"))
        .toString();
}

QJsonObject TestWebPostsWp::parsed(qint64 remoteId)
{
    QString error;
    const QByteArray out = m_blog.fixture(QStringLiteral("parse-blocks"), { QString::number(remoteId) }, &error);
    if (!error.isEmpty()) {
        qWarning() << error;
    }
    return QJsonDocument::fromJson(out).object();
}

qint64 TestWebPostsWp::localIdOf(Database& db, qint64 remoteId)
{
    QSqlQuery find(db.connection());
    find.prepare(QStringLiteral("SELECT id FROM posts WHERE remote_id = ?"));
    find.addBindValue(remoteId);
    return find.exec() && find.next() ? find.value(0).toLongLong() : 0;
}

void TestWebPostsWp::editedWebPostKeepsEveryBlock()
{
    QFETCH(bool, xmlrpc);
    const Cli& cli = xmlrpc ? *m_xmlrpc : *m_cli;
    const qint64 remoteId = createOnWeb(
        QStringLiteral("Heat, Written on the Web (%1)").arg(QString::fromLatin1(QTest::currentDataTag())), kVaried);
    QVERIFY(remoteId > 0);
    const QString before = raw(remoteId);
    QCOMPARE(before, kVaried); // the admin's text is stored as sent (unfiltered_html)
    const QJsonObject blocksBefore = parsed(remoteId);
    QCOMPARE(blocksBefore.value(QStringLiteral("blocks")).toArray().size(), 14);
    QVERIFY(!blocksBefore.value(QStringLiteral("blocks")).toArray().contains(QStringLiteral("freeform")));

    const CliRun sync = cli.run({ QStringLiteral("sync") });
    QVERIFY2(sync.code == 0, sync.err.constData());
    {
        auto database = Database::open(QDir(cli.profile()).filePath(QStringLiteral("longhand.sqlite")));
        QVERIFY(database);
        Database& db = *database.value();
        const qint64 id = localIdOf(db, remoteId);
        QVERIFY(id > 0);
        auto post = PostRepository(db).load(id);
        QVERIFY(post);
        QCOMPARE(post->format, SourceFormat::Html);
        QCOMPARE(post->body, kVaried);
        // Columns, an embed, a custom block: it stays HTML, and says which blocks keep it so.
        const webpost::Conversion conversion = webpost::toMarkdown(post->body, true);
        QVERIFY(!conversion.convertible());
        QVERIFY2(conversion.keptAsHtml.contains(QStringLiteral("columns"))
                && conversion.keptAsHtml.contains(QStringLiteral("embed"))
                && conversion.keptAsHtml.contains(QStringLiteral("longhand-test/rating")),
            qPrintable(conversion.keptAsHtml.join(u',')));
        // One word edited in Longhand, as the editor saves it; published as the app queues it.
        Post edited = post.value();
        QVERIFY(edited.body.contains(QStringLiteral("goes wrong")));
        edited.body.replace(QStringLiteral("goes wrong"), QStringLiteral("goes sideways"));
        QVERIFY(PostRepository(db).update(edited));
        QVERIFY(PublishRepository(db).enqueuePublish(id, edited.siteId, postStatusToString(edited.status)));
    }
    const CliRun publish = cli.run({ QStringLiteral("sync") });
    QVERIFY2(publish.code == 0, publish.err.constData());

    QString expected = kVaried;
    expected.replace(QStringLiteral("goes wrong"), QStringLiteral("goes sideways"));
    QCOMPARE(raw(remoteId), expected);
    const QJsonObject blocksAfter = parsed(remoteId);
    QCOMPARE(blocksAfter.value(QStringLiteral("blocks")), blocksBefore.value(QStringLiteral("blocks")));
    QCOMPARE(blocksAfter.value(QStringLiteral("attrs")), blocksBefore.value(QStringLiteral("attrs")));
    // The attributes really were read (the comparison is not of two empty lists).
    const QJsonArray attrs = blocksAfter.value(QStringLiteral("attrs")).toArray();
    QVERIFY(attrs.contains(QJsonObject {
        { QStringLiteral("stars"), 4 }, { QStringLiteral("note"), QStringLiteral("a <b>bold</b> claim & more") } }));
    QVERIFY(attrs.contains(QJsonObject { { QStringLiteral("width"), QStringLiteral("66.66%") } }));
}

void TestWebPostsWp::convertedWebPostKeepsItsBlocks()
{
    const qint64 remoteId = createOnWeb(QStringLiteral("Thief, Written on the Web"), kConvertible);
    QVERIFY(remoteId > 0);
    const QJsonObject blocksBefore = parsed(remoteId);
    QCOMPARE(blocksBefore.value(QStringLiteral("blocks")).toArray().size(), 8);

    const CliRun sync = m_cli->run({ QStringLiteral("sync") });
    QVERIFY2(sync.code == 0, sync.err.constData());
    QString markdown;
    {
        auto database = Database::open(QDir(m_cli->profile()).filePath(QStringLiteral("longhand.sqlite")));
        QVERIFY(database);
        Database& db = *database.value();
        const qint64 id = localIdOf(db, remoteId);
        QVERIFY(id > 0);
        auto post = PostRepository(db).load(id);
        QVERIFY(post);
        QCOMPARE(post->format, SourceFormat::Html);
        const webpost::Conversion conversion = webpost::toMarkdown(post->body, true);
        QVERIFY2(conversion.convertible(), qPrintable(conversion.keptAsHtml.join(u',')));
        markdown = conversion.markdown;
        QVERIFY(PostRepository(db).convertToMarkdown(id, post->body, markdown).value());
        QVERIFY(PublishRepository(db).enqueuePublish(id, post->siteId, postStatusToString(post->status)));
    }
    QVERIFY2(
        markdown.startsWith(QStringLiteral("A *heist* film, **written** on the web.\n\n### Cast\n\n- James Caan\n")),
        qPrintable(markdown));
    const CliRun publish = m_cli->run({ QStringLiteral("sync") });
    QVERIFY2(publish.code == 0, publish.err.constData());

    const QJsonObject blocksAfter = parsed(remoteId);
    QCOMPARE(blocksAfter.value(QStringLiteral("blocks")), blocksBefore.value(QStringLiteral("blocks")));
    QCOMPARE(blocksAfter.value(QStringLiteral("attrs")), blocksBefore.value(QStringLiteral("attrs")));
    QVERIFY2(raw(remoteId).contains(QStringLiteral("<h3>Cast</h3>")), qPrintable(raw(remoteId)));
    // Published, it is a Markdown review now; the HTML kept for undoing the conversion is gone.
    auto database = Database::open(QDir(m_cli->profile()).filePath(QStringLiteral("longhand.sqlite")));
    QVERIFY(database);
    const qint64 id = localIdOf(*database.value(), remoteId);
    QCOMPARE(PostRepository(*database.value()).load(id)->format, SourceFormat::Markdown);
    QCOMPARE(PostRepository(*database.value()).hasConvertedHtml(id).value(), false);
}

QTEST_GUILESS_MAIN(TestWebPostsWp)
#include "tst_webposts_wp.moc"
