#include "core/remote/xmlrpc/XmlRpcDiscovery.h"

#include "core/FutureUtils.h"
#include "core/remote/WordPressClient.h"
#include "core/remote/xmlrpc/XmlRpcCodec.h"
#include "core/remote/xmlrpc/XmlRpcTransport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <gumbo.h>

#include <memory>
#include <vector>

namespace longhand::xmlrpc {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("longhand", text);
}

// The head is all that matters. gumbo's worst cases grow faster than linearly (deep nesting), so it reads each
// <link> tag on its own: the work stays linear, and bounded by these.
constexpr qsizetype kMaxHeadBytes = 512 * 1024;
constexpr qsizetype kMaxTagBytes = 8 * 1024;
constexpr int kMaxLinks = 1000;

const GumboOptions& pageOptions()
{
    static const GumboOptions options = [] {
        GumboOptions o = kGumboDefaultOptions;
        o.max_errors = 0;
        return o;
    }();
    return options;
}

struct OutputDeleter
{
    void operator()(GumboOutput* output) const { gumbo_destroy_output(&pageOptions(), output); }
};

bool relHasEditUri(const char* rel)
{
    const QStringList tokens = QString::fromUtf8(rel).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString& token : tokens) {
        if (token.compare(QLatin1String("EditURI"), Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

Error otherOrigin(const QUrl& site, const QUrl& offered)
{
    Error error = Error::make(Error::Code::ApiOnOtherOrigin,
                              tr("%1 says its API is at %2, another address. Longhand sends your password only to the "
                                 "blog's own address; confirm that %3 belongs to this blog to use it.")
                                  .arg(HttpClient::originOf(site), offered.toString(), HttpClient::originOf(offered)));
    error.url = site;
    error.otherUrl = offered;
    return error;
}

bool acceptable(const QUrl& url, const QUrl& site, const QString& acceptedApiOrigin)
{
    return HttpClient::sameOrigin(url, site)
           || (!acceptedApiOrigin.isEmpty() && HttpClient::sameOrigin(url, QUrl(acceptedApiOrigin, QUrl::StrictMode)));
}

// The methods a blog must offer for Longhand to use it.
const QStringList& requiredMethods()
{
    static const QStringList methods {QStringLiteral("wp.getUsersBlogs"), QStringLiteral("wp.getPosts"),
                                      QStringLiteral("wp.getPost"), QStringLiteral("wp.newPost"),
                                      QStringLiteral("wp.editPost")};
    return methods;
}

struct State
{
    HttpClient* http = nullptr;
    QUrl site;
    bool allowInsecureHttp = false;
    QString acceptedApiOrigin;
    std::shared_ptr<QPromise<Result<XmlRpcDiscovery>>> promise;
    XmlRpcDiscovery found;
    std::unique_ptr<XmlRpcTransport> transport;

    void finish(Result<XmlRpcDiscovery> result)
    {
        promise->addResult(std::move(result));
        promise->finish();
    }
};

// Last step: the endpoint answers system.listMethods (no credentials) with what Longhand needs.
void checkEndpoint(const std::shared_ptr<State>& state, const QUrl& endpoint)
{
    if (auto refusal = XmlRpcTransport::endpointRefusal(endpoint, state->site, state->allowInsecureHttp,
                                                        state->acceptedApiOrigin)) {
        state->finish(*refusal);
        return;
    }
    state->found.siteUrl = state->site;
    state->found.endpoint = endpoint;
    state->transport = std::make_unique<XmlRpcTransport>(state->http, endpoint, state->site, state->allowInsecureHttp,
                                                         state->acceptedApiOrigin);
    onFinished(state->transport->call(QStringLiteral("system.listMethods"), {}), state->http,
               [state](const Result<XmlRpcValue>& answer) {
                   if (!answer) {
                       Error error = answer.error();
                       error.message = tr("%1 does not answer XML-RPC calls: %2")
                                           .arg(state->found.endpoint.toDisplayString(), error.message);
                       state->finish(error);
                       return;
                   }
                   if (!answer->is(XmlRpcValue::Type::Array)) {
                       state->finish(Error::make(Error::Code::BadResponse,
                                                 tr("%1 answered system.listMethods with something else than a list.")
                                                     .arg(state->found.endpoint.toDisplayString())));
                       return;
                   }
                   for (const XmlRpcValue& method : answer->items()) {
                       if (method.is(XmlRpcValue::Type::String)) {
                           state->found.methods.append(method.toString());
                       }
                   }
                   QStringList missing;
                   for (const QString& method : requiredMethods()) {
                       if (!state->found.methods.contains(method)) {
                           missing.append(method);
                       }
                   }
                   if (!missing.isEmpty()) {
                       state->finish(Error::make(Error::Code::Permission,
                                                 tr("The blog's XML-RPC interface lacks %1; a plugin may have switched "
                                                    "it off.")
                                                     .arg(missing.join(QStringLiteral(", ")))));
                       return;
                   }
                   state->finish(state->found);
               });
}

} // namespace

QUrl editUriFromHtml(const QByteArray& html, const QUrl& pageUrl)
{
    QByteArray head = html.left(kMaxHeadBytes);
    const QByteArray lower = head.toLower();
    const qsizetype headEnd = lower.indexOf("</head");
    if (headEnd >= 0) {
        head.truncate(headEnd);
    }
    qsizetype pos = 0;
    for (int links = 0; links < kMaxLinks; ++links) {
        pos = lower.indexOf("<link", pos);
        if (pos < 0 || pos >= head.size()) {
            break;
        }
        qsizetype end = lower.indexOf('>', pos);
        end = end < 0 ? head.size() : std::min(end + 1, head.size());
        const QByteArray tag = head.mid(pos, std::min(end - pos, kMaxTagBytes));
        pos = std::max(end, pos + 1);
        std::unique_ptr<GumboOutput, OutputDeleter> output(
            gumbo_parse_with_options(&pageOptions(), tag.constData(), size_t(tag.size())));
        if (!output) {
            continue;
        }
        // <html><head><link …></head><body></body></html>: the link is a child of head.
        std::vector<const GumboNode*> stack {output->root};
        while (!stack.empty()) {
            const GumboNode* node = stack.back();
            stack.pop_back();
            if (node->type != GUMBO_NODE_ELEMENT) {
                continue;
            }
            const GumboElement& element = node->v.element;
            if (element.tag == GUMBO_TAG_LINK) {
                const GumboAttribute* rel = gumbo_get_attribute(&element.attributes, "rel");
                const GumboAttribute* href = gumbo_get_attribute(&element.attributes, "href");
                if (rel && href && relHasEditUri(rel->value)) {
                    const QUrl target(QString::fromUtf8(href->value).trimmed());
                    return target.isValid() ? pageUrl.resolved(target) : QUrl();
                }
            }
            for (unsigned int i = 0; i < element.children.length; ++i) {
                stack.push_back(static_cast<const GumboNode*>(element.children.data[i]));
            }
        }
    }
    return {};
}

QUrl apiLinkFromRsd(const QByteArray& rsd, const QUrl& rsdUrl)
{
    QXmlStreamReader xml(rsd);
    QString wordpress;
    QString preferred;
    QString first;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
            return {};
        }
        if (token != QXmlStreamReader::StartElement || xml.name() != QLatin1String("api")) {
            continue;
        }
        const QXmlStreamAttributes attributes = xml.attributes();
        const QString link = attributes.value(QLatin1String("apiLink")).toString().trimmed();
        if (link.isEmpty()) {
            continue;
        }
        if (first.isEmpty()) {
            first = link;
        }
        if (wordpress.isEmpty() && attributes.value(QLatin1String("name")) == QLatin1String("WordPress")) {
            wordpress = link;
        }
        if (preferred.isEmpty() && attributes.value(QLatin1String("preferred")) == QLatin1String("true")) {
            preferred = link;
        }
    }
    if (xml.hasError()) {
        return {};
    }
    const QString chosen = !wordpress.isEmpty() ? wordpress : !preferred.isEmpty() ? preferred : first;
    const QUrl url(chosen);
    return chosen.isEmpty() || !url.isValid() ? QUrl() : rsdUrl.resolved(url);
}

