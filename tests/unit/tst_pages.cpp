// Pages (issue 15 item 1): the front matter's type, parent, menu_order and template; the sidebar's type filter in
// storage; the changed-only fields a page's publication sends; both backends' reading of a page.
#include "core/blog/BlogClient.h"
#include "core/library/PostOptionsFile.h"
#include "core/markdown/FrontMatter.h"
#include "core/markdown/PrePublishCheck.h"
#include "core/remote/WpJson.h"
#include "core/remote/xmlrpc/XmlRpcMapping.h"
#include "core/storage/Database.h"
#include "core/storage/PostRepository.h"
#include "core/storage/SyncRepository.h"
#include "core/sync/Publisher.h"

#include "support/TestSupport.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

class TestPages : public QObject
{
    Q_OBJECT

private slots:
    void frontMatterReadsAPage();
    void frontMatterRoundTrip();
    void anotherToolsTypeIsAnUnknownKey();
    void frontMatterRefusesAWrongParent();
    void fileTypeAppliesOnlyBeforeTheBlogHasIt();
    void filterByType();
    void pageFieldsAreSentOnlyWhenChanged();
    void restReadsAPage();
    void xmlRpcReadsAPageAndRefusesItsOrder();
    void syncStoresAPage();
    void aPageIsNotWarnedOfNewTerms();
};

void TestPages::frontMatterReadsAPage()
{
    const auto read = parseMarkdownDocument(QStringLiteral(
        "---\ntitle: About\ntype: page\nparent: 12\nmenu_order: -2\ntemplate: blank\n---\n\nText.\n"));
    QVERIFY2(read, qPrintable(errorOf(read)));
    QCOMPARE(read->meta.type, QStringLiteral("page"));
    QCOMPARE(read->meta.parent, 12);
    QCOMPARE(read->meta.menuOrder, -2);
    QCOMPARE(read->meta.pageTemplate, QStringLiteral("blank"));
    QVERIFY(read->meta.unknownKeys.isEmpty());
    Post post;
    applyPostOptions(read->meta, post);
    QCOMPARE(post.type, PostType::Page);
    QCOMPARE(post.parentId, 12);
    QCOMPARE(post.menuOrder, -2);
    QCOMPARE(post.pageTemplate, QStringLiteral("blank"));
}

void TestPages::frontMatterRoundTrip()
{
    Post page;
    page.type = PostType::Page;
    page.parentId = 7;
    page.menuOrder = 3;
    page.pageTemplate = QStringLiteral("blog-alternative");
    FrontMatter meta;
    meta.title = QStringLiteral("Colophon");
    writePostOptions(page, meta);
    const QString written = writeMarkdownDocument(meta, QStringLiteral("Text.\n"));
    for (const char* line : {"type: page", "parent: 7", "menu_order: 3", "template: \"blog-alternative\""}) {
        QVERIFY2(written.contains(QLatin1Char('\n') + QLatin1String(line) + QLatin1Char('\n')), qPrintable(written));
    }
    const auto read = parseMarkdownDocument(written);
    QVERIFY2(read, qPrintable(errorOf(read)));
    QVERIFY(read->meta == meta);
    // A post writes none of them.
    FrontMatter postMeta;
    writePostOptions(Post(), postMeta);
    QVERIFY(!postMeta.type && !postMeta.parent && !postMeta.menuOrder && !postMeta.pageTemplate);
}

void TestPages::anotherToolsTypeIsAnUnknownKey()
{
    const auto read = parseMarkdownDocument(QStringLiteral("---\ntitle: T\ntype: posts\n---\n\nText.\n")); // Hugo's layout type
    QVERIFY2(read, qPrintable(errorOf(read)));
    QVERIFY(!read->meta.type);
    QCOMPARE(read->meta.unknownKeys, QStringList {QStringLiteral("type")});
}

void TestPages::frontMatterRefusesAWrongParent()
{
    for (const QString& line : {QStringLiteral("parent: home"), QStringLiteral("parent: -1"), QStringLiteral("menu_order: first")}) {
        const auto read = parseMarkdownDocument(QStringLiteral("---\ntitle: T\n") + line + QStringLiteral("\n---\n\nText.\n"));
        QVERIFY2(!read, qPrintable(line));
        QVERIFY2(read.error().message.contains(QStringLiteral("line 3")), qPrintable(read.error().message));
    }
}

