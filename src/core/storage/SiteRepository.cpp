#include "core/storage/SiteRepository.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace longhand {

namespace {

constexpr auto kColumns = "id, name, base_url, rest_root, user_name, allow_insecure_http, created_at, last_sync_at, "
                          "secret_store, user_id, user_display_name, roles, protocol, xmlrpc_endpoint";

Site siteFromQuery(const QSqlQuery& q)
{
    Site site;
    site.id = q.value(0).toLongLong();
    site.name = q.value(1).toString();
    site.baseUrl = QUrl(q.value(2).toString());
    site.restRoot = QUrl(q.value(3).toString());
    site.userName = q.value(4).toString();
    site.allowInsecureHttp = q.value(5).toBool();
    site.createdAt = fromStorageTime(q.value(6).toString());
    site.lastSyncAt = fromStorageTime(q.value(7).toString());
    site.secretStore = q.value(8).toString() == QLatin1String("file") ? Site::SecretStoreKind::File : Site::SecretStoreKind::Keychain;
    site.userId = q.value(9).toLongLong();
    site.userDisplayName = q.value(10).toString();
    site.roles = q.value(11).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    site.protocol = q.value(12).toString() == QLatin1String("xmlrpc") ? Site::Protocol::WordPressXmlRpc : Site::Protocol::WordPressRest;
    site.xmlRpcEndpoint = QUrl(q.value(13).toString());
    return site;
}

void bindSite(QSqlQuery& q, const Site& site)
{
    q.bindValue(QStringLiteral(":name"), notNullText(site.name));
    q.bindValue(QStringLiteral(":base_url"), notNullText(site.baseUrl.toString()));
    q.bindValue(QStringLiteral(":rest_root"), notNullText(site.restRoot.toString()));
    q.bindValue(QStringLiteral(":user_name"), notNullText(site.userName));
    q.bindValue(QStringLiteral(":allow_insecure_http"), site.allowInsecureHttp ? 1 : 0);
    q.bindValue(QStringLiteral(":secret_store"),
                site.secretStore == Site::SecretStoreKind::File ? QStringLiteral("file") : QStringLiteral("keychain"));
    q.bindValue(QStringLiteral(":user_id"), site.userId);
    q.bindValue(QStringLiteral(":user_display_name"), notNullText(site.userDisplayName));
    q.bindValue(QStringLiteral(":roles"), notNullText(site.roles.join(QLatin1Char(','))));
    q.bindValue(QStringLiteral(":protocol"),
                site.protocol == Site::Protocol::WordPressXmlRpc ? QStringLiteral("xmlrpc") : QStringLiteral("rest"));
    q.bindValue(QStringLiteral(":xmlrpc_endpoint"), notNullText(site.xmlRpcEndpoint.toString()));
}

Error notFound(qint64 id)
{
    return Error::make(Error::Code::NotFound, QCoreApplication::translate("SiteRepository", "Blog %1 is not connected.").arg(id));
}

} // namespace

SiteRepository::SiteRepository(Database& database, std::shared_ptr<Clock> clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

Result<qint64> SiteRepository::add(const Site& site)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO sites (name, base_url, rest_root, user_name, allow_insecure_http, secret_store, "
                             "user_id, user_display_name, roles, protocol, xmlrpc_endpoint, created_at) VALUES (:name, :base_url, "
                             ":rest_root, :user_name, :allow_insecure_http, :secret_store, :user_id, :user_display_name, "
                             ":roles, :protocol, :xmlrpc_endpoint, :now)"));
    bindSite(q, site);
    q.bindValue(QStringLiteral(":now"), toStorageTime(m_clock->nowUtc()));
    if (!q.exec()) {
        return databaseError(QStringLiteral("add blog"), q.lastError().text());
    }
    return q.lastInsertId().toLongLong();
}

Status SiteRepository::update(const Site& site)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE sites SET name = :name, base_url = :base_url, rest_root = :rest_root, "
                             "user_name = :user_name, allow_insecure_http = :allow_insecure_http, "
                             "secret_store = :secret_store, user_id = :user_id, user_display_name = :user_display_name, "
                             "roles = :roles, protocol = :protocol, xmlrpc_endpoint = :xmlrpc_endpoint WHERE id = :id"));
    bindSite(q, site);
    q.bindValue(QStringLiteral(":id"), site.id);
    if (!q.exec()) {
        return databaseError(QStringLiteral("update blog"), q.lastError().text());
    }
    return q.numRowsAffected() == 1 ? Status {} : Status {notFound(site.id)};
}

Result<Site> SiteRepository::load(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM sites WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec()) {
        return databaseError(QStringLiteral("load blog"), q.lastError().text());
    }
    if (!q.next()) {
        return notFound(id);
    }
    return siteFromQuery(q);
}

Result<QList<Site>> SiteRepository::list()
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM sites ORDER BY id").arg(QLatin1String(kColumns)))) {
        return databaseError(QStringLiteral("list blogs"), q.lastError().text());
    }
    QList<Site> sites;
    while (q.next()) {
        sites.append(siteFromQuery(q));
    }
    return sites;
}

Status SiteRepository::remove(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM sites WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        return databaseError(QStringLiteral("remove blog"), q.lastError().text());
    }
    return q.numRowsAffected() == 1 ? Status {} : Status {notFound(id)};
}

Status SiteRepository::markSynced(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE sites SET last_sync_at = ? WHERE id = ?"));
    q.addBindValue(toStorageTime(m_clock->nowUtc()));
    q.addBindValue(id);
    if (!q.exec()) {
        return databaseError(QStringLiteral("mark synced"), q.lastError().text());
    }
    return {};
}

} // namespace longhand
