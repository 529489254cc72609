// The XML-RPC backend against the real WordPress fixture in its "REST locked" mode (wp-fixture rest-locked on:
// application passwords switched off, REST refusing API clients, as behind Wordfence). REST with an application
// password is refused; XML-RPC is discovered through the front page's RSD link, signs in with the account password,
// and round-trips posts (with the stale if_not_modified_since refusal), pages of posts, a comment, terms and an
// upload. Switching the mode off restores REST.
#include "core/remote/HttpClient.h"
#include "core/remote/WordPressClient.h"
#include "core/remote/xmlrpc/XmlRpcDiscovery.h"
#include "core/remote/xmlrpc/XmlRpcWordPress.h"

#include "XmlRpcTestSupport.h"

#include "BlogHarness.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QThread>

using namespace longhand;
using namespace longhand::xmlrpctest;

class TestXmlRpcWordPress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void restRefusesApplicationPasswords();
    void discoveryFollowsRsd();
    void usersBlogsSignsIn();
    void wrongPasswordsAreRefused();
    void postRoundTrip();
    void staleEditIsRefused();
    void postsArePaged();
    void commentRoundTrip();
    void termsAndUpload();
    void switchingOffRestoresRest();

private:
    QString env(const char* key) const { return m_blog.env(QLatin1String(key)); }
    void fixture(const QStringList& arguments);
    std::unique_ptr<XmlRpcWordPress> signIn(const char* user, const char* password);
    qint64 publishedPost(const QString& title);

    longhand::test::LiveBlog m_blog;
    QUrl m_site;
    QUrl m_endpoint;
    HttpClient m_http;
    std::unique_ptr<XmlRpcTransport> m_transport;
};

void TestXmlRpcWordPress::fixture(const QStringList& arguments)
{
    QString error;
    m_blog.fixture(arguments.front(), arguments.mid(1), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestXmlRpcWordPress::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("LONGHAND_WP_STATE")) {
        QSKIP("LONGHAND_WP_STATE is not set: run through ctest, which starts the wordpress fixture");
    }
    const QString loaded = m_blog.load();
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    m_site = QUrl(env("WP_URL") + QStringLiteral("/"));
    m_endpoint = QUrl(env("WP_URL") + QStringLiteral("/xmlrpc.php"));
    fixture({QStringLiteral("reset")});
    fixture({QStringLiteral("rest-locked"), QStringLiteral("on")});
    m_http.setRetryPolicy(RetryPolicy {1, 0});
    m_transport = std::make_unique<XmlRpcTransport>(&m_http, m_endpoint, m_site, false);
}

void TestXmlRpcWordPress::cleanupTestCase()
{
    if (!m_blog.state().isEmpty()) {
        fixture({QStringLiteral("rest-locked"), QStringLiteral("off")});
    }
}

std::unique_ptr<XmlRpcWordPress> TestXmlRpcWordPress::signIn(const char* user, const char* password)
{
    return std::make_unique<XmlRpcWordPress>(m_transport.get(), env(user), env(password));
}

qint64 TestXmlRpcWordPress::publishedPost(const QString& title)
{
    auto admin = signIn("WP_ADMIN_USER", "WP_ADMIN_PASSWORD");
    const auto id = await(admin->newPost(xmlrpc::postContent(QJsonObject {
        {QStringLiteral("title"), title},
        {QStringLiteral("content"), QStringLiteral("<p>Text of %1.</p>").arg(title)},
        {QStringLiteral("status"), QStringLiteral("publish")},
        {QStringLiteral("comment_status"), QStringLiteral("open")},
    })));
    return id ? id.value() : 0;
}

void TestXmlRpcWordPress::restRefusesApplicationPasswords()
{
    // The REST index no longer offers application passwords...
    HttpClient anonymous;
    const auto discovery = await(WordPressClient::discover(&anonymous, m_site, false));
    QVERIFY2(discovery.ok(), why(discovery));
    QVERIFY(!discovery->index.applicationPasswords);
    // ... and a signed-in request is refused, with a password that works once the mode is off.
    HttpClient signedIn;
    signedIn.setCredentials(env("WP_ADMIN_USER"), env("WP_ADMIN_APP_PASSWORD"), m_site);
    Site site;
    site.restRoot = discovery->restRoot;
    WordPressClient client(site, &signedIn);
    const auto me = await(client.verifyCredentials());
    QVERIFY(!me.ok());
    QCOMPARE(me.error().code, Error::Code::Auth);
    QCOMPARE(me.error().remoteCode, QStringLiteral("longhand_rest_locked"));
}

