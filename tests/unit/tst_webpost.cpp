// Web posts a writer can edit (issue 15, item 6): the words of a web post's text alone, whether each block has a
// Markdown form that publishes back to the same block, and the conversion kept (and undone) in storage.
#include "core/Clock.h"
#include "core/markdown/BlockSerializer.h"
#include "core/markdown/HtmlBlocks.h"
#include "core/markdown/MarkdownRenderer.h"
#include "core/markdown/WebPost.h"
#include "core/storage/PostRepository.h"
#include "core/storage/PublishRepository.h"
#include "support/TestSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace longhand;

namespace {

const QString kParagraph
    = QStringLiteral("<!-- wp:paragraph -->\n<p>A <em>crime</em> film by Michael Mann.</p>\n<!-- /wp:paragraph -->");
const QString kHeading = QStringLiteral("<!-- wp:heading {\"level\":3} -->\n<h3>Cast</h3>\n<!-- /wp:heading -->");
const QString kList
    = QStringLiteral("<!-- wp:list -->\n<ul><!-- wp:list-item -->\n<li>Al Pacino</li>\n<!-- /wp:list-item -->"
                     "<!-- wp:list-item -->\n<li>Robert De Niro</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list -->");
const QString kQuote = QStringLiteral("<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\"><!-- wp:paragraph -->\n"
                                      "<p>A quoted line.</p>\n<!-- /wp:paragraph --></blockquote>\n<!-- /wp:quote -->");
const QString kSeparator
    = QStringLiteral("<!-- wp:separator -->\n<hr class=\"wp-block-separator has-alpha-channel-opacity\"/>\n"
                     "<!-- /wp:separator -->");
const QString kColumns = QStringLiteral(
    "<!-- wp:columns -->\n<div class=\"wp-block-columns\"><!-- wp:column -->\n<div class=\"wp-block-column\">"
    "<!-- wp:columns -->\n<div class=\"wp-block-columns\"><!-- wp:column -->\n<div class=\"wp-block-column\"><!-- "
    "wp:paragraph -->\n"
    "<p>Nested.</p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:column --></div>\n<!-- /wp:columns --></div>\n"
    "<!-- /wp:column --></div>\n<!-- /wp:columns -->");
const QString kGallery
    = QStringLiteral("<!-- wp:gallery {\"linkTo\":\"none\"} -->\n<figure class=\"wp-block-gallery has-nested-images "
                     "columns-default is-cropped\"></figure>\n<!-- /wp:gallery -->");
const QString kEmbed = QStringLiteral(
    "<!-- wp:embed {\"url\":\"https://www.youtube.com/watch?v=x\",\"type\":\"video\",\"providerNameSlug\":\"youtube\"} "
    "-->\n"
    "<figure class=\"wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube\"><div "
    "class=\"wp-block-embed__wrapper\">\n"
    "https://www.youtube.com/watch?v=x\n</div></figure>\n<!-- /wp:embed -->");
const QString kCustom = QStringLiteral(
    "<!-- wp:my-plugin/box {\"tone\":\"warm\"} -->\n<div class=\"box\">Hi</div>\n<!-- /wp:my-plugin/box -->");
const QString kHtmlBlock
    = QStringLiteral("<!-- wp:html -->\n<aside class=\"note\">Raw HTML stays as it is.</aside>\n<!-- /wp:html -->");
const QString kCentred
    = QStringLiteral("<!-- wp:paragraph {\"align\":\"center\"} -->\n<p class=\"has-text-align-center\">Centred.</p>\n"
                     "<!-- /wp:paragraph -->");

QString joined(const QStringList& blocks)
{
    return blocks.join(QStringLiteral("\n\n"));
}

} // namespace

class TestWebPost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsTheTextAlone_data();
    void countsTheTextAlone();
    void rendererCountsAWebPostsText();
    void convertibility_data();
    void convertibility();
    void convertedMarkdownPublishesTheSameBlocks();
    void newerEditorsFormsConvertOnABlogThatWritesThem_data();
    void newerEditorsFormsConvertOnABlogThatWritesThem();
    void neighbouringListsStayApart();
    void plainHtmlBlogKeepsABlockPost();
    void classicPostConvertsForAPlainHtmlBlog();
    void storageConvertsKeepsAndUndoes();
    void publishingForgetsTheKeptHtml();
};

