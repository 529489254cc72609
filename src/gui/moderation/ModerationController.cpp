#include "gui/moderation/ModerationController.h"

#include "core/FutureUtils.h"
#include "core/Logging.h"
#include "core/storage/StorageExecutor.h"
#include "gui/accounts/SyncController.h"

namespace longhand {

ModerationController::ModerationController(StorageExecutor& storage, SyncController* sync, QObject* parent)
    : QObject(parent)
    , m_storage(storage)
    , m_sync(sync)
{
}

ModerationController::~ModerationController() = default;

void ModerationController::setStatus(const QList<qint64>& ids, CommentStatus target)
{
    if (ids.isEmpty()) {
        return;
    }
    auto future = m_storage.run([ids, target](Database& db) { return CommentRepository(db).setStatus(ids, target); });
    run(future, [target](const ModerationChange& change) {
        const int n = change.count();
        switch (target) {
        case CommentStatus::Hold:
            return tr("Unapproved %n comment(s).", nullptr, n);
        case CommentStatus::Approved:
            return tr("Approved %n comment(s).", nullptr, n);
        case CommentStatus::Spam:
            return tr("Marked %n comment(s) as spam.", nullptr, n);
        case CommentStatus::Trash:
            return tr("Moved %n comment(s) to the trash.", nullptr, n);
        case CommentStatus::Deleted:
            return tr("Deleted %n comment(s) for good.", nullptr, n);
        }
        return QString();
    });
}

void ModerationController::emptyStatus(qint64 siteId, CommentStatus status)
{
    auto future
        = m_storage.run([siteId, status](Database& db) { return CommentRepository(db).emptyStatus(siteId, status); });
    run(
        future,
        [status](const ModerationChange& change) {
            return status == CommentStatus::Spam
                ? tr("Emptied the spam: %n comment(s) deleted for good.", nullptr, change.count())
                : tr("Emptied the trash: %n comment(s) deleted for good.", nullptr, change.count());
        },
        true);
}

void ModerationController::restore(const QList<qint64>& ids)
{
    if (ids.isEmpty()) {
        return;
    }
    auto future = m_storage.run([ids](Database& db) { return CommentRepository(db).restore(ids); });
    run(future, [](const ModerationChange& change) { return tr("Restored %n comment(s).", nullptr, change.count()); });
}

void ModerationController::reply(qint64 parentId, const QString& text)
{
    auto future = m_storage.run([parentId, text](Database& db) { return CommentRepository(db).reply(parentId, text); });
    run(future, [](const ModerationChange& change) {
        return change.previousStatuses.isEmpty() ? tr("Reply saved.") : tr("Approved the comment and saved the reply.");
    });
}

void ModerationController::edit(qint64 id, const QString& text)
{
    auto future = m_storage.run([id, text](Database& db) { return CommentRepository(db).edit(id, text); });
    run(future, [](const ModerationChange&) { return tr("Comment edited."); });
}

void ModerationController::edit(qint64 id, const CommentEdit& edit)
{
    auto future = m_storage.run([id, edit](Database& db) { return CommentRepository(db).edit(id, edit); });
    const bool commenter = edit.authorName || edit.authorEmail || edit.authorUrl;
    run(future, [commenter](const ModerationChange&) { return commenter ? tr("Comment and commenter edited.") : tr("Comment edited."); });
}

void ModerationController::run(
    QFuture<Result<ModerationChange>> future, std::function<QString(const ModerationChange&)> describe, bool rowsChanged)
{
    ++m_running;
    const int sequence = ++m_issued;
    Q_EMIT undoAvailableChanged(canUndo());
    onFinished(future, this,
        [this, sequence, rowsChanged, describe = std::move(describe)](const Result<ModerationChange>& result) {
        --m_running;
        // An undo asked for while this was the latest action meant this one; when there is nothing
        // to take back, it must not take back an older action instead.
        const auto forgetUndoRequest = [this, sequence] { m_undoFor.removeAll(sequence); };
        if (!result) {
            qCWarning(lcModeration) << "moderation action failed:" << result.error().message;
            Q_EMIT errorOccurred(result.error().message);
            forgetUndoRequest();
            settle();
            return;
        }
        const ModerationChange& change = result.value();
        const QList<qint64> ids = affected(change);
        if (ids.isEmpty()) {
            Q_EMIT statusMessage(tr("Nothing to change."));
            forgetUndoRequest();
            settle();
            return;
        }
        m_undo.append(change);
        while (m_undo.size() > kMaxUndo) {
            m_undo.removeFirst();
        }
        Q_EMIT changed(ids, rowsChanged || change.kind == ModerationChange::Kind::Reply);
        if (change.kind == ModerationChange::Kind::Reply) {
            Q_EMIT replied(change.replyId);
        }
        Q_EMIT statusMessage(describe(change) + QLatin1Char(' ') + tr("Press Z to undo."));
        push();
        settle();
    });
}

void ModerationController::undo()
{
    if (m_running > 0) {
        // The action this undo means may not be stored yet: undo it once everything is.
        m_undoFor.append(m_issued);
        return;
    }
    if (m_undo.isEmpty()) {
        Q_EMIT statusMessage(tr("Nothing to undo."));
        return;
    }
    const ModerationChange change = m_undo.takeLast();
    ++m_running;
    auto future = m_storage.run([change](Database& db) { return CommentRepository(db).undo(change); });
    onFinished(future, this, [this, change](const Status& status) {
        --m_running;
        if (!status) {
            Q_EMIT errorOccurred(status.error().message);
            settle();
            return;
        }
        const QList<qint64> ids = affected(change);
        Q_EMIT changed(ids, change.kind == ModerationChange::Kind::Reply);
        Q_EMIT undone(ids);
        Q_EMIT statusMessage(change.kind == ModerationChange::Kind::Reply ? tr("Reply taken back.")
                : change.kind == ModerationChange::Kind::Edit
                ? tr("Edit undone.")
                : tr("Undone: %n comment(s) back as they were.", nullptr, change.count()));
        push();
        settle();
    });
}

void ModerationController::settle()
{
    if (m_running == 0 && !m_undoFor.isEmpty()) {
        m_undoFor.removeFirst();
        undo();
        return;
    }
    Q_EMIT undoAvailableChanged(canUndo());
}

void ModerationController::push()
{
    if (m_sync) {
        m_sync->pushComments();
    }
}

QList<qint64> ModerationController::affected(const ModerationChange& change)
{
    QList<qint64> ids;
    for (const auto& entry : change.previousStatuses) {
        ids.append(entry.first);
    }
    if (change.kind == ModerationChange::Kind::Reply && change.replyId != 0) {
        ids.append(change.replyId);
    }
    if (change.kind == ModerationChange::Kind::Edit && change.editedId != 0) {
        ids.append(change.editedId);
    }
    return ids;
}

} // namespace longhand
