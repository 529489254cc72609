// The XML-RPC codec (core/remote/xmlrpc/XmlRpcCodec): what it writes reads back the same, WordPress's own answers
// and faults read as they should, and hostile XML (entities, DTDs, deep nesting, huge base64, numbers that do not
// fit, wrong types, truncation, other encodings) is refused with a sentence that says where, never a crash or a hang.
#include "core/remote/xmlrpc/XmlRpcCodec.h"

#include <QElapsedTimer>
#include <QTest>

using namespace longhand;
using namespace longhand::xmlrpc;

Q_DECLARE_METATYPE(longhand::XmlRpcValue)

namespace {

// A methodCall's params turned into a methodResponse, so the reader can read what the writer wrote.
QByteArray asResponse(QByteArray call)
{
    const qsizetype start = call.indexOf("<params>");
    const qsizetype end = call.lastIndexOf("</methodCall>");
    return "<?xml version=\"1.0\"?><methodResponse>" + call.mid(start, end - start) + "</methodResponse>";
}

QByteArray response(const QByteArray& value)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<methodResponse><params><param><value>" + value
           + "</value></param></params></methodResponse>\n";
}

QByteArray nested(int depth)
{
    QByteArray open;
    QByteArray close;
    for (int i = 0; i < depth; ++i) {
        open += "<array><data><value>";
        close.prepend("</value></data></array>");
    }
    return response(open + "<int>1</int>" + close);
}

XmlRpcValue post()
{
    XmlRpcValue terms;
    terms.insert(QStringLiteral("category"), XmlRpcValue::Array {XmlRpcValue(qint64(1)), XmlRpcValue(qint64(7))});
    XmlRpcValue value;
    value.insert(QStringLiteral("post_title"), XmlRpcValue(QStringLiteral("Réveil <at> dawn & \"dusk\" 🎬")));
    value.insert(QStringLiteral("post_content"), XmlRpcValue(QStringLiteral("line one\r\nline two\n\n  indented\t")));
    value.insert(QStringLiteral("post_date_gmt"), XmlRpcValue(QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC)));
    value.insert(QStringLiteral("sticky"), XmlRpcValue(false));
    value.insert(QStringLiteral("terms"), terms);
    return value;
}

} // namespace

class TestXmlRpc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void writesWhatWordPressReads();
    void writesCharactersXmlCannotCarry();
    void readsWordPressAnswers();
    void readsBareValuesAsStrings();
    void faults_data();
    void faults();
    void dates_data();
    void dates();
    void hostile_data();
    void hostile();
    void wrongTypesNameTheMember();
    void deepNestingIsRefusedQuickly();
    void hugeBase64IsRefused();
    void tooManyValuesAreRefused();
    void answerPastTheSizeCapIsRefused();
};

void TestXmlRpc::roundTrip_data()
{
    QTest::addColumn<XmlRpcValue>("value");
    QTest::newRow("int") << XmlRpcValue(42);
    QTest::newRow("negative int") << XmlRpcValue(-7);
    QTest::newRow("64-bit int") << XmlRpcValue(qint64(9007199254740993));
    QTest::newRow("true") << XmlRpcValue(true);
    QTest::newRow("false") << XmlRpcValue(false);
    QTest::newRow("empty string") << XmlRpcValue(QString());
    QTest::newRow("markup string") << XmlRpcValue(QStringLiteral("<p>a &amp; b]]></p>"));
    QTest::newRow("spaces kept") << XmlRpcValue(QStringLiteral("  two  "));
    QTest::newRow("carriage returns kept") << XmlRpcValue(QStringLiteral("a\r\nb\rc"));
    QTest::newRow("double") << XmlRpcValue(3.25);
    QTest::newRow("small double") << XmlRpcValue(1e-300);
    QTest::newRow("date") << XmlRpcValue(QDateTime(QDate(2026, 2, 28), QTime(23, 59, 59), Qt::UTC));
    QTest::newRow("zero date") << XmlRpcValue::zeroDate();
    QTest::newRow("base64") << XmlRpcValue::base64(QByteArray("\x89PNG\r\n\x1a\n\0\xff", 10));
    QTest::newRow("empty base64") << XmlRpcValue::base64(QByteArray());
    QTest::newRow("empty struct") << XmlRpcValue(XmlRpcValue::Struct {});
    QTest::newRow("empty array") << XmlRpcValue(XmlRpcValue::Array {});
    QTest::newRow("post") << post();
    QTest::newRow("array of posts") << XmlRpcValue(XmlRpcValue::Array {post(), post(), XmlRpcValue(QStringLiteral("x"))});
}

