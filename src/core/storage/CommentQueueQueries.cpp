// CommentRepository: the queue's lists (ids in order for a filter, a common word's first page) and their counts.
#include "core/storage/CommentRepository.h"

#include "core/Logging.h"
#include "core/storage/CommentSearch.h"
#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace longhand {

namespace {

// The queue's WHERE clause for a filter (without its status when withStatus is false, for the counts), its search
// asked as `match` (commentsearch::Plan; none when empty).
// Unreplied is written exactly as the partial index comments_unreplied is declared, so that SQLite uses it.
QString filterClause(const CommentFilter& filter, bool withStatus, const QString& match)
{
    QString sql = QStringLiteral(" WHERE c.status != 'deleted'");
    if (withStatus && filter.status) {
        sql += QStringLiteral(" AND c.status = :status");
    }
    if (filter.siteId) {
        sql += QStringLiteral(" AND c.site_id = :site");
    }
    if (filter.postRemoteId) {
        sql += QStringLiteral(" AND c.post_remote_id = :post");
    }
    if (filter.unreplied) {
        sql += QStringLiteral(" AND c.author_id = 0 AND c.user_replied = 0");
    }
    if (!filter.onlyIds.isEmpty()) {
        // Local row ids are integers the app holds, written out as numbers: nothing from a blog is spliced in.
        QStringList ids;
        ids.reserve(filter.onlyIds.size());
        for (const qint64 id : filter.onlyIds) {
            ids.append(QString::number(id));
        }
        sql += QStringLiteral(" AND c.id IN (") + ids.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (!filter.type.isEmpty()) {
        sql += QStringLiteral(" AND c.type = :type");
    }
    if (filter.mine) {
        // On the signed-in account's posts: the column the triggers of schema 14 keep, as the partial indexes
        // comments_mine and comments_mine_by_date are declared.
        sql += QStringLiteral(" AND c.mine = 1");
    }
    if (!match.isEmpty()) {
        sql += QStringLiteral(" AND c.id IN (SELECT rowid FROM comments_fts WHERE comments_fts MATCH :match)");
    }
    if (!filter.commenter.isEmpty()) {
        // site_id IN (…): the (site, email) and (site, IP) indexes serve every blog, one look-up each.
        sql += filter.commenter.contains(QLatin1Char('@'))
            ? QStringLiteral(" AND c.site_id IN (SELECT id FROM sites) AND c.author_email = :who")
            : QStringLiteral(" AND c.site_id IN (SELECT id FROM sites) AND c.author_ip = :who");
    }
    return sql;
}

void bindFilter(QSqlQuery& q, const CommentFilter& filter, bool withStatus, const QString& match)
{
    if (withStatus && filter.status) {
        q.bindValue(QStringLiteral(":status"), commentStatusName(*filter.status));
    }
    if (filter.siteId) {
        q.bindValue(QStringLiteral(":site"), *filter.siteId);
    }
    if (filter.postRemoteId) {
        q.bindValue(QStringLiteral(":post"), *filter.postRemoteId);
    }
    if (!filter.type.isEmpty()) {
        q.bindValue(QStringLiteral(":type"), filter.type);
    }
    if (!match.isEmpty()) {
        q.bindValue(QStringLiteral(":match"), match);
    }
    if (!filter.commenter.isEmpty()) {
        q.bindValue(QStringLiteral(":who"), filter.commenter);
    }
}

} // namespace

QString CommentRepository::idsQuery(const CommentFilter& filter, const QString& match, const QString& columns)
{
    return QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM comments c") + filterClause(filter, true, match)
        + (filter.newestFirst ? QStringLiteral(" ORDER BY c.date_gmt DESC, c.id DESC") : QStringLiteral(" ORDER BY c.date_gmt, c.id"));
}

Result<QList<qint64>> CommentRepository::ids(const CommentFilter& filter, int limit)
{
    const commentsearch::Plan search = commentsearch::plan(m_database.connection(), filter.search);
    if (search.nothing) {
        return QList<qint64>();
    }
    if (limit > 0 && walkFits(search)) {
        auto first = firstByWalking(filter, search.match, limit);
        if (!first) {
            return first.error();
        }
        if (first->has_value()) {
            return std::move(**first);
        }
    }
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(limit > 0 ? idsQuery(filter, search.match) + QStringLiteral(" LIMIT %1").arg(limit) : idsQuery(filter, search.match));
    bindFilter(q, filter, true, search.match);
    if (!q.exec()) {
        return databaseError(QStringLiteral("list comments"), q.lastError().text());
    }
    QList<qint64> result;
    while (q.next()) {
        result.append(q.value(0).toLongLong());
    }
    return result;
}

// Walking the filter's own order and asking the index about each row costs ~20 µs a row (FTS5 sets the query up
// again each time), so it pays only when a good share of the comments match: when at most a tenth could, the
// matches are read first and sorted instead (at most a tenth of the comments looked up).
bool CommentRepository::walkFits(const commentsearch::Plan& search)
{
    constexpr int kMaxWalkTerms = 8;
    if (search.atMost < 0 || search.terms > kMaxWalkTerms) {
        return false;
    }
    QSqlQuery newest(m_database.connection());
    if (!newest.exec(QStringLiteral("SELECT max(id) FROM comments")) || !newest.next()) {
        return false;
    }
    const qint64 rows = newest.value(0).toLongLong(); // about as many comments as the cache holds
    return rows > 0 && search.atMost * 10 >= rows;
}

// A common word's first page: the filter's rows in its order (an index walk, as a co-routine), each asked whether it
// matches, up to kWalkRows rows, stopping at the `limit`th match. Those are the list's first `limit`. nullopt when
// the walk ended before finding them and the list goes on: the caller reads it the other way. (No ORDER BY outside
// the walk: SQLite would then ask about all kWalkRows rows before sorting. The rows come in the walk's order; the
// dates are checked to be, or the answer is not used.)
Result<std::optional<QList<qint64>>> CommentRepository::firstByWalking(
    const CommentFilter& filter, const QString& match, int limit)
{
    constexpr int kWalkRows = 3000;
    CommentFilter bare = filter;
    bare.search.clear();
    const QString walk = idsQuery(bare, {}, QStringLiteral("c.id, c.date_gmt")) + QStringLiteral(" LIMIT %1").arg(kWalkRows);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT w.id, w.date_gmt FROM (") + walk
              + QStringLiteral(") w WHERE EXISTS (SELECT 1 FROM comments_fts WHERE comments_fts MATCH :match "
                               "AND comments_fts.rowid = w.id) LIMIT %1").arg(limit));
    bindFilter(q, bare, true, {});
    q.bindValue(QStringLiteral(":match"), match);
    if (!q.exec()) {
        return databaseError(QStringLiteral("list comments"), q.lastError().text());
    }
    QList<qint64> found;
    std::optional<std::pair<qint64, qint64>> previous;
    while (q.next()) {
        const std::pair<qint64, qint64> key(q.value(1).toLongLong(), q.value(0).toLongLong());
        if (previous && (filter.newestFirst ? key > *previous : key < *previous)) {
            qCWarning(lcStorage) << "The search's first page came out of order; reading it the other way";
            return std::optional<QList<qint64>>();
        }
        previous = key;
        found.append(key.second);
    }
    q.finish();
    if (found.size() == limit) {
        return std::optional(found);
    }
    QSqlQuery walked(m_database.connection());
    walked.prepare(QStringLiteral("SELECT count(*) FROM (") + walk + QLatin1Char(')'));
    bindFilter(walked, bare, true, {});
    if (!walked.exec() || !walked.next()) {
        return databaseError(QStringLiteral("list comments"), walked.lastError().text());
    }
    if (walked.value(0).toInt() < kWalkRows) {
        return std::optional(found); // the walk went through the whole list: these are all its matches
    }
    return std::optional<QList<qint64>>();
}

Result<QStringList> CommentRepository::queryPlan(const CommentFilter& filter)
{
    const commentsearch::Plan search = commentsearch::plan(m_database.connection(), filter.search);
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + idsQuery(filter, search.match));
    bindFilter(q, filter, true, search.match);
    if (!q.exec()) {
        return databaseError(QStringLiteral("list comments"), q.lastError().text());
    }
    QStringList plan;
    while (q.next()) {
        plan.append(q.value(3).toString());
    }
    return plan;
}

