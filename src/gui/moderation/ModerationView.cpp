#include "gui/moderation/ModerationView.h"

#include "core/FutureUtils.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/StorageExecutor.h"
#include "gui/Icons.h"
#include "gui/moderation/CommentDetailPane.h"
#include "gui/moderation/CommentQueueModel.h"
#include "gui/moderation/CommentQueueView.h"
#include "gui/moderation/ModerationController.h"
#include "gui/moderation/QueueFilterBar.h"
#include "gui/moderation/ReplyBox.h"
#include "gui/moderation/ReviewPass.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace longhand {

ModerationView::ModerationView(StorageExecutor& storage, SyncController* sync, QWidget* parent)
    : QWidget(parent)
    , m_storage(storage)
    , m_model(new CommentQueueModel(storage, this))
    , m_controller(new ModerationController(storage, sync, this))
    , m_filters(new QueueFilterBar(this))
    , m_queue(new CommentQueueView(this))
    , m_emptyHint(new QLabel(this))
    , m_detail(new CommentDetailPane(storage, this))
    , m_pass(new ReviewPass(storage, this))
{
    setObjectName(QStringLiteral("moderationView"));
    connect(m_filters, &QueueFilterBar::filterChanged, this, &ModerationView::applyFilter);
    connect(m_filters, &QueueFilterBar::leaveRequested, this, &ModerationView::focusQueue);

    m_queue->setObjectName(QStringLiteral("commentQueue"));
    m_queue->setAccessibleName(tr("Comment queue"));
    m_queue->setModel(m_model);
    m_queue->setContextMenuPolicy(Qt::ActionsContextMenu);
    QHeaderView* header = m_queue->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CommentQueueModel::ExcerptColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_queue->fontMetrics();
    const QString longDate
        = QLocale().toString(QDateTime(QDate(2024, 12, 28), QTime(23, 59, 59)), QLocale::ShortFormat);
    m_queue->setColumnWidth(
        CommentQueueModel::StatusColumn, metrics.horizontalAdvance(QStringLiteral("Approved")) + 48);
    m_queue->setColumnWidth(CommentQueueModel::AuthorColumn, metrics.averageCharWidth() * 16);
    m_queue->setColumnWidth(CommentQueueModel::PostColumn, metrics.averageCharWidth() * 15);
    m_queue->setColumnWidth(CommentQueueModel::DateColumn, metrics.horizontalAdvance(longDate) + 16);
    m_queue->setColumnWidth(CommentQueueModel::FlagsColumn, metrics.averageCharWidth() * 13);
    header->setMinimumSectionSize(40);
    m_queue->setSortingEnabled(true);
    m_queue->sortByColumn(CommentQueueModel::DateColumn, Qt::DescendingOrder);
    // Only the date sorts; a click elsewhere puts the indicator back on the date.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int section, Qt::SortOrder) {
        if (section != CommentQueueModel::DateColumn) {
            header->setSortIndicator(CommentQueueModel::DateColumn,
                m_model->filter().newestFirst ? Qt::DescendingOrder : Qt::AscendingOrder);
        }
    });
    m_queue->installEventFilter(this);

    m_emptyHint->setObjectName(QStringLiteral("queueEmptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->hide();

    createActions();
    m_detail->setActionBar(createActionBar());

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_queue, 1);
    leftLayout->addWidget(m_emptyHint);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("moderationSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->addWidget(m_pass); // hidden until a pass starts
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 900, 500 });
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_filters);
    layout->addWidget(splitter, 1);

    connect(m_model, &CommentQueueModel::idsLoaded, this, &ModerationView::idsLoaded);
    connect(m_model, &CommentQueueModel::errorOccurred, this, &ModerationView::errorOccurred);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_restoreId = m_currentId;
        m_restoreRow = m_queue->currentIndex().row();
        m_restoreMarks = markedIds();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ModerationView::firstRowsShown);
    connect(
        m_queue->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ModerationView::currentRowChanged);
    connect(m_queue->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ModerationView::updateActions);
    // A page arriving may be the cursor's row: its actions depend on the status.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        const int row = m_queue->currentIndex().row();
        if (row >= from.row() && row <= to.row()) {
            updateActions();
        }
    });

    connect(m_controller, &ModerationController::changed, this, &ModerationView::commentsChanged);
    connect(m_controller, &ModerationController::undone, this, [this](const QList<qint64>& ids) {
        // Back on the comment the undo restored; one that had left the list (a refresh since the
        // action) comes back with the next read of the ids, and the cursor goes to it then.
        m_pass->forget(ids);
        if (!selectFirstOf(ids)) {
            m_selectAfterLoad = ids;
            m_model->refresh();
        }
    });
    connect(m_controller, &ModerationController::statusMessage, this, &ModerationView::statusMessage);
    connect(m_controller, &ModerationController::replied, m_pass, &ReviewPass::replyStored);
    connect(m_pass, &ReviewPass::ready, this, &ModerationView::passReady);
    connect(m_pass, &ReviewPass::ended, this, &ModerationView::passEnded);
    connect(m_pass, &ReviewPass::backToQueueRequested, this, &ModerationView::focusQueue);
    connect(m_pass, &ReviewPass::skipRequested, this, [this] {
        execute(Command::Next);
        focusQueue();
    });
    connect(m_pass, &ReviewPass::statusMessage, this, &ModerationView::statusMessage);
    connect(m_pass, &ReviewPass::errorOccurred, this, &ModerationView::errorOccurred);
    connect(m_controller, &ModerationController::errorOccurred, this, &ModerationView::errorOccurred);
    // Every action answered (stored, refused, or nothing to change): rows still shown ahead are read again.
    connect(m_controller, &ModerationController::undoAvailableChanged, this, [this] {
        if (!m_controller->isBusy()) {
            m_model->forgetShownStatuses();
        }
    });
    connect(m_controller, &ModerationController::undoAvailableChanged, this, &ModerationView::undoAvailableChanged);
    connect(m_detail, &CommentDetailPane::linkHovered, this, [this](const QString& target) {
        if (!target.isEmpty()) {
            Q_EMIT statusMessage(tr("Link to %1 (links in comments are not opened)").arg(target));
        }
    });
    connect(m_detail, &CommentDetailPane::loaded, this, &ModerationView::updateActions);
    connect(m_detail, &CommentDetailPane::errorOccurred, this, &ModerationView::errorOccurred);
    connect(m_detail, &CommentDetailPane::commenterRequested, this, [this](const QString& who) {
        m_filters->showCommenter(who);
        focusQueue();
    });
    connect(m_detail, &CommentDetailPane::commentActivated, this, [this](qint64 id) {
        if (const int row = m_model->rowOf(id); row >= 0) {
            setCursor(row);
            focusQueue();
        } else {
            Q_EMIT statusMessage(tr("That comment is not in this list; change the filter to see it."));
        }
    });

    // No focus proxy: it would make Tab skip the filters; focusQueue() puts the focus in the list.
    updateActions();
    loadSites();
    applyFilter();
}

