// HttpClient, discovery and AccountService against a real socket that lies: redirects that would carry the
// password to another origin, an endless chunked answer, an answer that drips, a front page naming an API
// on another origin. What must hold: the other origin never sees an Authorization header, every answer
// stops at its cap and its deadline, memory stays bounded, and each failure says what happened.
#include "core/accounts/AccountService.h"
#include "core/remote/AvatarFetcher.h"
#include "core/remote/HttpClient.h"
#include "core/remote/ThemeStylesheetFetcher.h"
#include "core/remote/WordPressClient.h"
#include "core/storage/StorageExecutor.h"
#include "support/LyingHttpServer.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

namespace {

// VmHWM (peak) or VmRSS of this process, in KB.
qint64 memoryKb(const QByteArray& field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':'))) {
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

template <typename T>
T wait(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 60000)) {
        qFatal("request did not finish");
    }
    return future.result();
}

const QByteArray kIndex = R"({"name":"Other","namespaces":["wp/v2"],"authentication":{"application-passwords":)"
                          R"({"endpoints":{"authorization":"http://127.0.0.1/wp-admin/authorize-application.php"}}}})";
const QByteArray kUser = R"({"id":1,"name":"Admin","slug":"admin","roles":["administrator"]})";

} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redirectToAnotherOriginNeverCarriesThePassword_data();
    void redirectToAnotherOriginNeverCarriesThePassword();
    void redirectWithinTheOriginIsFollowed();
    void redirectWithoutCredentialsIsFollowedAndReported();
    void redirectLoopEnds();
    void longRedirectChainNeverLeaksThePassword();
    void endlessAnswerStopsAtTheCapWithBoundedMemory();
    void announcedLengthPastTheCapFailsUpFront();
    void drippingAnswerMeetsTheDeadline();
    void fetchersWithTheirOwnNetworkMeetADeadlineToo();
    void discoveryNamingAnotherOriginAsks();
    void discoveryUsesAnAcceptedOrigin();
    void discoveryFollowsTheTypedAddressToItsHome();
};

void TestHostileServer::redirectToAnotherOriginNeverCarriesThePassword_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("301 GET") << 301 << QByteArray("GET");
    QTest::newRow("302 GET") << 302 << QByteArray("GET");
    QTest::newRow("307 GET") << 307 << QByteArray("GET");
    QTest::newRow("308 GET") << 308 << QByteArray("GET");
    QTest::newRow("307 POST") << 307 << QByteArray("POST");
    QTest::newRow("308 POST") << 308 << QByteArray("POST");
}

void TestHostileServer::redirectToAnotherOriginNeverCarriesThePassword()
{
    QFETCH(int, status);
    QFETCH(QByteArray, method);
    LyingHttpServer other([](const LyingRequest&) { return LyingAnswer::json("{}"); });
    QVERIFY(other.listen());
    const QByteArray elsewhere = other.url(QStringLiteral("/steal")).toEncoded();
    LyingHttpServer blog([status, elsewhere](const LyingRequest&) { return LyingAnswer::redirect(status, elsewhere); });
    QVERIFY(blog.listen());

    HttpClient client(new QNetworkAccessManager);
    client.setRetryPolicy({3, 10});
    client.setCredentials(QStringLiteral("admin"), QStringLiteral("secret"), blog.url());
    const auto result = wait(client.send(HttpRequest {method, blog.url(QStringLiteral("/wp-json/wp/v2/posts")), "{}",
                                                      {{"Content-Type", "application/json"}}, true}));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::CrossOrigin);
    QVERIFY2(result.error().message.contains(other.origin()), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(QStringLiteral("does not send your password")), qPrintable(result.error().message));
    QVERIFY(!result.error().isTransient());
    QVERIFY(other.requests().isEmpty());
    QVERIFY(!other.anyAuthorization());
    QCOMPARE(blog.requests().size(), 1); // not retried: it would be refused again
}

void TestHostileServer::redirectWithinTheOriginIsFollowed()
{
    LyingHttpServer blog([](const LyingRequest& request) {
        if (request.target.startsWith("/old")) {
            return LyingAnswer::redirect(301, "/wp-json/wp/v2/posts"); // relative: same origin
        }
        return LyingAnswer::json("[]");
    });
    QVERIFY(blog.listen());
    HttpClient client(new QNetworkAccessManager);
    client.setCredentials(QStringLiteral("admin"), QStringLiteral("secret"), blog.url());
    const auto result = wait(client.send(HttpRequest {"GET", blog.url(QStringLiteral("/old")), {}, {}, true}));
    QVERIFY2(result.ok(), qPrintable(errorOf(result)));
    QCOMPARE(result->body, QByteArray("[]"));
    QCOMPARE(result->url, blog.url(QStringLiteral("/wp-json/wp/v2/posts")));
    QCOMPARE(blog.requests().size(), 2);
    QVERIFY(!blog.requests().at(1).authorization.isEmpty()); // the password stays with its own origin
}

