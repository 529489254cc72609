#include "support/FakeBlog.h"

#include "core/accounts/AccountService.h"
#include "core/remote/HttpClient.h"
#include "core/remote/WordPressClient.h"
#include "core/storage/Database.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/StorageExecutor.h"

#include <QTest>

namespace longhand::test {

FakeBlog::FakeBlog(const QString& databasePath, const std::function<void(Site&)>& adjustSite)
    : m_wordpress(std::make_unique<FakeWordPress>())
{
    Site site;
    site.name = QStringLiteral("Fake");
    site.baseUrl = m_wordpress->siteUrl();
    site.restRoot = m_wordpress->restRoot();
    site.userName = QStringLiteral("admin");
    if (adjustSite) {
        adjustSite(site);
    }
    {
        auto db = Database::open(databasePath);
        if (!db) {
            m_error = db.error().message;
            return;
        }
        auto id = SiteRepository(**db).add(site);
        if (!id) {
            m_error = id.error().message;
            return;
        }
        m_siteId = id.value();
    }
    site.id = m_siteId;
    m_storage = std::make_unique<StorageExecutor>(databasePath);
    m_http = std::make_unique<HttpClient>(m_wordpress->makeNetwork());
    m_http->setCredentials(QStringLiteral("admin"), QStringLiteral("secret"), site.restRoot);
    m_client = std::make_unique<WordPressClient>(site, m_http.get());
}

FakeBlog::~FakeBlog()
{
    m_client.reset();
    m_http.reset();
    m_storage.reset();
    m_wordpress.reset();
}

Result<qint64> connectFakeBlog(AccountService& accounts)
{
    NewAccount account;
    account.siteUrl = QStringLiteral("https://blog.example");
    account.userName = QStringLiteral("admin");
    account.password = QStringLiteral("secret");
    account.secretStore = SecretStore::Kind::File;
    auto added = accounts.addAccount(account);
    if (!QTest::qWaitFor([&] { return added.isFinished(); }, 10000)) {
        return Error::make(Error::Code::Timeout, QStringLiteral("connecting the fake blog timed out"));
    }
    if (!added.result()) {
        return added.result().error();
    }
    return added.result()->id;
}

} // namespace longhand::test