void TestXmlRpc::roundTrip()
{
    QFETCH(XmlRpcValue, value);
    const QByteArray call = writeCall(QStringLiteral("wp.test"), {value});
    const auto read = readResponse(asResponse(call));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message + QLatin1Char('\n') + QString::fromUtf8(call)));
    QVERIFY2(read.value() == value, call.constData());
}

void TestXmlRpc::writesWhatWordPressReads()
{
    XmlRpcValue filter;
    filter.insert(QStringLiteral("number"), XmlRpcValue(5000000000LL));
    const QByteArray call = writeCall(QStringLiteral("wp.getPosts"),
                                      {XmlRpcValue(1), XmlRpcValue(QStringLiteral("admin")), filter,
                                       XmlRpcValue(QDateTime(QDate(2026, 12, 7), QTime(1, 2, 3), Qt::UTC))});
    QVERIFY(call.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    QVERIFY(call.contains("<methodName>wp.getPosts</methodName>"));
    // WordPress's parser (IXR) knows <int> but not <i8>, and reads dates by position.
    QVERIFY(call.contains("<int>5000000000</int>"));
    QVERIFY(!call.contains("i8"));
    QVERIFY(call.contains("<dateTime.iso8601>20261207T01:02:03</dateTime.iso8601>"));
    QVERIFY(call.contains("<value><string>admin</string></value>"));
    // A local time is written in UTC.
    const QDateTime local = QDateTime(QDate(2026, 7, 1), QTime(12, 0), Qt::OffsetFromUTC, 2 * 3600);
    QCOMPARE(formatDateTime(local), QStringLiteral("20260701T10:00:00"));
}

void TestXmlRpc::writesCharactersXmlCannotCarry()
{
    const QString text = QStringLiteral("a") + QChar(0) + QChar(0x1b) + QStringLiteral("b") + QChar(0xD800)
                         + QStringLiteral("c") + QChar(0xFFFF) + QStringLiteral("\t\n");
    const QByteArray call = writeCall(QStringLiteral("m"), {XmlRpcValue(text)});
    const auto read = readResponse(asResponse(call));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    const QChar r(QChar::ReplacementCharacter);
    QCOMPARE(read->toString(), QStringLiteral("a") + r + r + QStringLiteral("b") + r + QStringLiteral("c") + r
                                   + QStringLiteral("\t\n"));
}

void TestXmlRpc::readsWordPressAnswers()
{
    // wp.getUsersBlogs on the fixture (WordPress 6.1.9), byte for byte.
    const QByteArray blogs = R"(<?xml version="1.0" encoding="UTF-8"?>
<methodResponse>
  <params>
    <param>
      <value>
      <array><data>
  <value><struct>
  <member><name>isAdmin</name><value><boolean>1</boolean></value></member>
  <member><name>url</name><value><string>http://127.0.0.1:41969/</string></value></member>
  <member><name>blogid</name><value><string>1</string></value></member>
  <member><name>blogName</name><value><string>Longhand Test Blog</string></value></member>
  <member><name>xmlrpc</name><value><string>http://127.0.0.1:41969/xmlrpc.php</string></value></member>
</struct></value>
</data></array>
      </value>
    </param>
  </params>
</methodResponse>
)";
    const auto read = readResponse(blogs);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    QCOMPARE(read->items().size(), size_t(1));
    const XmlRpcValue& blog = read->items().front();
    QCOMPARE(blog.member(QStringLiteral("isAdmin"))->toBool(), true);
    QCOMPARE(blog.member(QStringLiteral("blogid"))->toString(), QStringLiteral("1"));
    QCOMPARE(blog.member(QStringLiteral("blogName"))->toString(), QStringLiteral("Longhand Test Blog"));
    QCOMPARE(blog.members().front().first, QStringLiteral("isAdmin")); // in the order sent

    const auto date = readResponse(response("<dateTime.iso8601>20261207T00:49:45</dateTime.iso8601>"));
    QVERIFY(date.ok());
    QCOMPARE(date->toDateTime(), QDateTime(QDate(2026, 12, 7), QTime(0, 49, 45), Qt::UTC));
    const auto entities = readResponse(response("<string>Nice &amp; fine &lt;b&gt; &#233;&#x1F3AC;</string>"));
    QVERIFY(entities.ok());
    QCOMPARE(entities->toString(), QStringLiteral("Nice & fine <b> é🎬"));
    const auto cdata = readResponse(response("<string><![CDATA[<b>bold</b>]]></string>"));
    QVERIFY(cdata.ok());
    QCOMPARE(cdata->toString(), QStringLiteral("<b>bold</b>"));
}

