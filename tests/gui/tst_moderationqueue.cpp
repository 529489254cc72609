// The Comments page of the main window over a temporary cache of 20 comments, driven with keys
// only, as a moderator does it: j/k, a, z, x + Shift+S, d, r, e, Delete, ?, and the detail pane
// showing only sanitized HTML.
#include "GuiFixture.h"
#include "core/Profile.h"
#include "core/markdown/CommentSanitizer.h"
#include "core/moderation/TriageRules.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/StorageExecutor.h"
#include "core/storage/SyncRepository.h"
#include "gui/AppServices.h"
#include "gui/MainWindow.h"
#include "gui/accounts/SyncController.h"
#include "gui/moderation/CommentBrowser.h"
#include "gui/moderation/CommentDetailPane.h"
#include "gui/moderation/CommentQueueModel.h"
#include "gui/moderation/CommentQueueView.h"
#include "gui/moderation/ModerationController.h"
#include "gui/moderation/ModerationView.h"
#include "gui/moderation/PendingNotifier.h"
#include "support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QImage>
#include <QTest>
#include <QTextCursor>
#include <QToolTip>
#include <QTreeView>

using namespace longhand;

namespace {

constexpr int kComments = 20;
constexpr int kPending = 12;
constexpr int kHostile = 11; // the newest pending comment: the first row
constexpr int kReply = 5; // answers comment 2
constexpr int kNeedle = 7;

const QString kHostileHtml = QStringLiteral(
    "<p>Great review!</p><script>alert('x')</script><a href=\"javascript:alert(1)\">click me</a> "
    "<img src=\"http://tracker.example/pixel.gif\" onerror=\"steal()\"> <a href=\"https://spam.example/pills\" "
    "onclick=\"steal()\">cheap pills</a><iframe src=\"https://evil.example/\"></iframe><style>p { color: red }</style>"
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT><a href=\" JaVaScRiPt:alert(2)\">again</a>");

CommentStatus seededStatus(int i)
{
    if (i < kPending) {
        return CommentStatus::Hold;
    }
    if (i < 17) {
        return CommentStatus::Approved;
    }
    return i < 19 ? CommentStatus::Spam : CommentStatus::Trash;
}

} // namespace

class TestModerationQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void commentsPageAndPendingTitle();
    void jkMoveApproveAndUndo();
    void markThreeSpamThemAndUndo();
    void trashAndDeleteForGood();
    void replyApprovesPendingParent();
    void editChangesText();
    void cheatSheetListsKeys();
    void detailShowsOnlySanitizedHtml();
    void threadCommenterAndFilters();
    void keysCanBeTurnedOff();

private:
    template <typename T> T* find(const char* name) const
    {
        auto* widget = m_window->findChild<T*>(QString::fromLatin1(name));
        if (!widget) {
            qFatal("No widget named %s", name);
        }
        return widget;
    }
    std::optional<Comment> read(qint64 id) const;
    CommentStatus statusOf(qint64 id) const { return read(id).value_or(Comment {}).status; }
    int row() const { return m_queue->currentIndex().row(); }
    qint64 idAtRow(int row) const { return m_view->model()->idAt(row); }
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(m_queue, Qt::Key(key), modifiers);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    ModerationView* m_view = nullptr;
    CommentQueueView* m_queue = nullptr;
    qint64 m_siteId = 0;
};

void TestModerationQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Profile profile(m_dir->path());
    QVERIFY(profile.ensureExists().ok());
    m_services = std::make_unique<AppServices>(profile);
    auto seeded = m_services->storage().run([](Database& db) -> Result<qint64> {
        auto siteId = test::GuiFixture::addBlogWithPosts(db);
        if (!siteId) {
            return siteId.error();
        }
        const QDateTime start(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
        QList<RemoteComment> comments;
        for (int i = 0; i < kComments; ++i) {
            RemoteComment c;
            c.id = i + 1;
            c.post = 1 + i % 3;
            c.parent = i == kReply ? 3 : 0;
            c.authorName = QStringLiteral("Reader %1").arg(i);
            c.authorEmail = i < 2 ? QStringLiteral("same@example.com") : QStringLiteral("reader%1@example.com").arg(i);
            c.authorIp = QStringLiteral("192.0.2.%1").arg(i + 1);
            c.authorUserAgent = QStringLiteral("Mozilla/5.0 (X11; Linux x86_64)");
            c.dateGmt = start.addSecs(qint64(i) * 3600);
            c.content = i == kHostile
                ? kHostileHtml
                : QStringLiteral("<p>Comment %1: %2.</p>")
                      .arg(i)
                      .arg(i == kNeedle ? QStringLiteral("shot in Zanzibar") : QStringLiteral("lovely film"));
            c.status = commentStatusName(seededStatus(i));
            comments.append(c);
        }
        auto upserted = CommentRepository(db).upsertComments(siteId.value(), comments, TriageRules());
        if (!upserted) {
            return upserted.error();
        }
        return siteId.value();
    });
    m_services->storage().waitForIdle();
    QVERIFY2(seeded.result().ok(), qPrintable(test::errorOf(seeded.result())));
    m_siteId = seeded.result().value();

    m_window = std::make_unique<MainWindow>(*m_services);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_view = m_window->moderationView();
    m_queue = find<CommentQueueView>("commentQueue");
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->setConfirmDelete([](int) { return true; });
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier); // View ▸ Comments
    QTRY_VERIFY(m_window->isShowingComments());
    QTRY_COMPARE(m_view->model()->rowCount(), kPending);
    QTRY_COMPARE(row(), 0);
    QTRY_VERIFY(m_view->detail()->comment().has_value());
}