void TestXmlRpcWordPress::discoveryFollowsRsd()
{
    HttpClient anonymous;
    const auto found = await(xmlrpc::discover(&anonymous, m_site, false));
    QVERIFY2(found.ok(), why(found));
    QVERIFY(found->fromRsd);
    QCOMPARE(found->rsdUrl, QUrl(env("WP_URL") + QStringLiteral("/xmlrpc.php?rsd")));
    QCOMPARE(found->endpoint, m_endpoint);
    QCOMPARE(found->siteUrl, m_site);
    for (const char* method : {"wp.getUsersBlogs", "wp.getPosts", "wp.newPost", "wp.editPost", "wp.getComments",
                               "wp.newComment", "wp.editComment", "wp.deleteComment", "wp.uploadFile", "wp.getTerms"}) {
        QVERIFY2(found->methods.contains(QLatin1String(method)), method);
    }
    // A stranger's address is never where the password goes.
    const auto refusal = XmlRpcTransport::endpointRefusal(QUrl(QStringLiteral("http://127.0.0.2:%1/xmlrpc.php").arg(env("WP_PORT"))),
                                                          m_site, false, QString());
    QVERIFY(refusal.has_value());
    QCOMPARE(refusal->code, Error::Code::CrossOrigin);
}

void TestXmlRpcWordPress::usersBlogsSignsIn()
{
    auto admin = signIn("WP_ADMIN_USER", "WP_ADMIN_PASSWORD");
    const auto blogs = await(admin->usersBlogs());
    QVERIFY2(blogs.ok(), why(blogs));
    QCOMPARE(blogs->size(), 1);
    QCOMPARE(blogs->front().blogId, QStringLiteral("1"));
    QCOMPARE(blogs->front().name, QStringLiteral("Longhand Test Blog"));
    QCOMPARE(blogs->front().url, m_site);
    QCOMPARE(blogs->front().xmlrpc, m_endpoint);
    QVERIFY(blogs->front().isAdmin);

    auto author = signIn("WP_AUTHOR_USER", "WP_AUTHOR_PASSWORD");
    const auto authorBlogs = await(author->usersBlogs());
    QVERIFY2(authorBlogs.ok(), why(authorBlogs));
    QVERIFY(!authorBlogs->front().isAdmin);
    const auto users = await(admin->users());
    QVERIFY2(users.ok(), why(users));
    QCOMPARE(users->size(), 3);
    const auto notAllowed = await(author->users());
    QVERIFY(!notAllowed.ok());
    QCOMPARE(notAllowed.error().code, Error::Code::Permission);
    const auto profile = await(author->profile());
    QVERIFY2(profile.ok(), why(profile));
    QCOMPARE(profile->id, env("WP_AUTHOR_ID").toLongLong());
    QCOMPARE(profile->roles, QStringList {QStringLiteral("author")});
}

void TestXmlRpcWordPress::wrongPasswordsAreRefused()
{
    XmlRpcWordPress wrong(m_transport.get(), env("WP_ADMIN_USER"), QStringLiteral("not the password"));
    const auto blogs = await(wrong.usersBlogs());
    QVERIFY(!blogs.ok());
    QCOMPARE(blogs.error().code, Error::Code::Auth);
    QCOMPARE(blogs.error().remoteCode, QStringLiteral("xmlrpc:403"));
    // Application passwords are off in this mode, so XML-RPC refuses them too.
    auto application = signIn("WP_ADMIN_USER", "WP_ADMIN_APP_PASSWORD");
    const auto withApplicationPassword = await(application->usersBlogs());
    QVERIFY(!withApplicationPassword.ok());
    QCOMPARE(withApplicationPassword.error().code, Error::Code::Auth);
    // Any other method says the same through its fault string.
    const auto post = await(wrong.post(1));
    QVERIFY(!post.ok());
    QCOMPARE(post.error().code, Error::Code::Auth);
}

