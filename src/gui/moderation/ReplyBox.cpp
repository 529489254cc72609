#include "gui/moderation/ReplyBox.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
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
    , m_commenter(new QWidget(this))
    , m_name(new QLineEdit(m_commenter))
    , m_email(new QLineEdit(m_commenter))
    , m_url(new QLineEdit(m_commenter))
    , m_editor(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("replyBox"));
    m_commenter->setObjectName(QStringLiteral("commenterFields"));
    const auto field = [this](QLineEdit* edit, const char* name, const QString& accessible) {
        edit->setObjectName(QString::fromLatin1(name));
        edit->setAccessibleName(accessible);
        edit->installEventFilter(this);
    };
    field(m_name, "editAuthorName", tr("Commenter's name"));
    field(m_email, "editAuthorEmail", tr("Commenter's email"));
    field(m_url, "editAuthorUrl", tr("Commenter's web address"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_url->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    auto* form = new QFormLayout(m_commenter);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("E&mail:"), m_email);
    form->addRow(tr("Web a&ddress:"), m_url);
    m_commenter->hide();
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
    layout->addWidget(m_commenter);
    layout->addWidget(m_editor);
    layout->addLayout(buttons);
    hide();
}

void ReplyBox::startReply(const Comment& parent)
{
    m_editing = false;
    m_target = parent.id;
    m_commenter->hide();
    QString label = parent.status == CommentStatus::Hold
        ? tr("Reply to %1; sending approves the comment (Ctrl+Return sends, Esc cancels):").arg(authorOf(parent))
        : tr("Reply to %1 (Ctrl+Return sends, Esc cancels):").arg(authorOf(parent));
    if (!m_canned.isEmpty()) {
        label += QLatin1Char(' ') + tr("Canned replies: Ctrl+Space, or Alt+1…9.");
    }
    m_label->setText(label);
    m_editor->clear();
    m_editor->setAccessibleName(tr("Reply"));
    open();
}

void ReplyBox::startEdit(const Comment& comment)
{
    m_editing = true;
    m_target = comment.id;
    m_original = comment;
    m_label->setText(tr("Edit the comment by %1 (Ctrl+Return saves, Esc cancels):").arg(authorOf(comment)));
    m_editor->setPlainText(comment.content);
    m_editor->setAccessibleName(tr("Edit comment"));
    // A reply not yet on the blog is the signed-in user's own: only its text can change.
    m_commenter->setVisible(comment.remoteId != 0);
    m_name->setText(comment.authorName);
    m_email->setText(comment.authorEmail);
    m_url->setText(comment.authorUrl);
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
    CommentEdit edit;
    if (editing) {
        if (text != m_original.content) {
            edit.text = text;
        }
        if (m_commenter->isVisible() || m_original.remoteId != 0) {
            if (m_name->text() != m_original.authorName) {
                edit.authorName = m_name->text();
            }
            if (m_email->text() != m_original.authorEmail) {
                edit.authorEmail = m_email->text();
            }
            if (m_url->text() != m_original.authorUrl) {
                edit.authorUrl = m_url->text();
            }
        }
    }
    close();
    if (editing) {
        if (!edit.isEmpty()) {
            Q_EMIT editSubmitted(target, edit);
        }
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
    m_commenter->hide();
    m_target = 0;
    m_original = Comment {};
    Q_EMIT closed();
}

void ReplyBox::setCannedReplies(const QList<CannedReply>& replies)
{
    m_canned = replies;
}

bool ReplyBox::insertCannedReply(int index)
{
    if (index < 0 || index >= m_canned.size()) {
        Q_EMIT statusMessage(m_canned.isEmpty() ? tr("No canned replies yet: add them in Settings ▸ Moderation.")
                                                : tr("There is no canned reply %1.").arg(index + 1));
        return false;
    }
    m_editor->insertPlainText(m_canned.at(index).text);
    m_editor->setFocus(Qt::OtherFocusReason);
    return true;
}

void ReplyBox::showCannedReplies()
{
    if (m_canned.isEmpty()) {
        insertCannedReply(0); // says where to add them
        return;
    }
    if (!m_cannedMenu) {
        m_cannedMenu = new QMenu(this);
        m_cannedMenu->setObjectName(QStringLiteral("cannedReplyMenu"));
    }
    m_cannedMenu->clear();
    for (int i = 0; i < m_canned.size(); ++i) {
        const QString name = m_canned.at(i).name.trimmed().isEmpty() ? m_canned.at(i).text.left(40) : m_canned.at(i).name;
        // &1…&9 pick by key in the menu; the name is the moderator's own text, any & in it shown as itself.
        QString label = QString(name).replace(QLatin1Char('&'), QLatin1String("&&"));
        if (i < 9) {
            label = QStringLiteral("&%1  %2").arg(i + 1).arg(label);
        }
        QAction* action = m_cannedMenu->addAction(label);
        action->setObjectName(QStringLiteral("cannedReply%1").arg(i + 1));
        connect(action, &QAction::triggered, this, [this, i] { insertCannedReply(i); });
    }
    m_cannedMenu->popup(m_editor->mapToGlobal(m_editor->cursorRect().bottomLeft())); // not exec(): no nested loop
}

bool ReplyBox::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if (key->key() == Qt::Key_Space && mods == Qt::ControlModifier) {
            showCannedReplies();
            return true;
        }
        if (mods == Qt::AltModifier || mods == (Qt::ControlModifier | Qt::ShiftModifier)) {
            // Alt+1…9 on every layout; Ctrl+Shift+1…9 where Shift gives the US symbols (Qt reports those).
            static const int digits[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_6, Qt::Key_7, Qt::Key_8, Qt::Key_9};
            static const int shifted[] = {Qt::Key_Exclam, Qt::Key_At, Qt::Key_NumberSign, Qt::Key_Dollar, Qt::Key_Percent,
                                          Qt::Key_AsciiCircum, Qt::Key_Ampersand, Qt::Key_Asterisk, Qt::Key_ParenLeft};
            for (int i = 0; i < 9; ++i) {
                if (key->key() == digits[i] || key->key() == shifted[i]) {
                    insertCannedReply(i);
                    return true;
                }
            }
        }
    }
    const bool field = watched == m_editor || watched == m_name || watched == m_email || watched == m_url;
    if (field && event->type() == QEvent::KeyPress) {
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