void TestModerationQueue::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_services.reset();
    m_dir.reset();
}

std::optional<Comment> TestModerationQueue::read(qint64 id) const
{
    auto future = m_services->storage().run([id](Database& db) { return CommentRepository(db).byId(id); });
    future.waitForFinished(); // a promise-backed future: waits for the storage thread, never runs the task here
    return future.result().ok() ? future.result().value() : std::nullopt;
}

void TestModerationQueue::commentsPageAndPendingTitle()
{
    QCOMPARE(find<QStackedWidget>("mainPages")->currentWidget(), static_cast<QWidget*>(m_view));
    QTRY_VERIFY(m_window->windowTitle().contains(QStringLiteral("12 pending")));
    QCOMPARE(m_window->pendingNotifier()->pendingCount(), kPending);
    QTRY_COMPARE(find<QComboBox>("statusFilter")->itemText(0), QStringLiteral("Pending (12)"));
    QVERIFY(find<QComboBox>("siteFilter")->isHidden()); // one blog
    QVERIFY(m_queue->hasFocus());
    key(Qt::Key_A);
    QTRY_VERIFY(m_window->windowTitle().contains(QStringLiteral("11 pending")));
    // Back to the reviews and again.
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QVERIFY(!m_window->isShowingComments());
    m_window->findChild<QAction*>(QStringLiteral("actionShowComments"))->trigger();
    QVERIFY(m_window->isShowingComments());
    // The periodic sync's news becomes a notification (shown where there is a tray); Sync Now's does not.
    Q_EMIT m_window->syncController()->newPendingComments(3, true);
    QVERIFY(m_window->pendingNotifier()->lastNotification().isEmpty());
    Q_EMIT m_window->syncController()->newPendingComments(3, false);
    QVERIFY(m_window->pendingNotifier()->lastNotification().contains(QStringLiteral("3 new comment")));
}

void TestModerationQueue::jkMoveApproveAndUndo()
{
    key(Qt::Key_J);
    key(Qt::Key_J);
    QCOMPARE(row(), 2);
    key(Qt::Key_K);
    QCOMPARE(row(), 1);
    const qint64 id = idAtRow(1);
    QCOMPARE(statusOf(id), CommentStatus::Hold);
    QTRY_COMPARE(m_view->detail()->commentId(), id);

    key(Qt::Key_A);
    QCOMPARE(row(), 2); // on to the next comment at once
    QTRY_COMPARE(statusOf(id), CommentStatus::Approved);
    QVERIFY(read(id)->pending); // queued for the blog
    // The row stays and shows its new status.
    QTRY_COMPARE(m_view->model()->data(m_view->model()->index(1, 0), CommentQueueModel::StatusRole).toInt(),
        int(CommentStatus::Approved));
    QCOMPARE(m_view->model()->rowCount(), kPending);

    key(Qt::Key_Z);
    QTRY_COMPARE(statusOf(id), CommentStatus::Hold);
    QTRY_COMPARE(row(), 1); // back on the comment the undo concerns
    QTRY_COMPARE(m_view->model()->data(m_view->model()->index(1, 0), CommentQueueModel::StatusRole).toInt(),
        int(CommentStatus::Hold));
    QVERIFY(!read(id)->pending); // approve + undo leave nothing to send
    // Edit ▸ Undo (Ctrl+Z) undoes moderation too while the comments are shown.
    const int unapproved = row();
    key(Qt::Key_U); // already pending: nothing to change, nothing to undo
    // The row showed the action at once ("to send"); storage found nothing to change, so it is read again.
    QTRY_VERIFY(!m_view->model()
                     ->data(m_view->model()->index(unapproved, 0), CommentQueueModel::PendingRole)
                     .toBool());
    QCOMPARE(m_view->model()->data(m_view->model()->index(unapproved, 0), CommentQueueModel::StatusRole).toInt(),
        int(CommentStatus::Hold));
    key(Qt::Key_S);
    QTRY_COMPARE(statusOf(idAtRow(2)), CommentStatus::Spam);
    m_window->findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
    QTRY_COMPARE(statusOf(idAtRow(2)), CommentStatus::Hold);
    // z pressed before the action is even stored undoes that action, not an older one.
    const qint64 quick = m_view->currentCommentId();
    key(Qt::Key_A);
    key(Qt::Key_Z);
    QVERIFY(m_view->controller()->isBusy());
    QTRY_VERIFY(!m_view->controller()->isBusy());
    QCOMPARE(statusOf(quick), CommentStatus::Hold);
    QVERIFY(!read(quick)->pending);
}

