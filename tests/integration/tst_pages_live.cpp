// Pages against the real WordPress (issue 15 item 1), over REST and XML-RPC: a page made on the web with a parent,
// an order and a template syncs and shows as a page; its text edited in Longhand and published keeps its parent,
// order and template; a file with `type: page` publishes a page (not a post), once, and publishing it again does
// not make a second one, nor does a retry after the create's answer was lost (the fault proxy); a page deleted (or
// trashed) on the web is reported gone after the next sync.
#include "BlogHarness.h"

#include "core/domain/Post.h"
#include "core/storage/Database.h"
#include "core/storage/PostRepository.h"
#include "core/storage/PublishRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

namespace {

QUrlQuery editContext()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    return q;
}

QUrlQuery anyStatusSearch(const QString& words)
{
    QUrlQuery q = editContext();
    q.addQueryItem(QStringLiteral("status"), QStringLiteral("any"));
    q.addQueryItem(QStringLiteral("search"), words);
    return q;
}

} // namespace

class TestPagesLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pageFromTheWebKeepsItsPlace_data();
    void pageFromTheWebKeepsItsPlace();
    void fileWithTypePageMakesOnePage_data();
    void fileWithTypePageMakesOnePage();
    void lostCreateAnswerMakesOnePage();
    void pageDeletedOnTheWebIsReportedGone_data();
    void pageDeletedOnTheWebIsReportedGone();

private:
    const Cli& cli(bool xmlrpc) const { return xmlrpc ? *m_xmlrpc : *m_rest; }
    qint64 makePage(const QJsonObject& body);

    LiveBlog m_blog;
    QTemporaryDir m_dir;
    std::unique_ptr<Cli> m_rest;
    std::unique_ptr<Cli> m_xmlrpc;
    FaultProxy m_proxy;
    std::unique_ptr<Cli> m_proxied; // REST through the fault proxy
};

void TestPagesLive::initTestCase()
{
    const QString loaded = m_blog.load();
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    QString error;
    m_blog.fixture(QStringLiteral("reset"), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_rest = std::make_unique<Cli>(m_dir.filePath(QStringLiteral("rest")));
    const CliRun add = m_rest->addAccount(m_blog);
    QVERIFY2(add.code == 0, add.err.constData());
    m_xmlrpc = std::make_unique<Cli>(m_dir.filePath(QStringLiteral("xmlrpc")));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LONGHAND_PASSWORD"), m_blog.loginPassword());
    m_xmlrpc->setEnvironment(environment);
    const CliRun addXmlRpc = m_xmlrpc->run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--url"), m_blog.url(),
                                            QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--secret-store"),
                                            QStringLiteral("file"), QStringLiteral("--protocol"), QStringLiteral("xmlrpc")});
    QVERIFY2(addXmlRpc.code == 0, addXmlRpc.err.constData());
    const QString proxy = m_proxy.start(QUrl(m_blog.url()));
    QVERIFY2(proxy.isEmpty(), qPrintable(proxy));
    m_proxied = std::make_unique<Cli>(m_dir.filePath(QStringLiteral("proxied")));
    const CliRun addProxied = m_proxied->addAccount(m_blog);
    QVERIFY2(addProxied.code == 0, addProxied.err.constData());
    const QString pointed = profiledb::pointAt(m_proxied->profile(), m_proxy.port());
    QVERIFY2(pointed.isEmpty(), qPrintable(pointed));
}