void TestPages::fileTypeAppliesOnlyBeforeTheBlogHasIt()
{
    FrontMatter meta;
    meta.type = QStringLiteral("page");
    Post onBlog;
    onBlog.remoteId = 40;
    applyPostOptions(meta, onBlog);
    QCOMPARE(onBlog.type, PostType::Post); // WordPress cannot change a post's type
    // And storage keeps the type of a review on the blog whatever is saved.
    auto temp = makeTempDatabase();
    PostRepository repo(*temp->database);
    Post local;
    local.title = QStringLiteral("Local");
    auto id = repo.create(local);
    QVERIFY(id);
    local.id = *id;
    local.type = PostType::Page;
    QVERIFY(repo.update(local));
    QCOMPARE(repo.load(*id)->type, PostType::Page); // not on a blog yet: the writer's choice
}

void TestPages::filterByType()
{
    auto temp = makeTempDatabase();
    PostRepository repo(*temp->database);
    Post post;
    post.title = QStringLiteral("A Review");
    QVERIFY(repo.create(post));
    Post page;
    page.title = QStringLiteral("About");
    page.type = PostType::Page;
    page.parentId = 3;
    page.menuOrder = 2;
    page.pageTemplate = QStringLiteral("blank");
    auto pageId = repo.create(page);
    QVERIFY(pageId);
    const auto titles = [&repo](std::optional<PostType> type) {
        PostFilter filter;
        filter.type = type;
        QStringList names;
        const auto listed = repo.list(filter);
        for (const PostSummary& summary : listed.value()) {
            names.append(summary.title);
        }
        names.sort();
        return names;
    };
    QCOMPARE(titles(std::nullopt), (QStringList {QStringLiteral("A Review"), QStringLiteral("About")}));
    QCOMPARE(titles(PostType::Post), QStringList {QStringLiteral("A Review")});
    QCOMPARE(titles(PostType::Page), QStringList {QStringLiteral("About")});
    const auto loaded = repo.load(*pageId);
    QVERIFY(loaded);
    QCOMPARE(loaded->type, PostType::Page);
    QCOMPARE(loaded->parentId, 3);
    QCOMPARE(loaded->menuOrder, 2);
    QCOMPARE(loaded->pageTemplate, QStringLiteral("blank"));
}

void TestPages::pageFieldsAreSentOnlyWhenChanged()
{
    RemotePost onBlog;
    onBlog.type = QStringLiteral("page");
    onBlog.title = QStringLiteral("About");
    onBlog.parent = 5;
    onBlog.menuOrder = 2;
    onBlog.pageTemplate = QStringLiteral("blank");
    const QString base = QString::fromUtf8(QJsonDocument(postShownFields(onBlog)).toJson());
    PostChanges wanted;
    wanted.type = PostType::Page;
    wanted.title = QStringLiteral("About");
    wanted.parent = 5;
    wanted.menuOrder = 2;
    wanted.pageTemplate = QStringLiteral("blank");
    const PostChanges same = Publisher::changedFields(wanted, base, std::nullopt);
    QVERIFY(same.isEmpty());
    QCOMPARE(same.type, PostType::Page); // still a page's update (its route)
    PostChanges moved = wanted;
    moved.parent = 9;
    QCOMPARE(Publisher::changedFields(moved, base, std::nullopt).toShownFields(), (QJsonObject {{QStringLiteral("parent"), 9}}));
    PostChanges reordered = wanted;
    reordered.menuOrder = 0;
    QCOMPARE(Publisher::changedFields(reordered, base, std::nullopt).toShownFields(), (QJsonObject {{QStringLiteral("menu_order"), 0}}));
    // A base that does not know the template (XML-RPC could not read it) never sends it.
    RemotePost unknown = onBlog;
    unknown.pageTemplate.reset();
    const QString blindBase = QString::fromUtf8(QJsonDocument(postShownFields(unknown)).toJson());
    PostChanges retemplated = wanted;
    retemplated.pageTemplate = QString();
    QVERIFY(Publisher::changedFields(retemplated, blindBase, std::nullopt).isEmpty());
    QCOMPARE(Publisher::changedFields(retemplated, base, std::nullopt).toShownFields(), (QJsonObject {{QStringLiteral("template"), QString()}}));
    // A post's shown fields hold none of them.
    RemotePost post = onBlog;
    post.type = QStringLiteral("post");
    QVERIFY(!postShownFields(post).contains(QStringLiteral("parent")));
}

