// The queue as a moderator found it when trying it, driven with keys over GuiFixture's cache (6
// pending, 3 approved, 2 spam, 1 trash): after r the cursor goes on to the next comment, after z
// it is back on the restored one, marked rows look unlike the cursor's in light and dark palettes,
// and a long status message is not squeezed by a long blog name.
#include "GuiFixture.h"
#include "core/storage/StorageExecutor.h"
#include "gui/MainWindow.h"
#include "gui/ThemeColors.h"
#include "gui/moderation/CommentQueueModel.h"
#include "gui/moderation/CommentQueueView.h"
#include "gui/moderation/ModerationController.h"
#include "gui/moderation/ModerationView.h"
#include "gui/status/BlogStatusBar.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QThread>

#include <atomic>

using namespace longhand;

class TestModerationPolish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void replyGoesOnToTheNextComment();
    void undoSelectsTheRestoredComment();
    void markedRowsLookUnlikeTheCursor_data();
    void markedRowsLookUnlikeTheCursor();
    void statusMessageIsNotCutOff();
    void markAllAndNone();
    void emptySpamAsksThenDeletesThatBlogsSpam();
    void threeHundredSpamInTwoKeys();
    void movesAsAListNotACellGrid();
    void firstPageIsUsableBeforeTheWholeList();

private:
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(m_queue, Qt::Key(key), modifiers);
    }
    qint64 idAtRow(int row) const { return m_view->model()->idAt(row); }
    QColor rowColour(int row) const;

    std::unique_ptr<test::GuiFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    ModerationView* m_view = nullptr;
    CommentQueueView* m_queue = nullptr;
};

void TestModerationPolish::init()
{
    m_fixture = std::make_unique<test::GuiFixture>();
    QVERIFY(m_fixture->seed());
    m_window = std::make_unique<MainWindow>(*m_fixture->services);
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_view = m_window->moderationView();
    m_queue = m_view->queue();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier); // View ▸ Comments
    QTRY_VERIFY(m_window->isShowingComments());
    QTRY_COMPARE(m_view->model()->rowCount(), test::GuiFixture::kPending);
    QTRY_COMPARE(m_queue->currentIndex().row(), 0);
    QTRY_VERIFY(m_queue->hasFocus());
}

void TestModerationPolish::cleanup()
{
    QApplication::setPalette(QPalette());
    m_tester.reset();
    m_window.reset();
    m_fixture.reset();
}

