#pragma once

#include "core/Error.h"
#include "core/remote/HttpClient.h"

#include <QFuture>
#include <QStringList>
#include <QUrl>

namespace longhand {

struct XmlRpcDiscovery
{
    QUrl siteUrl;        // where the site's page was found after the redirects followed: what the account is bound to
    QUrl endpoint;       // xmlrpc.php: the site's origin, or the origin the user accepted
    QUrl rsdUrl;         // the EditURI the page named, or empty
    bool fromRsd = false; // false: the page named none (or its RSD named no API) and <site>/xmlrpc.php answered
    QStringList methods;  // system.listMethods: what the blog offers (plugins remove methods to switch XML-RPC off)
};

namespace xmlrpc {

// The href of the page's <link rel="EditURI">, resolved against pageUrl; empty when there is none. Parsed with
// gumbo, only the part before </head> (at most 512 KB).
QUrl editUriFromHtml(const QByteArray& html, const QUrl& pageUrl);
// The apiLink of the RSD's api named "WordPress" (else the preferred one, else the first), resolved against
// rsdUrl; empty when the RSD names none or is not well-formed (a DTD is refused).
QUrl apiLinkFromRsd(const QByteArray& rsd, const QUrl& rsdUrl);

// Finds a blog's XML-RPC endpoint without credentials: the front page's EditURI -> its RSD -> the WordPress
// API's apiLink; without one, <site>/xmlrpc.php. The endpoint must then answer system.listMethods with the
// methods Longhand needs. An EditURI or apiLink on another origin than the site's is used only when that origin
// is acceptedApiOrigin; otherwise discovery ends with Error::Code::ApiOnOtherOrigin (url: the site, otherUrl: the
// address offered), as WordPressClient::discover does for REST.
QFuture<Result<XmlRpcDiscovery>> discover(HttpClient* http, const QUrl& siteUrl, bool allowInsecureHttp,
                                          const QString& acceptedApiOrigin = {});

} // namespace xmlrpc
} // namespace longhand
