// CommentSanitizer: the allow-list rebuild of comment HTML (tags, attributes, link schemes), autop, plain
// text, link counting and its limits (deep nesting, huge input); every vector of tests/data/xss-vectors.txt
// must come out safe and well-formed.
#include "core/markdown/CommentSanitizer.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace longhand;

namespace {

using Options = CommentSanitizer::Options;

constexpr int kMaxOutputDepth = 102; // 100 allowed elements, a <p> and a link-target <span>

QString str(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// The opening tag the sanitizer writes for a kept link.
QString linkTag(const QString& href)
{
    return QStringLiteral("<a href=\"") + href + QStringLiteral("\" rel=\"nofollow noopener noreferrer\">");
}

QString targetSpan(const QString& href)
{
    return QStringLiteral(" <span class=\"link-target\">(") + href + QStringLiteral(")</span>");
}

// The markup as rebuilt, without autop and link targets, so that expectations show only the allow-list.
QString rebuilt(const QString& input)
{
    return CommentSanitizer::sanitize(input, Options { false, false });
}

// Why sanitized output is unsafe or malformed; empty when it passes. Parsed as XML inside a root element:
// only allowed elements and attributes, link attributes absolute http(s)/mailto, no named entity but the
// four XML ones, every tag closed, depth bounded. Raw checks on the tags first, as a second opinion.
QString unsafeReason(const QString& output)
{
    static const QHash<QString, QSet<QString>> allowed = {
        { str("p"), {} }, { str("br"), {} }, { str("a"), { str("href"), str("title"), str("rel") } },
        { str("abbr"), { str("title") } }, { str("acronym"), { str("title") } }, { str("b"), {} },
        { str("blockquote"), { str("cite") } }, { str("cite"), {} }, { str("code"), {} },
        { str("del"), { str("datetime") } }, { str("em"), {} }, { str("i"), {} }, { str("q"), { str("cite") } },
        { str("s"), {} }, { str("strike"), {} }, { str("strong"), {} }, { str("span"), { str("class") } },
    };
    static const QRegularExpression safeUrl(str("^(https?://[^/?#\\s]+|mailto:)\\S*$"));
    static const QRegularExpression tag(str("<[^>]*>"));
    static const QRegularExpression quotedValue(str("=\"[^\"]*\""));
    static const QRegularExpression forbiddenInTag(str("\\son\\w+\\s*=|src\\s*=|style|script|(java|vb)script:|data:"),
                                                   QRegularExpression::CaseInsensitiveOption);

    if (output.contains(str("<script"), Qt::CaseInsensitive) || output.contains(str("<style"), Qt::CaseInsensitive)) {
        return str("script or style element");
    }
    for (auto it = tag.globalMatch(output); it.hasNext();) {
        QString found = it.next().captured();
        found.remove(quotedValue); // escaped text in a value is only text
        if (found.contains(forbiddenInTag)) {
            return str("forbidden text in tag ") + found;
        }
    }
    QXmlStreamReader xml(str("<root>") + output + str("</root>"));
    int depth = -1;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
        } else if (token == QXmlStreamReader::EntityReference) {
            return str("entity reference");
        } else if (token == QXmlStreamReader::StartElement && ++depth > 0) {
            const QString name = xml.name().toString();
            if (depth > kMaxOutputDepth || !allowed.contains(name)) {
                return str("element %1 at depth %2").arg(name).arg(depth);
            }
            for (const QXmlStreamAttribute& attribute : xml.attributes()) {
                const QString attr = attribute.qualifiedName().toString();
                const QString value = attribute.value().toString();
                const bool isUrl = attr == str("href") || attr == str("cite");
                if (!allowed.value(name).contains(attr) || (isUrl && !safeUrl.match(value).hasMatch())
                    || (attr == str("rel") && value != str("nofollow noopener noreferrer"))
                    || (attr == str("class") && value != str("link-target"))) {
                    return str("%1=\"%2\" on %3").arg(attr, value, name);
                }
            }
        }
    }
    return xml.hasError() ? str("not well-formed: ") + xml.errorString() : QString();
}