void TestModerationQueue::markThreeSpamThemAndUndo()
{
    key(Qt::Key_X);
    key(Qt::Key_J);
    key(Qt::Key_X);
    key(Qt::Key_J);
    key(Qt::Key_X);
    const QList<qint64> marked = m_view->markedIds();
    QCOMPARE(marked, (QList<qint64> { idAtRow(0), idAtRow(1), idAtRow(2) }));
    key(Qt::Key_X); // unmark, mark again
    QCOMPARE(m_view->markedIds().size(), 2);
    key(Qt::Key_X);
    key(Qt::Key_J); // the cursor moves, the marks stay
    QCOMPARE(m_view->markedIds(), marked);

    key(Qt::Key_S, Qt::ShiftModifier);
    for (const qint64 id : marked) {
        QTRY_COMPARE(statusOf(id), CommentStatus::Spam);
    }
    QCOMPARE(statusOf(idAtRow(3)), CommentStatus::Hold); // the cursor's row was not marked
    QVERIFY(m_view->markedIds().isEmpty());

    key(Qt::Key_Z);
    for (const qint64 id : marked) {
        QTRY_COMPARE(statusOf(id), CommentStatus::Hold);
    }
    // Nothing marked: Shift+A is for the cursor's comment.
    key(Qt::Key_K);
    const qint64 current = m_view->currentCommentId();
    key(Qt::Key_A, Qt::ShiftModifier);
    QTRY_COMPARE(statusOf(current), CommentStatus::Approved);
}

void TestModerationQueue::trashAndDeleteForGood()
{
    key(Qt::Key_J);
    const qint64 trashed = m_view->currentCommentId();
    key(Qt::Key_D);
    QTRY_COMPARE(statusOf(trashed), CommentStatus::Trash);
    QCOMPARE(m_view->currentCommentId(), idAtRow(2));

    // Shift+R (restore) takes it back out of the trash to where it was.
    key(Qt::Key_K);
    QCOMPARE(m_view->currentCommentId(), trashed);
    key(Qt::Key_R, Qt::ShiftModifier);
    QTRY_COMPARE(statusOf(trashed), CommentStatus::Hold);

    int asked = 0;
    m_view->setConfirmDelete([&asked](int count) {
        asked = count;
        return false;
    });
    const qint64 doomed = m_view->currentCommentId();
    key(Qt::Key_Delete);
    QCOMPARE(asked, 1);
    QTest::qWait(100);
    QCOMPARE(statusOf(doomed), CommentStatus::Hold); // said no
    m_view->setConfirmDelete([&asked](int count) {
        asked = count;
        return true;
    });
    key(Qt::Key_Delete, Qt::ShiftModifier);
    QTRY_COMPARE(statusOf(doomed), CommentStatus::Deleted);
    key(Qt::Key_Z);
    QTRY_COMPARE(statusOf(doomed), CommentStatus::Hold);
}