ModerationView::~ModerationView() = default;

bool ModerationView::eventFilter(QObject* watched, QEvent* event)
{
    const bool key = event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride;
    if (!key) {
        return QWidget::eventFilter(watched, event);
    }
    auto* keyEvent = static_cast<QKeyEvent*>(event);
    if (watched == m_queue && m_pass->isActive() && keyEvent->key() == Qt::Key_Escape
        && keyEvent->modifiers() == Qt::NoModifier) {
        keyEvent->accept(); // Escape ends the pass early
        if (event->type() == QEvent::KeyPress) {
            m_pass->finish();
        }
        return true;
    }
    if (watched == m_queue) {
        const auto command = m_keysEnabled ? commandFor(keyEvent) : std::nullopt;
        if (!command) {
            return false;
        }
        // The queue claims its letters (and Shift+Delete, which is Cut elsewhere) before any shortcut.
        keyEvent->accept();
        if (event->type() == QEvent::KeyPress) {
            execute(*command);
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ModerationView::execute(Command command)
{
    if (m_pass->isActive()) {
        switch (command) {
        case Command::ToggleUnreplied: // N: the next comment, as J
        case Command::Next:
            m_pass->recordSkip(m_currentId);
            passAdvance();
            return;
        case Command::OnlyThisPost: // the pass's list stays as it is
        case Command::ToggleMine:
        case Command::NextType:
        case Command::FocusSearch:
        case Command::WorkThrough:
            return;
        default:
            break;
        }
    }
    switch (command) {
    case Command::Next:
        moveCursor(1);
        break;
    case Command::Previous:
        moveCursor(-1);
        break;
    case Command::Approve:
        act({ m_currentId }, CommentStatus::Approved, false);
        break;
    case Command::Unapprove:
        act({ m_currentId }, CommentStatus::Hold, false);
        break;
    case Command::Spam:
        act({ m_currentId }, CommentStatus::Spam, false);
        break;
    case Command::Trash:
        act({ m_currentId }, CommentStatus::Trash, false);
        break;
    case Command::ApproveMarked:
        act(markedOrCurrent(), CommentStatus::Approved, true);
        break;
    case Command::UnapproveMarked:
        act(markedOrCurrent(), CommentStatus::Hold, true);
        break;
    case Command::SpamMarked:
        act(markedOrCurrent(), CommentStatus::Spam, true);
        break;
    case Command::TrashMarked:
        act(markedOrCurrent(), CommentStatus::Trash, true);
        break;
    case Command::RestoreMarked:
        restoreComments(markedOrCurrent());
        break;
    case Command::DeleteForGood:
        deleteForGood(markedOrCurrent());
        break;
    case Command::Reply:
        openReplyBox(false);
        break;
    case Command::Edit:
        openReplyBox(true);
        break;
    case Command::Undo:
        undo();
        break;
    case Command::ToggleMark:
        if (const QModelIndex current = m_queue->currentIndex(); current.isValid()) {
            m_queue->selectionModel()->select(current, QItemSelectionModel::Toggle | QItemSelectionModel::Rows);
        }
        break;
    case Command::ToggleThread:
        m_detail->setThreadVisible(!m_detail->isThreadVisible());
        break;
    case Command::OnlyThisPost:
        toggleOnlyThisPost();
        break;
    case Command::FocusSearch:
        m_filters->focusSearch();
        break;
    case Command::CheatSheet:
        showCheatSheet();
        break;
    case Command::MarkAll:
        m_queue->selectAll();
        // Only the first page is in while a new list is read: every row once the whole list is (idsLoaded).
        m_markAllAfterLoad = m_model->isLoading();
        break;
    case Command::UnmarkAll:
        m_markAllAfterLoad = false;
        m_queue->selectionModel()->clearSelection();
        break;
    case Command::EmptySpam:
        emptyStatus(CommentStatus::Spam);
        break;
    case Command::EmptyTrash:
        emptyStatus(CommentStatus::Trash);
        break;
    case Command::ToggleUnreplied:
        m_filters->toggleUnreplied();
        break;
    case Command::ToggleMine:
        m_filters->toggleMine();
        break;
    case Command::NextType:
        m_filters->nextType();
        break;
    case Command::WorkThrough:
        startPass();
        break;
    }
}

void ModerationView::setCannedReplies(const QList<CannedReply>& replies)
{
    m_replyBox->setCannedReplies(replies);
}

QList<qint64> ModerationView::markedIds() const
{
    QList<int> rows;
    const auto selected = m_queue->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected) {
        rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (const int row : std::as_const(rows)) {
        ids.append(m_model->idAt(row));
    }
    return ids;
}

QList<qint64> ModerationView::markedOrCurrent() const
{
    QList<qint64> ids = markedIds();
    if (ids.isEmpty() && m_currentId != 0) {
        ids.append(m_currentId);
    }
    return ids;
}

void ModerationView::act(const QList<qint64>& ids, CommentStatus target, bool usedMarks)
{
    if (ids.isEmpty() || ids.contains(0)) {
        return;
    }
    m_model->showStatus(ids, target); // on screen now; storage's answer reloads the rows
    m_controller->setStatus(ids, target);
    m_pass->record(ids, target);
    afterAction(ids, usedMarks);
}

void ModerationView::restoreComments(const QList<qint64>& ids)
{
    if (ids.isEmpty()) {
        return;
    }
    m_controller->restore(ids);
    afterAction(ids, true);
}

void ModerationView::deleteForGood(const QList<qint64>& ids)
{
    if (ids.isEmpty()) {
        return;
    }
    if (m_confirmDelete) {
        if (m_confirmDelete(int(ids.size()))) {
            m_controller->setStatus(ids, CommentStatus::Deleted);
            m_pass->record(ids, CommentStatus::Deleted);
            afterAction(ids, true);
        }
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete for Good"),
        tr("Delete %n comment(s) for good, on the blog too?", nullptr, int(ids.size())),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteBox"));
    box->setInformativeText(tr("Until it reaches the blog, Z can still take it back."));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, ids](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes)) {
            m_controller->setStatus(ids, CommentStatus::Deleted);
            m_pass->record(ids, CommentStatus::Deleted);
            afterAction(ids, true);
        }
        focusQueue();
    });
    box->open(); // not exec(): no nested event loop
}

