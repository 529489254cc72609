// MarkdownRenderer: cmark plus the review extensions (spoilers, "you may also like", word count).
#include "core/markdown/MarkdownRenderer.h"
#include "support/TestSupport.h"

#include <QTest>

using namespace longhand;

namespace {

QString render(const QString& markdown, const RenderOptions& options = {})
{
    return MarkdownRenderer::render(markdown, options).html;
}

QString plainCmark(const QString& markdown)
{
    return QString::fromUtf8(MarkdownRenderer::renderPlainCmark(markdown.toUtf8()));
}

RenderOptions preview(QSet<int> expanded = {})
{
    RenderOptions options;
    options.target = RenderOptions::Target::Preview;
    options.expandedSpoilers = std::move(expanded);
    return options;
}

RenderOptions alsoLike(const QString& title, const QString& other, const QString& url = {})
{
    RenderOptions options;
    options.title = title;
    options.alsoLike = other;
    options.alsoLikeUrl = url;
    return options;
}

const QString kNested = QStringLiteral("> [!spoiler] Outer\n"
                                       "> Outer text.\n"
                                       ">\n"
                                       "> > [!spoiler] Inner\n"
                                       "> > Inner text.\n");

} // namespace

class TestMarkdownRenderer : public QObject
{
    Q_OBJECT

private slots:
    void plainMarkdownMatchesCmark_data();
    void plainMarkdownMatchesCmark();
    void spoilerForBlog_data();
    void spoilerForBlog();
    void spoilerSummaryIsEscaped();
    void nestedSpoilersForBlog();
    void multipleSpoilers();
    void notSpoilers_data();
    void notSpoilers();
    void previewCollapsesSpoilers();
    void previewExpandsChosenSpoilers();
    void previewNestedSpoilers_data();
    void previewNestedSpoilers();
    void alsoLikeLine_data();
    void alsoLikeLine();
    void alsoLikeComesLast();
    void alsoLikeNeedsAnOtherTitle_data();
    void alsoLikeNeedsAnOtherTitle();
    void wordsAreWhatAReaderSees_data();
    void wordsAreWhatAReaderSees();
    void longReviewStats();
};

void TestMarkdownRenderer::plainMarkdownMatchesCmark_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("empty") << QString();
    QTest::newRow("paragraph") << QStringLiteral("Hello *world*.");
    QTest::newRow("headings and lists")
        << QStringLiteral("# Title\n\nSome **bold** text.\n\n## Part\n\n- one\n- two\n\n1. first\n2. second\n");
    QTest::newRow("links and code") << QStringLiteral("A [link](https://example.org \"t\") and `code`.\n\n```cpp\nint x;\n```\n");
    QTest::newRow("plain blockquote") << QStringLiteral("> Just a quote,\n> on two lines.\n");
    QTest::newRow("entities and escapes") << QStringLiteral("Tom &amp; Jerry \\*not emphasis\\* 5 < 6");
    QTest::newRow("sample review") << test::sampleReview(400);
}

void TestMarkdownRenderer::plainMarkdownMatchesCmark()
{
    QFETCH(QString, markdown);
    const RenderResult result = MarkdownRenderer::render(markdown);
    QCOMPARE(result.html, plainCmark(markdown));
    QCOMPARE(result.spoilerCount, 0);
    QCOMPARE(render(markdown, preview()), plainCmark(markdown));
}

