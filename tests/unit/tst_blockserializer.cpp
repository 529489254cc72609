#include "core/markdown/BlockSerializer.h"
#include "core/sync/MarkdownMerge.h"

#include <QRegularExpression>
#include <QTest>

using namespace longhand;

namespace {

// The block names of serialized content in order of their opening delimiters (nested ones included), the way the
// block parser finds them: "<!--", whitespace, "wp:NAME", optional attributes, "/-->" or "-->".
QStringList blockNames(const QString& content)
{
    static const QRegularExpression opener(
        QStringLiteral("<!--\\s+wp:([a-z][a-z0-9_-]*)\\s+(\\{(?:[^}]+|\\}+(?=\\})|(?!\\}\\s+/?-->).)*\\}\\s+)?/?-->"));
    QStringList names;
    auto it = opener.globalMatch(content);
    while (it.hasNext()) {
        names.append(it.next().captured(1));
    }
    return names;
}

int count(const QString& text, const QString& what)
{
    return int(text.count(what));
}

} // namespace

class TestBlockSerializer : public QObject
{
    Q_OBJECT

private slots:
    void paragraph()
    {
        QCOMPARE(BlockSerializer::serialize(QStringLiteral("Hello *world*.\n")),
            QStringLiteral("<!-- wp:paragraph -->\n<p>Hello <em>world</em>.</p>\n<!-- /wp:paragraph -->"));
    }

    void headings()
    {
        QCOMPARE(BlockSerializer::serialize(QStringLiteral("## Two\n")),
            QStringLiteral("<!-- wp:heading -->\n<h2>Two</h2>\n<!-- /wp:heading -->")); // level 2 is the default
        QCOMPARE(BlockSerializer::serialize(QStringLiteral("### Three\n")),
            QStringLiteral("<!-- wp:heading {\"level\":3} -->\n<h3>Three</h3>\n<!-- /wp:heading -->"));
        QCOMPARE(BlockSerializer::serialize(QStringLiteral("# One\n")),
            QStringLiteral("<!-- wp:heading {\"level\":1} -->\n<h1>One</h1>\n<!-- /wp:heading -->"));
    }

    void blocksAreSeparatedByABlankLine()
    {
        QCOMPARE(BlockSerializer::serialize(QStringLiteral("One\n\nTwo\n")),
            QStringLiteral("<!-- wp:paragraph -->\n<p>One</p>\n<!-- /wp:paragraph -->\n\n"
                           "<!-- wp:paragraph -->\n<p>Two</p>\n<!-- /wp:paragraph -->"));
    }

    void unorderedList()
    {
        QCOMPARE(BlockSerializer::serialize(QStringLiteral("- one\n- *two*\n")),
            QStringLiteral(
                "<!-- wp:list -->\n<ul><!-- wp:list-item -->\n<li>one</li>\n<!-- /wp:list-item -->\n\n"
                "<!-- wp:list-item -->\n<li><em>two</em></li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list -->"));
    }

    void orderedListWithStart()
    {
        const QString out = BlockSerializer::serialize(QStringLiteral("3. three\n4. four\n"));
        QVERIFY(out.startsWith(
            QStringLiteral("<!-- wp:list {\"ordered\":true,\"start\":3} -->\n<ol start=\"3\"><!-- wp:list-item -->")));
        QVERIFY(out.endsWith(QStringLiteral("</ol>\n<!-- /wp:list -->")));
        QCOMPARE(BlockSerializer::serialize(QStringLiteral("1. one\n")),
            QStringLiteral("<!-- wp:list {\"ordered\":true} -->\n<ol><!-- wp:list-item -->\n<li>one</li>\n"
                           "<!-- /wp:list-item --></ol>\n<!-- /wp:list -->"));
    }