// How deep the elements of the output nest; -1 when it is not well-formed.
int nestingDepth(const QString& output)
{
    QXmlStreamReader xml(str("<root>") + output + str("</root>"));
    int depth = -1;
    int deepest = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        depth += token == QXmlStreamReader::StartElement ? 1 : token == QXmlStreamReader::EndElement ? -1 : 0;
        deepest = std::max(deepest, depth);
    }
    return xml.hasError() ? -1 : deepest;
}

// Sanitizes with every option combination and checks every output; text and links must be clean too.
void verifySafe(const QString& input)
{
    for (const bool paragraphs : { false, true }) {
        for (const bool targets : { false, true }) {
            const QString output = CommentSanitizer::sanitize(input, Options { paragraphs, targets });
            const QString reason = unsafeReason(output);
            QVERIFY2(reason.isEmpty(), qPrintable(reason + str(" in: ") + output.left(2000)));
        }
    }
    // Plain text is text, not HTML ("&lt;script&gt;" in a comment is the text "<script>"): it only has to be clean.
    const QString plain = CommentSanitizer::toPlainText(input);
    const auto isControl = [](QChar c) {
        return c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t');
    };
    QVERIFY2(std::none_of(plain.cbegin(), plain.cend(), isControl), qPrintable(plain.left(2000)));
    for (const QString& link : CommentSanitizer::links(input)) {
        QVERIFY(!link.trimmed().isEmpty());
    }
}

// The vectors file: one per line, # comments, \n \r \t \0 \xHH \\ escapes.
QString decodeVector(const QString& line)
{
    QString decoded;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) != QLatin1Char('\\') || i + 1 == line.size()) {
            decoded += line.at(i);
            continue;
        }
        const char16_t next = line.at(++i).unicode();
        if (next == u'x' && i + 2 < line.size()) {
            decoded += QChar(line.mid(i + 1, 2).toUShort(nullptr, 16));
            i += 2;
        } else {
            decoded += next == u'n' ? u'\n' : next == u'r' ? u'\r' : next == u't' ? u'\t' : next == u'0' ? u'\0' : next;
        }
    }
    return decoded;
}

QString vectorsPath()
{
    const QString source = qEnvironmentVariable("LONGHAND_SOURCE_DIR");
    return source.isEmpty() ? test::dataFile(str("xss-vectors.txt")) : source + str("/tests/data/xss-vectors.txt");
}

void addRows(std::initializer_list<std::pair<const char*, const char*>> rows)
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    for (const auto& [input, expected] : rows) {
        QByteArray tag(input); // the input, on one line
        tag.replace('\n', "\\n").replace('\r', "\\r").replace('\t', "\\t");
        QTest::addRow("%s", tag.constData()) << str(input) << str(expected);
    }
}

} // namespace

class TestCommentSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void allowedMarkupKept_data();
    void allowedMarkupKept();
    void disallowedMarkupRemoved_data();
    void disallowedMarkupRemoved();
    void linkHrefs_data();
    void linkHrefs();
    void linkTargets_data();
    void linkTargets();
    void paragraphs_data();
    void paragraphs();
    void defaultOptionsDoBoth();
    void plainText_data();
    void plainText();
    void links_data();
    void links();
    void deepNesting_data();
    void deepNesting();
    void longCommentReadsAsOne();
    void hugeInput_data();
    void hugeInput();
    void xssVectors_data();
    void xssVectors();
    void propertyCheckCatchesUnsafeOutput_data();
    void propertyCheckCatchesUnsafeOutput();
};