// Marks are used up by a bulk action; the cursor goes on to the next comment when it was acted on.
void ModerationView::afterAction(const QList<qint64>& ids, bool usedMarks)
{
    if (usedMarks) {
        m_queue->selectionModel()->clearSelection();
    }
    if (ids.contains(m_currentId)) {
        if (m_pass->isActive()) {
            passAdvance();
        } else {
            moveCursor(1);
        }
    }
}

void ModerationView::undo()
{
    m_controller->undo();
}

bool ModerationView::canUndo() const
{
    return m_controller->canUndo();
}

void ModerationView::commentsChanged(const QList<qint64>& ids, bool rowsChanged)
{
    m_model->reloadComments(ids);
    if (rowsChanged) {
        m_model->refresh();
    }
    refreshCounts();
    if (ids.contains(m_detail->commentId())) {
        m_detail->reload();
    }
}

void ModerationView::moveCursor(int delta)
{
    const int count = m_model->rowCount();
    if (count == 0) {
        return;
    }
    const int row = m_queue->currentIndex().isValid() ? m_queue->currentIndex().row() + delta : 0;
    setCursor(std::clamp(row, 0, count - 1));
}

void ModerationView::setCursor(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid()) {
        return;
    }
    m_queue->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    m_queue->scrollTo(index);
}

