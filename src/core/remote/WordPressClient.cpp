#include "core/remote/WordPressClient.h"

#include "core/FutureUtils.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QLocale>
#include <QJsonObject>
#include <QPromise>
#include <QRegularExpression>

namespace longhand {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("longhand", text); // the context lupdate gives free tr() calls in namespace longhand
}

Error insecureError(const QUrl& url)
{
    return Error::make(Error::Code::Insecure,
                       tr("%1 uses plain http, which would send your password unencrypted. Use https, or accept the "
                          "risk for this blog explicitly.")
                           .arg(url.host()));
}

} // namespace

QUrl WordPressClient::restRootFromLink(const QByteArray& header)
{
    static const QRegularExpression link(QStringLiteral("<([^>]+)>\\s*;\\s*rel=\"https://api\\.w\\.org/\""));
    const auto match = link.match(QString::fromUtf8(header));
    return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
}

WordPressClient::WordPressClient(Site site, HttpClient* http, QObject* parent)
    : BlogClient(parent)
    , m_site(std::move(site))
    , m_http(http)
{
}

Result<std::shared_ptr<BlogClient>> WordPressClient::connect(const Site& site, const QString& secret, QNetworkAccessManager* network)
{
    auto* http = new HttpClient(network);
    http->setCredentials(site.userName, secret, site.restRoot);
    return std::shared_ptr<BlogClient>(new WordPressClient(site, http), [](BlogClient* client) {
        static_cast<WordPressClient*>(client)->http()->deleteLater();
        client->deleteLater();
    });
}

bool WordPressClient::isInsecure(const QUrl& url, bool allowInsecureHttp)
{
    if (url.scheme() != QLatin1String("http") || allowInsecureHttp) {
        return false;
    }
    const QString host = url.host();
    if (host == QLatin1String("localhost")) {
        return false;
    }
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

QUrl WordPressClient::normalizeSiteUrl(const QString& typed)
{
    QString text = typed.trimmed();
    if (!text.contains(QStringLiteral("://"))) {
        text.prepend(QStringLiteral("https://"));
    }
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        return {};
    }
    url.setQuery(QString());
    url.setFragment(QString());
    if (!url.path().endsWith(QLatin1Char('/'))) {
        url.setPath(url.path() + QLatin1Char('/'));
    }
    return url;
}

QUrl WordPressClient::endpointFor(const QUrl& restRoot, const QString& route, const QUrlQuery& query)
{
    QUrl url = restRoot;
    QUrlQuery rootQuery(restRoot);
    if (rootQuery.hasQueryItem(QStringLiteral("rest_route"))) {
        QUrlQuery merged;
        merged.addQueryItem(QStringLiteral("rest_route"), QLatin1Char('/') + route);
        for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
            merged.addQueryItem(key, value);
        }
        url.setQuery(merged);
        return url;
    }
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/'))) {
        path += QLatin1Char('/');
    }
    url.setPath(path + route);
    url.setQuery(query);
    return url;
}

QUrl WordPressClient::endpoint(const QString& route, const QUrlQuery& query) const
{
    return endpointFor(m_site.restRoot, route, query);
}

