// The XML-RPC transport, discovery and mapping (core/remote/xmlrpc) over a lying HTTP server: the password in the
// body never goes to another origin (not by the endpoint, not by a redirect, not by an RSD link), answers are capped,
// faults become errors, discovery follows EditURI -> RSD -> apiLink or falls back to xmlrpc.php, and WordPress's
// structs map onto the REST value types with wrong types named by their member path.
#include "core/remote/xmlrpc/XmlRpcBlogClient.h"
#include "core/remote/xmlrpc/XmlRpcDiscovery.h"
#include "core/remote/xmlrpc/XmlRpcMapping.h"
#include "core/remote/xmlrpc/XmlRpcTransport.h"
#include "core/remote/xmlrpc/XmlRpcWordPress.h"

#include "support/LyingHttpServer.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

namespace {

template <typename T>
Result<T> wait(QFuture<Result<T>> future)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < 20000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    if (!future.isFinished() || future.resultCount() == 0) {
        return Error::make(Error::Code::Timeout, QStringLiteral("no answer in the test's time"));
    }
    return future.result();
}

LyingAnswer xml(const QByteArray& body)
{
    return LyingAnswer {LyingAnswer::Kind::Whole, 200, {{"Content-Type", "text/xml; charset=UTF-8"}}, body};
}

QByteArray responseOf(const QByteArray& value)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><methodResponse><params><param><value>" + value
           + "</value></param></params></methodResponse>";
}

const QByteArray kMethods = responseOf("<array><data><value><string>wp.getUsersBlogs</string></value>"
                                       "<value><string>wp.getPosts</string></value><value><string>wp.getPost</string></value>"
                                       "<value><string>wp.newPost</string></value><value><string>wp.editPost</string></value>"
                                       "</data></array>");

QByteArray frontPage(const QByteArray& editUri)
{
    return "<!DOCTYPE html><html><head><title>Blog</title>\n<link rel=\"https://api.w.org/\" href=\"/wp-json/\" />"
           "<link rel=\"EditURI\" type=\"application/rsd+xml\" title=\"RSD\" href=\"" + editUri + "\" />\n"
           "</head><body><p>Hello</p></body></html>";
}

QByteArray rsd(const QByteArray& apiLink)
{
    // (Not one raw string: moc 6.4 loses its way in a raw string that starts with a quote.)
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rsd version=\"1.0\" xmlns=\"http://archipelago.phrasewise.com/rsd\">\n"
           "\t<service>\n\t\t<engineName>WordPress</engineName>\n\t\t<apis>\n"
           "\t\t\t<api name=\"WordPress\" blogID=\"1\" preferred=\"true\" apiLink=\"" + apiLink + "\" />\n"
           "\t\t\t<api name=\"Blogger\" blogID=\"1\" preferred=\"false\" apiLink=\"/blogger.php\" />\n"
           "\t\t\t<api name=\"WP-API\" blogID=\"1\" preferred=\"false\" apiLink=\"/wp-json/\" />\n"
           "\t\t</apis>\n\t</service>\n</rsd>";
}

// wp.getPost on the fixture (WordPress 6.1.9), trimmed of nothing.
const QByteArray kPost = responseOf(R"(<struct>
  <member><name>post_id</name><value><string>4</string></value></member>
  <member><name>post_title</name><value><string>Hello</string></value></member>
  <member><name>post_date</name><value><dateTime.iso8601>20261207T01:49:45</dateTime.iso8601></value></member>
  <member><name>post_date_gmt</name><value><dateTime.iso8601>20261207T00:49:45</dateTime.iso8601></value></member>
  <member><name>post_modified</name><value><dateTime.iso8601>20261207T01:49:45</dateTime.iso8601></value></member>
  <member><name>post_modified_gmt</name><value><dateTime.iso8601>20261207T00:49:45</dateTime.iso8601></value></member>
  <member><name>post_status</name><value><string>draft</string></value></member>
  <member><name>post_type</name><value><string>post</string></value></member>
  <member><name>post_name</name><value><string></string></value></member>
  <member><name>post_author</name><value><string>1</string></value></member>
  <member><name>post_password</name><value><string></string></value></member>
  <member><name>post_excerpt</name><value><string></string></value></member>
  <member><name>post_content</name><value><string>Body</string></value></member>
  <member><name>post_parent</name><value><string>0</string></value></member>
  <member><name>link</name><value><string>http://127.0.0.1:41969/?p=4</string></value></member>
  <member><name>comment_status</name><value><string>closed</string></value></member>
  <member><name>ping_status</name><value><string>open</string></value></member>
  <member><name>sticky</name><value><boolean>0</boolean></value></member>
  <member><name>post_thumbnail</name><value><array><data>
</data></array></value></member>
  <member><name>post_format</name><value><string>standard</string></value></member>
  <member><name>terms</name><value><array><data>
  <value><struct>
  <member><name>term_id</name><value><string>1</string></value></member>
  <member><name>name</name><value><string>Uncategorized</string></value></member>
  <member><name>taxonomy</name><value><string>category</string></value></member>
</struct></value>
  <value><struct>
  <member><name>term_id</name><value><string>9</string></value></member>
  <member><name>name</name><value><string>noir</string></value></member>
  <member><name>taxonomy</name><value><string>post_tag</string></value></member>
</struct></value>
</data></array></value></member>
  <member><name>custom_fields</name><value><array><data>
</data></array></value></member>
</struct>)");