void TestWebPost::countsTheTextAlone_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<int>("words");
    QTest::addRow("block delimiters") << joined({ kParagraph, kHeading }) << 7;
    QTest::addRow("attributes with words") << QStringLiteral(
        "<!-- wp:image {\"alt\":\"three more words\"} -->\n<figure><img src=\"a.png\" alt=\"several words here\"/>"
        "<figcaption>Two words</figcaption></figure>\n<!-- /wp:image -->")
                                           << 2;
    QTest::addRow("a > in the attributes") << QStringLiteral(
        "<!-- wp:paragraph {\"note\":\"a > b c d\"} -->\n<p>Only this.</p>\n"
        "<!-- /wp:paragraph -->") << 2;
    QTest::addRow("entities") << QStringLiteral("<p>Fish&nbsp;&amp;&nbsp;chips</p>") << 2;
    QTest::addRow("script and style") << QStringLiteral(
        "<p>Seen</p><script>var hidden = 1;</script><style>p { x: y }</style>")
                                      << 1;
    QTest::addRow("blocks end words") << QStringLiteral("<p>one</p><p>two</p><li>three</li>") << 3;
    QTest::addRow("inline joins") << QStringLiteral("<p><em>un</em>done work</p>") << 2;
    QTest::addRow("unterminated delimiter") << QStringLiteral("<p>Text here</p><!-- wp:paragraph {\"a\":") << 2;
    QTest::addRow("comments") << QStringLiteral("<!-- more -->Read <!-- a note --> on") << 2;
    QTest::addRow("empty") << QString() << 0;
}

void TestWebPost::countsTheTextAlone()
{
    QFETCH(QString, html);
    QFETCH(int, words);
    QCOMPARE(webpost::countWords(html), words);
}

void TestWebPost::rendererCountsAWebPostsText()
{
    RenderOptions options;
    options.htmlSource = true;
    QCOMPARE(MarkdownRenderer::render(joined({ kParagraph, kHeading, kList }), options).stats.words, 12);
}

void TestWebPost::convertibility_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<int>("obstacle");
    QTest::addColumn<QStringList>("keptAsHtml");
    const auto none = int(webpost::Obstacle::None);
    const auto kept = int(webpost::Obstacle::BlocksWithoutMarkdown);
    QTest::addRow("core blocks") << joined({ kParagraph, kHeading, kList, kQuote }) << none << QStringList();
    QTest::addRow("wp:html is raw HTML in Markdown") << joined({ kParagraph, kHtmlBlock }) << none << QStringList();
    QTest::addRow("nested columns") << joined({ kParagraph, kColumns }) << kept
                                    << QStringList { QStringLiteral("columns") };
    QTest::addRow("gallery, embed, custom")
        << joined({ kGallery, kParagraph, kEmbed, kCustom, kGallery }) << kept
        << QStringList { QStringLiteral("gallery"), QStringLiteral("embed"), QStringLiteral("my-plugin/box") };
    QTest::addRow("an attribute Markdown cannot say")
        << joined({ kCentred }) << kept << QStringList { QStringLiteral("paragraph") };
    QTest::addRow("the editor's own classes") << joined({ kSeparator, kQuote }) << none << QStringList();
    QTest::addRow("a style class") << QString(kQuote).replace(
        QStringLiteral("wp-block-quote"), QStringLiteral("wp-block-quote is-style-plain"))
                                   << kept << QStringList { QStringLiteral("quote") };
    QTest::addRow("unterminated delimiter")
        << (kParagraph + QStringLiteral("\n\n<!-- wp:paragraph {\"a\":\n<p>Lost?</p>")) << kept
        << QStringList { QStringLiteral("classic") };
    QTest::addRow("closer without opener") << (QStringLiteral("<!-- /wp:paragraph -->\n") + kParagraph) << kept
                                           << QStringList { QStringLiteral("classic") };
    QTest::addRow("loose HTML between blocks") << (kParagraph + QStringLiteral("\n\n<p>Loose.</p>\n\n") + kHeading)
                                               << kept << QStringList { QStringLiteral("classic") };
    QTest::addRow("delimiter text inside a block")
        << QStringLiteral("<!-- wp:paragraph -->\n<p>Hostile <!-- /wp:paragraph --> text</p>\n<!-- /wp:paragraph -->")
        << kept << QStringList { QStringLiteral("paragraph"), QStringLiteral("classic") };
    QTest::addRow("classic post") << QStringLiteral("<p>One <strong>two</strong>.</p>\n\n<ul>\n<li>three</li>\n</ul>")
                                  << none << QStringList();
    QTest::addRow("classic post with a div")
        << QStringLiteral("<p>One.</p>\n<div class=\"x\" onclick=\"y()\">Two <p>three</div>") << none << QStringList();
    QTest::addRow("classic post with a form")
        << QStringLiteral("<p>One.</p>\n<form><input name=\"q\"><textarea>a\n\nb</textarea></form>") << kept
        << QStringList { QStringLiteral("form") };
    QTest::addRow("empty") << QStringLiteral("  \n") << int(webpost::Obstacle::Empty) << QStringList();
}

