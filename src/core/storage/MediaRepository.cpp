#include "core/storage/MediaRepository.h"

#include "core/Clock.h"
#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>

namespace longhand {

namespace {

constexpr auto kColumns = "site_id, remote_id, title, source_url, alt_text, mime_type, thumbnail_url, width, height, uploaded_gmt";

MediaItem itemFrom(const QSqlQuery& q)
{
    MediaItem item;
    item.siteId = q.value(0).toLongLong();
    item.remoteId = q.value(1).toLongLong();
    item.title = q.value(2).toString();
    item.sourceUrl = q.value(3).toString();
    item.fileName = item.sourceUrl.section(QLatin1Char('/'), -1);
    item.altText = q.value(4).toString();
    item.mimeType = q.value(5).toString();
    item.thumbnailUrl = q.value(6).toString();
    item.width = q.value(7).toInt();
    item.height = q.value(8).toInt();
    item.uploadedGmt = fromStorageTime(q.value(9).toString());
    return item;
}

// The WHERE clause of a filter and its values, in order.
std::pair<QString, QVariantList> whereOf(const MediaFilter& filter)
{
    QStringList conditions {QStringLiteral("remote_id IS NOT NULL"), QStringLiteral("remote_id > 0")};
    QVariantList values;
    if (filter.siteId > 0) {
        conditions.append(QStringLiteral("site_id = ?"));
        values.append(filter.siteId);
    }
    if (filter.imagesOnly) {
        conditions.append(QStringLiteral("mime_type LIKE 'image/%'"));
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        // The file name is the address's last part; matching the whole address would find every item by its host.
        conditions.append(QStringLiteral("(title LIKE ?1x ESCAPE '\\' OR alt_text LIKE ?1x ESCAPE '\\' "
                                         "OR replace(source_url, rtrim(source_url, replace(source_url, '/', '')), '') LIKE ?1x ESCAPE '\\')"));
        const QString pattern = likePattern(search);
        values.append(pattern);
        values.append(pattern);
        values.append(pattern);
    }
    if (filter.from.isValid()) {
        conditions.append(QStringLiteral("uploaded_gmt >= ?"));
        values.append(toStorageTime(QDateTime(filter.from, QTime(0, 0), Qt::UTC)));
    }
    if (filter.to.isValid()) {
        conditions.append(QStringLiteral("uploaded_gmt < ?"));
        values.append(toStorageTime(QDateTime(filter.to.addDays(1), QTime(0, 0), Qt::UTC)));
    }
    QString where = conditions.join(QStringLiteral(" AND "));
    where.replace(QStringLiteral("?1x"), QStringLiteral("?"));
    return {where, values};
}

} // namespace

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

MediaRepository::MediaRepository(Database& database)
    : m_database(database)
{
}

Result<QList<MediaItem>> MediaRepository::list(const MediaFilter& filter)
{
    const auto [where, values] = whereOf(filter);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM media WHERE %2 ORDER BY uploaded_gmt IS NULL, uploaded_gmt DESC, remote_id DESC "
                             "LIMIT ? OFFSET ?")
                  .arg(QLatin1String(kColumns), where));
    for (const QVariant& value : values) {
        q.addBindValue(value);
    }
    q.addBindValue(std::clamp(filter.limit, 1, 1000));
    q.addBindValue(std::max(0, filter.offset));
    if (!q.exec()) {
        return databaseError(QStringLiteral("list media"), q.lastError().text());
    }
    QList<MediaItem> items;
    while (q.next()) {
        items.append(itemFrom(q));
    }
    return items;
}

Result<int> MediaRepository::count(const MediaFilter& filter)
{
    const auto [where, values] = whereOf(filter);
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM media WHERE %1").arg(where));
    for (const QVariant& value : values) {
        q.addBindValue(value);
    }
    if (!q.exec() || !q.next()) {
        return databaseError(QStringLiteral("count media"), q.lastError().text());
    }
    return q.value(0).toInt();
}

Result<QHash<QString, MediaItem>> MediaRepository::findBySourceUrls(qint64 siteId, const QStringList& urls)
{
    QHash<QString, MediaItem> found;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM media WHERE site_id = ? AND source_url = ? AND remote_id > 0 LIMIT 1")
                  .arg(QLatin1String(kColumns)));
    for (const QString& url : urls) {
        if (url.isEmpty() || found.contains(url)) {
            continue;
        }
        q.addBindValue(siteId);
        q.addBindValue(url);
        if (!q.exec()) {
            return databaseError(QStringLiteral("find media"), q.lastError().text());
        }
        if (q.next()) {
            found.insert(url, itemFrom(q));
        }
    }
    return found;
}

Result<std::optional<MediaItem>> MediaRepository::find(qint64 siteId, qint64 remoteId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM media WHERE site_id = ? AND remote_id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(siteId);
    q.addBindValue(remoteId);
    if (!q.exec()) {
        return databaseError(QStringLiteral("find media"), q.lastError().text());
    }
    if (!q.next()) {
        return std::optional<MediaItem> {};
    }
    return std::optional<MediaItem>(itemFrom(q));
}

} // namespace longhand
