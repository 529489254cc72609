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
//
// start() only returns the address; opening it is the caller's job (the app hands it to the
// system browser, the integration test to a scripted one that logs in and presses the buttons).
// WordPress accepts an http success address only when the blog's environment type is "local";
// a production blog answers "The URL must be served over a secure connection." on its page
// (wp_is_authorize_application_redirect_url_valid). For those, shownPasswordAddress() opens the
// same approval page without a success address: WordPress then shows the new password on the
// page, and the user copies it into Longhand (no listening, nothing to come back).
class BrowserAuthorization final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kTimeoutMs = 10 * 60 * 1000;

    explicit BrowserAuthorization(QObject* parent = nullptr);
    ~BrowserAuthorization() override;

    // Starts listening and returns the address to open in the browser (empty if it cannot listen).
    QUrl start(const QUrl& authorizeUrl, const QString& appName);
    // The approval page that shows the new password instead of sending it back (any blog).
    static QUrl shownPasswordAddress(const QUrl& authorizeUrl, const QString& appName);
    void cancel();
    quint16 port() const;

Q_SIGNALS:
    void authorized(const QUrl& siteUrl, const QString& userName, const QString& password);
    // The user pressed "No, I do not approve" on the blog's page (WordPress sends the browser to the
    // reject address, or to the success address with success=false); message says so for a person.
    void rejected(const QString& message);
    void failed(const QString& message);

private:
    void handle(QTcpSocket* socket);
    void stop();

    QTcpServer* m_server;
    QTimer m_timeout;
    QString m_state; // ties the answer to this request
};

} // namespace longhand