void TestCommentSanitizer::allowedMarkupKept_data()
{
    // Row names are the inputs; an empty expectation means "unchanged".
    addRows({
        { "<strong>bold</strong>", "" },
        { "<b>b</b> <i>i</i> <em>e</em> <code>c</code> <s>s</s> <strike>st</strike> <cite>ci</cite>", "" },
        { "<abbr title=\"HyperText Markup Language\">HTML</abbr>", "" },
        { "<acronym title=\"As Soon As Possible\">ASAP</acronym>", "" },
        { "<del datetime=\"2024-05-01T10:00:00Z\">old</del>", "" },
        { "<q cite=\"https://x.org/source\">quote</q>", "" },
        { "<blockquote cite=\"https://x.org/\">q</blockquote>", "" },
        { "<blockquote><strong>very <em>much</em></strong> <code>so</code></blockquote>", "" },
        { "<a href=\"https://example.com/page\" title=\"A page\" rel=\"nofollow noopener noreferrer\">page</a>", "" },
        { "&lt;script&gt; &amp; &quot;", "" },
        { "emoji \xF0\x9F\x98\x80 and \xC3\xA9", "" },
        { "<STRONG>x</StRoNg> <Em>y</eM>", "<strong>x</strong> <em>y</em>" },
        { "&nbsp;&eacute;&#x27;&#39;&apos;&lt;&#60;&gt&amp;amp;", "\xC2\xA0\xC3\xA9'''&lt;&lt;&gt;&amp;amp;" },
        { "say \"hi\" & 'bye'", "say &quot;hi&quot; &amp; 'bye'" },
        { "<abbr title='a\"b<c>&amp;d'>x</abbr>", "<abbr title=\"a&quot;b&lt;c&gt;&amp;d\">x</abbr>" },
        { "<b class=\"x\" style=\"color:red\" id=\"y\" onclick=\"z()\" title=\"t\">t</b>", "<b>t</b>" },
        { "<abbr title=WP>WordPress</abbr>", "<abbr title=\"WP\">WordPress</abbr>" },
        { "<a href=https://e.example/ rel=opener target=_blank>e</a>",
          "<a href=\"https://e.example/\" rel=\"nofollow noopener noreferrer\">e</a>" },
        { "<b>bold <i>both", "<b>bold <i>both</i></b>" },
        { "<b>1<i>2</b>3</i>", "<b>1<i>2</i></b><i>3</i>" },
        { "</b>a</em></blockquote>b", "ab" },
        { "a<b></b><em> </em>b", "a b" },
        { "<b>a </b>b", "<b>a </b>b" },
        // Control characters become U+FFFD, as HTML5 parses them.
        { "a\x01" "b\x0B" "c\x7F" "d\te", "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD" "d\te" },
    });
}

void TestCommentSanitizer::allowedMarkupKept()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString output = rebuilt(input);
    QCOMPARE(output, expected.isEmpty() ? input : expected);
    QCOMPARE(unsafeReason(output), QString());
}