void TestPages::restReadsAPage()
{
    const auto page = wpjson::parsePost(
        R"({"id":9,"type":"page","status":"publish","parent":4,"menu_order":-1,"template":"blank","title":{"raw":"About"}})");
    QVERIFY2(page, qPrintable(errorOf(page)));
    QCOMPARE(page->type, QStringLiteral("page"));
    QCOMPARE(page->parent, 4);
    QCOMPARE(page->menuOrder, -1);
    QCOMPARE(page->pageTemplate, QStringLiteral("blank"));
    const auto post = wpjson::parsePost(R"({"id":10,"status":"publish"})");
    QVERIFY2(post, qPrintable(errorOf(post)));
    QCOMPARE(post->type, QStringLiteral("post"));
    QVERIFY(!post->pageTemplate);
    for (const char* field : {"type", "parent", "menu_order", "template"}) {
        QVERIFY(wpjson::postFields().split(QLatin1Char(',')).contains(QLatin1String(field)));
    }
}

void TestPages::xmlRpcReadsAPageAndRefusesItsOrder()
{
    XmlRpcValue value(XmlRpcValue::Struct {});
    value.insert(QStringLiteral("post_id"), XmlRpcValue(QStringLiteral("9")));
    value.insert(QStringLiteral("post_status"), XmlRpcValue(QStringLiteral("publish")));
    value.insert(QStringLiteral("post_type"), XmlRpcValue(QStringLiteral("page")));
    value.insert(QStringLiteral("post_parent"), XmlRpcValue(QStringLiteral("4")));
    value.insert(QStringLiteral("menu_order"), XmlRpcValue(qint64(3)));
    const auto page = xmlrpc::parsePost(value);
    QVERIFY2(page, qPrintable(errorOf(page)));
    QCOMPARE(page->type, QStringLiteral("page"));
    QCOMPARE(page->parent, 4);
    QCOMPARE(page->menuOrder, 3);
    QVERIFY(!page->pageTemplate); // wp.getPost does not say
    // wp.newPost/wp.editPost drop menu_order and a template: refused, never silently lost. The parent is carried.
    QStringList skipped;
    const XmlRpcValue content = xmlrpc::postContent(
        QJsonObject {{QStringLiteral("parent"), 4}, {QStringLiteral("menu_order"), 1}, {QStringLiteral("template"), QStringLiteral("blank")}},
        &skipped);
    skipped.sort();
    QCOMPARE(skipped, (QStringList {QStringLiteral("menu_order"), QStringLiteral("template")}));
    QVERIFY(content.member(QStringLiteral("post_parent")));
}

void TestPages::syncStoresAPage()
{
    auto temp = makeTempDatabase();
    Database& db = *temp->database;
    QSqlQuery site(db.connection());
    QVERIFY(site.exec(QStringLiteral("INSERT INTO sites (name, base_url, created_at) VALUES ('b', 'https://b.example', "
                                     "'2026-01-01T00:00:00.000Z')")));
    const qint64 siteId = site.lastInsertId().toLongLong();
    RemotePost page;
    page.id = 30;
    page.type = QStringLiteral("page");
    page.title = QStringLiteral("About");
    page.status = QStringLiteral("publish");
    page.content = QStringLiteral("<p>Us.</p>");
    page.modifiedGmt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    page.parent = 12;
    page.menuOrder = 4;
    page.pageTemplate = QStringLiteral("blank");
    QVERIFY(SyncRepository(db).upsertPosts(siteId, {page}));
    // Read again through XML-RPC, which does not know the template: the one known stays.
    page.pageTemplate.reset();
    page.modifiedGmt = page.modifiedGmt.addSecs(60);
    QVERIFY(SyncRepository(db).upsertPosts(siteId, {page}));
    PostFilter pages;
    pages.type = PostType::Page;
    const auto listed = PostRepository(db).list(pages);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    const auto stored = PostRepository(db).load(listed->constFirst().id);
    QVERIFY(stored);
    QCOMPARE(stored->type, PostType::Page);
    QCOMPARE(stored->parentId, 12);
    QCOMPARE(stored->menuOrder, 4);
    QCOMPARE(stored->pageTemplate, QStringLiteral("blank"));
    // A page is not one of the posts the reconciler compares with the blog's posts.
    QVERIFY(PostRepository(db).linkedRemoteIds(siteId)->isEmpty());
}

void TestPages::aPageIsNotWarnedOfNewTerms()
{
    Post post;
    post.categories = QStringList {QStringLiteral("Brand New")};
    QCOMPARE(PrePublishCheck::newTerms(post, {}, {}).size(), 1);
    post.type = PostType::Page;
    QVERIFY(PrePublishCheck::newTerms(post, {}, {}).isEmpty()); // nothing is created for a page
}

QTEST_GUILESS_MAIN(TestPages)
#include "tst_pages.moc"
