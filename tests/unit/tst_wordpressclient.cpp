// WordPressClient against a fake WordPress: discovery in its three forms, refusing plain http,
// signing in, term creation that meets an existing term, malformed answers.
#include "core/remote/WordPressClient.h"
#include "support/FakeWordPress.h"

#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

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
    void listRequestsBecomeRestQueries();
    void refusalsCarryANeutralMeaning();
    void onlyTheChangedFieldsAreWritten();

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

// The seam's typed requests as the REST API reads them: trimmed fields, edit context, every status, ids, order
// and modified_after; the page carries X-WP-Total and the decoder of REST's JSON.
void TestWordPressClient::listRequestsBecomeRestQueries()
{
    QList<QUrl> asked;
    FakeNetworkAccessManager* network = new FakeNetworkAccessManager([&asked](const FakeRequest& request) {
        asked.append(request.url);
        return FakeResponse::json(R"([{"id":5,"modified_gmt":"2026-12-01T10:00:00"}])").header("X-WP-Total", "41").header("X-WP-TotalPages", "5");
    });
    HttpClient http(network);
    Site site;
    site.restRoot = QUrl(QStringLiteral("https://b.example/wp-json/"));
    WordPressClient client(site, &http);
    QVERIFY(client.capabilities().canFilterByModified && client.capabilities().hasTotalCounts);
    ListRequest request;
    request.kind = ListKind::Posts;
    request.page = 3;
    request.perPage = 10;
    request.detail = ListRequest::Detail::IdAndModified;
    request.status = ListRequest::Status::Any;
    request.order = ListRequest::Order::ModifiedDescending;
    request.changedSince = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    request.ids = {5, 6};
    const auto page = wait(client.list(request));
    QVERIFY(page.ok());
    QCOMPARE(page->total, 41);
    QCOMPARE(page->totalPages, 5);
    const auto stamps = page->decoder->stamps(page->body);
    QVERIFY(stamps.ok());
    QCOMPARE(stamps->size(), 1);
    QCOMPARE(stamps->constFirst().id, qint64(5));
    QVERIFY(page->decoder->bringsNewer(page->body, QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC)));
    QVERIFY(!page->decoder->isEmpty(page->body));
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.constFirst().path().endsWith(QLatin1String("wp/v2/posts")));
    const QUrlQuery query(asked.constFirst());
    QCOMPARE(query.queryItemValue(QStringLiteral("context")), QStringLiteral("edit"));
    QCOMPARE(query.queryItemValue(QStringLiteral("status")), QStringLiteral("any"));
    QCOMPARE(query.queryItemValue(QStringLiteral("_fields")), QStringLiteral("id,modified_gmt"));
    QCOMPARE(query.queryItemValue(QStringLiteral("include")), QStringLiteral("5,6"));
    QCOMPARE(query.queryItemValue(QStringLiteral("orderby")), QStringLiteral("modified"));
    QCOMPARE(query.queryItemValue(QStringLiteral("order")), QStringLiteral("desc"));
    QCOMPARE(query.queryItemValue(QStringLiteral("modified_after")), QStringLiteral("2026-11-30T09:00:00Z"));
    QCOMPARE(query.queryItemValue(QStringLiteral("page")), QStringLiteral("3"));
    QCOMPARE(query.queryItemValue(QStringLiteral("per_page")), QStringLiteral("10"));

    // Terms: every one, also the unused; no edit context.
    request = ListRequest {};
    request.kind = ListKind::Tags;
    request.order = ListRequest::Order::IdAscending;
    QVERIFY(wait(client.list(request)).ok());
    const QUrlQuery terms(asked.constLast());
    QVERIFY(asked.constLast().path().endsWith(QLatin1String("wp/v2/tags")));
    QCOMPARE(terms.queryItemValue(QStringLiteral("hide_empty")), QStringLiteral("false"));
    QCOMPARE(terms.queryItemValue(QStringLiteral("_fields")), wpjson::termFields());
    QVERIFY(!terms.hasQueryItem(QStringLiteral("context")));
    QVERIFY(!terms.hasQueryItem(QStringLiteral("modified_after")));
    QVERIFY(!terms.hasQueryItem(QStringLiteral("type")));

    // Comments: every type (a comma list answers [] since WordPress 6.1), with the type field to tell them apart.
    request = ListRequest {};
    request.kind = ListKind::Comments;
    request.status = ListRequest::Status::Any;
    QVERIFY(wait(client.list(request)).ok());
    const QUrlQuery comments(asked.constLast());
    QVERIFY(asked.constLast().path().endsWith(QLatin1String("wp/v2/comments")));
    QCOMPARE(comments.queryItemValue(QStringLiteral("type")), QStringLiteral("all"));
    QCOMPARE(comments.queryItemValue(QStringLiteral("_fields")), wpjson::commentFields());
    QVERIFY(wpjson::commentFields().split(QLatin1Char(',')).contains(QStringLiteral("type")));
    QVERIFY(!query.hasQueryItem(QStringLiteral("type"))); // posts: no comment type
}