bool ModerationView::selectFirstOf(const QList<qint64>& ids)
{
    int first = -1;
    for (const qint64 id : ids) {
        if (const int row = m_model->rowOf(id); row >= 0 && (first < 0 || row < first)) {
            first = row;
        }
    }
    if (first >= 0) {
        setCursor(first);
    }
    return first >= 0;
}

void ModerationView::currentRowChanged()
{
    const int row = m_queue->currentIndex().row();
    m_currentId = m_model->idAt(row);
    m_detail->showComment(m_currentId);
    m_pass->setCurrent(m_currentId);
    if (m_replyBox->isVisible() && m_replyBox->targetId() != m_currentId) {
        m_replyBox->cancel(); // a reply belongs to the comment it was started on
    }
    updateActions();
}

void ModerationView::updateActions()
{
    const bool any = m_currentId != 0 || !m_queue->selectionModel()->selectedRows().isEmpty();
    for (const Command command : { Command::ApproveMarked, Command::UnapproveMarked, Command::SpamMarked,
             Command::TrashMarked, Command::RestoreMarked, Command::DeleteForGood }) {
        m_actions.value(int(command))->setEnabled(any);
    }
    for (const Command command :
        { Command::Reply, Command::Edit, Command::OnlyThisPost, Command::ToggleMark, Command::WorkThrough }) {
        m_actions.value(int(command))->setEnabled(m_currentId != 0);
    }
    if (m_pass->isActive()) { // the pass's list stays as it is until it ends
        m_actions.value(int(Command::WorkThrough))->setEnabled(false);
        m_actions.value(int(Command::OnlyThisPost))->setEnabled(false);
    }
    const Comment* current = m_model->commentAt(m_queue->currentIndex().row());
    const bool marked = !m_queue->selectionModel()->selectedRows().isEmpty();
    m_notSpamButton->setVisible(marked || (current && current->status == CommentStatus::Spam));
    m_restoreButton->setVisible(!marked && current && current->status == CommentStatus::Trash);
}

std::optional<Comment> ModerationView::currentComment() const
{
    if (std::optional<Comment> shown = m_detail->comment()) {
        return shown;
    }
    if (const Comment* cached = m_model->commentAt(m_model->rowOf(m_currentId))) {
        return *cached;
    }
    return std::nullopt;
}

void ModerationView::openReplyBox(bool edit)
{
    const auto open = [this, edit](const Comment& comment) {
        if (edit) {
            m_replyBox->startEdit(comment);
        } else {
            m_replyBox->startReply(comment);
        }
    };
    if (const std::optional<Comment> comment = currentComment()) {
        open(*comment);
        return;
    }
    const qint64 id = m_currentId;
    if (id == 0) {
        return;
    }
    // The row has not been read yet (the key came quicker than the page): read it first.
    auto future = m_storage.run([id](Database& db) { return CommentRepository(db).byId(id); });
    onFinished(future, this, [this, id, open](const Result<std::optional<Comment>>& comment) {
        if (!comment) {
            Q_EMIT errorOccurred(comment.error().message);
        } else if (comment.value() && id == m_currentId) {
            open(*comment.value());
        }
    });
}

