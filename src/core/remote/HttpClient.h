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

// The most Longhand reads of one answer, by kind of request. Enforced while receiving: a Content-Length
// past the cap fails before the body, and the body stops being read the moment it passes the cap.
namespace AnswerLimit {
inline constexpr qint64 kMiB = 1024 * 1024;
inline constexpr qint64 kFrontPage = 2 * kMiB;  // the site's HTML page or RSD, read only for its headers/links
inline constexpr qint64 kIndex = 16 * kMiB;     // GET /wp-json/: every route's schema; plugins make it large
inline constexpr qint64 kObject = 8 * kMiB;     // one post, comment, term, user or media item
inline constexpr qint64 kList = 32 * kMiB;      // a page of up to 100 posts or comments (content raw + rendered)
} // namespace AnswerLimit

// Aborts reply when ms pass before it finishes, however steadily bytes arrive (the transfer timeout only
// covers silences); reply->property("longhand.pastDeadline") is then true. For the fetchers that keep their
// own network manager (avatars, preview images, theme stylesheets).
void abortAfter(QNetworkReply* reply, int ms);

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    // Safe to send twice: GETs, and writes the caller has made idempotent. Only these are retried.
    bool idempotent = true;
    qint64 maxResponseBytes = AnswerLimit::kObject;
    int deadlineMs = 0; // the whole attempt, not just a gap; 0: the client's default
    // The body holds a password (XML-RPC): redirects are decided as for a signed-in request, so it never
    // follows one to another origin.
    bool secretInBody = false;
    // Never follow a redirect to another origin, credentials or not (thumbnails: only the blog's own files).
    bool sameOriginOnly = false;
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QUrl url; // where the answer came from after the redirects that were followed
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

struct RetryPolicy
{
    int maxAttempts = 3;     // including the first
    int baseDelayMs = 500;   // doubled after every failed attempt
};

// One account's HTTP: its own QNetworkAccessManager, Basic auth with the application password
// (in memory only, bound to one origin), a transfer timeout (gaps) and a deadline (the whole attempt) on
// every request, a size cap on every answer, bounded retries with exponential backoff for transient
// failures of idempotent requests. TLS errors fail the request; they are never ignored.
// Redirects are decided here, one by one: never https -> http; with credentials only to the same origin.
class HttpClient final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 30000;   // longest silence
    static constexpr int kDefaultDeadlineMs = 120000; // longest attempt, however steadily the bytes drip
    static constexpr int kUploadDeadlineMs = 600000;  // a media upload on a slow uplink

    // Takes ownership of network (tests pass a fake); nullptr makes a real one.
    explicit HttpClient(QNetworkAccessManager* network = nullptr, QObject* parent = nullptr);
    ~HttpClient() override;

    // The password is sent only to origin (scheme, host, port); a request for another origin fails unsent.
    void setCredentials(const QString& userName, const QString& password, const QUrl& origin);
    bool hasCredentials() const { return !m_authorization.isEmpty(); }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    void setDeadlineMs(int deadlineMs) { m_deadlineMs = deadlineMs; }
    void setRetryPolicy(RetryPolicy policy) { m_retry = policy; }
    QNetworkAccessManager* network() const { return m_network; }

    QFuture<Result<HttpResponse>> send(const HttpRequest& request);
    // Aborts every request in flight; their futures finish with Error::Code::Cancelled.
    void cancelAll();
    int requestsSent() const { return m_sent; }

    // The error a finished reply stands for, or none. Public for tests.
    static std::optional<Error> errorFor(int status, const QByteArray& body, int networkError, const QString& errorText,
                                         bool timedOut, bool cancelled, const QString& tlsErrors);

    // Why a redirect from -> target must not be followed, or none: never to a non-web scheme, never
    // https -> http, and with credentials never to another origin. Public for tests.
    static std::optional<Error> redirectRefusal(const QUrl& from, const QUrl& target, bool withCredentials);
    // Scheme, host and port (default ports made explicit) are the same.
    static bool sameOrigin(const QUrl& a, const QUrl& b);
    // "https://example.org" (the port only when it is not the scheme's default).
    static QString originOf(const QUrl& url);
    // "32 MB", "64 KB": for messages.
    static QString describeBytes(qint64 bytes);

private:
    struct Call;
    struct Attempt;
    void attempt(std::shared_ptr<Call> call);
    void finishAttempt(const std::shared_ptr<Call>& call, QNetworkReply* reply, const std::shared_ptr<Attempt>& state);
    void decideRedirect(QNetworkReply* reply, const std::shared_ptr<Attempt>& state, const QUrl& target);
    void fail(const std::shared_ptr<Call>& call, Error error);

    QNetworkAccessManager* m_network;
    QByteArray m_authorization;
    QUrl m_credentialOrigin;
    int m_timeoutMs = kDefaultTimeoutMs;
    int m_deadlineMs = kDefaultDeadlineMs;
    RetryPolicy m_retry;
    QList<QPointer<QNetworkReply>> m_inFlight;
    bool m_cancelling = false;
    int m_sent = 0;
};

} // namespace longhand
