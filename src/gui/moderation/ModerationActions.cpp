// The queue page's actions, their keys (wp-admin's single letters while the queue has focus) and
// the action bar under the comment: the keyboard half of ModerationView.
#include "gui/moderation/ModerationView.h"

#include "core/FutureUtils.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/StorageExecutor.h"
#include "gui/Icons.h"
#include "gui/SafeText.h"
#include "gui/moderation/CommentQueueView.h"
#include "gui/moderation/ModerationController.h"
#include "gui/moderation/QueueFilterBar.h"
#include "gui/moderation/ReplyBox.h"
#include "gui/moderation/ReviewPass.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace longhand {

namespace {

QString plainText(QString text)
{
    return text.remove(QLatin1Char('&'));
}

} // namespace

QList<KeyCheatSheet::Entry> ModerationView::keyBindings()
{
    return {
        { tr("J / K"), tr("Next / previous comment") },
        { tr("A"), tr("Approve") },
        { tr("U"), tr("Unapprove (back to pending)") },
        { tr("S"), tr("Spam") },
        { tr("D"), tr("Trash") },
        { tr("R"), tr("Reply (a pending comment is approved first); Ctrl+Return sends, Esc cancels") },
        { tr("E"), tr("Edit the comment and the commenter's name, email and web address; Ctrl+Return saves, Esc cancels") },
        { tr("Ctrl+Space, Alt+1…9"), tr("In a reply: list the canned replies / insert canned reply 1…9 (Settings ▸ Moderation)") },
        { tr("N"), tr("Unreplied only: comments no user of the blog has answered yet / every comment") },
        { tr("M"), tr("Mine only: comments on your own posts / on every post") },
        { tr("Y"), tr("Comment type: every type, comments, pingbacks, trackbacks (in turn)") },
        { tr("W"), tr("Work through the unreplied comments on this post, oldest first, with the post beside them; N or J goes on, Esc ends the pass") },
        { tr("Z"), tr("Undo the last action (also Ctrl+Z)") },
        { tr("X"), tr("Mark or unmark the comment (also Ctrl+click, Shift+click)") },
        { tr("Shift+A / Shift+U"), tr("Approve / unapprove the marked comments (or this one)") },
        { tr("Shift+S / Shift+D"), tr("Spam / trash the marked comments (or this one)") },
        { tr("Shift+R"), tr("Not spam / restore from the trash: the marked comments (or this one)") },
        { tr("Ctrl+A / Ctrl+Shift+A"), tr("Mark every comment in this list / unmark them all") },
        { tr("Delete, Shift+Delete"), tr("Delete for good (asks first)") },
        { tr("T"), tr("Show or hide the whole thread") },
        { tr("O"), tr("Only this post's comments / all posts") },
        { tr("/"), tr("Search (Enter or Esc goes back to the queue)") },
        { tr("?"), tr("This list") },
    };
}

QAction* ModerationView::makeAction(
    const QString& text, const QList<QKeySequence>& keys, const QString& toolTip, const char* name, Command command)
{
    auto* action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(name));
    // Shown in menus; the keys themselves are read by eventFilter() while the queue has focus.
    action->setShortcuts(keys);
    m_actionKeys.insert(action, keys);
    action->setShortcutContext(Qt::WidgetShortcut);
    action->setToolTip(
        keys.isEmpty() ? toolTip : tr("%1 (%2)").arg(toolTip, keys.constFirst().toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, [this, command] { execute(command); });
    m_actions.insert(int(command), action);
    m_queue->addAction(action); // the queue's context menu
    return action;
}

