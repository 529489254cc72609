#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/domain/Site.h"

#include <QList>

#include <memory>

namespace longhand {

class Database;

// Connected blogs. No secrets here, ever.
class SiteRepository final
{
public:
    explicit SiteRepository(Database& database, std::shared_ptr<Clock> clock = Clock::system());

    Result<qint64> add(const Site& site);
    Status update(const Site& site);
    Result<Site> load(qint64 id);
    Result<QList<Site>> list();
    Status remove(qint64 id); // cascades to its posts, terms, media, comments and outbox
    Status markSynced(qint64 id);

private:
    Database& m_database;
    std::shared_ptr<Clock> m_clock;
};

} // namespace longhand