void ModerationView::focusQueue()
{
    m_queue->setFocus(Qt::OtherFocusReason);
}

void ModerationView::toggleOnlyThisPost()
{
    if (m_filters->isPostFiltered()) {
        m_filters->showAllPosts();
        return;
    }
    if (const std::optional<Comment> comment = currentComment()) {
        m_filters->showOnlyPost(comment->siteId, comment->postRemoteId,
            comment->postTitle.trimmed().isEmpty() ? tr("Post #%1").arg(comment->postRemoteId) : comment->postTitle);
    }
}

void ModerationView::applyFilter()
{
    if (m_pass->isActive()) {
        m_pass->finish(); // another list was asked for (a notification's comment): the pass ends here
        return; // passEnded() applies the filter
    }
    m_filterChanged = true;
    m_markAllAfterLoad = false; // marks belong to the list they were made in
    m_selectAfterLoad.clear();
    m_model->setFilter(m_filters->filter(m_model->filter().newestFirst));
    refreshCounts();
}

void ModerationView::refresh()
{
    m_model->refresh();
    refreshCounts();
    loadSites();
    m_detail->reload();
    m_pass->refreshWaiting(); // a summary on screen: what still waits
}

void ModerationView::idsLoaded()
{
    const bool filterChanged = std::exchange(m_filterChanged, false);
    const qint64 restoreId = std::exchange(m_restoreId, 0);
    const int restoreRow = std::exchange(m_restoreRow, -1);
    const QList<qint64> marks = std::exchange(m_restoreMarks, {});
    const int count = m_model->rowCount();
    const int early = std::exchange(m_earlyCursorRow, -1);
    if (!m_queue->currentIndex().isValid() && count > 0) {
        int row = m_model->rowOf(restoreId);
        if (row < 0) {
            row = filterChanged ? 0 : std::clamp(restoreRow, 0, count - 1);
        }
        setCursor(row);
    } else if (early >= 0 && m_queue->currentIndex().row() == early) {
        // The cursor was put on the first page before the whole list was in, and not moved since: the comment it
        // was on before may be further down.
        if (const int row = m_model->rowOf(restoreId); row >= 0 && row != early) {
            setCursor(row);
        }
    }
    for (const qint64 id : marks) {
        if (const int marked = m_model->rowOf(id); marked >= 0) {
            m_queue->selectionModel()->select(
                m_model->index(marked, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    if (std::exchange(m_markAllAfterLoad, false)) {
        m_queue->selectAll();
    }
    if (const QList<qint64> undone = std::exchange(m_selectAfterLoad, {}); !undone.isEmpty()) {
        selectFirstOf(undone);
    }
    if (m_revealId != 0) {
        if (const int row = m_model->rowOf(m_revealId); row >= 0) {
            m_revealId = 0; // found once the wider list is in; a load before that leaves it waiting
            setCursor(row);
        }
    }
    if (count == 0) {
        m_currentId = 0;
        m_detail->showComment(0);
        m_emptyHint->setText(m_filters->isSearching() ? tr("No comment matches the search.")
                                                      : tr("Nothing here. Sync (F5) brings the blog's comments."));
    }
    m_emptyHint->setVisible(count == 0);
    updateActions();
}

// A new list's first page is on screen (the whole list comes later, CommentQueueModel::loadFirstPageThenAll): the
// cursor goes on it at once, so the keys work from the first rows shown. idsLoaded() finishes the placement.
void ModerationView::firstRowsShown()
{
    if (m_queue->currentIndex().isValid() || m_model->rowCount() == 0) {
        return;
    }
    int row = m_model->rowOf(m_restoreId);
    if (row < 0 && m_filterChanged) {
        row = 0;
    }
    if (row >= 0) {
        setCursor(row);
        m_earlyCursorRow = row;
    }
}

void ModerationView::refreshCounts()
{
    const CommentFilter filter = m_filters->filter(true);
    const int generation = ++m_countsGeneration;
    // On the read lane: two scans of every comment (tens of ms at a million) must not hold up the list's first page.
    auto future = m_storage.read([filter](Database& db) -> Result<std::pair<CommentCounts, CommentCounts>> {
        CommentRepository comments(db);
        CommentFilter counted = filter; // per status; the search narrows the list, not the counts
        counted.status.reset();
        counted.search.clear();
        auto shown = comments.counts(counted);
        if (!shown) {
            return shown.error();
        }
        // Without a blog, post or other narrowing the counts shown are those of every blog: one scan, not two.
        const bool narrowed = counted.siteId || counted.postRemoteId || counted.unreplied || counted.mine
            || !counted.type.isEmpty() || !counted.commenter.isEmpty() || !counted.onlyIds.isEmpty();
        auto everywhere = narrowed ? comments.counts() : shown;
        if (!everywhere) {
            return everywhere.error();
        }
        return std::pair(shown.value(), everywhere.value());
    });
    onFinished(future, this, [this, generation](const Result<std::pair<CommentCounts, CommentCounts>>& counts) {
        if (generation != m_countsGeneration) {
            return;
        }
        if (!counts) {
            Q_EMIT errorOccurred(counts.error().message);
            return;
        }
        m_filters->setCounts(counts->first);
        Q_EMIT pendingCountChanged(counts->second.hold);
    });
}

void ModerationView::loadSites()
{
    auto future = m_storage.run([](Database& db) { return SiteRepository(db).list(); });
    onFinished(future, this, [this](const Result<QList<Site>>& sites) {
        if (!sites) {
            Q_EMIT errorOccurred(sites.error().message);
            return;
        }
        m_filters->setSites(sites.value());
        m_model->setSites(sites.value());
    });
}

void ModerationView::showNotice(qint64 commentId, const QString& message)
{
    m_detail->setNotice(commentId, message);
    m_model->reloadComments({ commentId });
}

void ModerationView::showCheatSheet()
{
    if (!m_cheatSheet) {
        m_cheatSheet = new KeyCheatSheet(keyBindings(), this);
        connect(m_cheatSheet, &QDialog::finished, this, &ModerationView::focusQueue);
    }
    m_cheatSheet->open();
    m_cheatSheet->raise();
}

void ModerationView::revealComment(qint64 commentId)
{
    if (const int row = m_model->rowOf(commentId); row >= 0) {
        setCursor(row);
        focusQueue();
        return;
    }
    m_revealId = commentId; // selected once the wider list is loaded
    m_filters->showEverything();
    focusQueue();
}

} // namespace longhand

namespace longhand {

void ModerationView::startPass()
{
    if (m_currentId != 0) {
        m_pass->start(m_currentId);
    }
}

void ModerationView::workThroughReview(qint64 reviewId)
{
    m_pass->startOnReview(reviewId);
}

void ModerationView::passReady(const CommentFilter& filter)
{
    if (m_filters->isEnabled()) { // not already in a pass
        m_newestFirstBeforePass = m_model->filter().newestFirst;
    }
    m_filters->setEnabled(false); // the pass's list is fixed; the filters come back when it ends
    m_replyBox->cancel();
    m_queue->selectionModel()->clearSelection();
    m_filterChanged = true;
    m_markAllAfterLoad = false; // marks belong to the list they were made in
    m_selectAfterLoad.clear();
    m_revealId = filter.onlyIds.value(0); // the oldest first
    m_model->setFilter(filter);
    m_queue->header()->setSortIndicator(CommentQueueModel::DateColumn, Qt::AscendingOrder);
    // The post beside the comment: the pass's pane was hidden, so the splitter has no room for it yet.
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("moderationSplitter"));
        splitter && splitter->sizes().value(2) < 200) {
        const int width = splitter->width();
        splitter->setSizes({ width * 2 / 5, width * 3 / 10, width * 3 / 10 });
    }
    focusQueue();
}

void ModerationView::passEnded()
{
    m_filters->setEnabled(true);
    m_queue->selectionModel()->clearSelection();
    m_queue->header()->setSortIndicator(
        CommentQueueModel::DateColumn, m_newestFirstBeforePass ? Qt::DescendingOrder : Qt::AscendingOrder);
    applyFilter();
}

void ModerationView::passAdvance()
{
    if (m_pass->isLast(m_currentId) || m_model->rowCount() == 0) {
        m_pass->finish();
    } else {
        moveCursor(1);
    }
}

} // namespace longhand