QFuture<Result<Discovery>> WordPressClient::discover(HttpClient* http, const QUrl& siteUrl, bool allowInsecureHttp,
                                                     const QString& acceptedApiOrigin)
{
    if (!siteUrl.isValid()) {
        return readyFuture(Result<Discovery>(Error::make(Error::Code::InvalidInput, tr("That is not a web address."))));
    }
    if (isInsecure(siteUrl, allowInsecureHttp)) {
        return readyFuture(Result<Discovery>(insecureError(siteUrl)));
    }
    auto promise = std::make_shared<QPromise<Result<Discovery>>>();
    promise->start();
    QFuture<Result<Discovery>> future = promise->future();

    // Step 3: a candidate REST root must answer with the index, from its own origin.
    auto tryRoot = std::make_shared<std::function<void(QUrl, QList<QUrl>, Error)>>();
    *tryRoot = [http, promise, allowInsecureHttp, tryRoot](QUrl site, QList<QUrl> candidates, Error lastError) {
        if (candidates.isEmpty()) {
            promise->addResult(Result<Discovery>(Error::make(
                lastError.code == Error::Code::None ? Error::Code::BadResponse : lastError.code,
                tr("%1 does not look like a WordPress site with its REST API enabled (%2).")
                    .arg(site.toString(), lastError.message.isEmpty() ? tr("no API found") : lastError.message))));
            promise->finish();
            return;
        }
        const QUrl root = candidates.takeFirst();
        if (isInsecure(root, allowInsecureHttp)) {
            (*tryRoot)(site, candidates, insecureError(root));
            return;
        }
        HttpRequest request {"GET", endpointFor(root, QString()), {}, {}, true};
        request.maxResponseBytes = AnswerLimit::kIndex;
        onFinished(http->send(request), http, [promise, root, site, candidates, tryRoot](const Result<HttpResponse>& response) {
            if (!response) {
                if (response.error().code == Error::Code::Tls) {
                    promise->addResult(Result<Discovery>(response.error()));
                    promise->finish();
                    return;
                }
                (*tryRoot)(site, candidates, response.error());
                return;
            }
            if (!HttpClient::sameOrigin(response->url, root)) {
                // Redirected elsewhere: the password would later be refused there anyway.
                (*tryRoot)(site, candidates,
                           Error::make(Error::Code::CrossOrigin, tr("%1 redirected to %2").arg(HttpClient::originOf(root),
                                                                                               HttpClient::originOf(response->url))));
                return;
            }
            auto index = wpjson::parseIndex(response->body);
            if (!index) {
                (*tryRoot)(site, candidates, index.error());
                return;
            }
            promise->addResult(Result<Discovery>(Discovery {site, root, index.value()}));
            promise->finish();
        });
    };

    // Step 1: the site's own page names its API in a Link header. Only its headers matter: a small cap.
    HttpRequest frontPage {"GET", siteUrl, {}, {}, true};
    frontPage.maxResponseBytes = AnswerLimit::kFrontPage;
    onFinished(http->send(frontPage), http,
               [promise, siteUrl, allowInsecureHttp, acceptedApiOrigin, tryRoot](const Result<HttpResponse>& page) {
        if (!page && (page.error().code == Error::Code::Tls || page.error().code == Error::Code::CrossOrigin)) {
            promise->addResult(Result<Discovery>(page.error()));
            promise->finish();
            return;
        }
        // A redirect followed (no credentials yet: example.org -> www.example.org) moves the site: the
        // account is bound to where the page was found, and that is what the user is shown.
        QUrl site = siteUrl;
        if (page && page->url.isValid() && !HttpClient::sameOrigin(page->url, siteUrl)) {
            // The folder of the page it landed on: https://www.example.org/blog/index.php -> .../blog/
            site = page->url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveFilename | QUrl::RemoveUserInfo);
            if (isInsecure(site, allowInsecureHttp)) {
                promise->addResult(Result<Discovery>(insecureError(site)));
                promise->finish();
                return;
            }
        }
        QList<QUrl> candidates;
        if (page) {
            const QUrl fromLink = restRootFromLink(page->header("link"));
            if (fromLink.isValid() && !fromLink.isEmpty()) {
                const QUrl resolved = site.resolved(fromLink);
                if (HttpClient::sameOrigin(resolved, site)
                    || (!acceptedApiOrigin.isEmpty()
                        && HttpClient::sameOrigin(resolved, QUrl(acceptedApiOrigin, QUrl::StrictMode)))) {
                    candidates.append(resolved);
                } else {
                    Error error = Error::make(Error::Code::ApiOnOtherOrigin,
                                              tr("%1 says its API is at %2, another address. Longhand sends your password "
                                                 "only to the blog's own address; confirm that %3 belongs to this blog to use it.")
                                                  .arg(HttpClient::originOf(site), resolved.toString(), HttpClient::originOf(resolved)));
                    error.url = site;
                    error.otherUrl = resolved;
                    promise->addResult(Result<Discovery>(error));
                    promise->finish();
                    return;
                }
            }
        }
        // Step 2: the usual places.
        candidates.append(site.resolved(QUrl(QStringLiteral("wp-json/"))));
        QUrl restRoute = site;
        restRoute.setQuery(QStringLiteral("rest_route=/"));
        candidates.append(restRoute);
        (*tryRoot)(site, candidates, page ? Error {} : page.error());
    });
    return future;
}

