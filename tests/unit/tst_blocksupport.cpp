// What a blog's block editor writes where WordPress versions differ (BlockSupport: wp:details from 6.3, the heading's
// class from 6.2), asked of both backends with fake replies: REST lists the core block types (one request, the
// fixture's WordPress 6.1 answer and a 6.3 one), XML-RPC reads software_version with wp.getOptions; a refusal or a
// strange answer is an error (the caller keeps what it knew). The answer is kept beside the blog's settings and asked
// again after a day.
#include "core/domain/BlockSupport.h"
#include "core/remote/HttpClient.h"
#include "core/remote/WordPressClient.h"
#include "core/remote/xmlrpc/XmlRpcBlogClient.h"
#include "core/settings/AppSettings.h"

#include "support/FakeNetwork.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace longhand;
using namespace longhand::test;

namespace {

template <typename T>
Result<T> wait(QFuture<Result<T>> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 10000)) {
        qFatal("timed out");
    }
    return future.result();
}

// GET wp/v2/block-types/core?_fields=name,supports.className on the fixture's WordPress 6.1.9, shortened.
const QByteArray kTypes61 = R"([{"name":"core\/archives","supports":[]},{"name":"core\/code","supports":[]},)"
                            R"({"name":"core\/heading","supports":{"className":false}},)"
                            R"({"name":"core\/list","supports":{"className":false}},{"name":"core\/quote","supports":[]}])";
// The same on a 6.3 blog: core/details registered, the heading without the opt-out.
const QByteArray kTypes63 = R"([{"name":"core\/code","supports":[]},{"name":"core\/details","supports":[]},)"
                            R"({"name":"core\/heading","supports":[]},{"name":"core\/list","supports":{"className":false}}])";

QByteArray versionAnswer(const QByteArray& version)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><methodResponse><params><param><value><struct>"
           "<member><name>software_version</name><value><struct>"
           "<member><name>desc</name><value><string>Software Version</string></value></member>"
           "<member><name>readonly</name><value><boolean>1</boolean></value></member>"
           "<member><name>value</name><value><string>"
        + version + "</string></value></member></struct></value></member></struct></value></param></params></methodResponse>";
}

FakeResponse xml(const QByteArray& body)
{
    return FakeResponse {200, body, {{"Content-Type", "text/xml; charset=UTF-8"}}};
}

Result<BlockSupport> askRest(const FakeNetworkAccessManager::Handler& handler, QList<FakeRequest>* seen = nullptr)
{
    auto* network = new FakeNetworkAccessManager(handler);
    const auto log = network->requestLog();
    HttpClient http(network);
    Site site;
    site.restRoot = QUrl(QStringLiteral("https://b.example/wp-json/"));
    WordPressClient client(site, &http);
    auto result = wait(client.fetchBlockSupport());
    if (seen) {
        *seen = *log;
    }
    return result;
}

Result<BlockSupport> askXmlRpc(const FakeNetworkAccessManager::Handler& handler, QList<FakeRequest>* seen = nullptr)
{
    auto* network = new FakeNetworkAccessManager(handler);
    const auto log = network->requestLog();
    HttpClient http(network);
    Site site;
    site.id = 1;
    site.baseUrl = QUrl(QStringLiteral("https://b.example/"));
    site.userName = QStringLiteral("author");
    site.protocol = Site::Protocol::WordPressXmlRpc;
    XmlRpcBlogClient client(site, &http, QUrl(QStringLiteral("https://b.example/xmlrpc.php")), QStringLiteral("secret"));
    auto result = wait(client.fetchBlockSupport());
    if (seen) {
        *seen = *log;
    }
    return result;
}

} // namespace

class TestBlockSupport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restListsTheCoreBlockTypesOnce();
    void restOn63HasDetailsAndTheHeadingClass();
    void restRefusalOrStrangeAnswerIsAnError();
    void xmlRpcReadsTheVersion_data();
    void xmlRpcReadsTheVersion();
    void xmlRpcStrangeAnswerIsAnError();
    void versionsDecideAsCoreWordPress_data();
    void versionsDecideAsCoreWordPress();
    void keptBesideTheBlogsSettingsForADay();
};

void TestBlockSupport::restListsTheCoreBlockTypesOnce()
{
    QList<FakeRequest> seen;
    const auto support = askRest([](const FakeRequest&) { return FakeResponse::json(kTypes61); }, &seen);
    QVERIFY2(support, qPrintable(support ? QString() : support.error().message));
    QCOMPARE(support.value(), BlockSupport {}); // the fixture's 6.1: the defaults
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.first().method, QByteArray("GET"));
    QCOMPARE(seen.first().url.path(), QStringLiteral("/wp-json/wp/v2/block-types/core"));
    QCOMPARE(QUrlQuery(seen.first().url).queryItemValue(QStringLiteral("_fields")),
             QStringLiteral("name,supports.className"));
}

