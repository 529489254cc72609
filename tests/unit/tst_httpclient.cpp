// HttpClient over fake replies: retries with backoff for transient failures only, timeouts,
// dropped and truncated connections, WordPress error bodies, cancellation.
#include "core/remote/HttpClient.h"
#include "support/FakeNetwork.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

class TestHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void successCarriesBodyHeadersAndAuth();
    void transientFailureIsRetried();
    void retriesAreBounded();
    void permanentFailureIsNotRetried();
    void wrongPasswordSaysSo();
    void hangTimesOut();
    void postIsNotRetriedUnlessIdempotent();
    void droppedAndTruncatedConnections();
    void cancelAllFinishesWithCancelled();
    void delayedAnswerArrives();
    void createIsNeverResentByQt();
    void credentialsNeverGoToAnotherOrigin();
    void redirectRefusalRules();
    void sameOriginComparesSchemeHostAndPort();
    void answerPastTheCapIsNotRetried();

private:
    static Result<HttpResponse> wait(QFuture<Result<HttpResponse>> future)
    {
        if (!QTest::qWaitFor([&] { return future.isFinished(); }, 10000)) {
            qFatal("request did not finish");
        }
        return future.result();
    }
    static HttpRequest get() { return HttpRequest {"GET", QUrl(QStringLiteral("https://blog.example/wp-json/wp/v2/posts")), {}, {}, true}; }
};

void TestHttpClient::successCarriesBodyHeadersAndAuth()
{
    auto* network = new FakeNetworkAccessManager([](const FakeRequest&) {
        FakeResponse response = FakeResponse::json("[1,2]");
        response.header("X-WP-Total", "2");
        return response;
    });
    HttpClient client(network);
    client.setCredentials(QStringLiteral("alice"), QStringLiteral("abcd efgh ijkl"), QUrl(QStringLiteral("https://blog.example/")));
    const auto result = wait(client.send(get()));
    QVERIFY(result.ok());
    QCOMPARE(result->status, 200);
    QCOMPARE(result->body, QByteArray("[1,2]"));
    QCOMPARE(result->header("x-wp-total"), QByteArray("2"));
    QCOMPARE(network->requests().constFirst().authorization, QByteArray("Basic ") + QByteArray("alice:abcdefghijkl").toBase64());
}

void TestHttpClient::transientFailureIsRetried()
{
    int calls = 0;
    auto* network = new FakeNetworkAccessManager([&calls](const FakeRequest&) {
        return ++calls == 1 ? FakeResponse::json(R"({"code":"oops","message":"busy"})", 503) : FakeResponse::json("[]");
    });
    HttpClient client(network);
    client.setRetryPolicy({3, 10});
    const auto result = wait(client.send(get()));
    QVERIFY(result.ok());
    QCOMPARE(calls, 2);
}

void TestHttpClient::retriesAreBounded()
{
    int calls = 0;
    auto* network = new FakeNetworkAccessManager([&calls](const FakeRequest&) {
        ++calls;
        return FakeResponse::json("{}", 502);
    });
    HttpClient client(network);
    client.setRetryPolicy({3, 10});
    const auto result = wait(client.send(get()));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::Http);
    QCOMPARE(result.error().httpStatus, 502);
    QVERIFY(result.error().isTransient());
    QCOMPARE(calls, 3);
}

void TestHttpClient::permanentFailureIsNotRetried()
{
    int calls = 0;
    auto* network = new FakeNetworkAccessManager([&calls](const FakeRequest&) {
        ++calls;
        return FakeResponse::json(R"({"code":"rest_post_invalid_id","message":"Invalid post ID.","data":{"status":404}})", 404);
    });
    HttpClient client(network);
    client.setRetryPolicy({3, 10});
    const auto result = wait(client.send(get()));
    QCOMPARE(result.error().code, Error::Code::RemoteNotFound);
    QCOMPARE(result.error().remoteCode, QStringLiteral("rest_post_invalid_id"));
    QVERIFY(result.error().message.contains(QStringLiteral("Invalid post ID.")));
    QCOMPARE(result.error().remoteData, QByteArray(R"({"status":404})"));
    QCOMPARE(calls, 1);
}

void TestHttpClient::wrongPasswordSaysSo()
{
    auto* network = new FakeNetworkAccessManager([](const FakeRequest&) {
        return FakeResponse::json(R"({"code":"incorrect_password","message":"The provided password is an invalid application password."})", 401);
    });
    HttpClient client(network);
    const auto result = wait(client.send(get()));
    QCOMPARE(result.error().code, Error::Code::Auth);
    QVERIFY(result.error().message.startsWith(QStringLiteral("Wrong user name or application password")));
}