void TestModerationPolish::replyGoesOnToTheNextComment()
{
    key(Qt::Key_J);
    const qint64 parent = m_view->currentCommentId();
    const qint64 next = idAtRow(2);
    key(Qt::Key_R);
    auto* editor = m_window->findChild<QPlainTextEdit*>(QStringLiteral("replyEditor"));
    QTRY_VERIFY(editor->hasFocus());
    QTest::keyClicks(editor, QStringLiteral("Thank you!"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(m_queue->hasFocus());
    QCOMPARE(m_view->currentCommentId(), next); // the next comment, not the one above
    // The answered comment is approved and leaves the pending list; the cursor stays where it went.
    QTRY_VERIFY(m_view->model()->rowOf(parent) < 0);
    QCOMPARE(m_view->currentCommentId(), next);
    QCOMPARE(m_queue->currentIndex().row(), 1);

    // z takes the reply back: the comment is pending again, listed, and the cursor is on it.
    key(Qt::Key_Z);
    QTRY_VERIFY(m_view->model()->rowOf(parent) >= 0);
    QTRY_COMPARE(m_view->currentCommentId(), parent);
}

void TestModerationPolish::undoSelectsTheRestoredComment()
{
    key(Qt::Key_J);
    const qint64 approved = m_view->currentCommentId();
    key(Qt::Key_A);
    QTRY_VERIFY(!m_view->controller()->isBusy());
    // A sync's refresh takes the approved comment out of the pending list.
    m_view->refresh();
    QTRY_VERIFY(m_view->model()->rowOf(approved) < 0);
    key(Qt::Key_J);
    key(Qt::Key_J);
    QVERIFY(m_view->currentCommentId() != approved);
    key(Qt::Key_Z);
    QTRY_VERIFY(m_view->model()->rowOf(approved) >= 0);
    QTRY_COMPARE(m_view->currentCommentId(), approved);

    // Spam three marked comments, move away, undo: back on the first of them.
    key(Qt::Key_K);
    const qint64 first = m_view->currentCommentId();
    key(Qt::Key_X);
    key(Qt::Key_J);
    key(Qt::Key_X);
    key(Qt::Key_S, Qt::ShiftModifier);
    QTRY_VERIFY(!m_view->controller()->isBusy());
    m_view->refresh();
    QTRY_VERIFY(m_view->model()->rowOf(first) < 0);
    key(Qt::Key_Z);
    QTRY_VERIFY(m_view->model()->rowOf(first) >= 0);
    QTRY_COMPARE(m_view->currentCommentId(), first);
}

QColor TestModerationPolish::rowColour(int row) const
{
    // The right end of the flags column: background, never text.
    const QRect cell = m_queue->visualRect(m_view->model()->index(row, CommentQueueModel::FlagsColumn));
    const QImage image = m_queue->viewport()->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    const int x = std::min(cell.right(), m_queue->viewport()->width() - 1) - 3;
    return image.pixelColor(int(x * ratio), int(cell.center().y() * ratio));
}

void TestModerationPolish::markedRowsLookUnlikeTheCursor_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestModerationPolish::markedRowsLookUnlikeTheCursor()
{
    QFETCH(bool, dark);
    if (dark) {
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        palette.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xb4));
        QApplication::setPalette(palette);
        QTRY_COMPARE(m_queue->palette().color(QPalette::Base), QColor(0x1e, 0x1e, 0x1e));
    }
    key(Qt::Key_X); // row 0 marked
    key(Qt::Key_J);
    key(Qt::Key_J); // row 2: the cursor; row 1 plain
    QCOMPARE(m_view->markedIds(), QList<qint64> { idAtRow(0) });
    const QColor marked = rowColour(0);
    const QColor plain = rowColour(1);
    const QColor cursor = rowColour(2);
    QCOMPARE(marked, ThemeColors::markedRow(m_queue->palette()));
    QVERIFY2(marked != cursor && marked != plain && cursor != plain, qPrintable(marked.name() + cursor.name()));
    QVERIFY(ThemeColors::contrast(marked, m_queue->palette().color(QPalette::Text)) >= 4.5);
    // Told apart at a glance, not by a shade: another hue, well away.
    const auto distance = [](const QColor& a, const QColor& b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
    };
    QVERIFY2(distance(marked, cursor) > 60, qPrintable(marked.name() + QLatin1Char(' ') + cursor.name()));
    // The cursor on a marked row: still the marker colour, not the cursor's.
    key(Qt::Key_X);
    QVERIFY(distance(rowColour(2), marked) < distance(rowColour(2), cursor));
}

