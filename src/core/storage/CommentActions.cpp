// CommentRepository: the moderator's actions and their replay (the queries live in CommentRepository.cpp).
#include "core/storage/CommentRepository.h"

#include "core/markdown/CommentSanitizer.h"
#include "core/moderation/TriageRules.h"
#include "core/storage/CommentOutbox.h"
#include "core/storage/CommentText.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace longhand {

namespace commentoutbox {


Result<std::optional<Row>> loadRow(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, remote_id, status, remote_status, content_raw, site_id, post_remote_id, author_name, "
                             "author_email, author_url FROM comments WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        return databaseError(QStringLiteral("read comments"), q.lastError().text());
    }
    if (!q.next()) {
        return std::optional<Row> {};
    }
    Row row;
    row.id = q.value(0).toLongLong();
    row.remoteId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    row.status = commentStatusFromString(q.value(2).toString()).value_or(CommentStatus::Hold);
    row.remoteStatus = q.value(3).toString();
    row.content = q.value(4).toString();
    row.siteId = q.value(5).toLongLong();
    row.postRemoteId = q.value(6).toLongLong();
    row.authorName = q.value(7).toString();
    row.authorEmail = q.value(8).toString();
    row.authorUrl = q.value(9).toString();
    return std::optional<Row>(row);
}

Error gone(qint64 id)
{
    return Error::make(Error::Code::NotFound,
                       QCoreApplication::translate("CommentRepository", "Comment %1 is no longer in the cache.").arg(id));
}

QJsonObject parsePayload(const QString& payload)
{
    return QJsonDocument::fromJson(payload.toUtf8()).object();
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Status exec(QSqlQuery& q, const char* what)
{
    if (!q.exec()) {
        return databaseError(QString::fromLatin1(what), q.lastError().text());
    }
    return {};
}

// Removes a comment and everything queued for it: a reply never sent, or one deleted for good on the blog.
Status forgetComment(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery entries(db);
    entries.prepare(QStringLiteral("DELETE FROM outbox WHERE entity = 'comment' AND entity_id = ?"));
    entries.addBindValue(id);
    if (auto s = exec(entries, "update outbox"); !s) {
        return s;
    }
    QSqlQuery row(db);
    row.prepare(QStringLiteral("DELETE FROM comments WHERE id = ?"));
    row.addBindValue(id);
    return exec(row, "update comments");
}

Status refreshPending(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE comments SET pending = EXISTS (SELECT 1 FROM outbox WHERE entity = 'comment' AND entity_id = ?) "
                             "WHERE id = ?"));
    q.addBindValue(id);
    q.addBindValue(id);
    return exec(q, "update comments");
}


Result<std::optional<Entry>> findEntry(const QSqlDatabase& db, qint64 commentId,
                                       const std::function<bool(const OutboxKind&)>& operations)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, payload FROM outbox WHERE entity = 'comment' AND entity_id = ? AND operation IN (%1) "
                             "ORDER BY id LIMIT 1").arg(commentOperationSqlList(operations)));
    q.addBindValue(commentId);
    if (!q.exec()) {
        return databaseError(QStringLiteral("read outbox"), q.lastError().text());
    }
    if (!q.next()) {
        return std::optional<Entry> {};
    }
    return std::optional<Entry>(Entry {q.value(0).toLongLong(), parsePayload(q.value(1).toString())});
}

Status deleteEntry(const QSqlDatabase& db, qint64 entryId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    q.addBindValue(entryId);
    return exec(q, "update outbox");
}