void TestHttpClient::hangTimesOut()
{
    auto* network = new FakeNetworkAccessManager([](const FakeRequest&) {
        FakeResponse response;
        response.hang = true;
        return response;
    });
    HttpClient client(network);
    client.setTimeoutMs(100);
    client.setRetryPolicy({2, 10});
    const auto result = wait(client.send(get()));
    QCOMPARE(result.error().code, Error::Code::Timeout);
    QCOMPARE(network->requests().size(), 2); // a timeout is transient: retried once, then given up
}

void TestHttpClient::postIsNotRetriedUnlessIdempotent()
{
    auto* network = new FakeNetworkAccessManager([](const FakeRequest&) { return FakeResponse::json("{}", 503); });
    HttpClient client(network);
    client.setRetryPolicy({3, 10});
    HttpRequest create {"POST", QUrl(QStringLiteral("https://blog.example/wp-json/wp/v2/posts")), "{}", {}, false};
    const auto result = wait(client.send(create));
    QVERIFY(!result.ok());
    QCOMPARE(network->requests().size(), 1);
}

void TestHttpClient::droppedAndTruncatedConnections()
{
    int calls = 0;
    auto* network = new FakeNetworkAccessManager([&calls](const FakeRequest&) {
        FakeResponse response = FakeResponse::json(QByteArray(1000, 'x'));
        if (++calls == 1) {
            response.error = QNetworkReply::ConnectionRefusedError;
        } else {
            response.truncate = true;
        }
        return response;
    });
    HttpClient client(network);
    client.setRetryPolicy({2, 10});
    const auto result = wait(client.send(get()));
    QCOMPARE(result.error().code, Error::Code::Network);
    QCOMPARE(calls, 2);
}

void TestHttpClient::cancelAllFinishesWithCancelled()
{
    auto* network = new FakeNetworkAccessManager([](const FakeRequest&) {
        FakeResponse response;
        response.hang = true;
        return response;
    });
    HttpClient client(network);
    auto future = client.send(get());
    QTest::qWait(20);
    client.cancelAll();
    const auto result = wait(future);
    QCOMPARE(result.error().code, Error::Code::Cancelled);
}

void TestHttpClient::delayedAnswerArrives()
{
    auto* network = new FakeNetworkAccessManager([](const FakeRequest&) {
        FakeResponse response = FakeResponse::json("[]");
        response.delayMs = 150;
        return response;
    });
    HttpClient client(network);
    client.setTimeoutMs(2000);
    auto future = client.send(get());
    QTest::qWait(50);
    QVERIFY(!future.isFinished());
    QVERIFY(wait(future).ok());
}

// A real socket: the server answers a GET (so the connection is kept alive), then takes a POST and
// closes without a word, as a server that committed and lost its answer would. Qt resends a request
// by itself in that case, whatever its method; a create must reach the server once.
void TestHttpClient::createIsNeverResentByQt()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int posts = 0;
    connect(&server, &QTcpServer::newConnection, this, [&server, &posts] {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer, &posts] {
                buffer->append(socket->readAll());
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0) {
                    return;
                }
                const bool isPost = buffer->startsWith("POST");
                const qsizetype length = buffer->mid(0, end).toLower().contains("content-length: 2") ? 2 : 0;
                if (buffer->size() < end + 4 + length) {
                    return;
                }
                buffer->clear();
                if (isPost) {
                    ++posts;
                    socket->abort(); // committed, but no answer
                    return;
                }
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                              "Connection: keep-alive\r\n\r\n{}");
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    HttpClient client(new QNetworkAccessManager);
    client.setRetryPolicy({3, 10});
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/wp-json/wp/v2/posts").arg(server.serverPort()));
    QVERIFY(wait(client.send(HttpRequest {"GET", url, {}, {}, true})).ok());
    const auto created = wait(client.send(HttpRequest {"POST", url, "{}", {{"Content-Type", "application/json"}}, false}));
    QVERIFY(!created.ok());
    QVERIFY(created.error().isTransient()); // the caller looks the post up before trying again
    QTest::qWait(200);
    QCOMPARE(posts, 1);
}

void TestHttpClient::credentialsNeverGoToAnotherOrigin()
{
    auto* network = new FakeNetworkAccessManager([](const FakeRequest&) { return FakeResponse::json("{}"); });
    HttpClient client(network);
    client.setCredentials(QStringLiteral("alice"), QStringLiteral("secret"), QUrl(QStringLiteral("https://blog.example/wp-json/")));
    for (const char* elsewhere : {"https://evil.example/wp-json/wp/v2/posts", "http://blog.example/wp-json/wp/v2/posts",
                                  "https://blog.example:8443/wp-json/wp/v2/posts"}) {
        const auto result = wait(client.send(HttpRequest {"GET", QUrl(QString::fromLatin1(elsewhere)), {}, {}, true}));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::CrossOrigin);
        QVERIFY2(result.error().message.contains(QStringLiteral("https://blog.example")), qPrintable(result.error().message));
    }
    QVERIFY(network->requests().isEmpty()); // nothing was sent at all
    QVERIFY(wait(client.send(get())).ok());
    QCOMPARE(network->requests().size(), 1);
}