void TestModerationPolish::statusMessageIsNotCutOff()
{
    auto renamed = m_fixture->services->storage().run([site = m_fixture->siteId](Database& db) -> Status {
        auto loaded = SiteRepository(db).load(site);
        if (!loaded) {
            return loaded.error();
        }
        Site changed = loaded.value();
        changed.name = QStringLiteral("The Extraordinarily Long-Winded Journal of Films Seen Late at Night in Winter");
        return SiteRepository(db).update(changed);
    });
    m_fixture->services->storage().waitForIdle();
    QVERIFY(renamed.result().ok());
    BlogStatusBar* blogs = m_window->blogStatus();
    blogs->refresh();
    auto* indicator = blogs->findChild<QLabel*>(QStringLiteral("blogStatus-%1").arg(m_fixture->siteId));
    QVERIFY(indicator);
    QTRY_VERIFY(indicator->text().contains(QStringLiteral("Extraordinarily")));
    QVERIFY(!indicator->text().contains(QStringLiteral("Winter"))); // a long name is cut short

    const QString message = QStringLiteral("A moderation action waits for the blog: the blog did not answer in time; "
                                           "Longhand sends it again at the next sync.");
    Q_EMIT m_view->statusMessage(message);
    QStatusBar* bar = m_window->statusBar();
    QCOMPARE(bar->currentMessage(), message);
    QTRY_VERIFY(blogs->isCompact());
    // QStatusBar draws its message left of the first visible permanent widget.
    QTRY_VERIFY([&] {
        int right = bar->width() - 12;
        for (QWidget* child : bar->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
            if (child->isVisible() && child->x() > 0) {
                right = std::min(right, child->x() - 2);
            }
        }
        const int visible = right - 6;
        const int needed = bar->fontMetrics().horizontalAdvance(message);
        if (needed > visible) {
            qWarning("message needs %d px, has %d", needed, visible);
        }
        return needed <= visible;
    }());
    QVERIFY(indicator->toolTip().contains(QStringLiteral("Winter"))); // the whole name is one hover away
    bar->clearMessage();
    QTRY_VERIFY(!blogs->isCompact());
    QVERIFY(indicator->text().contains(QStringLiteral("Extraordinarily")));
}

