#include "core/storage/OutboxCounts.h"

#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace longhand {

Result<OutboxCounts> countOutbox(Database& database)
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT entity, state, COUNT(*) FROM outbox GROUP BY entity, state"))) {
        return databaseError(QStringLiteral("count the outbox"), q.lastError().text());
    }
    OutboxCounts counts;
    while (q.next()) {
        const int n = q.value(2).toInt();
        (q.value(0).toString() == QLatin1String("comment") ? counts.comments : counts.posts) += n;
        if (q.value(1).toString() == QLatin1String("failed")) {
            counts.failed += n;
        }
    }
    return counts;
}

} // namespace longhand
