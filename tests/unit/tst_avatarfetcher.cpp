// Gravatars are opt-in: while disabled nothing is requested; when enabled the address is WordPress's
// (md5 of the trimmed, lower-cased email), each avatar is asked for once and then read from the profile.
#include "core/remote/AvatarFetcher.h"
#include "support/FakeNetwork.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

namespace {

const QByteArray kPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

FakeNetworkAccessManager* fakeGravatar()
{
    return new FakeNetworkAccessManager([](const FakeRequest&) {
        return FakeResponse {200, kPng, {{"Content-Type", "image/png"}}};
    });
}

} // namespace

class TestAvatarFetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addressIsWordPresss();
    void disabledRequestsNothing();
    void enabledFetchesOnceThenCaches();
    void failureIsReportedAndNotRetried();
};

void TestAvatarFetcher::addressIsWordPresss()
{
    QTemporaryDir dir;
    AvatarFetcher fetcher(dir.path());
    // md5("myemailaddress@example.com"), Gravatar's documented example
    QCOMPARE(AvatarFetcher::hashFor(QStringLiteral("  MyEmailAddress@example.com ")),
             QStringLiteral("0bc83cb571cd1c50ba6f3e8a78ef1346"));
    QCOMPARE(fetcher.urlFor(QStringLiteral("MyEmailAddress@example.com")).toString(),
             QStringLiteral("https://secure.gravatar.com/avatar/0bc83cb571cd1c50ba6f3e8a78ef1346?s=80&d=identicon"));
    fetcher.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9/avatar/")));
    QCOMPARE(fetcher.urlFor(QStringLiteral("a@b.c")).host(), QStringLiteral("127.0.0.1"));
}

void TestAvatarFetcher::disabledRequestsNothing()
{
    QTemporaryDir dir;
    AvatarFetcher fetcher(dir.filePath(QStringLiteral("avatars")));
    fetcher.setBaseUrl(QUrl(QStringLiteral("http://avatars.test/avatar/")));
    auto* network = fakeGravatar();
    auto requests = network->requestLog();
    fetcher.setNetworkAccessManager(network);
    QVERIFY(!fetcher.isEnabled()); // the default
    QSignalSpy arrived(&fetcher, &AvatarFetcher::avatarArrived);
    QVERIFY(fetcher.avatarFor(QStringLiteral("someone@example.com")).isEmpty());
    QTest::qWait(100);
    QCOMPARE(requests->size(), 0);
    QCOMPARE(arrived.size(), 0);
    QVERIFY(!QDir(dir.filePath(QStringLiteral("avatars"))).exists());

    // Enabled but no email: still nothing.
    fetcher.setEnabled(true);
    QVERIFY(fetcher.avatarFor(QStringLiteral("  ")).isEmpty());
    QTest::qWait(50);
    QCOMPARE(requests->size(), 0);
}

void TestAvatarFetcher::enabledFetchesOnceThenCaches()
{
    QTemporaryDir dir;
    const QString cache = dir.filePath(QStringLiteral("avatars"));
    {
        AvatarFetcher fetcher(cache);
        fetcher.setBaseUrl(QUrl(QStringLiteral("http://avatars.test/avatar/")));
        auto* network = fakeGravatar();
        auto requests = network->requestLog();
        fetcher.setNetworkAccessManager(network);
        fetcher.setEnabled(true);
        QSignalSpy arrived(&fetcher, &AvatarFetcher::avatarArrived);
        QVERIFY(fetcher.avatarFor(QStringLiteral("Reader@Example.com")).isEmpty()); // asked, answers later
        QVERIFY(fetcher.avatarFor(QStringLiteral("reader@example.com")).isEmpty()); // already in flight
        QVERIFY(arrived.wait(5000));
        QCOMPARE(requests->size(), 1);
        QCOMPARE(requests->first().url.toString(),
                 QStringLiteral("http://avatars.test/avatar/%1?s=80&d=identicon")
                     .arg(AvatarFetcher::hashFor(QStringLiteral("reader@example.com"))));
        QCOMPARE(arrived.first().at(1).toByteArray(), kPng);
        QCOMPARE(fetcher.avatarFor(QStringLiteral("reader@example.com")), kPng);
        QCOMPARE(requests->size(), 1);
    }
    QVERIFY(QFile::exists(QDir(cache).filePath(AvatarFetcher::hashFor(QStringLiteral("reader@example.com")) + QStringLiteral(".png"))));
    // A later run reads the profile's copy without asking.
    AvatarFetcher later(cache);
    auto* network = fakeGravatar();
    auto requests = network->requestLog();
    later.setNetworkAccessManager(network);
    later.setEnabled(true);
    QCOMPARE(later.avatarFor(QStringLiteral("reader@example.com")), kPng);
    QCOMPARE(requests->size(), 0);
}

void TestAvatarFetcher::failureIsReportedAndNotRetried()
{
    QTemporaryDir dir;
    AvatarFetcher fetcher(dir.path());
    fetcher.setTimeoutMs(200);
    auto* network = new FakeNetworkAccessManager([](const FakeRequest&) {
        FakeResponse hanging;
        hanging.hang = true;
        return hanging;
    });
    auto requests = network->requestLog();
    fetcher.setNetworkAccessManager(network);
    fetcher.setEnabled(true);
    QSignalSpy failed(&fetcher, &AvatarFetcher::avatarFailed);
    fetcher.avatarFor(QStringLiteral("slow@example.com"));
    QVERIFY(failed.wait(5000)); // the timeout ends it
    fetcher.avatarFor(QStringLiteral("slow@example.com"));
    QTest::qWait(50);
    QCOMPARE(requests->size(), 1);
}

QTEST_GUILESS_MAIN(TestAvatarFetcher)
#include "tst_avatarfetcher.moc"