// One wp.getComments page: `count` comments of post 4, ids from `firstId` down; `replyAt` (index) is a reply to 12 by user 1.
QByteArray commentPage(int count, int firstId, int replyAt)
{
    QByteArray values;
    for (int i = 0; i < count; ++i) {
        const bool reply = i == replyAt;
        values += "<value><struct><member><name>date_created_gmt</name><value><dateTime.iso8601>20261207T00:49:54"
                  "</dateTime.iso8601></value></member><member><name>user_id</name><value><string>"
                  + QByteArray(reply ? "1" : "0") + "</string></value></member><member><name>comment_id</name><value><string>"
                  + QByteArray::number(firstId - i) + "</string></value></member><member><name>parent</name><value><string>"
                  + QByteArray(reply ? "12" : "0") + "</string></value></member><member><name>status</name><value><string>"
                  "approve</string></value></member><member><name>content</name><value><string>"
                  + QByteArray(reply ? "Thanks!" : "Another comment") + "</string></value></member><member><name>post_id"
                  "</name><value><string>4</string></value></member><member><name>type</name><value><string>comment"
                  "</string></value></member></struct></value>";
    }
    return responseOf("<array><data>" + values + "</data></array>");
}

// A blog connected through XML-RPC as admin at `url`.
Site xmlRpcSite(const QUrl& url)
{
    Site site;
    site.id = 1;
    site.baseUrl = url;
    site.userName = QStringLiteral("admin");
    site.protocol = Site::Protocol::WordPressXmlRpc;
    return site;
}

XmlRpcValue read(const QByteArray& body)
{
    auto value = xmlrpc::readResponse(body);
    return value ? value.value() : XmlRpcValue();
}

} // namespace

class TestXmlRpcClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void callsAndReadsTheAnswer();
    void faultsBecomeErrors();
    void refusedReplyIsAPossibleDuplicate();
    void findRepliesReadsPastTheFirstPage();
    void passwordNeverLeavesTheOrigin_data();
    void passwordNeverLeavesTheOrigin();
    void endpointRefusals();
    void answerPastTheCapIsRefused();
    void discoveryFollowsRsd();
    void discoveryFallsBackToXmlRpcPhp();
    void discoveryRefusesAnotherOrigin();
    void discoveryNeedsWordPressMethods();
    void editUriFromHtml_data();
    void editUriFromHtml();
    void hostileFrontPageIsQuick();
    void apiLinkFromRsd();
    void mapsWordPressPost();
    void wrongTypesNameTheMember();
    void mapsCommentsAndIds();
    void restFieldsBecomeXmlRpcContent();
};

void TestXmlRpcClient::callsAndReadsTheAnswer()
{
    LyingHttpServer blog([](const LyingRequest&) { return xml(responseOf("<int>7</int>")); });
    QVERIFY(blog.listen());
    HttpClient http(new QNetworkAccessManager);
    XmlRpcTransport transport(&http, blog.url(QStringLiteral("/xmlrpc.php")), blog.url(), false);
    const auto answer = wait(transport.call(QStringLiteral("demo.addTwoNumbers"), {XmlRpcValue(3), XmlRpcValue(4)}));
    QVERIFY2(answer.ok(), qPrintable(errorOf(answer)));
    QCOMPARE(answer->toInt(), 7);
    QCOMPARE(blog.requests().size(), 1);
    QCOMPARE(blog.requests().front().method, QByteArray("POST"));
    QCOMPARE(blog.requests().front().target, QByteArray("/xmlrpc.php"));
    QVERIFY(!blog.anyAuthorization()); // the password goes in the body, not in a header
}

