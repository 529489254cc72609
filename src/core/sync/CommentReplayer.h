#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/storage/CommentRepository.h"

#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

namespace longhand {

class StorageExecutor;
class BlogClient;

// Sends a blog's queued moderation actions in order. Before changing a comment it asks the blog for
// the comment's current state: when someone changed it on the web since it was fetched, the web's
// decision stands and the moderator is told; a comment deleted on the blog is marked so and its
// actions dropped, never retried forever. A reply whose answer was lost is found again (WordPress
// refuses the duplicate), so a retry never posts it twice.
class CommentReplayer final : public QObject
{
    Q_OBJECT

public:
    CommentReplayer(StorageExecutor& storage, BlogClient& client, std::shared_ptr<Clock> clock = Clock::system(),
                    QObject* parent = nullptr);

    void setBaseRetryDelaySecs(int seconds) { m_baseRetryDelaySecs = seconds; }
    void setIgnoreRetryDelay(bool ignore) { m_ignoreRetryDelay = ignore; }
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void replay();

Q_SIGNALS:
    void actionPushed(qint64 commentId);
    // The blog's state won; message says what happened, for the moderator.
    void actionOverruled(qint64 commentId, const QString& message);
    void actionFailed(qint64 commentId, const longhand::Error& error, bool willRetry);
    // Every due action was tried; status is the first failure, if any.
    void finished(const longhand::Status& status);

private:
    void next();
    void start(const CommentAction& action);
    void checked(const CommentAction& action, const RemoteComment& server);
    void sendReply(const CommentAction& action);
    void adoptExisting(const CommentAction& action, const Error& createError);
    void pushed(const CommentAction& action, const std::optional<RemoteComment>& server);
    void overruled(const CommentAction& action, const QString& serverStatus, const QString& serverContent,
                   const QString& message);
    void editOverruled(const CommentAction& action, const RemoteComment& server, const QString& message);
    void deletedOnBlog(const CommentAction& action);
    void failAction(const CommentAction& action, const Error& error);
    void afterStore(const Status& stored);

    StorageExecutor& m_storage;
    BlogClient& m_client;
    std::shared_ptr<Clock> m_clock;
    int m_baseRetryDelaySecs = 30;
    bool m_ignoreRetryDelay = false;
    bool m_running = false;
    bool m_unreachable = false; // a request could not reach the blog: stop this round
    QSet<qint64> m_tried; // entries handled this round (a failure is not tried again until the next)
    std::optional<Error> m_firstError;
};

} // namespace longhand
