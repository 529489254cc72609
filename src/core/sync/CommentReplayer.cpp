#include "core/sync/CommentReplayer.h"

#include "core/FutureUtils.h"
#include "core/Logging.h"
#include "core/blog/BlogClient.h"
#include "core/storage/PublishRepository.h"
#include "core/storage/StorageExecutor.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace longhand {

namespace {

QString normalized(const QString& remoteStatus)
{
    if (remoteStatus == QLatin1String("post-trashed")) {
        return QStringLiteral("trash");
    }
    const auto status = commentStatusFromString(remoteStatus);
    return status ? commentStatusName(*status) : remoteStatus;
}

// An edit plan's fields (REST's names, as the outbox keeps them) as the seam's changes.
CommentChanges changesFrom(const QJsonObject& send)
{
    CommentChanges changes;
    const auto field = [&send](const char* key) -> std::optional<QString> {
        const QString name = QString::fromLatin1(key);
        return send.contains(name) ? std::optional<QString>(send.value(name).toString()) : std::nullopt;
    };
    changes.content = field("content");
    changes.authorName = field("author_name");
    changes.authorEmail = field("author_email");
    changes.authorUrl = field("author_url");
    return changes;
}

} // namespace

CommentReplayer::CommentReplayer(StorageExecutor& storage, BlogClient& client, std::shared_ptr<Clock> clock, QObject* parent)
    : QObject(parent)
    , m_storage(storage)
    , m_client(client)
    , m_clock(std::move(clock))
{
}

void CommentReplayer::replay()
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_tried.clear();
    m_firstError.reset();
    m_unreachable = false;
    next();
}

// Reloads the queue before each action: pushing one can rebase or drop the comment's later ones.
void CommentReplayer::next()
{
    const qint64 siteId = m_client.site().id;
    onFinished(m_storage.run([siteId, clock = m_clock](Database& db) { return CommentRepository(db, clock).queuedActions(siteId); }),
               this, [this](const Result<QList<CommentAction>>& actions) {
                   if (!actions) {
                       m_running = false;
                       Q_EMIT finished(actions.error());
                       return;
                   }
                   const QDateTime now = m_clock->nowUtc();
                   if (m_unreachable) {
                       // The blog cannot be reached: the rest waits for the next round instead of
                       // each timing out in turn.
                       m_running = false;
                       Q_EMIT finished(m_firstError ? Status(*m_firstError) : Status());
                       return;
                   }
                   QSet<qint64> blocked; // a comment whose earlier action waits: its later ones wait too
                   for (const CommentAction& action : actions.value()) {
                       const qint64 commentId = action.comment.id;
                       if (m_tried.contains(action.entryId) || blocked.contains(commentId)) {
                           blocked.insert(commentId);
                           continue;
                       }
                       const bool due = action.state == QLatin1String("pending")
                           && (m_ignoreRetryDelay || !action.nextAttemptAt.isValid() || action.nextAttemptAt <= now);
                       const bool ready = outboxKind(action.operation).createsOnBlog
                           ? (action.parentRemoteId > 0 || action.comment.parentRemoteId == 0)
                           : action.comment.remoteId > 0;
                       if (!due || !ready) {
                           blocked.insert(commentId);
                           continue;
                       }
                       m_tried.insert(action.entryId);
                       start(action);
                       return;
                   }
                   m_running = false;
                   Q_EMIT finished(m_firstError ? Status(*m_firstError) : Status());
               });
}

void CommentReplayer::start(const CommentAction& action)
{
    if (outboxKind(action.operation).createsOnBlog) {
        if (action.attempts > 0) {
            // An earlier attempt may have reached the blog with its answer lost: look before posting again.
            adoptExisting(action, Error {});
        } else {
            sendReply(action);
        }
        return;
    }
    onFinished(m_client.fetchComment(action.comment.remoteId), this, [this, action](const Result<RemoteComment>& server) {
        if (!server) {
            if (server.error().code == Error::Code::RemoteNotFound) {
                deletedOnBlog(action);
            } else {
                failAction(action, server.error());
            }
            return;
        }
        checked(action, server.value());
    });
}

void CommentReplayer::checked(const CommentAction& action, const RemoteComment& server)
{
    const QString serverStatus = normalized(server.status);
    if (outboxKind(action.operation).changesFields) {
        // Text and commenter: a field changed on the web meanwhile keeps the web's value (CommentEditPlan).
        const CommentEditPlan plan = CommentEditPlan::make(action, server);
        const auto done = [this, action, plan](const RemoteComment& now) {
            plan.overruled.isEmpty() ? pushed(action, now) : editOverruled(action, now, plan.notice);
        };
        if (plan.send.isEmpty()) {
            done(server);
            return;
        }
        onFinished(m_client.updateComment(server.id, changesFrom(plan.send)), this, [this, action, done](const Result<RemoteComment>& updated) {
            if (!updated) {
                failAction(action, updated.error());
                return;
            }
            done(updated.value());
        });
        return;
    }
    const QString wanted = action.operation == OutboxOperation::CommentDelete ? QStringLiteral("deleted") : action.target;
    // A delete for good that finds the comment in the trash goes on: trashing is the way there (XML-RPC deletes in two
    // calls, trash then delete, and a run cut between them leaves it there), and a comment the web trashed meanwhile
    // was on its way out too.
    const bool deleteFromTrash = action.operation == OutboxOperation::CommentDelete && serverStatus == QLatin1String("trash");
    if (serverStatus != action.base && !deleteFromTrash) {
        if (serverStatus == wanted) {
            pushed(action, server); // someone did the same on the web
            return;
        }
        const QString label = commentStatusLabel(commentStatusFromString(serverStatus).value_or(CommentStatus::Hold));
        overruled(action, serverStatus, {},
                  tr("Changed on the blog to \"%1\" meanwhile; the blog's decision stands.").arg(label));
        return;
    }
    if (action.operation == OutboxOperation::CommentDelete) {
        onFinished(m_client.deleteComment(server.id, true), this, [this, action](const Result<bool>& deleted) {
            if (!deleted && deleted.error().code != Error::Code::RemoteNotFound) {
                failAction(action, deleted.error());
                return;
            }
            pushed(action, std::nullopt);
        });
        return;
    }
    onFinished(m_client.updateComment(server.id, CommentChanges {std::nullopt, action.target}), this,
               [this, action](const Result<RemoteComment>& updated) {
                   if (!updated) {
                       failAction(action, updated.error());
                       return;
                   }
                   pushed(action, updated.value());
               });
}

