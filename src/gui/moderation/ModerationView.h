#pragma once

#include "core/domain/Comment.h"
#include "core/settings/AppSettings.h"
#include "gui/moderation/KeyCheatSheet.h"

#include <QHash>
#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QKeyEvent;
class QLabel;
class QToolButton;

namespace longhand {

class CommentDetailPane;
class CommentQueueModel;
class CommentQueueView;
class ModerationController;
class QueueFilterBar;
class ReplyBox;
class ReviewPass;
class StorageExecutor;
class SyncController;

// The comment queue page: filters (status with counts, blog, post, search), the queue, the
// selected comment in detail with its actions, an inline reply/edit box, and wp-admin's keyboard
// commands while the queue has focus (see keyBindings(); ? shows them).
class ModerationView final : public QWidget
{
    Q_OBJECT

public:
    enum class Command {
        Next,
        Previous,
        Approve,
        Unapprove,
        Spam,
        Trash,
        Reply,
        Edit,
        Undo,
        ToggleMark,
        ApproveMarked,
        UnapproveMarked,
        SpamMarked,
        TrashMarked,
        RestoreMarked, // "Not spam" for spam, "Restore" for trash
        DeleteForGood,
        ToggleThread,
        OnlyThisPost,
        FocusSearch,
        CheatSheet,
        MarkAll, // every comment in the current filter
        UnmarkAll,
        EmptySpam, // the blog's whole spam, deleted for good (asks first)
        EmptyTrash,
        ToggleUnreplied, // the queue's Unreplied filter on / off
        ToggleMine,
        NextType, // every type, comments, pingbacks, trackbacks
        WorkThrough, // a review pass: this post's unreplied comments, oldest first (ReviewPass)
    };
    // What the cheat sheet lists, in order.
    static QList<KeyCheatSheet::Entry> keyBindings();

    // sync may be null: actions then wait in the outbox until the next sync.
    ModerationView(StorageExecutor& storage, SyncController* sync, QWidget* parent = nullptr);
    ~ModerationView() override;

    CommentQueueModel* model() const { return m_model; }
    ModerationController* controller() const { return m_controller; }
    CommentQueueView* queue() const { return m_queue; }
    // Saved answers for the reply box (Settings ▸ Moderation).
    void setCannedReplies(const QList<CannedReply>& replies);
    CommentDetailPane* detail() const { return m_detail; }
    QueueFilterBar* filterBar() const { return m_filters; }
    ReplyBox* replyBox() const { return m_replyBox; }
    ReviewPass* reviewPass() const { return m_pass; }

    qint64 currentCommentId() const { return m_currentId; }
    // The marked rows' ids in queue order.
    QList<qint64> markedIds() const;
    // Asked before deleting for good, with how many; by default an (asynchronous) message box.
    // Tests answer it directly.
    void setConfirmDelete(std::function<bool(int count)> confirm) { m_confirmDelete = std::move(confirm); }
    bool canUndo() const;
    void execute(Command command);
    // The single-key commands (on by default, as in wp-admin).
    void setKeyboardShortcutsEnabled(bool enabled);
    bool keyboardShortcutsEnabled() const { return m_keysEnabled; }

public Q_SLOTS:
    // Reads the ids, counts and blogs again, keeping the cursor and the marks (after a sync).
    void refresh();
    void undo();
    // A sync overruled an action: shown in the detail pane when it is that comment.
    void showNotice(qint64 commentId, const QString& message);
    // Selects this comment in the queue, widening the filter to everything when the current one hides it.
    void revealComment(qint64 commentId);
    void focusQueue();
    // A review pass over the unreplied comments of this local review (one the blog has).
    void workThroughReview(qint64 reviewId);

Q_SIGNALS:
    // Held comments on every blog (for the window title and the tray).
    void pendingCountChanged(int count);
    void statusMessage(const QString& message);
    void errorOccurred(const QString& message);
    void undoAvailableChanged(bool available);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    QWidget* createActionBar();
    QAction* makeAction(const QString& text, const QList<QKeySequence>& keys, const QString& toolTip, const char* name,
        Command command);
    std::optional<Command> commandFor(const QKeyEvent* event) const;
    void applyFilter();
    void loadSites();
    void refreshCounts();
    void firstRowsShown();
    void idsLoaded();
    void currentRowChanged();
    void updateActions();
    void moveCursor(int delta);
    void setCursor(int row);
    // Puts the cursor on the first of these comments in the queue; false when none is listed.
    bool selectFirstOf(const QList<qint64>& ids);
    QList<qint64> markedOrCurrent() const;
    void act(const QList<qint64>& ids, CommentStatus target, bool usedMarks);
    void restoreComments(const QList<qint64>& ids);
    void deleteForGood(const QList<qint64>& ids);
    // Empty Spam / Empty Trash of the blog in the filter (or the cursor's, or the only one).
    void emptyStatus(CommentStatus status);
    void confirmEmpty(qint64 siteId, const QString& siteName, CommentStatus status, int count);
    void afterAction(const QList<qint64>& ids, bool usedMarks);
    void openReplyBox(bool edit);
    std::optional<Comment> currentComment() const;
    void toggleOnlyThisPost();
    void showCheatSheet();
    void commentsChanged(const QList<qint64>& ids, bool rowsChanged);
    // The review pass (ModerationView.cpp): started on the current comment's post, shown in the queue, ended.
    void startPass();
    void passReady(const CommentFilter& filter);
    void passEnded();
    // On to the pass's next comment; after its last one, the pass ends.
    void passAdvance();

    StorageExecutor& m_storage;
    CommentQueueModel* m_model;
    ModerationController* m_controller;
    QueueFilterBar* m_filters;
    CommentQueueView* m_queue;
    QLabel* m_emptyHint;
    CommentDetailPane* m_detail;
    ReplyBox* m_replyBox = nullptr;
    ReviewPass* m_pass;
    bool m_newestFirstBeforePass = true;
    QToolButton* m_notSpamButton = nullptr;
    QToolButton* m_restoreButton = nullptr;
    KeyCheatSheet* m_cheatSheet = nullptr;
    QHash<int, QAction*> m_actions; // by Command
    QHash<QAction*, QList<QKeySequence>> m_actionKeys;
    bool m_keysEnabled = true;
    std::function<bool(int)> m_confirmDelete;

    qint64 m_currentId = 0;
    // Where the cursor was when the list was replaced, to put it back.
    bool m_markAllAfterLoad = false; // Ctrl+A came while only the first page was in
    int m_earlyCursorRow = -1; // where firstRowsShown() put the cursor, until idsLoaded()
    qint64 m_restoreId = 0;
    qint64 m_revealId = 0; // revealComment(): selected when a load lists it
    int m_restoreRow = -1;
    QList<qint64> m_restoreMarks;
    QList<qint64> m_selectAfterLoad; // undone comments not listed when the undo finished
    bool m_filterChanged = false;
    int m_countsGeneration = 0;
};

} // namespace longhand
