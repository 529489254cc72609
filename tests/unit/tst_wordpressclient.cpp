// WordPressClient against a fake WordPress: discovery in its three forms, refusing plain http,
// signing in, term creation that meets an existing term, malformed answers.
#include "core/remote/WordPressClient.h"
#include "support/FakeWordPress.h"

#include <QTest>

using namespace longhand;
using namespace longhand::test;

class TestWordPressClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void discoveryAsksBeforeAnApiOnAnotherOrigin();
    void uploadPastTheCapIsRefusedUnsent();
    void normalizesAddresses();
    void refusesPlainHttpExceptLoopback();
    void discoversFromLinkHeader();
    void discoversWithoutLinkHeader();
    void discoversWithoutPrettyPermalinks();
    void notWordPressIsExplained();
    void endpointsForBothRootForms();
    void verifyReportsWrongPassword();
    void ensureTermUsesExistingTerm();
    void malformedAnswersAreErrors_data();
    void malformedAnswersAreErrors();

private:
    template <typename T>
    static Result<T> wait(QFuture<Result<T>> future)
    {
        if (!QTest::qWaitFor([&] { return future.isFinished(); }, 10000)) {
            qFatal("timed out");
        }
        return future.result();
    }
};

void TestWordPressClient::normalizesAddresses()
{
    QCOMPARE(WordPressClient::normalizeSiteUrl(QStringLiteral("example.org")), QUrl(QStringLiteral("https://example.org/")));
    QCOMPARE(WordPressClient::normalizeSiteUrl(QStringLiteral(" http://127.0.0.1:8080/blog ")), QUrl(QStringLiteral("http://127.0.0.1:8080/blog/")));
    QVERIFY(WordPressClient::normalizeSiteUrl(QStringLiteral("ftp://example.org")).isEmpty());
    QVERIFY(WordPressClient::normalizeSiteUrl(QStringLiteral("https://")).isEmpty());
}

void TestWordPressClient::refusesPlainHttpExceptLoopback()
{
    QVERIFY(WordPressClient::isInsecure(QUrl(QStringLiteral("http://example.org/")), false));
    QVERIFY(!WordPressClient::isInsecure(QUrl(QStringLiteral("http://example.org/")), true));
    QVERIFY(!WordPressClient::isInsecure(QUrl(QStringLiteral("http://127.0.0.1:8000/")), false));
    QVERIFY(!WordPressClient::isInsecure(QUrl(QStringLiteral("http://localhost/")), false));
    QVERIFY(!WordPressClient::isInsecure(QUrl(QStringLiteral("http://[::1]/")), false));
    QVERIFY(!WordPressClient::isInsecure(QUrl(QStringLiteral("https://example.org/")), false));

    FakeWordPress wordpress;
    HttpClient http(wordpress.makeNetwork());
    const auto refused = wait(WordPressClient::discover(&http, QUrl(QStringLiteral("http://example.org/")), false));
    QCOMPARE(refused.error().code, Error::Code::Insecure);
    QCOMPARE(wordpress.requested.size(), 0); // not even one request went out
}

void TestWordPressClient::discoversFromLinkHeader()
{
    FakeWordPress wordpress;
    HttpClient http(wordpress.makeNetwork());
    const auto found = wait(WordPressClient::discover(&http, wordpress.siteUrl(), false));
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().message));
    QCOMPARE(found->restRoot, wordpress.restRoot());
    QCOMPARE(found->index.name, QStringLiteral("Fake Blog"));
    QVERIFY(found->index.applicationPasswords);
}