void TestMarkdownRenderer::spoilerForBlog_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");

    QTest::newRow("marker line")
        << QStringLiteral("> [!spoiler]\n> The butler did it.\n")
        << QStringLiteral("<details><summary>Spoiler</summary>\n<p>The butler did it.</p>\n</details>\n");
    QTest::newRow("upper case with summary")
        << QStringLiteral("> [!SPOILER] Who survives\n> Nobody, in the *end*.\n")
        << QStringLiteral("<details><summary>Who survives</summary>\n<p>Nobody, in the <em>end</em>.</p>\n</details>\n");
    QTest::newRow("mixed case, extra spaces")
        << QStringLiteral(">   [!Spoiler]    The twist   \n> It was a dream.\n")
        << QStringLiteral("<details><summary>The twist</summary>\n<p>It was a dream.</p>\n</details>\n");
    QTest::newRow("several paragraphs")
        << QStringLiteral("> [!spoiler]\n>\n> First **clue**.\n>\n> Second clue.\n")
        << QStringLiteral("<details><summary>Spoiler</summary>\n<p>First <strong>clue</strong>.</p>\n<p>Second clue.</p>\n</details>\n");
    QTest::newRow("lines after the marker stay one paragraph")
        << QStringLiteral("> [!spoiler]\n> Line one\n> line two\n")
        << QStringLiteral("<details><summary>Spoiler</summary>\n<p>Line one\nline two</p>\n</details>\n");
    QTest::newRow("summary only") << QStringLiteral("> [!spoiler] Nothing inside\n")
                                  << QStringLiteral("<details><summary>Nothing inside</summary>\n</details>\n");
    QTest::newRow("between paragraphs")
        << QStringLiteral("Before.\n\n> [!spoiler]\n> Hidden.\n\nAfter.\n")
        << QStringLiteral("<p>Before.</p>\n<details><summary>Spoiler</summary>\n<p>Hidden.</p>\n</details>\n<p>After.</p>\n");
    QTest::newRow("in a list item")
        << QStringLiteral("- > [!spoiler]\n  > In a list.\n")
        << QStringLiteral("<ul>\n<li>\n<details><summary>Spoiler</summary>\n<p>In a list.</p>\n</details>\n</li>\n</ul>\n");
}

void TestMarkdownRenderer::spoilerForBlog()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    const RenderResult result = MarkdownRenderer::render(markdown);
    QCOMPARE(result.html, html);
    QCOMPARE(result.spoilerCount, 1);
    QVERIFY(!result.html.contains(QLatin1String("[!"), Qt::CaseInsensitive));
    QVERIFY(!result.html.contains(QLatin1String("blockquote")));
}

void TestMarkdownRenderer::spoilerSummaryIsEscaped()
{
    QCOMPARE(render(QStringLiteral("> [!spoiler] Tom & Jerry <3 \"quoted\"\n> x\n")),
             QStringLiteral("<details><summary>Tom &amp; Jerry &lt;3 &quot;quoted&quot;</summary>\n<p>x</p>\n</details>\n"));
    QCOMPARE(render(QStringLiteral("> [!spoiler] \\<script>alert(1)\\</script>\n> x\n")),
             QStringLiteral("<details><summary>&lt;script&gt;alert(1)&lt;/script&gt;</summary>\n<p>x</p>\n</details>\n"));

    // Raw HTML typed into the summary never reaches the page as markup, in either target.
    const QString raw = QStringLiteral("> [!spoiler] <script>alert(1)</script><img src=x onerror=alert(2)>\n> x\n");
    for (const RenderOptions& options : {RenderOptions {}, preview(), preview({0})}) {
        const QString html = render(raw, options);
        QVERIFY2(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive), qPrintable(html));
        QVERIFY2(!html.contains(QLatin1String("<img"), Qt::CaseInsensitive), qPrintable(html));
    }
    const QString previewHtml = render(QStringLiteral("> [!spoiler] Tom & <Jerry>?\n> x\n"), preview());
    QVERIFY2(!previewHtml.contains(QLatin1String("<Jerry>")), qPrintable(previewHtml));
    QVERIFY2(previewHtml.contains(QLatin1String("Tom &amp; ")), qPrintable(previewHtml));
}

void TestMarkdownRenderer::nestedSpoilersForBlog()
{
    const RenderResult result = MarkdownRenderer::render(kNested);
    QCOMPARE(result.spoilerCount, 2);
    QCOMPARE(result.html, QStringLiteral("<details><summary>Outer</summary>\n"
                                         "<p>Outer text.</p>\n"
                                         "<details><summary>Inner</summary>\n"
                                         "<p>Inner text.</p>\n"
                                         "</details>\n"
                                         "</details>\n"));
}