    void looseListItemsHoldTheirTextWithoutParagraphs()
    {
        const QString out = BlockSerializer::serialize(QStringLiteral("- one\n\n- two\n"));
        QVERIFY(out.contains(QStringLiteral("<li>one</li>")));
        QVERIFY(!out.contains(QStringLiteral("<p>")));
    }

    void nestedList()
    {
        const QString out = BlockSerializer::serialize(QStringLiteral("- one\n  - inner\n- two\n"));
        QCOMPARE(blockNames(out),
            (QStringList { QStringLiteral("list"), QStringLiteral("list-item"), QStringLiteral("list"),
                QStringLiteral("list-item"), QStringLiteral("list-item") }));
        QVERIFY(out.contains(QStringLiteral("<li>one<!-- wp:list -->\n<ul><!-- wp:list-item -->\n<li>inner</li>\n"
                                            "<!-- /wp:list-item --></ul>\n<!-- /wp:list --></li>")));
    }

    void listItemWithMoreThanTextIsRawHtml()
    {
        // A list item holding a code block: no list-item block holds that, so the list stays as cmark writes it.
        const QString markdown = QStringLiteral("- one\n\n      code\n- two\n");
        const QString out = BlockSerializer::serialize(markdown);
        QCOMPARE(blockNames(out), QStringList { QStringLiteral("html") });
        QVERIFY(out.contains(MarkdownRenderer::render(markdown).html.trimmed()));
    }

    void quoteWrapsInnerBlocks()
    {
        const QString out = BlockSerializer::serialize(QStringLiteral("> Said *so*.\n>\n> - a\n>\n> > deeper\n"));
        QCOMPARE(blockNames(out),
            (QStringList { QStringLiteral("quote"), QStringLiteral("paragraph"), QStringLiteral("list"),
                QStringLiteral("list-item"), QStringLiteral("quote"), QStringLiteral("paragraph") }));
        QVERIFY(out.startsWith(
            QStringLiteral("<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\"><!-- wp:paragraph -->\n"
                           "<p>Said <em>so</em>.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:list -->")));
        QVERIFY(out.endsWith(QStringLiteral("<!-- /wp:quote --></blockquote>\n<!-- /wp:quote -->")));
    }

    void codeBlock()
    {
        QCOMPARE(BlockSerializer::serialize(QStringLiteral("```\nif (a < b && c) [x]\n```\n")),
            QStringLiteral("<!-- wp:code -->\n<pre class=\"wp-block-code\"><code>if (a &lt; b &amp;&amp; c) &#091;x]"
                           "</code></pre>\n<!-- /wp:code -->"));
        // A line that is only an address would become an embed (WordPress's own escape()).
        QCOMPARE(BlockSerializer::serialize(QStringLiteral("    https://example.org/x\n")),
            QStringLiteral("<!-- wp:code -->\n<pre class=\"wp-block-code\"><code>https:&#047;&#047;example.org/x"
                           "</code></pre>\n<!-- /wp:code -->"));
    }

