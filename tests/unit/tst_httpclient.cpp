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

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
