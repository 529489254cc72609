#pragma once

#include "core/Error.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QToolButton>

#include <utility>

namespace longhand {

class StorageExecutor;
class SyncController;

// What a sync changed in moderation, for the moderator: comments new to the queue, the web's decisions that
// won over an action queued here (each with its comment and why), actions the blog refused or that still wait.
struct ModerationSummary
{
    int newComments = 0;
    QList<std::pair<qint64, QString>> overruled; // comment id, what happened
    QHash<qint64, QString> about;                 // comment id: whose comment on which post, and how it begins
    int refused = 0;                             // actions the blog refused for good
    int waiting = 0;                             // comment actions still in the outbox after the sync

    bool isEmpty() const { return newComments == 0 && overruled.isEmpty() && refused == 0 && waiting == 0; }
    // One line: "3 new comments · 1 web decision kept · 2 actions waiting"; empty when there is nothing to say.
    QString text() const;
};

// Collects a ModerationSummary over each sync run (started … finished) from the sync's signals, counts what
// still waits in the outbox through the storage thread, and reports it.
class SyncSummaryCollector final : public QObject
{
    Q_OBJECT

public:
    SyncSummaryCollector(SyncController& sync, StorageExecutor& storage, QObject* parent = nullptr);
    const ModerationSummary& last() const { return m_last; }

Q_SIGNALS:
    void summaryReady(const longhand::ModerationSummary& summary);

private:
    void finish();

    StorageExecutor& m_storage;
    ModerationSummary m_current;
    ModerationSummary m_last;
};

// The status bar's button for the last sync's moderation summary (hidden while there is nothing to say);
// a click opens the details: each overruled action with a button that shows its comment in the queue.
class SyncSummaryButton final : public QToolButton
{
    Q_OBJECT

public:
    SyncSummaryButton(SyncController& sync, StorageExecutor& storage, QWidget* parent = nullptr);
    void showSummary(const ModerationSummary& summary);
    const ModerationSummary& summary() const { return m_summary; }
    // The status bar shows a message: the button steps aside until it is gone.
    void setRoomTaken(bool taken);
    // The details dialog (for tests): built on demand, non-modal.
    void openDetails();

Q_SIGNALS:
    void showCommentRequested(qint64 commentId);
    void showQueueRequested();
    void showOutboxRequested();

private:
    ModerationSummary m_summary;
    bool m_roomTaken = false;
};

} // namespace longhand