template <typename T, typename Parse>
QFuture<Result<T>> WordPressClient::call(HttpRequest request, Parse parse)
{
    if (isInsecure(request.url, m_site.allowInsecureHttp)) {
        return readyFuture(Result<T>(insecureError(request.url)));
    }
    if (!HttpClient::sameOrigin(request.url, m_site.restRoot)) {
        Error error = Error::make(Error::Code::CrossOrigin, tr("Longhand does not send your password to %1: the blog is at %2.")
                                                                 .arg(HttpClient::originOf(request.url), HttpClient::originOf(m_site.restRoot)));
        error.url = m_site.restRoot;
        error.otherUrl = request.url;
        return readyFuture(Result<T>(error));
    }
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    QFuture<Result<T>> future = promise->future();
    onFinished(m_http->send(request), m_http, [promise, parse](const Result<HttpResponse>& response) {
        if (!response) {
            Error error = response.error();
            error.meaning = wpjson::meaningOf(error.remoteCode);
            promise->addResult(Result<T>(error));
        } else {
            promise->addResult(parse(response.value()));
        }
        promise->finish();
    });
    return future;
}

QFuture<Result<RemoteUser>> WordPressClient::verifyCredentials()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    query.addQueryItem(QStringLiteral("_fields"), QStringLiteral("id,name,slug,roles"));
    return call<RemoteUser>(HttpRequest {"GET", endpoint(QStringLiteral("wp/v2/users/me"), query), {}, {}, true},
                            [](const HttpResponse& response) { return wpjson::parseUser(response.body); });
}

QFuture<Result<BlogClock>> WordPressClient::fetchBlogClock()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("_fields"), QStringLiteral("gmt_offset,timezone_string"));
    return call<BlogClock>(HttpRequest {"GET", endpoint(QString(), query), {}, {}, true},
                           [](const HttpResponse& response) { return wpjson::parseBlogClock(response.body); });
}

QFuture<Result<BlockSupport>> WordPressClient::fetchBlockSupport()
{
    // One list of the core block types (about 4 KB) answers both questions; block-types/core/details alone (404
    // rest_block_type_invalid on 6.1) would not tell the heading's class. Needs edit_posts (401 when anonymous).
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("_fields"), QStringLiteral("name,supports.className"));
    const HttpRequest request {"GET", endpoint(QStringLiteral("wp/v2/block-types/core"), query), {}, {}, true};
    return call<BlockSupport>(request,
                              [](const HttpResponse& response) { return wpjson::parseBlockSupport(response.body); });
}

Capabilities WordPressClient::capabilities() const
{
    Capabilities caps;
    caps.canFilterByModified = true;
    caps.canConditionalUpdate = false; // no ETag, If-Match or If-Unmodified-Since: compared on a fresh GET instead
    caps.hasTotalCounts = true;
    caps.canListByIds = true;
    caps.canListHeldAsAuthor = true;
    caps.canBatch = false; // batch/v1 exists, but not for comments; not used
    caps.supportsApplicationPasswords = true;
    caps.maxPerPage = 100;
    return caps;
}

void WordPressClient::cancelAll()
{
    m_http->cancelAll();
}

namespace {

// REST has one route per post type.
QString routeOf(PostType type)
{
    return type == PostType::Page ? QStringLiteral("wp/v2/pages") : QStringLiteral("wp/v2/posts");
}

} // namespace