void TestHostileServer::redirectWithoutCredentialsIsFollowedAndReported()
{
    LyingHttpServer www([](const LyingRequest&) { return LyingAnswer::json("{}"); });
    QVERIFY(www.listen());
    const QByteArray target = www.url(QStringLiteral("/")).toEncoded();
    LyingHttpServer bare([target](const LyingRequest&) { return LyingAnswer::redirect(301, target); });
    QVERIFY(bare.listen());
    HttpClient client(new QNetworkAccessManager);
    const auto result = wait(client.send(HttpRequest {"GET", bare.url(), {}, {}, true}));
    QVERIFY2(result.ok(), qPrintable(errorOf(result)));
    QCOMPARE(result->url, www.url(QStringLiteral("/"))); // the caller binds to where it ended up
    QVERIFY(!www.anyAuthorization());
}

void TestHostileServer::redirectLoopEnds()
{
    LyingHttpServer blog([](const LyingRequest& request) {
        return LyingAnswer::redirect(302, request.target + "x"); // never the same address twice
    });
    QVERIFY(blog.listen());
    HttpClient client(new QNetworkAccessManager);
    client.setRetryPolicy({3, 10});
    client.setCredentials(QStringLiteral("admin"), QStringLiteral("secret"), blog.url());
    const auto result = wait(client.send(HttpRequest {"GET", blog.url(QStringLiteral("/a")), {}, {}, true}));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message, QStringLiteral("The blog redirected again and again; Longhand gave up."));
    QVERIFY(!result.error().isTransient());
    QVERIFY2(blog.requests().size() <= 6, qPrintable(QString::number(blog.requests().size()))); // one attempt: not retried
}

// Same-origin hops first, then another origin: whichever hop goes elsewhere, the password does not.
void TestHostileServer::longRedirectChainNeverLeaksThePassword()
{
    for (int hops = 1; hops <= 4; ++hops) {
        LyingHttpServer other([](const LyingRequest&) { return LyingAnswer::json("{}"); });
        QVERIFY(other.listen());
        const QByteArray elsewhere = other.url(QStringLiteral("/steal")).toEncoded();
        LyingHttpServer blog([hops, elsewhere](const LyingRequest& request) {
            const int depth = int(request.target.count('x'));
            return LyingAnswer::redirect(302, depth + 1 < hops ? request.target + "x" : elsewhere);
        });
        QVERIFY(blog.listen());
        HttpClient client(new QNetworkAccessManager);
        client.setRetryPolicy({2, 10});
        client.setCredentials(QStringLiteral("admin"), QStringLiteral("secret"), blog.url());
        const auto result = wait(client.send(HttpRequest {"GET", blog.url(QStringLiteral("/a")), {}, {}, true}));
        QVERIFY(!result.ok());
        QVERIFY(!result.error().isTransient());
        QVERIFY2(!other.anyAuthorization(), qPrintable(QString::number(hops)));
        if (hops <= 2) { // Qt 6.4 does not get to a third hop (see redirectLoopEnds)
            QCOMPARE(result.error().code, Error::Code::CrossOrigin);
            QVERIFY(other.requests().isEmpty());
        }
    }
}