    // A fence's language is kept as the editor keeps an added CSS class: className, after the block's own class.
    void codeBlockKeepsItsLanguage()
    {
        QCOMPARE(BlockSerializer::serialize(QStringLiteral("```cpp\nint x;\n```\n")),
            QStringLiteral("<!-- wp:code {\"className\":\"language-cpp\"} -->\n<pre class=\"wp-block-code language-cpp\">"
                           "<code>int x;</code></pre>\n<!-- /wp:code -->"));
        // Only [a-z0-9+#-] of the info string's first word, lower case: nothing can leave the attribute or the class.
        QCOMPARE(BlockSerializer::codeLanguage(QStringLiteral("C++ extra words")), QStringLiteral("c++"));
        QCOMPARE(BlockSerializer::codeLanguage(QStringLiteral("c#")), QStringLiteral("c#"));
        QCOMPARE(BlockSerializer::codeLanguage(QStringLiteral("\"><script>--")), QStringLiteral("script--"));
        QCOMPARE(BlockSerializer::codeLanguage(QStringLiteral("{.python}")), QStringLiteral("python"));
        QCOMPARE(BlockSerializer::codeLanguage(QStringLiteral("\u00e9\u00e9")), QString());
        QCOMPARE(BlockSerializer::codeLanguage(QString(100, QLatin1Char('a'))).size(), 40);
        const QString hostile = BlockSerializer::serialize(QStringLiteral("```x--><b>\ny\n```\n"));
        QVERIFY(hostile.startsWith(QStringLiteral("<!-- wp:code {\"className\":\"language-x\\u002d\\u002db\"} -->\n"
                                                  "<pre class=\"wp-block-code language-x--b\"><code>")));
        QCOMPARE(blockNames(hostile), QStringList { QStringLiteral("code") });
        // Without a usable language, no attribute.
        QCOMPARE(blockNames(BlockSerializer::serialize(QStringLiteral("```\u00e9\ny\n```\n"))), QStringList { QStringLiteral("code") });
        QVERIFY(BlockSerializer::serialize(QStringLiteral("```\u00e9\ny\n```\n")).startsWith(QStringLiteral("<!-- wp:code -->\n")));
    }

    // WordPress 6.2+ writes the heading's generated class; 6.1 (the default) does not.
    void headingsAsTheBlogWritesThem()
    {
        RenderOptions options;
        options.blockSupport.headingClass = true;
        QCOMPARE(BlockSerializer::serialize(QStringLiteral("## Two\n"), options),
            QStringLiteral("<!-- wp:heading -->\n<h2 class=\"wp-block-heading\">Two</h2>\n<!-- /wp:heading -->"));
        QCOMPARE(BlockSerializer::serialize(QStringLiteral("#### *Four*\n"), options),
            QStringLiteral("<!-- wp:heading {\"level\":4} -->\n<h4 class=\"wp-block-heading\"><em>Four</em></h4>\n"
                           "<!-- /wp:heading -->"));
        options.blockSupport.headingClass = false;
        QCOMPARE(BlockSerializer::serialize(QStringLiteral("## Two\n"), options),
            QStringLiteral("<!-- wp:heading -->\n<h2>Two</h2>\n<!-- /wp:heading -->"));
    }

    // WordPress 6.3+ has core/details: a spoiler is that block around its inner blocks, its summary escaped in both
    // the attribute and <summary>, as the block's save() writes it.
    void spoilerIsADetailsBlockWhereTheBlogHasOne()
    {
        RenderOptions options;
        options.blockSupport.detailsBlock = true;
        const QString out = BlockSerializer::serialize(
            QStringLiteral("> [!spoiler] Who 1 < 2 & \"why\"\n> Nobody, *in the end*.\n>\n> - a\n"), options);
        QCOMPARE(out,
            QStringLiteral("<!-- wp:details {\"summary\":\"Who 1 \\u0026lt; 2 \\u0026amp; \\u0026quot;why\\u0026quot;\"} -->\n"
                           "<details class=\"wp-block-details\"><summary>Who 1 &lt; 2 &amp; &quot;why&quot;</summary>"
                           "<!-- wp:paragraph -->\n<p>Nobody, <em>in the end</em>.</p>\n<!-- /wp:paragraph -->\n\n"
                           "<!-- wp:list -->\n<ul><!-- wp:list-item -->\n<li>a</li>\n<!-- /wp:list-item --></ul>\n"
                           "<!-- /wp:list --></details>\n<!-- /wp:details -->"));
        // An empty summary is the renderer's "Spoiler"; a spoiler without content is an empty details block.
        QCOMPARE(BlockSerializer::serialize(QStringLiteral("> [!spoiler]\n"), options),
            QStringLiteral("<!-- wp:details {\"summary\":\"Spoiler\"} -->\n<details class=\"wp-block-details\">"
                           "<summary>Spoiler</summary></details>\n<!-- /wp:details -->"));
        // Nested in a quote, and a spoiler in a spoiler.
        QCOMPARE(blockNames(BlockSerializer::serialize(
                     QStringLiteral("> > [!spoiler] A\n> > x\n> >\n> > > [!spoiler] B\n> > > y\n"), options)),
            (QStringList { QStringLiteral("quote"), QStringLiteral("details"), QStringLiteral("paragraph"),
                QStringLiteral("details"), QStringLiteral("paragraph") }));
        // The also-like line stays raw HTML.
        options.title = QStringLiteral("Heat");
        options.alsoLike = QStringLiteral("Thief");
        QCOMPARE(blockNames(BlockSerializer::serialize(QStringLiteral("> [!spoiler] S\n> x\n"), options)),
            (QStringList { QStringLiteral("details"), QStringLiteral("paragraph"), QStringLiteral("html") }));
    }

