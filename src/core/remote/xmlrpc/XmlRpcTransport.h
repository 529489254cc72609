#pragma once

#include "core/Error.h"
#include "core/remote/HttpClient.h"
#include "core/remote/xmlrpc/XmlRpcCodec.h"
#include "core/remote/xmlrpc/XmlRpcValue.h"

#include <QFuture>
#include <QObject>
#include <QUrl>

#include <optional>

namespace longhand {

// Calls one XML-RPC method at a time on a blog's xmlrpc.php through the account's HttpClient, so its deadlines,
// size caps, retries and redirect checks apply. XML-RPC carries the user name and password inside the body,
// not in a header, so what HttpClient does for its Authorization header is done here for the body: the
// endpoint must be on the blog's own origin (or one the user accepted), https unless it is loopback or the
// user accepted plain http, and no redirect to another origin is followed with it (HttpRequest::secretInBody).
class XmlRpcTransport final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // Safe to send twice (reads, and overwrites that end in the same state); only these are retried.
        bool idempotent = true;
        qint64 maxResponseBytes = AnswerLimit::kObject;
        int deadlineMs = 0; // 0: the HttpClient's default
    };

    // siteUrl: the blog the account belongs to; acceptedApiOrigin: another origin the user confirmed as the
    // blog's (Error::Code::ApiOnOtherOrigin), or empty.
    XmlRpcTransport(HttpClient* http, QUrl endpoint, QUrl siteUrl, bool allowInsecureHttp,
                    QString acceptedApiOrigin = {}, QObject* parent = nullptr);

    const QUrl& endpoint() const { return m_endpoint; }
    HttpClient* http() const { return m_http; }

    // The value of the method's answer, a fault as its Error (see xmlrpc::faultError), or why nothing was sent.
    QFuture<Result<XmlRpcValue>> call(const QString& method, const XmlRpcValue::Array& params, Options options);
    QFuture<Result<XmlRpcValue>> call(const QString& method, const XmlRpcValue::Array& params)
    {
        return call(method, params, Options {});
    }

    // Why a password must not go to endpoint for the blog at siteUrl, or none. Public for tests and discovery.
    static std::optional<Error> endpointRefusal(const QUrl& endpoint, const QUrl& siteUrl, bool allowInsecureHttp,
                                                const QString& acceptedApiOrigin);

private:
    HttpClient* m_http;
    QUrl m_endpoint;
    QUrl m_siteUrl;
    bool m_allowInsecureHttp;
    QString m_acceptedApiOrigin;
};

} // namespace longhand
