#include "core/remote/xmlrpc/XmlRpcTransport.h"

#include "core/FutureUtils.h"
#include "core/Logging.h"
#include "core/remote/WordPressClient.h"

#include <QCoreApplication>

namespace longhand {

XmlRpcTransport::XmlRpcTransport(HttpClient* http, QUrl endpoint, QUrl siteUrl, bool allowInsecureHttp,
                                 QString acceptedApiOrigin, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_endpoint(std::move(endpoint))
    , m_siteUrl(std::move(siteUrl))
    , m_allowInsecureHttp(allowInsecureHttp)
    , m_acceptedApiOrigin(std::move(acceptedApiOrigin))
{
}

std::optional<Error> XmlRpcTransport::endpointRefusal(const QUrl& endpoint, const QUrl& siteUrl, bool allowInsecureHttp,
                                                      const QString& acceptedApiOrigin)
{
    if (!endpoint.isValid() || endpoint.host().isEmpty()
        || (endpoint.scheme() != QLatin1String("https") && endpoint.scheme() != QLatin1String("http"))) {
        return Error::make(Error::Code::InvalidInput, tr("%1 is not a web address.").arg(endpoint.toDisplayString()));
    }
    if (WordPressClient::isInsecure(endpoint, allowInsecureHttp)) {
        return Error::make(Error::Code::Insecure,
                           tr("%1 uses plain http, which would send your password unencrypted. Use https, or accept the "
                              "risk for this blog explicitly.")
                               .arg(endpoint.host()));
    }
    const bool accepted = !acceptedApiOrigin.isEmpty()
                          && HttpClient::sameOrigin(endpoint, QUrl(acceptedApiOrigin, QUrl::StrictMode));
    if (!HttpClient::sameOrigin(endpoint, siteUrl) && !accepted) {
        Error error = Error::make(Error::Code::CrossOrigin, tr("Longhand does not send your password to %1: the blog is at %2.")
                                                                 .arg(HttpClient::originOf(endpoint), HttpClient::originOf(siteUrl)));
        error.url = siteUrl;
        error.otherUrl = endpoint;
        return error;
    }
    return std::nullopt;
}

QFuture<Result<XmlRpcValue>> XmlRpcTransport::call(const QString& method, const XmlRpcValue::Array& params,
                                                   Options options)
{
    if (auto refusal = endpointRefusal(m_endpoint, m_siteUrl, m_allowInsecureHttp, m_acceptedApiOrigin)) {
        qCWarning(lcNet) << "Refused an XML-RPC call to" << HttpClient::originOf(m_endpoint) << refusal->message;
        return readyFuture(Result<XmlRpcValue>(*refusal));
    }
    HttpRequest request;
    request.method = "POST";
    request.url = m_endpoint;
    request.body = xmlrpc::writeCall(method, params);
    request.headers = {{"Content-Type", "text/xml; charset=UTF-8"}, {"Accept", "text/xml"}};
    request.idempotent = options.idempotent;
    request.maxResponseBytes = options.maxResponseBytes;
    request.deadlineMs = options.deadlineMs;
    request.secretInBody = true;

    auto promise = std::make_shared<QPromise<Result<XmlRpcValue>>>();
    promise->start();
    QFuture<Result<XmlRpcValue>> future = promise->future();
    const QUrl endpoint = m_endpoint;
    const qint64 cap = options.maxResponseBytes;
    onFinished(m_http->send(request), this, [promise, endpoint, cap, method](const Result<HttpResponse>& response) {
        if (!response) {
            promise->addResult(Result<XmlRpcValue>(response.error()));
        } else if (response->url.isValid() && !HttpClient::sameOrigin(response->url, endpoint)) {
            // HttpClient follows no redirect elsewhere with a secret in the body; this is the last line.
            Error error = Error::make(Error::Code::CrossOrigin, tr("The blog's XML-RPC answer came from %1, not %2.")
                                                                     .arg(HttpClient::originOf(response->url),
                                                                          HttpClient::originOf(endpoint)));
            promise->addResult(Result<XmlRpcValue>(error));
        } else {
            xmlrpc::Limits limits;
            limits.maxBytes = cap;
            auto value = xmlrpc::readResponse(response->body, limits);
            if (!value && value.error().code == Error::Code::BadResponse) {
                qCWarning(lcNet) << "XML-RPC" << method << value.error().message;
            }
            promise->addResult(std::move(value));
        }
        promise->finish();
    });
    return future;
}

} // namespace longhand
