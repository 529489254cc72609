#include "support/FakeWordPress.h"

#include <QJsonDocument>
#include <QTimer>

namespace longhand::test {

FakeWordPress::FakeWordPress()
{
    m_categories = {QJsonObject {{QStringLiteral("id"), 1}, {QStringLiteral("name"), QStringLiteral("Reviews")}, {QStringLiteral("slug"), QStringLiteral("reviews")}, {QStringLiteral("parent"), 0}},
                    QJsonObject {{QStringLiteral("id"), 2}, {QStringLiteral("name"), QStringLiteral("Horror")}, {QStringLiteral("slug"), QStringLiteral("horror")}, {QStringLiteral("parent"), 1}}};
    m_tags = {QJsonObject {{QStringLiteral("id"), 10}, {QStringLiteral("name"), QStringLiteral("clones")}, {QStringLiteral("slug"), QStringLiteral("clones")}, {QStringLiteral("parent"), 0}}};
    m_media = {QJsonObject {{QStringLiteral("id"), 50}, {QStringLiteral("source_url"), QStringLiteral("https://blog.example/wp-content/uploads/poster.png")},
                            {QStringLiteral("mime_type"), QStringLiteral("image/png")}, {QStringLiteral("alt_text"), QStringLiteral("Poster")},
                            {QStringLiteral("title"), QJsonObject {{QStringLiteral("raw"), QStringLiteral("poster")}}}, {QStringLiteral("post"), 0},
                            {QStringLiteral("modified_gmt"), QStringLiteral("2026-01-01T10:00:00")}}};
    m_users = {QJsonObject {{QStringLiteral("id"), 1}, {QStringLiteral("name"), QStringLiteral("Admin")}, {QStringLiteral("slug"), QStringLiteral("admin")}}};
}

void FakeWordPress::addPosts(int count, const QDateTime& modified)
{
    const qint64 first = m_posts.isEmpty() ? 1 : m_posts.lastKey() + 1;
    for (qint64 id = first; id < first + count; ++id) {
        const QString stamp = modified.addSecs(id).toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        m_posts.insert(id, QJsonObject {
            {QStringLiteral("id"), id},
            {QStringLiteral("title"), QJsonObject {{QStringLiteral("raw"), QStringLiteral("Review %1").arg(id)}}},
            {QStringLiteral("slug"), QStringLiteral("review-%1").arg(id)},
            {QStringLiteral("excerpt"), QJsonObject {{QStringLiteral("raw"), QString()}}},
            {QStringLiteral("content"), QJsonObject {{QStringLiteral("raw"), QStringLiteral("<p>Text of review %1.</p>").arg(id)}}},
            {QStringLiteral("status"), id % 5 == 0 ? QStringLiteral("draft") : QStringLiteral("publish")},
            {QStringLiteral("date_gmt"), stamp},
            {QStringLiteral("modified_gmt"), stamp},
            {QStringLiteral("link"), QStringLiteral("https://blog.example/review-%1/").arg(id)},
            {QStringLiteral("comment_status"), QStringLiteral("open")},
            {QStringLiteral("ping_status"), QStringLiteral("closed")},
            {QStringLiteral("featured_media"), 0},
            {QStringLiteral("author"), 1},
            {QStringLiteral("categories"), QJsonArray {1, 2}},
            {QStringLiteral("tags"), QJsonArray {10}},
        });
    }
}

void FakeWordPress::editPost(qint64 id, const QString& content, const QDateTime& modified)
{
    QJsonObject& post = m_posts[id];
    post.insert(QStringLiteral("content"), QJsonObject {{QStringLiteral("raw"), content}});
    post.insert(QStringLiteral("modified_gmt"), modified.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
}

FakeNetworkAccessManager* FakeWordPress::makeNetwork()
{
    return new FakeNetworkAccessManager([this](const FakeRequest& request) {
        requested.append(request.url);
        ++m_inFlight;
        maxConcurrent = std::max(maxConcurrent, m_inFlight);
        // Requests are answered after delayMs; count them as in flight until then.
        // Count it finished just before the answer goes out (same interval timers may fire in any order).
        QTimer::singleShot(std::max(0, delayMs - 2), Qt::PreciseTimer, [this] { --m_inFlight; });
        if (fault) {
            if (auto overridden = fault(request)) {
                overridden->delayMs = std::max(overridden->delayMs, delayMs);
                return *overridden;
            }
        }
        FakeResponse response = answer(request);
        response.delayMs = delayMs;
        return response;
    });
}

FakeResponse FakeWordPress::page(const QList<QJsonObject>& items, const QUrlQuery& query, bool posts)
{
    const int perPage = std::clamp(query.queryItemValue(QStringLiteral("per_page")).toInt(), 1, 100);
    const int pageNumber = std::max(1, query.queryItemValue(QStringLiteral("page")).toInt());
    const int total = int(items.size());
    const int totalPages = (total + perPage - 1) / perPage;
    if (posts && pageNumber > std::max(totalPages, 1)) {
        return FakeResponse::json(R"({"code":"rest_post_invalid_page_number","message":"The page number requested is larger than the number of pages available.","data":{"status":400}})", 400);
    }
    QJsonArray array;
    for (int i = (pageNumber - 1) * perPage; i < std::min(total, pageNumber * perPage); ++i) {
        array.append(items.at(i));
    }
    FakeResponse response = FakeResponse::json(QJsonDocument(array).toJson(QJsonDocument::Compact));
    response.header("X-WP-Total", QByteArray::number(total));
    response.header("X-WP-TotalPages", QByteArray::number(totalPages));
    return response;
}

FakeResponse FakeWordPress::answer(const FakeRequest& request)
{
    const QUrlQuery query(request.url);
    QString route = query.queryItemValue(QStringLiteral("rest_route"));
    const QString path = request.url.path();
    if (route.isEmpty() && path.startsWith(QLatin1String("/wp-json"))) {
        if (!prettyPermalinks) {
            return FakeResponse {404, "<html>Not found</html>", {{"Content-Type", "text/html"}}};
        }
        route = path.mid(int(qstrlen("/wp-json")));
    }
    if (route.isEmpty()) {
        FakeResponse html {200, "<html><head><title>Blog</title></head></html>", {{"Content-Type", "text/html"}}};
        if (linkHeader) {
            const QString root = prettyPermalinks ? QStringLiteral("https://blog.example/wp-json/") : QStringLiteral("https://blog.example/?rest_route=/");
            html.header("Link", QStringLiteral("<%1>; rel=\"https://api.w.org/\"").arg(root).toUtf8());
        }
        return html;
    }
    if (route == QLatin1String("/") || route.isEmpty()) {
        return FakeResponse::json(R"({"name":"Fake Blog","description":"","namespaces":["wp/v2"],"authentication":{"application-passwords":{"endpoints":{"authorization":"https://blog.example/wp-admin/authorize-application.php"}}}})");
    }
    if (request.authorization.isEmpty() && route != QLatin1String("/wp/v2/categories") && route != QLatin1String("/wp/v2/tags")) {
        return FakeResponse::json(R"({"code":"rest_not_logged_in","message":"You are not currently logged in.","data":{"status":401}})", 401);
    }
    if (route == QLatin1String("/wp/v2/users/me")) {
        return FakeResponse::json(R"({"id":1,"name":"Admin","slug":"admin","roles":["administrator"]})");
    }
    if (route == QLatin1String("/wp/v2/posts") && request.method == "POST") {
        const QJsonObject fields = QJsonDocument::fromJson(request.body).object();
        addPosts(1);
        QJsonObject& post = m_posts.last();
        post.insert(QStringLiteral("title"), QJsonObject {{QStringLiteral("raw"), fields.value(QStringLiteral("title")).toString()}});
        post.insert(QStringLiteral("content"), QJsonObject {{QStringLiteral("raw"), fields.value(QStringLiteral("content")).toString()}});
        post.insert(QStringLiteral("slug"), fields.value(QStringLiteral("slug")).toString());
        post.insert(QStringLiteral("status"), fields.value(QStringLiteral("status")).toString());
        post.insert(QStringLiteral("link"), QStringLiteral("https://blog.example/%1/").arg(fields.value(QStringLiteral("slug")).toString()));
        return FakeResponse::json(QJsonDocument(post).toJson(QJsonDocument::Compact), 201);
    }
    if (route == QLatin1String("/wp/v2/posts") && query.hasQueryItem(QStringLiteral("slug"))) {
        QJsonArray found;
        for (const QJsonObject& post : std::as_const(m_posts)) {
            if (post.value(QStringLiteral("slug")).toString() == query.queryItemValue(QStringLiteral("slug"))) {
                found.append(post);
            }
        }
        return FakeResponse::json(QJsonDocument(found).toJson(QJsonDocument::Compact));
    }
    if (route == QLatin1String("/wp/v2/media") && query.hasQueryItem(QStringLiteral("search"))) {
        return FakeResponse::json("[]");
    }
    if (route == QLatin1String("/wp/v2/posts")) {
        QList<QJsonObject> items;
        const QDateTime after = QDateTime::fromString(query.queryItemValue(QStringLiteral("modified_after")), Qt::ISODate);
        for (const QJsonObject& post : std::as_const(m_posts)) {
            const QDateTime modified = QDateTime::fromString(post.value(QStringLiteral("modified_gmt")).toString() + QLatin1Char('Z'), Qt::ISODate);
            if (!after.isValid() || modified > after) {
                items.append(post);
            }
        }
        std::sort(items.begin(), items.end(), [](const QJsonObject& a, const QJsonObject& b) {
            return a.value(QStringLiteral("modified_gmt")).toString() < b.value(QStringLiteral("modified_gmt")).toString();
        });
        return page(items, query, true);
    }
    if (route == QLatin1String("/wp/v2/categories")) {
        return page(m_categories, query, false);
    }
    if (route == QLatin1String("/wp/v2/tags")) {
        return page(m_tags, query, false);
    }
    if (route == QLatin1String("/wp/v2/media")) {
        return page(m_media, query, false);
    }
    if (route == QLatin1String("/wp/v2/users")) {
        return page(m_users, query, false);
    }
    return FakeResponse::json(R"({"code":"rest_no_route","message":"No route was found matching the URL and request method.","data":{"status":404}})", 404);
}

} // namespace longhand::test
