#pragma once

#include "core/Error.h"
#include "core/domain/Comment.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace longhand {

class CliContext;
class CommentRepository;
class BlogClient;
class BlogWorkflow;

// Each starts its work and finishes it asynchronously through the context.
void runAccountCommand(CliContext& context);
void runSyncCommand(CliContext& context);
void runPostsCommand(CliContext& context);
void runPublishCommand(CliContext& context);
void runExportCommand(CliContext& context);
void runCommentsCommand(CliContext& context);
void runMediaCommand(CliContext& context); // media list (MediaCommands.cpp)

// What sending a blog's queued comment actions did, by local comment id.
struct CommentPushReport
{
    struct Failure
    {
        Error error;
        bool willRetry = false;
    };
    QSet<qint64> pushed;
    QHash<qint64, QString> overruled; // the blog's state stands (changed or deleted there); why
    QHash<qint64, Failure> failed; // not sent: queued for the next sync, or refused for good (!willRetry)
    std::optional<Error> unreachable; // the round stopped early: the blog cannot be reached
    QHash<qint64, Comment> comments; // the comments named above, as the cache holds them afterwards
    int stillQueued = 0; // the blog's comment actions left in the outbox
};

// Records in report how each comment action the workflow sends fares (for pushNow and sync).
void collectCommentOutcomes(BlogWorkflow* workflow, std::shared_ptr<CommentPushReport> report);
// Reads back the comments a push touched (and alsoRead) and what is still queued for the blog, then calls done.
void completeCommentPushReport(CliContext& context, std::shared_ptr<CommentPushReport> report, qint64 siteId,
    const QList<qint64>& alsoRead, std::function<void(const CommentPushReport&)> done);
// The overruled and failed actions of a push, one line each on standard error (for sync).
void printCommentPushProblems(CliContext& context, const CommentPushReport& report);

// How the comments a command acted on fared, one line each; false (and the context failed) when any
// did not reach the blog as asked.
bool reportOutcome(CliContext& context, const QList<qint64>& localIds, const QHash<qint64, qint64>& remoteIds,
    const CommentPushReport& report);
// Connects to the blog and sends what waits, then hands over the report (or fails the context with
// the reason nothing was sent).
void pushNow(CliContext& context, qint64 siteId, const QList<qint64>& localIds,
    std::function<void(const CommentPushReport&)> done);
// comments edit ID [--author-name N] [--author-email E] [--author-url U] [--text T|-] [--json]
// (CommentEditCommand.cpp).
void editComment(CliContext& context);
// The blog's comment, found by the id the blog gave it; a clear error when the cache does not know it.
Result<Comment> findComment(CommentRepository& repo, qint64 siteId, qint64 remoteId);
// A comment as --json prints it (list, show, reply, edit).
QJsonObject commentJson(const Comment& comment);
// comments empty-spam / empty-trash [--site ID] --yes [--json] (CommentEmptyCommands.cpp).
void emptyComments(CliContext& context, CommentStatus status);

} // namespace longhand
