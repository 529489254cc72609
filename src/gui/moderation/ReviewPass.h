#pragma once

#include "core/Error.h"
#include "core/domain/Comment.h"
#include "gui/moderation/ReviewPassSummary.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <utility>

class QLabel;
class QPushButton;

namespace longhand {

class CommentBrowser;
class Database;
class StorageExecutor;

// "Work through every unreplied comment on this review": the queue is narrowed to one post's unreplied
// comments (pending or approved), oldest first, and this panel beside it shows where the moderator is
// ("Comment 3 of 12 on “Title”") and the post itself, read-only. The list is fixed when the pass starts, so
// a comment answered or moved to spam keeps its place and the cursor simply goes on. Each comment's
// outcome is what the moderator last did to it (an undo takes it back); the pass ends after the last
// comment, or early with Escape or End Pass, in a summary that also lists what still waits in the outbox.
//
// It decides nothing about moderation: the actions go through ModerationView's controller exactly as
// outside a pass, and ModerationView tells the pass what was done.
class ReviewPass final : public QWidget
{
    Q_OBJECT

public:
    enum class Outcome { Replied, Approved, Spammed, Trashed, Skipped };

    struct Tally
    {
        int replied = 0;
        int approved = 0;
        int spammed = 0;
        int trashed = 0;
        int skipped = 0;
        int notReached = 0; // never acted on nor passed over (the pass ended early)
    };

    ReviewPass(StorageExecutor& storage, QWidget* parent = nullptr);
    ~ReviewPass() override;

    // Reads the unreplied comments of this comment's post and reports ready() (or, when there are none,
    // a statusMessage and nothing else).
    void start(qint64 commentId);
    // The same for a local review that is on the blog (the editor's reviews list).
    void startOnReview(qint64 reviewId);
    bool isActive() const { return m_active; }
    qint64 siteId() const { return m_siteId; }
    qint64 postRemoteId() const { return m_postRemoteId; }
    // The pass's comments, oldest first.
    const QList<qint64>& commentIds() const { return m_ids; }
    bool isLast(qint64 commentId) const { return !m_ids.isEmpty() && m_ids.constLast() == commentId; }

    void setCurrent(qint64 commentId);
    // What the moderator did to these comments (the last action on a comment counts).
    void record(const QList<qint64>& commentIds, longhand::CommentStatus target);
    void recordReply(qint64 commentId);
    // The controller stored the reply last recorded as this comment: undoing it takes back the "replied".
    void replyStored(qint64 replyId);
    // Passed over without an action: counted as skipped unless something was done to it.
    void recordSkip(qint64 commentId);
    // An undo put these comments back: what was recorded for them no longer holds.
    void forget(const QList<qint64>& commentIds);
    Tally tally() const;
    ReviewPassSummary* summary() const { return m_summary; }

public Q_SLOTS:
    // Ends the pass and shows its summary; the queue goes back to its filter.
    void finish();
    // The outbox may have changed (a sync sent or refused actions): the open summary reads it again.
    void refreshWaiting();

Q_SIGNALS:
    // The pass's list is read: the queue shows exactly this filter.
    void ready(const longhand::CommentFilter& filter);
    // Skip (the button): on to the next comment.
    void skipRequested();
    // The pass is over (the summary is showing); the queue goes back to its own filter.
    void ended();
    // "Back to the Queue" in the summary.
    void backToQueueRequested();
    void statusMessage(const QString& message);
    void errorOccurred(const QString& message);

private:
    // findPost (on the storage thread) names the blog and the post's remote id.
    void load(std::function<Result<std::pair<qint64, qint64>>(Database&)> findPost);
    void updateHeader();
    void showPost(const QString& title, const QString& text, bool html);

    StorageExecutor& m_storage;
    QLabel* m_header;
    QLabel* m_title;
    CommentBrowser* m_post;
    QPushButton* m_skip;
    QPushButton* m_end;
    void readWaiting();

    QPointer<ReviewPassSummary> m_summary;

    bool m_active = false;
    int m_generation = 0;
    qint64 m_siteId = 0;
    qint64 m_postRemoteId = 0;
    QString m_postTitle;
    QList<qint64> m_ids;
    qint64 m_current = 0;
    QHash<qint64, Outcome> m_outcomes;
    QList<qint64> m_repliesSent; // parents of replies not stored yet, oldest first
    QHash<qint64, qint64> m_replyParent; // reply -> the pass's comment it answers
};

} // namespace longhand