void TestXmlRpc::readsBareValuesAsStrings()
{
    const auto bare = readResponse(response("  4  "));
    QVERIFY(bare.ok());
    QCOMPARE(bare->toString(), QStringLiteral("  4  "));
    const auto empty = readResponse(response(""));
    QVERIFY(empty.ok());
    QCOMPARE(empty->toString(), QString());
    const auto i4 = readResponse(response("<i4> -12 </i4>"));
    QVERIFY(i4.ok());
    QCOMPARE(i4->toInt(), -12);
}

void TestXmlRpc::faults_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("expected");
    QTest::newRow("wrong password") << 403 << int(Error::Code::Permission);
    QTest::newRow("not allowed") << 401 << int(Error::Code::Permission);
    QTest::newRow("xml-rpc off") << 405 << int(Error::Code::Permission);
    QTest::newRow("no such post") << 404 << int(Error::Code::RemoteNotFound);
    QTest::newRow("stale") << 409 << int(Error::Code::Conflict);
    QTest::newRow("parse error") << -32700 << int(Error::Code::BadResponse);
    QTest::newRow("no such method") << -32601 << int(Error::Code::BadResponse);
    QTest::newRow("other") << 500 << int(Error::Code::Http);
}

void TestXmlRpc::faults()
{
    QFETCH(int, code);
    QFETCH(int, expected);
    const QByteArray body = QByteArray(R"(<?xml version="1.0" encoding="UTF-8"?>
<methodResponse>
  <fault>
    <value>
      <struct>
        <member>
          <name>faultCode</name>
          <value><int>)") + QByteArray::number(code) + R"(</int></value>
        </member>
        <member>
          <name>faultString</name>
          <value><string>There is a revision of this post that is more recent.</string></value>
        </member>
      </struct>
    </value>
  </fault>
</methodResponse>
)";
    const auto read = readResponse(body);
    QVERIFY(!read.ok());
    QCOMPARE(int(read.error().code), expected);
    QCOMPARE(read.error().remoteCode, QStringLiteral("xmlrpc:%1").arg(code));
    QVERIFY2(read.error().message.contains(QStringLiteral("There is a revision")), qPrintable(read.error().message));
    QVERIFY(!read.error().isTransient());

    const auto broken = readResponse("<methodResponse><fault><value><struct><member><name>faultCode</name>"
                                     "<value><string>x</string></value></member></struct></value></fault></methodResponse>");
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().code, Error::Code::BadResponse);
}

void TestXmlRpc::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<bool>("valid");
    const QDateTime noon(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
    QTest::newRow("wordpress") << QStringLiteral("20261207T12:00:00") << noon << true;
    QTest::newRow("dashes") << QStringLiteral("2026-12-07T12:00:00") << noon << true;
    QTest::newRow("zulu") << QStringLiteral("20261207T12:00:00Z") << noon << true;
    QTest::newRow("compact") << QStringLiteral("20261207T120000") << noon << true;
    QTest::newRow("zero") << QStringLiteral("00000000T00:00:00") << QDateTime() << true;
    QTest::newRow("february 30") << QStringLiteral("20260230T12:00:00") << QDateTime() << false;
    QTest::newRow("hour 24") << QStringLiteral("20261207T24:00:00") << QDateTime() << false;
    QTest::newRow("offset") << QStringLiteral("20261207T12:00:00+01:00") << QDateTime() << false;
    QTest::newRow("words") << QStringLiteral("yesterday") << QDateTime() << false;
    QTest::newRow("empty") << QString() << QDateTime() << false;
}

void TestXmlRpc::dates()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QFETCH(bool, valid);
    const auto parsed = parseDateTime(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(*parsed, expected);
    }
}