void TestWordPressClient::discoveryAsksBeforeAnApiOnAnotherOrigin()
{
    FakeWordPress wordpress;
    wordpress.fault = [](const FakeRequest& request) -> std::optional<FakeResponse> {
        if (request.url.host() == QLatin1String("blog.example") && request.url.path() == QLatin1String("/") && !request.url.hasQuery()) {
            FakeResponse page {200, "<html></html>", {{"Content-Type", "text/html"}}};
            page.header("Link", R"(<https://api.other.example/wp-json/>; rel="https://api.w.org/")");
            return page;
        }
        return std::nullopt;
    };
    HttpClient http(wordpress.makeNetwork());
    const auto asked = wait(WordPressClient::discover(&http, wordpress.siteUrl(), false));
    QVERIFY(!asked.ok());
    QCOMPARE(asked.error().code, Error::Code::ApiOnOtherOrigin);
    QCOMPARE(asked.error().url, wordpress.siteUrl());
    QCOMPARE(asked.error().otherUrl, QUrl(QStringLiteral("https://api.other.example/wp-json/")));
    for (const QUrl& url : std::as_const(wordpress.requested)) {
        QCOMPARE(url.host(), QStringLiteral("blog.example"));
    }
    const auto accepted = wait(WordPressClient::discover(&http, wordpress.siteUrl(), false, QStringLiteral("https://api.other.example")));
    QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message));
    QCOMPARE(accepted->restRoot, QUrl(QStringLiteral("https://api.other.example/wp-json/")));
    QCOMPARE(accepted->siteUrl, wordpress.siteUrl());
    // Another origin accepted does not accept this one.
    const auto other = wait(WordPressClient::discover(&http, wordpress.siteUrl(), false, QStringLiteral("https://api.other.example:8443")));
    QCOMPARE(other.error().code, Error::Code::ApiOnOtherOrigin);
}

void TestWordPressClient::uploadPastTheCapIsRefusedUnsent()
{
    auto* network = new FakeNetworkAccessManager([](const FakeRequest&) { return FakeResponse::json("{}", 201); });
    HttpClient http(network);
    Site site;
    site.restRoot = QUrl(QStringLiteral("https://b.example/wp-json/"));
    WordPressClient client(site, &http);
    const QByteArray huge(WordPressClient::kMaxUploadBytes + 1, 'x');
    const auto result = wait(client.uploadMedia(huge, QStringLiteral("poster.png"), QStringLiteral("image/png"), QString()));
    QCOMPARE(result.error().code, Error::Code::InvalidInput);
    QCOMPARE(result.error().message, QStringLiteral("poster.png is larger than 64 MB; Longhand does not upload it."));
    QVERIFY(network->requests().isEmpty());
}

void TestWordPressClient::discoversWithoutLinkHeader()
{
    FakeWordPress wordpress;
    wordpress.linkHeader = false;
    HttpClient http(wordpress.makeNetwork());
    const auto found = wait(WordPressClient::discover(&http, wordpress.siteUrl(), false));
    QVERIFY(found.ok());
    QCOMPARE(found->restRoot, QUrl(QStringLiteral("https://blog.example/wp-json/")));
}

void TestWordPressClient::discoversWithoutPrettyPermalinks()
{
    FakeWordPress wordpress;
    wordpress.linkHeader = false;
    wordpress.prettyPermalinks = false;
    HttpClient http(wordpress.makeNetwork());
    const auto found = wait(WordPressClient::discover(&http, wordpress.siteUrl(), false));
    QVERIFY(found.ok());
    QCOMPARE(QUrlQuery(found->restRoot).queryItemValue(QStringLiteral("rest_route")), QStringLiteral("/"));
}

void TestWordPressClient::notWordPressIsExplained()
{
    FakeNetworkAccessManager* network = new FakeNetworkAccessManager([](const FakeRequest&) {
        return FakeResponse {200, "<html>hello</html>", {{"Content-Type", "text/html"}}};
    });
    HttpClient http(network);
    const auto found = wait(WordPressClient::discover(&http, QUrl(QStringLiteral("https://plain.example/")), false));
    QVERIFY(!found.ok());
    QVERIFY2(found.error().message.contains(QStringLiteral("does not look like a WordPress site")), qPrintable(found.error().message));
}