void TestXmlRpcClient::faultsBecomeErrors()
{
    LyingHttpServer blog([](const LyingRequest&) {
        return xml("<?xml version=\"1.0\"?><methodResponse><fault><value><struct><member><name>faultCode</name><value><int>403"
                   "</int></value></member><member><name>faultString</name><value><string>Incorrect username or password."
                   "</string></value></member></struct></value></fault></methodResponse>");
    });
    QVERIFY(blog.listen());
    HttpClient http(new QNetworkAccessManager);
    XmlRpcTransport transport(&http, blog.url(QStringLiteral("/xmlrpc.php")), blog.url(), false);
    XmlRpcWordPress wordpress(&transport, QStringLiteral("admin"), QStringLiteral("wrong"));
    const auto blogs = wait(wordpress.usersBlogs());
    QVERIFY(!blogs.ok());
    QCOMPARE(blogs.error().code, Error::Code::Auth);
    const auto post = wait(wordpress.post(4));
    QVERIFY(!post.ok());
    QCOMPARE(post.error().code, Error::Code::Auth); // by the fault string
    QCOMPARE(blog.requests().size(), 2); // a fault is never retried
}

// WordPress refuses a duplicate reply with fault 403 and a translated sentence; the client marks it a possible duplicate
// so the replayer looks for the reply before giving up (found by tst_kills_xmlrpc).
void TestXmlRpcClient::refusedReplyIsAPossibleDuplicate()
{
    LyingHttpServer blog([](const LyingRequest&) {
        return xml("<?xml version=\"1.0\"?><methodResponse><fault><value><struct><member><name>faultCode</name><value><int>403"
                   "</int></value></member><member><name>faultString</name><value><string>Doppelter Kommentar erkannt."
                   "</string></value></member></struct></value></fault></methodResponse>");
    });
    QVERIFY(blog.listen());
    HttpClient http(new QNetworkAccessManager);
    const Site site = xmlRpcSite(blog.url());
    XmlRpcBlogClient client(site, &http, blog.url(QStringLiteral("/xmlrpc.php")), QStringLiteral("secret"));
    const auto created = wait(client.createComment(NewComment {4, 12, QStringLiteral("Thanks!")}));
    QVERIFY(!created.ok());
    QCOMPARE(created.error().meaning, Error::Meaning::DuplicateComment);
    QVERIFY(created.error().message.contains(QStringLiteral("Doppelter Kommentar"))); // the blog's own sentence is kept
    const auto read = wait(client.fetchComment(12));
    QVERIFY(!read.ok());
    QVERIFY(read.error().meaning != Error::Meaning::DuplicateComment); // only a refused new comment
}

// wp.getComments lists a post's comments newest first and cannot filter by parent: a reply sent while more than a page
// of comments arrived on a busy post is on a later page. It is found there; the reading stops at a short page, and
// at kFindRepliesPages pages whatever the blog answers.
void TestXmlRpcClient::findRepliesReadsPastTheFirstPage()
{
    int asked = 0;
    LyingHttpServer blog([&asked](const LyingRequest&) {
        const int page = asked++;
        return xml(commentPage(page < 2 ? 100 : 30, 10000 - page * 100, page == 1 ? 57 : -1));
    });
    QVERIFY(blog.listen());
    HttpClient http(new QNetworkAccessManager);
    const Site site = xmlRpcSite(blog.url());
    XmlRpcBlogClient client(site, &http, blog.url(QStringLiteral("/xmlrpc.php")), QStringLiteral("secret"));
    const auto replies = wait(client.findReplies(4, 12, 1));
    QVERIFY2(replies.ok(), qPrintable(errorOf(replies)));
    QCOMPARE(replies->size(), 1);
    QCOMPARE(replies->front().id, 10000 - 100 - 57);
    QCOMPARE(replies->front().content, QStringLiteral("Thanks!"));
    QCOMPARE(asked, 3); // stopped at the short page

    int endless = 0;
    LyingHttpServer busy([&endless](const LyingRequest&) { return ++endless, xml(commentPage(100, 100000 - endless * 100, -1)); });
    QVERIFY(busy.listen());
    XmlRpcBlogClient bounded(xmlRpcSite(busy.url()), &http, busy.url(QStringLiteral("/xmlrpc.php")), QStringLiteral("secret"));
    const auto none = wait(bounded.findReplies(4, 12, 1));
    QVERIFY2(none.ok(), qPrintable(errorOf(none)));
    QVERIFY(none->isEmpty());
    QCOMPARE(endless, XmlRpcBlogClient::kFindRepliesPages);
}