void TestHttpClient::redirectRefusalRules()
{
    const QUrl https(QStringLiteral("https://blog.example/wp-json/wp/v2/posts"));
    const QUrl http(QStringLiteral("http://127.0.0.1:8080/wp-json/"));
    // https -> http: never, with or without credentials, same host or not.
    for (bool credentials : {true, false}) {
        auto refused = HttpClient::redirectRefusal(https, QUrl(QStringLiteral("http://blog.example/wp-json/wp/v2/posts")), credentials);
        QVERIFY(refused);
        QCOMPARE(refused->code, Error::Code::CrossOrigin);
        QVERIFY(refused->message.contains(QStringLiteral("plain http")));
        QVERIFY(HttpClient::redirectRefusal(https, QUrl(QStringLiteral("http://other.example/")), credentials));
        QVERIFY(HttpClient::redirectRefusal(https, QUrl(QStringLiteral("file:///etc/passwd")), credentials));
    }
    // Another origin: only without credentials.
    const auto other = HttpClient::redirectRefusal(https, QUrl(QStringLiteral("https://other.example/x?password=1")), true);
    QVERIFY(other);
    QCOMPARE(other->message, QStringLiteral("The blog redirected to https://other.example/x; Longhand does not send your "
                                            "password to another address than https://blog.example."));
    QCOMPARE(other->otherUrl, QUrl(QStringLiteral("https://other.example/x?password=1")));
    QVERIFY(!HttpClient::redirectRefusal(https, QUrl(QStringLiteral("https://www.blog.example/")), false));
    QVERIFY(HttpClient::redirectRefusal(http, QUrl(QStringLiteral("http://127.0.0.1:8081/wp-json/")), true)); // port
    // The same origin: relative, absolute, default port spelled out; http -> https is allowed.
    QVERIFY(!HttpClient::redirectRefusal(https, QUrl(QStringLiteral("/?rest_route=/wp/v2/posts")), true));
    QVERIFY(!HttpClient::redirectRefusal(https, QUrl(QStringLiteral("https://blog.example:443/wp-json/")), true));
    QVERIFY(!HttpClient::redirectRefusal(http, QUrl(QStringLiteral("https://127.0.0.1/")), false));
    QVERIFY(HttpClient::redirectRefusal(http, QUrl(QStringLiteral("https://127.0.0.1/")), true)); // another origin
}

void TestHttpClient::sameOriginComparesSchemeHostAndPort()
{
    const auto same = [](const char* a, const char* b) {
        return HttpClient::sameOrigin(QUrl(QString::fromLatin1(a)), QUrl(QString::fromLatin1(b)));
    };
    QVERIFY(same("https://Blog.Example/a", "https://blog.example:443/b?c"));
    QVERIFY(same("http://127.0.0.1:8080/", "http://127.0.0.1:8080/wp-json/"));
    QVERIFY(!same("https://blog.example/", "http://blog.example/"));
    QVERIFY(!same("https://blog.example/", "https://blog.example.evil/"));
    QVERIFY(!same("http://127.0.0.1:8080/", "http://127.0.0.1:8081/"));
    QVERIFY(!same("", "https://blog.example/"));
    QCOMPARE(HttpClient::originOf(QUrl(QStringLiteral("https://user:pw@blog.example:8443/wp-json/?x#y"))),
             QStringLiteral("https://blog.example:8443"));
}

void TestHttpClient::answerPastTheCapIsNotRetried()
{
    auto* network = new FakeNetworkAccessManager([](const FakeRequest&) { return FakeResponse::json(QByteArray(4096, ' ')); });
    HttpClient client(network);
    client.setRetryPolicy({3, 10});
    HttpRequest request = get();
    request.maxResponseBytes = 2048;
    const auto result = wait(client.send(request));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::TooLarge);
    QCOMPARE(result.error().message, QStringLiteral("The blog's answer was larger than 2 KB; Longhand stopped reading it."));
    QVERIFY(!result.error().isTransient());
    QCOMPARE(network->requests().size(), 1);
    request.maxResponseBytes = 4096; // exactly the cap is fine
    QVERIFY(wait(client.send(request)).ok());
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
