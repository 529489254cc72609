#pragma once
// Private to src/core/storage: the pieces of a comment's outbox entries that CommentActions.cpp and
// CommentEdits.cpp share. Every function runs inside the caller's transaction.

#include "core/Error.h"
#include "core/domain/Comment.h"
#include "core/domain/Outbox.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <optional>

namespace longhand {

struct CommentAction;

namespace commentoutbox {

struct Row
{
    qint64 id = 0;
    qint64 remoteId = 0;
    CommentStatus status = CommentStatus::Hold;
    QString remoteStatus;
    QString content;
    qint64 siteId = 0;
    qint64 postRemoteId = 0;
    QString authorName;
    QString authorEmail;
    QString authorUrl;
};

struct Entry
{
    qint64 id = 0;
    QJsonObject payload;
};

Result<std::optional<Row>> loadRow(const QSqlDatabase& db, qint64 id);
Error gone(qint64 id);
QJsonObject parsePayload(const QString& payload);
QString compact(const QJsonObject& object);
Status exec(QSqlQuery& q, const char* what);
// Removes a comment and everything queued for it: a reply never sent, or one deleted for good on the blog.
Status forgetComment(const QSqlDatabase& db, qint64 id);
Status refreshPending(const QSqlDatabase& db, qint64 id);
// The comment's first entry among the operations the predicate picks.
Result<std::optional<Entry>> findEntry(const QSqlDatabase& db, qint64 commentId,
                                       const std::function<bool(const OutboxKind&)>& operations);
Status deleteEntry(const QSqlDatabase& db, qint64 entryId);
// Inserts or rewrites (keeping its place in line) the comment's entry of this kind.
Status putEntry(const QSqlDatabase& db, const std::optional<Entry>& existing, qint64 siteId, qint64 commentId,
                OutboxOperation operation, const QJsonObject& payload, const QDateTime& now);
Status queueStatus(const QSqlDatabase& db, const Row& row, CommentStatus target, const QDateTime& now);
Status setContent(const QSqlDatabase& db, qint64 id, const QString& text);

// CommentEdits.cpp
// The commenter's fields that are set (name, email, URL) written to the row; the text is not touched.
Status setCommenter(const QSqlDatabase& db, qint64 id, const CommentEdit& edit);
// The row changed at once; an 'edit' entry holds each changed field with the server value it was decided against.
Status queueEdit(const QSqlDatabase& db, const Row& row, const CommentEdit& edit, const QDateTime& now);
// An edit entry's fields and bases into the action the replay works on.
void readEditFields(const QJsonObject& payload, CommentAction& action);
// The commenter's fields of an edit entry at their bases (for discarding it).
CommentEdit commenterBases(const QJsonObject& payload);

} // namespace commentoutbox

} // namespace longhand