void TestModerationPolish::markAllAndNone()
{
    key(Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(m_view->markedIds().size(), test::GuiFixture::kPending);
    key(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_view->markedIds().isEmpty());
    // Every comment of the filter, then one key: all spam.
    key(Qt::Key_A, Qt::ControlModifier);
    key(Qt::Key_S, Qt::ShiftModifier);
    QTRY_VERIFY(!m_view->controller()->isBusy());
    auto counts = m_fixture->services->storage().run([](Database& db) { return CommentRepository(db).counts(); });
    m_fixture->services->storage().waitForIdle();
    QCOMPARE(counts.result().value().hold, 0);
    QCOMPARE(counts.result().value().spam, test::GuiFixture::kPending + 2);
}

void TestModerationPolish::emptySpamAsksThenDeletesThatBlogsSpam()
{
    // A second blog with spam of its own, which emptying the first blog's spam leaves alone.
    auto other = m_fixture->services->storage().run([](Database& db) -> Result<qint64> {
        Site site;
        site.name = QStringLiteral("<b>Other</b> blog");
        site.baseUrl = QUrl(QStringLiteral("https://other.example"));
        site.restRoot = QUrl(QStringLiteral("https://other.example/wp-json/"));
        site.userName = QStringLiteral("editor");
        site.secretStore = Site::SecretStoreKind::File;
        auto siteId = SiteRepository(db).add(site);
        if (!siteId) {
            return siteId.error();
        }
        QList<RemoteComment> comments;
        for (int i = 0; i < 3; ++i) {
            RemoteComment c;
            c.id = 100 + i;
            c.post = 1;
            c.authorName = QStringLiteral("Spammer %1").arg(i);
            c.content = QStringLiteral("<p>cheap pills %1</p>").arg(i);
            c.dateGmt = QDateTime(QDate(2024, 3, 2), QTime(9, i), Qt::UTC);
            c.status = QStringLiteral("spam");
            comments.append(c);
        }
        if (auto stored = CommentRepository(db).upsertComments(siteId.value(), comments, TriageRules()); !stored) {
            return stored.error();
        }
        return siteId.value();
    });
    m_fixture->services->storage().waitForIdle();
    QVERIFY(other.result().ok());
    const qint64 otherSite = other.result().value();
    const auto spamOf = [this](qint64 siteId) {
        CommentFilter filter;
        filter.siteId = siteId;
        filter.status = CommentStatus::Spam;
        auto ids = m_fixture->services->storage().run([filter](Database& db) { return CommentRepository(db).ids(filter); });
        m_fixture->services->storage().waitForIdle();
        return ids.result().value();
    };
    const QList<qint64> doomed = spamOf(m_fixture->siteId);
    QCOMPARE(doomed.size(), 2);
    QCOMPARE(spamOf(otherSite).size(), 3);

    m_view->refresh(); // the blog filter lists the new blog
    auto* sites = m_window->findChild<QComboBox*>(QStringLiteral("siteFilter"));
    QTRY_COMPARE(sites->count(), 3);
    sites->setCurrentIndex(sites->findData(m_fixture->siteId));
    auto* statuses = m_window->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    statuses->setCurrentIndex(statuses->findData(int(CommentStatus::Spam)));
    QTRY_COMPARE(m_view->model()->rowCount(), 2);
    m_view->focusQueue();

    QAction* empty = m_window->findChild<QAction*>(QStringLiteral("actionEmptySpam"));
    QVERIFY(empty);
    const auto question = [this]() -> QMessageBox* {
        QMessageBox* box = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] { return (box = m_window->findChild<QMessageBox*>(QStringLiteral("confirmEmptyBox"))) != nullptr; });
        return shown ? box : nullptr;
    };
    // Cancel (the default) keeps everything.
    empty->trigger();
    QMessageBox* box = question();
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("2 spam comment")));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QTest::keyClick(box, Qt::Key_Return); // Return takes the default: Cancel
    QTRY_VERIFY(!m_window->findChild<QMessageBox*>(QStringLiteral("confirmEmptyBox")));
    QTest::qWait(100);
    QCOMPARE(spamOf(m_fixture->siteId), doomed);
    QCOMPARE(m_view->model()->rowCount(), 2);

    // Confirmed: that blog's spam is deleted for good and queued for the blog; the other blog's stays.
    empty->trigger();
    box = question();
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(spamOf(m_fixture->siteId).isEmpty());
    QTRY_COMPARE(m_view->model()->rowCount(), 0); // the list follows at once
    QCOMPARE(spamOf(otherSite).size(), 3);
    auto actions = m_fixture->services->storage().run(
        [site = m_fixture->siteId](Database& db) { return CommentRepository(db).queuedActions(site); });
    m_fixture->services->storage().waitForIdle();
    QVERIFY(actions.result().ok());
    QList<qint64> queued;
    for (const CommentAction& action : actions.result().value()) {
        QCOMPARE(action.operation, OutboxOperation::CommentDelete);
        queued.append(action.comment.id);
    }
    std::sort(queued.begin(), queued.end());
    QList<qint64> expected = doomed;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(queued, expected); // one delete each, exactly that blog's spam
    auto otherActions = m_fixture->services->storage().run(
        [otherSite](Database& db) { return CommentRepository(db).queuedActions(otherSite); });
    m_fixture->services->storage().waitForIdle();
    QVERIFY(otherActions.result().value().isEmpty());

    // Z takes it back while it waits.
    m_window->activateWindow(); // from the closed message box
    m_view->focusQueue();
    QTRY_VERIFY(m_queue->hasFocus());
    key(Qt::Key_Z);
    QTRY_COMPARE(spamOf(m_fixture->siteId).size(), 2);
    QTRY_COMPARE(m_view->model()->rowCount(), 2);
}