void TestCommentSanitizer::disallowedMarkupRemoved_data()
{
    addRows({
        { "a<script>alert(1)</script>b", "ab" },
        { "a<ScRiPt>alert(1)</sCrIpT>b", "ab" },
        { "a<script>alert(1)", "a" },
        { "<style>body{display:none}</style>visible", "visible" },
        { "<style>@import url(https://evil.example/x.css);</style>x", "x" },
        { "<b onclick=\"alert(1)\">t</b>", "<b>t</b>" },
        { "<B ONLOAD=alert(1)>t</B>", "<b>t</b>" },
        { "<img src=x onerror=alert(1)>after", "after" },
        { "<img src=\"https://evil.example/p.png\">", "" },
        { "<img srcset=\"https://evil.example/a.png 2x\">", "" },
        { "<picture><source srcset=\"https://e.example/a.webp\"><img src=\"https://e.example/a.png\"></picture>", "" },
        { "<video poster=\"https://e.example/p.png\">fallback</video>", "" },
        { "<audio src=\"https://e.example/a.mp3\">fallback</audio>", "" },
        { "<table background=\"https://e.example/bg.png\"><tr><td>a</td><td>b</td></tr></table>", "a b" },
        { "<span style=\"background:url(https://e.example/t.png)\">text</span>", "text" },
        { "<link rel=stylesheet href=\"https://evil.example/x.css\">x", "x" },
        { "<base href=\"https://evil.example/\">x", "x" },
        { "<meta http-equiv=refresh content=\"0;url=https://evil.example/\">x", "x" },
        { "<iframe src=\"https://evil.example/\">fallback</iframe>x", "x" },
        { "<object data=\"https://evil.example/x.swf\">fallback</object>x", "x" },
        { "<embed src=\"https://evil.example/x.swf\">x", "x" },
        { "<form action=\"https://evil.example/\"><input name=q><button>Go</button></form>", "Go" },
        { "<isindex action=\"https://evil.example/\">x", "x" },
        { "<svg><script>alert(1)</script></svg>ok", "ok" },
        { "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>ok", "ok" },
        { "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "" },
        { "<noscript><p>js off</p></noscript>x", "x" },
        { "<template><b>t</b></template>x", "x" },
        { "<textarea>secret</textarea>x", "x" },
        { "<select><option>one</option></select>x", "x" },
        { "<title>t</title>x", "x" },
        { "<xmp><b>raw</b></xmp>x", "x" },
        { "x<plaintext><b>everything after</b>", "x" },
        { "a<!-- <script>alert(1)</script> -->b", "ab" },
        { "<foo-bar data-x=1>custom</foo-bar> <font color=red>red</font>", "custom red" },
        { "<span class=\"link-target\">(fake)</span>", "(fake)" },
        { "<p>one</p><p>two</p>", "one<br /><br />two" },
        { "one<br>two<br/>three", "one<br />two<br />three" },
    });
}

void TestCommentSanitizer::disallowedMarkupRemoved()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString output = rebuilt(input);
    QCOMPARE(output, expected);
    QCOMPARE(unsafeReason(output), QString());
}

void TestCommentSanitizer::linkHrefs_data()
{
    QTest::addColumn<QString>("href"); // as written in the attribute
    QTest::addColumn<QString>("expected"); // the href kept, or empty when the link must become text
    const auto rejected = [](const char* tag, const QString& href) { QTest::newRow(tag) << href << QString(); };
    rejected("javascript", str("javascript:alert(1)"));
    rejected("mixed case", str("JaVaScRiPt:alert(1)"));
    rejected("leading spaces", str("   javascript:alert(1)"));
    rejected("leading control", str("\x01javascript:alert(1)"));
    rejected("tab inside", str("java\tscript:alert(1)"));
    rejected("newline inside", str("java\nscript:alert(1)"));
    rejected("NUL inside", str("java") + QChar(0) + str("script:alert(1)"));
    rejected("entity tab", str("java&#x09;script:alert(1)"));
    rejected("entity newline", str("java&#10;script:alert(1)"));
    rejected("entity NUL", str("java&#0;script:alert(1)"));
    rejected("decimal", str("&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)"));
    rejected("decimal zeros no semicolon", str("&#0000106&#0000097vascript:alert(1)"));
    rejected("hex", str("&#x6A;avascript:alert(1)"));
    rejected("hex no semicolon", str("&#x6A&#x61vascript&#x3Aalert(1)"));
    rejected("hex upper X zeros", str("&#X0006A;avascript:alert(1)"));
    rejected("named colon", str("javascript&colon;alert(1)"));
    rejected("named tab", str("jav&Tab;ascript:alert(1)"));
    rejected("vbscript", str("vbscript:msgbox(1)"));
    rejected("data", str("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="));
    rejected("data upper spaced", str(" DATA:text/html,x"));
    rejected("protocol relative", str("//evil.example/"));
    rejected("backslashes", str("\\\\evil.example\\x"));
    rejected("relative path", str("/wp-admin/"));
    rejected("relative file", str("page.html"));
    rejected("fragment", str("#top"));
    rejected("http without slashes", str("http:evil.example"));
    rejected("http without host", str("https://"));
    rejected("user info", str("https://bank.example@evil.example/"));
    rejected("file", str("file:///etc/passwd"));
    rejected("ftp", str("ftp://example.org/"));
    rejected("feed", str("feed:javascript:alert(1)"));
    rejected("mailto without address", str("mailto:"));

    const auto kept = [](const char* tag, const char* href, const char* expected) {
        QTest::newRow(tag) << str(href) << str(expected);
    };
    kept("http", "http://example.com/", "http://example.com/");
    kept("case normalised", "HTTPS://EXAMPLE.com/A", "https://example.com/A");
    kept("spaces trimmed and encoded", "  https://example.com/a b\n", "https://example.com/a%20b");
    kept("entity in scheme", "h&#x74;tps://example.org/", "https://example.org/");
    kept("quote encoded", "https://example.org/&quot;onmouseover=&quot;x", "https://example.org/%22onmouseover=%22x");
    kept("script in query", "https://example.org/?q=<script>", "https://example.org/?q=%3Cscript%3E");
    kept("idn as punycode", "https://b\xC3\xBC" "cher.example/", "https://xn--bcher-kva.example/");
    kept("query and fragment", "https://example.org/p?a=1&amp;b=2#c", "https://example.org/p?a=1&amp;b=2#c");
    kept("mailto", "mailto:someone@example.org", "mailto:someone@example.org");
}

