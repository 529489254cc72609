#pragma once

#include "core/domain/Comment.h"
#include "core/storage/CommentRepository.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <functional>

namespace longhand {

class StorageExecutor;
class SyncController;

// Runs the moderator's actions on the storage thread, keeps them undoable, and asks the sync
// controller to send them to the blog at once (offline they stay queued in the outbox).
class ModerationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModerationController)

public:
    static constexpr int kMaxUndo = 200;

    // sync may be null (tests of the queue alone); actions then wait in the outbox.
    ModerationController(StorageExecutor& storage, SyncController* sync, QObject* parent = nullptr);
    ~ModerationController() override;

    bool canUndo() const { return !m_undo.isEmpty() || m_running > 0; }
    // Actions and undos queued on the storage thread and not answered yet.
    bool isBusy() const { return m_running > 0; }

public Q_SLOTS:
    void setStatus(const QList<qint64>& ids, longhand::CommentStatus target);
    // Empty Spam / Empty Trash of one blog: deleted for good, through the outbox.
    void emptyStatus(qint64 siteId, longhand::CommentStatus status);
    // "Not spam" / "Restore": back to the status before spam or trash.
    void restore(const QList<qint64>& ids);
    void reply(qint64 parentId, const QString& text);
    void edit(qint64 id, const QString& text);
    // Text and commenter; only the fields set are changed.
    void edit(qint64 id, const CommentEdit& edit);
    // Takes back the most recent action (once it has been stored, if it is still running).
    void undo();

Q_SIGNALS:
    // An action or undo was stored: these comments changed; rowsChanged when comments were added or
    // removed (a reply, or its undo), so lists must read their ids again.
    void changed(const QList<qint64>& commentIds, bool rowsChanged);
    // A reply was stored as this new comment.
    void replied(qint64 replyId);
    void undone(const QList<qint64>& commentIds);
    void errorOccurred(const QString& message);
    void statusMessage(const QString& message);
    void undoAvailableChanged(bool available);

private:
    // rowsChanged: lists must read their ids again (the comments leave them).
    void run(QFuture<Result<ModerationChange>> future, std::function<QString(const ModerationChange&)> describe,
        bool rowsChanged = false);
    void settle();
    void push();
    static QList<qint64> affected(const ModerationChange& change);

    StorageExecutor& m_storage;
    QPointer<SyncController> m_sync;
    QList<ModerationChange> m_undo; // most recent last
    int m_running = 0;
    int m_issued = 0; // actions started so far
    QList<int> m_undoFor; // z pressed while running: the latest action started then
};

} // namespace longhand
