#pragma once

#include "core/Error.h"

#include <QString>

namespace longhand {

class Database;

// Small pieces of state that must survive a crash (e.g. which review was open), kept in SQLite
// rather than QSettings because QSettings writes lazily and would lose them to a kill.
class AppStateRepository final
{
public:
    explicit AppStateRepository(Database& database);

    Result<QString> value(const QString& key, const QString& fallback = {});
    Status setValue(const QString& key, const QString& value);
    Status remove(const QString& key);
    // Of the keys starting with prefix, keeps the keep greatest (in byte order) and removes the rest.
    Status keepLast(const QString& prefix, int keep);

    static QString openReviewKey() { return QStringLiteral("editor/open_review"); }

private:
    Database& m_database;
};

} // namespace longhand
