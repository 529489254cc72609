#pragma once

#include "core/domain/Comment.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace longhand {

// The inline box under a comment for a reply or an edit of its text. Ctrl+Return sends, Esc
// cancels; either way the box closes.
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

public Q_SLOTS:
    void submit();
    void cancel();

Q_SIGNALS:
    void replySubmitted(qint64 parentId, const QString& text);
    void editSubmitted(qint64 commentId, const QString& text);
    void closed();
    void statusMessage(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void open();
    void close();

    QLabel* m_label;
    QPlainTextEdit* m_editor;
    qint64 m_target = 0;
    bool m_editing = false;
};

} // namespace longhand
