#include "core/accounts/BrowserAuthorization.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QUuid>

namespace longhand {

namespace {

QByteArray page(const QString& title, const QString& text)
{
    const QByteArray body = (QStringLiteral("<!doctype html><meta charset=utf-8><title>") + title.toHtmlEscaped()
                             + QStringLiteral("</title><body style=\"font-family:sans-serif;margin:3em\"><h1>") + title.toHtmlEscaped()
                             + QStringLiteral("</h1><p>") + text.toHtmlEscaped() + QStringLiteral("</p>"))
                                .toUtf8();
    return QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n"
                      "Content-Length: ")
           + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

BrowserAuthorization::BrowserAuthorization(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        stop();
        Q_EMIT failed(QCoreApplication::translate("BrowserAuthorization", "No answer came from the browser in time."));
    });
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handle(socket); });
        }
    });
}

BrowserAuthorization::~BrowserAuthorization()
{
    stop();
}

quint16 BrowserAuthorization::port() const
{
    return m_server->isListening() ? m_server->serverPort() : 0;
}

QUrl BrowserAuthorization::start(const QUrl& authorizeUrl, const QString& appName)
{
    stop();
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        Q_EMIT failed(QCoreApplication::translate("BrowserAuthorization", "Cannot listen for the browser's answer: %1").arg(m_server->errorString()));
        return {};
    }
    m_state = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString base = QStringLiteral("http://127.0.0.1:%1/").arg(m_server->serverPort());
    QUrl url = authorizeUrl;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("app_name"), appName);
    query.addQueryItem(QStringLiteral("success_url"), base + QStringLiteral("approved?state=") + m_state);
    query.addQueryItem(QStringLiteral("reject_url"), base + QStringLiteral("rejected?state=") + m_state);
    url.setQuery(query);
    m_timeout.start();
    return url;
}

QUrl BrowserAuthorization::shownPasswordAddress(const QUrl& authorizeUrl, const QString& appName)
{
    QUrl url = authorizeUrl;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("app_name"), appName);
    url.setQuery(query);
    return url;
}

void BrowserAuthorization::cancel()
{
    stop();
}

void BrowserAuthorization::stop()
{
    m_timeout.stop();
    if (m_server->isListening()) {
        m_server->close();
    }
}

void BrowserAuthorization::handle(QTcpSocket* socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > 16384) {
            socket->abort();
        }
        return;
    }
    // Only the request line matters: "GET /approved?state=…&user_login=…&password=… HTTP/1.1".
    const QList<QByteArray> parts = socket->readLine(16384).trimmed().split(' ');
    const QUrl target = parts.size() >= 2 && parts.at(0) == "GET" ? QUrl(QString::fromUtf8(parts.at(1))) : QUrl();
    const QUrlQuery query(target);
    const auto answer = [socket](const QByteArray& response) {
        socket->write(response);
        socket->disconnectFromHost();
    };
    if (!target.isValid() || query.queryItemValue(QStringLiteral("state")) != m_state || m_state.isEmpty()) {
        answer(QByteArrayLiteral("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"));
        return;
    }
    const auto tr = [](const char* text) { return QCoreApplication::translate("BrowserAuthorization", text); };
    if (query.queryItemValue(QStringLiteral("error")) == QLatin1String("disabled")) {
        // WordPress's own "application passwords are not available" page links here with error=disabled.
        answer(page(tr("Longhand was not connected"), tr("The blog does not offer application passwords. You can close this tab.")));
        stop();
        Q_EMIT failed(tr("The blog refused the connection: application passwords are turned off for this blog or this user."));
        return;
    }
    // Without a reject address WordPress would send the refusal to the success address with success=false.
    if (target.path() == QLatin1String("/rejected") || query.queryItemValue(QStringLiteral("success")) == QLatin1String("false")) {
        answer(page(tr("Longhand was not connected"), tr("You declined. You can close this tab.")));
        stop();
        Q_EMIT rejected(tr("The blog refused the connection: “No, I do not approve” was chosen on its approval page. "
                           "Nothing was added; try again or use an application password."));
        return;
    }
    const QString user = query.queryItemValue(QStringLiteral("user_login"), QUrl::FullyDecoded);
    const QString password = query.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
    if (target.path() != QLatin1String("/approved") || user.isEmpty() || password.isEmpty()) {
        answer(QByteArrayLiteral("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"));
        return;
    }
    answer(page(tr("Longhand is connected"), tr("You can close this tab and return to Longhand.")));
    stop();
    Q_EMIT authorized(QUrl(query.queryItemValue(QStringLiteral("site_url"), QUrl::FullyDecoded)), user, password);
}

} // namespace longhand