// Inserts or rewrites (keeping its place in line) the comment's entry of this kind.
Status putEntry(const QSqlDatabase& db, const std::optional<Entry>& existing, qint64 siteId, qint64 commentId,
                OutboxOperation operation, const QJsonObject& payload, const QDateTime& now)
{
    QSqlQuery q(db);
    if (existing) {
        q.prepare(QStringLiteral("UPDATE outbox SET operation = ?, payload = ?, state = 'pending', attempts = 0, "
                                 "next_attempt_at = NULL, last_error = NULL WHERE id = ?"));
        q.addBindValue(outboxOperationName(operation));
        q.addBindValue(compact(payload));
        q.addBindValue(existing->id);
    } else {
        q.prepare(QStringLiteral("INSERT INTO outbox (site_id, entity, entity_id, operation, payload, created_at) "
                                 "VALUES (?, 'comment', ?, ?, ?, ?)"));
        q.addBindValue(siteId);
        q.addBindValue(commentId);
        q.addBindValue(outboxOperationName(operation));
        q.addBindValue(compact(payload));
        q.addBindValue(toStorageTime(now));
    }
    return exec(q, "update outbox");
}

Status queueStatus(const QSqlDatabase& db, const Row& row, CommentStatus target, const QDateTime& now)
{
    QSqlQuery update(db);
    // Remember where a comment came from when it goes to spam or trash, for "not spam" and "restore".
    update.prepare(QStringLiteral("UPDATE comments SET status = :status, notice = '', previous_status = CASE "
                                  "WHEN :status IN ('spam', 'trash') AND status NOT IN ('spam', 'trash', 'deleted') THEN status "
                                  "ELSE previous_status END WHERE id = :id"));
    update.bindValue(QStringLiteral(":status"), commentStatusName(target));
    update.bindValue(QStringLiteral(":id"), row.id);
    if (auto s = exec(update, "update comments"); !s) {
        return s;
    }
    auto existing = findEntry(db, row.id, [](const OutboxKind& k) { return k.decidesStatus; });
    if (!existing) {
        return existing.error();
    }
    // A reply not sent yet will be "approved" once it is.
    const QString serverStatus = row.remoteStatus.isEmpty() ? QStringLiteral("approved") : row.remoteStatus;
    const QString base = existing.value() ? existing.value()->payload.value(QStringLiteral("base")).toString() : serverStatus;
    if (commentStatusName(target) == base) {
        if (existing.value()) {
            if (auto s = deleteEntry(db, existing.value()->id); !s) {
                return s;
            }
        }
    } else {
        QJsonObject payload {{QStringLiteral("base"), base}};
        OutboxOperation operation = OutboxOperation::CommentDelete;
        if (target != CommentStatus::Deleted) {
            payload.insert(QStringLiteral("status"), commentStatusName(target));
            operation = OutboxOperation::CommentStatus;
        }
        if (auto s = putEntry(db, existing.value(), row.siteId, row.id, operation, payload, now); !s) {
            return s;
        }
    }
    return refreshPending(db, row.id);
}

Status setContent(const QSqlDatabase& db, qint64 id, const QString& text)
{
    const QString plain = commenttext::visibleText(text);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE comments SET content_raw = ?, content_hash = ?, link_count = ?, notice = '' "
                             "WHERE id = ?"));
    q.addBindValue(notNullText(text));
    q.addBindValue(commenttext::hashKey(plain));
    q.addBindValue(int(CommentSanitizer::links(text).size()));
    q.addBindValue(id);
    return exec(q, "update comments");
}

} // namespace commentoutbox

using namespace commentoutbox;

Result<ModerationChange> CommentRepository::setStatus(const QList<qint64>& ids, CommentStatus target)
{
    ModerationChange change;
    change.kind = ModerationChange::Kind::Status;
    const QSqlDatabase db = m_database.connection();
    auto status = m_database.transaction([&]() -> Status {
        for (const qint64 id : ids) {
            auto row = loadRow(db, id);
            if (!row) {
                return row.error();
            }
            if (!row.value()) {
                return gone(id);
            }
            if (row.value()->status == target) {
                continue;
            }
            change.previousStatuses.append({id, row.value()->status});
            if (auto s = queueStatus(db, *row.value(), target, m_clock->nowUtc()); !s) {
                return s;
            }
        }
        return {};
    });
    if (!status) {
        return status.error();
    }
    return change;
}