void TestXmlRpcClient::passwordNeverLeavesTheOrigin_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("301") << 301;
    QTest::newRow("302") << 302;
    QTest::newRow("307") << 307;
    QTest::newRow("308") << 308;
}

void TestXmlRpcClient::passwordNeverLeavesTheOrigin()
{
    QFETCH(int, status);
    LyingHttpServer other([](const LyingRequest&) { return xml(responseOf("<int>1</int>")); });
    QVERIFY(other.listen());
    const QByteArray elsewhere = other.url(QStringLiteral("/xmlrpc.php")).toEncoded();
    LyingHttpServer blog([status, elsewhere](const LyingRequest&) { return LyingAnswer::redirect(status, elsewhere); });
    QVERIFY(blog.listen());
    HttpClient http(new QNetworkAccessManager);
    XmlRpcTransport transport(&http, blog.url(QStringLiteral("/xmlrpc.php")), blog.url(), false);
    XmlRpcWordPress wordpress(&transport, QStringLiteral("admin"), QStringLiteral("secret"));
    const auto blogs = wait(wordpress.usersBlogs());
    QVERIFY(!blogs.ok());
    QCOMPARE(blogs.error().code, Error::Code::CrossOrigin);
    QVERIFY(other.requests().isEmpty());
}

void TestXmlRpcClient::endpointRefusals()
{
    const QUrl site(QStringLiteral("https://blog.example/"));
    QVERIFY(!XmlRpcTransport::endpointRefusal(QUrl(QStringLiteral("https://blog.example/xmlrpc.php")), site, false, {}));
    const auto other = XmlRpcTransport::endpointRefusal(QUrl(QStringLiteral("https://api.example/xmlrpc.php")), site, false, {});
    QVERIFY(other);
    QCOMPARE(other->code, Error::Code::CrossOrigin);
    QVERIFY(!XmlRpcTransport::endpointRefusal(QUrl(QStringLiteral("https://api.example/xmlrpc.php")), site, false,
                                              QStringLiteral("https://api.example")));
    const QUrl plain(QStringLiteral("http://blog.example/"));
    const auto insecure = XmlRpcTransport::endpointRefusal(QUrl(QStringLiteral("http://blog.example/xmlrpc.php")), plain, false, {});
    QVERIFY(insecure);
    QCOMPARE(insecure->code, Error::Code::Insecure);
    QVERIFY(!XmlRpcTransport::endpointRefusal(QUrl(QStringLiteral("http://blog.example/xmlrpc.php")), plain, true, {}));
    QVERIFY(!XmlRpcTransport::endpointRefusal(QUrl(QStringLiteral("http://127.0.0.1:8080/xmlrpc.php")),
                                              QUrl(QStringLiteral("http://127.0.0.1:8080/")), false, {}));
    const auto ftp = XmlRpcTransport::endpointRefusal(QUrl(QStringLiteral("ftp://blog.example/xmlrpc.php")), site, false, {});
    QVERIFY(ftp);
    QCOMPARE(ftp->code, Error::Code::InvalidInput);

    // Refused before anything is sent.
    LyingHttpServer blog([](const LyingRequest&) { return xml(responseOf("1")); });
    LyingHttpServer stranger([](const LyingRequest&) { return xml(responseOf("1")); });
    QVERIFY(blog.listen() && stranger.listen());
    HttpClient http(new QNetworkAccessManager);
    XmlRpcTransport transport(&http, stranger.url(QStringLiteral("/xmlrpc.php")), blog.url(), false);
    const auto answer = wait(transport.call(QStringLiteral("wp.getUsersBlogs"), {}));
    QVERIFY(!answer.ok());
    QCOMPARE(answer.error().code, Error::Code::CrossOrigin);
    QVERIFY(stranger.requests().isEmpty());
}

void TestXmlRpcClient::answerPastTheCapIsRefused()
{
    LyingHttpServer blog([](const LyingRequest&) { return xml(responseOf("<string>" + QByteArray(64 * 1024, 'x') + "</string>")); });
    QVERIFY(blog.listen());
    HttpClient http(new QNetworkAccessManager);
    XmlRpcTransport transport(&http, blog.url(QStringLiteral("/xmlrpc.php")), blog.url(), false);
    const auto answer = wait(transport.call(QStringLiteral("wp.getPost"), {}, XmlRpcTransport::Options {true, 1024, 0}));
    QVERIFY(!answer.ok());
    QCOMPARE(answer.error().code, Error::Code::TooLarge);
}

