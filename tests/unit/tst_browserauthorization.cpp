// The browser route: the loopback listener takes WordPress's redirect with the new application
// password, refuses answers that do not carry its state, and reports a refusal.
#include "core/accounts/BrowserAuthorization.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace longhand;

class TestBrowserAuthorization : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsTheAuthorizeAddress();
    void takesTheApprovedPassword();
    void refusesAForeignState();
    void reportsRejection();
    void reportsRejectionSentToTheSuccessAddress();
    void reportsDisabledApplicationPasswords();

private:
    static int get(const QUrl& url)
    {
        QNetworkAccessManager network;
        QNetworkReply* reply = network.get(QNetworkRequest(url));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000)) {
            return -1;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }
};

void TestBrowserAuthorization::buildsTheAuthorizeAddress()
{
    BrowserAuthorization auth;
    const QUrl url = auth.start(QUrl(QStringLiteral("https://blog.example/wp-admin/authorize-application.php")), QStringLiteral("Longhand"));
    QCOMPARE(url.host(), QStringLiteral("blog.example"));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("app_name")), QStringLiteral("Longhand"));
    const QUrl success(query.queryItemValue(QStringLiteral("success_url"), QUrl::FullyDecoded));
    QCOMPARE(success.host(), QStringLiteral("127.0.0.1")); // loopback only
    QCOMPARE(success.port(), int(auth.port()));
    QVERIFY(QUrlQuery(success).hasQueryItem(QStringLiteral("state")));
}

void TestBrowserAuthorization::takesTheApprovedPassword()
{
    BrowserAuthorization auth;
    const QUrl url = auth.start(QUrl(QStringLiteral("https://blog.example/wp-admin/authorize-application.php")), QStringLiteral("Longhand"));
    QSignalSpy authorized(&auth, &BrowserAuthorization::authorized);
    QUrl redirect(QUrlQuery(url).queryItemValue(QStringLiteral("success_url"), QUrl::FullyDecoded));
    QUrlQuery query(redirect);
    query.addQueryItem(QStringLiteral("site_url"), QStringLiteral("https://blog.example"));
    query.addQueryItem(QStringLiteral("user_login"), QStringLiteral("alice"));
    query.addQueryItem(QStringLiteral("password"), QStringLiteral("abcd EFGH ijkl MNOP qrst UVWX"));
    redirect.setQuery(query);
    QCOMPARE(get(redirect), 200);
    QTRY_COMPARE(authorized.size(), 1);
    QCOMPARE(authorized.at(0).at(1).toString(), QStringLiteral("alice"));
    QCOMPARE(authorized.at(0).at(2).toString(), QStringLiteral("abcd EFGH ijkl MNOP qrst UVWX"));
    QCOMPARE(auth.port(), quint16(0)); // one answer, then it stops listening
}

void TestBrowserAuthorization::refusesAForeignState()
{
    BrowserAuthorization auth;
    auth.start(QUrl(QStringLiteral("https://blog.example/wp-admin/authorize-application.php")), QStringLiteral("Longhand"));
    QSignalSpy authorized(&auth, &BrowserAuthorization::authorized);
    const QUrl forged(QStringLiteral("http://127.0.0.1:%1/approved?state=guess&user_login=eve&password=x").arg(auth.port()));
    QCOMPARE(get(forged), 400);
    QTest::qWait(50);
    QCOMPARE(authorized.size(), 0);
    QVERIFY(auth.port() != 0); // still waiting for the real answer
}

void TestBrowserAuthorization::reportsRejection()
{
    BrowserAuthorization auth;
    const QUrl url = auth.start(QUrl(QStringLiteral("https://blog.example/wp-admin/authorize-application.php")), QStringLiteral("Longhand"));
    QSignalSpy rejected(&auth, &BrowserAuthorization::rejected);
    QCOMPARE(get(QUrl(QUrlQuery(url).queryItemValue(QStringLiteral("reject_url"), QUrl::FullyDecoded))), 200);
    QTRY_COMPARE(rejected.size(), 1);
    QVERIFY(rejected.at(0).at(0).toString().contains(QLatin1String("refused the connection")));
    QCOMPARE(auth.port(), quint16(0));
}

void TestBrowserAuthorization::reportsRejectionSentToTheSuccessAddress()
{
    BrowserAuthorization auth;
    const QUrl url = auth.start(QUrl(QStringLiteral("https://blog.example/wp-admin/authorize-application.php")), QStringLiteral("Longhand"));
    QSignalSpy rejected(&auth, &BrowserAuthorization::rejected);
    QSignalSpy authorized(&auth, &BrowserAuthorization::authorized);
    QUrl refusal(QUrlQuery(url).queryItemValue(QStringLiteral("success_url"), QUrl::FullyDecoded));
    QUrlQuery query(refusal);
    query.addQueryItem(QStringLiteral("success"), QStringLiteral("false"));
    refusal.setQuery(query);
    QCOMPARE(get(refusal), 200);
    QTRY_COMPARE(rejected.size(), 1);
    QCOMPARE(authorized.size(), 0);
}

void TestBrowserAuthorization::reportsDisabledApplicationPasswords()
{
    BrowserAuthorization auth;
    const QUrl url = auth.start(QUrl(QStringLiteral("https://blog.example/wp-admin/authorize-application.php")), QStringLiteral("Longhand"));
    QSignalSpy failed(&auth, &BrowserAuthorization::failed);
    QUrl link(QUrlQuery(url).queryItemValue(QStringLiteral("reject_url"), QUrl::FullyDecoded));
    QUrlQuery query(link);
    query.addQueryItem(QStringLiteral("error"), QStringLiteral("disabled"));
    link.setQuery(query);
    QCOMPARE(get(link), 200);
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("application passwords are turned off")));
}

QTEST_GUILESS_MAIN(TestBrowserAuthorization)
#include "tst_browserauthorization.moc"