Result<ModerationChange> CommentRepository::emptyStatus(qint64 siteId, CommentStatus status)
{
    if (status != CommentStatus::Spam && status != CommentStatus::Trash) {
        return Error::make(Error::Code::InvalidInput, QStringLiteral("Only the spam and the trash can be emptied."));
    }
    CommentFilter filter;
    filter.siteId = siteId;
    filter.status = status;
    // Read and changed on the one storage thread: nothing of this process comes in between.
    auto doomed = ids(filter);
    if (!doomed) {
        return doomed.error();
    }
    return setStatus(doomed.value(), CommentStatus::Deleted);
}

Result<ModerationChange> CommentRepository::restore(const QList<qint64>& ids)
{
    ModerationChange change;
    change.kind = ModerationChange::Kind::Status;
    const QSqlDatabase db = m_database.connection();
    auto status = m_database.transaction([&]() -> Status {
        for (const qint64 id : ids) {
            auto row = loadRow(db, id);
            if (!row) {
                return row.error();
            }
            if (!row.value()) {
                return gone(id);
            }
            if (row.value()->status != CommentStatus::Spam && row.value()->status != CommentStatus::Trash) {
                continue;
            }
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT previous_status FROM comments WHERE id = ?"));
            q.addBindValue(id);
            if (auto s = exec(q, "read comments"); !s) {
                return s;
            }
            const auto previous = q.next() ? commentStatusFromString(q.value(0).toString()) : std::nullopt;
            const CommentStatus target = previous && (*previous == CommentStatus::Approved || *previous == CommentStatus::Hold)
                ? *previous
                : CommentStatus::Hold;
            change.previousStatuses.append({id, row.value()->status});
            if (auto s = queueStatus(db, *row.value(), target, m_clock->nowUtc()); !s) {
                return s;
            }
        }
        return {};
    });
    if (!status) {
        return status.error();
    }
    return change;
}

Result<ModerationChange> CommentRepository::reply(qint64 parentId, const QString& text)
{
    if (text.trimmed().isEmpty()) {
        return Error::make(Error::Code::InvalidInput, QCoreApplication::translate("CommentRepository", "A reply needs some text."));
    }
    ModerationChange change;
    change.kind = ModerationChange::Kind::Reply;
    const QSqlDatabase db = m_database.connection();
    auto status = m_database.transaction([&]() -> Status {
        auto parent = loadRow(db, parentId);
        if (!parent) {
            return parent.error();
        }
        if (!parent.value()) {
            return gone(parentId);
        }
        const Row& p = *parent.value();
        if (p.status == CommentStatus::Hold) {
            change.previousStatuses.append({p.id, p.status});
            if (auto s = queueStatus(db, p, CommentStatus::Approved, m_clock->nowUtc()); !s) {
                return s;
            }
        }
        QSqlQuery user(db);
        user.prepare(QStringLiteral("SELECT user_id, user_display_name, user_name FROM sites WHERE id = ?"));
        user.addBindValue(p.siteId);
        if (auto s = exec(user, "read sites"); !s) {
            return s;
        }
        if (!user.next()) {
            return gone(parentId);
        }
        const QString name = user.value(1).toString().isEmpty() ? user.value(2).toString() : user.value(1).toString();
        const QString plain = commenttext::visibleText(text);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO comments (site_id, remote_id, post_remote_id, parent_remote_id, status, remote_status, author_id, "
            "author_name, date_gmt, content_raw, content_hash, link_count, pending) "
            "VALUES (?, NULL, ?, ?, 'approved', '', ?, ?, ?, ?, ?, ?, 1)"));
        insert.addBindValue(p.siteId);
        insert.addBindValue(p.postRemoteId);
        insert.addBindValue(p.remoteId);
        insert.addBindValue(user.value(0).toLongLong());
        insert.addBindValue(notNullText(name));
        insert.addBindValue(commenttext::toStoredDate(m_clock->nowUtc()));
        insert.addBindValue(text);
        insert.addBindValue(commenttext::hashKey(plain));
        insert.addBindValue(int(CommentSanitizer::links(text).size()));
        if (auto s = exec(insert, "store reply"); !s) {
            return s;
        }
        change.replyId = insert.lastInsertId().toLongLong();
        return putEntry(db, std::nullopt, p.siteId, change.replyId, OutboxOperation::CommentReply,
                        QJsonObject {{QStringLiteral("content"), text}, {QStringLiteral("parent_local"), p.id}},
                        m_clock->nowUtc());
    });
    if (!status) {
        return status.error();
    }
    return change;
}

