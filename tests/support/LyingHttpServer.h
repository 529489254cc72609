#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <memory>

namespace longhand::test {

// What a lying server was asked.
struct LyingRequest
{
    QByteArray method;
    QByteArray target;        // the request line's path and query
    QByteArray authorization; // empty when none was sent
};

// How it answers one request.
struct LyingAnswer
{
    enum class Kind {
        Whole,          // status, headers, body, then close
        EndlessChunked, // 200 with Transfer-Encoding: chunked and chunks for as long as the client reads
        Drip,           // 200 with a large Content-Length, then one byte every dripIntervalMs
    };
    Kind kind = Kind::Whole;
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int dripIntervalMs = 100;

    static LyingAnswer json(const QByteArray& body, int status = 200)
    {
        return LyingAnswer {Kind::Whole, status, {{"Content-Type", "application/json"}}, body};
    }
    static LyingAnswer redirect(int status, const QByteArray& location)
    {
        return LyingAnswer {Kind::Whole, status, {{"Location", location}}, {}};
    }
};

// A plain HTTP/1.1 server on 127.0.0.1 that answers whatever its handler says, including what WordPress
// never would: redirects elsewhere, endless bodies, a byte now and then. Connections are kept alive (several
// requests each) until an endless or dripping answer takes one.
// It records every request, so a test can prove what a server it stands for never received.
class LyingHttpServer final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<LyingAnswer(const LyingRequest&)>;
    explicit LyingHttpServer(Handler handler, QObject* parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString& pathAndQuery = QStringLiteral("/")) const;
    QString origin() const;
    QList<LyingRequest> requests() const { return m_requests; }
    bool anyAuthorization() const;
    qint64 bytesSent() const { return m_bytesSent; }

    // An endless answer stops here even if the client never does, so a broken client fails the test
    // instead of eating the machine.
    static constexpr qint64 kEndlessSafetyBytes = 2048LL * 1024 * 1024;

private:
    void serve(class QTcpSocket* socket, const LyingRequest& request);

    QTcpServer m_server;
    Handler m_handler;
    QList<LyingRequest> m_requests;
    qint64 m_bytesSent = 0;
};

} // namespace longhand::test