    void separator()
    {
        QCOMPARE(BlockSerializer::serialize(QStringLiteral("---\n")),
            QStringLiteral("<!-- wp:separator -->\n<hr class=\"wp-block-separator has-alpha-channel-opacity\" />\n"
                           "<!-- /wp:separator -->"));
    }

    void imageWithId()
    {
        RenderOptions options;
        options.imageUrls.insert(QStringLiteral("media/a.jpg"), QStringLiteral("https://blog.example/up/a.jpg"));
        options.blogImages.insert(QStringLiteral("media/a.jpg"), BlogImage { 12, QSize(800, 600) });
        QCOMPARE(BlockSerializer::serialize(QStringLiteral("![A \"cat\" & dog](media/a.jpg \"Title\")\n"), options),
            QStringLiteral(
                "<!-- wp:image {\"id\":12,\"sizeSlug\":\"full\"} -->\n<figure class=\"wp-block-image size-full\">"
                "<img src=\"https://blog.example/up/a.jpg\" alt=\"A &quot;cat&quot; &amp; dog\" "
                "class=\"wp-image-12\" title=\"Title\" /></figure>\n<!-- /wp:image -->"));
    }

    void imageWithoutId()
    {
        QCOMPARE(BlockSerializer::serialize(QStringLiteral("![poster](https://elsewhere.example/p.png)\n")),
            QStringLiteral(
                "<!-- wp:image -->\n<figure class=\"wp-block-image\"><img src=\"https://elsewhere.example/p.png\" "
                "alt=\"poster\" /></figure>\n<!-- /wp:image -->"));
    }

    void imageInsideTextStaysInItsParagraph()
    {
        RenderOptions options;
        options.imageUrls.insert(QStringLiteral("media/a.jpg"), QStringLiteral("https://blog.example/up/a.jpg"));
        options.blogImages.insert(QStringLiteral("media/a.jpg"), BlogImage { 12, QSize(80, 60) });
        const QString out = BlockSerializer::serialize(QStringLiteral("See ![a](media/a.jpg) here.\n"), options);
        QCOMPARE(blockNames(out), QStringList { QStringLiteral("paragraph") });
        QVERIFY(out.contains(QStringLiteral("class=\"wp-image-12\"")));
        QVERIFY(out.contains(QStringLiteral("https://blog.example/up/a.jpg")));
    }

    void spoilerFallsBackToRawHtml()
    {
        const QString markdown = QStringLiteral("> [!spoiler] Who survives\n> Nobody, *in the end*.\n");
        const QString out = BlockSerializer::serialize(markdown);
        QCOMPARE(blockNames(out), QStringList { QStringLiteral("html") });
        // Exactly what the renderer sends today: the <details> element, nothing lost.
        QCOMPARE(out,
            QStringLiteral("<!-- wp:html -->\n") + MarkdownRenderer::render(markdown).html.trimmed()
                + QStringLiteral("\n<!-- /wp:html -->"));
        QVERIFY(out.contains(QStringLiteral("<details><summary>Who survives</summary>")));
    }