Status CommentRepository::undo(const ModerationChange& change)
{
    const QSqlDatabase db = m_database.connection();
    return m_database.transaction([&]() -> Status {
        if (change.kind == ModerationChange::Kind::Reply) {
            auto reply = loadRow(db, change.replyId);
            if (!reply) {
                return reply.error();
            }
            if (reply.value() && reply.value()->remoteId == 0) {
                if (auto s = forgetComment(db, change.replyId); !s) {
                    return s;
                }
            } else if (reply.value()) {
                // Already on the blog: taking it back means trashing it there.
                if (auto s = queueStatus(db, *reply.value(), CommentStatus::Trash, m_clock->nowUtc()); !s) {
                    return s;
                }
            }
        }
        if (change.kind == ModerationChange::Kind::Edit) {
            auto row = loadRow(db, change.editedId);
            if (!row) {
                return row.error();
            }
            if (!row.value()) {
                return gone(change.editedId);
            }
            const CommentEdit previous = change.previous.isEmpty() ? CommentEdit {change.previousContent, {}, {}, {}} : change.previous;
            if (auto s = queueEdit(db, *row.value(), previous, m_clock->nowUtc()); !s) {
                return s;
            }
        }
        for (const auto& [id, previous] : change.previousStatuses) {
            auto row = loadRow(db, id);
            if (!row) {
                return row.error();
            }
            if (!row.value()) {
                return Error::make(Error::Code::NotFound,
                                   QCoreApplication::translate("CommentRepository",
                                                               "The comment was already deleted for good on the blog; that cannot be undone."));
            }
            if (auto s = queueStatus(db, *row.value(), previous, m_clock->nowUtc()); !s) {
                return s;
            }
        }
        return {};
    });
}

Result<QList<CommentAction>> CommentRepository::queuedActions(qint64 siteId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT o.id, o.operation, o.payload, o.state, o.attempts, o.next_attempt_at, o.entity_id "
                             "FROM outbox o WHERE o.entity = 'comment' AND o.site_id = ? ORDER BY o.id"));
    q.addBindValue(siteId);
    if (!q.exec()) {
        return databaseError(QStringLiteral("read outbox"), q.lastError().text());
    }
    QList<CommentAction> actions;
    QList<qint64> commentIds;
    while (q.next()) {
        CommentAction action;
        action.entryId = q.value(0).toLongLong();
        action.operation = outboxOperation(u"comment", q.value(1).toString());
        const QJsonObject payload = parsePayload(q.value(2).toString());
        action.state = q.value(3).toString();
        action.attempts = q.value(4).toInt();
        action.nextAttemptAt = q.value(5).isNull() ? QDateTime() : fromStorageTime(q.value(5).toString());
        action.comment.id = q.value(6).toLongLong();
        action.base = payload.value(QStringLiteral("base")).toString();
        action.target = action.operation == OutboxOperation::CommentStatus ? payload.value(QStringLiteral("status")).toString()
                                                                     : payload.value(QStringLiteral("content")).toString();
        action.parentRemoteId = payload.value(QStringLiteral("parent_local")).toInteger(0); // resolved below
        if (outboxKind(action.operation).changesFields) {
            readEditFields(payload, action);
        }
        actions.append(action);
        commentIds.append(action.comment.id);
    }
    auto comments = byIds(commentIds);
    if (!comments) {
        return comments.error();
    }
    QHash<qint64, Comment> byId;
    for (const Comment& c : comments.value()) {
        byId.insert(c.id, c);
    }
    for (CommentAction& action : actions) {
        action.comment = byId.value(action.comment.id, action.comment);
        if (action.operation == OutboxOperation::CommentReply) {
            QSqlQuery parent(m_database.connection());
            parent.prepare(QStringLiteral("SELECT remote_id FROM comments WHERE id = ?"));
            parent.addBindValue(action.parentRemoteId);
            if (!parent.exec()) {
                return databaseError(QStringLiteral("read comments"), parent.lastError().text());
            }
            action.parentRemoteId = parent.next() && !parent.value(0).isNull() ? parent.value(0).toLongLong()
                                                                              : action.comment.parentRemoteId;
        } else {
            action.parentRemoteId = action.comment.parentRemoteId;
        }
    }
    return actions;
}