void TestWebPost::convertibility()
{
    QFETCH(QString, html);
    QFETCH(int, obstacle);
    QFETCH(QStringList, keptAsHtml);
    const webpost::Conversion conversion = webpost::toMarkdown(html, true);
    QVERIFY2(conversion.keptAsHtml == keptAsHtml, qPrintable(conversion.keptAsHtml.join(u',')));
    QCOMPARE(int(conversion.obstacle), obstacle);
    QCOMPARE(conversion.convertible(), obstacle == int(webpost::Obstacle::None));
    if (conversion.convertible()) {
        QVERIFY(!conversion.markdown.isEmpty());
        // Lossless: published, the Markdown gives back the same blocks.
        RenderOptions options;
        options.blockMarkup = true;
        QString published = BlockSerializer::renderForBlog(conversion.markdown, options);
        QCOMPARE(conversion.published, published);
        if (!BlockSerializer::isBlockMarkup(html)) {
            published = BlockSerializer::withoutDelimiters(published); // a classic post gains blocks, the same HTML
        }
        QCOMPARE(htmlblocks::canonical(published), htmlblocks::canonical(html));
    } else {
        QVERIFY(conversion.markdown.isEmpty());
        QVERIFY(conversion.pairs.isEmpty());
    }
}

void TestWebPost::convertedMarkdownPublishesTheSameBlocks()
{
    const QString html = joined({ kParagraph, kHeading, kList, kQuote });
    const webpost::Conversion conversion = webpost::toMarkdown(html, true);
    QVERIFY(conversion.convertible());
    QCOMPARE(conversion.blocks, 4);
    QCOMPARE(conversion.markdown,
        QStringLiteral(
            "A *crime* film by Michael Mann.\n\n### Cast\n\n- Al Pacino\n- Robert De Niro\n\n> A quoted line.\n"));
    // Block by block, with the same names and attributes (only the white space between list items may differ).
    const QStringList published = BlockSerializer::splitTopLevel(conversion.published);
    const QStringList original = BlockSerializer::splitTopLevel(html);
    QCOMPARE(published.size(), original.size());
    // What the dialog shows block against block: each block as the post holds it, beside its own Markdown.
    QCOMPARE(conversion.pairs.size(), original.size());
    QCOMPARE(conversion.pairs.at(1).first, original.at(1).trimmed());
    QCOMPARE(conversion.pairs.at(1).second, QStringLiteral("### Cast"));
    QCOMPARE(conversion.pairs.at(2).second, QStringLiteral("- Al Pacino\n- Robert De Niro"));
    for (qsizetype i = 0; i < published.size(); ++i) {
        QCOMPARE(htmlblocks::canonical(published.at(i)), htmlblocks::canonical(original.at(i)));
        QCOMPARE(published.at(i).section(u'\n', 0, 0), original.at(i).section(u'\n', 0, 0)); // the opening delimiter
    }
}

