#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace longhand {

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    // Safe to send twice: GETs, and writes the caller has made idempotent. Only these are retried.
    bool idempotent = true;
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

struct RetryPolicy
{
    int maxAttempts = 3;     // including the first
    int baseDelayMs = 500;   // doubled after every failed attempt
};

// One account's HTTP: its own QNetworkAccessManager, Basic auth with the application password
// (in memory only), a transfer timeout on every request, bounded retries with exponential backoff
// for transient failures of idempotent requests. TLS errors fail the request; they are never ignored.
class HttpClient final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 30000;

    // Takes ownership of network (tests pass a fake); nullptr makes a real one.
    explicit HttpClient(QNetworkAccessManager* network = nullptr, QObject* parent = nullptr);
    ~HttpClient() override;

    void setCredentials(const QString& userName, const QString& password);
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    void setRetryPolicy(RetryPolicy policy) { m_retry = policy; }
    QNetworkAccessManager* network() const { return m_network; }

    QFuture<Result<HttpResponse>> send(const HttpRequest& request);
    // Aborts every request in flight; their futures finish with Error::Code::Cancelled.
    void cancelAll();
    int requestsSent() const { return m_sent; }

    // The error a finished reply stands for, or none. Public for tests.
    static std::optional<Error> errorFor(int status, const QByteArray& body, int networkError, const QString& errorText,
                                         bool timedOut, bool cancelled, const QString& tlsErrors);

private:
    struct Call;
    void attempt(std::shared_ptr<Call> call);

    QNetworkAccessManager* m_network;
    QByteArray m_authorization;
    int m_timeoutMs = kDefaultTimeoutMs;
    RetryPolicy m_retry;
    QList<QPointer<QNetworkReply>> m_inFlight;
    bool m_cancelling = false;
    int m_sent = 0;
};

} // namespace longhand
