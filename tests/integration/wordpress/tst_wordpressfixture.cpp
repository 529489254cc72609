// The CTest "wordpress" fixture as a client meets it: REST answers on loopback, application passwords are
// offered over plain HTTP, each test user logs in with its own role, a wrong password is refused, and an
// author can create a draft. Runs against the state directory named by LONGHAND_WP_STATE.
#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <memory>

class TestWordPressFixture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void restRootOffersApplicationPasswords();
    void prettyPermalinksServeRest();
    void usersHaveTheirRoles_data();
    void usersHaveTheirRoles();
    void wrongPasswordIsRefused();
    void authorCreatesDraft();

private:
    struct Response
    {
        int status = 0;
        QJsonDocument json;
        QByteArray body;
    };

    QUrl restUrl(const QString& route, const QList<std::pair<QString, QString>>& query = {}) const;
    QString env(const QString& key) const { return m_env.value(key).toString(); }
    Response send(const QByteArray& verb, const QUrl& url, const QString& user = {}, const QString& password = {},
        const QByteArray& body = {});

    QJsonObject m_env;
    QNetworkAccessManager m_network;
};

void TestWordPressFixture::initTestCase()
{
    const QString state = qEnvironmentVariable("LONGHAND_WP_STATE");
    if (state.isEmpty()) {
        QSKIP("LONGHAND_WP_STATE is not set: run through ctest, which starts the wordpress fixture");
    }
    QFile file(state + QStringLiteral("/env.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QJsonParseError error;
    m_env = QJsonDocument::fromJson(file.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    for (const char* key : { "WP_URL", "WP_PORT", "WP_STATE", "WP_ADMIN_USER", "WP_ADMIN_APP_PASSWORD",
             "WP_EDITOR_USER", "WP_EDITOR_APP_PASSWORD", "WP_AUTHOR_USER", "WP_AUTHOR_APP_PASSWORD" }) {
        QVERIFY2(!env(QString::fromLatin1(key)).isEmpty(), key);
    }
    const QUrl url(env(QStringLiteral("WP_URL")));
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(QString::number(url.port()), env(QStringLiteral("WP_PORT")));
}

QUrl TestWordPressFixture::restUrl(const QString& route, const QList<std::pair<QString, QString>>& query) const
{
    QUrl url(env(QStringLiteral("WP_URL")) + QStringLiteral("/"));
    QUrlQuery items;
    items.addQueryItem(QStringLiteral("rest_route"), route);
    for (const auto& [key, value] : query) {
        items.addQueryItem(key, value);
    }
    url.setQuery(items);
    return url;
}

TestWordPressFixture::Response TestWordPressFixture::send(
    const QByteArray& verb, const QUrl& url, const QString& user, const QString& password, const QByteArray& body)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(20000);
    if (!user.isEmpty()) {
        request.setRawHeader("Authorization", "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64());
    }
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, verb, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(25000)) {
        qWarning("no answer from %s", qPrintable(url.toString()));
        return {};
    }
    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.json = QJsonDocument::fromJson(response.body);
    return response;
}

void TestWordPressFixture::restRootOffersApplicationPasswords()
{
    const Response root = send("GET", restUrl(QStringLiteral("/")));
    QCOMPARE(root.status, 200);
    QCOMPARE(root.json[QStringLiteral("name")].toString(), QStringLiteral("Longhand Test Blog"));
    const QJsonObject passwords
        = root.json[QStringLiteral("authentication")][QStringLiteral("application-passwords")].toObject();
    QVERIFY2(!passwords.isEmpty(), root.body.left(400).constData());
    QVERIFY(passwords[QStringLiteral("endpoints")][QStringLiteral("authorization")].toString().startsWith(
        env(QStringLiteral("WP_URL"))));
}

void TestWordPressFixture::prettyPermalinksServeRest()
{
    const Response root = send("GET", QUrl(env(QStringLiteral("WP_URL")) + QStringLiteral("/wp-json/")));
    QCOMPARE(root.status, 200);
    QCOMPARE(root.json[QStringLiteral("name")].toString(), QStringLiteral("Longhand Test Blog"));
}

void TestWordPressFixture::usersHaveTheirRoles_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("role");
    QTest::newRow("admin") << QStringLiteral("WP_ADMIN_") << QStringLiteral("administrator");
    QTest::newRow("editor") << QStringLiteral("WP_EDITOR_") << QStringLiteral("editor");
    QTest::newRow("author") << QStringLiteral("WP_AUTHOR_") << QStringLiteral("author");
}

void TestWordPressFixture::usersHaveTheirRoles()
{
    QFETCH(QString, prefix);
    QFETCH(QString, role);
    const QString user = env(prefix + QStringLiteral("USER"));
    const Response me = send("GET",
        restUrl(QStringLiteral("/wp/v2/users/me"), { { QStringLiteral("context"), QStringLiteral("edit") } }), user,
        env(prefix + QStringLiteral("APP_PASSWORD")));
    QVERIFY2(me.status == 200, me.body.left(400).constData());
    QCOMPARE(me.json[QStringLiteral("username")].toString(), user);
    QVERIFY2(me.json[QStringLiteral("roles")].toArray().contains(role), me.body.left(400).constData());
}

void TestWordPressFixture::wrongPasswordIsRefused()
{
    const QUrl url
        = restUrl(QStringLiteral("/wp/v2/users/me"), { { QStringLiteral("context"), QStringLiteral("edit") } });
    const Response wrong = send("GET", url, env(QStringLiteral("WP_AUTHOR_USER")), QStringLiteral("not the password"));
    QCOMPARE(wrong.status, 401);
    QVERIFY(!wrong.json[QStringLiteral("code")].toString().isEmpty());
    // Without credentials the same request is anonymous, which /users/me refuses too.
    QCOMPARE(send("GET", url).status, 401);
}

void TestWordPressFixture::authorCreatesDraft()
{
    const QString user = env(QStringLiteral("WP_AUTHOR_USER"));
    const QString password = env(QStringLiteral("WP_AUTHOR_APP_PASSWORD"));
    const QJsonObject post {
        { QStringLiteral("title"), QStringLiteral("A draft from tst_wordpressfixture") },
        { QStringLiteral("content"), QStringLiteral("<p>Written by the fixture test.</p>") },
        { QStringLiteral("status"), QStringLiteral("draft") },
    };
    const Response created
        = send("POST", restUrl(QStringLiteral("/wp/v2/posts")), user, password, QJsonDocument(post).toJson());
    QVERIFY2(created.status == 201, created.body.left(400).constData());
    QCOMPARE(created.json[QStringLiteral("status")].toString(), QStringLiteral("draft"));
    const qint64 id = created.json[QStringLiteral("id")].toInteger();
    QVERIFY(id > 0);
    const Response me = send("GET", restUrl(QStringLiteral("/wp/v2/users/me")), user, password);
    QCOMPARE(created.json[QStringLiteral("author")].toInteger(), me.json[QStringLiteral("id")].toInteger());

    // Leave the shared blog as it was.
    const Response deleted = send("DELETE",
        restUrl(QStringLiteral("/wp/v2/posts/%1").arg(id), { { QStringLiteral("force"), QStringLiteral("true") } }),
        user, password);
    QCOMPARE(deleted.status, 200);
}

QTEST_GUILESS_MAIN(TestWordPressFixture)
#include "tst_wordpressfixture.moc"