// Sync branches on what a refusal means, not on WordPress's codes.
void TestWordPressClient::refusalsCarryANeutralMeaning()
{
    FakeNetworkAccessManager* network = new FakeNetworkAccessManager([](const FakeRequest& request) {
        if (request.url.path().endsWith(QLatin1String("/comments"))) {
            return FakeResponse::json(R"({"code":"comment_duplicate","message":"Duplicate comment detected.","data":{"status":409}})", 409);
        }
        return FakeResponse::json(R"({"code":"rest_post_invalid_page_number","message":"The page number requested is larger than the number of pages available.","data":{"status":400}})", 400);
    });
    HttpClient http(network);
    Site site;
    site.restRoot = QUrl(QStringLiteral("https://b.example/wp-json/"));
    WordPressClient client(site, &http);
    ListRequest request;
    request.page = 9;
    const auto past = wait(client.list(request));
    QVERIFY(!past.ok());
    QCOMPARE(past.error().meaning, Error::Meaning::PastLastPage);
    QCOMPARE(past.error().remoteCode, QStringLiteral("rest_post_invalid_page_number"));
    const auto duplicate = wait(client.createComment(NewComment {1, 0, QStringLiteral("Again")}));
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().meaning, Error::Meaning::DuplicateComment);
    QCOMPARE(wpjson::meaningOf(QStringLiteral("rest_cannot_publish")), Error::Meaning::NotAllowedToPublish);
    QCOMPARE(wpjson::meaningOf(QStringLiteral("rest_forbidden")), Error::Meaning::None);
}

// A PostChanges body holds the fields set and nothing else; an update sends what differs from the stored base.
void TestWordPressClient::onlyTheChangedFieldsAreWritten()
{
    PostChanges changes;
    changes.title = QStringLiteral("New");
    changes.featuredMedia = 0; // removing the image is a change too
    changes.content = QStringLiteral("<p>x</p>");
    changes.unlessModifiedAfter = QDateTime::currentDateTimeUtc(); // not a field: REST cannot send it
    const QJsonObject body = wpjson::postBody(changes);
    QCOMPARE(body.keys(), (QStringList {QStringLiteral("content"), QStringLiteral("featured_media"), QStringLiteral("title")}));
    QCOMPARE(body.value(QStringLiteral("featured_media")).toInteger(), qint64(0));

    // A commenter edit sends only what the moderator changed, under REST's names.
    CommentChanges commenter;
    commenter.authorName = QStringLiteral("Ada");
    commenter.authorUrl = QString();
    const QJsonObject commentBody = wpjson::commentBody(commenter);
    QCOMPARE(commentBody.keys(), (QStringList {QStringLiteral("author_name"), QStringLiteral("author_url")}));
    QCOMPARE(commentBody.value(QStringLiteral("author_url")).toString(), QString());

    RemotePost onBlog;
    onBlog.title = QStringLiteral("Old");
    onBlog.status = QStringLiteral("publish");
    onBlog.categories = {3, 1};
    onBlog.dateGmt = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    PostChanges wanted = PostChanges::fromShownFields(postShownFields(onBlog));
    QVERIFY(PostChanges::changedFrom(wanted, postShownFields(onBlog)).isEmpty());
    wanted.categories = QList<qint64> {1, 3}; // the same set
    wanted.commentsOpen = false;
    wanted.dateGmt = onBlog.dateGmt.addMSecs(400); // the same second
    const PostChanges changed = PostChanges::changedFrom(wanted, postShownFields(onBlog));
    QCOMPARE(changed.toShownFields().keys(), QStringList {QStringLiteral("comment_status")});
    QVERIFY(!changed.title && !changed.categories && !changed.dateGmt);
}

QTEST_GUILESS_MAIN(TestWordPressClient)
#include "tst_wordpressclient.moc"
