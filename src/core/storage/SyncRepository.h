#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/domain/RemoteValues.h"

#include <QHash>
#include <QList>

#include <memory>

namespace longhand {

class Database;

struct SyncState
{
    QDateTime highWater;  // newest modified_gmt fully pulled
    QDateTime runAfter;   // the modified_after of an interrupted run
    int nextPage = 0;     // 0: no run in progress
    int totalPages = 0;
};

struct UpsertCounts
{
    int inserted = 0;
    int updated = 0;
    int keptLocal = 0; // the local copy has unpushed edits: the server version is kept beside it
    int older = 0;     // older than the copy already stored: skipped
};

// Writes what a pull brings into the cache, one page per transaction. Never overwrites local
// edits: a post with unpushed changes only gets its remote_* columns updated.
class SyncRepository final
{
public:
    explicit SyncRepository(Database& database, std::shared_ptr<Clock> clock = Clock::system());

    Result<UpsertCounts> upsertUsers(qint64 siteId, const QList<RemoteUser>& users);
    Result<UpsertCounts> upsertTerms(qint64 siteId, const QString& taxonomy, const QList<RemoteTerm>& terms);
    Result<UpsertCounts> upsertMedia(qint64 siteId, const QList<RemoteMedia>& media);
    Result<UpsertCounts> upsertPosts(qint64 siteId, const QList<RemotePost>& posts);

    Result<SyncState> state(qint64 siteId, const QString& resource);
    Status saveState(qint64 siteId, const QString& resource, const SyncState& state);

    // Names of terms by remote id, for mapping a post's category and tag ids.
    Result<QHash<qint64, QString>> termNames(qint64 siteId, const QString& taxonomy);

private:
    Database& m_database;
    std::shared_ptr<Clock> m_clock;
};

} // namespace longhand