void ModerationView::createActions()
{
    // The buttons and the context menu act on the marked comments, or the current one.
    makeAction(tr("&Approve"), { QKeySequence(Qt::Key_A), QKeySequence(Qt::SHIFT | Qt::Key_A) },
        tr("Approve: publish the comment on the blog"), "actionApproveComment", Command::ApproveMarked);
    makeAction(tr("&Unapprove"), { QKeySequence(Qt::Key_U), QKeySequence(Qt::SHIFT | Qt::Key_U) },
        tr("Unapprove: back to pending, hidden from readers"), "actionUnapproveComment", Command::UnapproveMarked);
    makeAction(tr("&Spam"), { QKeySequence(Qt::Key_S), QKeySequence(Qt::SHIFT | Qt::Key_S) }, tr("Mark as spam"),
        "actionSpamComment", Command::SpamMarked);
    makeAction(tr("&Trash"), { QKeySequence(Qt::Key_D), QKeySequence(Qt::SHIFT | Qt::Key_D) }, tr("Move to the trash"),
        "actionTrashComment", Command::TrashMarked);
    makeAction(tr("&Not Spam / Restore"), { QKeySequence(Qt::SHIFT | Qt::Key_R) },
        tr("Not spam, or restore from the trash: back to the status it had before"), "actionRestoreComment",
        Command::RestoreMarked);
    makeAction(tr("&Reply…"), { QKeySequence(Qt::Key_R) }, tr("Reply to the comment (approves a pending one first)"),
        "actionReplyComment", Command::Reply);
    makeAction(tr("&Edit…"), { QKeySequence(Qt::Key_E) }, tr("Edit the comment's text and the commenter"),
        "actionEditComment", Command::Edit);
    makeAction(tr("De&lete for Good…"), { QKeySequence(Qt::Key_Delete), QKeySequence(Qt::SHIFT | Qt::Key_Delete) },
        tr("Delete for good, on the blog too (asks first)"), "actionDeleteComment", Command::DeleteForGood);
    makeAction(tr("&Only This Post"), { QKeySequence(Qt::Key_O) }, tr("List only the comments on this comment's post"),
        "actionOnlyThisPost", Command::OnlyThisPost);
    makeAction(tr("&Work Through Unreplied Comments on This Review"), { QKeySequence(Qt::Key_W) },
        tr("Every unreplied comment on this comment's post, oldest first, with the post beside it"),
        "actionWorkThroughUnreplied", Command::WorkThrough);
    makeAction(tr("&Mark"), { QKeySequence(Qt::Key_X) }, tr("Mark or unmark for a bulk action"), "actionMarkComment",
        Command::ToggleMark);
    makeAction(tr("Un&do"), { QKeySequence(Qt::Key_Z) }, tr("Undo the last moderation action"), "actionUndoModeration",
        Command::Undo);
    makeAction(tr("Mark All in &View"), { QKeySequence(Qt::CTRL | Qt::Key_A) },
        tr("Mark every comment the filter lists"), "actionMarkAllComments", Command::MarkAll);
    makeAction(tr("Unmark Ever&ything"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A) }, tr("Unmark every comment"),
        "actionUnmarkAllComments", Command::UnmarkAll);
    makeAction(tr("Empty S&pam…"), {}, tr("Delete every spam comment of this blog for good, on the blog too (asks first)"),
        "actionEmptySpam", Command::EmptySpam);
    makeAction(tr("Empty Tras&h…"), {},
        tr("Delete every comment in this blog's trash for good, on the blog too (asks first)"), "actionEmptyTrash",
        Command::EmptyTrash);
    makeAction(tr("&Keyboard Shortcuts"), { QKeySequence(Qt::Key_Question) }, tr("List the keyboard shortcuts"),
        "actionCommentKeyList", Command::CheatSheet);
    // Mnemonics above are unique within the queue's context menu, which lists all of these.
    const std::pair<Command, const char*> icons[] = {
        { Command::ApproveMarked, "object-select" },
        { Command::UnapproveMarked, "view-hidden" },
        { Command::SpamMarked, "mail-mark-junk" },
        { Command::TrashMarked, "user-trash" },
        { Command::RestoreMarked, "document-revert" },
        { Command::Reply, "mail-reply-sender" },
        { Command::Edit, "document-edit" },
        { Command::DeleteForGood, "edit-delete" },
        { Command::Undo, "edit-undo" },
    };
    for (const auto& [command, name] : icons) {
        m_actions.value(int(command))->setIcon(Icons::themed(QString::fromLatin1(name)));
    }
}

