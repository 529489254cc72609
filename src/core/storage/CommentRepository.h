#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/domain/Comment.h"
#include "core/domain/CommentThread.h"
#include "core/domain/Outbox.h"
#include "core/domain/RemoteValues.h"

#include <QJsonObject>
#include <QList>

#include <memory>
#include <optional>

namespace longhand {

class Database;
class TriageRules;
namespace commentsearch {
struct Plan;
}

// What one moderator action changed, enough to undo it.
struct ModerationChange
{
    enum class Kind { Status, Reply, Edit };
    Kind kind = Kind::Status;
    QList<std::pair<qint64, CommentStatus>> previousStatuses; // local id -> status before the action
    qint64 replyId = 0;                                       // the reply written (Kind::Reply)
    qint64 editedId = 0;                                      // the comment edited (Kind::Edit)
    QString previousContent;
    CommentEdit previous;                                     // the edited fields' values before (Kind::Edit)
    int count() const { return kind == Kind::Status ? int(previousStatuses.size()) : 1; }
};

// A comment action waiting in the outbox (entity 'comment'), as the replay needs it.
struct CommentAction
{
    qint64 entryId = 0;
    OutboxOperation operation = OutboxOperation::Unknown; // a comment operation
    QString target;     // status: the status asked for; reply/edit: the text
    QString base;       // status/delete: the server status it was decided against; edit: the server text
    QString state;      // "pending" or "failed"
    int attempts = 0;
    QDateTime nextAttemptAt;
    Comment comment;
    qint64 parentRemoteId = 0; // reply: resolved from the parent's row (a reply to a reply written offline)
    // edit: the fields to write in REST names ("content", "author_name", "author_email", "author_url") and the
    // server's value of each when the edit was decided.
    QJsonObject fields;
    QJsonObject fieldBase;
};

// What an edit sends once the comment's current state on the blog is known: a field changed on the web since
// the edit was decided keeps the web's value (the web's decision) and is named in the notice.
struct CommentEditPlan
{
    QJsonObject send;         // fields still as decided against, with the moderator's values
    QStringList overruled;    // fields the web changed meanwhile
    QString notice;           // for the moderator; empty when nothing was overruled
    static CommentEditPlan make(const CommentAction& action, const RemoteComment& server);
};

// The post comments are on, as the cache holds it (for a review pass beside its comments).
struct CommentedPost
{
    QString title;
    QString text; // the blog's HTML when html (untrusted: sanitize before showing), else the writer's Markdown
    bool html = false;
};

struct CommentUpsertCounts
{
    int inserted = 0;
    int updated = 0;
    int newPending = 0; // held comments not seen before
};

// Comments in the cache: what sync brings, the queue's queries and the moderator's actions. Every
// action changes the comment and records it in the outbox in one transaction; a comment's queued
// actions coalesce (approve then spam is one "spam"; approve then unapprove is nothing at all).
class CommentRepository final
{
public:
    explicit CommentRepository(Database& database, std::shared_ptr<Clock> clock = Clock::system());

    // --- Sync
    // Stores a page; a comment with a queued local action keeps its local status and text.
    Result<CommentUpsertCounts> upsertComments(qint64 siteId, const QList<RemoteComment>& comments, const TriageRules& rules);
    // The server's status as the reconciliation saw it; comments with queued actions keep their local status.
    Status applyRemoteStatuses(qint64 siteId, const QList<RemoteCommentStatus>& statuses);
    // The newest comment id pulled from the blog (0 when none): later comments have larger ids.
    Result<qint64> maxRemoteId(qint64 siteId);
    // Of these remote ids, the ones the cache has no row for.
    Result<QList<qint64>> absentRemoteIds(qint64 siteId, const QList<qint64>& remoteIds);
    // Remote ids of the comments the cache believes held on the blog, in order (the partial index of schema 15:
    // as many rows read as there are held comments, not the blog's every comment).
    Result<QList<qint64>> heldRemoteIds(qint64 siteId);
    // Deleted on the server: kept, marked gone, its queued actions dropped.
    Status markGone(qint64 siteId, const QList<qint64>& remoteIds, const QString& notice);
    // Applies changed rules (block list, link threshold) to every cached comment; returns how many changed.
    Result<int> recomputeFlags(const TriageRules& rules);