    void alsoLikeLineIsRawHtml()
    {
        RenderOptions options;
        options.title = QStringLiteral("Heat");
        options.alsoLike = QStringLiteral("Thief");
        const QString out = BlockSerializer::serialize(QStringLiteral("Text.\n"), options);
        QCOMPARE(blockNames(out), (QStringList { QStringLiteral("paragraph"), QStringLiteral("html") }));
        QVERIFY(out.contains(QStringLiteral("<div class=\"also-like\">")));
    }

    void rawHtmlIsKeptExactly()
    {
        const QString out
            = BlockSerializer::serialize(QStringLiteral("<div class=\"box\">\n<b>raw</b>\n</div>\n\nAfter.\n"));
        QCOMPARE(out,
            QStringLiteral("<!-- wp:html -->\n<div class=\"box\">\n<b>raw</b>\n</div>\n<!-- /wp:html -->\n\n"
                           "<!-- wp:paragraph -->\n<p>After.</p>\n<!-- /wp:paragraph -->"));
    }

    void plainHtmlTableBecomesATableBlock()
    {
        const QString table = QStringLiteral("<table><thead><tr><th>Film</th><th>Year</th></tr></thead>"
                                             "<tbody><tr><td><em>Heat</em></td><td>1995</td></tr></tbody></table>");
        QCOMPARE(BlockSerializer::serialize(table + QLatin1Char('\n')),
            QStringLiteral("<!-- wp:table -->\n<figure class=\"wp-block-table\">") + table
                + QStringLiteral("</figure>\n<!-- /wp:table -->"));
    }

    void tableTheBlockCannotSaveStaysRawHtml()
    {
        // Rows outside a section, attributes, captions: the table block would save other markup.
        for (const QString& table : { QStringLiteral("<table><tr><td>a</td></tr></table>"),
                 QStringLiteral("<table class=\"x\"><tbody><tr><td>a</td></tr></tbody></table>"),
                 QStringLiteral("<table><caption>c</caption><tbody><tr><td>a</td></tr></tbody></table>"),
                 QStringLiteral(
                     "<table><tbody><tr><td>a</td></tr></tbody><thead><tr><td>h</td></tr></thead></table>") }) {
            QCOMPARE(blockNames(BlockSerializer::serialize(table + QLatin1Char('\n'))),
                QStringList { QStringLiteral("html") });
        }
    }

    void attributesAreEscapedAsWordPressDoes()
    {
        // serialize_block_attributes(): "--", <, >, & and \" replaced after json_encode (slashes and Unicode kept).
        const BlockAttributes attributes { { QStringLiteral("a"), QStringLiteral("x--> <b> & \"q\" \u00e9/\\ \n") },
            { QStringLiteral("n"), -3 }, { QStringLiteral("b"), false } };
        QCOMPARE(BlockSerializer::serializeAttributes(attributes),
            QStringLiteral("{\"a\":\"x\\u002d\\u002d\\u003e \\u003cb\\u003e \\u0026 \\u0022q\\u0022 \u00e9/\\\\ \\n\","
                           "\"n\":-3,\"b\":false}"));
        QCOMPARE(BlockSerializer::serializeAttributes({ { QStringLiteral("c"), QStringLiteral("---") } }),
            QStringLiteral("{\"c\":\"\\u002d\\u002d-\"}"));
        QCOMPARE(BlockSerializer::block(
                     QStringLiteral("core/heading"), { { QStringLiteral("level"), 4 } }, QStringLiteral("<h4>x</h4>")),
            QStringLiteral("<!-- wp:heading {\"level\":4} -->\n<h4>x</h4>\n<!-- /wp:heading -->"));
        QCOMPARE(BlockSerializer::block(QStringLiteral("more"), {}, {}), QStringLiteral("<!-- wp:more /-->"));
    }

