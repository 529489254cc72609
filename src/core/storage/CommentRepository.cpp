#include "core/storage/CommentRepository.h"

#include "core/Logging.h"
#include "core/markdown/CommentSanitizer.h"
#include "core/moderation/TriageRules.h"
#include "core/storage/CommentSearch.h"
#include "core/storage/CommentText.h"
#include "core/storage/Database.h"
#include "core/storage/PostRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace longhand {

namespace {

const QLatin1String kColumns(
    "c.id, c.site_id, c.remote_id, c.post_remote_id, c.parent_remote_id, c.status, c.remote_status, c.author_id, "
    "c.author_name, c.author_email, c.author_url, c.author_ip, c.author_user_agent, c.date_gmt, c.content_raw, "
    "c.link_count, c.flags, c.pending, c.gone, c.notice, COALESCE(p.title, ''), s.name, c.type, c.user_replied "
    "FROM comments c JOIN sites s ON s.id = c.site_id "
    "LEFT JOIN posts p ON p.site_id = c.site_id AND p.remote_id = c.post_remote_id");

Comment commentFrom(const QSqlQuery& q)
{
    Comment c;
    c.id = q.value(0).toLongLong();
    c.siteId = q.value(1).toLongLong();
    c.remoteId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    c.postRemoteId = q.value(3).toLongLong();
    c.parentRemoteId = q.value(4).toLongLong();
    c.status = commentStatusFromString(q.value(5).toString()).value_or(CommentStatus::Hold);
    c.remoteStatus = q.value(6).toString();
    c.authorId = q.value(7).toLongLong();
    c.authorName = q.value(8).toString();
    c.authorEmail = q.value(9).toString();
    c.authorUrl = q.value(10).toString();
    c.authorIp = q.value(11).toString();
    c.authorUserAgent = q.value(12).toString();
    c.dateGmt = commenttext::fromStoredDate(q.value(13).toLongLong());
    c.content = q.value(14).toString();
    // Not stored (schema 14): derived here, on the storage thread, for the rows asked for.
    c.plainText = commenttext::visibleText(c.content);
    c.linkCount = q.value(15).toInt();
    c.flags = q.value(16).toInt();
    c.pending = q.value(17).toBool();
    c.gone = q.value(18).toBool();
    c.notice = q.value(19).toString();
    c.postTitle = q.value(20).toString();
    c.siteName = q.value(21).toString();
    c.type = q.value(22).toString();
    c.userReplied = q.value(23).toBool();
    return c;
}

// WordPress answers "approved", "hold", "spam", "trash"; comments of a trashed post are "post-trashed".
CommentStatus statusFromRemote(const QString& remote)
{
    if (remote == QLatin1String("post-trashed")) {
        return CommentStatus::Trash;
    }
    return commentStatusFromString(remote).value_or(CommentStatus::Hold);
}

QString remoteName(const QString& remote)
{
    const auto status = commentStatusFromString(remote);
    return status ? commentStatusName(*status) : remote;
}

struct Derived
{
    QString plainText;
    QVariant hash; // null: no letter or digit
    int linkCount = 0;
};

Derived derive(const QString& content)
{
    Derived d;
    d.plainText = commenttext::visibleText(content);
    d.hash = commenttext::hashKey(d.plainText);
    d.linkCount = int(CommentSanitizer::links(content).size());
    return d;
}

} // namespace

