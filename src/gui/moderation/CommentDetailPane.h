#pragma once

#include "core/domain/Comment.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTreeView;

namespace longhand {

class CommentBrowser;
class CommenterCard;
class CommentThread;
class CommentThreadModel;
class StorageExecutor;

// The comment under the queue's cursor: its post, the comment it answers, the comment itself
// (sanitized), what the last sync decided about it, the whole thread on demand and the commenter.
// Reads everything from storage itself; at most one read is in flight, and moving quickly through
// the queue reads only where the cursor stops.
class CommentDetailPane final : public QWidget
{
    Q_OBJECT

public:
    explicit CommentDetailPane(StorageExecutor& storage, QWidget* parent = nullptr);
    ~CommentDetailPane() override;

    // 0 shows nothing.
    void showComment(qint64 id);
    // Reads the shown comment again (after an action or a sync).
    void reload();
    qint64 commentId() const { return m_wanted; }
    // The shown comment as last read, when it is the one asked for.
    std::optional<Comment> comment() const;
    // A sync overruled an action on this comment: say so at once.
    void setNotice(qint64 commentId, const QString& message);
    // Puts the view's action buttons under the comment.
    void setActionBar(QWidget* bar);
    void setThreadVisible(bool visible);
    bool isThreadVisible() const;
    CommentBrowser* browser() const { return m_comment; }

Q_SIGNALS:
    void loaded(const longhand::Comment& comment);
    void linkHovered(const QString& target);
    // A comment picked in the thread view.
    void commentActivated(qint64 id);
    // The commenter card's "Show All Their Comments".
    void commenterRequested(const QString& emailOrIp);
    void errorOccurred(const QString& message);

private:
    struct Detail;
    void load();
    void present(const Detail& detail);
    void clearDetail();
    void loadThread();
    void presentThread(CommentThread thread);

    StorageExecutor& m_storage;
    QLabel* m_postTitle;
    QLabel* m_postExcerpt;
    QWidget* m_parentBox;
    QLabel* m_parentLabel;
    CommentBrowser* m_parent;
    QLabel* m_meta;
    QPushButton* m_threadButton;
    CommentBrowser* m_comment;
    QLabel* m_notice;
    QTreeView* m_thread;
    CommentThreadModel* m_threadModel;
    CommenterCard* m_card;
    qint64 m_wanted = 0;
    bool m_loading = false;
    bool m_again = false;
    std::optional<Comment> m_shown;
    std::pair<qint64, qint64> m_threadPost { 0, 0 }; // site, post of the thread shown
    int m_threadGeneration = 0;
};

} // namespace longhand