    void hostileTextCannotMakeOrBreakABlock_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("expected");
        const QStringList paragraph { QStringLiteral("paragraph") };
        QTest::newRow("text") << QStringLiteral("Say <!-- wp:quote --> and --> and <!-- /wp:paragraph -->\n")
                              << paragraph;
        QTest::newRow("code span") << QStringLiteral("`<!-- /wp:paragraph -->`\n") << paragraph;
        QTest::newRow("raw block") << QStringLiteral("<!-- wp:image {\"id\":1} -->\n\nx\n")
                                   << QStringList { QStringLiteral("html"), QStringLiteral("paragraph") };
        QTest::newRow("raw inline") << QStringLiteral("a <!-- /wp:paragraph --> b <!--\twp:html --> c\n") << paragraph;
        QTest::newRow("code block") << QStringLiteral("```\n<!-- /wp:code -->\n-->\n```\n")
                                    << QStringList { QStringLiteral("code") };
        QTest::newRow("heading") << QStringLiteral("## -->\n") << QStringList { QStringLiteral("heading") };
        QTest::newRow("image alt") << QStringLiteral("![<!-- /wp:image -->](x.png \"-->\")\n")
                                   << QStringList { QStringLiteral("image") };
        QTest::newRow("spoiler summary") << QStringLiteral("> [!spoiler] <!-- /wp:html -->\n> x\n")
                                         << QStringList { QStringLiteral("html") };
        QTest::newRow("details summary") << QStringLiteral("> [!spoiler] <!-- /wp:details --> -->\n> x\n")
                                         << QStringList { QStringLiteral("details"), QStringLiteral("paragraph") };
        QTest::newRow("list") << QStringLiteral("- a <!-- /wp:list-item --> b\n")
                              << QStringList { QStringLiteral("list"), QStringLiteral("list-item") };
    }

    void hostileTextCannotMakeOrBreakABlock()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, expected);
        RenderOptions options;
        options.blockSupport.detailsBlock = expected.contains(QStringLiteral("details"));
        const QString out = BlockSerializer::serialize(markdown, options);
        QCOMPARE(blockNames(out), expected);
        static const QRegularExpression closer(QStringLiteral("<!--\\s+/wp:"));
        QCOMPARE(int(out.count(closer)), int(expected.size()));
    }

    void defusedCommentStaysInvisibleAndAttributesReadTheSame()
    {
        QCOMPARE(BlockSerializer::defuseDelimiters(QStringLiteral("<i title=\"<!-- wp:x -->\">a</i><!--\n/wp:y -->")),
            QStringLiteral("<i title=\"<!-- wp&#058;x -->\">a</i><!--\n/wp&#058;y -->"));
        QCOMPARE(BlockSerializer::defuseDelimiters(QStringLiteral("<!-- note -->")), QStringLiteral("<!-- note -->"));
    }

    void everyKindInOneReview()
    {
        const QString markdown = QStringLiteral(
            "## Heat\n\nA *crime* film.\n\n- one\n- two\n\n1. first\n\n> "
            "quoted\n\n![still](https://x.example/s.jpg)\n\n"
            "```\ncode\n```\n\n---\n\n<table><tbody><tr><td>a</td></tr></tbody></table>\n\n> [!spoiler]\n> Hidden.\n\n"
            "<aside>raw</aside>\n");
        QCOMPARE(blockNames(BlockSerializer::serialize(markdown)),
            (QStringList { QStringLiteral("heading"), QStringLiteral("paragraph"), QStringLiteral("list"),
                QStringLiteral("list-item"), QStringLiteral("list-item"), QStringLiteral("list"),
                QStringLiteral("list-item"), QStringLiteral("quote"), QStringLiteral("paragraph"),
                QStringLiteral("image"), QStringLiteral("code"), QStringLiteral("separator"), QStringLiteral("table"),
                QStringLiteral("html"), QStringLiteral("html") }));
    }

    void splitsAtTopLevelBlocks()
    {
        const QString content = BlockSerializer::serialize(QStringLiteral("One\n\n- a\n  - b\n\n> q\n"))
            + QStringLiteral("\nloose <b>text</b>\n<!-- wp:more /-->");
        const QStringList pieces = BlockSerializer::splitTopLevel(content);
        QCOMPARE(pieces.size(), 5);
        QVERIFY(pieces.at(0).startsWith(QStringLiteral("<!-- wp:paragraph -->")));
        QVERIFY(pieces.at(1).startsWith(QStringLiteral("<!-- wp:list -->"))
            && pieces.at(1).endsWith(QStringLiteral("<!-- /wp:list -->")));
        QVERIFY(pieces.at(2).startsWith(QStringLiteral("<!-- wp:quote -->")));
        QCOMPARE(pieces.at(3), QStringLiteral("loose <b>text</b>"));
        QCOMPARE(pieces.at(4), QStringLiteral("<!-- wp:more /-->"));
        QCOMPARE(BlockSerializer::withoutDelimiters(pieces.at(0)), QStringLiteral("<p>One</p>"));
    }

    void webEditOfBlockMarkupMerges()
    {
        // What Longhand sent (blocks, the token in its wp:html block); the web edits one paragraph, the writer another.
        RenderOptions options;
        options.blockMarkup = true;
        const QString base = BlockSerializer::serialize(QStringLiteral("First.\n\nSecond.\n\nThird.\n"), options)
            + QStringLiteral("\n\n<!-- wp:html -->\n<!-- longhand-publication lh0a -->\n<!-- /wp:html -->");
        QString remote = base;
        remote.replace(QStringLiteral("<p>Third.</p>"), QStringLiteral("<p>Third, <em>edited</em> on the web.</p>"));
        const MergeResult merged
            = mergeMarkdown(base, QStringLiteral("First, edited here.\n\nSecond.\n\nThird.\n"), remote, options);
        QVERIFY(merged.clean);
        QCOMPARE(merged.merged, QStringLiteral("First, edited here.\n\nSecond.\n\nThird, *edited* on the web.\n"));
        // The same edits in one block: a conflict, nothing overwritten.
        const MergeResult conflict
            = mergeMarkdown(base, QStringLiteral("First.\n\nSecond.\n\nThird, mine.\n"), remote, options);
        QVERIFY(!conflict.clean);
    }

    void webEditOfAPostSentAsHtmlMergesAsHtml()
    {
        // Published before the blog's reviews went out as blocks: the merge compares in the base's form.
        RenderOptions options;
        options.blockMarkup = true;
        const QString base = MarkdownRenderer::render(QStringLiteral("First.\n\nSecond.\n")).html
            + QStringLiteral("\n<!-- longhand-publication lh0a -->");
        QString remote = base;
        remote.replace(QStringLiteral("<p>Second.</p>"), QStringLiteral("<p>Second, web.</p>"));
        const MergeResult merged = mergeMarkdown(base, QStringLiteral("First, mine.\n\nSecond.\n"), remote, options);
        QVERIFY(merged.clean);
        QCOMPARE(merged.merged, QStringLiteral("First, mine.\n\nSecond, web.\n"));
    }

    void recognisesBlockMarkup()
    {
        QVERIFY(
            BlockSerializer::isBlockMarkup(QStringLiteral("<!-- wp:paragraph -->\n<p>a</p>\n<!-- /wp:paragraph -->")));
        QVERIFY(BlockSerializer::isBlockMarkup(QStringLiteral("\n<!-- wp:more /-->")));
        QVERIFY(!BlockSerializer::isBlockMarkup(QStringLiteral("<p>a</p>\n<!-- wp:paragraph -->")));
        QVERIFY(!BlockSerializer::isBlockMarkup(QString()));
        QCOMPARE(count(BlockSerializer::serialize(QString()), QStringLiteral("wp:")), 0);
    }
};

QTEST_GUILESS_MAIN(TestBlockSerializer)
#include "tst_blockserializer.moc"