CommentRepository::CommentRepository(Database& database, std::shared_ptr<Clock> clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

Result<CommentUpsertCounts> CommentRepository::upsertComments(qint64 siteId, const QList<RemoteComment>& comments,
                                                               const TriageRules& rules)
{
    CommentUpsertCounts counts;
    auto status = m_database.transaction([&]() -> Status {
        QSqlQuery find(m_database.connection());
        find.prepare(QStringLiteral("SELECT id, pending FROM comments WHERE site_id = ? AND remote_id = ?"));
        QSqlQuery duplicate(m_database.connection());
        duplicate.prepare(QStringLiteral("SELECT 1 FROM comments WHERE site_id = ? AND content_hash = ? AND remote_id IS NOT NULL "
                                         "AND remote_id != ? AND (date_gmt < ? OR (date_gmt = ? AND remote_id < ?)) LIMIT 1"));
        QSqlQuery insert(m_database.connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO comments (site_id, remote_id, post_remote_id, parent_remote_id, status, remote_status, author_id, "
            "author_name, author_email, author_url, author_ip, author_user_agent, date_gmt, content_raw, "
            "content_hash, link_count, flags, type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery update(m_database.connection());
        update.prepare(QStringLiteral(
            "UPDATE comments SET post_remote_id = ?, parent_remote_id = ?, status = ?, remote_status = ?, author_id = ?, "
            "author_name = ?, author_email = ?, author_url = ?, author_ip = ?, author_user_agent = ?, date_gmt = ?, "
            "content_raw = ?, content_hash = ?, link_count = ?, flags = ?, type = ?, remote_content = NULL, "
            "gone = 0 WHERE id = ?"));
        QSqlQuery updateRemote(m_database.connection());
        updateRemote.prepare(QStringLiteral("UPDATE comments SET remote_status = ?, remote_content = ?, gone = 0 WHERE id = ?"));
        for (const RemoteComment& remote : comments) {
            if (remote.type == QLatin1String("note")) {
                continue; // the block editor's private notes on a post (WordPress 6.9) are not comments to moderate
            }
            find.addBindValue(siteId);
            find.addBindValue(remote.id);
            if (!find.exec()) {
                return databaseError(QStringLiteral("read comments"), find.lastError().text());
            }
            const bool exists = find.next();
            const qint64 localId = exists ? find.value(0).toLongLong() : 0;
            const bool pending = exists && find.value(1).toBool();
            find.finish();
            if (pending) {
                // A local decision is waiting: the replay compares it with this server state.
                updateRemote.addBindValue(remoteName(remote.status));
                updateRemote.addBindValue(notNullText(remote.content));
                updateRemote.addBindValue(localId);
                if (!updateRemote.exec()) {
                    return databaseError(QStringLiteral("store comments"), updateRemote.lastError().text());
                }
                ++counts.updated;
                continue;
            }
            const Derived d = derive(remote.content);
            int flags = rules.flagsFor(d.plainText, d.linkCount, remote.authorName, remote.authorEmail, remote.authorIp,
                                       remote.authorUrl);
            const qint64 date = commenttext::toStoredDate(remote.dateGmt);
            if (!d.hash.isNull()) {
                duplicate.addBindValue(siteId);
                duplicate.addBindValue(d.hash);
                duplicate.addBindValue(remote.id);
                duplicate.addBindValue(date);
                duplicate.addBindValue(date);
                duplicate.addBindValue(remote.id);
                if (!duplicate.exec()) {
                    return databaseError(QStringLiteral("read comments"), duplicate.lastError().text());
                }
                if (duplicate.next()) {
                    flags |= FlagDuplicate;
                }
                duplicate.finish();
            }
            const CommentStatus status = statusFromRemote(remote.status);
            QSqlQuery& q = exists ? update : insert;
            if (!exists) {
                q.addBindValue(siteId);
                q.addBindValue(remote.id);
            }
            q.addBindValue(remote.post);
            q.addBindValue(remote.parent);
            q.addBindValue(commentStatusName(status));
            q.addBindValue(remoteName(remote.status));
            q.addBindValue(remote.author);
            q.addBindValue(notNullText(remote.authorName));
            q.addBindValue(notNullText(remote.authorEmail));
            q.addBindValue(notNullText(remote.authorUrl));
            q.addBindValue(notNullText(remote.authorIp));
            q.addBindValue(notNullText(remote.authorUserAgent));
            q.addBindValue(date);
            q.addBindValue(notNullText(remote.content));
            q.addBindValue(d.hash);
            q.addBindValue(d.linkCount);
            q.addBindValue(flags);
            q.addBindValue(remote.type.isEmpty() ? QStringLiteral("comment") : remote.type);
            if (exists) {
                q.addBindValue(localId);
            }
            if (!q.exec()) {
                return databaseError(QStringLiteral("store comments"), q.lastError().text());
            }
            if (exists) {
                ++counts.updated;
            } else {
                ++counts.inserted;
                if (status == CommentStatus::Hold) {
                    ++counts.newPending;
                }
            }
        }
        return {};
    });
    if (!status) {
        return status.error();
    }
    return counts;
}

Status CommentRepository::applyRemoteStatuses(qint64 siteId, const QList<RemoteCommentStatus>& statuses)
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery q(m_database.connection());
        // Without a queued action the server's status is what the moderator sees.
        q.prepare(QStringLiteral("UPDATE comments SET remote_status = :remote, gone = 0, "
                                 "status = CASE WHEN pending = 1 THEN status ELSE :local END "
                                 "WHERE site_id = :site AND remote_id = :id AND (remote_status != :remote OR gone = 1 "
                                 "OR (pending = 0 AND status != :local))"));
        for (const RemoteCommentStatus& item : statuses) {
            q.bindValue(QStringLiteral(":remote"), remoteName(item.status));
            q.bindValue(QStringLiteral(":local"), commentStatusName(statusFromRemote(item.status)));
            q.bindValue(QStringLiteral(":site"), siteId);
            q.bindValue(QStringLiteral(":id"), item.id);
            if (!q.exec()) {
                return databaseError(QStringLiteral("store comment statuses"), q.lastError().text());
            }
        }
        return {};
    });
}

