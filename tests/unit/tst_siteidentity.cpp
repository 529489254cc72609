// SiteIdentity: the same blog and account whatever form of its address, and a distinct name for every blog.
#include "core/accounts/SiteIdentity.h"

#include <QTest>

using namespace longhand;
using namespace Qt::StringLiterals;

namespace {

Site site(qint64 id, const QString& name, const QString& base, const QString& restRoot, const QString& user, qint64 userId = 0)
{
    Site s;
    s.id = id;
    s.name = name;
    s.baseUrl = QUrl(base);
    s.restRoot = QUrl(restRoot);
    s.userName = user;
    s.userId = userId;
    return s;
}

} // namespace

class TestSiteIdentity : public QObject
{
    Q_OBJECT

private slots:
    void sameApiWhateverItsForm_data();
    void sameApiWhateverItsForm();
    void otherApis_data();
    void otherApis();
    void sameAccountNeedsTheSameUser();
    void distinctNames();
};

void TestSiteIdentity::sameApiWhateverItsForm_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("trailing slash") << u"https://example.org/wp-json/"_s << u"https://example.org/wp-json"_s;
    QTest::newRow("http vs https") << u"http://example.org/wp-json/"_s << u"https://example.org/wp-json/"_s;
    QTest::newRow("www") << u"https://www.example.org/wp-json/"_s << u"https://example.org/wp-json/"_s;
    QTest::newRow("host case") << u"https://Example.ORG/wp-json/"_s << u"https://example.org/wp-json/"_s;
    QTest::newRow("rest_route") << u"https://example.org/?rest_route=/"_s << u"https://example.org/wp-json/"_s;
    QTest::newRow("rest_route via index.php") << u"https://example.org/index.php?rest_route=/"_s << u"https://example.org/wp-json/"_s;
    QTest::newRow("rest_route in a folder") << u"http://example.org/blog/?rest_route=/"_s << u"https://example.org/blog/wp-json/"_s;
    QTest::newRow("default port") << u"https://example.org:443/wp-json/"_s << u"http://example.org:80/wp-json/"_s;
    QTest::newRow("loopback port") << u"http://127.0.0.1:8080/?rest_route=/"_s << u"http://127.0.0.1:8080/wp-json/"_s;
}

void TestSiteIdentity::sameApiWhateverItsForm()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY(!SiteIdentity::apiKey(QUrl(a)).isEmpty());
    QCOMPARE(SiteIdentity::apiKey(QUrl(a)), SiteIdentity::apiKey(QUrl(b)));
}

void TestSiteIdentity::otherApis_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("another host") << u"https://example.org/wp-json/"_s << u"https://example.net/wp-json/"_s;
    QTest::newRow("another folder") << u"https://example.org/blog/wp-json/"_s << u"https://example.org/wp-json/"_s;
    QTest::newRow("another port") << u"http://127.0.0.1:8080/wp-json/"_s << u"http://127.0.0.1:8081/wp-json/"_s;
    QTest::newRow("a subdomain") << u"https://books.example.org/wp-json/"_s << u"https://example.org/wp-json/"_s;
}

void TestSiteIdentity::otherApis()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY(SiteIdentity::apiKey(QUrl(a)) != SiteIdentity::apiKey(QUrl(b)));
}

void TestSiteIdentity::sameAccountNeedsTheSameUser()
{
    const QList<Site> stored {site(1, u"Books"_s, u"https://example.org/"_s, u"https://example.org/wp-json/"_s, u"ada"_s, 7),
                              site(2, u"Films"_s, u"https://example.net/"_s, u"https://example.net/?rest_route=/"_s, u"ada"_s, 3)};
    const auto found = SiteIdentity::sameAccount(stored, QUrl(u"http://WWW.example.org/?rest_route=/"_s), u" Ada "_s);
    QVERIFY(found);
    QCOMPARE(found->id, qint64(1));
    QVERIFY(!SiteIdentity::sameAccount(stored, QUrl(u"https://example.org/wp-json/"_s), u"grace"_s));
    // Signed in with the email address: the blog's user id tells it is the same account.
    const auto byId = SiteIdentity::sameAccount(stored, QUrl(u"https://example.org/wp-json/"_s), u"ada@example.org"_s, 7);
    QVERIFY(byId);
    QCOMPARE(byId->id, qint64(1));
    QVERIFY(!SiteIdentity::sameAccount(stored, QUrl(u"https://example.org/wp-json/"_s), u"ada@example.org"_s, 8));
    QVERIFY(!SiteIdentity::sameAccount(stored, QUrl(u"https://example.com/wp-json/"_s), u"ada"_s));
    QVERIFY(!SiteIdentity::sameAccount(stored, QUrl(), u"ada"_s));
}

void TestSiteIdentity::distinctNames()
{
    const Site books = site(1, u"My Blog"_s, u"https://books.example.org/"_s, u"https://books.example.org/wp-json/"_s, u"ada"_s);
    const Site films = site(2, u"My Blog"_s, u"https://films.example.org/"_s, u"https://films.example.org/wp-json/"_s, u"ada"_s);
    const Site other = site(3, u"Cooking"_s, u"https://cook.example.org/"_s, u"https://cook.example.org/wp-json/"_s, u"ada"_s);
    const QList<Site> all {books, films, other};
    QCOMPARE(SiteIdentity::displayName(books, all), u"My Blog (books.example.org)"_s);
    QCOMPARE(SiteIdentity::displayName(films, all), u"My Blog (films.example.org)"_s);
    QCOMPARE(SiteIdentity::displayName(other, all), u"Cooking"_s);
    QCOMPARE(SiteIdentity::displayName(2, all), u"My Blog (films.example.org)"_s);
    QCOMPARE(SiteIdentity::displayName(9, all), QString());
    QCOMPARE(SiteIdentity::displayName(books, {books}), u"My Blog"_s);

    // Same host: the folder tells them apart; the same place twice (two users): the user.
    const Site a = site(4, u"Blog"_s, u"https://example.org/a/"_s, u"https://example.org/a/wp-json/"_s, u"ada"_s);
    const Site b = site(5, u"blog"_s, u"https://example.org/b/"_s, u"https://example.org/b/wp-json/"_s, u"ada"_s);
    QCOMPARE(SiteIdentity::displayName(a, {a, b}), u"Blog (example.org/a)"_s);
    const Site asGrace = site(6, u"Blog"_s, u"https://example.org/a/"_s, u"https://example.org/a/wp-json/"_s, u"grace"_s);
    QCOMPARE(SiteIdentity::displayName(asGrace, {a, asGrace}), u"Blog (example.org/a, grace)"_s);
    // No name: the host.
    const Site unnamed = site(7, u""_s, u"https://quiet.example.org/"_s, u"https://quiet.example.org/wp-json/"_s, u"ada"_s);
    QCOMPARE(SiteIdentity::displayName(unnamed, all), u"quiet.example.org"_s);
}

QTEST_GUILESS_MAIN(TestSiteIdentity)
#include "tst_siteidentity.moc"
