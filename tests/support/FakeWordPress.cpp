#include "support/FakeWordPress.h"

#include <QLocale>

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

void FakeWordPress::addComments(int count, qint64 postId, const QString& status, const QDateTime& date)
{
    const qint64 first = m_comments.isEmpty() ? 1 : m_comments.lastKey() + 1;
    for (qint64 id = first; id < first + count; ++id) {
        m_comments.insert(id, QJsonObject {
            {QStringLiteral("id"), id},
            {QStringLiteral("post"), postId},
            {QStringLiteral("parent"), 0},
            {QStringLiteral("author"), 0},
            {QStringLiteral("author_name"), QStringLiteral("Reader %1").arg(id)},
            {QStringLiteral("author_email"), QStringLiteral("reader%1@example.org").arg(id)},
            {QStringLiteral("author_url"), QString()},
            {QStringLiteral("author_ip"), QStringLiteral("192.0.2.%1").arg(id % 250)},
            {QStringLiteral("author_user_agent"), QStringLiteral("Test/1.0")},
            {QStringLiteral("date_gmt"), date.addSecs(60 * id).toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
            {QStringLiteral("content"), QJsonObject {{QStringLiteral("raw"), QStringLiteral("Comment number %1 on the film.").arg(id)}}},
            {QStringLiteral("status"), status},
        });
    }
}

void FakeWordPress::addPage(qint64 id, const QString& title)
{
    m_hasPages = true;
    const QString stamp = QStringLiteral("2026-01-01T09:00:00");
    m_pages.insert(id, QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("type"), QStringLiteral("page")},
        {QStringLiteral("title"), QJsonObject {{QStringLiteral("raw"), title}}},
        {QStringLiteral("slug"), title.toLower()},
        {QStringLiteral("excerpt"), QJsonObject {{QStringLiteral("raw"), QString()}}},
        {QStringLiteral("content"), QJsonObject {{QStringLiteral("raw"), QStringLiteral("<p>%1.</p>").arg(title)}}},
        {QStringLiteral("status"), QStringLiteral("publish")},
        {QStringLiteral("date_gmt"), stamp},
        {QStringLiteral("modified_gmt"), stamp},
        {QStringLiteral("link"), QStringLiteral("https://blog.example/%1/").arg(title.toLower())},
        {QStringLiteral("comment_status"), QStringLiteral("closed")},
        {QStringLiteral("ping_status"), QStringLiteral("closed")},
        {QStringLiteral("featured_media"), 0},
        {QStringLiteral("author"), 1},
        {QStringLiteral("parent"), 0},
        {QStringLiteral("menu_order"), 0},
        {QStringLiteral("template"), QString()},
    });
}

