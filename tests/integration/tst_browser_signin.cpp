// The browser route to an application password, driven through the real WordPress of the fixture:
// a scripted browser (QNetworkAccessManager with a cookie jar) logs in on wp-login.php with the
// admin's login password, opens the address BrowserAuthorization built, reads the approval form
// (nonce and hidden fields), presses "Yes, I approve of this connection" or "No, I do not approve",
// and follows WordPress's redirect to the loopback listener. Approved: the delivered password really
// signs in (users/me, then longhand-cli account add + verify). Declined: "the blog refused the connection".
#include "BlogHarness.h"

#include "core/accounts/BrowserAuthorization.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

namespace {

struct Page
{
    int status = 0;
    QUrl location; // of a redirect, resolved
    QByteArray body;
};

// What a browser does here, without running scripts: cookies, forms, redirects one at a time.
class ScriptedBrowser
{
public:
    Page get(const QUrl& url) { return finish(m_network.get(request(url))); }
    Page post(const QUrl& url, const QUrlQuery& form)
    {
        QNetworkRequest r = request(url);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        return finish(m_network.post(r, form.toString(QUrl::FullyEncoded).toUtf8()));
    }
    // What a page's script sends with wp.apiRequest: JSON, the REST nonce, the login cookies.
    Page postJson(const QUrl& url, const QJsonObject& body, const QByteArray& nonce)
    {
        QNetworkRequest r = request(url);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        r.setRawHeader("X-WP-Nonce", nonce);
        return finish(m_network.post(r, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }
    int cookieCount(const QUrl& url) const { return int(m_network.cookieJar()->cookiesForUrl(url).size()); }

private:
    static QNetworkRequest request(const QUrl& url)
    {
        QNetworkRequest r(url);
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        r.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Mozilla/5.0 (Longhand test browser)"));
        return r;
    }
    static Page finish(QNetworkReply* reply)
    {
        Page page;
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 60000)) {
            reply->abort();
        }
        page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
        page.location = location.isEmpty() ? QUrl() : reply->url().resolved(location);
        page.body = reply->readAll();
        reply->deleteLater();
        return page;
    }

