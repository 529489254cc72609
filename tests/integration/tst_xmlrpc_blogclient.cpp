// The XML-RPC backend through the BlogClient seam (core/blog/BlogClient.h), against the real WordPress fixture
// with REST locked for API clients (wp-fixture rest-locked on), signed in with the account password: what sync
// and Publisher would ask of it, typed values in and out. Where XML-RPC cannot do what REST does, the answer says
// so (capabilities, or an error), never a different answer.
#include "core/blog/BlogClient.h"
#include "core/remote/HttpClient.h"
#include "core/remote/xmlrpc/XmlRpcBlogClient.h"

#include "XmlRpcTestSupport.h"

#include "BlogHarness.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace longhand;
using namespace longhand::xmlrpctest;

class TestXmlRpcBlogClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void capabilitiesSayWhatIsMissing();
    void signsInWithTheAccountPassword();
    void blockSupportFollowsTheVersion();
    void postsAreWrittenOnlyWithTheFieldsSet();
    void staleConditionalUpdateIsAConflict();
    void postsAreListedNewestFirstAndFilteredByTheMark();
    void listingByIdsIsRefused();
    void termsAreEnsuredOnce();
    void commentsAreModeratedAndDeleted();
    void uploadsAreFoundAgain();

private:
    QString env(const char* key) const { return m_blog.env(QLatin1String(key)); }
    void fixture(const QStringList& arguments);
    BlogClient& client() { return *m_client; }

    longhand::test::LiveBlog m_blog;
    HttpClient m_http;
    std::unique_ptr<XmlRpcBlogClient> m_client;
};

void TestXmlRpcBlogClient::fixture(const QStringList& arguments)
{
    QString error;
    m_blog.fixture(arguments.front(), arguments.mid(1), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestXmlRpcBlogClient::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("LONGHAND_WP_STATE")) {
        QSKIP("LONGHAND_WP_STATE is not set: run through ctest, which starts the wordpress fixture");
    }
    const QString loaded = m_blog.load();
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    fixture({QStringLiteral("reset")});
    fixture({QStringLiteral("rest-locked"), QStringLiteral("on")});
    m_http.setRetryPolicy(RetryPolicy {1, 0});
    Site site;
    site.id = 1;
    site.name = QStringLiteral("Fixture");
    site.baseUrl = QUrl(env("WP_URL") + QStringLiteral("/"));
    site.userName = env("WP_ADMIN_USER");
    site.userId = env("WP_ADMIN_ID").toLongLong();
    site.protocol = Site::Protocol::WordPressXmlRpc;
    m_client = std::make_unique<XmlRpcBlogClient>(site, &m_http, QUrl(env("WP_URL") + QStringLiteral("/xmlrpc.php")),
                                                  env("WP_ADMIN_PASSWORD"));
}

void TestXmlRpcBlogClient::cleanupTestCase()
{
    m_client.reset();
    if (!m_blog.state().isEmpty()) {
        fixture({QStringLiteral("rest-locked"), QStringLiteral("off")});
    }
}

void TestXmlRpcBlogClient::capabilitiesSayWhatIsMissing()
{
    const Capabilities caps = client().capabilities();
    QVERIFY(!caps.canFilterByModified);
    QVERIFY(!caps.hasTotalCounts);
    QVERIFY(!caps.canListByIds);
    QVERIFY(caps.canConditionalUpdate);
    const auto clock = await(client().fetchBlogClock());
    QVERIFY(!clock.ok());
    QVERIFY(clock.error().message.contains(QLatin1String("XML-RPC")));
}

void TestXmlRpcBlogClient::signsInWithTheAccountPassword()
{
    const auto user = await(client().verifyCredentials());
    QVERIFY2(user.ok(), why(user));
    QCOMPARE(user->id, env("WP_ADMIN_ID").toLongLong());
}

// XML-RPC cannot list block types: the version decides (wp.getOptions software_version, 6.1.9 in the fixture, which has
// neither the details block nor the heading's class).
void TestXmlRpcBlogClient::blockSupportFollowsTheVersion()
{
    const auto support = await(client().fetchBlockSupport());
    QVERIFY2(support.ok(), why(support));
    QCOMPARE(support.value(), BlockSupport {});
}

void TestXmlRpcBlogClient::postsAreWrittenOnlyWithTheFieldsSet()
{
    PostChanges fields;
    fields.title = QStringLiteral("Seam review");
    fields.content = QStringLiteral("<p>First text.</p>");
    fields.excerpt = QStringLiteral("Short");
    fields.status = QStringLiteral("publish");
    fields.commentsOpen = true;
    const auto created = await(client().createPost(fields));
    QVERIFY2(created.ok(), why(created));
    QVERIFY(created->id > 0);
    QCOMPARE(created->title, QStringLiteral("Seam review"));
    QCOMPARE(created->status, QStringLiteral("publish"));
    QVERIFY(created->commentsOpen);
    QVERIFY(created->modifiedGmt.isValid());

    // Only the title: the text, excerpt and comment status stay as they are.
    PostChanges title;
    title.title = QStringLiteral("Seam review, retitled");
    title.unlessModifiedAfter = created->modifiedGmt;
    const auto updated = await(client().updatePost(created->id, title));
    QVERIFY2(updated.ok(), why(updated));
    QCOMPARE(updated->title, QStringLiteral("Seam review, retitled"));
    QCOMPARE(updated->content, created->content);
    QCOMPARE(updated->excerpt, QStringLiteral("Short"));
    QVERIFY(updated->commentsOpen);

    const auto fetched = await(client().fetchPost(created->id));
    QVERIFY2(fetched.ok(), why(fetched));
    QCOMPARE(fetched->title, QStringLiteral("Seam review, retitled"));
}