void TestXmlRpc::hostile_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("says");

    QTest::newRow("billion laughs") << QByteArray(R"(<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<methodResponse><params><param><value><string>&lol9;</string></value></param></params></methodResponse>)")
                                      << QStringLiteral("DTD");
    QTest::newRow("external entity") << QByteArray(R"(<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<methodResponse><params><param><value><string>&xxe;</string></value></param></params></methodResponse>)")
                                     << QStringLiteral("DTD");
    QTest::newRow("external dtd") << QByteArray(R"(<?xml version="1.0"?>
<!DOCTYPE methodResponse SYSTEM "http://evil.example/x.dtd">
<methodResponse><params><param><value><string>x</string></value></param></params></methodResponse>)")
                                  << QStringLiteral("DTD");
    QTest::newRow("undeclared entity") << response("<string>&nbsp;</string>") << QStringLiteral("nbsp");
    QTest::newRow("truncated") << response("<struct><member><name>a</name><value><int>1</int>").left(90)
                               << QStringLiteral("ends in the middle");
    QTest::newRow("truncated after root") << response("<int>1</int>").chopped(10) << QStringLiteral("ends in the middle");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("ends in the middle");
    QTest::newRow("html") << QByteArray("<!doctype html><html><body>Blocked by the firewall</body></html>")
                          << QStringLiteral("well-formed");
    QTest::newRow("xhtml") << QByteArray("<!DOCTYPE html><html><body>Blocked by the firewall</body></html>")
                           << QStringLiteral("DTD");
    QTest::newRow("html without doctype") << QByteArray("<html><body>Blocked</body></html>")
                                          << QStringLiteral("not a <methodResponse>");
    QTest::newRow("json") << QByteArray(R"({"code":"rest_forbidden"})") << QStringLiteral("well-formed");
    QTest::newRow("latin-1 bytes") << response("<string>caf\xe9</string>") << QStringLiteral("not UTF-8");
    QTest::newRow("latin-1 declared") << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
                                                    "<methodResponse><params><param><value>caf\xe9</value></param>"
                                                    "</params></methodResponse>")
                                      << QStringLiteral("not UTF-8");
    QTest::newRow("latin-1 declared, ascii bytes")
        << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><methodResponse><params><param><value>cafe"
                      "</value></param></params></methodResponse>")
        << QStringLiteral("ISO-8859-1");
    QTest::newRow("utf-16") << QByteArray("\xff\xfe<\0m\0", 6) << QStringLiteral("not UTF-8");
    QTest::newRow("int overflow") << response("<int>9223372036854775808</int>") << QStringLiteral("whole number");
    QTest::newRow("i4 overflow") << response("<i4>2147483648</i4>") << QStringLiteral("<i4>");
    QTest::newRow("int with text") << response("<int>12abc</int>") << QStringLiteral("whole number");
    QTest::newRow("empty int") << response("<int></int>") << QStringLiteral("whole number");
    QTest::newRow("boolean 2") << response("<boolean>2</boolean>") << QStringLiteral("boolean");
    QTest::newRow("boolean true") << response("<boolean>true</boolean>") << QStringLiteral("boolean");
    QTest::newRow("infinite double") << response("<double>1e999</double>") << QStringLiteral("finite");
    QTest::newRow("nan") << response("<double>nan</double>") << QStringLiteral("finite");
    QTest::newRow("bad date") << response("<dateTime.iso8601>tomorrow</dateTime.iso8601>") << QStringLiteral("date");
    QTest::newRow("bad base64") << response("<base64>!!!!</base64>") << QStringLiteral("base64");
    QTest::newRow("nul character reference") << response("<string>a&#0;b</string>") << QStringLiteral("well-formed");
    QTest::newRow("surrogate reference") << response("<string>&#xD800;</string>") << QStringLiteral("well-formed");
    QTest::newRow("control character") << response("<string>a\x01b</string>") << QStringLiteral("well-formed");
    QTest::newRow("nil") << response("<nil/>") << QStringLiteral("nil");
    QTest::newRow("unknown type") << response("<float>1</float>") << QStringLiteral("<float>");
    QTest::newRow("element in string") << response("<string>a<b>c</b></string>") << QStringLiteral("element");
    QTest::newRow("mixed value") << response("text<int>1</int>") << QStringLiteral("mixes");
    QTest::newRow("two types") << response("<int>1</int><int>2</int>") << QStringLiteral("more than");
    QTest::newRow("duplicate member") << response("<struct><member><name>a</name><value>1</value></member>"
                                                  "<member><name>a</name><value>2</value></member></struct>")
                                      << QStringLiteral("twice");
    QTest::newRow("member without value") << response("<struct><member><name>a</name></member></struct>")
                                          << QStringLiteral("lacks <value>");
    QTest::newRow("array without data") << response("<array><value>1</value></array>") << QStringLiteral("lacks <data>");
    QTest::newRow("text in struct") << response("<struct>hello</struct>") << QStringLiteral("text");
    QTest::newRow("no params") << QByteArray("<methodResponse></methodResponse>") << QStringLiteral("neither");
    QTest::newRow("two params") << QByteArray("<methodResponse><params><param><value>1</value></param><param><value>2"
                                              "</value></param></params></methodResponse>")
                                << QStringLiteral("more than");
    QTest::newRow("junk after") << response("<int>1</int>") + "<methodResponse/>" << QStringLiteral("well-formed");
    QTest::newRow("method call") << QByteArray("<methodCall><methodName>x</methodName></methodCall>")
                                 << QStringLiteral("not a <methodResponse>");
}

