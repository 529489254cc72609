#pragma once

#include "core/Error.h"
#include "core/blog/BlogClient.h"
#include "core/domain/Site.h"
#include "core/remote/HttpClient.h"
#include "core/domain/BlogClock.h"
#include "core/remote/WpJson.h"

#include <QFuture>
#include <QObject>
#include <QUrlQuery>

namespace longhand {

struct Discovery
{
    QUrl siteUrl;  // where the site's page was found after the redirects followed: what the account is bound to
    QUrl restRoot; // always the same origin as siteUrl, or the origin the user accepted
    RestIndex index;
};

// The WordPress REST API (wp/v2) for one account: the REST backend of the BlogClient seam. Lists come back as
// raw pages (decoded later on the storage thread by wpjson::pageDecoder()); single objects are parsed here.
class WordPressClient final : public BlogClient
{
    Q_OBJECT

public:
    WordPressClient(Site site, HttpClient* http, QObject* parent = nullptr);
    // The REST backend's registration (core/blog/BlogBackends.cpp): an HttpClient on `network` holding the application
    // password for the REST root's origin only, and a client over it; both deleted later with the last owner.
    static Result<std::shared_ptr<BlogClient>> connect(const Site& site, const QString& secret, QNetworkAccessManager* network);

    const Site& site() const override { return m_site; }
    HttpClient* http() const { return m_http; }
    Capabilities capabilities() const override;
    void cancelAll() override;

    // Plain http is only for loopback unless the user accepted the risk for this blog.
    static bool isInsecure(const QUrl& url, bool allowInsecureHttp);
    // The REST root a Link header names: <https://example.org/wp-json/>; rel="https://api.w.org/" (maybe relative).
    static QUrl restRootFromLink(const QByteArray& header);
    // "example.org" -> "https://example.org/"; keeps an explicit scheme.
    static QUrl normalizeSiteUrl(const QString& typed);

    // Finds the REST root of a site: the rel="https://api.w.org/" link, then /wp-json/, then ?rest_route=/.
    // Runs without credentials. A link naming an API on another origin than the site's is used only when
    // that origin is acceptedApiOrigin; otherwise discovery ends with Error::Code::ApiOnOtherOrigin
    // (url: the site, otherUrl: the API root offered) so the user can be asked.
    static QFuture<Result<Discovery>> discover(HttpClient* http, const QUrl& siteUrl, bool allowInsecureHttp,
                                               const QString& acceptedApiOrigin = {});

    // Signs in: GET users/me?context=edit. A wrong password is reported as such, not as a later mystery.
    QFuture<Result<RemoteUser>> verifyCredentials() override;
    // The blog's time zone and offset, from its REST index (two fields of it).
    QFuture<Result<BlogClock>> fetchBlogClock() override;
    QFuture<Result<BlockSupport>> fetchBlockSupport() override;

    QFuture<Result<ListPage>> list(const ListRequest& request) override;
    // One page of a collection; resource is "posts", "categories", "tags", "media", "users" or "comments".
    QFuture<Result<ListPage>> fetchPage(const QString& resource, int page, int perPage, QUrlQuery query = {});

    QFuture<Result<RemotePost>> fetchPost(qint64 id, PostType type = PostType::Post) override;
    // Posts of any status whose title, excerpt or text contain the word (search=, context=edit).
    QFuture<Result<QList<RemotePost>>> findPostsContaining(const QString& word, PostType type = PostType::Post) override;
    QFuture<Result<RemotePost>> createPost(const PostChanges& fields) override;
    QFuture<Result<RemotePost>> updatePost(qint64 id, const PostChanges& fields) override;
    // An existing one (term_exists) answers with its id.
    QFuture<Result<qint64>> ensureTerm(Taxonomy taxonomy, const QString& name) override;
    // Larger files are refused before anything is sent: hosts cap uploads far lower (PHP's default is 2 MB), and the
    // whole file is held in memory while it goes.
    static constexpr qint64 kMaxUploadBytes = 64 * AnswerLimit::kMiB;
    QFuture<Result<RemoteMedia>> uploadMedia(const QByteArray& bytes, const QString& fileName, const QString& mimeType,
                                             const QString& altText) override;
    QFuture<Result<QList<RemoteMedia>>> findMediaBySearch(const QString& search) override;

    // Comments (context=edit).
    QFuture<Result<RemoteComment>> fetchComment(qint64 id) override;
    QFuture<Result<RemoteComment>> updateComment(qint64 id, const CommentChanges& changes) override;
    QFuture<Result<bool>> deleteComment(qint64 id, bool force) override;
    // WordPress refuses a duplicate with 409 comment_duplicate (Error::Meaning::DuplicateComment).
    QFuture<Result<RemoteComment>> createComment(const NewComment& comment) override;
    QFuture<Result<QList<RemoteComment>>> findReplies(qint64 postId, qint64 parentId, qint64 authorId) override;

    QUrl endpoint(const QString& route, const QUrlQuery& query = {}) const;
    static QUrl endpointFor(const QUrl& restRoot, const QString& route, const QUrlQuery& query = {});

private:
    template <typename T, typename Parse>
    QFuture<Result<T>> call(HttpRequest request, Parse parse);

    Site m_site;
    HttpClient* m_http;
};

} // namespace longhand