Result<qint64> CommentRepository::maxRemoteId(qint64 siteId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(remote_id), 0) FROM comments WHERE site_id = ?"));
    q.addBindValue(siteId);
    if (!q.exec() || !q.next()) {
        return databaseError(QStringLiteral("read comments"), q.lastError().text());
    }
    return q.value(0).toLongLong();
}

Result<QList<qint64>> CommentRepository::absentRemoteIds(qint64 siteId, const QList<qint64>& remoteIds)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM comments WHERE site_id = ? AND remote_id = ?"));
    QList<qint64> absent;
    for (const qint64 id : remoteIds) {
        q.addBindValue(siteId);
        q.addBindValue(id);
        if (!q.exec()) {
            return databaseError(QStringLiteral("read comments"), q.lastError().text());
        }
        if (!q.next()) {
            absent.append(id);
        }
        q.finish();
    }
    return absent;
}

Result<QList<qint64>> CommentRepository::heldRemoteIds(qint64 siteId)
{
    QSqlQuery q(m_database.connection());
    // The literal condition of comments_held_remote: SQLite uses a partial index only for a WHERE that implies its own.
    q.prepare(QStringLiteral("SELECT remote_id FROM comments WHERE site_id = ? AND remote_status = 'hold' AND gone = 0 "
                             "AND remote_id IS NOT NULL ORDER BY remote_id"));
    q.addBindValue(siteId);
    if (!q.exec()) {
        return databaseError(QStringLiteral("read comments"), q.lastError().text());
    }
    QList<qint64> ids;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
    }
    return ids;
}

Status CommentRepository::markGone(qint64 siteId, const QList<qint64>& remoteIds, const QString& notice)
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery drop(m_database.connection());
        drop.prepare(QStringLiteral("DELETE FROM outbox WHERE entity = 'comment' AND entity_id = "
                                    "(SELECT id FROM comments WHERE site_id = ? AND remote_id = ?)"));
        QSqlQuery mark(m_database.connection());
        mark.prepare(QStringLiteral("UPDATE comments SET gone = 1, pending = 0, notice = ?, "
                                    "status = CASE WHEN status = 'deleted' THEN 'trash' ELSE status END "
                                    "WHERE site_id = ? AND remote_id = ?"));
        for (const qint64 remoteId : remoteIds) {
            drop.addBindValue(siteId);
            drop.addBindValue(remoteId);
            if (!drop.exec()) {
                return databaseError(QStringLiteral("update outbox"), drop.lastError().text());
            }
            mark.addBindValue(notNullText(notice));
            mark.addBindValue(siteId);
            mark.addBindValue(remoteId);
            if (!mark.exec()) {
                return databaseError(QStringLiteral("update comments"), mark.lastError().text());
            }
        }
        return {};
    });
}

Result<int> CommentRepository::recomputeFlags(const TriageRules& rules)
{
    int changed = 0;
    auto status = m_database.transaction([&]() -> Status {
        QSqlQuery read(m_database.connection());
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT id, content_raw, link_count, author_name, author_email, author_ip, author_url, flags "
                                      "FROM comments"))) {
            return databaseError(QStringLiteral("read comments"), read.lastError().text());
        }
        QSqlQuery write(m_database.connection());
        write.prepare(QStringLiteral("UPDATE comments SET flags = ? WHERE id = ?"));
        while (read.next()) {
            const int old = read.value(7).toInt();
            const int flags = (old & FlagDuplicate)
                | rules.flagsFor(commenttext::visibleText(read.value(1).toString()), read.value(2).toInt(), read.value(3).toString(),
                                 read.value(4).toString(), read.value(5).toString(), read.value(6).toString());
            if (flags == old) {
                continue;
            }
            write.addBindValue(flags);
            write.addBindValue(read.value(0).toLongLong());
            if (!write.exec()) {
                return databaseError(QStringLiteral("update comments"), write.lastError().text());
            }
            ++changed;
        }
        return {};
    });
    if (!status) {
        return status.error();
    }
    return changed;
}