void TestBlockSupport::restOn63HasDetailsAndTheHeadingClass()
{
    const auto support = askRest([](const FakeRequest&) { return FakeResponse::json(kTypes63); });
    QVERIFY(support);
    QVERIFY(support->detailsBlock);
    QVERIFY(support->headingClass);
    // A 6.2 blog: the heading's class, no details block.
    const auto only = askRest([](const FakeRequest&) {
        return FakeResponse::json(R"([{"name":"core\/heading","supports":{"anchor":true}}])");
    });
    QVERIFY(only);
    QVERIFY(!only->detailsBlock);
    QVERIFY(only->headingClass);
}

void TestBlockSupport::restRefusalOrStrangeAnswerIsAnError()
{
    const auto refused = askRest([](const FakeRequest&) {
        return FakeResponse::json(R"({"code":"rest_block_type_cannot_view","message":"Sorry, you are not allowed to manage block types.","data":{"status":401}})",
                                  401);
    });
    QVERIFY(!refused);
    const auto strange = askRest([](const FakeRequest&) { return FakeResponse::json(R"({"name":"core/details"})"); });
    QVERIFY(!strange);
    QCOMPARE(strange.error().code, Error::Code::BadResponse);
}

void TestBlockSupport::xmlRpcReadsTheVersion_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<bool>("details");
    QTest::addColumn<bool>("headingClass");
    QTest::newRow("6.1.9 (the fixture)") << QByteArray("6.1.9") << false << false;
    QTest::newRow("6.2.1") << QByteArray("6.2.1") << false << true;
    QTest::newRow("6.3") << QByteArray("6.3") << true << true;
    QTest::newRow("6.7-RC1") << QByteArray("6.7-RC1") << true << true;
}

void TestBlockSupport::xmlRpcReadsTheVersion()
{
    QFETCH(QByteArray, version);
    QFETCH(bool, details);
    QFETCH(bool, headingClass);
    QList<FakeRequest> seen;
    const auto support = askXmlRpc([version](const FakeRequest&) { return xml(versionAnswer(version)); }, &seen);
    QVERIFY2(support, qPrintable(support ? QString() : support.error().message));
    QCOMPARE(support->detailsBlock, details);
    QCOMPARE(support->headingClass, headingClass);
    QCOMPARE(seen.size(), 1);
    QVERIFY(seen.first().body.contains("<methodName>wp.getOptions</methodName>"));
    QVERIFY(seen.first().body.contains("<string>software_version</string>"));
}

void TestBlockSupport::xmlRpcStrangeAnswerIsAnError()
{
    const auto empty = askXmlRpc([](const FakeRequest&) {
        return xml("<?xml version=\"1.0\"?><methodResponse><params><param><value><struct></struct></value></param>"
                   "</params></methodResponse>");
    });
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, Error::Code::BadResponse);
    const auto fault = askXmlRpc([](const FakeRequest&) {
        return xml("<?xml version=\"1.0\"?><methodResponse><fault><value><struct><member><name>faultCode</name><value>"
                   "<int>403</int></value></member><member><name>faultString</name><value><string>Sorry.</string>"
                   "</value></member></struct></value></fault></methodResponse>");
    });
    QVERIFY(!fault);
}

void TestBlockSupport::versionsDecideAsCoreWordPress_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("details");
    QTest::addColumn<bool>("headingClass");
    QTest::newRow("5.6") << QStringLiteral("5.6") << false << false;
    QTest::newRow("6.10 is after 6.3") << QStringLiteral("6.10.1") << true << true;
    QTest::newRow("7.0") << QStringLiteral("7.0") << true << true;
    QTest::newRow("not a version") << QStringLiteral("trunk") << false << false;
    QTest::newRow("empty") << QString() << false << false;
}

void TestBlockSupport::versionsDecideAsCoreWordPress()
{
    QFETCH(QString, version);
    QFETCH(bool, details);
    QFETCH(bool, headingClass);
    const BlockSupport support = BlockSupport::forVersion(version);
    QCOMPARE(support.detailsBlock, details);
    QCOMPARE(support.headingClass, headingClass);
}

void TestBlockSupport::keptBesideTheBlogsSettingsForADay()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const QDateTime now(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
    QVERIFY(DetectedBlockSupport::load(settings, 4).isStale(now)); // never asked
    QCOMPARE(DetectedBlockSupport::load(settings, 4).support, BlockSupport {});

    DetectedBlockSupport detected {BlockSupport {true, true}, now};
    detected.save(settings, 4);
    QCOMPARE(DetectedBlockSupport::load(settings, 4), detected);
    QCOMPARE(DetectedBlockSupport::load(settings, 5).support, BlockSupport {}); // per blog
    QVERIFY(!detected.isStale(now.addSecs(23 * 3600)));
    QVERIFY(detected.isStale(now.addSecs(24 * 3600)));
    QVERIFY(detected.isStale(now.addSecs(-60))); // a clock set back: asked again

    // The dialog's settings leave it alone; removing the blog removes it.
    BlogSettings blog = BlogSettings::load(settings, 4);
    blog.blockEditor = false;
    blog.save(settings, 4);
    QCOMPARE(DetectedBlockSupport::load(settings, 4), detected);
    BlogSettings::remove(settings, 4);
    QVERIFY(DetectedBlockSupport::load(settings, 4).isStale(now));
}

QTEST_GUILESS_MAIN(TestBlockSupport)
#include "tst_blocksupport.moc"
