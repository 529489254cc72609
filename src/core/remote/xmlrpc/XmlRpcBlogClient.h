#pragma once

#include "core/blog/BlogClient.h"
#include "core/remote/HttpClient.h"

#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace longhand {

class XmlRpcTransport;
class XmlRpcWordPress;

// WordPress XML-RPC (xmlrpc.php) as a BlogClient, over XmlRpcWordPress's typed wp.* calls; registered in
// BlogBackends for Site::Protocol::WordPressXmlRpc (docs/XMLRPC.md, "The BlogClient"). What it cannot do as REST
// does is said by capabilities() and, for a request that needs it, by an error naming it, never by a silently
// different answer.
class XmlRpcBlogClient final : public BlogClient
{
    Q_OBJECT

public:
    // endpoint: the xmlrpc.php that discovery found (XmlRpcDiscovery), refused unless on the site's origin or the
    // accepted one. password: the account password, or an application password where the blog allows them.
    XmlRpcBlogClient(Site site, HttpClient* http, const QUrl& endpoint, const QString& password, QObject* parent = nullptr,
                     const QString& acceptedApiOrigin = {});
    ~XmlRpcBlogClient() override;

    // BlogBackends: a client for a stored blog (site.xmlRpcEndpoint, the stored password). It owns `network`.
    // The endpoint stored was checked when the blog was added (on the site's origin, or one the user accepted then).
    static Result<std::shared_ptr<BlogClient>> connect(const Site& site, const QString& secret, QNetworkAccessManager* network);

    const Site& site() const override { return m_site; }
    Capabilities capabilities() const override;
    void cancelAll() override;

    QFuture<Result<RemoteUser>> verifyCredentials() override;
    QFuture<Result<BlogClock>> fetchBlogClock() override;
    QFuture<Result<BlockSupport>> fetchBlockSupport() override;
    QFuture<Result<ListPage>> list(const ListRequest& request) override;

    QFuture<Result<RemotePost>> fetchPost(qint64 id, PostType type = PostType::Post) override;
    QFuture<Result<QList<RemotePost>>> findPostsContaining(const QString& word, PostType type = PostType::Post) override;
    QFuture<Result<RemotePost>> createPost(const PostChanges& fields) override;
    QFuture<Result<RemotePost>> updatePost(qint64 id, const PostChanges& fields) override;
    QFuture<Result<qint64>> ensureTerm(Taxonomy taxonomy, const QString& name) override;
    // XML-RPC has no alt text for media: altText is not sent.
    QFuture<Result<RemoteMedia>> uploadMedia(const QByteArray& bytes, const QString& fileName, const QString& mimeType,
                                             const QString& altText) override;
    // wp.getMediaLibrary has no search: the newest 100 items whose title or address contain it.
    QFuture<Result<QList<RemoteMedia>>> findMediaBySearch(const QString& search) override;

    QFuture<Result<RemoteComment>> fetchComment(qint64 id) override;
    QFuture<Result<RemoteComment>> updateComment(qint64 id, const CommentChanges& changes) override;
    // wp.deleteComment trashes; force calls it again on the trashed comment, which deletes it for good.
    QFuture<Result<bool>> deleteComment(qint64 id, bool force) override;
    QFuture<Result<RemoteComment>> createComment(const NewComment& comment) override;
    QFuture<Result<QList<RemoteComment>>> findReplies(qint64 postId, qint64 parentId, qint64 authorId) override;

    // How many pages of a post's newest comments findReplies reads at most.
    static constexpr int kFindRepliesPages = 10;

private:
    QFuture<Result<QList<RemoteComment>>> findRepliesFrom(qint64 postId, qint64 parentId, qint64 authorId, int page,
                                                          QList<RemoteComment> found);
    template <typename T>
    QFuture<Result<T>> refused(const QString& message) const;
    // One status's page of comments for a listing of every status; empty without asking past the page where that
    // status's list was seen to end (*end, 0: not seen yet; reset by each listing's first page).
    QFuture<Result<QList<RemoteComment>>> commentsUnlessEnded(const QString& status, int page, int perPage, int* end);

    Site m_site;
    int m_spamEnd = 0;
    int m_trashEnd = 0;
    HttpClient* m_http;
    XmlRpcTransport* m_transport; // children
    XmlRpcWordPress* m_wp;
};

} // namespace longhand
