// AccountService::addAccount choosing between REST and XML-RPC (issue 14 item 3), over a fake network: a blog
// without application passwords, or whose REST API refuses the signed-in request, is reported with
// Error::Meaning::RestRefused (a wrong application password is not); protocol xmlrpc finds xmlrpc.php, checks the
// password with wp.getUsersBlogs, stores protocol and endpoint with the blog and the password in the secret store
// only, and a stored XML-RPC blog connects through the XML-RPC backend.
#include "core/accounts/AccountService.h"
#include "core/blog/BlogClient.h"
#include "core/storage/StorageExecutor.h"

#include "support/FakeLockedBlog.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

namespace {

template <typename T>
T wait(QFuture<T> future)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < 20000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    if (!future.isFinished() || future.resultCount() == 0) {
        qFatal("no answer in the test's time");
    }
    return future.result();
}

const QString kSite = FakeLockedBlog::site();
const QByteArray kAccountPassword = FakeLockedBlog::accountPassword();
using RestMode = FakeLockedBlog::RestMode;

} // namespace

class TestAccountServiceXmlRpc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void noApplicationPasswordsIsRestRefused();
    void lockedRestIsRestRefused();
    void wrongApplicationPasswordIsNotRestRefused();
    void addsThroughXmlRpc();
    void wrongAccountPasswordAddsNothing();

private:
    AccountService& accounts() { return *m_accounts; }
    NewAccount account(Site::Protocol protocol, const QByteArray& password) const
    {
        NewAccount account;
        account.siteUrl = kSite;
        account.userName = QStringLiteral("ann");
        account.password = QString::fromUtf8(password);
        account.secretStore = SecretStore::Kind::File;
        account.protocol = protocol;
        return account;
    }

    FakeLockedBlog m_blog;
    std::shared_ptr<QList<FakeRequest>> m_requests = std::make_shared<QList<FakeRequest>>();
    std::unique_ptr<TempDatabase> m_database;
    std::unique_ptr<StorageExecutor> m_storage;
    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<AccountService> m_accounts;
};

void TestAccountServiceXmlRpc::init()
{
    m_blog = FakeLockedBlog {};
    m_requests->clear();
    m_database = makeTempDatabase();
    m_storage = std::make_unique<StorageExecutor>(m_database->path());
    m_profile = std::make_unique<QTemporaryDir>();
    m_accounts = std::make_unique<AccountService>(*m_storage, m_profile->path());
    m_accounts->setNetworkFactory([this] {
        return new FakeNetworkAccessManager([this](const FakeRequest& request) {
            m_requests->append(request);
            return m_blog.answer(request);
        });
    });
}

void TestAccountServiceXmlRpc::cleanup()
{
    m_accounts.reset();
    m_storage.reset();
    m_database.reset();
    m_profile.reset();
}

void TestAccountServiceXmlRpc::noApplicationPasswordsIsRestRefused()
{
    m_blog.rest = RestMode::NoApplicationPasswords;
    const auto added = wait(accounts().addAccount(account(Site::Protocol::WordPressRest, "abcd efgh ijkl mnop")));
    QVERIFY(!added.ok());
    QCOMPARE(added.error().meaning, Error::Meaning::RestRefused);
    QVERIFY2(added.error().message.contains(QLatin1String("XML-RPC")), qPrintable(added.error().message));
    QCOMPARE(wait(accounts().sites()).value().size(), 0);
    for (const FakeRequest& request : *m_requests) {
        QVERIFY(request.authorization.isEmpty()); // refused before anything was signed in
        QVERIFY(!request.url.path().endsWith(QLatin1String("xmlrpc.php")));
    }
}

void TestAccountServiceXmlRpc::lockedRestIsRestRefused()
{
    m_blog.rest = RestMode::Locked;
    const auto added = wait(accounts().addAccount(account(Site::Protocol::WordPressRest, "abcd efgh ijkl mnop")));
    QVERIFY(!added.ok());
    QCOMPARE(added.error().meaning, Error::Meaning::RestRefused);
    QCOMPARE(added.error().remoteCode, QStringLiteral("longhand_rest_locked"));
    QCOMPARE(wait(accounts().sites()).value().size(), 0);
}

void TestAccountServiceXmlRpc::wrongApplicationPasswordIsNotRestRefused()
{
    m_blog.rest = RestMode::WrongPassword;
    const auto added = wait(accounts().addAccount(account(Site::Protocol::WordPressRest, "abcd efgh ijkl mnop")));
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, Error::Code::Auth);
    QCOMPARE(added.error().meaning, Error::Meaning::None); // the password is wrong: XML-RPC would not help
}

void TestAccountServiceXmlRpc::addsThroughXmlRpc()
{
    const auto added = wait(accounts().addAccount(account(Site::Protocol::WordPressXmlRpc, kAccountPassword)));
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
    QCOMPARE(added->protocol, Site::Protocol::WordPressXmlRpc);
    QCOMPARE(added->xmlRpcEndpoint, QUrl(QStringLiteral("https://blog.example/xmlrpc.php")));
    QCOMPARE(added->name, QStringLiteral("Locked Blog"));
    QCOMPARE(added->userId, 7);
    QCOMPARE(added->roles, QStringList {QStringLiteral("editor")});

    const auto stored = wait(accounts().site(added->id));
    QVERIFY(stored.ok());
    QCOMPARE(stored->protocol, Site::Protocol::WordPressXmlRpc);
    QCOMPARE(stored->xmlRpcEndpoint, added->xmlRpcEndpoint);
    const auto secret = wait(accounts().secretStore(SecretStore::Kind::File).read(SecretStore::keyFor(added->id, QStringLiteral("ann"))));
    QVERIFY(secret.ok());
    QCOMPARE(secret.value(), QString::fromUtf8(kAccountPassword));

    bool usersBlogs = false;
    for (const FakeRequest& request : *m_requests) {
        QVERIFY(request.authorization.isEmpty()); // the password travels in the call's body, to xmlrpc.php only
        if (request.body.contains(kAccountPassword)) {
            QCOMPARE(request.url, QUrl(QStringLiteral("https://blog.example/xmlrpc.php")));
        }
        usersBlogs = usersBlogs || request.body.contains("wp.getUsersBlogs");
    }
    QVERIFY(usersBlogs);
    // The database holds no password.
    QFile database(m_database->path());
    QVERIFY(database.open(QIODevice::ReadOnly));
    QVERIFY(!database.readAll().contains(kAccountPassword));

    // A stored XML-RPC blog connects through the XML-RPC backend, with the stored password.
    const auto client = wait(accounts().connectSite(added->id));
    QVERIFY2(client.ok(), client.ok() ? "" : qPrintable(client.error().message));
    QVERIFY(!client.value()->capabilities().canListByIds);
    QVERIFY(client.value()->capabilities().canConditionalUpdate);
    const auto user = wait(accounts().verify(added->id));
    QVERIFY2(user.ok(), user.ok() ? "" : qPrintable(user.error().message));
    QCOMPARE(user->id, 7);
}

void TestAccountServiceXmlRpc::wrongAccountPasswordAddsNothing()
{
    const auto added = wait(accounts().addAccount(account(Site::Protocol::WordPressXmlRpc, "not it")));
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, Error::Code::Auth);
    QCOMPARE(wait(accounts().sites()).value().size(), 0);
}

QTEST_GUILESS_MAIN(TestAccountServiceXmlRpc)
#include "tst_accountservice_xmlrpc.moc"
