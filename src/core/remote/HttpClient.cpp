#include "core/remote/HttpClient.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QSslError>
#include <QTimer>

#include <cstring>

namespace longhand {

namespace {

// A request body that can be read only once. Qt's HTTP layer sends a request again by itself when the
// connection closes before any answer arrives (it takes that for a kept-alive connection the server had
// closed), whatever the method: a create the server had already committed then happens twice (a second
// post "slug-2", a second image "name-1.png"). Qt rewinds the body before such a resend; this one refuses,
// so the resend fails (ContentReSendError) and the caller's own recovery runs instead: it looks the object
// up before trying again.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray bytes, QObject* parent)
        : QIODevice(parent)
        , m_bytes(std::move(bytes))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 size() const override { return m_bytes.size(); }
    qint64 bytesAvailable() const override { return m_bytes.size() - m_read + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_bytes.size() - m_read);
        if (count <= 0) {
            return -1; // the end: a sequential device says so with -1
        }
        std::memcpy(data, m_bytes.constData() + m_read, size_t(count));
        m_read += count;
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_read = 0;
};

} // namespace

struct HttpClient::Call
{
    HttpRequest request;
    QPromise<Result<HttpResponse>> promise;
    int attempts = 0;
};

HttpClient::HttpClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager)
{
    m_network->setParent(this);
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

HttpClient::~HttpClient()
{
    cancelAll();
}

void HttpClient::setCredentials(const QString& userName, const QString& password)
{
    // WordPress shows application passwords in groups of four; the spaces are not part of it.
    QString compact = password;
    compact.remove(QLatin1Char(' '));
    m_authorization = "Basic " + QByteArray(userName.toUtf8() + ':' + compact.toUtf8()).toBase64();
}

QFuture<Result<HttpResponse>> HttpClient::send(const HttpRequest& request)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    call->promise.start();
    QFuture<Result<HttpResponse>> future = call->promise.future();
    attempt(call);
    return future;
}

void HttpClient::cancelAll()
{
    m_cancelling = true;
    const auto replies = m_inFlight;
    for (const QPointer<QNetworkReply>& reply : replies) {
        if (reply) {
            reply->abort();
        }
    }
    m_inFlight.clear();
    m_cancelling = false;
}

void HttpClient::attempt(std::shared_ptr<Call> call)
{
    ++call->attempts;
    ++m_sent;
    QNetworkRequest request(call->request.url);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray(QByteArray("Longhand/") + QCoreApplication::applicationVersion().toUtf8()));
    request.setRawHeader("Accept", "application/json");
    if (!m_authorization.isEmpty()) {
        request.setRawHeader("Authorization", m_authorization);
    }
    for (const auto& [name, value] : std::as_const(call->request.headers)) {
        request.setRawHeader(name, value);
    }
    QNetworkReply* reply = nullptr;
    if (call->request.idempotent) {
        reply = m_network->sendCustomRequest(request, call->request.method, call->request.body);
    } else {
        // Never sent twice by Qt either (see OneShotBody); a known length lets Qt stream it unbuffered.
        auto* body = new OneShotBody(call->request.body, nullptr);
        request.setHeader(QNetworkRequest::ContentLengthHeader, qint64(call->request.body.size()));
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        reply = m_network->sendCustomRequest(request, call->request.method, body);
        body->setParent(reply);
    }
    m_inFlight.append(reply);
    auto tlsErrors = std::make_shared<QString>();
    connect(reply, &QNetworkReply::sslErrors, reply, [tlsErrors](const QList<QSslError>& errors) {
        QStringList texts;
        for (const QSslError& error : errors) {
            texts.append(error.errorString());
        }
        *tlsErrors = texts.join(QStringLiteral("; ")); // recorded, never ignored
    });
    connect(reply, &QNetworkReply::finished, this, [this, call, reply, tlsErrors] {
        reply->deleteLater();
        m_inFlight.removeAll(reply);
        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        for (const auto& [name, value] : reply->rawHeaderPairs()) {
            response.headers.insert(name.toLower(), value);
        }
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError && !reply->property("cancelled").toBool()
                              && !m_cancelling;
        const auto error = errorFor(response.status, response.body, int(reply->error()), reply->errorString(),
                                    timedOut || reply->error() == QNetworkReply::TimeoutError, m_cancelling, *tlsErrors);
        if (!error) {
            call->promise.addResult(Result<HttpResponse>(std::move(response)));
            call->promise.finish();
            return;
        }
        if (error->isTransient() && call->request.idempotent && call->attempts < m_retry.maxAttempts) {
            const int delay = m_retry.baseDelayMs << (call->attempts - 1);
            qCInfo(lcNet) << "Retrying" << call->request.method << call->request.url.path() << "in" << delay << "ms:"
                          << error->message;
            QTimer::singleShot(delay, this, [this, call] { attempt(call); });
            return;
        }
        call->promise.addResult(Result<HttpResponse>(*error));
        call->promise.finish();
    });
}