void TestXmlRpc::hostile()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, says);
    QElapsedTimer timer;
    timer.start();
    const auto read = readResponse(body);
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY2(!read.ok(), body.left(200).constData());
    QCOMPARE(read.error().code, Error::Code::BadResponse);
    QVERIFY2(read.error().message.contains(says), qPrintable(read.error().message));
}

void TestXmlRpc::wrongTypesNameTheMember()
{
    const auto read = readResponse(response("<struct><member><name>posts</name><value><array><data>"
                                            "<value><struct><member><name>post_id</name><value><int>4</int></value></member></struct></value>"
                                            "<value><struct><member><name>post_id</name><value><int>four</int></value></member></struct></value>"
                                            "</data></array></value></member></struct>"));
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(QStringLiteral("posts[1].post_id")), qPrintable(read.error().message));
    QVERIFY2(read.error().message.contains(QStringLiteral("\"four\"")), qPrintable(read.error().message));
}

void TestXmlRpc::deepNestingIsRefusedQuickly()
{
    QElapsedTimer timer;
    timer.start();
    const auto deep = readResponse(nested(10000));
    QVERIFY(!deep.ok());
    QCOMPARE(deep.error().code, Error::Code::BadResponse);
    QVERIFY2(deep.error().message.contains(QStringLiteral("nested deeper than 64")), qPrintable(deep.error().message));
    // Unbalanced: the opening tags alone.
    QByteArray open = "<methodResponse><params><param><value>";
    for (int i = 0; i < 100000; ++i) {
        open += "<struct><member><name>a</name><value>";
    }
    const auto unbalanced = readResponse(open);
    QVERIFY(!unbalanced.ok());
    QVERIFY(timer.elapsed() < 2000);
    // What WordPress nests (a post's terms' custom fields) is far from the cap.
    QVERIFY(readResponse(nested(60)).ok());
}

void TestXmlRpc::hugeBase64IsRefused()
{
    Limits small;
    small.maxBase64Bytes = 1024;
    const auto read = readResponse(response("<base64>" + QByteArray(2048, 'A') + "</base64>"), small);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, Error::Code::TooLarge);
    QVERIFY2(read.error().message.contains(QStringLiteral("base64")), qPrintable(read.error().message));
    // The default cap: 16 MB of base64 text.
    const auto huge = readResponse(response("<base64>" + QByteArray(17 * 1024 * 1024, 'A') + "</base64>"));
    QVERIFY(!huge.ok());
    QCOMPARE(huge.error().code, Error::Code::TooLarge);
    // Within the cap, with the line breaks PHP puts in.
    const auto fine = readResponse(response("<base64>aGVs\nbG8=</base64>"));
    QVERIFY(fine.ok());
    QCOMPARE(fine->toBytes(), QByteArray("hello"));
}

void TestXmlRpc::tooManyValuesAreRefused()
{
    QByteArray items;
    for (int i = 0; i < 300000; ++i) {
        items += "<value/>";
    }
    const auto read = readResponse(response("<array><data>" + items + "</data></array>"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, Error::Code::TooLarge);
}

void TestXmlRpc::answerPastTheSizeCapIsRefused()
{
    Limits small;
    small.maxBytes = 100;
    const auto read = readResponse(response("<string>" + QByteArray(200, 'x') + "</string>"), small);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, Error::Code::TooLarge);
}

QTEST_GUILESS_MAIN(TestXmlRpc)
#include "tst_xmlrpc.moc"
