// The theme stylesheet for the preview: finding it in a front page, and cleaning it so that nothing
// in it can load a resource (the preview never loads anything remote).
#include "core/remote/ThemeStylesheet.h"
#include "core/remote/ThemeStylesheetFetcher.h"
#include "support/FakeNetwork.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

class TestThemeStylesheet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsThemeLinksAndGlobalStyles();
    void dropsEverythingThatLoads();
    void dropsAtRules();
    void substitutesCustomProperties();
    void survivesBrokenCss();
    void dropsSelectorsQtCannotParse();
    void fetchCachesTheCleanedStylesheet();
    void fetchReportsAClearError();
    void cleansCssInsideAPost();
};

void TestThemeStylesheet::findsThemeLinksAndGlobalStyles()
{
    const QByteArray page = R"(<!doctype html><html><head>
<link rel='stylesheet' id='wp-block-library-css' href='https://blog.example/wp-includes/css/dist/block-library/style.min.css' media='all' />
<link rel='stylesheet' id='theme-style-css' href='/wp-content/themes/twentytwentyone/style.css?ver=1.7' media='all' />
<link rel='stylesheet' href='https://cdn.evil.example/wp-content/themes/x/style.css' />
<link rel='alternate stylesheet' href='/wp-content/themes/twentytwentyone/alt.css' />
<link rel='preload' href='/wp-content/themes/twentytwentyone/font.woff2' />
<style id='global-styles-inline-css'>body{--wp--preset--color--base:#fff;}</style>
<style id='other-inline-css'>p{color:red}</style>
</head><body><p>Hi</p></body></html>)";
    const ThemeStyleSources sources = ThemeStylesheet::findSources(page, QUrl(QStringLiteral("https://blog.example/")));
    QCOMPARE(sources.stylesheets.size(), 1);
    QCOMPARE(sources.stylesheets.first(), QUrl(QStringLiteral("https://blog.example/wp-content/themes/twentytwentyone/style.css?ver=1.7")));
    QCOMPARE(sources.inlineStyles, QStringList {QStringLiteral("body{--wp--preset--color--base:#fff;}")});
}

void TestThemeStylesheet::dropsEverythingThatLoads()
{
    const QString css = QStringLiteral(
        "body { color: #111; background: url(https://tracker.example/pixel.gif); }\n"
        "h1 { background-image: url('data:image/png;base64,AAAA'); font-weight: 700; }\n"
        "p { background: image-set('a.png' 1x); cursor: url(x.cur), auto; width: expression(alert(1)); }\n"
        "a { behavior: url(x.htc); -moz-binding: url(x.xml); color: blue; }\n"
        "q { background: u\\72l(https://escaped.example/x.png); margin: 1em; }\n");
    const QString cleaned = ThemeStylesheet::clean(css);
    QVERIFY2(!cleaned.contains(QLatin1String("url"), Qt::CaseInsensitive), qPrintable(cleaned));
    QVERIFY(!cleaned.contains(QLatin1String("image-set")));
    QVERIFY(!cleaned.contains(QLatin1String("expression")));
    QVERIFY(!cleaned.contains(QLatin1String("example")));
    QVERIFY(!cleaned.contains(QLatin1String("binding")));
    QVERIFY(!cleaned.contains(QLatin1String("behavior")));
    QVERIFY(cleaned.contains(QLatin1String("color: #111;")));
    QVERIFY(cleaned.contains(QLatin1String("font-weight: 700;")));
    QVERIFY(cleaned.contains(QLatin1String("color: blue;")));
    QVERIFY(cleaned.contains(QLatin1String("margin: 1em;")));
    QVERIFY(!cleaned.contains(QLatin1String("p {"))); // nothing left in it: the rule goes
}

