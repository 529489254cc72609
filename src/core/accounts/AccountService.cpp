#include "core/accounts/AccountService.h"

#include "core/FutureUtils.h"
#include "core/Logging.h"
#include "core/accounts/FileSecretStore.h"
#include "core/accounts/KeychainSecretStore.h"
#include "core/accounts/SiteIdentity.h"
#include "core/remote/HttpClient.h"
#include "core/blog/BlogBackends.h"
#include "core/remote/WordPressClient.h"
#include "core/storage/SiteRepository.h"
#include "core/remote/xmlrpc/XmlRpcDiscovery.h"
#include "core/remote/xmlrpc/XmlRpcTransport.h"
#include "core/remote/xmlrpc/XmlRpcWordPress.h"
#include "core/storage/StorageExecutor.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QPromise>

namespace longhand {

namespace {

template <typename T>
void fulfil(const std::shared_ptr<QPromise<Result<T>>>& promise, Result<T> result)
{
    promise->addResult(std::move(result));
    promise->finish();
}

Site::SecretStoreKind siteKind(SecretStore::Kind kind)
{
    return kind == SecretStore::Kind::File ? Site::SecretStoreKind::File : Site::SecretStoreKind::Keychain;
}

// A REST sign-in refused for another reason than a wrong user name or password: application passwords switched off
// for the user or the blog, a security plugin refusing API clients, a host dropping the Authorization header (the
// request then arrives anonymous: rest_not_logged_in).
bool restSignInRefused(const Error& error)
{
    if (error.code != Error::Code::Auth && error.code != Error::Code::Permission) {
        return false;
    }
    for (const char* wrongPassword : {"incorrect_password", "invalid_username", "invalid_email"}) {
        if (error.remoteCode == QLatin1String(wrongPassword)) {
            return false;
        }
    }
    return true;
}

} // namespace

AccountService::AccountService(StorageExecutor& storage, QString profileRoot, std::shared_ptr<Clock> clock, QObject* parent)
    : QObject(parent)
    , m_storage(storage)
    , m_profileRoot(std::move(profileRoot))
    , m_clock(std::move(clock))
{
}

AccountService::~AccountService() = default;

SecretStore& AccountService::secretStore(SecretStore::Kind kind)
{
    if (kind == SecretStore::Kind::File) {
        if (!m_file) {
            m_file = std::make_unique<FileSecretStore>(m_profileRoot);
        }
        return *m_file;
    }
    if (!m_keychain) {
        m_keychain = std::make_unique<KeychainSecretStore>();
    }
    return *m_keychain;
}

QNetworkAccessManager* AccountService::makeNetwork() const
{
    return m_networkFactory ? m_networkFactory() : new QNetworkAccessManager;
}

QFuture<Result<Site>> AccountService::addAccount(const NewAccount& account)
{
    auto promise = std::make_shared<QPromise<Result<Site>>>();
    promise->start();
    QFuture<Result<Site>> future = promise->future();

    const QUrl siteUrl = WordPressClient::normalizeSiteUrl(account.siteUrl);
    if (siteUrl.isEmpty()) {
        fulfil(promise, Result<Site>(Error::make(Error::Code::InvalidInput, tr("“%1” is not a web address.").arg(account.siteUrl))));
        return future;
    }
    if (account.userName.trimmed().isEmpty() || account.password.trimmed().isEmpty()) {
        fulfil(promise, Result<Site>(Error::make(Error::Code::InvalidInput,
                                                 account.protocol == Site::Protocol::WordPressXmlRpc
                                                     ? tr("Enter the user name and the password.")
                                                     : tr("Enter the user name and an application password."))));
        return future;
    }
    if (account.protocol == Site::Protocol::WordPressXmlRpc) {
        addXmlRpcAccount(promise, siteUrl, account);
        return future;
    }
    // One HTTP client for the whole flow; it dies with the last callback.
    auto http = std::shared_ptr<HttpClient>(new HttpClient(makeNetwork()), [](HttpClient* client) { client->deleteLater(); });
    onFinished(WordPressClient::discover(http.get(), siteUrl, account.allowInsecureHttp, account.acceptedApiOrigin), this,
               [this, promise, http, account](const Result<Discovery>& discovery) {
        if (!discovery) {
            fulfil(promise, Result<Site>(discovery.error()));
            return;
        }
        if (!discovery->index.applicationPasswords) {
            Error refused = Error::make(Error::Code::Permission,
                                        tr("%1 does not offer application passwords. They need WordPress 5.6 or newer, and https "
                                           "(or a site set up for local development); a security plugin may have turned them off. "
                                           "Longhand can connect through XML-RPC with the account's password instead.")
                                            .arg(discovery->siteUrl.host()));
            refused.meaning = Error::Meaning::RestRefused;
            refused.url = discovery->siteUrl;
            fulfil(promise, Result<Site>(refused));
            return;
        }
        Site site;
        site.name = discovery->index.name.isEmpty() ? discovery->siteUrl.host() : discovery->index.name;
        site.baseUrl = discovery->siteUrl;
        site.restRoot = discovery->restRoot;
        site.userName = account.userName.trimmed();
        site.allowInsecureHttp = account.allowInsecureHttp;
        site.secretStore = siteKind(account.secretStore);
        // Already connected (the same API and user, whatever form of its address was typed): say so before the
        // password is sent anywhere, and add nothing.
        onFinished(sites(), this, [this, promise, http, site, account](const Result<QList<Site>>& stored) {
            if (!stored) {
                fulfil(promise, Result<Site>(stored.error()));
                return;
            }
            if (auto same = SiteIdentity::sameAccount(stored.value(), site.restRoot, site.userName)) {
                fulfil(promise, Result<Site>(alreadyConnected(*same)));
                return;
            }
            signInAndStore(promise, http, site, account);
        });
    });
    return future;
}

Error AccountService::alreadyConnected(const Site& existing)
{
    Error error = Error::make(Error::Code::AlreadyConnected,
                              tr("%1 is already connected as %2 (blog %3); nothing was added.")
                                  .arg(existing.name, existing.userName)
                                  .arg(existing.id));
    error.url = existing.baseUrl;
    return error;
}

void AccountService::signInAndStore(const std::shared_ptr<QPromise<Result<Site>>>& promise, const std::shared_ptr<HttpClient>& http,
                                    Site site, const NewAccount& account)
{
    http->setCredentials(site.userName, account.password, site.restRoot);
    auto client = std::make_shared<WordPressClient>(site, http.get());
    onFinished(client->verifyCredentials(), this, [this, promise, http, client, site, account](const Result<RemoteUser>& user) mutable {
        if (!user) {
            Error error = user.error();
            if (restSignInRefused(error)) {
                qCInfo(lcNet) << "REST sign-in refused by" << site.restRoot.host() << error.remoteCode;
                error.message = tr("%1 refused to let Longhand sign in through its REST API (%2). Longhand can connect "
                                   "through XML-RPC with the account's password instead.")
                                    .arg(site.baseUrl.host(), error.message);
                error.meaning = Error::Meaning::RestRefused;
                error.url = site.baseUrl;
            }
            fulfil(promise, Result<Site>(error));
            return;
        }
        site.userId = user->id;
        site.userDisplayName = user->name;
        site.roles = user->roles;
        storeSite(promise, site, account);
    });
}

void AccountService::addXmlRpcAccount(const std::shared_ptr<QPromise<Result<Site>>>& promise, const QUrl& siteUrl,
                                      const NewAccount& account)
{
    auto http = std::shared_ptr<HttpClient>(new HttpClient(makeNetwork()), [](HttpClient* client) { client->deleteLater(); });
    onFinished(xmlrpc::discover(http.get(), siteUrl, account.allowInsecureHttp, account.acceptedApiOrigin), this,
               [this, promise, http, account](const Result<XmlRpcDiscovery>& found) {
        if (!found) {
            fulfil(promise, Result<Site>(found.error()));
            return;
        }
        Site site;
        site.name = found->siteUrl.host();
        site.baseUrl = found->siteUrl;
        // Where REST would be: what identifies the blog (SiteIdentity), so the same blog and user connected through
        // either protocol is one account.
        site.restRoot = found->siteUrl.resolved(QUrl(QStringLiteral("wp-json/")));
        site.userName = account.userName.trimmed();
        site.allowInsecureHttp = account.allowInsecureHttp;
        site.secretStore = siteKind(account.secretStore);
        site.protocol = Site::Protocol::WordPressXmlRpc;
        site.xmlRpcEndpoint = found->endpoint;
        onFinished(sites(), this, [this, promise, http, site, account](const Result<QList<Site>>& stored) mutable {
            if (!stored) {
                fulfil(promise, Result<Site>(stored.error()));
                return;
            }
            if (auto same = SiteIdentity::sameAccount(stored.value(), site.restRoot, site.userName)) {
                fulfil(promise, Result<Site>(alreadyConnected(*same)));
                return;
            }
            const QString accepted = HttpClient::originOf(site.xmlRpcEndpoint) == HttpClient::originOf(site.baseUrl)
                                         ? QString()
                                         : HttpClient::originOf(site.xmlRpcEndpoint);
            auto transport = std::shared_ptr<XmlRpcTransport>(
                new XmlRpcTransport(http.get(), site.xmlRpcEndpoint, site.baseUrl, site.allowInsecureHttp, accepted),
                [](XmlRpcTransport* t) { t->deleteLater(); });
            auto wp = std::shared_ptr<XmlRpcWordPress>(new XmlRpcWordPress(transport.get(), site.userName, account.password),
                                                       [](XmlRpcWordPress* w) { w->deleteLater(); });
            // wp.getUsersBlogs checks the password (a wrong one is Error::Code::Auth) and names the blog.
            onFinished(wp->usersBlogs(), this, [this, promise, http, transport, wp, site, account](const Result<QList<XmlRpcBlog>>& blogs) mutable {
                if (!blogs) {
                    fulfil(promise, Result<Site>(blogs.error()));
                    return;
                }
                if (!blogs->isEmpty() && !blogs->constFirst().name.isEmpty()) {
                    site.name = blogs->constFirst().name;
                }
                onFinished(wp->profile(), this, [this, promise, http, transport, wp, site, account](const Result<RemoteUser>& user) mutable {
                    if (!user) {
                        fulfil(promise, Result<Site>(user.error()));
                        return;
                    }
                    site.userId = user->id;
                    site.userDisplayName = user->name;
                    site.roles = user->roles;
                    storeSite(promise, site, account);
                });
            });
        });
    });
}

void AccountService::storeSite(const std::shared_ptr<QPromise<Result<Site>>>& promise, Site site, const NewAccount& account)
{
    // The row first (the secret's key needs its id), then the secret; undone if the secret fails. The same account
    // is looked for again in the same task: by the blog's user id now (a login typed as an email address), and
    // so that two adds at once cannot both get in.
    auto added = m_storage.run([site, clock = m_clock](Database& db) -> Result<qint64> {
        SiteRepository repository(db, clock);
        auto stored = repository.list();
        if (!stored) {
            return stored.error();
        }
        if (auto same = SiteIdentity::sameAccount(stored.value(), site.restRoot, site.userName, site.userId)) {
            return alreadyConnected(*same);
        }
        return repository.add(site);
    });
    onFinished(added, this, [this, promise, site, account](const Result<qint64>& id) mutable {
        if (!id) {
            fulfil(promise, Result<Site>(id.error()));
            return;
        }
        site.id = id.value();
        SecretStore& store = secretStore(account.secretStore);
        onFinished(store.write(SecretStore::keyFor(site.id, site.userName), account.password), this,
                   [this, promise, site](const Status& written) {
            if (!written) {
                m_storage.run([id = site.id, clock = m_clock](Database& db) { return SiteRepository(db, clock).remove(id); });
                fulfil(promise, Result<Site>(written.error()));
                return;
            }
            qCInfo(lcNet) << "Connected blog" << site.id << site.baseUrl.host() << "as" << site.userName
                          << (site.protocol == Site::Protocol::WordPressXmlRpc ? "through XML-RPC" : "through REST");
            fulfil(promise, Result<Site>(site));
        });
    });
}

QFuture<Result<Discovery>> AccountService::discover(const QString& typedUrl, bool allowInsecureHttp, const QString& acceptedApiOrigin)
{
    const QUrl siteUrl = WordPressClient::normalizeSiteUrl(typedUrl);
    auto http = std::shared_ptr<HttpClient>(new HttpClient(makeNetwork()), [](HttpClient* client) { client->deleteLater(); });
    auto promise = std::make_shared<QPromise<Result<Discovery>>>();
    promise->start();
    QFuture<Result<Discovery>> future = promise->future();
    onFinished(WordPressClient::discover(http.get(), siteUrl, allowInsecureHttp, acceptedApiOrigin), this,
               [promise, http](const Result<Discovery>& found) { fulfil(promise, found); });
    return future;
}

QFuture<Result<QList<Site>>> AccountService::sites()
{
    return m_storage.run([clock = m_clock](Database& db) { return SiteRepository(db, clock).list(); });
}

QFuture<Result<Site>> AccountService::site(qint64 siteId)
{
    return m_storage.run([siteId, clock = m_clock](Database& db) { return SiteRepository(db, clock).load(siteId); });
}

QFuture<Status> AccountService::removeAccount(qint64 siteId)
{
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    QFuture<Status> future = promise->future();
    onFinished(site(siteId), this, [this, promise, siteId](const Result<Site>& found) {
        if (!found) {
            fulfil(promise, Status(found.error()));
            return;
        }
        const SecretStore::Kind kind = found->secretStore == Site::SecretStoreKind::File ? SecretStore::Kind::File : SecretStore::Kind::Keychain;
        onFinished(secretStore(kind).remove(SecretStore::keyFor(siteId, found->userName)), this, [this, promise, siteId](const Status& forgotten) {
            if (!forgotten) {
                fulfil(promise, forgotten);
                return;
            }
            onFinished(m_storage.run([siteId, clock = m_clock](Database& db) { return SiteRepository(db, clock).remove(siteId); }),
                       this, [promise](const Status& removed) { fulfil(promise, removed); });
        });
    });
    return future;
}

QFuture<Result<std::shared_ptr<BlogClient>>> AccountService::connectSite(qint64 siteId)
{
    using ClientResult = Result<std::shared_ptr<BlogClient>>;
    auto promise = std::make_shared<QPromise<ClientResult>>();
    promise->start();
    QFuture<ClientResult> future = promise->future();
    onFinished(site(siteId), this, [this, promise, siteId](const Result<Site>& found) {
        if (!found) {
            fulfil(promise, ClientResult(found.error()));
            return;
        }
        const Site site = found.value();
        const SecretStore::Kind kind = site.secretStore == Site::SecretStoreKind::File ? SecretStore::Kind::File : SecretStore::Kind::Keychain;
        onFinished(secretStore(kind).read(SecretStore::keyFor(siteId, site.userName)), this, [this, promise, site](const Result<QString>& secret) {
            if (!secret) {
                Error error = secret.error();
                if (error.code == Error::Code::NotFound) {
                    error = Error::make(Error::Code::SecretStore,
                                        tr("The password for %1 is missing from the %2. Remove the blog and add it again.")
                                            .arg(site.name, site.secretStore == Site::SecretStoreKind::File ? tr("secrets file") : tr("keychain")));
                }
                fulfil(promise, ClientResult(error));
                return;
            }
            fulfil(promise, blogbackends::connect(site, secret.value(), makeNetwork()));
        });
    });
    return future;
}

QFuture<Result<RemoteUser>> AccountService::verify(qint64 siteId)
{
    auto promise = std::make_shared<QPromise<Result<RemoteUser>>>();
    promise->start();
    QFuture<Result<RemoteUser>> future = promise->future();
    onFinished(connectSite(siteId), this, [this, promise](const Result<std::shared_ptr<BlogClient>>& client) {
        if (!client) {
            fulfil(promise, Result<RemoteUser>(client.error()));
            return;
        }
        auto keep = client.value();
        onFinished(keep->verifyCredentials(), this, [promise, keep](const Result<RemoteUser>& user) { fulfil(promise, user); });
    });
    return future;
}

} // namespace longhand
