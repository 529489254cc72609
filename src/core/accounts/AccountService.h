#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/accounts/SecretStore.h"
#include "core/domain/Site.h"
#include "core/remote/WordPressClient.h"
#include "core/remote/WpJson.h"

#include <QFuture>
#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;
template <typename T>
class QPromise;

namespace longhand {

class HttpClient;
class StorageExecutor;
class WordPressClient;

struct NewAccount
{
    QString siteUrl;   // as typed: "example.org", "https://example.org/blog"
    QString userName;
    // REST: an application password. XML-RPC: the account password (or an application password where the blog
    // still allows them). Kept in memory only until stored in the secret store.
    QString password;
    bool allowInsecureHttp = false;
    // The origin ("https://api.example.org") the user confirmed as this blog's API when discovery found the API
    // on another address than the site's (Error::Code::ApiOnOtherOrigin); empty: only the site's own origin.
    QString acceptedApiOrigin;
    SecretStore::Kind secretStore = SecretStore::Kind::Keychain;
    // How to talk to the blog. REST first; when it answers Error::Meaning::RestRefused, offer XML-RPC.
    Site::Protocol protocol = Site::Protocol::WordPressRest;
};

// Connected blogs: adding one (discover the REST API, check application passwords, sign in, keep
// the password in the secret store), listing, verifying, removing, and building a signed-in
// client for sync and publish.
class AccountService final : public QObject
{
    Q_OBJECT

public:
    AccountService(StorageExecutor& storage, QString profileRoot, std::shared_ptr<Clock> clock = Clock::system(),
                   QObject* parent = nullptr);
    ~AccountService() override;

    // Tests hand in fake networks; by default every client gets a real QNetworkAccessManager.
    void setNetworkFactory(std::function<QNetworkAccessManager*()> factory) { m_networkFactory = std::move(factory); }
    SecretStore& secretStore(SecretStore::Kind kind);

    // Fails with Error::Code::ApiOnOtherOrigin (error.url: the site, error.otherUrl: the API root it names) when
    // the site names an API on another origin that account.acceptedApiOrigin does not accept: ask the user, then
    // call again with acceptedApiOrigin = HttpClient::originOf(error.otherUrl). Nothing was signed in by then.
    // Fails with Error::Code::AlreadyConnected (error.url: the stored blog) when the same REST API and user are
    // already connected, however the address was typed (SiteIdentity::sameAccount); nothing is added then.
    // REST (account.protocol): fails with Error::Meaning::RestRefused when the blog offers no application passwords or
    // refuses the signed-in REST request for another reason than a wrong password: the caller may offer XML-RPC.
    // XML-RPC: finds xmlrpc.php (EditURI -> RSD, else <site>/xmlrpc.php), checks the password with
    // wp.getUsersBlogs and reads the account with wp.getProfile, then stores protocol and endpoint with the blog.
    QFuture<Result<Site>> addAccount(const NewAccount& account);
    // Finds a site's REST API and what it offers (for the browser sign-in: the authorize address).
    QFuture<Result<Discovery>> discover(const QString& typedUrl, bool allowInsecureHttp, const QString& acceptedApiOrigin = {});
    QFuture<Result<QList<Site>>> sites();
    QFuture<Result<Site>> site(qint64 siteId);
    QFuture<Status> removeAccount(qint64 siteId);
    // A client signed in with the stored password; the caller owns it.
    QFuture<Result<std::shared_ptr<BlogClient>>> connectSite(qint64 siteId);
    // Signs in again with the stored password (users/me).
    QFuture<Result<RemoteUser>> verify(qint64 siteId);

    QNetworkAccessManager* makeNetwork() const;

private:
    // The rest of addAccount once the blog is found and not yet connected: users/me, the row, the secret.
    void signInAndStore(const std::shared_ptr<QPromise<Result<Site>>>& promise, const std::shared_ptr<HttpClient>& http, Site site,
                        const NewAccount& account);
    void addXmlRpcAccount(const std::shared_ptr<QPromise<Result<Site>>>& promise, const QUrl& siteUrl, const NewAccount& account);
    // The row, then the secret (undone if the secret fails); the account is looked for again in the same task.
    void storeSite(const std::shared_ptr<QPromise<Result<Site>>>& promise, Site site, const NewAccount& account);
    static Error alreadyConnected(const Site& existing);

    StorageExecutor& m_storage;
    QString m_profileRoot;
    std::shared_ptr<Clock> m_clock;
    std::function<QNetworkAccessManager*()> m_networkFactory;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<SecretStore> m_file;
};

} // namespace longhand