void TestXmlRpcBlogClient::staleConditionalUpdateIsAConflict()
{
    PostChanges fields;
    fields.title = QStringLiteral("Stale target");
    fields.content = QStringLiteral("<p>Before.</p>");
    fields.status = QStringLiteral("draft");
    const auto created = await(client().createPost(fields));
    QVERIFY2(created.ok(), why(created));
    PostChanges change;
    change.content = QStringLiteral("<p>After.</p>");
    change.unlessModifiedAfter = created->modifiedGmt.addSecs(-1);
    const auto refused = await(client().updatePost(created->id, change));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    const auto unchanged = await(client().fetchPost(created->id));
    QVERIFY2(unchanged.ok(), why(unchanged));
    QCOMPARE(unchanged->content, QStringLiteral("<p>Before.</p>"));
}

void TestXmlRpcBlogClient::postsAreListedNewestFirstAndFilteredByTheMark()
{
    const QString word = QStringLiteral("lh") + QUuid::createUuid().toString(QUuid::Id128);
    PostChanges fields;
    fields.title = QStringLiteral("Newest");
    fields.content = QStringLiteral("<p>Newest text.</p>\n<!-- longhand-publication %1 -->").arg(word);
    fields.status = QStringLiteral("publish");
    const auto created = await(client().createPost(fields));
    QVERIFY2(created.ok(), why(created));

    // Pages of two, newest change first, until an empty page (no totals: the list says nothing of its length).
    // Posts saved in the same second may come in either order; across pages the order never goes up.
    ListRequest request;
    request.kind = ListKind::Posts;
    request.perPage = 2;
    request.detail = ListRequest::Detail::IdAndModified;
    request.status = ListRequest::Status::Any;
    request.order = ListRequest::Order::ModifiedDescending;
    QList<RemotePostStamp> all;
    QDateTime newest;
    for (request.page = 1; request.page < 100; ++request.page) {
        const auto page = await(client().list(request));
        QVERIFY2(page.ok(), why(page));
        QCOMPARE(page->total, 0); // no totals in XML-RPC
        if (page->decoder->isEmpty(page->body)) {
            break;
        }
        const auto stamps = page->decoder->stamps(page->body);
        QVERIFY2(stamps.ok(), why(stamps));
        QVERIFY(stamps->size() <= 2);
        for (const RemotePostStamp& stamp : stamps.value()) {
            QVERIFY(all.isEmpty() || stamp.modifiedGmt <= all.constLast().modifiedGmt);
            QVERIFY(std::none_of(all.begin(), all.end(), [&](const RemotePostStamp& seen) { return seen.id == stamp.id; }));
            all.append(stamp);
        }
        if (request.page == 1) {
            newest = stamps->constFirst().modifiedGmt;
            QVERIFY(page->decoder->bringsNewer(page->body, newest.addSecs(-1)));
            QVERIFY(!page->decoder->bringsNewer(page->body, newest));
        }
    }
    QVERIFY(request.page > 2); // the posts of this test case and the ones before it: more than one page
    QVERIFY(std::any_of(all.begin(), all.end(), [&](const RemotePostStamp& stamp) { return stamp.id == created->id; }));

    // changedSince: the page still comes whole from the blog, only posts changed after the mark are handed on.
    request.page = 1;
    request.changedSince = newest;
    const auto none = await(client().list(request));
    QVERIFY2(none.ok(), why(none));
    QVERIFY(none->decoder->isEmpty(none->body));
    request.changedSince = created->modifiedGmt.addSecs(-1);
    request.perPage = 100;
    const auto recent = await(client().list(request));
    QVERIFY2(recent.ok(), why(recent));
    const auto recentPosts = recent->decoder->posts(recent->body);
    QVERIFY2(recentPosts.ok(), why(recentPosts));
    QVERIFY(std::any_of(recentPosts->begin(), recentPosts->end(), [&](const RemotePost& post) { return post.id == created->id; }));
    for (const RemotePost& post : recentPosts.value()) {
        QVERIFY(post.modifiedGmt > request.changedSince);
    }

    // A lost create is found by its publication token (wp.getPosts' s).
    const auto found = await(client().findPostsContaining(word));
    QVERIFY2(found.ok(), why(found));
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->constFirst().id, created->id);
}

void TestXmlRpcBlogClient::listingByIdsIsRefused()
{
    ListRequest request;
    request.kind = ListKind::Posts;
    request.ids = {1, 2};
    const auto page = await(client().list(request));
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, Error::Code::InvalidInput);
    QVERIFY(page.error().message.contains(QLatin1String("XML-RPC")));
}