Result<QList<Comment>> CommentRepository::byIds(const QList<qint64>& ids)
{
    QList<Comment> result;
    if (ids.isEmpty()) {
        return result;
    }
    QStringList marks;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        marks.append(QStringLiteral("?"));
    }
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE c.id IN (") + marks.join(QLatin1Char(','))
              + QLatin1Char(')'));
    for (const qint64 id : ids) {
        q.addBindValue(id);
    }
    if (!q.exec()) {
        return databaseError(QStringLiteral("read comments"), q.lastError().text());
    }
    QHash<qint64, Comment> found;
    while (q.next()) {
        Comment c = commentFrom(q);
        found.insert(c.id, std::move(c));
    }
    result.reserve(ids.size());
    for (const qint64 id : ids) {
        if (const auto it = found.constFind(id); it != found.constEnd()) {
            result.append(it.value());
        }
    }
    return result;
}

Result<std::optional<Comment>> CommentRepository::one(const QString& where, const QVariantList& values)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE ") + where);
    for (const QVariant& value : values) {
        q.addBindValue(value);
    }
    if (!q.exec()) {
        return databaseError(QStringLiteral("read comments"), q.lastError().text());
    }
    if (!q.next()) {
        return std::optional<Comment> {};
    }
    return std::optional<Comment>(commentFrom(q));
}

Result<std::optional<Comment>> CommentRepository::byId(qint64 id)
{
    return one(QStringLiteral("c.id = ?"), {id});
}

Result<std::optional<Comment>> CommentRepository::byRemoteId(qint64 siteId, qint64 remoteId)
{
    return one(QStringLiteral("c.site_id = ? AND c.remote_id = ?"), {siteId, remoteId});
}

Result<std::optional<Comment>> CommentRepository::parentOf(const Comment& comment)
{
    if (comment.parentRemoteId == 0) {
        return std::optional<Comment> {};
    }
    return byRemoteId(comment.siteId, comment.parentRemoteId);
}

Result<QList<Comment>> CommentRepository::thread(qint64 siteId, qint64 postRemoteId)
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(" WHERE c.site_id = ? AND c.post_remote_id = ? AND c.status != 'deleted' ORDER BY c.date_gmt, c.id"));
    q.addBindValue(siteId);
    q.addBindValue(postRemoteId);
    if (!q.exec()) {
        return databaseError(QStringLiteral("read comments"), q.lastError().text());
    }
    QList<Comment> result;
    while (q.next()) {
        result.append(commentFrom(q));
    }
    return result;
}

Result<CommentThread> CommentRepository::threadTree(qint64 siteId, qint64 postRemoteId)
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, remote_id, parent_remote_id, author_name, content_raw, status, date_gmt "
                             "FROM comments WHERE site_id = ? AND post_remote_id = ? AND status != 'deleted' ORDER BY date_gmt, id"));
    q.addBindValue(siteId);
    q.addBindValue(postRemoteId);
    if (!q.exec()) {
        return databaseError(QStringLiteral("read comments"), q.lastError().text());
    }
    QList<ThreadEntry> entries;
    while (q.next()) {
        ThreadEntry e;
        e.id = q.value(0).toLongLong();
        e.remoteId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        e.parentRemoteId = q.value(2).toLongLong();
        e.authorName = q.value(3).toString();
        Comment excerpt; // the visible text is derived here, on the storage thread; only its excerpt is kept
        excerpt.plainText = commenttext::visibleText(q.value(4).toString());
        e.excerpt = excerpt.excerpt(600);
        e.status = commentStatusFromString(q.value(5).toString()).value_or(CommentStatus::Hold);
        e.dateGmt = commenttext::fromStoredDate(q.value(6).toLongLong());
        entries.append(std::move(e));
    }
    return CommentThread(std::move(entries));
}