void TestXmlRpcClient::discoveryFollowsRsd()
{
    LyingHttpServer blog([](const LyingRequest& request) {
        if (request.target == "/") {
            return LyingAnswer {LyingAnswer::Kind::Whole, 200, {{"Content-Type", "text/html"}}, frontPage("/xmlrpc.php?rsd")};
        }
        if (request.target == "/xmlrpc.php?rsd") {
            return xml(rsd("/api/xmlrpc.php"));
        }
        return xml(kMethods);
    });
    QVERIFY(blog.listen());
    HttpClient http(new QNetworkAccessManager);
    const auto found = wait(xmlrpc::discover(&http, blog.url(), false));
    QVERIFY2(found.ok(), qPrintable(errorOf(found)));
    QVERIFY(found->fromRsd);
    QCOMPARE(found->rsdUrl, blog.url(QStringLiteral("/xmlrpc.php?rsd")));
    QCOMPARE(found->endpoint, blog.url(QStringLiteral("/api/xmlrpc.php"))); // the WordPress API's link, not Blogger's
    QCOMPARE(found->methods.size(), 5);
    QCOMPARE(blog.requests().back().target, QByteArray("/api/xmlrpc.php"));
    QCOMPARE(blog.requests().back().method, QByteArray("POST"));
}

void TestXmlRpcClient::discoveryFallsBackToXmlRpcPhp()
{
    LyingHttpServer blog([](const LyingRequest& request) {
        if (request.target.startsWith("/blog/xmlrpc.php")) {
            return xml(kMethods);
        }
        return LyingAnswer {LyingAnswer::Kind::Whole, 200, {{"Content-Type", "text/html"}}, "<html><head></head></html>"};
    });
    QVERIFY(blog.listen());
    HttpClient http(new QNetworkAccessManager);
    const auto found = wait(xmlrpc::discover(&http, blog.url(QStringLiteral("/blog/")), false));
    QVERIFY2(found.ok(), qPrintable(errorOf(found)));
    QVERIFY(!found->fromRsd);
    QCOMPARE(found->endpoint, blog.url(QStringLiteral("/blog/xmlrpc.php")));
}

void TestXmlRpcClient::discoveryRefusesAnotherOrigin()
{
    LyingHttpServer other([](const LyingRequest& request) {
        return request.method == "POST" ? xml(kMethods) : xml(rsd("/xmlrpc.php"));
    });
    QVERIFY(other.listen());
    const QByteArray elsewhere = other.url(QStringLiteral("/xmlrpc.php?rsd")).toEncoded();
    LyingHttpServer blog([elsewhere](const LyingRequest& request) {
        if (request.target == "/rsd") {
            return xml(rsd(elsewhere.chopped(4))); // an RSD on the blog naming an API elsewhere
        }
        return LyingAnswer {LyingAnswer::Kind::Whole, 200, {}, frontPage(request.target == "/two" ? "/rsd" : elsewhere)};
    });
    QVERIFY(blog.listen());
    HttpClient http(new QNetworkAccessManager);
    // The EditURI names another origin.
    const auto found = wait(xmlrpc::discover(&http, blog.url(), false));
    QVERIFY(!found.ok());
    QCOMPARE(found.error().code, Error::Code::ApiOnOtherOrigin);
    QCOMPARE(found.error().url, blog.url());
    QCOMPARE(found.error().otherUrl, other.url(QStringLiteral("/xmlrpc.php?rsd")));
    QVERIFY(other.requests().isEmpty());
    // The RSD's apiLink names another origin.
    const auto viaRsd = wait(xmlrpc::discover(&http, blog.url(QStringLiteral("/two")), false));
    QVERIFY(!viaRsd.ok());
    QCOMPARE(viaRsd.error().code, Error::Code::ApiOnOtherOrigin);
    QVERIFY(other.requests().isEmpty());
    // Once the user accepted that origin, it is used.
    const auto accepted = wait(xmlrpc::discover(&http, blog.url(), false, other.origin()));
    QVERIFY2(accepted.ok(), qPrintable(errorOf(accepted)));
    QCOMPARE(accepted->endpoint, other.url(QStringLiteral("/xmlrpc.php")));
}