void TestModerationPolish::threeHundredSpamInTwoKeys()
{
    constexpr int kSpam = 300;
    auto seeded = m_fixture->services->storage().run([site = m_fixture->siteId](Database& db) {
        QList<RemoteComment> comments;
        for (int i = 0; i < kSpam; ++i) {
            RemoteComment c;
            c.id = 1000 + i;
            c.post = 1;
            c.authorName = QStringLiteral("Bot %1").arg(i);
            c.content = QStringLiteral("<p>buy now %1</p>").arg(i);
            c.dateGmt = QDateTime(QDate(2024, 4, 1), QTime(0, 0), Qt::UTC).addSecs(i);
            c.status = QStringLiteral("spam");
            comments.append(c);
        }
        return CommentRepository(db).upsertComments(site, comments, TriageRules());
    });
    m_fixture->services->storage().waitForIdle();
    QVERIFY(seeded.result().ok());
    int asked = 0;
    m_view->setConfirmDelete([&asked](int count) {
        asked = count;
        return true;
    });
    auto* statuses = m_window->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    statuses->setCurrentIndex(statuses->findData(int(CommentStatus::Spam)));
    QTRY_COMPARE(m_view->model()->rowCount(), kSpam + 2);
    m_view->focusQueue();
    key(Qt::Key_A, Qt::ControlModifier);
    key(Qt::Key_Delete);
    QCOMPARE(asked, kSpam + 2); // rows not read yet are marked too
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->controller()->isBusy(), 10000);
    auto counts = m_fixture->services->storage().run([](Database& db) { return CommentRepository(db).counts(); });
    m_fixture->services->storage().waitForIdle();
    QCOMPARE(counts.result().value().spam, 0);
}

// The queue is a table view (no per-row layout for a million rows) that moves as a list: Home and End go to the
// first and last comment, Left and Right change nothing, Tab leaves the table, and the cursor row is one row.
void TestModerationPolish::movesAsAListNotACellGrid()
{
    const int last = m_view->model()->rowCount() - 1;
    key(Qt::Key_End);
    QCOMPARE(m_queue->currentIndex().row(), last);
    QCOMPARE(m_view->currentCommentId(), idAtRow(last));
    key(Qt::Key_Home);
    QCOMPARE(m_queue->currentIndex().row(), 0);
    key(Qt::Key_J);
    const QModelIndex before = m_queue->currentIndex();
    key(Qt::Key_Right);
    key(Qt::Key_Left);
    QCOMPARE(m_queue->currentIndex(), before);
    QVERIFY(m_view->markedIds().isEmpty()); // moving marks nothing
    // Rows are one height, and every row's height is the text's (not a cell grid's).
    QCOMPARE(m_queue->rowHeight(0), m_queue->rowHeight(last));
    QVERIFY(m_queue->rowHeight(0) >= m_queue->fontMetrics().height());
    QVERIFY(!m_queue->showGrid());
    key(Qt::Key_Tab);
    QTRY_VERIFY(!m_queue->hasFocus());
}

// A new list's whole id list is read on the storage's read lane, after its first page: held back here (a read that
// waits), the first page is on screen with the cursor on it and the keys work; Ctrl+A marks the rows shown and,
// once the whole list is in, every row of it.
void TestModerationPolish::firstPageIsUsableBeforeTheWholeList()
{
    constexpr int kApproved = 3; // GuiFixture: comments 6..8
    std::atomic<bool> release {false};
    StorageExecutor& storage = m_fixture->services->storage();
    auto* statuses = m_window->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    storage.read([&release](Database&) -> Status {
        while (!release) {
            QThread::msleep(2);
        }
        return {};
    });
    statuses->setCurrentIndex(statuses->findData(int(CommentStatus::Approved)));
    QTRY_COMPARE(m_view->model()->rowCount(), kApproved);
    QVERIFY(m_view->model()->isLoading()); // the whole list is not in yet
    QTRY_VERIFY(m_view->currentCommentId() != 0);
    QCOMPARE(m_queue->currentIndex().row(), 0);
    m_view->focusQueue();
    key(Qt::Key_J);
    QCOMPARE(m_queue->currentIndex().row(), 1);
    key(Qt::Key_A, Qt::ControlModifier);
    release = true;
    QTRY_VERIFY(!m_view->model()->isLoading());
    QTRY_COMPARE(m_view->markedIds().size(), kApproved);
    QCOMPARE(m_queue->currentIndex().row(), 1); // not moved by the whole list's arrival
    storage.waitForIdle();
}

QTEST_MAIN(TestModerationPolish)
#include "tst_moderationpolish.moc"