// What WordPress 6.2+ (the heading's class) and 6.3+ (the details block) write, and a code block keeping its language
// as a className: each converts where the blog writes that form (BlockSupport, as Publisher would publish it), and a
// heading with the class stays HTML on a blog that writes 6.1's form (published, it would lose the class).
void TestWebPost::newerEditorsFormsConvertOnABlogThatWritesThem_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<bool>("detailsBlock");
    QTest::addColumn<bool>("headingClass");
    QTest::addColumn<QStringList>("keptOtherwise"); // with the 6.1 defaults
    const QString heading = QStringLiteral("<!-- wp:heading -->\n<h2 class=\"wp-block-heading\">Cast</h2>\n<!-- /wp:heading -->");
    const QString level = QStringLiteral(
        "<!-- wp:heading {\"level\":3} -->\n<h3 class=\"wp-block-heading\">Crew</h3>\n<!-- /wp:heading -->");
    QTest::addRow("6.2 headings") << joined({ heading, level, kParagraph })
                                  << QStringLiteral("## Cast\n\n### Crew\n\nA *crime* film by Michael Mann.\n") << false
                                  << true << QStringList { QStringLiteral("heading") };
    const QString details = QStringLiteral(
        "<!-- wp:details {\"summary\":\"The ending \\u0026amp; more\"} -->\n<details class=\"wp-block-details\">"
        "<summary>The ending &amp; more</summary><!-- wp:paragraph -->\n<p>Neil dies.</p>\n<!-- /wp:paragraph -->\n\n"
        "<!-- wp:paragraph -->\n<p>Vincent <em>lives</em>.</p>\n<!-- /wp:paragraph --></details>\n<!-- /wp:details -->");
    QTest::addRow("6.3 details") << joined({ kParagraph, details })
                                 << QStringLiteral("A *crime* film by Michael Mann.\n\n> [!spoiler] The ending \\& more\n"
                                                   "> Neil dies.\n>\n> Vincent *lives*.\n")
                                 << true << false << QStringList { QStringLiteral("details") };
    const QString code = QStringLiteral("<!-- wp:code {\"className\":\"language-cpp\"} -->\n<pre class=\"wp-block-code "
                                        "language-cpp\"><code>if (a &lt; b) &#091;x]</code></pre>\n<!-- /wp:code -->");
    QTest::addRow("code language") << code << QStringLiteral("```cpp\nif (a < b) [x]\n```\n") << false << false
                                   << QStringList();
    QTest::addRow("code without language")
        << QStringLiteral("<!-- wp:code -->\n<pre class=\"wp-block-code\"><code>two\n\nlines</code></pre>\n<!-- /wp:code -->")
        << QStringLiteral("```\ntwo\n\nlines\n```\n") << false << false << QStringList();
}

void TestWebPost::newerEditorsFormsConvertOnABlogThatWritesThem()
{
    QFETCH(QString, html);
    QFETCH(QString, markdown);
    QFETCH(bool, detailsBlock);
    QFETCH(bool, headingClass);
    QFETCH(QStringList, keptOtherwise);
    const BlockSupport support { detailsBlock, headingClass };
    const webpost::Conversion conversion = webpost::toMarkdown(html, true, support);
    QVERIFY2(conversion.convertible(), qPrintable(conversion.keptAsHtml.join(u',')));
    QCOMPARE(conversion.markdown, markdown);
    RenderOptions options;
    options.blockMarkup = true;
    options.blockSupport = support;
    QCOMPARE(conversion.published, BlockSerializer::renderForBlog(markdown, options));
    QCOMPARE(htmlblocks::canonical(conversion.published), htmlblocks::canonical(html));
    if (!keptOtherwise.isEmpty()) {
        const webpost::Conversion older = webpost::toMarkdown(html, true);
        QCOMPARE(older.obstacle, webpost::Obstacle::BlocksWithoutMarkdown);
        QCOMPARE(older.keptAsHtml, keptOtherwise);
    }
}

void TestWebPost::neighbouringListsStayApart()
{
    // Side by side, two Markdown lists with the same marker are one list: the second gets the other marker.
    const QString bullets
        = QStringLiteral("<!-- wp:list -->\n<ul><!-- wp:list-item -->\n<li>one</li>\n<!-- /wp:list-item -->"
                         "</ul>\n<!-- /wp:list -->");
    const QString numbers
        = QStringLiteral("<!-- wp:list {\"ordered\":true} -->\n<ol><!-- wp:list-item -->\n<li>two</li>\n"
                         "<!-- /wp:list-item --></ol>\n<!-- /wp:list -->");
    webpost::Conversion conversion = webpost::toMarkdown(joined({ bullets, bullets, bullets, numbers, numbers }), true);
    QVERIFY(conversion.convertible());
    QCOMPARE(conversion.markdown, QStringLiteral("- one\n\n* one\n\n- one\n\n1. two\n\n1) two\n"));
    // Classic HTML the same way.
    conversion = webpost::toMarkdown(QStringLiteral("<ul><li>a</li></ul>\n<ul><li>b</li></ul>"), false);
    QVERIFY(conversion.convertible());
    QCOMPARE(conversion.markdown, QStringLiteral("- a\n\n* b\n"));
}

