#pragma once

#include "core/domain/Comment.h"
#include "core/settings/AppSettings.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;

namespace longhand {

// The inline box under a comment for a reply or an edit of its text and commenter (name, email, web
// address, as wp-admin's Quick Edit). Ctrl+Return sends, Esc cancels; either way the box closes.
// Alt+1…9 (and Ctrl+Shift+1…9 on a US layout) inserts a canned reply, Ctrl+Space lists them.
class ReplyBox final : public QWidget
{
    Q_OBJECT

public:
    explicit ReplyBox(QWidget* parent = nullptr);

    void startReply(const Comment& parent);
    // Prefilled with the comment's text as the blog stores it.
    void startEdit(const Comment& comment);
    qint64 targetId() const { return m_target; }
    bool isEditing() const { return m_editing; }
    QPlainTextEdit* editor() const { return m_editor; }
    void setCannedReplies(const QList<CannedReply>& replies);
    // Inserts the canned reply at this index (0-based) at the cursor; false when there is none.
    bool insertCannedReply(int index);
    // The list of canned replies, under the cursor (Ctrl+Space).
    void showCannedReplies();

public Q_SLOTS:
    void submit();
    void cancel();

Q_SIGNALS:
    void replySubmitted(qint64 parentId, const QString& text);
    // Only the fields the moderator changed are set.
    void editSubmitted(qint64 commentId, const CommentEdit& edit);
    void closed();
    void statusMessage(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void open();
    void close();

    QLabel* m_label;
    QWidget* m_commenter;
    QLineEdit* m_name;
    QLineEdit* m_email;
    QLineEdit* m_url;
    QPlainTextEdit* m_editor;
    QMenu* m_cannedMenu = nullptr;
    QList<CannedReply> m_canned;
    Comment m_original; // the comment being edited, as it was when the box opened
    qint64 m_target = 0;
    bool m_editing = false;
};

} // namespace longhand
