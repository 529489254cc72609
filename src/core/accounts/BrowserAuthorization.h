#pragma once

#include <QObject>
#include <QTimer>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace longhand {

// The browser route to an application password: WordPress's authorize-application.php is opened
// in the user's browser with a success URL on a loopback port that Longhand listens on; after the
// user approves, WordPress redirects there with the user name and the new password. Listens on
// 127.0.0.1 only, for one answer, for at most kTimeoutMs.
class BrowserAuthorization final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kTimeoutMs = 10 * 60 * 1000;

    explicit BrowserAuthorization(QObject* parent = nullptr);
    ~BrowserAuthorization() override;

    // Starts listening and returns the address to open in the browser (empty if it cannot listen).
    QUrl start(const QUrl& authorizeUrl, const QString& appName);
    void cancel();
    quint16 port() const;

Q_SIGNALS:
    void authorized(const QUrl& siteUrl, const QString& userName, const QString& password);
    void rejected();
    void failed(const QString& message);

private:
    void handle(QTcpSocket* socket);
    void stop();

    QTcpServer* m_server;
    QTimer m_timeout;
    QString m_state; // ties the answer to this request
};

} // namespace longhand