void TestModerationQueue::replyApprovesPendingParent()
{
    key(Qt::Key_J);
    const qint64 parentId = m_view->currentCommentId();
    const Comment parent = *read(parentId);
    QCOMPARE(parent.status, CommentStatus::Hold);
    key(Qt::Key_R);
    auto* editor = find<QPlainTextEdit>("replyEditor");
    QTRY_VERIFY(editor->isVisible());
    QVERIFY(editor->hasFocus());
    QTest::keyClicks(editor, QStringLiteral("Thanks for reading!"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!editor->isVisible());
    QTRY_VERIFY(m_queue->hasFocus());

    QTRY_COMPARE(statusOf(parentId), CommentStatus::Approved); // replying approves it, as wp-admin does
    auto thread = m_services->storage().run([site = m_siteId, post = parent.postRemoteId](
                                                Database& db) { return CommentRepository(db).thread(site, post); });
    thread.waitForFinished();
    QVERIFY(thread.result().ok());
    std::optional<Comment> reply;
    for (const Comment& c : thread.result().value()) {
        if (c.content == QLatin1String("Thanks for reading!")) {
            reply = c;
        }
    }
    QVERIFY(reply.has_value());
    QCOMPARE(reply->parentRemoteId, parent.remoteId);
    QCOMPARE(reply->remoteId, 0); // not on the blog yet
    QVERIFY(reply->pending); // waiting to be sent
    QCOMPARE(reply->authorName, QStringLiteral("The Editor"));
    QCOMPARE(reply->status, CommentStatus::Approved);

    // It is listed under All, marked as waiting to be sent.
    find<QComboBox>("statusFilter")->setCurrentIndex(4);
    QTRY_COMPARE(m_view->model()->rowCount(), kComments + 1);
    const int replyRow = m_view->model()->rowOf(reply->id);
    QVERIFY(replyRow >= 0);
    QTRY_VERIFY(m_view->model()
                    ->data(m_view->model()->index(replyRow, CommentQueueModel::FlagsColumn))
                    .toString()
                    .contains(QStringLiteral("To send")));

    // Esc cancels a reply without sending anything.
    key(Qt::Key_R);
    QTRY_VERIFY(editor->isVisible());
    QTest::keyClicks(editor, QStringLiteral("never mind"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(!editor->isVisible());

    // z takes the reply back and the parent's approval with it.
    m_queue->setFocus();
    key(Qt::Key_Z);
    QTRY_VERIFY(!read(reply->id).has_value());
    QTRY_COMPARE(statusOf(parentId), CommentStatus::Hold);
    QTRY_COMPARE(m_view->model()->rowCount(), kComments);
}

void TestModerationQueue::editChangesText()
{
    key(Qt::Key_J);
    key(Qt::Key_J);
    const qint64 id = m_view->currentCommentId();
    const Comment before = *read(id);
    QTRY_COMPARE(m_view->detail()->commentId(), id);
    QTRY_VERIFY(m_view->detail()->comment().has_value());
    key(Qt::Key_E);
    auto* editor = find<QPlainTextEdit>("replyEditor");
    QTRY_VERIFY(editor->hasFocus());
    QCOMPARE(editor->toPlainText(), before.content); // the raw text, as the blog stores it
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("<em>Edited</em> by the moderator.<script>alert(1)</script>"));
    QTest::keyClick(editor, Qt::Key_Enter, Qt::ControlModifier);
    // Saved cleaned: the comment tags stay, the script goes.
    QTRY_COMPARE(read(id)->content, QStringLiteral("<em>Edited</em> by the moderator."));
    QVERIFY(read(id)->pending);
    QCOMPARE(read(id)->status, CommentStatus::Hold); // editing does not moderate
    QTRY_VERIFY(m_view->detail()->browser()->toPlainText().contains(QStringLiteral("Edited by the moderator.")));
    key(Qt::Key_Z);
    QTRY_COMPARE(read(id)->content, before.content);
}

void TestModerationQueue::cheatSheetListsKeys()
{
    key(Qt::Key_Question, Qt::ShiftModifier);
    QDialog* sheet = nullptr;
    QTRY_VERIFY((sheet = m_window->findChild<QDialog*>(QStringLiteral("cheatSheet"))) != nullptr);
    QTRY_VERIFY(sheet->isVisible());
    auto* table = sheet->findChild<QTableWidget*>(QStringLiteral("cheatSheetTable"));
    QCOMPARE(table->rowCount(), int(ModerationView::keyBindings().size()));
    QStringList keys;
    for (int r = 0; r < table->rowCount(); ++r) {
        keys << table->item(r, 0)->text();
    }
    for (const char* expected : { "J / K", "A", "U", "S", "D", "R", "E", "Z", "X", "Shift+R", "?" }) {
        QVERIFY2(keys.contains(QString::fromLatin1(expected)), expected);
    }
    QTest::keyClick(sheet, Qt::Key_Escape);
    QTRY_VERIFY(!sheet->isVisible());
    QTRY_VERIFY(m_queue->hasFocus());
}

void TestModerationQueue::detailShowsOnlySanitizedHtml()
{
    // The first row is the hostile comment.
    const qint64 id = m_view->currentCommentId();
    QCOMPARE(read(id)->content, kHostileHtml);
    auto* browser = find<CommentBrowser>("commentDetail");
    QTRY_VERIFY(browser->toPlainText().contains(QStringLiteral("Great review!")));
    const QString shown = browser->commentHtml();
    QCOMPARE(shown, CommentSanitizer::sanitize(kHostileHtml));
    for (const QString& html : { shown, browser->toHtml() }) {
        QVERIFY2(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("javascript:"), Qt::CaseInsensitive), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("<img"), Qt::CaseInsensitive), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("<iframe"), Qt::CaseInsensitive), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("onclick"), Qt::CaseInsensitive), qPrintable(html));
    }
    QVERIFY(browser->toPlainText().contains(QStringLiteral("spam.example"))); // the real target is shown
    QVERIFY(!browser->openLinks());
    // Nothing remote or from disk is ever loaded, even if HTML asked for it: an image is a blank 1x1 one
    // (empty bytes would make Qt open the name as a file itself), anything else is empty.
    const auto isBlank = [](const QVariant& answer) {
        const QImage image = answer.value<QImage>();
        return answer.userType() == QMetaType::QImage && image.size() == QSize(1, 1) && image.pixelColor(0, 0).alpha() == 0;
    };
    QVERIFY(isBlank(browser->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("http://tracker.example/pixel.gif")))));
    QVERIFY(isBlank(browser->loadResource(QTextDocument::ImageResource, QUrl::fromLocalFile(m_services->profile().databasePath()))));
    QVERIFY(isBlank(browser->document()->resource(QTextDocument::ImageResource, QUrl::fromLocalFile(m_services->profile().databasePath()))));
    QCOMPARE(browser->loadResource(QTextDocument::StyleSheetResource, QUrl(QStringLiteral("data:text/css,p{}"))),
        QVariant(QByteArray()));
    // Hovering a link tells where it goes (status bar, tooltip); clicking it goes nowhere.
    QTextCursor link = browser->document()->find(QStringLiteral("cheap pills"));
    QVERIFY(!link.isNull());
    link.setPosition(link.selectionStart() + 2);
    const QPoint over = browser->cursorRect(link).center();
    QCOMPARE(browser->anchorAt(over), QStringLiteral("https://spam.example/pills"));
    QTest::mouseMove(browser->viewport(), over);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("https://spam.example/pills")));
    QHelpEvent tip(QEvent::ToolTip, over, browser->viewport()->mapToGlobal(over));
    QCoreApplication::sendEvent(browser->viewport(), &tip);
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("https://spam.example/pills"));
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, over);
    QCOMPARE(browser->commentHtml(), shown);
    QVERIFY(browser->source().isEmpty());
}