QFuture<Result<XmlRpcDiscovery>> discover(HttpClient* http, const QUrl& siteUrl, bool allowInsecureHttp,
                                          const QString& acceptedApiOrigin)
{
    if (!siteUrl.isValid() || siteUrl.host().isEmpty()) {
        return readyFuture(Result<XmlRpcDiscovery>(Error::make(Error::Code::InvalidInput, tr("That is not a web address."))));
    }
    if (WordPressClient::isInsecure(siteUrl, allowInsecureHttp)) {
        return readyFuture(Result<XmlRpcDiscovery>(
            Error::make(Error::Code::Insecure, tr("%1 uses plain http, which would send your password unencrypted. Use "
                                                  "https, or accept the risk for this blog explicitly.")
                                                   .arg(siteUrl.host()))));
    }
    auto state = std::make_shared<State>();
    state->http = http;
    state->site = siteUrl;
    state->allowInsecureHttp = allowInsecureHttp;
    state->acceptedApiOrigin = acceptedApiOrigin;
    state->promise = std::make_shared<QPromise<Result<XmlRpcDiscovery>>>();
    state->promise->start();
    QFuture<Result<XmlRpcDiscovery>> future = state->promise->future();

    HttpRequest frontPage;
    frontPage.url = siteUrl;
    frontPage.maxResponseBytes = AnswerLimit::kFrontPage;
    onFinished(http->send(frontPage), http, [state](const Result<HttpResponse>& page) {
        if (!page && (page.error().code == Error::Code::Tls || page.error().code == Error::Code::CrossOrigin)) {
            state->finish(page.error());
            return;
        }
        // A redirect followed (no credentials yet) moves the site, as in REST discovery.
        if (page && page->url.isValid() && !HttpClient::sameOrigin(page->url, state->site)) {
            state->site = page->url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveFilename
                                             | QUrl::RemoveUserInfo);
            if (WordPressClient::isInsecure(state->site, state->allowInsecureHttp)) {
                state->finish(Error::make(Error::Code::Insecure,
                                          tr("%1 uses plain http, which would send your password unencrypted. Use "
                                             "https, or accept the risk for this blog explicitly.")
                                              .arg(state->site.host())));
                return;
            }
        }
        const QUrl fallback = state->site.resolved(QUrl(QStringLiteral("xmlrpc.php")));
        const QUrl editUri = page ? editUriFromHtml(page->body, page->url.isValid() ? page->url : state->site) : QUrl();
        if (editUri.isEmpty()) {
            checkEndpoint(state, fallback);
            return;
        }
        if (!acceptable(editUri, state->site, state->acceptedApiOrigin)) {
            state->finish(otherOrigin(state->site, editUri));
            return;
        }
        state->found.rsdUrl = editUri;
        HttpRequest rsd;
        rsd.url = editUri;
        rsd.maxResponseBytes = AnswerLimit::kFrontPage;
        onFinished(state->http->send(rsd), state->http, [state, fallback](const Result<HttpResponse>& answer) {
            const QUrl apiLink = answer ? apiLinkFromRsd(answer->body, answer->url.isValid() ? answer->url
                                                                                              : state->found.rsdUrl)
                                        : QUrl();
            if (apiLink.isEmpty()) {
                checkEndpoint(state, fallback);
                return;
            }
            if (!acceptable(apiLink, state->site, state->acceptedApiOrigin)) {
                state->finish(otherOrigin(state->site, apiLink));
                return;
            }
            state->found.fromRsd = true;
            checkEndpoint(state, apiLink);
        });
    });
    return future;
}

} // namespace longhand::xmlrpc