void TestThemeStylesheet::dropsAtRules()
{
    const QString css = QStringLiteral(
        "@charset \"utf-8\";\n@import url(https://fonts.example/css);\n@import 'other.css';\n"
        "@font-face { font-family: X; src: local(X), url(/x.woff2) format('woff2'); }\n"
        "@media (max-width: 600px) { body { background: url(/small.png); color: red; } }\n"
        "@supports (display: grid) { .grid { display: grid; } }\n"
        "/* a comment with } and url(x) */ blockquote { border-left: 2px solid #ccc; }\n"
        "q::before { content: \"}{ url(\"; color: green; }\n");
    const QString cleaned = ThemeStylesheet::clean(css);
    QVERIFY2(!cleaned.contains(QLatin1Char('@')), qPrintable(cleaned));
    QVERIFY(!cleaned.contains(QLatin1String("woff")));
    QVERIFY(!cleaned.contains(QLatin1String("small.png")));
    QVERIFY(!cleaned.contains(QLatin1String("grid")));
    QVERIFY(cleaned.contains(QLatin1String("blockquote {\n  border-left: 2px solid #ccc;\n}")));
    QVERIFY(cleaned.contains(QLatin1String("q::before {")));
    QVERIFY(cleaned.contains(QLatin1String("color: green;")));
    QVERIFY(!cleaned.contains(QLatin1String("content:"))); // "url(" inside a string is still not kept
}

void TestThemeStylesheet::substitutesCustomProperties()
{
    const QString css = QStringLiteral(
        "body{--wp--preset--color--contrast: #000000;--wp--preset--font-size--medium: 1.125rem;"
        "--wp--custom--link: var(--wp--preset--color--contrast);--bg: url(https://x.example/y.png);}"
        "body{color: var(--wp--preset--color--contrast);font-size: var(--wp--preset--font-size--medium);line-height: 1.6;}"
        "a{color: var(--wp--custom--link);}"
        "h2{color: var(--unknown, #345c00); margin: var(--nowhere);}"
        "div{background: var(--bg);}"
        ":root{--loop: var(--loop);} em{color: var(--loop);}");
    const QString cleaned = ThemeStylesheet::clean(css);
    QVERIFY2(cleaned.contains(QLatin1String("color: #000000;")), qPrintable(cleaned));
    QVERIFY(cleaned.contains(QLatin1String("font-size: 1.125rem;")));
    QVERIFY(cleaned.contains(QLatin1String("a {\n  color: #000000;\n}")));
    QVERIFY(cleaned.contains(QLatin1String("h2 {\n  color: #345c00;\n}")));
    QVERIFY(!cleaned.contains(QLatin1String("var(")));
    QVERIFY(!cleaned.contains(QLatin1String("--")));
    QVERIFY(!cleaned.contains(QLatin1String("x.example"))); // a url() arriving through a variable
    QVERIFY(!cleaned.contains(QLatin1String("em {")));
}

void TestThemeStylesheet::survivesBrokenCss()
{
    for (const QString& css : QStringList {QStringLiteral("body { color: red"), QStringLiteral("}}}{{{"), QStringLiteral("@media {"),
                               QStringLiteral("p { content: \"unterminated; }"), QStringLiteral("/* open comment"),
                               QString(QStringLiteral("a{color:red}") + QString(5000, QLatin1Char('{')))}) {
        const QString cleaned = ThemeStylesheet::clean(css);
        QVERIFY(!cleaned.contains(QLatin1String("url(")));
    }
    QCOMPARE(ThemeStylesheet::clean(QStringLiteral("a{color:red}") + QString(5000, QLatin1Char('{'))),
             QStringLiteral("a {\n  color: red;\n}\n"));
}

void TestThemeStylesheet::dropsSelectorsQtCannotParse()
{
    const QString cleaned = ThemeStylesheet::clean(QStringLiteral(
        "a:where(:not(.wp-element-button)) { color: red; }\n"
        "h1, p:not(.x), .wp-block-quote cite { color: blue; }\n"
        "body .is-layout-constrained > :where(:not(.alignleft)) { max-width: 650px; }\n"));
    QCOMPARE(cleaned, QStringLiteral("h1, .wp-block-quote cite {\n  color: blue;\n}\n"));
}