void TestXmlRpcClient::discoveryNeedsWordPressMethods()
{
    LyingHttpServer blog([](const LyingRequest& request) {
        if (request.method == "POST") {
            return xml(responseOf("<array><data><value><string>pingback.ping</string></value></data></array>"));
        }
        return LyingAnswer {LyingAnswer::Kind::Whole, 200, {}, "<html></html>"};
    });
    QVERIFY(blog.listen());
    HttpClient http(new QNetworkAccessManager);
    const auto found = wait(xmlrpc::discover(&http, blog.url(), false));
    QVERIFY(!found.ok());
    QCOMPARE(found.error().code, Error::Code::Permission);
    QVERIFY2(found.error().message.contains(QStringLiteral("wp.newPost")), qPrintable(found.error().message));
}

void TestXmlRpcClient::editUriFromHtml_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QUrl>("expected");
    const QUrl page(QStringLiteral("https://blog.example/films/"));
    QTest::newRow("wordpress") << frontPage("https://blog.example/xmlrpc.php?rsd")
                               << QUrl(QStringLiteral("https://blog.example/xmlrpc.php?rsd"));
    QTest::newRow("relative") << frontPage("xmlrpc.php?rsd") << QUrl(QStringLiteral("https://blog.example/films/xmlrpc.php?rsd"));
    QTest::newRow("case and tokens") << QByteArray("<LINK REL='alternate  edituri' HREF=/x?rsd>")
                                     << QUrl(QStringLiteral("https://blog.example/x?rsd"));
    QTest::newRow("none") << QByteArray("<html><head><link rel=stylesheet href=a.css></head></html>") << QUrl();
    QTest::newRow("after head") << QByteArray("<html><head></head><body><link rel=EditURI href=/x></body>") << QUrl();
    QTest::newRow("no href") << QByteArray("<link rel=EditURI>") << QUrl();
    QTest::newRow("entities") << QByteArray("<link rel=\"EditURI\" href=\"/xmlrpc.php?rsd&amp;x=1\">")
                              << QUrl(QStringLiteral("https://blog.example/xmlrpc.php?rsd&x=1"));
    QTest::newRow("empty") << QByteArray() << QUrl();
}

void TestXmlRpcClient::editUriFromHtml()
{
    QFETCH(QByteArray, html);
    QFETCH(QUrl, expected);
    QCOMPARE(xmlrpc::editUriFromHtml(html, QUrl(QStringLiteral("https://blog.example/films/"))), expected);
}