    QNetworkAccessManager m_network; // has its own cookie jar
};

QString decodeEntities(QString text)
{
    text.replace(QLatin1String("&#038;"), QLatin1String("&"));
    text.replace(QLatin1String("&#38;"), QLatin1String("&"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#039;"), QLatin1String("'"));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

// The <input>s of the form that posts to authorize-application.php: name -> value.
QUrlQuery approvalForm(const QByteArray& html, QString* submitApprove, QString* submitReject)
{
    const QString text = QString::fromUtf8(html);
    static const QRegularExpression formRe(QStringLiteral("<form[^>]*action=\"[^\"]*authorize-application\\.php\"[^>]*>(.*?)</form>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch form = formRe.match(text);
    QUrlQuery fields;
    if (!form.hasMatch()) {
        return fields;
    }
    static const QRegularExpression inputRe(QStringLiteral("<input\\b[^>]*>"));
    static const QRegularExpression nameRe(QStringLiteral("\\bname=\"([^\"]*)\""));
    static const QRegularExpression valueRe(QStringLiteral("\\bvalue=\"([^\"]*)\""));
    static const QRegularExpression typeRe(QStringLiteral("\\btype=\"([^\"]*)\""));
    for (auto it = inputRe.globalMatch(form.captured(1)); it.hasNext();) {
        const QString input = it.next().captured(0);
        const QString name = nameRe.match(input).captured(1);
        const QString value = decodeEntities(valueRe.match(input).captured(1));
        if (name.isEmpty()) {
            continue;
        }
        if (typeRe.match(input).captured(1) == QLatin1String("submit")) {
            (name == QLatin1String("approve") ? *submitApprove : *submitReject) = value;
            continue;
        }
        fields.addQueryItem(name, value);
    }
    return fields;
}

} // namespace

class TestBrowserSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void approvedConnectionDeliversAWorkingPassword();
    void declinedConnectionIsReportedAsRefused();
    void passwordMadeOnTheApprovalPageSignsIn();

private:
    // Logs in and opens the approval page for `address`.
    Page openApproval(ScriptedBrowser& browser, const QUrl& address);
    // Logs in, opens the approval page for `address` and presses one of its buttons; returns WordPress's answer.
    Page answerApproval(ScriptedBrowser& browser, const QUrl& address, bool approve);

    LiveBlog m_blog;
    QUrl m_authorize;
};

void TestBrowserSignIn::initTestCase()
{
    const QString loaded = m_blog.load();
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    QString error;
    m_blog.fixture(QStringLiteral("reset"), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Where the blog says to authorize applications (the REST index, as discovery reads it).
    const RestAnswer index = m_blog.rest("GET", QStringLiteral("/"));
    QCOMPARE(index.status, 200);
    m_authorize = QUrl(index.json.object().value(QStringLiteral("authentication")).toObject().value(QStringLiteral("application-passwords"))
                           .toObject().value(QStringLiteral("endpoints")).toObject().value(QStringLiteral("authorization")).toString());
    QVERIFY2(m_authorize.path().endsWith(QLatin1String("/wp-admin/authorize-application.php")), qPrintable(m_authorize.toString()));
}

Page TestBrowserSignIn::openApproval(ScriptedBrowser& browser, const QUrl& address)
{
    const QUrl login(m_blog.url() + QStringLiteral("/wp-login.php"));
    browser.get(login); // sets wordpress_test_cookie, which the login form checks
    QUrlQuery credentials;
    credentials.addQueryItem(QStringLiteral("log"), QStringLiteral("admin"));
    credentials.addQueryItem(QStringLiteral("pwd"), m_blog.loginPassword());
    credentials.addQueryItem(QStringLiteral("wp-submit"), QStringLiteral("Log In"));
    credentials.addQueryItem(QStringLiteral("redirect_to"), address.toString());
    credentials.addQueryItem(QStringLiteral("testcookie"), QStringLiteral("1"));
    const Page loggedIn = browser.post(login, credentials);
    if (loggedIn.status != 302) {
        qWarning() << "login answered" << loggedIn.status << loggedIn.body.left(400);
        return loggedIn;
    }
    // WordPress sends the browser on to where it was going: the approval page.
    const Page approval = browser.get(loggedIn.location);
    if (approval.status != 200) {
        qWarning() << "approval page answered" << approval.status << approval.location;
    }
    return approval;
}

Page TestBrowserSignIn::answerApproval(ScriptedBrowser& browser, const QUrl& address, bool approve)
{
    const Page approval = openApproval(browser, address);
    if (approval.status != 200) {
        return approval;
    }
    QString approveLabel;
    QString rejectLabel;
    QUrlQuery form = approvalForm(approval.body, &approveLabel, &rejectLabel);
    if (!form.hasQueryItem(QStringLiteral("_wpnonce"))) {
        qWarning() << "no approval form with a nonce:" << approval.body.left(2000);
        return {};
    }
    if (approve) {
        form.addQueryItem(QStringLiteral("approve"), approveLabel);
    } else {
        form.addQueryItem(QStringLiteral("reject"), rejectLabel);
    }
    return browser.post(QUrl(m_blog.url() + QStringLiteral("/wp-admin/authorize-application.php")), form);
}

void TestBrowserSignIn::approvedConnectionDeliversAWorkingPassword()
{
    BrowserAuthorization authorization;
    QSignalSpy authorized(&authorization, &BrowserAuthorization::authorized);
    QSignalSpy rejected(&authorization, &BrowserAuthorization::rejected);
    const QUrl address = authorization.start(m_authorize, QStringLiteral("Longhand test"));
    QVERIFY(address.isValid());

    ScriptedBrowser browser;
    const Page answer = answerApproval(browser, address, true);
    QCOMPARE(answer.status, 302);
    // Straight to our loopback listener (plain http on 127.0.0.1: accepted because the fixture is "local").
    QCOMPARE(answer.location.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(answer.location.port(), int(authorization.port()));
    const Page landed = browser.get(answer.location);
    QCOMPARE(landed.status, 200);
    QVERIFY(landed.body.contains("Longhand is connected"));
    QTRY_COMPARE_WITH_TIMEOUT(authorized.size(), 1, 20000); // a busy machine may take a while
    QCOMPARE(rejected.size(), 0);
    const QString user = authorized.at(0).at(1).toString();
    QString password = authorized.at(0).at(2).toString();
    QCOMPARE(user, QStringLiteral("admin"));
    QCOMPARE(authorized.at(0).at(0).toUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(password != m_blog.password()); // a new application password, not the fixture's
    QCOMPARE(password.remove(QLatin1Char(' ')).size(), 24);

    // It really works: the CLI adds the blog with it and signs in again.
    QTemporaryDir profile;
    Cli cli(profile.path());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LONGHAND_PASSWORD"), authorized.at(0).at(2).toString());
    cli.setEnvironment(environment);
    const CliRun added = cli.run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--url"), m_blog.url(),
                                  QStringLiteral("--user"), user, QStringLiteral("--secret-store"), QStringLiteral("file")});
    QVERIFY2(added.code == 0, added.all().constData());
    const CliRun verified = cli.run({QStringLiteral("account"), QStringLiteral("verify")});
    QVERIFY2(verified.code == 0, verified.all().constData());
    // And WordPress lists it under the name the app asked for.
    const RestAnswer passwords = m_blog.rest("GET", QStringLiteral("/wp/v2/users/1/application-passwords"));
    QCOMPARE(passwords.status, 200);
    QStringList names;
    for (const QJsonValue& item : passwords.json.array()) {
        names.append(item.toObject().value(QStringLiteral("name")).toString());
    }
    QVERIFY2(names.contains(QStringLiteral("Longhand test")), qPrintable(names.join(QLatin1String(", "))));
}

void TestBrowserSignIn::declinedConnectionIsReportedAsRefused()
{
    const int before = int(m_blog.rest("GET", QStringLiteral("/wp/v2/users/1/application-passwords")).json.array().size());
    BrowserAuthorization authorization;
    QSignalSpy authorized(&authorization, &BrowserAuthorization::authorized);
    QSignalSpy rejected(&authorization, &BrowserAuthorization::rejected);
    const QUrl address = authorization.start(m_authorize, QStringLiteral("Longhand declined"));
    ScriptedBrowser browser;
    const Page answer = answerApproval(browser, address, false);
    QCOMPARE(answer.status, 302);
    QCOMPARE(answer.location.host(), QStringLiteral("127.0.0.1"));
    const Page landed = browser.get(answer.location);
    QCOMPARE(landed.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, 20000);
    QCOMPARE(authorized.size(), 0);
    const QString message = rejected.at(0).at(0).toString();
    QVERIFY2(message.contains(QLatin1String("The blog refused the connection")), qPrintable(message));
    QCOMPARE(authorization.port(), quint16(0)); // stopped listening
    // Nothing was created on the blog.
    QCOMPARE(int(m_blog.rest("GET", QStringLiteral("/wp/v2/users/1/application-passwords")).json.array().size()), before);
}

// The route for blogs that refuse an http success address (every blog not of environment type "local"):
// no success address, so WordPress shows the new password on its page for the user to copy.
void TestBrowserSignIn::passwordMadeOnTheApprovalPageSignsIn()
{
    const QUrl address = BrowserAuthorization::shownPasswordAddress(m_authorize, QStringLiteral("Longhand shown"));
    QVERIFY(!QUrlQuery(address).hasQueryItem(QStringLiteral("success_url")));
    ScriptedBrowser browser;
    const Page approval = openApproval(browser, address);
    QCOMPARE(approval.status, 200);
    QString approveLabel;
    QString rejectLabel;
    const QUrlQuery form = approvalForm(approval.body, &approveLabel, &rejectLabel);
    QCOMPARE(form.queryItemValue(QStringLiteral("app_name")), QStringLiteral("Longhand shown"));
    QVERIFY(form.queryItemValue(QStringLiteral("success_url")).isEmpty());
    // Approving runs the page's script (auth-app.js), which creates the password over REST and shows it
    // in #new-application-password-value. (WordPress 6.1's no-script fallback prints an empty field:
    // esc_attr() without echo.) This browser runs no script: it checks the page loads that script and
    // sends what the script sends; that the script shows the answer is WordPress's part.
    QVERIFY2(approval.body.contains("/wp-admin/js/auth-app"), "the approval page does not load auth-app.js");
    static const QRegularExpression nonceRe(QStringLiteral("wpApiSettings = \\{[^}]*\"nonce\":\"([0-9a-f]+)\""));
    const QRegularExpressionMatch nonce = nonceRe.match(QString::fromUtf8(approval.body));
    QVERIFY2(nonce.hasMatch(), "no REST nonce on the approval page");
    const Page created = browser.postJson(QUrl(m_blog.url() + QStringLiteral("/?rest_route=/wp/v2/users/me/application-passwords")),
                                          QJsonObject {{QStringLiteral("name"), form.queryItemValue(QStringLiteral("app_name"))}},
                                          nonce.captured(1).toLatin1());
    QCOMPARE(created.status, 201);
    const QString password = QJsonDocument::fromJson(created.body).object().value(QStringLiteral("password")).toString();
    QCOMPARE(QString(password).remove(QLatin1Char(' ')).size(), 24);

    // What the user pastes into the Add Blog dialog works: the CLI (same AccountService) signs in with it.
    QTemporaryDir profile;
    Cli cli(profile.path());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LONGHAND_PASSWORD"), password);
    cli.setEnvironment(environment);
    const CliRun added = cli.run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--url"), m_blog.url(),
                                  QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--secret-store"), QStringLiteral("file")});
    QVERIFY2(added.code == 0, added.all().constData());
    const CliRun verified = cli.run({QStringLiteral("account"), QStringLiteral("verify")});
    QVERIFY2(verified.code == 0, verified.all().constData());
}

QTEST_GUILESS_MAIN(TestBrowserSignIn)
#include "tst_browser_signin.moc"
