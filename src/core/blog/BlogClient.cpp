#include "core/blog/BlogClient.h"

#include <QJsonArray>

#include <algorithm>

namespace longhand {

namespace {

QJsonArray idArray(const QList<qint64>& ids)
{
    QJsonArray array;
    for (const qint64 id : ids) {
        array.append(id);
    }
    return array;
}

QList<qint64> idList(const QJsonValue& value)
{
    QList<qint64> ids;
    for (const QJsonValue& v : value.toArray()) {
        ids.append(v.toInteger());
    }
    return ids;
}

QString openOrClosed(bool open)
{
    return open ? QStringLiteral("open") : QStringLiteral("closed");
}

} // namespace

BlogClient::~BlogClient() = default;

bool PostChanges::isEmpty() const
{
    return !title && !excerpt && !content && !slug && !status && !dateGmt && !commentsOpen && !pingsOpen && !categories
           && !tags && !featuredMedia;
}

QJsonObject PostChanges::toShownFields() const
{
    QJsonObject fields;
    if (title) {
        fields.insert(QStringLiteral("title"), *title);
    }
    if (excerpt) {
        fields.insert(QStringLiteral("excerpt"), *excerpt);
    }
    if (slug) {
        fields.insert(QStringLiteral("slug"), *slug);
    }
    if (status) {
        fields.insert(QStringLiteral("status"), *status);
    }
    if (dateGmt) {
        fields.insert(QStringLiteral("date_gmt"), formatWpGmt(*dateGmt));
    }
    if (commentsOpen) {
        fields.insert(QStringLiteral("comment_status"), openOrClosed(*commentsOpen));
    }
    if (pingsOpen) {
        fields.insert(QStringLiteral("ping_status"), openOrClosed(*pingsOpen));
    }
    if (categories) {
        fields.insert(QStringLiteral("categories"), idArray(*categories));
    }
    if (tags) {
        fields.insert(QStringLiteral("tags"), idArray(*tags));
    }
    if (featuredMedia) {
        fields.insert(QStringLiteral("featured_media"), *featuredMedia);
    }
    return fields;
}

PostChanges PostChanges::fromShownFields(const QJsonObject& fields)
{
    PostChanges changes;
    const auto text = [&fields](const char* key) -> std::optional<QString> {
        const QString name = QString::fromLatin1(key);
        return fields.contains(name) ? std::optional<QString>(fields.value(name).toString()) : std::nullopt;
    };
    changes.title = text("title");
    changes.excerpt = text("excerpt");
    changes.slug = text("slug");
    changes.status = text("status");
    if (const auto date = text("date_gmt")) {
        changes.dateGmt = parseWpGmt(*date);
    }
    if (const auto comments = text("comment_status")) {
        changes.commentsOpen = *comments == QLatin1String("open");
    }
    if (const auto pings = text("ping_status")) {
        changes.pingsOpen = *pings == QLatin1String("open");
    }
    if (fields.contains(QStringLiteral("categories"))) {
        changes.categories = idList(fields.value(QStringLiteral("categories")));
    }
    if (fields.contains(QStringLiteral("tags"))) {
        changes.tags = idList(fields.value(QStringLiteral("tags")));
    }
    if (fields.contains(QStringLiteral("featured_media"))) {
        changes.featuredMedia = fields.value(QStringLiteral("featured_media")).toInteger();
    }
    return changes;
}

PostChanges PostChanges::changedFrom(const PostChanges& wanted, const QJsonObject& base)
{
    const auto sameIds = [](const QJsonValue& a, const QJsonValue& b) {
        QList<qint64> left = idList(a);
        QList<qint64> right = idList(b);
        std::sort(left.begin(), left.end());
        std::sort(right.begin(), right.end());
        return left == right;
    };
    const QJsonObject all = wanted.toShownFields();
    QJsonObject changed;
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        if (!base.contains(it.key())) {
            changed.insert(it.key(), it.value());
            continue;
        }
        const QJsonValue was = base.value(it.key());
        const bool same = it.value().isArray() ? sameIds(it.value(), was)
                          : it.value().isDouble() ? it.value().toInteger() == was.toInteger()
                                                  : it.value().toString() == was.toString();
        if (!same) {
            changed.insert(it.key(), it.value());
        }
    }
    return fromShownFields(changed);
}

} // namespace longhand