void TestMarkdownRenderer::multipleSpoilers()
{
    const QString markdown = QStringLiteral("> [!spoiler] First\n> One.\n\nMiddle.\n\n> [!spoiler] Second\n> Two.\n");
    const RenderResult blog = MarkdownRenderer::render(markdown);
    QCOMPARE(blog.spoilerCount, 2);
    QCOMPARE(blog.html, QStringLiteral("<details><summary>First</summary>\n<p>One.</p>\n</details>\n"
                                       "<p>Middle.</p>\n"
                                       "<details><summary>Second</summary>\n<p>Two.</p>\n</details>\n"));

    const RenderResult collapsed = MarkdownRenderer::render(markdown, preview());
    QCOMPARE(collapsed.spoilerCount, 2);
    QVERIFY(collapsed.html.contains(QLatin1String("href=\"longhand-spoiler:0\"")));
    QVERIFY(collapsed.html.contains(QLatin1String("href=\"longhand-spoiler:1\"")));
    QVERIFY(collapsed.html.indexOf(QLatin1String("First")) < collapsed.html.indexOf(QLatin1String("Second")));
    QVERIFY(!collapsed.html.contains(QLatin1String("One.")));
    QVERIFY(!collapsed.html.contains(QLatin1String("Two.")));
    QVERIFY(collapsed.html.contains(QLatin1String("<p>Middle.</p>")));

    const QString second = render(markdown, preview({1}));
    QVERIFY(!second.contains(QLatin1String("One.")));
    QVERIFY(second.contains(QLatin1String("<p>Two.</p>")));
    const QString both = render(markdown, preview({0, 1}));
    QVERIFY(both.contains(QLatin1String("<p>One.</p>")) && both.contains(QLatin1String("<p>Two.</p>")));
}

void TestMarkdownRenderer::notSpoilers_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("plain quote") << QStringLiteral("> Just a quote.\n");
    QTest::newRow("marker not on the first line") << QStringLiteral("> Text first\n> [!spoiler]\n");
    QTest::newRow("other alert") << QStringLiteral("> [!note] Careful\n> Text.\n");
    QTest::newRow("spoilers, plural") << QStringLiteral("> [!spoilers]\n> Text.\n");
    QTest::newRow("marker outside a quote") << QStringLiteral("[!spoiler] Not quoted.\n");
    QTest::newRow("quote starting with a heading") << QStringLiteral("> # [!spoiler]\n> Text.\n");
}

void TestMarkdownRenderer::notSpoilers()
{
    QFETCH(QString, markdown);
    const RenderResult result = MarkdownRenderer::render(markdown);
    QCOMPARE(result.spoilerCount, 0);
    QCOMPARE(result.html, plainCmark(markdown));
    QCOMPARE(render(markdown, preview()), plainCmark(markdown));
}

void TestMarkdownRenderer::previewCollapsesSpoilers()
{
    const QString markdown = QStringLiteral("Intro.\n\n> [!spoiler] Who survives\n> Nobody, in the *end*.\n");
    const RenderResult result = MarkdownRenderer::render(markdown, preview());
    QCOMPARE(result.spoilerCount, 1);
    QVERIFY2(result.html.contains(QLatin1String("<a href=\"longhand-spoiler:0\">")), qPrintable(result.html));
    QVERIFY(result.html.contains(QLatin1String("Who survives")));
    QVERIFY(!result.html.contains(QLatin1String("Nobody")));
    QVERIFY(!result.html.contains(QLatin1String("<details")));
    QVERIFY(!result.html.contains(QLatin1String("[!spoiler]")));
    QVERIFY(result.html.startsWith(QLatin1String("<p>Intro.</p>\n")));
    QCOMPARE(MarkdownRenderer::spoilerLinkScheme(), QStringLiteral("longhand-spoiler"));

    // Without a summary the link still says what it is.
    const QString unnamed = render(QStringLiteral("> [!spoiler]\n> The butler did it.\n"), preview());
    QVERIFY2(unnamed.contains(QLatin1String("Spoiler")), qPrintable(unnamed));
    QVERIFY(!unnamed.contains(QLatin1String("butler")));

    // Expanding a number that does not exist changes nothing.
    QCOMPARE(render(markdown, preview({7})), result.html);
}

