#pragma once

#include "core/domain/Site.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace longhand {

// Telling blogs apart: which stored account a new one would repeat, and a name for each blog that no other
// connected blog shares.
namespace SiteIdentity {

// The blog's REST API reduced to what identifies it, whatever form of its address was typed or discovered:
// no scheme (http and https reach the same blog), host in lower case without "www.", default ports dropped, and
// "?rest_route=/" and "wp-json/" under the same folder taken as the same API. E.g. "example.org/blog/wp-json".
QString apiKey(const QUrl& restRoot);

// The stored site that is the same account as (restRoot, userName), if any. User names compare case-insensitively
// (WordPress looks logins up that way); userId, when known (> 0), also matches a login typed another way
// (an email address).
std::optional<Site> sameAccount(const QList<Site>& stored, const QUrl& restRoot, const QString& userName, qint64 userId = 0);

// The name to show for a blog among the others: its own name, or "Name (host)" when another blog has the same
// name (host and folder when even that is shared, then "as user" when it is the same blog twice). Plain text.
QString displayName(const Site& site, const QList<Site>& all);
QString displayName(qint64 siteId, const QList<Site>& all); // empty when the id is not among them

} // namespace SiteIdentity

} // namespace longhand
