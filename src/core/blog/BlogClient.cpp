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

// The fields schema 11 added to the shown ones: a base stored before it lacks them (see changedFrom).
bool isPostOption(const QString& key)
{
    return key == QLatin1String("format") || key == QLatin1String("sticky") || key == QLatin1String("password")
           || key == QLatin1String("author") || key == QLatin1String("meta") || key == QLatin1String("parent")
           || key == QLatin1String("menu_order") || key == QLatin1String("template");
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
           && !tags && !featuredMedia && !format && !sticky && !password && !author && !meta
           && !parent && !menuOrder && !pageTemplate;
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
    if (format) {
        fields.insert(QStringLiteral("format"), *format);
    }
    if (sticky) {
        fields.insert(QStringLiteral("sticky"), *sticky);
    }
    if (password) {
        fields.insert(QStringLiteral("password"), *password);
    }
    if (author) {
        fields.insert(QStringLiteral("author"), *author);
    }
    if (meta) {
        fields.insert(QStringLiteral("meta"), *meta);
    }
    if (parent) {
        fields.insert(QStringLiteral("parent"), *parent);
    }
    if (menuOrder) {
        fields.insert(QStringLiteral("menu_order"), *menuOrder);
    }
    if (pageTemplate) {
        fields.insert(QStringLiteral("template"), *pageTemplate);
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
    changes.format = text("format");
    if (fields.contains(QStringLiteral("sticky"))) {
        changes.sticky = fields.value(QStringLiteral("sticky")).toBool();
    }
    changes.password = text("password");
    if (fields.contains(QStringLiteral("author"))) {
        changes.author = fields.value(QStringLiteral("author")).toInteger();
    }
    if (fields.contains(QStringLiteral("meta"))) {
        changes.meta = fields.value(QStringLiteral("meta")).toObject();
    }
    if (fields.contains(QStringLiteral("parent"))) {
        changes.parent = fields.value(QStringLiteral("parent")).toInteger();
    }
    if (fields.contains(QStringLiteral("menu_order"))) {
        changes.menuOrder = fields.value(QStringLiteral("menu_order")).toInt();
    }
    changes.pageTemplate = text("template");
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
            if (!isPostOption(it.key())) {
                changed.insert(it.key(), it.value());
            }
            continue;
        }
        const QJsonValue was = base.value(it.key());
        if (it.value().isObject()) { // meta: the keys whose value differs; a key only the base has is never deleted
            const QJsonObject before = was.toObject();
            const QJsonObject now = it.value().toObject();
            QJsonObject keys;
            for (auto key = now.constBegin(); key != now.constEnd(); ++key) {
                if (!before.contains(key.key()) || before.value(key.key()) != key.value()) {
                    keys.insert(key.key(), key.value());
                }
            }
            if (!keys.isEmpty()) {
                changed.insert(it.key(), keys);
            }
            continue;
        }
        const bool same = it.value().isArray()  ? sameIds(it.value(), was)
                          : it.value().isDouble() ? it.value().toInteger() == was.toInteger()
                          : it.value().isBool()   ? it.value().toBool() == was.toBool()
                                                  : it.value().toString() == was.toString();
        if (!same) {
            changed.insert(it.key(), it.value());
        }
    }
    PostChanges result = fromShownFields(changed);
    result.type = wanted.type;
    return result;
}

} // namespace longhand
