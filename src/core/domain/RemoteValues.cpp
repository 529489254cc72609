#include "core/domain/RemoteValues.h"

#include <QJsonArray>

namespace longhand {

QJsonObject postShownFields(const RemotePost& post)
{
    const auto ids = [](const QList<qint64>& list) {
        QJsonArray array;
        for (const qint64 id : list) {
            array.append(id);
        }
        return array;
    };
    QJsonObject fields {
        {QStringLiteral("title"), post.title},
        {QStringLiteral("excerpt"), post.excerpt},
        {QStringLiteral("slug"), post.slug},
        {QStringLiteral("status"), post.status},
        {QStringLiteral("date_gmt"), post.dateGmt.isValid() ? formatWpGmt(post.dateGmt) : QString()},
        {QStringLiteral("comment_status"), post.commentsOpen ? QStringLiteral("open") : QStringLiteral("closed")},
        {QStringLiteral("ping_status"), post.pingsOpen ? QStringLiteral("open") : QStringLiteral("closed")},
        {QStringLiteral("categories"), ids(post.categories)},
        {QStringLiteral("tags"), ids(post.tags)},
        {QStringLiteral("featured_media"), post.featuredMedia},
        {QStringLiteral("format"), post.format},
        {QStringLiteral("sticky"), post.sticky},
        {QStringLiteral("password"), post.password},
        {QStringLiteral("author"), post.author},
        {QStringLiteral("meta"), post.meta},
    };
    if (post.type == QLatin1String("page")) {
        // A page's place (schema 13); the template only when the backend could read it.
        fields.insert(QStringLiteral("parent"), post.parent);
        fields.insert(QStringLiteral("menu_order"), post.menuOrder);
        if (post.pageTemplate) {
            fields.insert(QStringLiteral("template"), *post.pageTemplate);
        }
    }
    return fields;
}

QDateTime parseWpGmt(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (time.isValid()) {
        time.setTimeSpec(Qt::UTC);
    }
    return time;
}

QString formatWpGmt(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

} // namespace longhand