void TestXmlRpcClient::hostileFrontPageIsQuick()
{
    QElapsedTimer timer;
    timer.start();
    QByteArray deep;
    for (int i = 0; i < 400000; ++i) {
        deep += "<div>";
    }
    QCOMPARE(xmlrpc::editUriFromHtml(deep, QUrl(QStringLiteral("https://blog.example/"))), QUrl());
    QByteArray links;
    while (links.size() < 2 * 1024 * 1024) {
        links += "<link rel=x href=y>";
    }
    QCOMPARE(xmlrpc::editUriFromHtml(links, QUrl(QStringLiteral("https://blog.example/"))), QUrl());
    QByteArray open = "<link rel=EditURI href=\"";
    open += QByteArray(2 * 1024 * 1024, 'a');
    (void)xmlrpc::editUriFromHtml(open, QUrl(QStringLiteral("https://blog.example/")));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

void TestXmlRpcClient::apiLinkFromRsd()
{
    const QUrl at(QStringLiteral("https://blog.example/xmlrpc.php?rsd"));
    QCOMPARE(xmlrpc::apiLinkFromRsd(rsd("https://blog.example/xmlrpc.php"), at), QUrl(QStringLiteral("https://blog.example/xmlrpc.php")));
    QCOMPARE(xmlrpc::apiLinkFromRsd(rsd("/wp/xmlrpc.php"), at), QUrl(QStringLiteral("https://blog.example/wp/xmlrpc.php")));
    QCOMPARE(xmlrpc::apiLinkFromRsd("<rsd><apis><api name=\"MetaWeblog\" apiLink=\"/a\"/><api name=\"Other\" preferred=\"true\" "
                                    "apiLink=\"/b\"/></apis></rsd>",
                                    at),
             QUrl(QStringLiteral("https://blog.example/b")));
    QCOMPARE(xmlrpc::apiLinkFromRsd("<!DOCTYPE rsd [<!ENTITY a \"/x\">]><rsd><api name=\"WordPress\" apiLink=\"&a;\"/></rsd>", at), QUrl());
    QCOMPARE(xmlrpc::apiLinkFromRsd("<html>not an rsd", at), QUrl());
    QCOMPARE(xmlrpc::apiLinkFromRsd("<rsd><apis/></rsd>", at), QUrl());
}

void TestXmlRpcClient::mapsWordPressPost()
{
    const auto post = xmlrpc::parsePost(read(kPost));
    QVERIFY2(post.ok(), qPrintable(errorOf(post)));
    QCOMPARE(post->id, 4);
    QCOMPARE(post->title, QStringLiteral("Hello"));
    QCOMPARE(post->content, QStringLiteral("Body"));
    QCOMPARE(post->status, QStringLiteral("draft"));
    QCOMPARE(post->author, 1);
    QCOMPARE(post->dateGmt, QDateTime(QDate(2026, 12, 7), QTime(0, 49, 45), Qt::UTC));
    QCOMPARE(post->modifiedGmt, QDateTime(QDate(2026, 12, 7), QTime(0, 49, 45), Qt::UTC));
    QVERIFY(!post->commentsOpen);
    QVERIFY(post->pingsOpen);
    QCOMPARE(post->categories, QList<qint64> {1});
    QCOMPARE(post->tags, QList<qint64> {9});
    QCOMPARE(post->featuredMedia, 0);

    QByteArray withThumbnail = kPost;
    withThumbnail.replace("<array><data>\n</data></array></value></member>\n  <member><name>post_format",
                          "<struct><member><name>attachment_id</name><value><string>12</string></value></member></struct>"
                          "</value></member>\n  <member><name>post_format");
    const auto featured = xmlrpc::parsePost(read(withThumbnail));
    QVERIFY2(featured.ok(), qPrintable(errorOf(featured)));
    QCOMPARE(featured->featuredMedia, 12);
}

void TestXmlRpcClient::wrongTypesNameTheMember()
{
    const XmlRpcValue good = read(kPost);
    XmlRpcValue badTitle = good;
    badTitle.insert(QStringLiteral("post_title"), XmlRpcValue(XmlRpcValue::Array {}));
    const auto posts = xmlrpc::parsePosts(XmlRpcValue(XmlRpcValue::Array {good, badTitle}));
    QVERIFY(!posts.ok());
    QCOMPARE(posts.error().code, Error::Code::BadResponse);
    QVERIFY2(posts.error().message.contains(QStringLiteral("[1].post_title should be a string, not a value of type array")),
             qPrintable(posts.error().message));

    XmlRpcValue badId = good;
    badId.insert(QStringLiteral("post_id"), XmlRpcValue(QStringLiteral("-4")));
    const auto post = xmlrpc::parsePost(badId);
    QVERIFY(!post.ok());
    QVERIFY2(post.error().message.contains(QStringLiteral("post_id should be a whole number")), qPrintable(post.error().message));

    XmlRpcValue badTerm = good;
    XmlRpcValue term;
    term.insert(QStringLiteral("term_id"), XmlRpcValue(true));
    term.insert(QStringLiteral("taxonomy"), XmlRpcValue(QStringLiteral("category")));
    badTerm.insert(QStringLiteral("terms"), XmlRpcValue(XmlRpcValue::Array {term}));
    const auto termPost = xmlrpc::parsePost(badTerm);
    QVERIFY(!termPost.ok());
    QVERIFY2(termPost.error().message.contains(QStringLiteral("terms[0].term_id")), qPrintable(termPost.error().message));

    XmlRpcValue noId = good;
    XmlRpcValue::Struct members;
    for (const auto& member : good.members()) {
        if (member.first != QLatin1String("post_id")) {
            members.push_back(member);
        }
    }
    const auto missing = xmlrpc::parsePost(XmlRpcValue(members));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.contains(QStringLiteral("lacks post_id")), qPrintable(missing.error().message));

    const auto notAList = xmlrpc::parsePosts(XmlRpcValue(QStringLiteral("oops")));
    QVERIFY(!notAList.ok());
    const auto huge = xmlrpc::parseId(XmlRpcValue(QStringLiteral("99999999999999999999")));
    QVERIFY(!huge.ok());
}