Result<CommenterStats> CommentRepository::commenterStats(const Comment& comment)
{
    CommenterStats stats;
    qint64 siteId = comment.siteId;
    const auto countBy = [&](const QString& column, const QString& value, CommentCounts& into) -> Status {
        if (value.isEmpty()) {
            return {};
        }
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("SELECT status, COUNT(*) FROM comments WHERE site_id = ? AND %1 = ? GROUP BY status").arg(column));
        q.addBindValue(siteId);
        q.addBindValue(value);
        if (!q.exec()) {
            return databaseError(QStringLiteral("count comments"), q.lastError().text());
        }
        while (q.next()) {
            const int n = q.value(1).toInt();
            const auto status = commentStatusFromString(q.value(0).toString());
            if (status == CommentStatus::Hold) {
                into.hold += n;
            } else if (status == CommentStatus::Approved) {
                into.approved += n;
            } else if (status == CommentStatus::Spam) {
                into.spam += n;
            } else if (status == CommentStatus::Trash) {
                into.trash += n;
            }
        }
        return {};
    };
    if (auto s = countBy(QStringLiteral("author_email"), comment.authorEmail, stats.byEmail); !s) {
        return s.error();
    }
    if (auto s = countBy(QStringLiteral("author_ip"), comment.authorIp, stats.byIp); !s) {
        return s.error();
    }
    // The same commenter on every connected blog: one indexed look-up a blog.
    QSqlQuery sites(m_database.connection());
    if (!sites.exec(QStringLiteral("SELECT id FROM sites"))) {
        return databaseError(QStringLiteral("count comments"), sites.lastError().text());
    }
    QList<qint64> siteIds;
    while (sites.next()) {
        siteIds.append(sites.value(0).toLongLong());
    }
    stats.blogsConnected = int(siteIds.size());
    const bool byEmail = !comment.authorEmail.isEmpty();
    for (const qint64 id : std::as_const(siteIds)) {
        siteId = id;
        CommentCounts here;
        if (auto s = countBy(byEmail ? QStringLiteral("author_email") : QStringLiteral("author_ip"),
                             byEmail ? comment.authorEmail : comment.authorIp, here);
            !s) {
            return s.error();
        }
        if (here.total() > 0) {
            ++stats.blogsWithComments;
            stats.onAllBlogs.hold += here.hold;
            stats.onAllBlogs.approved += here.approved;
            stats.onAllBlogs.spam += here.spam;
            stats.onAllBlogs.trash += here.trash;
        }
    }
    QSqlQuery earlier(m_database.connection());
    earlier.prepare(QStringLiteral("SELECT 1 FROM comments WHERE site_id = ? AND id != ? AND "
                                   "(author_email = ? OR (? = '' AND author_name = ?)) AND date_gmt <= ? LIMIT 1"));
    earlier.addBindValue(comment.siteId);
    earlier.addBindValue(comment.id);
    earlier.addBindValue(notNullText(comment.authorEmail));
    earlier.addBindValue(notNullText(comment.authorEmail));
    earlier.addBindValue(notNullText(comment.authorName));
    earlier.addBindValue(commenttext::toStoredDate(comment.dateGmt));
    if (!earlier.exec()) {
        return databaseError(QStringLiteral("read comments"), earlier.lastError().text());
    }
    stats.firstComment = !earlier.next();
    return stats;
}

Result<std::optional<CommentedPost>> CommentRepository::commentedPost(qint64 siteId, qint64 postRemoteId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT title, body, source_format FROM posts WHERE site_id = ? AND remote_id = ?"));
    q.addBindValue(siteId);
    q.addBindValue(postRemoteId);
    if (!q.exec()) {
        return databaseError(QStringLiteral("read posts"), q.lastError().text());
    }
    if (!q.next()) {
        return std::optional<CommentedPost> {};
    }
    CommentedPost post;
    post.title = q.value(0).toString();
    post.text = q.value(1).toString();
    post.html = q.value(2).toString() == QLatin1String("html");
    return std::optional<CommentedPost>(post);
}

Result<std::pair<QString, QString>> CommentRepository::postSummary(qint64 siteId, qint64 postRemoteId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT title, excerpt, substr(body, 1, 600) FROM posts WHERE site_id = ? AND remote_id = ?"));
    q.addBindValue(siteId);
    q.addBindValue(postRemoteId);
    if (!q.exec()) {
        return databaseError(QStringLiteral("read posts"), q.lastError().text());
    }
    if (!q.next()) {
        return std::pair<QString, QString> {};
    }
    QString excerpt = q.value(1).toString();
    if (excerpt.trimmed().isEmpty()) {
        excerpt = CommentSanitizer::toPlainText(q.value(2).toString());
    }
    excerpt = excerpt.simplified();
    if (excerpt.size() > 280) {
        excerpt = excerpt.left(279) + QChar(0x2026);
    }
    return std::pair<QString, QString>(q.value(0).toString(), excerpt);
}

} // namespace longhand