void TestCommentSanitizer::linkHrefs()
{
    QFETCH(QString, href);
    QFETCH(QString, expected);
    const QString output = rebuilt(str("<a href=\"") + href + str("\" onclick=\"x()\">click</a>"));
    QCOMPARE(output, expected.isEmpty() ? str("click") : linkTag(expected) + str("click</a>"));
    QCOMPARE(unsafeReason(output), QString());
}

void TestCommentSanitizer::linkTargets_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QString evil = str("https://evil.example/");
    QTest::newRow("deceptive text") << str("<a href=\"https://evil.example/\">https://bank.example/</a>")
                                    << linkTag(evil) + str("https://bank.example/</a>") + targetSpan(evil);
    QTest::newRow("words") << str("see <a href=\"https://evil.example/\">this</a>.")
                           << str("see ") + linkTag(evil) + str("this</a>") + targetSpan(evil) + str(".");
    QTest::newRow("same but scheme and slash") << str("<a href=\"https://example.com/\">Example.com</a>")
                                               << linkTag(str("https://example.com/")) + str("Example.com</a>");
    QTest::newRow("same in nested markup") << str("<a href=\"http://example.com/a\"><b>example.com/a/</b></a>")
                                           << linkTag(str("http://example.com/a")) + str("<b>example.com/a/</b></a>");
    QTest::newRow("same decoded") << str("<a href=\"https://example.com/a b\">https://example.com/a b</a>")
                                  << linkTag(str("https://example.com/a%20b")) + str("https://example.com/a b</a>");
    QTest::newRow("mailto address") << str("<a href=\"mailto:me@example.org\">me@example.org</a>")
                                    << linkTag(str("mailto:me@example.org")) + str("me@example.org</a>");
    QTest::newRow("inside formatting") << str("<em><a href=\"https://evil.example/\">here</a> now</em>")
                                       << str("<em>") + linkTag(evil) + str("here</a>") + targetSpan(evil)
            + str(" now</em>");
    QTest::newRow("closed by a quote") << str("<a href=\"https://evil.example/\">x<blockquote>y</blockquote></a>")
                                       << linkTag(evil) + str("x</a>") + targetSpan(evil)
            + str("<blockquote>y</blockquote>");
    QTest::newRow("empty link") << str("<a href=\"https://evil.example/\"><img src=x></a>") << QString();
}

