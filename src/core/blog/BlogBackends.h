#pragma once

// The backends behind the BlogClient seam, and the one place a new one is registered (BlogBackends.cpp).
#include "core/Error.h"
#include "core/blog/BlogClient.h"
#include "core/domain/Site.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace longhand {

struct BlogBackend
{
    Site::Protocol protocol;
    QString name; // for the log and messages: "WordPress REST API"
    // A signed-in client for a stored blog. It owns `network` (one per account), also when it fails.
    std::function<Result<std::shared_ptr<BlogClient>>(const Site& site, const QString& secret, QNetworkAccessManager* network)> connect;
};

namespace blogbackends {

// Every registered backend.
const QList<BlogBackend>& all();
// The backend of a protocol; nullptr when none is registered.
const BlogBackend* find(Site::Protocol protocol);
// A signed-in client for the blog, through the backend of site.protocol. Takes `network`.
Result<std::shared_ptr<BlogClient>> connect(const Site& site, const QString& secret, QNetworkAccessManager* network);

} // namespace blogbackends
} // namespace longhand