void TestMarkdownRenderer::previewExpandsChosenSpoilers()
{
    const QString markdown = QStringLiteral("> [!spoiler] Who survives\n> Nobody, in the *end*.\n");
    const QString open = render(markdown, preview({0}));
    QVERIFY2(open.contains(QLatin1String("<p>Nobody, in the <em>end</em>.</p>")), qPrintable(open));
    QVERIFY(open.contains(QLatin1String("<a href=\"longhand-spoiler:0\">"))); // clicking again hides it
    QVERIFY(open.contains(QLatin1String("Who survives")));
    QVERIFY(open.indexOf(QLatin1String("Who survives")) < open.indexOf(QLatin1String("Nobody")));
    QVERIFY(open != render(markdown, preview()));
}

void TestMarkdownRenderer::previewNestedSpoilers_data()
{
    QTest::addColumn<QSet<int>>("expanded");
    QTest::addColumn<bool>("outerShown");
    QTest::addColumn<bool>("innerShown");

    QTest::newRow("all collapsed") << QSet<int> {} << false << false;
    QTest::newRow("outer open") << QSet<int> {0} << true << false;
    QTest::newRow("inner open only") << QSet<int> {1} << false << false;
    QTest::newRow("both open") << QSet<int> {0, 1} << true << true;
}

void TestMarkdownRenderer::previewNestedSpoilers()
{
    QFETCH(QSet<int>, expanded);
    QFETCH(bool, outerShown);
    QFETCH(bool, innerShown);
    const RenderResult result = MarkdownRenderer::render(kNested, preview(expanded));
    QCOMPARE(result.spoilerCount, 2);
    QVERIFY(result.html.contains(QLatin1String("longhand-spoiler:0")));
    QCOMPARE(result.html.contains(QLatin1String("Outer text.")), outerShown);
    QCOMPARE(result.html.contains(QLatin1String("longhand-spoiler:1")), outerShown);
    QCOMPARE(result.html.contains(QLatin1String("Inner text.")), innerShown);
    QCOMPARE(result.stats.words, MarkdownRenderer::render(kNested).stats.words);
}

void TestMarkdownRenderer::alsoLikeLine_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("other");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("paragraph");

    QTest::newRow("linked") << QStringLiteral("Never Let Me Go") << QStringLiteral("The Remains of the Day")
                            << QStringLiteral("https://films.example.org/remains/")
                            << QStringLiteral("<p>If you liked Never Let Me Go you may also like "
                                              "<a href=\"https://films.example.org/remains/\">The Remains of the Day</a></p>");
    QTest::newRow("plain") << QStringLiteral("Never Let Me Go") << QStringLiteral("The Remains of the Day") << QString()
                           << QStringLiteral("<p>If you liked Never Let Me Go you may also like The Remains of the Day</p>");
    QTest::newRow("escaped") << QStringLiteral("Tom & Jerry <3") << QStringLiteral("Fast & <Furious>") << QString()
                             << QStringLiteral("<p>If you liked Tom &amp; Jerry &lt;3 you may also like Fast &amp; &lt;Furious&gt;</p>");
    QTest::newRow("escaped and linked")
        << QStringLiteral("<b>X</b>") << QStringLiteral("Y & Z") << QStringLiteral("https://e.org/r?a=1&b=\"2\"")
        << QStringLiteral("<p>If you liked &lt;b&gt;X&lt;/b&gt; you may also like "
                          "<a href=\"https://e.org/r?a=1&amp;b=%222%22\">Y &amp; Z</a></p>");
    QTest::newRow("markdown is not interpreted") << QStringLiteral("*Alien*") << QStringLiteral("[Aliens](x)") << QString()
                                                 << QStringLiteral("<p>If you liked *Alien* you may also like [Aliens](x)</p>");
    QTest::newRow("titles trimmed") << QStringLiteral("  Alien ") << QStringLiteral(" Aliens\n") << QString()
                                    << QStringLiteral("<p>If you liked Alien you may also like Aliens</p>");
    QTest::newRow("untitled review") << QString() << QStringLiteral("Aliens") << QString()
                                     << QStringLiteral("<p>If you liked this review you may also like Aliens</p>");
}

