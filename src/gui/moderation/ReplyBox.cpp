#include "gui/moderation/ReplyBox.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace longhand {

namespace {
QString authorOf(const Comment& c)
{
    return c.authorName.trimmed().isEmpty() ? ReplyBox::tr("Anonymous") : c.authorName;
}
} // namespace

ReplyBox::ReplyBox(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("replyBox"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_editor->setObjectName(QStringLiteral("replyEditor"));
    m_editor->setAccessibleName(tr("Reply"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMinimumHeight(70);
    m_editor->setMaximumHeight(160);
    m_editor->installEventFilter(this);
    auto* send = new QPushButton(tr("Send"), this);
    send->setObjectName(QStringLiteral("replySendButton"));
    send->setToolTip(tr("Save and send to the blog (Ctrl+Return)"));
    auto* cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("replyCancelButton"));
    cancel->setToolTip(tr("Discard (Esc)"));
    connect(send, &QPushButton::clicked, this, &ReplyBox::submit);
    connect(cancel, &QPushButton::clicked, this, &ReplyBox::cancel);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(send);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_editor);
    layout->addLayout(buttons);
    hide();
}

void ReplyBox::startReply(const Comment& parent)
{
    m_editing = false;
    m_target = parent.id;
    m_label->setText(parent.status == CommentStatus::Hold
            ? tr("Reply to %1; sending approves the comment (Ctrl+Return sends, Esc cancels):").arg(authorOf(parent))
            : tr("Reply to %1 (Ctrl+Return sends, Esc cancels):").arg(authorOf(parent)));
    m_editor->clear();
    m_editor->setAccessibleName(tr("Reply"));
    open();
}

void ReplyBox::startEdit(const Comment& comment)
{
    m_editing = true;
    m_target = comment.id;
    m_label->setText(tr("Edit the comment by %1 (Ctrl+Return saves, Esc cancels):").arg(authorOf(comment)));
    m_editor->setPlainText(comment.content);
    m_editor->setAccessibleName(tr("Edit comment"));
    open();
}

void ReplyBox::open()
{
    show();
    m_editor->setFocus(Qt::OtherFocusReason);
    m_editor->moveCursor(QTextCursor::End);
}

void ReplyBox::submit()
{
    const QString text = m_editor->toPlainText();
    if (m_target == 0) {
        return;
    }
    if (!m_editing && text.trimmed().isEmpty()) {
        Q_EMIT statusMessage(tr("A reply needs some text."));
        return;
    }
    const qint64 target = m_target;
    const bool editing = m_editing;
    close();
    if (editing) {
        Q_EMIT editSubmitted(target, text);
    } else {
        Q_EMIT replySubmitted(target, text);
    }
}

void ReplyBox::cancel()
{
    close();
}

void ReplyBox::close()
{
    hide();
    m_editor->clear();
    m_target = 0;
    Q_EMIT closed();
}

bool ReplyBox::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & Qt::ControlModifier)) {
            submit();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            cancel();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace longhand