void TestCommentSanitizer::linkTargets()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString output = CommentSanitizer::sanitize(input, Options { false, true });
    QCOMPARE(output, expected);
    QCOMPARE(unsafeReason(output), QString());
}

void TestCommentSanitizer::paragraphs_data()
{
    addRows({
        { "one", "<p>one</p>" },
        { "one\ntwo", "<p>one<br />two</p>" },
        { "one\n\ntwo", "<p>one</p><p>two</p>" },
        { "one\r\ntwo\r\n\r\nthree", "<p>one<br />two</p><p>three</p>" },
        { "one  \n \t \n  two", "<p>one</p><p>two</p>" },
        { "\n\n\none\n\n\n\n\ntwo\n\n", "<p>one</p><p>two</p>" },
        { "hello\n", "<p>hello</p>" },
        { "  \n\n \t ", "" },
        { "<b>one\ntwo</b>", "<p><b>one<br />two</b></p>" },
        { "<em>one\n\ntwo</em> three", "<p><em>one<br /><br />two</em> three</p>" },
        { "<b>a</b>\n\n<i>b</i>", "<p><b>a</b></p><p><i>b</i></p>" },
        { "before\n<blockquote>quoted\n\nmore\n</blockquote>\nafter",
          "<p>before</p><blockquote><p>quoted</p><p>more</p></blockquote><p>after</p>" },
        { "<blockquote>a<blockquote>b</blockquote>c</blockquote>",
          "<blockquote><p>a</p><blockquote><p>b</p></blockquote><p>c</p></blockquote>" },
        // Inline markup open around a quote is closed before it and not reopened.
        { "<b>x<blockquote>y</blockquote>z</b>", "<p><b>x</b></p><blockquote><p>y</p></blockquote><p>z</p>" },
        { "a<br>b<br><br>c", "<p>a<br />b<br /><br />c</p>" },
        { "<br>a<br>", "<p>a</p>" },
        { "<p>one</p><p>two</p>", "<p>one</p><p>two</p>" },
        { "<div>a</div><ul><li>b</li><li>c</li></ul>", "<p>a</p><p>b</p><p>c</p>" },
        { "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "<p>a b</p><p>c</p>" },
        { "1 < 2\n\n3 > 2 & \"q\"", "<p>1 &lt; 2</p><p>3 &gt; 2 &amp; &quot;q&quot;</p>" },
    });
}

void TestCommentSanitizer::paragraphs()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString output = CommentSanitizer::sanitize(input, Options { true, false });
    QCOMPARE(output, expected);
    QCOMPARE(unsafeReason(output), QString());
}

void TestCommentSanitizer::defaultOptionsDoBoth()
{
    const QString input = str("Look:\n\n<a href=\"https://evil.example/\">my site</a>");
    const QString expected = str("<p>Look:</p><p>") + linkTag(str("https://evil.example/")) + str("my site</a>")
        + targetSpan(str("https://evil.example/")) + str("</p>");
    QCOMPARE(CommentSanitizer::sanitize(input), expected);
    QCOMPARE(CommentSanitizer::sanitize(input, Options {}), expected);
}

void TestCommentSanitizer::plainText_data()
{
    addRows({
        { "<p>Hello <b>world</b></p><p>Second</p>", "Hello world\n\nSecond" },
        { "line one\nline two\n\n\nnext", "line one\nline two\n\nnext" },
        { "  lots   of\t\tspace  ", "lots of space" },
        { "&lt;tag&gt; &amp; &quot;q&quot; caf&eacute;", "<tag> & \"q\" caf\xC3\xA9" },
        { "a<script>alert(1)</script>b<style>x{}</style>c", "abc" },
        { "a<svg><text>hidden</text></svg>b", "ab" },
        { "<a href=\"javascript:x\">click</a> <a href=\"https://e.example/\">here</a>", "click here" },
        { "<blockquote>quoted</blockquote>reply", "quoted\n\nreply" },
        { "x<br> y", "x\ny" },
        { "a<img src=x alt=\"alt text\">b", "ab" },
        { "<table><tr><td>a</td><td>b</td></tr></table>", "a b" },
        { "", "" },
    });
}