void TestModerationQueue::threadCommenterAndFilters()
{
    // The reply (comment 5, to comment 2): its parent above it, and the thread as a tree.
    const int replyRow = kPending - 1 - kReply;
    for (int i = 0; i < replyRow; ++i) {
        key(Qt::Key_J);
    }
    QCOMPARE(read(m_view->currentCommentId())->authorName, QStringLiteral("Reader 5"));
    auto* parentBox = find<QWidget>("parentBox");
    QTRY_VERIFY(parentBox->isVisible());
    QTRY_VERIFY(find<CommentBrowser>("parentDetail")->toPlainText().contains(QStringLiteral("Comment 2:")));
    QTRY_COMPARE(find<QLabel>("detailPostTitle")->text(), QStringLiteral("Review 3"));
    key(Qt::Key_T);
    auto* thread = find<QTreeView>("commentThread");
    QTRY_VERIFY(thread->isVisible());
    const QAbstractItemModel* tree = thread->model();
    QTRY_COMPARE(tree->rowCount(), 5); // comments 2, 8, 11, 14, 17 on post 3 ...
    const QModelIndex two = tree->index(0, 0);
    QCOMPARE(two.data().toString(), QStringLiteral("Reader 2"));
    QCOMPARE(tree->rowCount(two), 1); // ... and 5 under 2
    QCOMPARE(tree->index(0, 0, two).data().toString(), QStringLiteral("Reader 5"));
    QCOMPARE(thread->currentIndex().siblingAtColumn(0), tree->index(0, 0, two));
    QVERIFY(find<QPushButton>("showThreadButton")->isChecked());
    key(Qt::Key_T);
    QVERIFY(!thread->isVisible());

    // The commenter card: Reader 0 and 1 share an email; 0 wrote first.
    for (int i = replyRow; i < kPending - 1; ++i) {
        key(Qt::Key_J);
    }
    QCOMPARE(read(m_view->currentCommentId())->authorName, QStringLiteral("Reader 0"));
    auto* card = find<QWidget>("commenterCard");
    QTRY_COMPARE(card->findChild<QLabel*>(QStringLiteral("commenterName"))->text(), QStringLiteral("Reader 0"));
    QCOMPARE(card->findChild<QLabel*>(QStringLiteral("commenterEmail"))->text(), QStringLiteral("same@example.com"));
    QCOMPARE(card->findChild<QLabel*>(QStringLiteral("commenterIp"))->text(), QStringLiteral("192.0.2.1"));
    QVERIFY(card->findChild<QLabel*>(QStringLiteral("commenterByEmail"))->text().contains(QStringLiteral("2 pending")));
    QVERIFY(!card->findChild<QLabel*>(QStringLiteral("firstCommentBadge"))->isHidden());
    key(Qt::Key_K);
    QTRY_COMPARE(card->findChild<QLabel*>(QStringLiteral("commenterName"))->text(), QStringLiteral("Reader 1"));
    QTRY_VERIFY(card->findChild<QLabel*>(QStringLiteral("firstCommentBadge"))->isHidden());

    // o: only this post's comments, and back.
    key(Qt::Key_O);
    auto* post = find<QComboBox>("postFilter");
    QTRY_COMPARE(post->currentText(), QStringLiteral("Review 2"));
    QTRY_COMPARE(m_view->model()->rowCount(), 4); // pending comments 1, 4, 7, 10 on post 2
    QCOMPARE(read(m_view->currentCommentId())->authorName, QStringLiteral("Reader 1")); // the cursor stayed on it
    key(Qt::Key_O);
    QTRY_COMPARE(m_view->model()->rowCount(), kPending);

    // /: search, Enter goes back to the list.
    key(Qt::Key_Slash);
    auto* search = find<QLineEdit>("commentSearch");
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("zanzibar"));
    QTRY_COMPARE(m_view->model()->rowCount(), 1);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(m_queue->hasFocus());
    QTRY_COMPARE(read(m_view->currentCommentId())->authorName, QStringLiteral("Reader 7"));
    QTest::keyClick(search, Qt::Key_Escape); // clears
    QTRY_COMPARE(m_view->model()->rowCount(), kPending);

    // The status filter counts and lists.
    auto* status = find<QComboBox>("statusFilter");
    QTRY_COMPARE(status->itemText(4), QStringLiteral("All (20)"));
    status->setCurrentIndex(2);
    QTRY_COMPARE(m_view->model()->rowCount(), 2);
    QCOMPARE(status->itemText(2), QStringLiteral("Spam (2)"));
    // Oldest first by a click on the date header.
    status->setCurrentIndex(4);
    QTRY_COMPARE(m_view->model()->rowCount(), kComments);
    m_queue->sortByColumn(CommentQueueModel::DateColumn, Qt::AscendingOrder);
    QTRY_VERIFY(!m_view->model()->filter().newestFirst);
    QTRY_COMPARE(m_view->model()->data(m_view->model()->index(0, CommentQueueModel::AuthorColumn)).toString(),
        QStringLiteral("Reader 0"));
}

void TestModerationQueue::keysCanBeTurnedOff()
{
    auto* keys = m_window->findChild<QAction*>(QStringLiteral("actionCommentKeyboard"));
    QVERIFY(keys->isChecked()); // on by default
    keys->trigger();
    const qint64 id = m_view->currentCommentId();
    key(Qt::Key_A);
    key(Qt::Key_J);
    QTest::qWait(100);
    QCOMPARE(statusOf(id), CommentStatus::Hold);
    QCOMPARE(row(), 0);
    key(Qt::Key_Down); // the list's own keys still work
    QCOMPARE(row(), 1);
    keys->trigger();
    key(Qt::Key_A);
    QTRY_COMPARE(statusOf(idAtRow(1)), CommentStatus::Approved);
    QCOMPARE(m_services->settings().value(QStringLiteral("moderation/keyboardShortcuts")).toBool(), true);
}

QTEST_MAIN(TestModerationQueue)
#include "tst_moderationqueue.moc"