qint64 TestPagesLive::makePage(const QJsonObject& body)
{
    const RestAnswer created = m_blog.rest("POST", QStringLiteral("/wp/v2/pages"), {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (created.status != 201) {
        qWarning() << created.json.toJson();
        return 0;
    }
    return created.json.object().value(QStringLiteral("id")).toInteger();
}

void TestPagesLive::pageFromTheWebKeepsItsPlace_data()
{
    QTest::addColumn<bool>("xmlrpc");
    QTest::newRow("rest") << false;
    QTest::newRow("xmlrpc") << true;
}

void TestPagesLive::pageFromTheWebKeepsItsPlace()
{
    QFETCH(bool, xmlrpc);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const qint64 parent = makePage({{QStringLiteral("title"), QStringLiteral("About Us (%1)").arg(tag)},
                                    {QStringLiteral("content"), QStringLiteral("<p>Who we are.</p>")},
                                    {QStringLiteral("status"), QStringLiteral("publish")}});
    QVERIFY(parent > 0);
    const qint64 child = makePage({{QStringLiteral("title"), QStringLiteral("Our Critics (%1)").arg(tag)},
                                   {QStringLiteral("content"), QStringLiteral("<p>Who writes here.</p>")},
                                   {QStringLiteral("status"), QStringLiteral("publish")},
                                   {QStringLiteral("parent"), parent},
                                   {QStringLiteral("menu_order"), 3},
                                   {QStringLiteral("template"), QStringLiteral("blank")}});
    QVERIFY(child > 0);

    const CliRun sync = cli(xmlrpc).run({QStringLiteral("sync")});
    QVERIFY2(sync.code == 0, sync.err.constData());
    // Listed as a page, not as a post.
    const CliRun pages = cli(xmlrpc).run({QStringLiteral("posts"), QStringLiteral("list"), QStringLiteral("--type"), QStringLiteral("page"),
                                          QStringLiteral("--json")});
    QVERIFY2(pages.code == 0, pages.err.constData());
    QVERIFY2(pages.out.contains("Our Critics"), pages.out.constData());
    const CliRun posts = cli(xmlrpc).run({QStringLiteral("posts"), QStringLiteral("list"), QStringLiteral("--type"), QStringLiteral("post"),
                                          QStringLiteral("--json")});
    QVERIFY2(posts.code == 0, posts.err.constData());
    QVERIFY2(!posts.out.contains("Our Critics"), posts.out.constData());

    {
        auto database = Database::open(QDir(cli(xmlrpc).profile()).filePath(QStringLiteral("longhand.sqlite")));
        QVERIFY(database);
        QSqlQuery find(database.value()->connection());
        find.prepare(QStringLiteral("SELECT id FROM posts WHERE remote_id = ?"));
        find.addBindValue(child);
        QVERIFY(find.exec() && find.next());
        const qint64 id = find.value(0).toLongLong();
        find.finish();
        auto page = PostRepository(*database.value()).load(id);
        QVERIFY(page);
        QCOMPARE(page->type, PostType::Page);
        QCOMPARE(page->parentId, parent);
        QCOMPARE(page->menuOrder, 3);
        QCOMPARE(page->pageTemplate, xmlrpc ? QString() : QStringLiteral("blank")); // XML-RPC does not say it
        // The writer edits the text only and publishes.
        Post edited = page.value();
        edited.body = QStringLiteral("<p>Who writes here, edited in Longhand (%1).</p>").arg(tag);
        QVERIFY(PostRepository(*database.value()).update(edited));
        QVERIFY(PublishRepository(*database.value()).enqueuePublish(id, edited.siteId, postStatusToString(edited.status)));
    }
    const CliRun publish = cli(xmlrpc).run({QStringLiteral("sync")});
    QVERIFY2(publish.code == 0, publish.err.constData());
    const QJsonObject after = m_blog.rest("GET", QStringLiteral("/wp/v2/pages/%1").arg(child), editContext()).json.object();
    QVERIFY2(after.value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString().contains(QStringLiteral("edited in Longhand")),
             QJsonDocument(after).toJson().constData());
    QCOMPARE(after.value(QStringLiteral("parent")).toInteger(), parent);
    QCOMPARE(after.value(QStringLiteral("menu_order")).toInt(), 3);
    QCOMPARE(after.value(QStringLiteral("template")).toString(), QStringLiteral("blank"));
    QCOMPARE(after.value(QStringLiteral("type")).toString(), QStringLiteral("page"));
}

void TestPagesLive::fileWithTypePageMakesOnePage_data()
{
    QTest::addColumn<bool>("xmlrpc");
    QTest::newRow("rest") << false;
    QTest::newRow("xmlrpc") << true;
}

void TestPagesLive::fileWithTypePageMakesOnePage()
{
    QFETCH(bool, xmlrpc);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const qint64 parent = makePage({{QStringLiteral("title"), QStringLiteral("Reading Room (%1)").arg(tag)},
                                    {QStringLiteral("status"), QStringLiteral("publish")}});
    QVERIFY(parent > 0);
    const QString title = QStringLiteral("Colophon Page %1").arg(tag);
    const QString path = m_dir.filePath(QStringLiteral("colophon-%1.md").arg(tag));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // XML-RPC cannot write a page's order (wp.newPost drops menu_order): over it the file leaves the order out.
    const int order = xmlrpc ? 0 : 7;
    const QString orderLine = order != 0 ? QStringLiteral("menu_order: %1\n").arg(order) : QString();
    file.write(QStringLiteral("---\ntitle: \"%1\"\ntype: page\nparent: %2\n%3status: publish\ncategories: [\"Ignored\"]\n---\n\n"
                              "How this site is made.\n")
                   .arg(title)
                   .arg(parent)
                   .arg(orderLine)
                   .toUtf8());
    file.close();
    const CliRun first = cli(xmlrpc).run({QStringLiteral("publish"), path});
    QVERIFY2(first.code == 0, first.err.constData());
    const QList<QJsonObject> found = m_blog.all(QStringLiteral("/wp/v2/pages"), anyStatusSearch(title));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().value(QStringLiteral("parent")).toInteger(), parent);
    QCOMPARE(found.constFirst().value(QStringLiteral("menu_order")).toInt(), order);
    QVERIFY(m_blog.all(QStringLiteral("/wp/v2/posts"), anyStatusSearch(title)).isEmpty()); // not a post
    // No category was made for a page.
    QUrlQuery byName;
    byName.addQueryItem(QStringLiteral("search"), QStringLiteral("Ignored"));
    QVERIFY(m_blog.all(QStringLiteral("/wp/v2/categories"), byName).isEmpty());

    // Publishing the file again (a retry) updates the same page.
    const CliRun again = cli(xmlrpc).run({QStringLiteral("publish"), path});
    QVERIFY2(again.code == 0, again.err.constData());
    QCOMPARE(m_blog.all(QStringLiteral("/wp/v2/pages"), anyStatusSearch(title)).size(), 1);
    QVERIFY(m_blog.all(QStringLiteral("/wp/v2/posts"), anyStatusSearch(title)).isEmpty());
}

// The create of a page reaches WordPress but its answer is lost on the way back: the next sync finds the page by its
// publication token among the pages (not the posts) and makes no second one.
void TestPagesLive::lostCreateAnswerMakesOnePage()
{
    const QString title = QStringLiteral("Lost Answer Page");
    const QString path = m_dir.filePath(QStringLiteral("lost-page.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("---\ntitle: \"%1\"\ntype: page\nstatus: publish\n---\n\nThe answer never came back.\n").arg(title).toUtf8());
    file.close();
    QVERIFY(m_proxy.setRules({QJsonObject {{QStringLiteral("action"), QStringLiteral("drop-after")},
                                           {QStringLiteral("method"), QStringLiteral("POST")},
                                           {QStringLiteral("path"), QStringLiteral("wp/v2/pages(\\?|$)")},
                                           {QStringLiteral("nth"), 1},
                                           {QStringLiteral("times"), 1}}}));
    const CliRun lost = m_proxied->run({QStringLiteral("publish"), path});
    QCOMPARE(m_proxy.hits(), 1);
    QVERIFY2(lost.code == 1, lost.all().constData());
    QCOMPARE(m_blog.all(QStringLiteral("/wp/v2/pages"), anyStatusSearch(title)).size(), 1); // made, answer lost
    QVERIFY(m_proxy.clear());
    const CliRun sync = m_proxied->run({QStringLiteral("sync")});
    QVERIFY2(sync.code == 0, sync.err.constData());
    QCOMPARE(profiledb::outboxCount(m_proxied->profile()), 0);
    QCOMPARE(m_blog.all(QStringLiteral("/wp/v2/pages"), anyStatusSearch(title)).size(), 1);
    QVERIFY(m_blog.all(QStringLiteral("/wp/v2/posts"), anyStatusSearch(title)).isEmpty());
}

void TestPagesLive::pageDeletedOnTheWebIsReportedGone_data()
{
    QTest::addColumn<bool>("xmlrpc");
    QTest::addColumn<bool>("force"); // deleted for good; else moved to the blog's trash
    QTest::newRow("rest deleted") << false << true;
    QTest::newRow("xmlrpc trashed") << true << false;
    QTest::newRow("xmlrpc deleted") << true << true;
}

void TestPagesLive::pageDeletedOnTheWebIsReportedGone()
{
    QFETCH(bool, xmlrpc);
    QFETCH(bool, force);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QString title = QStringLiteral("Short-Lived Page (%1)").arg(tag);
    const qint64 page = makePage({{QStringLiteral("title"), title}, {QStringLiteral("status"), QStringLiteral("publish")}});
    QVERIFY(page > 0);
    const qint64 stays = makePage({{QStringLiteral("title"), QStringLiteral("Staying Page (%1)").arg(tag)}, {QStringLiteral("status"), QStringLiteral("publish")}});
    QVERIFY(stays > 0);
    const CliRun first = cli(xmlrpc).run({QStringLiteral("sync")});
    QVERIFY2(first.code == 0, first.err.constData());
    QVERIFY2(!first.err.contains(title.toUtf8()), first.err.constData());

    QUrlQuery forced;
    if (force) {
        forced.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
    }
    const RestAnswer removed = m_blog.rest("DELETE", QStringLiteral("/wp/v2/pages/%1").arg(page), forced);
    QVERIFY2(removed.status == 200, removed.json.toJson().constData());

    const CliRun second = cli(xmlrpc).run({QStringLiteral("sync")});
    QVERIFY2(second.code == 0, second.err.constData());
    const QByteArray said = (force ? QStringLiteral("“%1” was deleted on the blog") : QStringLiteral("“%1” was moved to the trash on the blog"))
                                .arg(title).toUtf8();
    QVERIFY2(second.err.contains(said), second.err.constData());
    QVERIFY2(second.err.contains("; page "), second.err.constData()); // said of a page, not of a post
    QVERIFY2(second.out.contains("no longer on the blog"), second.out.constData());

    auto database = Database::open(QDir(cli(xmlrpc).profile()).filePath(QStringLiteral("longhand.sqlite")));
    QVERIFY(database);
    QSqlQuery find(database.value()->connection());
    QVERIFY(find.exec(QStringLiteral("SELECT remote_id, trashed_at IS NOT NULL, post_type FROM posts WHERE gone_remote_id = %1").arg(page)));
    QVERIFY(find.next());
    QVERIFY(find.value(0).isNull());                 // unlinked
    QVERIFY(find.value(1).toBool());                 // nothing unpushed: in the local trash
    QCOMPARE(find.value(2).toString(), QStringLiteral("page"));
    find.finish();
    QVERIFY(find.exec(QStringLiteral("SELECT count(*) FROM posts WHERE remote_id = %1").arg(stays)));
    QVERIFY(find.next());
    QCOMPARE(find.value(0).toInt(), 1); // the other page is still linked

    // Settled: the next sync says nothing more.
    const CliRun third = cli(xmlrpc).run({QStringLiteral("sync")});
    QVERIFY2(third.code == 0, third.err.constData());
    QVERIFY2(!third.err.contains(said), third.err.constData());
}

QTEST_GUILESS_MAIN(TestPagesLive)
#include "tst_pages_live.moc"