void TestCommentSanitizer::plainText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(CommentSanitizer::toPlainText(input), expected);
}

void TestCommentSanitizer::links_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("links and bare URLs in order")
        << str("<a href=\"https://a.example/\">a</a> and https://b.example/x, then "
               "<a href=\" javascript:alert(1)\">j</a> (http://c.example/p).")
        << QStringList { str("https://a.example/"), str("https://b.example/x"), str("javascript:alert(1)"),
                         str("http://c.example/p") };
    QTest::newRow("link text not counted twice") << str("<a href=\"https://a.example/\">https://a.example/</a>")
                                                 << QStringList { str("https://a.example/") };
    QTest::newRow("rejected hrefs count as written")
        << str("<a href=\"//evil.example/\">x</a><a href=\"java&#x09;script:x\">y</a>")
        << QStringList { str("//evil.example/"), str("javascript:x") };
    QTest::newRow("mailto") << str("<a href=\"mailto:me@example.org\">me</a>")
                            << QStringList { str("mailto:me@example.org") };
    QTest::newRow("re-encoded") << str("<a href=\"HTTPS://Example.org/a b\">x</a>")
                                << QStringList { str("https://example.org/a%20b") };
    QTest::newRow("no href") << str("<a name=\"x\">a</a><a href=\"\">b</a><a href=\"  \">c</a>") << QStringList {};
    QTest::newRow("hidden content not counted")
        << str("<script>https://hidden.example/</script><svg><a href=\"https://s.example/\">s</a></svg>")
        << QStringList {};
    QTest::newRow("not URLs") << str("http:// xhttp://a.example/ https://") << QStringList {};
    QTest::newRow("plain words") << str("no links here") << QStringList {};
}

void TestCommentSanitizer::links()
{
    QFETCH(QString, input);
    QFETCH(QStringList, expected);
    QCOMPARE(CommentSanitizer::links(input), expected);
}

void TestCommentSanitizer::deepNesting_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("maxDepth"); // of the output: 100 allowed elements, a <p> and a link-target <span>
    const auto nested = [](const char* open) -> QString { return str(open).repeated(100000) + str("deep"); };
    QTest::newRow("b") << nested("<b>") << 101;
    QTest::newRow("div") << nested("<div>") << 1;
    QTest::newRow("blockquote") << nested("<blockquote>") << 101;
    QTest::newRow("span closed") << nested("<span>") + str("</span>").repeated(100000) << 1;
    QTest::newRow("mixed") << nested("<em><q><code><div>") << 101;
    QTest::newRow("quotes and links") << nested("<blockquote><a href=https://e.example/>x") << 102;
}

void TestCommentSanitizer::deepNesting()
{
    QFETCH(QString, input);
    QFETCH(int, maxDepth);
    const QString output = CommentSanitizer::sanitize(input);
    QCOMPARE(unsafeReason(output), QString());
    const int depth = nestingDepth(output);
    QVERIFY2(depth > 0 && depth <= maxDepth, qPrintable(QString::number(depth)));
    QVERIFY(output.contains(str("deep")));
    QVERIFY(CommentSanitizer::toPlainText(input).endsWith(str("deep")));
}

// Long input is parsed in pieces (cut at blank lines where it can be); a long comment of paragraphs must
// come out exactly as if parsed whole.
void TestCommentSanitizer::longCommentReadsAsOne()
{
    QString input;
    QString expected;
    for (int i = 0; input.size() < 200 * 1024; ++i) {
        input += str("<b>Paragraph %1</b> of a <a href=\"https://e.example/%1\">long</a> comment &amp; more.\n\n")
                     .arg(i);
        expected += str("<p><b>Paragraph %1</b> of a ").arg(i) + linkTag(str("https://e.example/%1").arg(i))
            + str("long</a> comment &amp; more.</p>");
    }
    QCOMPARE(CommentSanitizer::sanitize(input, Options { true, false }), expected);
}

