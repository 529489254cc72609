#include "support/LyingHttpServer.h"

#include <QTcpSocket>
#include <QTimer>

namespace longhand::test {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 404: return "Not Found";
    default: return "Whatever";
    }
}

QByteArray head(const LyingAnswer& answer, const QByteArray& framing)
{
    QByteArray text = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reason(answer.status) + "\r\n";
    for (const auto& [name, value] : answer.headers) {
        text += name + ": " + value + "\r\n";
    }
    return text + framing + "\r\n";
}

} // namespace

LyingHttpServer::LyingHttpServer(Handler handler, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                if (socket->property("streaming").toBool()) {
                    socket->readAll(); // the connection is taken by an endless or dripping answer
                    return;
                }
                buffer->append(socket->readAll());
                // Keep-alive, as WordPress behind a web server: any number of requests, one after the other.
                for (;;) {
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0) {
                        return;
                    }
                    const QList<QByteArray> lines = buffer->left(end).split('\n');
                    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
                    LyingRequest request {requestLine.value(0), requestLine.value(1), {}};
                    qint64 length = 0;
                    for (qsizetype i = 1; i < lines.size(); ++i) {
                        const QByteArray line = lines.at(i).trimmed();
                        const qsizetype colon = line.indexOf(':');
                        const QByteArray name = line.left(colon).trimmed().toLower();
                        const QByteArray value = line.mid(colon + 1).trimmed();
                        if (name == "authorization") {
                            request.authorization = value;
                        } else if (name == "content-length") {
                            length = value.toLongLong();
                        }
                    }
                    if (buffer->size() < end + 4 + length) {
                        return; // the body is still coming
                    }
                    buffer->remove(0, end + 4 + length);
                    m_requests.append(request);
                    serve(socket, request);
                    if (socket->property("streaming").toBool()) {
                        return;
                    }
                }
            });
        }
    });
}

bool LyingHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QUrl LyingHttpServer::url(const QString& pathAndQuery) const
{
    return QUrl(origin() + pathAndQuery);
}

QString LyingHttpServer::origin() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

bool LyingHttpServer::anyAuthorization() const
{
    return std::any_of(m_requests.cbegin(), m_requests.cend(), [](const LyingRequest& r) { return !r.authorization.isEmpty(); });
}

void LyingHttpServer::serve(QTcpSocket* socket, const LyingRequest& request)
{
    const LyingAnswer answer = m_handler(request);
    switch (answer.kind) {
    case LyingAnswer::Kind::Whole: {
        const QByteArray bytes = head(answer, "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n") + answer.body;
        m_bytesSent += bytes.size();
        socket->write(bytes);
        return;
    }
    case LyingAnswer::Kind::EndlessChunked: {
        socket->setProperty("streaming", true);
        socket->write(head(answer, "Transfer-Encoding: chunked\r\n"));
        // Keep a little queued and top it up as it drains: the server's own memory stays small, and the
        // client gets bytes exactly as fast as it reads them.
        static const QByteArray chunk = QByteArray::number(64 * 1024, 16) + "\r\n" + QByteArray(64 * 1024, '[') + "\r\n";
        const auto pump = [this, socket] {
            while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 256 * 1024) {
                if (m_bytesSent > kEndlessSafetyBytes) {
                    socket->abort();
                    return;
                }
                socket->write(chunk);
                m_bytesSent += chunk.size();
            }
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        pump();
        return;
    }
    case LyingAnswer::Kind::Drip: {
        socket->setProperty("streaming", true);
        socket->write(head(answer, "Content-Length: 1000000\r\n"));
        auto* timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [this, socket] {
            if (socket->state() == QAbstractSocket::ConnectedState) {
                socket->write("[");
                ++m_bytesSent;
            }
        });
        timer->start(answer.dripIntervalMs);
        return;
    }
    }
}

} // namespace longhand::test
