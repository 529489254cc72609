#pragma once

#include "core/Error.h"
#include "core/domain/Site.h"
#include "core/remote/HttpClient.h"
#include "core/domain/BlogClock.h"
#include "core/remote/WpJson.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QUrlQuery>

namespace longhand {

struct Discovery
{
    QUrl siteUrl;  // where the site's page was found after the redirects followed: what the account is bound to
    QUrl restRoot; // always the same origin as siteUrl, or the origin the user accepted
    RestIndex index;
};

// The WordPress REST API (wp/v2) for one account. Lists come back as raw pages (parsed later on the
// storage thread); single objects are parsed here.
class WordPressClient final : public QObject
{
    Q_OBJECT

public:
    WordPressClient(Site site, HttpClient* http, QObject* parent = nullptr);

    const Site& site() const { return m_site; }
    HttpClient* http() const { return m_http; }

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
    QFuture<Result<RemoteUser>> verifyCredentials();
    // The blog's time zone and offset, from its REST index (two fields of it).
    QFuture<Result<BlogClock>> fetchBlogClock();

    // One page of a collection; resource is "posts", "categories", "tags", "media" or "users".
    QFuture<Result<RemotePage>> fetchPage(const QString& resource, int page, int perPage, QUrlQuery query = {});

    QFuture<Result<RemotePost>> fetchPost(qint64 id);
    // Posts of any status whose title, excerpt or text contain the word (search=, context=edit): how a
    // publication's token finds the post its lost create made.
    QFuture<Result<QList<RemotePost>>> findPostsContaining(const QString& word);
    QFuture<Result<RemotePost>> createPost(const QJsonObject& fields);
    QFuture<Result<RemotePost>> updatePost(qint64 id, const QJsonObject& fields);
    // Creates a category or tag; an existing one (term_exists) answers with its id.
    QFuture<Result<qint64>> ensureTerm(const QString& taxonomy, const QString& name);
    // Larger files are refused before anything is sent: hosts cap uploads far lower (PHP's default is 2 MB), and the
    // whole file is held in memory while it goes.
    static constexpr qint64 kMaxUploadBytes = 64 * AnswerLimit::kMiB;
    QFuture<Result<RemoteMedia>> uploadMedia(const QByteArray& bytes, const QString& fileName, const QString& mimeType,
                                             const QString& altText);
    QFuture<Result<QList<RemoteMedia>>> findMediaBySearch(const QString& search);

    // Comments (context=edit). A status change or edit is a plain overwrite: safe to retry.
    QFuture<Result<RemoteComment>> fetchComment(qint64 id);
    QFuture<Result<RemoteComment>> updateComment(qint64 id, const QJsonObject& fields);
    // force=false moves it to the trash; force=true deletes it for good.
    QFuture<Result<bool>> deleteComment(qint64 id, bool force);
    // Creates a comment as the signed-in user; never retried automatically (WordPress refuses a
    // duplicate with 409 comment_duplicate, which the caller uses to find the first one).
    QFuture<Result<RemoteComment>> createComment(const QJsonObject& fields);
    // The signed-in user's comments under a parent, to find a reply whose answer was lost.
    QFuture<Result<QList<RemoteComment>>> findReplies(qint64 postId, qint64 parentId, qint64 authorId);

    QUrl endpoint(const QString& route, const QUrlQuery& query = {}) const;
    static QUrl endpointFor(const QUrl& restRoot, const QString& route, const QUrlQuery& query = {});

private:
    template <typename T, typename Parse>
    QFuture<Result<T>> call(HttpRequest request, Parse parse);

    Site m_site;
    HttpClient* m_http;
};

} // namespace longhand