QWidget* ModerationView::createActionBar()
{
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("commentActions"));
    const auto button = [this, bar](Command command, const char* name) {
        auto* b = new QToolButton(bar);
        b->setObjectName(QString::fromLatin1(name));
        b->setDefaultAction(m_actions.value(int(command)));
        b->setAccessibleName(plainText(b->defaultAction()->text()));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setFocusPolicy(Qt::TabFocus);
        return b;
    };
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    row->addWidget(button(Command::ApproveMarked, "approveButton"));
    row->addWidget(button(Command::UnapproveMarked, "unapproveButton"));
    row->addWidget(button(Command::SpamMarked, "spamButton"));
    // One command, two faces: a button's text would be reset from its action at each change, so
    // each face has an action of its own that follows the command's.
    const auto face = [this, bar, &button](const QString& text, const char* icon, const char* name) {
        QAction* command = m_actions.value(int(Command::RestoreMarked));
        auto* action = new QAction(Icons::themed(QString::fromLatin1(icon)), text, bar);
        action->setToolTip(command->toolTip());
        action->setEnabled(command->isEnabled());
        connect(command, &QAction::enabledChanged, action, &QAction::setEnabled);
        connect(action, &QAction::triggered, command, &QAction::trigger);
        QToolButton* b = button(Command::RestoreMarked, name);
        b->setDefaultAction(action);
        b->setAccessibleName(text);
        return b;
    };
    m_notSpamButton = face(tr("Not Spam"), "mail-mark-notjunk", "notSpamButton");
    row->addWidget(m_notSpamButton);
    row->addWidget(button(Command::TrashMarked, "trashButton"));
    m_restoreButton = face(tr("Restore"), "document-revert", "restoreButton");
    row->addWidget(m_restoreButton);
    row->addSpacing(8);
    row->addWidget(button(Command::Reply, "replyButton"));
    row->addWidget(button(Command::Edit, "editButton"));
    auto* more = new QToolButton(bar);
    more->setObjectName(QStringLiteral("moreActionsButton"));
    more->setText(tr("More"));
    more->setAccessibleName(tr("More actions"));
    more->setToolTip(tr("More actions"));
    more->setPopupMode(QToolButton::InstantPopup);
    more->setIcon(Icons::themed(QStringLiteral("view-more")));
    more->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    more->setFocusPolicy(Qt::TabFocus);
    auto* menu = new QMenu(more);
    for (const Command command : { Command::RestoreMarked, Command::DeleteForGood, Command::OnlyThisPost,
             Command::WorkThrough, Command::ToggleMark, Command::MarkAll, Command::UnmarkAll, Command::Undo, Command::CheatSheet }) {
        menu->addAction(m_actions.value(int(command)));
    }
    menu->addSeparator();
    menu->addAction(m_actions.value(int(Command::EmptySpam)));
    menu->addAction(m_actions.value(int(Command::EmptyTrash)));
    more->setMenu(menu);
    row->addWidget(more);
    row->addStretch(1);

    m_replyBox = new ReplyBox(bar);
    connect(m_replyBox, &ReplyBox::replySubmitted, this, [this](qint64 parentId, const QString& text) {
        m_controller->reply(parentId, text);
        m_pass->recordReply(parentId);
        afterAction({ parentId }, false); // answered: on to the next comment, as after an approval
    });
    connect(m_replyBox, &ReplyBox::editSubmitted, m_controller,
        qOverload<qint64, const CommentEdit&>(&ModerationController::edit));
    connect(m_replyBox, &ReplyBox::closed, this, &ModerationView::focusQueue);
    connect(m_replyBox, &ReplyBox::statusMessage, this, &ModerationView::statusMessage);

    auto* layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addLayout(row);
    layout->addWidget(m_replyBox);
    return bar;
}

std::optional<ModerationView::Command> ModerationView::commandFor(const QKeyEvent* event) const
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    if (key == Qt::Key_Question && (modifiers & ~Qt::ShiftModifier) == Qt::NoModifier) {
        return Command::CheatSheet; // Shift or not depends on the layout
    }
    if (key == Qt::Key_Slash && modifiers == Qt::NoModifier) {
        return Command::FocusSearch;
    }
    if (key == Qt::Key_Delete && (modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier)) {
        return Command::DeleteForGood;
    }
    if (key == Qt::Key_A && modifiers == Qt::ControlModifier) {
        return Command::MarkAll;
    }
    if (key == Qt::Key_A && modifiers == (Qt::ControlModifier | Qt::ShiftModifier)) {
        return Command::UnmarkAll;
    }
    const bool shift = modifiers == Qt::ShiftModifier;
    if (!shift && modifiers != Qt::NoModifier) {
        return std::nullopt; // Ctrl+A and friends keep their meaning
    }
    switch (key) {
    case Qt::Key_J:
        return shift ? std::nullopt : std::optional(Command::Next);
    case Qt::Key_K:
        return shift ? std::nullopt : std::optional(Command::Previous);
    case Qt::Key_A:
        return shift ? Command::ApproveMarked : Command::Approve;
    case Qt::Key_U:
        return shift ? Command::UnapproveMarked : Command::Unapprove;
    case Qt::Key_S:
        return shift ? Command::SpamMarked : Command::Spam;
    case Qt::Key_D:
        return shift ? Command::TrashMarked : Command::Trash;
    case Qt::Key_R:
        return shift ? Command::RestoreMarked : Command::Reply;
    case Qt::Key_E:
        return shift ? std::nullopt : std::optional(Command::Edit);
    case Qt::Key_Z:
        return shift ? std::nullopt : std::optional(Command::Undo);
    case Qt::Key_X:
        return shift ? std::nullopt : std::optional(Command::ToggleMark);
    case Qt::Key_T:
        return shift ? std::nullopt : std::optional(Command::ToggleThread);
    case Qt::Key_O:
        return shift ? std::nullopt : std::optional(Command::OnlyThisPost);
    case Qt::Key_N:
        return shift ? std::nullopt : std::optional(Command::ToggleUnreplied);
    case Qt::Key_M:
        return shift ? std::nullopt : std::optional(Command::ToggleMine);
    case Qt::Key_Y:
        return shift ? std::nullopt : std::optional(Command::NextType);
    case Qt::Key_W:
        return shift ? std::nullopt : std::optional(Command::WorkThrough);
    default:
        return std::nullopt;
    }
}