    // --- The queue
    // limit > 0: only the first `limit` ids, in the same order (a list's first page, read before the rest).
    Result<QList<qint64>> ids(const CommentFilter& filter, int limit = 0);
    Result<QList<Comment>> byIds(const QList<qint64>& ids);
    Result<std::optional<Comment>> byId(qint64 id);
    Result<std::optional<Comment>> byRemoteId(qint64 siteId, qint64 remoteId);
    // The comment a reply answers (nullopt for a top-level comment or one not in the cache).
    Result<std::optional<Comment>> parentOf(const Comment& comment);
    // Every comment of a post, oldest first.
    Result<QList<Comment>> thread(qint64 siteId, qint64 postRemoteId);
    // The thread view's rows of a post's comments, oldest first, as a tree: only what a row shows (an excerpt of the
    // visible text, made here, not the comment's HTML), so a post with thousands of comments is held cheaply.
    Result<CommentThread> threadTree(qint64 siteId, qint64 postRemoteId);
    Result<CommentCounts> counts(std::optional<qint64> siteId = std::nullopt, std::optional<qint64> postRemoteId = std::nullopt);
    // Per status, with every other part of the filter (blog, post, unreplied, mine, type, search).
    Result<CommentCounts> counts(const CommentFilter& filter);
    // EXPLAIN QUERY PLAN of the queue's query for a filter (the detail lines), for tests and benchmarks.
    Result<QStringList> queryPlan(const CommentFilter& filter);
    Result<CommenterStats> commenterStats(const Comment& comment);
    // The post's title and excerpt, as cached (empty when the post is not).
    Result<std::pair<QString, QString>> postSummary(qint64 siteId, qint64 postRemoteId);
    // The post's title and whole text; nullopt when the cache does not hold it.
    Result<std::optional<CommentedPost>> commentedPost(qint64 siteId, qint64 postRemoteId);

    // --- Actions (local at once, queued for the blog)
    Result<ModerationChange> setStatus(const QList<qint64>& ids, CommentStatus target);
    // Empty Spam / Empty Trash: every comment of the blog with this status (spam or trash) deleted for
    // good, queued like setStatus(ids, Deleted) (one DELETE ?force=true each: WordPress has no batch
    // for comments); one change, so one undo takes it back until it is sent.
    Result<ModerationChange> emptyStatus(qint64 siteId, CommentStatus status);
    // "Not spam" and "Restore": back to the status the comment had before spam or trash (pending if unknown).
    Result<ModerationChange> restore(const QList<qint64>& ids);
    // Replies as the signed-in user; a pending parent is approved first, as wp-admin does.
    Result<ModerationChange> reply(qint64 parentId, const QString& text);
    // The text is cleaned with the comment sanitizer first (WordPress's comment tags only).
    Result<ModerationChange> edit(qint64 id, const QString& text);
    // Text and commenter (name, email, URL) as wp-admin's Quick Edit; queued and merged like a text edit.
    Result<ModerationChange> edit(qint64 id, const CommentEdit& edit);
    Status undo(const ModerationChange& change);

    // --- Replay
    Result<QList<CommentAction>> queuedActions(qint64 siteId);
    // The server took the action: its answer becomes the comment's remote state.
    Status actionPushed(const CommentAction& action, const std::optional<RemoteComment>& server);
    // The server's status or text changed since the action was decided: the server's decision stands.
    Status actionOverruled(const CommentAction& action, const QString& serverStatus, const QString& serverContent,
                           const QString& notice);
    // An edit the web overruled in part or whole: the comment takes the blog's text and commenter.
    Status editOverruled(const CommentAction& action, const RemoteComment& server, const QString& notice);
    // A queued comment action was discarded by the user: the comment shows the server's state again.
    Status discardAction(qint64 entryId);

private:
    static QString idsQuery(const CommentFilter& filter, const QString& match, const QString& columns = QStringLiteral("c.id"));
    bool walkFits(const commentsearch::Plan& search);
    Result<std::optional<QList<qint64>>> firstByWalking(const CommentFilter& filter, const QString& match, int limit);
    Result<std::optional<Comment>> one(const QString& where, const QVariantList& values);

    Database& m_database;
    std::shared_ptr<Clock> m_clock;
};

} // namespace longhand