Status CommentRepository::actionPushed(const CommentAction& action, const std::optional<RemoteComment>& server)
{
    const QSqlDatabase db = m_database.connection();
    return m_database.transaction([&]() -> Status {
        if (auto s = deleteEntry(db, action.entryId); !s) {
            return s;
        }
        const qint64 id = action.comment.id;
        if (action.operation == OutboxOperation::CommentDelete) {
            return forgetComment(db, id);
        }
        if (action.operation == OutboxOperation::CommentReply && server) {
            // A sync may have pulled the reply already (an earlier attempt whose answer was lost): one row, not two.
            QSqlQuery twin(db);
            twin.prepare(QStringLiteral("DELETE FROM comments WHERE site_id = ? AND remote_id = ? AND id != ?"));
            twin.addBindValue(action.comment.siteId);
            twin.addBindValue(server->id);
            twin.addBindValue(id);
            if (auto s = exec(twin, "update comments"); !s) {
                return s;
            }
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE comments SET remote_id = ?, remote_status = ?, parent_remote_id = ?, date_gmt = ?, "
                                     "author_email = ?, author_url = ?, author_ip = ?, author_user_agent = ? WHERE id = ?"));
            q.addBindValue(server->id);
            q.addBindValue(commentStatusName(commentStatusFromString(server->status).value_or(CommentStatus::Approved)));
            q.addBindValue(server->parent);
            q.addBindValue(commenttext::toStoredDate(server->dateGmt));
            q.addBindValue(notNullText(server->authorEmail));
            q.addBindValue(notNullText(server->authorUrl));
            q.addBindValue(notNullText(server->authorIp));
            q.addBindValue(notNullText(server->authorUserAgent));
            q.addBindValue(id);
            if (auto s = exec(q, "update comments"); !s) {
                return s;
            }
        } else if (action.operation == OutboxOperation::CommentStatus) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE comments SET remote_status = ?, gone = 0 WHERE id = ?"));
            q.addBindValue(server ? commentStatusName(commentStatusFromString(server->status).value_or(CommentStatus::Hold))
                                  : action.target);
            q.addBindValue(id);
            if (auto s = exec(q, "update comments"); !s) {
                return s;
            }
            // Later queued changes of this comment were decided against the status just written.
            QSqlQuery rebase(db);
            rebase.prepare(QStringLiteral("SELECT id, payload FROM outbox WHERE entity = 'comment' AND entity_id = ? "
                                          "AND operation IN (%1)").arg(commentOperationSqlList([](const OutboxKind& k) { return k.decidesStatus; })));
            rebase.addBindValue(id);
            if (auto s = exec(rebase, "read outbox"); !s) {
                return s;
            }
            while (rebase.next()) {
                QJsonObject payload = parsePayload(rebase.value(1).toString());
                payload.insert(QStringLiteral("base"), action.target);
                QSqlQuery write(db);
                write.prepare(QStringLiteral("UPDATE outbox SET payload = ? WHERE id = ?"));
                write.addBindValue(compact(payload));
                write.addBindValue(rebase.value(0).toLongLong());
                if (auto s = exec(write, "update outbox"); !s) {
                    return s;
                }
            }
        } else if (outboxKind(action.operation).changesFields) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE comments SET remote_content = NULL WHERE id = ?"));
            q.addBindValue(id);
            if (auto s = exec(q, "update comments"); !s) {
                return s;
            }
        }
        return refreshPending(db, id);
    });
}

