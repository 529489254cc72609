#pragma once

#include "core/Error.h"
#include "core/domain/Site.h"
#include "support/FakeWordPress.h"

#include <QString>

#include <functional>
#include <memory>

namespace longhand {
class AccountService;
class HttpClient;
class StorageExecutor;
class WordPressClient;
} // namespace longhand

namespace longhand::test {

// What sync, publish and moderation tests share: a blog served by FakeWordPress, a cache in a database
// file with that blog added, the storage thread over it, and a client signed in to the blog. Make one
// per test function; check ok() (error() says why not).
class FakeBlog final
{
public:
    // adjustSite may fill in what a test needs beyond name, addresses and user name (user id, …).
    explicit FakeBlog(const QString& databasePath, const std::function<void(Site&)>& adjustSite = {});
    ~FakeBlog();

    FakeBlog(const FakeBlog&) = delete;
    FakeBlog& operator=(const FakeBlog&) = delete;

    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }

    FakeWordPress& wordpress() { return *m_wordpress; }
    StorageExecutor& storage() { return *m_storage; }
    HttpClient& http() { return *m_http; }
    WordPressClient& client() { return *m_client; }
    qint64 siteId() const { return m_siteId; }

private:
    QString m_error;
    qint64 m_siteId = 0;
    // Destroyed in reverse: the client before its HTTP client, both before the server they talk to.
    std::unique_ptr<FakeWordPress> m_wordpress;
    std::unique_ptr<StorageExecutor> m_storage;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<WordPressClient> m_client;
};

// Connects a blog through the app's own "Add blog" path (discovery, sign-in, password in the profile's
// file store), as a GUI test needs it: point the accounts' network factory at a FakeWordPress first.
// Returns the new site's id, or the error's message.
Result<qint64> connectFakeBlog(AccountService& accounts);

} // namespace longhand::test
