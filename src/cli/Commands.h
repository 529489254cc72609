#pragma once

#include "core/Error.h"
#include "core/domain/Comment.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace longhand {

class CliContext;
class WordPressClient;

// Each starts its work and finishes it asynchronously through the context.
void runAccountCommand(CliContext& context);
void runSyncCommand(CliContext& context);
void runPostsCommand(CliContext& context);
void runPublishCommand(CliContext& context);
void runExportCommand(CliContext& context);
void runCommentsCommand(CliContext& context);

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

// Sends the blog's queued comment actions now (retry delays ignored), then calls done with the report,
// whose comments include alsoRead. Stops at the first sign that the blog cannot be reached: every other
// action would only wait out the same failure.
void pushCommentActions(CliContext& context, std::shared_ptr<WordPressClient> client, const QList<qint64>& alsoRead,
    std::function<void(const CommentPushReport&)> done);
// The overruled and failed actions of a push, one line each on standard error (for sync).
void printCommentPushProblems(CliContext& context, const CommentPushReport& report);

} // namespace longhand