Result<CommentCounts> CommentRepository::counts(std::optional<qint64> siteId, std::optional<qint64> postRemoteId)
{
    CommentFilter filter;
    filter.siteId = siteId;
    filter.postRemoteId = postRemoteId;
    return counts(filter);
}

Result<CommentCounts> CommentRepository::counts(const CommentFilter& filter)
{
    const commentsearch::Plan search = commentsearch::plan(m_database.connection(), filter.search);
    if (search.nothing) {
        return CommentCounts();
    }
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT c.status, COUNT(*) FROM comments c") + filterClause(filter, false, search.match)
              + QStringLiteral(" GROUP BY c.status"));
    bindFilter(q, filter, false, search.match);
    if (!q.exec()) {
        return databaseError(QStringLiteral("count comments"), q.lastError().text());
    }
    CommentCounts counts;
    while (q.next()) {
        const int n = q.value(1).toInt();
        switch (commentStatusFromString(q.value(0).toString()).value_or(CommentStatus::Deleted)) {
        case CommentStatus::Hold:
            counts.hold += n;
            break;
        case CommentStatus::Approved:
            counts.approved += n;
            break;
        case CommentStatus::Spam:
            counts.spam += n;
            break;
        case CommentStatus::Trash:
            counts.trash += n;
            break;
        case CommentStatus::Deleted:
            break;
        }
    }
    return counts;
}

} // namespace longhand