// The query each kind of list request becomes: edit context where raw text is needed, _fields trimmed to what
// Longhand stores, status=any for every status.
QFuture<Result<ListPage>> WordPressClient::list(const ListRequest& request)
{
    static const QHash<ListKind, QString> routes {
        {ListKind::Posts, QStringLiteral("posts")}, {ListKind::Categories, QStringLiteral("categories")},
        {ListKind::Tags, QStringLiteral("tags")},   {ListKind::Media, QStringLiteral("media")},
        {ListKind::Users, QStringLiteral("users")}, {ListKind::Comments, QStringLiteral("comments")},
        {ListKind::Pages, QStringLiteral("pages")},
    };
    const ListKind kind = request.kind;
    const bool terms = kind == ListKind::Categories || kind == ListKind::Tags;
    QUrlQuery query;
    if (kind == ListKind::Posts || kind == ListKind::Pages || kind == ListKind::Comments) {
        query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    }
    switch (request.status) {
    case ListRequest::Status::Default:
        break;
    case ListRequest::Status::Any:
        query.addQueryItem(QStringLiteral("status"), QStringLiteral("any"));
        break;
    case ListRequest::Status::Held:
        query.addQueryItem(QStringLiteral("status"), QStringLiteral("hold"));
        break;
    case ListRequest::Status::Trash:
        query.addQueryItem(QStringLiteral("status"), QStringLiteral("trash"));
        break;
    }
    QString fields;
    switch (request.detail) {
    case ListRequest::Detail::IdAndModified:
        fields = QStringLiteral("id,modified_gmt");
        break;
    case ListRequest::Detail::IdAndStatus:
        fields = QStringLiteral("id,status");
        break;
    case ListRequest::Detail::Full:
        fields = kind == ListKind::Posts || kind == ListKind::Pages ? wpjson::postFields()
                 : kind == ListKind::Media    ? wpjson::mediaFields()
                 : kind == ListKind::Comments ? wpjson::commentFields()
                 : kind == ListKind::Users    ? wpjson::userFields()
                                              : wpjson::termFields();
        break;
    }
    query.addQueryItem(QStringLiteral("_fields"), fields);
    if (terms) {
        query.addQueryItem(QStringLiteral("hide_empty"), QStringLiteral("false"));
    }
    if (!request.ids.isEmpty()) {
        QStringList ids;
        for (const qint64 id : request.ids) {
            ids.append(QString::number(id));
        }
        query.addQueryItem(QStringLiteral("include"), ids.join(QLatin1Char(',')));
    }
    const auto order = [&query](const char* by, const char* direction) {
        query.addQueryItem(QStringLiteral("orderby"), QString::fromLatin1(by));
        query.addQueryItem(QStringLiteral("order"), QString::fromLatin1(direction));
    };
    switch (request.order) {
    case ListRequest::Order::Default:
        break;
    case ListRequest::Order::IdAscending:
        order("id", "asc");
        break;
    case ListRequest::Order::IdDescending:
        order("id", "desc");
        break;
    case ListRequest::Order::ModifiedAscending:
        order("modified", "asc");
        break;
    case ListRequest::Order::ModifiedDescending:
        order("modified", "desc");
        break;
    }
    if (request.changedSince.isValid()) {
        query.addQueryItem(QStringLiteral("modified_after"), request.changedSince.toUTC().toString(Qt::ISODate));
    }
    if (kind == ListKind::Comments) {
        // Listings default to type=comment. A comma list answers [] and an array 400, so every type is asked
        // for; block-editor notes (WordPress 6.9) are dropped when stored (docs/ARCHITECTURE.md, comment types).
        query.addQueryItem(QStringLiteral("type"), QStringLiteral("all"));
    }
    return fetchPage(routes.value(kind), request.page, request.perPage, query);
}

QFuture<Result<ListPage>> WordPressClient::fetchPage(const QString& resource, int page, int perPage, QUrlQuery query)
{
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    return call<ListPage>(HttpRequest {"GET", endpoint(QStringLiteral("wp/v2/") + resource, query), {}, {}, true, AnswerLimit::kList},
                            [](const HttpResponse& response) {
                                // RFC 7231's date: "Mon, 07 Dec 2026 02:05:00 GMT".
                                QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(response.header("date")).trimmed(),
                                                                         QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
                                date.setTimeSpec(Qt::UTC);
                                return Result<ListPage>(ListPage {response.body, response.header("x-wp-total").toInt(),
                                                                  response.header("x-wp-totalpages").toInt(), date,
                                                                  wpjson::pageDecoder()});
                            });
}

QFuture<Result<RemotePost>> WordPressClient::fetchPost(qint64 id, PostType type)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    query.addQueryItem(QStringLiteral("_fields"), wpjson::postFields());
    return call<RemotePost>(HttpRequest {"GET", endpoint(routeOf(type) + QStringLiteral("/%1").arg(id), query), {}, {}, true},
                            [](const HttpResponse& response) { return wpjson::parsePost(response.body); });
}