void TestXmlRpcClient::mapsCommentsAndIds()
{
    const auto comments = xmlrpc::parseComments(read(responseOf(R"(<array><data><value><struct>
  <member><name>date_created_gmt</name><value><dateTime.iso8601>20261207T00:49:54</dateTime.iso8601></value></member>
  <member><name>user_id</name><value><string>1</string></value></member>
  <member><name>comment_id</name><value><string>2</string></value></member>
  <member><name>parent</name><value><string>0</string></value></member>
  <member><name>status</name><value><string>approve</string></value></member>
  <member><name>content</name><value><string>Nice &amp; fine</string></value></member>
  <member><name>post_id</name><value><string>4</string></value></member>
  <member><name>author</name><value><string>Ada Admin</string></value></member>
  <member><name>author_url</name><value><string>http://127.0.0.1:41969</string></value></member>
  <member><name>author_email</name><value><string>admin@example.test</string></value></member>
  <member><name>author_ip</name><value><string>127.0.0.1</string></value></member>
  <member><name>type</name><value><string>comment</string></value></member>
</struct></value></data></array>)")));
    QVERIFY2(comments.ok(), qPrintable(errorOf(comments)));
    QCOMPARE(comments->size(), 1);
    const RemoteComment& comment = comments->front();
    QCOMPARE(comment.id, 2);
    QCOMPARE(comment.post, 4);
    QCOMPARE(comment.author, 1);
    QCOMPARE(comment.status, QStringLiteral("approved"));
    QCOMPARE(comment.content, QStringLiteral("Nice & fine"));
    QCOMPARE(comment.authorName, QStringLiteral("Ada Admin"));
    QCOMPARE(comment.type, QStringLiteral("comment"));
    QCOMPARE(comment.dateGmt, QDateTime(QDate(2026, 12, 7), QTime(0, 49, 54), Qt::UTC));

    QCOMPARE(xmlrpc::parseId(XmlRpcValue(QStringLiteral("4"))).value(), 4);
    QCOMPARE(xmlrpc::parseId(XmlRpcValue(5)).value(), 5);
    QVERIFY(!xmlrpc::parseId(XmlRpcValue(QStringLiteral("4a"))).ok());
    QVERIFY(!xmlrpc::parseId(XmlRpcValue(0)).ok());
    QVERIFY(!xmlrpc::parseId(XmlRpcValue(false)).ok());
    QCOMPARE(xmlrpc::commentStatusToXmlRpc(QStringLiteral("approved")), QStringLiteral("approve"));
    QCOMPARE(xmlrpc::commentStatusToXmlRpc(QStringLiteral("spam")), QStringLiteral("spam"));
}

void TestXmlRpcClient::restFieldsBecomeXmlRpcContent()
{
    QStringList skipped;
    const XmlRpcValue content = xmlrpc::postContent(QJsonObject {
        {QStringLiteral("title"), QStringLiteral("T")},
        {QStringLiteral("content"), QJsonObject {{QStringLiteral("raw"), QStringLiteral("C")}}},
        {QStringLiteral("status"), QStringLiteral("future")},
        {QStringLiteral("date_gmt"), QStringLiteral("2026-12-24T18:00:00")},
        {QStringLiteral("categories"), QJsonArray {1, 5}},
        {QStringLiteral("tags"), QJsonArray {}},
        {QStringLiteral("featured_media"), 0},
        {QStringLiteral("template"), QStringLiteral("wide.php")}, // no XML-RPC counterpart
    }, &skipped);
    QCOMPARE(content.member(QStringLiteral("post_title"))->toString(), QStringLiteral("T"));
    QCOMPARE(content.member(QStringLiteral("post_content"))->toString(), QStringLiteral("C"));
    QCOMPARE(content.member(QStringLiteral("post_status"))->toString(), QStringLiteral("future"));
    QCOMPARE(content.member(QStringLiteral("post_date_gmt"))->toDateTime(), QDateTime(QDate(2026, 12, 24), QTime(18, 0), Qt::UTC));
    const XmlRpcValue* terms = content.member(QStringLiteral("terms"));
    QVERIFY(terms);
    QCOMPARE(*terms->member(QStringLiteral("category")), XmlRpcValue(XmlRpcValue::Array {XmlRpcValue(1), XmlRpcValue(5)}));
    QCOMPARE(*terms->member(QStringLiteral("post_tag")), XmlRpcValue(XmlRpcValue::Array {})); // clears the tags
    QCOMPARE(content.member(QStringLiteral("post_thumbnail"))->toInt(), 0);
    QCOMPARE(skipped, QStringList {QStringLiteral("template")});
}

QTEST_GUILESS_MAIN(TestXmlRpcClient)
#include "tst_xmlrpcclient.moc"
