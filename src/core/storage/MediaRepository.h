#pragma once

#include "core/Error.h"
#include "core/domain/MediaItem.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace longhand {

class Database;

// The blogs' media libraries in the cache (filled by the sync's media pull and by Publisher's uploads).
class MediaRepository final
{
public:
    explicit MediaRepository(Database& database);

    // A page of the library, newest upload first (then highest id). Indexed by (site, upload date); the search
    // is a scan of one blog's rows, a few milliseconds for thousands.
    Result<QList<MediaItem>> list(const MediaFilter& filter);
    // How many items the filter matches (without limit and offset).
    Result<int> count(const MediaFilter& filter);
    // The blog's items at these addresses (full file or small copy), by address: what a review links to.
    Result<QHash<QString, MediaItem>> findBySourceUrls(qint64 siteId, const QStringList& urls);
    Result<std::optional<MediaItem>> find(qint64 siteId, qint64 remoteId);

private:
    Database& m_database;
};

// "%term%" for LIKE … ESCAPE '\': the writer's % and _ are meant literally.
QString likePattern(const QString& text);

} // namespace longhand