QFuture<Result<QList<RemotePost>>> WordPressClient::findPostsContaining(const QString& word, PostType type)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("search"), word);
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("any"));
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    query.addQueryItem(QStringLiteral("_fields"), wpjson::postFields());
    return call<QList<RemotePost>>(HttpRequest {"GET", endpoint(routeOf(type), query), {}, {}, true, AnswerLimit::kList},
                                   [](const HttpResponse& response) { return wpjson::parsePosts(response.body); });
}

QFuture<Result<RemotePost>> WordPressClient::createPost(const PostChanges& fields)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    query.addQueryItem(QStringLiteral("_fields"), wpjson::postFields());
    // Not idempotent by itself: the caller looks its publication token up before a retry.
    return call<RemotePost>(HttpRequest {"POST", endpoint(routeOf(fields.type), query),
                                         QJsonDocument(wpjson::postBody(fields)).toJson(QJsonDocument::Compact),
                                         {{"Content-Type", "application/json"}}, false},
                            [](const HttpResponse& response) { return wpjson::parsePost(response.body); });
}

QFuture<Result<RemotePost>> WordPressClient::updatePost(qint64 id, const PostChanges& fields)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    query.addQueryItem(QStringLiteral("_fields"), wpjson::postFields());
    // Setting the same fields twice ends in the same state: safe to retry.
    return call<RemotePost>(HttpRequest {"POST", endpoint(routeOf(fields.type) + QStringLiteral("/%1").arg(id), query),
                                         QJsonDocument(wpjson::postBody(fields)).toJson(QJsonDocument::Compact),
                                         {{"Content-Type", "application/json"}}, true},
                            [](const HttpResponse& response) { return wpjson::parsePost(response.body); });
}

QFuture<Result<qint64>> WordPressClient::ensureTerm(Taxonomy taxonomy, const QString& name)
{
    const QString route = taxonomy == Taxonomy::Category ? QStringLiteral("wp/v2/categories") : QStringLiteral("wp/v2/tags");
    auto promise = std::make_shared<QPromise<Result<qint64>>>();
    promise->start();
    QFuture<Result<qint64>> future = promise->future();
    if (isInsecure(m_site.restRoot, m_site.allowInsecureHttp)) {
        promise->addResult(Result<qint64>(insecureError(m_site.restRoot)));
        promise->finish();
        return future;
    }
    const QJsonObject body {{QStringLiteral("name"), name}};
    onFinished(m_http->send(HttpRequest {"POST", endpoint(route), QJsonDocument(body).toJson(QJsonDocument::Compact),
                                         {{"Content-Type", "application/json"}}, true}),
               m_http, [promise](const Result<HttpResponse>& response) {
                   if (response) {
                       auto term = wpjson::parseTerm(response->body);
                       promise->addResult(term ? Result<qint64>(term->id) : Result<qint64>(term.error()));
                   } else if (response.error().remoteCode == QLatin1String("term_exists")) {
                       // The term is there already; WordPress says which one in data.term_id.
                       const qint64 existing = QJsonDocument::fromJson(response.error().remoteData)
                                                   .object()
                                                   .value(QStringLiteral("term_id"))
                                                   .toInteger();
                       promise->addResult(existing > 0 ? Result<qint64>(existing) : Result<qint64>(response.error()));
                   } else {
                       Error error = response.error();
                       error.meaning = wpjson::meaningOf(error.remoteCode);
                       promise->addResult(Result<qint64>(error));
                   }
                   promise->finish();
               });
    return future;
}