void TestMarkdownRenderer::alsoLikeLine()
{
    QFETCH(QString, title);
    QFETCH(QString, other);
    QFETCH(QString, url);
    QFETCH(QString, paragraph);
    const QString body = QStringLiteral("A review.\n");
    const RenderResult result = MarkdownRenderer::render(body, alsoLike(title, other, url));
    QCOMPARE(result.html, plainCmark(body) + QStringLiteral("<div class=\"also-like\">\n") + paragraph + QStringLiteral("\n</div>\n"));
    QCOMPARE(result.stats, MarkdownRenderer::render(body).stats); // the writer's words, not the generated line

    RenderOptions inPreview = alsoLike(title, other, url);
    inPreview.target = RenderOptions::Target::Preview;
    QVERIFY(render(body, inPreview).endsWith(paragraph + QStringLiteral("\n</div>\n")));
}

void TestMarkdownRenderer::alsoLikeComesLast()
{
    const QString markdown = QStringLiteral("Text.\n\n> [!spoiler]\n> Last block is a spoiler.\n");
    const QString html = render(markdown, alsoLike(QStringLiteral("Alien"), QStringLiteral("Aliens")));
    QVERIFY2(html.endsWith(QLatin1String("</details>\n<div class=\"also-like\">\n"
                                         "<p>If you liked Alien you may also like Aliens</p>\n</div>\n")),
             qPrintable(html));
    QCOMPARE(html.count(QLatin1String("If you liked")), 1);
}

void TestMarkdownRenderer::alsoLikeNeedsAnOtherTitle_data()
{
    QTest::addColumn<QString>("other");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   \n");
}

void TestMarkdownRenderer::alsoLikeNeedsAnOtherTitle()
{
    QFETCH(QString, other);
    const QString body = QStringLiteral("A review.\n");
    const QString html = render(body, alsoLike(QStringLiteral("Alien"), other, QStringLiteral("https://e.org/")));
    QCOMPARE(html, plainCmark(body));
    QVERIFY(!html.contains(QLatin1String("also-like")));
}

void TestMarkdownRenderer::wordsAreWhatAReaderSees_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<int>("words");

    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("emphasis") << QStringLiteral("Some *very* **bold** text") << 4;
    QTest::newRow("link text, not its URL")
        << QStringLiteral("Read [the book](https://example.org/a-very-long-url/with/many/words \"and a title\") now.") << 4;
    QTest::newRow("raw html is not text") << QStringLiteral("Hello <span class=\"big huge\">there</span> friend") << 3;
    QTest::newRow("heading and paragraph") << QStringLiteral("# Title\nBody text here.") << 4;
    QTest::newRow("paragraphs do not run together") << QStringLiteral("Word\n\nAnother") << 2;
    QTest::newRow("soft line break") << QStringLiteral("end of line\nnext line") << 5;
    QTest::newRow("list items") << QStringLiteral("- one\n- two\n- three") << 3;
    QTest::newRow("inline code") << QStringLiteral("Use `grep` wisely") << 3;
    QTest::newRow("code block") << QStringLiteral("```\nmake all\n```\n") << 2;
    QTest::newRow("markup only") << QStringLiteral("***\n\n---\n") << 0;
    QTest::newRow("spoiler content counts, its marker does not")
        << QStringLiteral("> [!spoiler]\n> The butler did it.\n") << 4;
    QTest::newRow("spoiler summary counts") << QStringLiteral("> [!spoiler] Who survives\n> Nobody.\n") << 3;
    QTest::newRow("two spoilers") << QStringLiteral("> [!spoiler]\n> One.\n\n> [!SPOILER] Two\n> Three.\n") << 3;
}

void TestMarkdownRenderer::wordsAreWhatAReaderSees()
{
    QFETCH(QString, markdown);
    QFETCH(int, words);
    const RenderResult blog = MarkdownRenderer::render(markdown);
    QCOMPARE(blog.stats.words, words);
    QCOMPARE(blog.stats, TextStats::forWordCount(words));
    // A collapsed spoiler in the preview still counts: the count is of the review, not the view.
    QCOMPARE(MarkdownRenderer::render(markdown, preview()).stats.words, words);
}

void TestMarkdownRenderer::longReviewStats()
{
    const QString review = test::sampleReview(1200);
    const RenderResult result = MarkdownRenderer::render(review);
    QVERIFY2(result.stats.words > 1100 && result.stats.words < 1300, qPrintable(QString::number(result.stats.words)));
    QCOMPARE(result.stats.readingMinutes, (result.stats.words + 237) / 238);
}

QTEST_GUILESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