void TestHostileServer::endlessAnswerStopsAtTheCapWithBoundedMemory()
{
    LyingHttpServer blog([](const LyingRequest&) { return LyingAnswer {LyingAnswer::Kind::EndlessChunked, 200, {}, {}}; });
    QVERIFY(blog.listen());
    HttpClient client(new QNetworkAccessManager);
    client.setRetryPolicy({3, 10});
    const qint64 peakBefore = memoryKb("VmHWM");
    const qint64 rssBefore = memoryKb("VmRSS");
    HttpRequest request {"GET", blog.url(QStringLiteral("/wp-json/wp/v2/comments")), {}, {}, true, AnswerLimit::kList};
    const auto result = wait(client.send(request));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::TooLarge);
    QCOMPARE(result.error().message, QStringLiteral("The blog's answer was larger than 32 MB; Longhand stopped reading it."));
    QVERIFY(!result.error().isTransient());
    QCOMPARE(blog.requests().size(), 1); // too large is not retried
    QVERIFY(blog.bytesSent() < LyingHttpServer::kEndlessSafetyBytes); // the client stopped, not the server
    const qint64 peakGrowthMb = (memoryKb("VmHWM") - peakBefore) / 1024;
    const qint64 rssGrowthMb = (memoryKb("VmRSS") - rssBefore) / 1024;
    qInfo() << "sent" << blog.bytesSent() / (1024 * 1024) << "MB; peak grew" << peakGrowthMb << "MB, RSS" << rssGrowthMb << "MB";
    // The cap is 32 MB; the body buffer may double once while growing. Generous slack, far from "unbounded".
    QVERIFY2(peakGrowthMb < 160, qPrintable(QString::number(peakGrowthMb)));
}

void TestHostileServer::announcedLengthPastTheCapFailsUpFront()
{
    LyingHttpServer blog([](const LyingRequest&) { return LyingAnswer::json(QByteArray(3 * 1024 * 1024, ' ')); });
    QVERIFY(blog.listen());
    HttpClient client(new QNetworkAccessManager);
    HttpRequest request {"GET", blog.url(QStringLiteral("/wp-json/wp/v2/posts/1")), {}, {}, true, 1024 * 1024};
    const auto result = wait(client.send(request));
    QCOMPARE(result.error().code, Error::Code::TooLarge);
    QCOMPARE(result.error().message, QStringLiteral("The blog's answer was larger than 1 MB; Longhand stopped reading it."));
    QCOMPARE(blog.requests().size(), 1);
}

void TestHostileServer::drippingAnswerMeetsTheDeadline()
{
    LyingHttpServer blog([](const LyingRequest&) { return LyingAnswer {LyingAnswer::Kind::Drip, 200, {}, {}, 100}; });
    QVERIFY(blog.listen());
    HttpClient client(new QNetworkAccessManager);
    client.setTimeoutMs(30000); // a byte every 100 ms never trips the gap timeout
    client.setDeadlineMs(600);
    client.setRetryPolicy({2, 10});
    const auto result = wait(client.send(HttpRequest {"GET", blog.url(QStringLiteral("/wp-json/wp/v2/posts")), {}, {}, true}));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::Timeout);
    QCOMPARE(result.error().message, QStringLiteral("The blog took longer than 1 s to answer."));
    QVERIFY(result.error().isTransient());
    QCOMPARE(blog.requests().size(), 2); // retried once (the retry cap), then given up
}

// The avatar and theme fetchers keep their own network manager (no credentials): a drip ends them too.
void TestHostileServer::fetchersWithTheirOwnNetworkMeetADeadlineToo()
{
    LyingHttpServer blog([](const LyingRequest&) { return LyingAnswer {LyingAnswer::Kind::Drip, 200, {}, {}, 100}; });
    QVERIFY(blog.listen());
    QTemporaryDir profile;

    ThemeStylesheetFetcher theme(profile.path());
    theme.setDeadlineMs(500);
    QSignalSpy themeDone(&theme, &ThemeStylesheetFetcher::finished);
    theme.fetch(1, blog.url());
    QVERIFY(themeDone.wait(20000));
    const auto status = themeDone.constFirst().at(1).value<Status>();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, Error::Code::Timeout);

    AvatarFetcher avatars(profile.filePath(QStringLiteral("avatars")));
    avatars.setBaseUrl(blog.url(QStringLiteral("/avatar/")));
    avatars.setDeadlineMs(500);
    avatars.setEnabled(true);
    QSignalSpy avatarFailed(&avatars, &AvatarFetcher::avatarFailed);
    QVERIFY(avatars.avatarFor(QStringLiteral("someone@example.org")).isEmpty());
    QVERIFY(avatarFailed.wait(20000));
}