QFuture<Result<RemoteMedia>> WordPressClient::uploadMedia(const QByteArray& bytes, const QString& fileName,
                                                          const QString& mimeType, const QString& altText)
{
    if (bytes.size() > kMaxUploadBytes) {
        return readyFuture(Result<RemoteMedia>(Error::make(
            Error::Code::InvalidInput, tr("%1 is larger than %2; Longhand does not upload it.")
                                           .arg(fileName, HttpClient::describeBytes(kMaxUploadBytes)))));
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("_fields"), wpjson::mediaFields());
    if (!altText.isEmpty()) {
        query.addQueryItem(QStringLiteral("alt_text"), altText);
    }
    QString safeName = fileName;
    safeName.replace(QLatin1Char('"'), QLatin1Char('_'));
    return call<RemoteMedia>(
        HttpRequest {"POST", endpoint(QStringLiteral("wp/v2/media"), query), bytes,
                     {{"Content-Type", mimeType.toUtf8()},
                      {"Content-Disposition", QByteArray("attachment; filename=\"") + safeName.toUtf8() + '"'}},
                     false, AnswerLimit::kObject, HttpClient::kUploadDeadlineMs},
        [](const HttpResponse& response) { return wpjson::parseMedia(response.body); });
}

QFuture<Result<QList<RemoteMedia>>> WordPressClient::findMediaBySearch(const QString& search)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("search"), search);
    query.addQueryItem(QStringLiteral("_fields"), wpjson::mediaFields());
    return call<QList<RemoteMedia>>(HttpRequest {"GET", endpoint(QStringLiteral("wp/v2/media"), query), {}, {}, true, AnswerLimit::kList},
                                    [](const HttpResponse& response) { return wpjson::parseMediaList(response.body); });
}

QFuture<Result<RemoteComment>> WordPressClient::fetchComment(qint64 id)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    query.addQueryItem(QStringLiteral("_fields"), wpjson::commentFields());
    return call<RemoteComment>(HttpRequest {"GET", endpoint(QStringLiteral("wp/v2/comments/%1").arg(id), query), {}, {}, true},
                               [](const HttpResponse& response) { return wpjson::parseComment(response.body); });
}

QFuture<Result<RemoteComment>> WordPressClient::updateComment(qint64 id, const CommentChanges& changes)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    query.addQueryItem(QStringLiteral("_fields"), wpjson::commentFields());
    return call<RemoteComment>(HttpRequest {"POST", endpoint(QStringLiteral("wp/v2/comments/%1").arg(id), query),
                                            QJsonDocument(wpjson::commentBody(changes)).toJson(QJsonDocument::Compact),
                                            {{"Content-Type", "application/json"}}, true},
                               [](const HttpResponse& response) { return wpjson::parseComment(response.body); });
}

QFuture<Result<bool>> WordPressClient::deleteComment(qint64 id, bool force)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("_fields"), QStringLiteral("id"));
    if (force) {
        query.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
    }
    return call<bool>(HttpRequest {"DELETE", endpoint(QStringLiteral("wp/v2/comments/%1").arg(id), query), {}, {}, true},
                      [](const HttpResponse&) { return Result<bool>(true); });
}

QFuture<Result<RemoteComment>> WordPressClient::createComment(const NewComment& comment)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    query.addQueryItem(QStringLiteral("_fields"), wpjson::commentFields());
    return call<RemoteComment>(HttpRequest {"POST", endpoint(QStringLiteral("wp/v2/comments"), query),
                                            QJsonDocument(wpjson::commentBody(comment)).toJson(QJsonDocument::Compact),
                                            {{"Content-Type", "application/json"}}, false},
                               [](const HttpResponse& response) { return wpjson::parseComment(response.body); });
}

QFuture<Result<QList<RemoteComment>>> WordPressClient::findReplies(qint64 postId, qint64 parentId, qint64 authorId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("any"));
    query.addQueryItem(QStringLiteral("post"), QString::number(postId));
    query.addQueryItem(QStringLiteral("parent"), QString::number(parentId));
    if (authorId > 0) {
        query.addQueryItem(QStringLiteral("author"), QString::number(authorId));
    }
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    query.addQueryItem(QStringLiteral("orderby"), QStringLiteral("id"));
    query.addQueryItem(QStringLiteral("order"), QStringLiteral("desc"));
    query.addQueryItem(QStringLiteral("_fields"), wpjson::commentFields());
    return call<QList<RemoteComment>>(HttpRequest {"GET", endpoint(QStringLiteral("wp/v2/comments"), query), {}, {}, true, AnswerLimit::kList},
                                      [](const HttpResponse& response) { return wpjson::parseComments(response.body); });
}

} // namespace longhand