void TestThemeStylesheet::fetchCachesTheCleanedStylesheet()
{
    QTemporaryDir profile;
    ThemeStylesheetFetcher fetcher(profile.path());
    auto* network = new FakeNetworkAccessManager([](const FakeRequest& request) {
        if (request.url.path() == QLatin1String("/")) {
            return FakeResponse {200, "<html><head><link rel=stylesheet href='/wp-content/themes/t/style.css'>"
                                      "<style id='global-styles-inline-css'>body{--c:#123456}h1{color:var(--c)}</style>"
                                      "</head></html>", {}};
        }
        if (request.url.path() == QLatin1String("/wp-content/themes/t/style.css")) {
            return FakeResponse {200, "@import url(//fonts.example/x.css); body{font-family: Georgia, serif;"
                                      " background:url(/bg.png)}", {}};
        }
        return FakeResponse {404, "no", {}};
    });
    auto requests = network->requestLog();
    fetcher.setNetworkAccessManager(network);
    QSignalSpy finished(&fetcher, &ThemeStylesheetFetcher::finished);
    QSignalSpy progress(&fetcher, &ThemeStylesheetFetcher::progressChanged);
    fetcher.fetch(7, QUrl(QStringLiteral("https://blog.example/")));
    QVERIFY(fetcher.isRunning());
    QVERIFY(finished.wait(5000));
    const auto status = finished.first().at(1).value<Status>();
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
    QCOMPARE(finished.first().at(0).toLongLong(), 7);
    QVERIFY(progress.size() >= 2);
    QCOMPARE(requests->size(), 2); // the page and the theme's file; nothing the CSS names
    const QString cached = ThemeStylesheetFetcher::readCached(profile.path(), 7);
    QVERIFY(cached.contains(QLatin1String("font-family: Georgia, serif;")));
    QVERIFY(cached.contains(QLatin1String("color: #123456;")));
    QVERIFY(!cached.contains(QLatin1String("bg.png")));
    QVERIFY(!cached.contains(QLatin1String("fonts.example")));
    QVERIFY(QFile::exists(profile.filePath(QStringLiteral("styles/site-7.css"))));
}

void TestThemeStylesheet::fetchReportsAClearError()
{
    QTemporaryDir profile;
    ThemeStylesheetFetcher fetcher(profile.path());
    fetcher.setNetworkAccessManager(new FakeNetworkAccessManager([](const FakeRequest&) {
        FakeResponse refused;
        refused.error = QNetworkReply::ConnectionRefusedError;
        return refused;
    }));
    QSignalSpy finished(&fetcher, &ThemeStylesheetFetcher::finished);
    fetcher.fetch(3, QUrl(QStringLiteral("https://down.example/")));
    QVERIFY(finished.wait(5000));
    const auto status = finished.first().at(1).value<Status>();
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.contains(QLatin1String("down.example")), qPrintable(status.error().message));
    QVERIFY(!fetcher.isRunning());
    QVERIFY(ThemeStylesheetFetcher::readCached(profile.path(), 3).isEmpty());

    // A page without a theme stylesheet says so.
    fetcher.setNetworkAccessManager(new FakeNetworkAccessManager([](const FakeRequest&) {
        return FakeResponse {200, "<html><body>plain</body></html>", {}};
    }));
    finished.clear();
    fetcher.fetch(3, QUrl(QStringLiteral("https://plain.example/")));
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.first().at(1).value<Status>().error().message.contains(QLatin1String("no theme stylesheet")));
}

void TestThemeStylesheet::cleansCssInsideAPost()
{
    const QString html = QStringLiteral(
        "<STYLE type=\"text/css\">@import \"file:///dev/zero\"; p { color: red; background: url(/dev/zero) }</style>"
        "<p style=\"color: blue; background-image: url('file:///dev/zero')\">a</p>"
        "<p style='font-weight: bold;list-style-image:url(x)'>b</p><p style=x>c</p>"
        "<style>@import url(/dev/zero); /* never closed */ h1 { color: green }");
    const QString cleaned = ThemeStylesheet::cleanEmbedded(html);
    QVERIFY2(!cleaned.contains(QLatin1String("dev/zero")), qPrintable(cleaned));
    QVERIFY2(!cleaned.contains(QLatin1String("url(")), qPrintable(cleaned));
    QVERIFY2(!cleaned.contains(QLatin1String("@import")), qPrintable(cleaned));
    QVERIFY(cleaned.contains(QLatin1String("color: red")));
    QVERIFY(cleaned.contains(QLatin1String("style=\"color: blue;\"")));
    QVERIFY(cleaned.contains(QLatin1String("font-weight: bold")));
    QVERIFY(cleaned.contains(QLatin1String("color: green")));
    QVERIFY(cleaned.contains(QLatin1String(">a</p>")));
    // Text outside style is left alone.
    const QString plain = QStringLiteral("<p>style matters</p>");
    QCOMPARE(ThemeStylesheet::cleanEmbedded(plain), plain);
}

QTEST_GUILESS_MAIN(TestThemeStylesheet)
#include "tst_themestylesheet.moc"
