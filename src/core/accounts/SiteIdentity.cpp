#include "core/accounts/SiteIdentity.h"

#include <QUrlQuery>

namespace longhand::SiteIdentity {

namespace {

QString hostKey(const QUrl& url)
{
    QString host = url.host().toLower();
    if (host.startsWith(QLatin1String("www."))) {
        host.remove(0, 4);
    }
    const int port = url.port(-1);
    const bool defaultPort = port == -1 || port == 80 || port == 443;
    return defaultPort ? host : host + QLatin1Char(':') + QString::number(port);
}

QString folderOf(const QUrl& url)
{
    QString path = url.path();
    if (path.endsWith(QLatin1String("index.php"))) {
        path.chop(int(qstrlen("index.php")));
    }
    if (!path.endsWith(QLatin1Char('/'))) {
        path += QLatin1Char('/');
    }
    return path;
}

QString hostAndFolder(const Site& site)
{
    const QUrl url = site.baseUrl.isEmpty() ? site.restRoot : site.baseUrl;
    QString text = hostKey(url) + folderOf(url);
    if (text.endsWith(QLatin1Char('/'))) {
        text.chop(1);
    }
    return text;
}

} // namespace

QString apiKey(const QUrl& restRoot)
{
    if (!restRoot.isValid() || restRoot.host().isEmpty()) {
        return {};
    }
    QString folder;
    if (QUrlQuery(restRoot).hasQueryItem(QStringLiteral("rest_route"))) {
        folder = folderOf(restRoot) + QLatin1String("wp-json/");
    } else {
        folder = folderOf(restRoot);
    }
    // The folder keeps its case: discovery reports it as WordPress spells it, and on most servers it matters.
    while (folder.contains(QLatin1String("//"))) {
        folder.replace(QLatin1String("//"), QLatin1String("/"));
    }
    if (folder.endsWith(QLatin1Char('/'))) {
        folder.chop(1);
    }
    return hostKey(restRoot) + folder;
}

std::optional<Site> sameAccount(const QList<Site>& stored, const QUrl& restRoot, const QString& userName, qint64 userId)
{
    const QString key = apiKey(restRoot);
    if (key.isEmpty()) {
        return std::nullopt;
    }
    const QString user = userName.trimmed();
    for (const Site& site : stored) {
        if (apiKey(site.restRoot) != key) {
            continue;
        }
        if (site.userName.compare(user, Qt::CaseInsensitive) == 0 || (userId > 0 && site.userId == userId)) {
            return site;
        }
    }
    return std::nullopt;
}

QString displayName(const Site& site, const QList<Site>& all)
{
    const QString name = site.name.trimmed().isEmpty() ? site.baseUrl.host() : site.name.trimmed();
    const auto nameOf = [](const Site& other) { return other.name.trimmed().isEmpty() ? other.baseUrl.host() : other.name.trimmed(); };
    bool nameShared = false;
    bool hostShared = false;
    bool placeShared = false;
    for (const Site& other : all) {
        if (other.id == site.id || nameOf(other).compare(name, Qt::CaseInsensitive) != 0) {
            continue;
        }
        nameShared = true;
        hostShared = hostShared || hostKey(other.baseUrl) == hostKey(site.baseUrl);
        placeShared = placeShared || hostAndFolder(other) == hostAndFolder(site);
    }
    if (!nameShared) {
        return name;
    }
    if (!hostShared) {
        return QStringLiteral("%1 (%2)").arg(name, hostKey(site.baseUrl));
    }
    if (!placeShared) {
        return QStringLiteral("%1 (%2)").arg(name, hostAndFolder(site));
    }
    return QStringLiteral("%1 (%2, %3)").arg(name, hostAndFolder(site), site.userName);
}

QString displayName(qint64 siteId, const QList<Site>& all)
{
    for (const Site& site : all) {
        if (site.id == siteId) {
            return displayName(site, all);
        }
    }
    return {};
}

} // namespace longhand::SiteIdentity