void TestXmlRpcWordPress::postRoundTrip()
{
    auto author = signIn("WP_AUTHOR_USER", "WP_AUTHOR_PASSWORD");
    // An author's text passes kses, as through REST: "&" would come back as "&amp;", and markup in a title is
    // stripped; so the text is HTML already.
    const QString text = QStringLiteral("<p>Réveil à l'aube &amp; \"dusk\" 🎬</p>\r\n\n<!-- longhand:token -->");
    QStringList skipped;
    const XmlRpcValue content = xmlrpc::postContent(QJsonObject {
        {QStringLiteral("title"), QStringLiteral("XML-RPC review: Réveil")},
        {QStringLiteral("content"), text},
        {QStringLiteral("excerpt"), QStringLiteral("Short.")},
        {QStringLiteral("slug"), QStringLiteral("xml-rpc-review")},
        {QStringLiteral("status"), QStringLiteral("draft")},
        {QStringLiteral("categories"), QJsonArray {1}},
        {QStringLiteral("template"), QStringLiteral("x")},
    }, &skipped);
    QCOMPARE(skipped, QStringList {QStringLiteral("template")});
    const auto id = await(author->newPost(content));
    QVERIFY2(id.ok(), why(id));
    QVERIFY(id.value() > 0);

    const auto post = await(author->post(id.value()));
    QVERIFY2(post.ok(), why(post));
    QCOMPARE(post->id, id.value());
    QCOMPARE(post->title, QStringLiteral("XML-RPC review: Réveil"));
    // WordPress stores the "\r\n" Longhand sends (as &#13;&#10;) but writes the carriage return raw, and XML reads
    // a raw "\r\n" as "\n": line ends come back as line feeds.
    QCOMPARE(post->content, QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")));
    QCOMPARE(post->excerpt, QStringLiteral("Short."));
    QCOMPARE(post->status, QStringLiteral("draft"));
    QCOMPARE(post->slug, QStringLiteral("xml-rpc-review"));
    QCOMPARE(post->author, env("WP_AUTHOR_ID").toLongLong());
    QCOMPARE(post->categories, QList<qint64> {1});
    QVERIFY(post->modifiedGmt.isValid());
    // *_gmt members are UTC: within a minute of now.
    QVERIFY2(qAbs(post->modifiedGmt.secsTo(QDateTime::currentDateTimeUtc())) < 60, qPrintable(post->modifiedGmt.toString()));

    const auto edited = await(author->editPost(id.value(), xmlrpc::postContent(QJsonObject {{QStringLiteral("title"), QStringLiteral("Renamed")}}),
                                               post->modifiedGmt));
    QVERIFY2(edited.ok(), why(edited));
    QVERIFY(edited.value());
    const auto after = await(author->post(id.value()));
    QVERIFY2(after.ok(), why(after));
    QCOMPARE(after->title, QStringLiteral("Renamed"));
    QCOMPARE(after->content, post->content); // what was not sent stays

    const auto missing = await(author->post(999999));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::Code::RemoteNotFound);
}

void TestXmlRpcWordPress::staleEditIsRefused()
{
    auto admin = signIn("WP_ADMIN_USER", "WP_ADMIN_PASSWORD");
    const qint64 id = publishedPost(QStringLiteral("Stale"));
    QVERIFY(id > 0);
    const auto post = await(admin->post(id));
    QVERIFY2(post.ok(), why(post));
    // One second before the blog's modified_gmt: the web changed the post since.
    const auto stale = await(admin->editPost(id, xmlrpc::postContent(QJsonObject {{QStringLiteral("title"), QStringLiteral("Mine")}}),
                                             post->modifiedGmt.addSecs(-1)));
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    QCOMPARE(stale.error().remoteCode, QStringLiteral("xmlrpc:409"));
    const auto unchanged = await(admin->post(id));
    QVERIFY2(unchanged.ok(), why(unchanged));
    QCOMPARE(unchanged->title, QStringLiteral("Stale"));
    // The local reading of the date (Berlin, an hour ahead in winter) would pass; the check is against UTC.
    const auto exact = await(admin->editPost(id, xmlrpc::postContent(QJsonObject {{QStringLiteral("title"), QStringLiteral("Mine")}}),
                                             post->modifiedGmt));
    QVERIFY2(exact.ok(), why(exact));
}

void TestXmlRpcWordPress::postsArePaged()
{
    fixture({QStringLiteral("reset")});
    fixture({QStringLiteral("rest-locked"), QStringLiteral("on")});
    QList<qint64> created;
    for (int i = 0; i < 5; ++i) {
        created.append(publishedPost(QStringLiteral("Paged %1").arg(i)));
        QVERIFY(created.back() > 0);
    }
    auto admin = signIn("WP_ADMIN_USER", "WP_ADMIN_PASSWORD");
    QList<qint64> seen;
    for (int offset = 0;; offset += 2) {
        XmlRpcWordPress::PostQuery query;
        query.number = 2;
        query.offset = offset;
        query.orderby = QStringLiteral("ID");
        query.order = QStringLiteral("ASC");
        const auto page = await(admin->posts(query));
        QVERIFY2(page.ok(), why(page));
        QVERIFY(page->size() <= 2);
        if (page->isEmpty()) {
            break; // past the last page: an empty list, not an error
        }
        for (const RemotePost& post : page.value()) {
            seen.append(post.id);
        }
        QVERIFY(offset < 20);
    }
    QCOMPARE(seen, created);
}

