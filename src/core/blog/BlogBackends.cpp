#include "core/blog/BlogBackends.h"

#include "core/remote/WordPressClient.h"
#include "core/remote/xmlrpc/XmlRpcBlogClient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace longhand::blogbackends {

// One line per backend: its protocol, its name and how it connects. Everything else a backend needs lives in
// its own folder under core/remote/.
const QList<BlogBackend>& all()
{
    static const QList<BlogBackend> backends {
        {Site::Protocol::WordPressRest, QStringLiteral("WordPress REST API"), &WordPressClient::connect},
        {Site::Protocol::WordPressXmlRpc, QStringLiteral("WordPress XML-RPC"), &XmlRpcBlogClient::connect},
    };
    return backends;
}

const BlogBackend* find(Site::Protocol protocol)
{
    for (const BlogBackend& backend : all()) {
        if (backend.protocol == protocol) {
            return &backend;
        }
    }
    return nullptr;
}

Result<std::shared_ptr<BlogClient>> connect(const Site& site, const QString& secret, QNetworkAccessManager* network)
{
    const BlogBackend* backend = find(site.protocol);
    if (!backend) {
        delete network;
        return Error::make(Error::Code::InvalidInput,
                           QCoreApplication::translate("longhand", "This version of Longhand cannot talk to %1 that way.").arg(site.name));
    }
    return backend->connect(site, secret, network);
}

} // namespace longhand::blogbackends