FakeResponse FakeWordPress::comments(const FakeRequest& request, const QString& route, const QUrlQuery& query)
{
    const auto notFound = [] {
        return FakeResponse::json(R"({"code":"rest_comment_invalid_id","message":"Invalid comment ID.","data":{"status":404}})", 404);
    };
    const QString tail = route.mid(int(qstrlen("/wp/v2/comments")));
    if (tail.isEmpty() && request.method == "POST") {
        const QJsonObject fields = QJsonDocument::fromJson(request.body).object();
        const QString content = fields.value(QStringLiteral("content")).toString();
        for (const QJsonObject& existing : std::as_const(m_comments)) {
            if (existing.value(QStringLiteral("author")).toInteger() == 1
                && existing.value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString() == content) {
                return FakeResponse::json(R"({"code":"comment_duplicate","message":"Duplicate comment detected; it looks as though you have already said that!","data":{"status":409}})", 409);
            }
        }
        addComments(1, fields.value(QStringLiteral("post")).toInteger(), QStringLiteral("approved"));
        QJsonObject& created = m_comments.last();
        created.insert(QStringLiteral("date_gmt"), QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
        created.insert(QStringLiteral("parent"), fields.value(QStringLiteral("parent")).toInteger());
        created.insert(QStringLiteral("author"), 1);
        created.insert(QStringLiteral("author_name"), QStringLiteral("Admin"));
        created.insert(QStringLiteral("content"), QJsonObject {{QStringLiteral("raw"), content}});
        return FakeResponse::json(QJsonDocument(created).toJson(QJsonDocument::Compact), 201);
    }
    if (!tail.isEmpty()) {
        const qint64 id = tail.mid(1).toLongLong();
        if (!m_comments.contains(id)) {
            return notFound();
        }
        QJsonObject& comment = m_comments[id];
        if (request.method == "DELETE") {
            if (query.queryItemValue(QStringLiteral("force")) == QLatin1String("true")) {
                m_comments.remove(id);
                return FakeResponse::json(R"({"deleted":true})");
            }
            comment.insert(QStringLiteral("status"), QStringLiteral("trash"));
            return FakeResponse::json(QJsonDocument(comment).toJson(QJsonDocument::Compact));
        }
        if (request.method == "POST") {
            const QJsonObject fields = QJsonDocument::fromJson(request.body).object();
            if (fields.contains(QStringLiteral("status"))) {
                QString status = fields.value(QStringLiteral("status")).toString();
                comment.insert(QStringLiteral("status"), status == QLatin1String("approve") ? QStringLiteral("approved") : status);
            }
            if (fields.contains(QStringLiteral("content"))) {
                comment.insert(QStringLiteral("content"), QJsonObject {{QStringLiteral("raw"), fields.value(QStringLiteral("content")).toString()}});
            }
            for (const char* key : {"author_name", "author_email", "author_url"}) {
                if (fields.contains(QLatin1String(key))) {
                    comment.insert(QLatin1String(key), fields.value(QLatin1String(key)).toString());
                }
            }
        }
        return FakeResponse::json(QJsonDocument(comment).toJson(QJsonDocument::Compact));
    }
    const QString status = query.queryItemValue(QStringLiteral("status"));
    const QDateTime after = QDateTime::fromString(query.queryItemValue(QStringLiteral("after")), Qt::ISODate);
    QSet<qint64> include;
    for (const QString& id : query.queryItemValue(QStringLiteral("include")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        include.insert(id.toLongLong());
    }
    QList<QJsonObject> items;
    for (const QJsonObject& comment : std::as_const(m_comments)) {
        const QString itemStatus = comment.value(QStringLiteral("status")).toString();
        const bool statusMatches = status == QLatin1String("any") || (status.isEmpty() && itemStatus == QLatin1String("approved"))
            || status == itemStatus || (status == QLatin1String("approve") && itemStatus == QLatin1String("approved"))
            || (status == QLatin1String("all") && (itemStatus == QLatin1String("approved") || itemStatus == QLatin1String("hold")));
        const QDateTime date = QDateTime::fromString(comment.value(QStringLiteral("date_gmt")).toString() + QLatin1Char('Z'), Qt::ISODate);
        // As WordPress: type=comment unless asked; "all" lists every type.
        const QString type = query.hasQueryItem(QStringLiteral("type")) ? query.queryItemValue(QStringLiteral("type")) : QStringLiteral("comment");
        const QString itemType = comment.value(QStringLiteral("type")).toString(QStringLiteral("comment"));
        if (type != QLatin1String("all") && type != itemType) {
            continue;
        }
        if (!statusMatches || (after.isValid() && date <= after)
            || (!include.isEmpty() && !include.contains(comment.value(QStringLiteral("id")).toInteger()))
            || (query.hasQueryItem(QStringLiteral("parent"))
                && comment.value(QStringLiteral("parent")).toInteger() != query.queryItemValue(QStringLiteral("parent")).toLongLong())
            || (query.hasQueryItem(QStringLiteral("post"))
                && comment.value(QStringLiteral("post")).toInteger() != query.queryItemValue(QStringLiteral("post")).toLongLong())) {
            continue;
        }
        items.append(comment);
    }
    if (query.queryItemValue(QStringLiteral("orderby")) == QLatin1String("date_gmt")) {
        std::stable_sort(items.begin(), items.end(), [](const QJsonObject& a, const QJsonObject& b) {
            return a.value(QStringLiteral("date_gmt")).toString() < b.value(QStringLiteral("date_gmt")).toString();
        });
    }
    if (query.queryItemValue(QStringLiteral("order")) == QLatin1String("desc")) {
        std::reverse(items.begin(), items.end());
    }
    return page(items, query, false);
}

FakeNetworkAccessManager* FakeWordPress::makeNetwork()
{
    return new FakeNetworkAccessManager([this](const FakeRequest& request) {
        requested.append(request.url);
        ++m_inFlight;
        maxConcurrent = std::max(maxConcurrent, m_inFlight);
        // Requests are answered after delayMs; count them as in flight until then.
        // Count it finished just before the answer goes out (same interval timers may fire in any order).
        QTimer::singleShot(std::max(0, delayMs - 2), Qt::PreciseTimer, &m_timers, [this] { --m_inFlight; });
        if (fault) {
            if (auto overridden = fault(request)) {
                overridden->delayMs = std::max(overridden->delayMs, delayMs);
                return *overridden;
            }
        }
        FakeResponse response = answer(request);
        response.delayMs = delayMs;
        if (serverTime.isValid()) {
            response.header("Date", QLocale::c().toString(serverTime.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1());
        }
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

FakeResponse FakeWordPress::singlePost(const FakeRequest& request, const QString& route)
{
    const qint64 id = route.section(QLatin1Char('/'), -1).toLongLong();
    if (!m_posts.contains(id)) {
        return FakeResponse::json(R"({"code":"rest_post_invalid_id","message":"Invalid post ID.","data":{"status":404}})", 404);
    }
    QJsonObject& post = m_posts[id];
    if (request.method == "POST") {
        const QJsonObject fields = QJsonDocument::fromJson(request.body).object();
        if (fields.contains(QStringLiteral("title"))) {
            post.insert(QStringLiteral("title"), QJsonObject {{QStringLiteral("raw"), fields.value(QStringLiteral("title")).toString()}});
        }
        if (fields.contains(QStringLiteral("content"))) {
            post.insert(QStringLiteral("content"), QJsonObject {{QStringLiteral("raw"), fields.value(QStringLiteral("content")).toString()}});
        }
        if (fields.contains(QStringLiteral("status"))) {
            post.insert(QStringLiteral("status"), fields.value(QStringLiteral("status")).toString());
        }
    }
    return FakeResponse::json(QJsonDocument(post).toJson(QJsonDocument::Compact));
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
        QJsonObject index = QJsonDocument::fromJson(
            R"({"name":"Fake Blog","description":"","namespaces":["wp/v2"],"authentication":{"application-passwords":{"endpoints":{"authorization":"https://blog.example/wp-admin/authorize-application.php"}}}})")
                                .object();
        index.insert(QStringLiteral("gmt_offset"), gmtOffset);
        index.insert(QStringLiteral("timezone_string"), timeZone);
        return FakeResponse::json(QJsonDocument(index).toJson(QJsonDocument::Compact));
    }
    if (request.authorization.isEmpty() && route != QLatin1String("/wp/v2/categories") && route != QLatin1String("/wp/v2/tags")) {
        return FakeResponse::json(R"({"code":"rest_not_logged_in","message":"You are not currently logged in.","data":{"status":401}})", 401);
    }
    if (route == QLatin1String("/wp/v2/users/me")) {
        const QJsonObject me {{QStringLiteral("id"), 1}, {QStringLiteral("name"), QStringLiteral("Admin")},
                              {QStringLiteral("slug"), QStringLiteral("admin")}, {QStringLiteral("roles"), QJsonArray::fromStringList(roles)}};
        return FakeResponse::json(QJsonDocument(me).toJson(QJsonDocument::Compact));
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
            // A trashed post is not in status=any (and WordPress renames its slug to slug__trashed).
            if (post.value(QStringLiteral("slug")).toString() == query.queryItemValue(QStringLiteral("slug"))
                && post.value(QStringLiteral("status")).toString() != QLatin1String("trash")) {
                found.append(post);
            }
        }
        return FakeResponse::json(QJsonDocument(found).toJson(QJsonDocument::Compact));
    }
    if (route == QLatin1String("/wp/v2/media") && query.hasQueryItem(QStringLiteral("search"))) {
        return FakeResponse::json("[]");
    }
    if (route.startsWith(QLatin1String("/wp/v2/posts/"))) {
        return singlePost(request, route);
    }
    if (route == QLatin1String("/wp/v2/posts")) {
        QList<QJsonObject> items;
        const QDateTime after = QDateTime::fromString(query.queryItemValue(QStringLiteral("modified_after")), Qt::ISODate);
        // status=any is every status but the trash; no status means published only.
        const QString status = query.queryItemValue(QStringLiteral("status"));
        QSet<qint64> include;
        for (const QString& id : query.queryItemValue(QStringLiteral("include")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            include.insert(id.toLongLong());
        }
        for (const QJsonObject& post : std::as_const(m_posts)) {
            const QDateTime modified = QDateTime::fromString(post.value(QStringLiteral("modified_gmt")).toString() + QLatin1Char('Z'), Qt::ISODate);
            const QString itemStatus = post.value(QStringLiteral("status")).toString();
            const bool statusMatches = status == QLatin1String("any") ? itemStatus != QLatin1String("trash")
                                                                      : itemStatus == (status.isEmpty() ? QStringLiteral("publish") : status);
            if (statusMatches && (!after.isValid() || modified > after)
                && (include.isEmpty() || include.contains(post.value(QStringLiteral("id")).toInteger()))) {
                items.append(post);
            }
        }
        std::stable_sort(items.begin(), items.end(), [](const QJsonObject& a, const QJsonObject& b) {
            return a.value(QStringLiteral("modified_gmt")).toString() < b.value(QStringLiteral("modified_gmt")).toString();
        });
        if (query.queryItemValue(QStringLiteral("order")) == QLatin1String("desc")) {
            std::reverse(items.begin(), items.end());
        }
        return page(items, query, true);
    }
    if (route.startsWith(QLatin1String("/wp/v2/comments"))) {
        return comments(request, route, query);
    }
    if (m_hasPages && route.startsWith(QLatin1String("/wp/v2/pages/")) && request.method == "GET") {
        const qint64 id = route.section(QLatin1Char('/'), -1).toLongLong();
        if (!m_pages.contains(id)) {
            return FakeResponse::json(R"({"code":"rest_post_invalid_id","message":"Invalid post ID.","data":{"status":404}})", 404);
        }
        return FakeResponse::json(QJsonDocument(m_pages.value(id)).toJson(QJsonDocument::Compact));
    }
    if (m_hasPages && route == QLatin1String("/wp/v2/pages")) {
        // By id, status=any: every status but the trash.
        QList<QJsonObject> items;
        for (const QJsonObject& page : std::as_const(m_pages)) {
            if (page.value(QStringLiteral("status")).toString() != QLatin1String("trash")) {
                items.append(page);
            }
        }
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