void TestXmlRpcWordPress::commentRoundTrip()
{
    const qint64 postId = publishedPost(QStringLiteral("Commented"));
    QVERIFY(postId > 0);
    auto admin = signIn("WP_ADMIN_USER", "WP_ADMIN_PASSWORD");
    XmlRpcValue fields(XmlRpcValue::Struct {});
    fields.insert(QStringLiteral("content"), XmlRpcValue(QStringLiteral("A <b>fine</b> film & more.")));
    const auto id = await(admin->newComment(postId, fields));
    QVERIFY2(id.ok(), why(id));

    const auto comment = await(admin->comment(id.value()));
    QVERIFY2(comment.ok(), why(comment));
    QCOMPARE(comment->id, id.value());
    QCOMPARE(comment->post, postId);
    QCOMPARE(comment->content, QStringLiteral("A <b>fine</b> film & more."));
    QCOMPARE(comment->status, QStringLiteral("approved"));
    QCOMPARE(comment->author, env("WP_ADMIN_ID").toLongLong());
    QVERIFY(qAbs(comment->dateGmt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    XmlRpcValue reply(XmlRpcValue::Struct {});
    reply.insert(QStringLiteral("content"), XmlRpcValue(QStringLiteral("A reply.")));
    reply.insert(QStringLiteral("comment_parent"), XmlRpcValue(id.value()));
    const auto replyId = await(admin->newComment(postId, reply));
    QVERIFY2(replyId.ok(), why(replyId));

    XmlRpcValue hold(XmlRpcValue::Struct {});
    hold.insert(QStringLiteral("status"), XmlRpcValue(QStringLiteral("hold")));
    const auto held = await(admin->editComment(id.value(), hold));
    QVERIFY2(held.ok(), why(held));
    XmlRpcWordPress::CommentQuery query;
    query.postId = postId;
    query.status = QStringLiteral("hold");
    const auto listed = await(admin->comments(query));
    QVERIFY2(listed.ok(), why(listed));
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->front().id, id.value());
    QCOMPARE(listed->front().status, QStringLiteral("hold"));
    query.status = QString();
    const auto all = await(admin->comments(query));
    QVERIFY2(all.ok(), why(all));
    QCOMPARE(all->size(), 2);
    bool sawReply = false;
    for (const RemoteComment& item : all.value()) {
        sawReply |= item.id == replyId.value() && item.parent == id.value();
    }
    QVERIFY(sawReply);

    XmlRpcValue approve(XmlRpcValue::Struct {});
    approve.insert(QStringLiteral("status"), XmlRpcValue(QStringLiteral("approved"))); // REST's word works too
    QVERIFY(await(admin->editComment(id.value(), approve)).ok());
    QCOMPARE(await(admin->comment(id.value()))->status, QStringLiteral("approved"));

    const auto trashed = await(admin->deleteComment(id.value()));
    QVERIFY2(trashed.ok(), why(trashed));
    QCOMPARE(await(admin->comment(id.value()))->status, QStringLiteral("trash"));
    QVERIFY(await(admin->deleteComment(id.value())).ok()); // from the trash: deleted for good
    const auto gone = await(admin->comment(id.value()));
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, Error::Code::RemoteNotFound);

    // An author who may not moderate must ask for approved comments only.
    auto author = signIn("WP_AUTHOR_USER", "WP_AUTHOR_PASSWORD");
    XmlRpcWordPress::CommentQuery onHold;
    onHold.status = QStringLiteral("hold");
    const auto refused = await(author->comments(onHold));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().remoteCode, QStringLiteral("xmlrpc:401"));
    QCOMPARE(refused.error().code, Error::Code::Permission);
    onHold.status = QStringLiteral("approved");
    QVERIFY(await(author->comments(onHold)).ok());

    // A post moves to the trash.
    QVERIFY(await(admin->deletePost(postId)).ok());
    QCOMPARE(await(admin->post(postId))->status, QStringLiteral("trash"));
}