void TestWebPost::plainHtmlBlogKeepsABlockPost()
{
    const webpost::Conversion conversion = webpost::toMarkdown(joined({ kParagraph, kHeading }), false);
    QCOMPARE(conversion.obstacle, webpost::Obstacle::PlainHtmlBlog);
    QVERIFY(conversion.markdown.isEmpty());
}

void TestWebPost::classicPostConvertsForAPlainHtmlBlog()
{
    const QString html = QStringLiteral("<p>One <em>two</em>.</p>\n<h2>Three</h2>\n<ol start=\"3\"><li>four</li></ol>");
    const webpost::Conversion conversion = webpost::toMarkdown(html, false);
    QVERIFY(conversion.convertible());
    QCOMPARE(conversion.markdown, QStringLiteral("One *two*.\n\n## Three\n\n3. four\n"));
    QCOMPARE(htmlblocks::canonical(conversion.published), htmlblocks::canonical(html));
}

void TestWebPost::storageConvertsKeepsAndUndoes()
{
    auto temp = test::makeTempDatabase();
    PostRepository posts(
        *temp->database, std::make_shared<ManualClock>(QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC)));
    Post web;
    web.title = QStringLiteral("Heat");
    web.format = SourceFormat::Html;
    web.body = joined({ kParagraph, kHeading });
    const auto id = posts.create(web);
    QVERIFY(id);
    QCOMPARE(posts.hasConvertedHtml(id.value()).value(), false);
    QCOMPARE(posts.undoConversion(id.value()).value(), false); // nothing to undo

    // Only the text the dialog showed is converted: another is left alone.
    QCOMPARE(
        posts.convertToMarkdown(id.value(), QStringLiteral("<p>older text</p>"), QStringLiteral("older text")).value(),
        false);
    QCOMPARE(posts.load(id.value())->format, SourceFormat::Html);

    const QString markdown = webpost::toMarkdown(web.body, true).markdown;
    QCOMPARE(posts.convertToMarkdown(id.value(), web.body, markdown).value(), true);
    Post converted = posts.load(id.value()).value();
    QCOMPARE(converted.format, SourceFormat::Markdown);
    QCOMPARE(converted.body, markdown);
    QCOMPARE(posts.hasConvertedHtml(id.value()).value(), true);
    QCOMPARE(posts.convertToMarkdown(id.value(), web.body, markdown).value(), false); // once

    converted.body += QStringLiteral("\nAn edit after the conversion.\n");
    QVERIFY(posts.update(converted));
    QCOMPARE(posts.undoConversion(id.value()).value(), true);
    const Post back = posts.load(id.value()).value();
    QCOMPARE(back.format, SourceFormat::Html);
    QCOMPARE(back.body, web.body);
    QCOMPARE(posts.hasConvertedHtml(id.value()).value(), false);
}

void TestWebPost::publishingForgetsTheKeptHtml()
{
    auto temp = test::makeTempDatabase();
    auto clock = std::make_shared<ManualClock>(QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC));
    PostRepository posts(*temp->database, clock);
    Post web;
    web.format = SourceFormat::Html;
    web.body = kParagraph;
    const qint64 id = posts.create(web).value();
    QVERIFY(posts.convertToMarkdown(id, web.body, webpost::toMarkdown(web.body, true).markdown).value());
    QVERIFY(posts.hasConvertedHtml(id).value());
    RemotePost remote;
    remote.id = 77;
    remote.status = QStringLiteral("publish");
    remote.content = kParagraph;
    QSqlQuery site(temp->database->connection());
    QVERIFY(site.exec(QStringLiteral("INSERT INTO sites (name, base_url, created_at) VALUES ('b', 'https://b.example', "
                                     "'2024-01-01T00:00:00.000Z')")));
    QVERIFY(PublishRepository(*temp->database, clock)
                .markPublished(id, site.lastInsertId().toLongLong(), remote, kParagraph));
    QCOMPARE(posts.hasConvertedHtml(id).value(), false);
    QCOMPARE(posts.undoConversion(id).value(), false);
}

QTEST_GUILESS_MAIN(TestWebPost)
#include "tst_webpost.moc"