std::optional<Error> HttpClient::errorFor(int status, const QByteArray& body, int networkError, const QString& errorText,
                                          bool timedOut, bool cancelled, const QString& tlsErrors)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("HttpClient", text); };
    if (status >= 200 && status < 400 && networkError == QNetworkReply::NoError) {
        return std::nullopt;
    }
    // No status, or a good status followed by a broken transfer (a response cut short).
    if (status < 400) {
        if (cancelled) {
            return Error::make(Error::Code::Cancelled, tr("Cancelled."));
        }
        if (!tlsErrors.isEmpty() || networkError == QNetworkReply::SslHandshakeFailedError) {
            return Error::make(Error::Code::Tls, tr("The blog's certificate cannot be trusted: %1. Longhand will not "
                                                    "connect to it until that is fixed.")
                                                     .arg(tlsErrors.isEmpty() ? errorText : tlsErrors));
        }
        if (timedOut) {
            return Error::make(Error::Code::Timeout, tr("The blog did not answer in time."));
        }
        if (networkError == QNetworkReply::NoError) {
            return Error::make(Error::Code::BadResponse, tr("The blog sent no HTTP answer."));
        }
        if (networkError == QNetworkReply::ContentReSendError) {
            // The connection closed before any answer and Qt may not send it again (see OneShotBody): the
            // request may or may not have arrived. Transient; Qt's own text for it is "Unknown error".
            return Error::make(Error::Code::Network, tr("The blog sent no HTTP answer."));
        }
        return Error::make(Error::Code::Network, tr("Cannot reach the blog: %1").arg(errorText));
    }
    QString remoteCode;
    QString remoteMessage;
    QByteArray remoteData;
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (json.isObject()) {
        remoteCode = json.object().value(QStringLiteral("code")).toString();
        remoteMessage = json.object().value(QStringLiteral("message")).toString().left(500);
        const QJsonValue data = json.object().value(QStringLiteral("data"));
        if (data.isObject()) {
            remoteData = QJsonDocument(data.toObject()).toJson(QJsonDocument::Compact);
        }
    }
    const QString detail = remoteMessage.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(remoteMessage);
    Error error;
    switch (status) {
    case 401:
        error = Error::make(Error::Code::Auth, tr("Wrong user name or application password.") + detail);
        break;
    case 403:
        error = Error::make(Error::Code::Permission, tr("Your account on the blog is not allowed to do this.") + detail);
        break;
    case 404:
    case 410:
        error = Error::make(Error::Code::RemoteNotFound, tr("The blog does not have this (any more).") + detail);
        break;
    default:
        error = Error::make(Error::Code::Http,
                            status >= 500 ? tr("The blog had an internal error (HTTP %1); Longhand will try again.").arg(status) + detail
                                          : tr("The blog refused the request (HTTP %1).").arg(status) + detail);
    }
    error.httpStatus = status;
    error.remoteCode = remoteCode;
    error.remoteData = remoteData;
    return error;
}

} // namespace longhand