void TestXmlRpcWordPress::termsAndUpload()
{
    auto editor = signIn("WP_EDITOR_USER", "WP_EDITOR_PASSWORD");
    const auto termId = await(editor->newTerm(QStringLiteral("category"), QStringLiteral("Westerns")));
    QVERIFY2(termId.ok(), why(termId));
    const auto terms = await(editor->terms(QStringLiteral("category")));
    QVERIFY2(terms.ok(), why(terms));
    bool found = false;
    for (const RemoteTerm& term : terms.value()) {
        found |= term.id == termId.value() && term.name == QStringLiteral("Westerns") && term.slug == QStringLiteral("westerns");
    }
    QVERIFY(found);
    const auto again = await(editor->newTerm(QStringLiteral("category"), QStringLiteral("Westerns")));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().remoteCode, QStringLiteral("xmlrpc:500"));
    const auto ensured = await(editor->ensureTerm(QStringLiteral("category"), QStringLiteral("westerns")));
    QVERIFY2(ensured.ok(), why(ensured));
    QCOMPARE(ensured.value(), termId.value());
    const auto tag = await(editor->ensureTerm(QStringLiteral("post_tag"), QStringLiteral("Noir")));
    QVERIFY2(tag.ok(), why(tag));
    QVERIFY(tag.value() > 0 && tag.value() != termId.value());
    const auto searched = await(editor->terms(QStringLiteral("post_tag"), QStringLiteral("noi")));
    QVERIFY2(searched.ok(), why(searched));
    QCOMPARE(searched->size(), 1);
    QCOMPARE(searched->front().id, tag.value());

    const auto media = await(editor->uploadFile(QStringLiteral("poster.png"), QStringLiteral("image/png"), kPng));
    QVERIFY2(media.ok(), why(media));
    QVERIFY(media->id > 0);
    QCOMPARE(media->mimeType, QStringLiteral("image/png"));
    QVERIFY2(media->sourceUrl.endsWith(QStringLiteral(".png")), qPrintable(media->sourceUrl));
    HttpClient anonymous;
    HttpRequest download;
    download.url = QUrl(media->sourceUrl);
    const auto bytes = await(anonymous.send(download));
    QVERIFY2(bytes.ok(), why(bytes));
    QCOMPARE(bytes->body, kPng);

    const auto item = await(editor->mediaItem(media->id));
    QVERIFY2(item.ok(), why(item));
    QCOMPARE(item->id, media->id);
    QCOMPARE(item->sourceUrl, media->sourceUrl);
    QCOMPARE(item->mimeType, QStringLiteral("image/png"));
    const auto library = await(editor->mediaLibrary(10));
    QVERIFY2(library.ok(), why(library));
    QVERIFY(!library->isEmpty());
    QCOMPARE(library->front().id, media->id);

    // The upload becomes a post's featured image through post_thumbnail.
    const qint64 postId = publishedPost(QStringLiteral("With poster"));
    QVERIFY(await(editor->editPost(postId, xmlrpc::postContent(QJsonObject {{QStringLiteral("featured_media"), media->id}}))).ok());
    const auto post = await(editor->post(postId));
    QVERIFY2(post.ok(), why(post));
    QCOMPARE(post->featuredMedia, media->id);
}

void TestXmlRpcWordPress::switchingOffRestoresRest()
{
    fixture({QStringLiteral("rest-locked"), QStringLiteral("off")});
    HttpClient signedIn;
    signedIn.setCredentials(env("WP_ADMIN_USER"), env("WP_ADMIN_APP_PASSWORD"), m_site);
    HttpClient anonymous;
    const auto discovery = await(WordPressClient::discover(&anonymous, m_site, false));
    QVERIFY2(discovery.ok(), why(discovery));
    QVERIFY(discovery->index.applicationPasswords);
    Site site;
    site.restRoot = discovery->restRoot;
    WordPressClient client(site, &signedIn);
    const auto me = await(client.verifyCredentials());
    QVERIFY2(me.ok(), why(me));
    QCOMPARE(me->id, env("WP_ADMIN_ID").toLongLong());
    // With application passwords available, XML-RPC takes them too.
    auto application = signIn("WP_ADMIN_USER", "WP_ADMIN_APP_PASSWORD");
    const auto blogs = await(application->usersBlogs());
    QVERIFY2(blogs.ok(), why(blogs));
}

QTEST_GUILESS_MAIN(TestXmlRpcWordPress)
#include "tst_xmlrpc_wordpress.moc"