Status CommentRepository::actionOverruled(const CommentAction& action, const QString& serverStatus,
                                          const QString& serverContent, const QString& notice)
{
    const QSqlDatabase db = m_database.connection();
    return m_database.transaction([&]() -> Status {
        const qint64 id = action.comment.id;
        QSqlQuery drop(db);
        drop.prepare(QStringLiteral("DELETE FROM outbox WHERE entity = 'comment' AND entity_id = ? AND operation IN (%1)")
                         .arg(commentOperationSqlList([&action](const OutboxKind& k) {
                             // An overruled edit drops the comment's edits; an overruled decision its decisions.
                             return outboxKind(action.operation).changesFields ? k.changesFields : k.decidesStatus;
                         })));
        drop.addBindValue(id);
        if (auto s = exec(drop, "update outbox"); !s) {
            return s;
        }
        if (outboxKind(action.operation).changesFields) {
            if (auto s = setContent(db, id, serverContent); !s) {
                return s;
            }
        }
        const CommentStatus local = commentStatusFromString(serverStatus).value_or(CommentStatus::Hold);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE comments SET remote_status = ?, notice = ?, "
                                 "status = CASE WHEN ? THEN ? ELSE status END, remote_content = NULL WHERE id = ?"));
        q.addBindValue(commentStatusName(local));
        q.addBindValue(notNullText(notice));
        q.addBindValue(outboxKind(action.operation).decidesStatus);
        q.addBindValue(commentStatusName(local));
        q.addBindValue(id);
        if (auto s = exec(q, "update comments"); !s) {
            return s;
        }
        return refreshPending(db, id);
    });
}

Status CommentRepository::discardAction(qint64 entryId)
{
    const QSqlDatabase db = m_database.connection();
    return m_database.transaction([&]() -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT entity_id, operation, payload FROM outbox WHERE id = ? AND entity = 'comment'"));
        q.addBindValue(entryId);
        if (auto s = exec(q, "read outbox"); !s) {
            return s;
        }
        if (!q.next()) {
            return {};
        }
        const qint64 id = q.value(0).toLongLong();
        const OutboxKind& kind = outboxKind(outboxOperation(u"comment", q.value(1).toString()));
        const QJsonObject payload = parsePayload(q.value(2).toString());
        if (auto s = deleteEntry(db, entryId); !s) {
            return s;
        }
        if (kind.createsOnBlog) {
            return forgetComment(db, id); // a reply entry exists only while the reply has not been sent
        }
        if (kind.changesFields) {
            if (payload.contains(QLatin1String("content"))) {
                if (auto s = setContent(db, id, payload.value(QStringLiteral("base")).toString()); !s) {
                    return s;
                }
            }
            if (auto s = setCommenter(db, id, commenterBases(payload)); !s) {
                return s;
            }
        } else {
            QSqlQuery back(db);
            back.prepare(QStringLiteral("UPDATE comments SET status = CASE WHEN remote_status = '' THEN 'approved' "
                                        "ELSE remote_status END WHERE id = ?"));
            back.addBindValue(id);
            if (auto s = exec(back, "update comments"); !s) {
                return s;
            }
        }
        return refreshPending(db, id);
    });
}

} // namespace longhand