void TestXmlRpcBlogClient::termsAreEnsuredOnce()
{
    const auto first = await(client().ensureTerm(Taxonomy::Category, QStringLiteral("Seam Drama")));
    QVERIFY2(first.ok(), why(first));
    const auto again = await(client().ensureTerm(Taxonomy::Category, QStringLiteral("Seam Drama")));
    QVERIFY2(again.ok(), why(again));
    QCOMPARE(again.value(), first.value());
    ListRequest request;
    request.kind = ListKind::Categories;
    const auto page = await(client().list(request));
    QVERIFY2(page.ok(), why(page));
    const auto terms = page->decoder->terms(page->body);
    QVERIFY2(terms.ok(), why(terms));
    QVERIFY(std::any_of(terms->begin(), terms->end(), [&](const RemoteTerm& term) { return term.id == first.value(); }));
    const auto tag = await(client().ensureTerm(Taxonomy::Tag, QStringLiteral("seam-tag")));
    QVERIFY2(tag.ok(), why(tag));
    QVERIFY(tag.value() != first.value());
}

void TestXmlRpcBlogClient::commentsAreModeratedAndDeleted()
{
    PostChanges fields;
    fields.title = QStringLiteral("Commented");
    fields.content = QStringLiteral("<p>Talk about it.</p>");
    fields.status = QStringLiteral("publish");
    fields.commentsOpen = true;
    const auto post = await(client().createPost(fields));
    QVERIFY2(post.ok(), why(post));

    const auto comment = await(client().createComment(NewComment {post->id, 0, QStringLiteral("Seen it twice.")}));
    QVERIFY2(comment.ok(), why(comment));
    QCOMPARE(comment->post, post->id);
    QCOMPARE(comment->status, QStringLiteral("approved"));

    const auto held = await(client().updateComment(comment->id, CommentChanges {std::nullopt, QStringLiteral("hold")}));
    QVERIFY2(held.ok(), why(held));
    QCOMPARE(held->status, QStringLiteral("hold"));
    QCOMPARE(held->content, QStringLiteral("Seen it twice."));

    ListRequest request;
    request.kind = ListKind::Comments;
    request.status = ListRequest::Status::Held;
    const auto page = await(client().list(request));
    QVERIFY2(page.ok(), why(page));
    const auto statuses = page->decoder->statuses(page->body);
    QVERIFY2(statuses.ok(), why(statuses));
    QVERIFY(std::any_of(statuses->begin(), statuses->end(),
                        [&](const RemoteCommentStatus& s) { return s.id == comment->id && s.status == QLatin1String("hold"); }));

    const auto edited = await(client().updateComment(comment->id, CommentChanges {QStringLiteral("Seen it three times."), std::nullopt}));
    QVERIFY2(edited.ok(), why(edited));
    QCOMPARE(edited->content, QStringLiteral("Seen it three times."));
    QCOMPARE(edited->status, QStringLiteral("hold"));

    const auto reply = await(client().createComment(NewComment {post->id, comment->id, QStringLiteral("Agreed.")}));
    QVERIFY2(reply.ok(), why(reply));
    QCOMPARE(reply->parent, comment->id);
    const auto replies = await(client().findReplies(post->id, comment->id, env("WP_ADMIN_ID").toLongLong()));
    QVERIFY2(replies.ok(), why(replies));
    QCOMPARE(replies->size(), 1);
    QCOMPARE(replies->constFirst().id, reply->id);

    const auto deleted = await(client().deleteComment(comment->id, true));
    QVERIFY2(deleted.ok(), why(deleted));
    const auto gone = await(client().fetchComment(comment->id));
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, Error::Code::RemoteNotFound);

    const auto trashed = await(client().deleteComment(reply->id, false));
    QVERIFY2(trashed.ok(), why(trashed));
    const auto inTrash = await(client().fetchComment(reply->id));
    QVERIFY2(inTrash.ok(), why(inTrash));
    QCOMPARE(inTrash->status, QStringLiteral("trash"));
}

void TestXmlRpcBlogClient::uploadsAreFoundAgain()
{
    const auto media = await(client().uploadMedia(kPng, QStringLiteral("seamposter.png"), QStringLiteral("image/png"), QString()));
    QVERIFY2(media.ok(), why(media));
    QVERIFY(media->id > 0);
    const auto found = await(client().findMediaBySearch(QStringLiteral("seamposter")));
    QVERIFY2(found.ok(), why(found));
    QVERIFY(std::any_of(found->begin(), found->end(), [&](const RemoteMedia& item) { return item.id == media->id; }));
    ListRequest request;
    request.kind = ListKind::Media;
    const auto page = await(client().list(request));
    QVERIFY2(page.ok(), why(page));
    const auto library = page->decoder->media(page->body);
    QVERIFY2(library.ok(), why(library));
    QVERIFY(std::any_of(library->begin(), library->end(), [&](const RemoteMedia& item) { return item.id == media->id; }));
}

QTEST_GUILESS_MAIN(TestXmlRpcBlogClient)
#include "tst_xmlrpc_blogclient.moc"