void CommentReplayer::sendReply(const CommentAction& action)
{
    onFinished(m_client.createComment(NewComment {action.comment.postRemoteId, action.parentRemoteId, action.target}), this, [this, action](const Result<RemoteComment>& created) {
        if (created) {
            pushed(action, created.value());
            return;
        }
        if (created.error().meaning == Error::Meaning::DuplicateComment) {
            adoptExisting(action, created.error());
            return;
        }
        failAction(action, created.error());
    });
}

// createError is empty when looking before a retry; set when WordPress refused a duplicate.
void CommentReplayer::adoptExisting(const CommentAction& action, const Error& createError)
{
    onFinished(m_client.findReplies(action.comment.postRemoteId, action.parentRemoteId, m_client.site().userId), this,
               [this, action, createError](const Result<QList<RemoteComment>>& replies) {
                   if (!replies) {
                       failAction(action, replies.error());
                       return;
                   }
                   for (const RemoteComment& reply : replies.value()) {
                       if (reply.content.trimmed() == action.target.trimmed()) {
                           qCInfo(lcModeration) << "Reply found on the blog as comment" << reply.id << "; not posting it again";
                           pushed(action, reply);
                           return;
                       }
                   }
                   if (createError.code == Error::Code::None) {
                       sendReply(action);
                   } else {
                       failAction(action, createError);
                   }
               });
}

void CommentReplayer::pushed(const CommentAction& action, const std::optional<RemoteComment>& server)
{
    onFinished(m_storage.run([action, server, clock = m_clock](Database& db) {
                   return CommentRepository(db, clock).actionPushed(action, server);
               }),
               this, [this, id = action.comment.id](const Status& stored) {
                   if (stored) {
                       Q_EMIT actionPushed(id);
                   }
                   afterStore(stored);
               });
}

void CommentReplayer::overruled(const CommentAction& action, const QString& serverStatus, const QString& serverContent,
                                const QString& message)
{
    qCInfo(lcModeration) << "Comment" << action.comment.remoteId << "changed on the blog; its decision stands";
    onFinished(m_storage.run([action, serverStatus, serverContent, message, clock = m_clock](Database& db) {
                   return CommentRepository(db, clock).actionOverruled(action, serverStatus, serverContent, message);
               }),
               this, [this, id = action.comment.id, message](const Status& stored) {
                   if (stored) {
                       Q_EMIT actionOverruled(id, message);
                   }
                   afterStore(stored);
               });
}

void CommentReplayer::editOverruled(const CommentAction& action, const RemoteComment& server, const QString& message)
{
    onFinished(m_storage.run([action, server, message, clock = m_clock](Database& db) {
                   return CommentRepository(db, clock).editOverruled(action, server, message);
               }),
               this, [this, id = action.comment.id, message](const Status& stored) {
                   if (stored) {
                       Q_EMIT actionOverruled(id, message);
                   }
                   afterStore(stored);
               });
}

void CommentReplayer::deletedOnBlog(const CommentAction& action)
{
    if (action.operation == OutboxOperation::CommentDelete) {
        pushed(action, std::nullopt); // what was asked for
        return;
    }
    const QString message = tr("The comment was deleted on the blog; your action was not applied.");
    const qint64 siteId = m_client.site().id;
    onFinished(m_storage.run([siteId, remoteId = action.comment.remoteId, message, clock = m_clock](Database& db) {
                   return CommentRepository(db, clock).markGone(siteId, {remoteId}, message);
               }),
               this, [this, id = action.comment.id, message](const Status& stored) {
                   if (stored) {
                       Q_EMIT actionOverruled(id, message);
                   }
                   afterStore(stored);
               });
}

void CommentReplayer::failAction(const CommentAction& action, const Error& error)
{
    const bool transient = error.isTransient();
    if (error.code == Error::Code::Network || error.code == Error::Code::Timeout) {
        m_unreachable = true;
    }
    if (!m_firstError) {
        m_firstError = error;
    }
    const int attempts = action.attempts + 1;
    const qint64 delay = std::min<qint64>(3600, qint64(m_baseRetryDelaySecs) << std::min(attempts - 1, 10));
    const QDateTime nextAttempt = transient ? m_clock->nowUtc().addSecs(delay) : QDateTime();
    qCWarning(lcModeration) << "Comment action" << outboxOperationName(action.operation) << "failed:" << error.message;
    onFinished(m_storage.run([entry = action.entryId, message = error.message, transient, nextAttempt, clock = m_clock](Database& db) {
                   return PublishRepository(db, clock).recordFailure(entry, message, !transient, nextAttempt);
               }),
               this, [this, id = action.comment.id, error, transient](const Status& stored) {
                   Q_EMIT actionFailed(id, error, transient);
                   afterStore(stored);
               });
}

void CommentReplayer::afterStore(const Status& stored)
{
    if (!stored && !m_firstError) {
        m_firstError = stored.error();
    }
    next();
}

} // namespace longhand