void TestWordPressClient::endpointsForBothRootForms()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QStringLiteral("2"));
    QCOMPARE(WordPressClient::endpointFor(QUrl(QStringLiteral("https://b.example/wp-json/")), QStringLiteral("wp/v2/posts"), query),
             QUrl(QStringLiteral("https://b.example/wp-json/wp/v2/posts?page=2")));
    const QUrl plain = WordPressClient::endpointFor(QUrl(QStringLiteral("https://b.example/?rest_route=/")), QStringLiteral("wp/v2/posts"), query);
    QCOMPARE(QUrlQuery(plain).queryItemValue(QStringLiteral("rest_route")), QStringLiteral("/wp/v2/posts"));
    QCOMPARE(QUrlQuery(plain).queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
}

void TestWordPressClient::verifyReportsWrongPassword()
{
    FakeWordPress wordpress;
    wordpress.fault = [](const FakeRequest& request) -> std::optional<FakeResponse> {
        if (request.url.path().endsWith(QLatin1String("users/me"))) {
            return FakeResponse::json(R"({"code":"incorrect_password","message":"The provided password is an invalid application password."})", 401);
        }
        return std::nullopt;
    };
    HttpClient http(wordpress.makeNetwork());
    Site site;
    site.restRoot = wordpress.restRoot();
    http.setCredentials(QStringLiteral("admin"), QStringLiteral("wrong"), site.restRoot);
    WordPressClient client(site, &http);
    const auto user = wait(client.verifyCredentials());
    QCOMPARE(user.error().code, Error::Code::Auth);
}

void TestWordPressClient::ensureTermUsesExistingTerm()
{
    FakeNetworkAccessManager* network = new FakeNetworkAccessManager([](const FakeRequest& request) {
        if (request.body.contains("Drama")) {
            return FakeResponse::json(R"({"id":33,"name":"Drama","slug":"drama","parent":0})", 201);
        }
        return FakeResponse::json(R"({"code":"term_exists","message":"A term with the name provided already exists.","data":{"status":400,"term_id":7}})", 400);
    });
    HttpClient http(network);
    Site site;
    site.restRoot = QUrl(QStringLiteral("https://b.example/wp-json/"));
    WordPressClient client(site, &http);
    QCOMPARE(wait(client.ensureTerm(Taxonomy::Category, QStringLiteral("Drama"))).value(), qint64(33));
    QCOMPARE(wait(client.ensureTerm(Taxonomy::Tag, QStringLiteral("Reviews"))).value(), qint64(7));
}

void TestWordPressClient::malformedAnswersAreErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("html instead of json") << QByteArray("<html><body>Database error</body></html>");
    QTest::newRow("truncated json") << QByteArray(R"({"id":1,"name":"Adm)");
    QTest::newRow("array instead of object") << QByteArray("[]");
    QTest::newRow("id is text") << QByteArray(R"({"id":"one","name":"Admin"})");
    QTest::newRow("no id") << QByteArray(R"({"name":"Admin"})");
    QTest::newRow("name is a list") << QByteArray(R"({"id":1,"name":["Admin"]})");
    QTest::newRow("invalid utf-8") << QByteArray("{\"id\":1,\"name\":\"\xff\xfe\"}");
}

void TestWordPressClient::malformedAnswersAreErrors()
{
    QFETCH(QByteArray, body);
    FakeNetworkAccessManager* network = new FakeNetworkAccessManager([body](const FakeRequest&) { return FakeResponse::json(body); });
    HttpClient http(network);
    Site site;
    site.restRoot = QUrl(QStringLiteral("https://b.example/wp-json/"));
    WordPressClient client(site, &http);
    const auto user = wait(client.verifyCredentials());
    QVERIFY(!user.ok());
    QCOMPARE(user.error().code, Error::Code::BadResponse);
    QVERIFY(!user.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestWordPressClient)
#include "tst_wordpressclient.moc"