void TestHostileServer::discoveryNamingAnotherOriginAsks()
{
    LyingHttpServer other([](const LyingRequest& request) {
        return request.target.contains("users/me") ? LyingAnswer::json(kUser) : LyingAnswer::json(kIndex);
    });
    QVERIFY(other.listen());
    const QByteArray link = "<" + other.url(QStringLiteral("/wp-json/")).toEncoded() + ">; rel=\"https://api.w.org/\"";
    LyingHttpServer blog([link](const LyingRequest&) {
        LyingAnswer page {LyingAnswer::Kind::Whole, 200, {{"Content-Type", "text/html"}, {"Link", link}}, "<html></html>"};
        return page;
    });
    QVERIFY(blog.listen());

    auto database = makeTempDatabase();
    StorageExecutor storage(database->path());
    QTemporaryDir profile;
    AccountService accounts(storage, profile.path());
    NewAccount account {blog.url().toString(), QStringLiteral("admin"), QStringLiteral("secret"), false, {}, SecretStore::Kind::File};
    const auto added = wait(accounts.addAccount(account));
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, Error::Code::ApiOnOtherOrigin);
    QCOMPARE(HttpClient::originOf(added.error().url), blog.origin());
    QCOMPARE(added.error().otherUrl, other.url(QStringLiteral("/wp-json/")));
    QVERIFY2(added.error().message.contains(other.origin()), qPrintable(added.error().message));
    QVERIFY(other.requests().isEmpty());
    QVERIFY(!blog.anyAuthorization());
    QCOMPARE(wait(accounts.sites()).value().size(), 0);

    // Browser sign-in's discovery says the same.
    const auto found = wait(accounts.discover(blog.url().toString(), false));
    QCOMPARE(found.error().code, Error::Code::ApiOnOtherOrigin);
    QVERIFY(other.requests().isEmpty());
}

void TestHostileServer::discoveryUsesAnAcceptedOrigin()
{
    LyingHttpServer other([](const LyingRequest& request) {
        return request.target.contains("users/me") ? LyingAnswer::json(kUser) : LyingAnswer::json(kIndex);
    });
    QVERIFY(other.listen());
    const QByteArray link = "<" + other.url(QStringLiteral("/wp-json/")).toEncoded() + ">; rel=\"https://api.w.org/\"";
    LyingHttpServer blog([link](const LyingRequest&) {
        return LyingAnswer {LyingAnswer::Kind::Whole, 200, {{"Content-Type", "text/html"}, {"Link", link}}, "<html></html>"};
    });
    QVERIFY(blog.listen());

    auto database = makeTempDatabase();
    StorageExecutor storage(database->path());
    QTemporaryDir profile;
    AccountService accounts(storage, profile.path());
    NewAccount account {blog.url().toString(), QStringLiteral("admin"), QStringLiteral("secret"), false, other.origin(),
                        SecretStore::Kind::File};
    const auto added = wait(accounts.addAccount(account));
    QVERIFY2(added.ok(), qPrintable(errorOf(added)));
    QCOMPARE(added->restRoot, other.url(QStringLiteral("/wp-json/")));
    QVERIFY(!blog.anyAuthorization());
    QVERIFY(other.anyAuthorization()); // users/me, where the user said
}

// example.org -> www.example.org: followed without credentials, and the account is bound to where it landed.
void TestHostileServer::discoveryFollowsTheTypedAddressToItsHome()
{
    LyingHttpServer www([](const LyingRequest& request) {
        if (request.target.startsWith("/blog/wp-json/wp/v2/users/me")) {
            return LyingAnswer::json(kUser);
        }
        if (request.target.startsWith("/blog/wp-json/")) {
            return LyingAnswer::json(kIndex);
        }
        return LyingAnswer {LyingAnswer::Kind::Whole, 200, {{"Content-Type", "text/html"}}, "<html></html>"};
    });
    QVERIFY(www.listen());
    const QByteArray home = www.url(QStringLiteral("/blog/index.php?from=bare")).toEncoded();
    LyingHttpServer bare([home](const LyingRequest&) { return LyingAnswer::redirect(301, home); });
    QVERIFY(bare.listen());

    auto database = makeTempDatabase();
    StorageExecutor storage(database->path());
    QTemporaryDir profile;
    AccountService accounts(storage, profile.path());
    NewAccount account {bare.url().toString(), QStringLiteral("admin"), QStringLiteral("secret"), false, {}, SecretStore::Kind::File};
    const auto added = wait(accounts.addAccount(account));
    QVERIFY2(added.ok(), qPrintable(errorOf(added)));
    QCOMPARE(added->baseUrl, www.url(QStringLiteral("/blog/")));
    QCOMPARE(added->restRoot, www.url(QStringLiteral("/blog/wp-json/")));
    QCOMPARE(bare.requests().size(), 1); // only the front page, without credentials
    QVERIFY(!bare.anyAuthorization());
    QVERIFY(www.anyAuthorization());
}

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