void TestCommentSanitizer::hugeInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mustContain");
    QTest::newRow("10 MB of text") << str("Lorem ipsum & <dolor> sit amet.\n").repeated(10 * 1024 * 1024 / 32)
            + str("THE END") << str("amet.<br />THE END</p>");
    const QString tags = str("<b>x</b><i>y</i><a href=https://e.example/>z</a><p>");
    QTest::newRow("1 MB of tags") << tags.repeated(1024 * 1024 / 48) << str("<b>x</b><i>y</i>");
    // Formatting elements that differ (so none is merged) around text: each character used to cost the depth.
    QString nested;
    for (int i = 0; nested.size() < 1024 * 1024; ++i) {
        nested += str("<b title=%1><div>").arg(i);
    }
    QTest::newRow("1 MB of nested tags and text") << nested + str("text ").repeated(100000) << str("text text");
    QString attributes = str("<b");
    for (int i = 0; attributes.size() < 1024 * 1024; ++i) {
        attributes += str(" a%1=%1").arg(i);
    }
    QTest::newRow("1 MB of attributes") << attributes + str(">bold</b>") << QString();
}

void TestCommentSanitizer::hugeInput()
{
    QFETCH(QString, input);
    QFETCH(QString, mustContain);
    QElapsedTimer timer;
    timer.start();
    const QString output = CommentSanitizer::sanitize(input, Options { true, true });
    const QString plain = CommentSanitizer::toPlainText(input);
    CommentSanitizer::links(input);
    // Parsed in one piece this takes minutes; linear work takes seconds even in a debug build.
    QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(output.contains(mustContain));
    QCOMPARE(unsafeReason(output), QString());
    QVERIFY(plain.size() <= input.size());
}

void TestCommentSanitizer::xssVectors_data()
{
    QTest::addColumn<QString>("vector");
    QFile file(vectorsPath());
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
    int count = 0;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty() || lines.at(i).startsWith(QLatin1Char('#'))) {
            continue;
        }
        QTest::addRow("line %d", int(i + 1)) << decodeVector(lines.at(i));
        ++count;
    }
    QVERIFY2(count >= 120, qPrintable(QString::number(count)));
}

void TestCommentSanitizer::xssVectors()
{
    QFETCH(QString, vector);
    verifySafe(vector);
    // Glued together, so that one vector's unclosed markup meets the next one.
    verifySafe(vector + vector + str("\n\n<b>after</b>"));
}

void TestCommentSanitizer::propertyCheckCatchesUnsafeOutput_data()
{
    QTest::addColumn<QString>("output");
    for (const char* output :
         { "<script>alert(1)</script>", "<SCRIPT>alert(1)</SCRIPT>", "<img src=\"x\" />", "<b onclick=\"x\">t</b>",
           "<b ONMOUSEOVER = \"x\">t</b>", "<a href=\"javascript:alert(1)\">t</a>", "<a href=\"//evil.example/\">t</a>",
           "<q cite=\"data:text/html,x\">t</q>", "<span style=\"x\">t</span>", "<span class=\"other\">t</span>",
           "<a href=\"https://e.example/\" rel=\"opener\">t</a>", "<div>t</div>", "<p>unclosed", "<br>", "a &nbsp; b",
           "a & b", "<b>" }) {
        QTest::newRow(output) << str(output);
    }
    QTest::newRow("too deep") << str("<b>").repeated(kMaxOutputDepth + 1) + str("</b>").repeated(kMaxOutputDepth + 1);
}

void TestCommentSanitizer::propertyCheckCatchesUnsafeOutput()
{
    QFETCH(QString, output);
    QVERIFY(!unsafeReason(output).isEmpty());
}

QTEST_GUILESS_MAIN(TestCommentSanitizer)
#include "tst_commentsanitizer.moc"