void ModerationView::setKeyboardShortcutsEnabled(bool enabled)
{
    m_keysEnabled = enabled;
    // Off means off: the actions' keys would otherwise fire as ordinary shortcuts.
    for (auto it = m_actionKeys.constBegin(); it != m_actionKeys.constEnd(); ++it) {
        it.key()->setShortcuts(enabled ? it.value() : QList<QKeySequence> {});
    }
}

namespace {

struct EmptyQuestion
{
    qint64 siteId = 0;
    QString siteName;
    int count = 0;
};

} // namespace

void ModerationView::emptyStatus(CommentStatus status)
{
    std::optional<qint64> site = m_filters->filter(true).siteId;
    if (!site) {
        if (const std::optional<Comment> comment = currentComment()) {
            site = comment->siteId;
        }
    }
    auto future = m_storage.run([site, status](Database& db) -> Result<EmptyQuestion> {
        auto sites = SiteRepository(db).list();
        if (!sites) {
            return sites.error();
        }
        EmptyQuestion question;
        question.siteId = site.value_or(0);
        if (question.siteId == 0 && sites->size() == 1) {
            question.siteId = sites->constFirst().id;
        }
        for (const Site& s : sites.value()) {
            if (s.id == question.siteId) {
                question.siteName = s.name;
            }
        }
        if (question.siteName.isEmpty()) {
            return Error::make(Error::Code::InvalidInput, tr("Choose a blog in the filter first: emptying works on one blog."));
        }
        CommentFilter filter; // the very list CommentRepository::emptyStatus deletes
        filter.siteId = question.siteId;
        filter.status = status;
        auto ids = CommentRepository(db).ids(filter);
        if (!ids) {
            return ids.error();
        }
        question.count = int(ids->size());
        return question;
    });
    onFinished(future, this, [this, status](const Result<EmptyQuestion>& question) {
        if (!question) {
            Q_EMIT errorOccurred(question.error().message);
        } else if (question->count == 0) {
            Q_EMIT statusMessage(status == CommentStatus::Spam ? tr("No spam to empty.") : tr("The trash is empty."));
        } else {
            confirmEmpty(question->siteId, question->siteName, status, question->count);
        }
    });
}

void ModerationView::confirmEmpty(qint64 siteId, const QString& siteName, CommentStatus status, int count)
{
    const bool spam = status == CommentStatus::Spam;
    auto* box = new QMessageBox(QMessageBox::Warning, spam ? tr("Empty Spam") : tr("Empty Trash"),
        // The blog's name is the blog's: shown literally.
        SafeText::literal(spam ? tr("Delete the %n spam comment(s) of %1 for good, on the blog too?", nullptr, count)
                                     .arg(siteName)
                               : tr("Delete the %n comment(s) in the trash of %1 for good, on the blog too?", nullptr,
                                   count)
                                     .arg(siteName)),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmEmptyBox"));
    box->setInformativeText(tr("Until they reach the blog, Z can still take them back."));
    box->button(QMessageBox::Yes)->setText(spam ? tr("Empty Spam") : tr("Empty Trash"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, siteId, status](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes)) {
            m_queue->selectionModel()->clearSelection();
            m_controller->emptyStatus(siteId, status);
        }
        focusQueue();
    });
    box->open(); // not exec(): no nested event loop
}

} // namespace longhand
