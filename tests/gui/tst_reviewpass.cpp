// Issue 16 item 6, a pass through one review: W on a comment of "Review 1" narrows the queue to that post's
// unreplied comments, oldest first (not the answered one, not the account's answer, not spam, not the other
// posts' comments), with the post beside it, its HTML sanitized; a reply, an approval and a skip each go on
// to the next comment without the list moving; Esc ends the pass early in a summary whose numbers and
// waiting actions match the outbox exactly; Back to the Queue restores the queue's own filter.
#include "GuiFixture.h"
#include "gui/MainWindow.h"
#include "gui/moderation/CommentBrowser.h"
#include "gui/moderation/CommentQueueModel.h"
#include "gui/moderation/CommentQueueView.h"
#include "gui/moderation/ModerationView.h"
#include "gui/moderation/QueueFilterBar.h"
#include "gui/moderation/ReviewPass.h"
#include "gui/moderation/ReviewPassSummary.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTranslator>

using namespace longhand;

class TestReviewPass : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void replyApproveSkipAndEnd();
    void lastCommentEndsThePassAndUndoTakesBackItsCount();
    void startedFromTheReviewsList();

private:
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(m_queue, Qt::Key(key), modifiers);
    }
    qint64 localId(qint64 remoteId);
    QList<CommentAction> outbox();
    QList<qint64> rows() const;
    QString header() const;
    QString summaryValue(const char* name) const;
    void startPassOn(qint64 remoteId);

    QTranslator m_english; // the plural forms, as the app loads them
    std::unique_ptr<test::GuiFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    ModerationView* m_view = nullptr;
    CommentQueueView* m_queue = nullptr;
};

void TestReviewPass::initTestCase()
{
    QVERIFY(m_english.load(QStringLiteral("longhand_en"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&m_english);
}

void TestReviewPass::init()
{
    m_fixture = std::make_unique<test::GuiFixture>();
    QVERIFY(m_fixture->seed());
    // Review 1 holds comments 0 (pending), 3 (pending), 6 (approved) and 9 (spam) of the fixture. Here the
    // account answers comment 0, an earlier reader and a later one comment, and the post's HTML is hostile.
    auto added = m_fixture->services->storage().run([siteId = m_fixture->siteId](Database& db) -> Status {
        RemotePost post;
        post.id = 1;
        post.author = 1;
        post.title = QStringLiteral("Review 1");
        post.status = QStringLiteral("publish");
        post.content = QStringLiteral("<p>What I thought of <em>film 1</em>.</p>"
                                      "<img src=\"https://tracker.example/pixel.png\"><script>alert(1)</script>"
                                      "<style>@import url(https://tracker.example/a.css);</style>");
        post.dateGmt = post.modifiedGmt = QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
        if (auto s = SyncRepository(db).upsertPosts(siteId, { post }); !s) {
            return s.error();
        }
        const auto comment = [](qint64 id, const QString& name, const QDateTime& date, const QString& status) {
            RemoteComment c;
            c.id = id;
            c.post = 1;
            c.authorName = name;
            c.authorEmail = QStringLiteral("%1@example.com").arg(id);
            c.dateGmt = date;
            c.content = QStringLiteral("<p>Comment by %1</p>").arg(name);
            c.status = status;
            return c;
        };
        RemoteComment answer = comment(101, QStringLiteral("The Editor"),
            QDateTime(QDate(2024, 3, 2), QTime(10, 0), Qt::UTC), QStringLiteral("approved"));
        answer.parent = 1;
        answer.author = 1;
        const QList<RemoteComment> comments = {
            answer,
            comment(200, QStringLiteral("Early Reader"), QDateTime(QDate(2024, 2, 28), QTime(8, 0), Qt::UTC),
                QStringLiteral("approved")),
            comment(201, QStringLiteral("Late Reader"), QDateTime(QDate(2024, 3, 5), QTime(8, 0), Qt::UTC),
                QStringLiteral("hold")),
        };
        auto stored = CommentRepository(db).upsertComments(siteId, comments, TriageRules());
        return stored ? Status {} : Status(stored.error());
    });
    m_fixture->services->storage().waitForIdle();
    QVERIFY(added.result().ok());
    m_window = std::make_unique<MainWindow>(*m_fixture->services);
    m_window->resize(1400, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_view = m_window->moderationView();
    m_queue = m_view->queue();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier); // View ▸ Comments
    QTRY_VERIFY(m_window->isShowingComments());
    QTRY_COMPARE(m_view->model()->rowCount(), test::GuiFixture::kPending + 1); // + Late Reader
    QTRY_VERIFY(m_queue->hasFocus());
}

void TestReviewPass::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_fixture.reset();
}

qint64 TestReviewPass::localId(qint64 remoteId)
{
    auto future = m_fixture->services->storage().run([siteId = m_fixture->siteId, remoteId](Database& db) {
        return CommentRepository(db).byRemoteId(siteId, remoteId);
    });
    future.waitForFinished();
    return future.result() && future.result().value() ? future.result().value()->id : 0;
}

QList<CommentAction> TestReviewPass::outbox()
{
    m_fixture->services->storage().waitForIdle();
    auto future = m_fixture->services->storage().run(
        [siteId = m_fixture->siteId](Database& db) { return CommentRepository(db).queuedActions(siteId); });
    future.waitForFinished();
    return future.result() ? future.result().value() : QList<CommentAction> {};
}

QList<qint64> TestReviewPass::rows() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_view->model()->rowCount(); ++row) {
        ids.append(m_view->model()->idAt(row));
    }
    return ids;
}

QString TestReviewPass::header() const
{
    auto* label = m_window->findChild<QLabel*>(QStringLiteral("reviewPassHeader"));
    return label && label->isVisible() ? label->text() : QString();
}

QString TestReviewPass::summaryValue(const char* name) const
{
    auto* summary = m_window->findChild<ReviewPassSummary*>(QStringLiteral("reviewPassSummary"));
    auto* label = summary ? summary->findChild<QLabel*>(QString::fromLatin1(name)) : nullptr;
    return label ? label->text() : QStringLiteral("(none)");
}

void TestReviewPass::startPassOn(qint64 remoteId)
{
    const qint64 id = localId(remoteId);
    QTRY_VERIFY(m_view->model()->rowOf(id) >= 0);
    m_view->revealComment(id);
    QTRY_COMPARE(m_view->currentCommentId(), id);
    QAction* action = m_view->findChild<QAction*>(QStringLiteral("actionWorkThroughUnreplied"));
    QVERIFY(action);
    QVERIFY(m_queue->actions().contains(action)); // in the queue's context menu
    QVERIFY(action->isEnabled());
    key(Qt::Key_W);
    QTRY_VERIFY(m_view->reviewPass()->isActive());
}

void TestReviewPass::replyApproveSkipAndEnd()
{
    const qint64 early = localId(200);
    const qint64 reader3 = localId(4);
    const qint64 reader6 = localId(7);
    const qint64 late = localId(201);
    QVERIFY(early && reader3 && reader6 && late);
    startPassOn(4);

    // Only Review 1's unreplied, pending or approved comments, oldest first; the cursor on the oldest.
    const QList<qint64> pass = { early, reader3, reader6, late };
    QTRY_COMPARE(rows(), pass);
    QTRY_COMPARE(m_view->currentCommentId(), early);
    QTRY_COMPARE(header(), QStringLiteral("Comment 1 of 4 on “Review 1”"));
    auto* filters = m_window->findChild<QueueFilterBar*>();
    QVERIFY(filters && !filters->isEnabled());
    QVERIFY(!m_view->findChild<QAction*>(QStringLiteral("actionWorkThroughUnreplied"))->isEnabled());
    auto* post = m_window->findChild<CommentBrowser*>(QStringLiteral("reviewPassPost"));
    QVERIFY(post && post->isVisible());
    QVERIFY(post->toPlainText().contains(QStringLiteral("What I thought of film 1.")));
    QVERIFY(!post->commentHtml().contains(QStringLiteral("tracker.example")));
    QVERIFY(!post->commentHtml().contains(QStringLiteral("alert")));
    QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("reviewPassPostTitle"))->text(), QStringLiteral("Review 1"));
    if (!qEnvironmentVariableIsEmpty("LONGHAND_SHOTS")) {
        QTest::qWait(200); // the detail pane's comment
        m_window->grab().save(qEnvironmentVariable("LONGHAND_SHOTS") + QStringLiteral("/reviewpass.png"));
    }

    // R: a reply to the oldest; the list keeps its four rows and the cursor goes on.
    key(Qt::Key_R);
    auto* editor = m_window->findChild<QPlainTextEdit*>(QStringLiteral("replyEditor"));
    QVERIFY(editor);
    QTRY_VERIFY(editor->hasFocus());
    QTest::keyClicks(editor, QStringLiteral("Thank you for reading."));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_view->currentCommentId(), reader3);
    QTRY_COMPARE(header(), QStringLiteral("Comment 2 of 4 on “Review 1”"));
    QTRY_VERIFY(m_queue->hasFocus());
    QTRY_COMPARE(outbox().size(), 1);
    QTRY_VERIFY(!m_view->model()->isLoading());
    QCOMPARE(rows(), pass); // answered, and still in its place

    // A: approved, on to the next.
    key(Qt::Key_A);
    QTRY_COMPARE(m_view->currentCommentId(), reader6);
    QTRY_COMPARE(header(), QStringLiteral("Comment 3 of 4 on “Review 1”"));
    // N (as J): skipped.
    key(Qt::Key_N);
    QTRY_COMPARE(m_view->currentCommentId(), late);
    QTRY_COMPARE(header(), QStringLiteral("Comment 4 of 4 on “Review 1”"));
    QCOMPARE(rows(), pass);

    // Esc ends the pass before Late Reader.
    key(Qt::Key_Escape);
    QTRY_VERIFY(m_window->findChild<ReviewPassSummary*>(QStringLiteral("reviewPassSummary")));
    auto* summary = m_window->findChild<ReviewPassSummary*>(QStringLiteral("reviewPassSummary"));
    QTRY_VERIFY(summary->isVisible());
    QVERIFY(!m_view->reviewPass()->isActive());
    QCOMPARE(summaryValue("passReplied"), QStringLiteral("1"));
    QCOMPARE(summaryValue("passApproved"), QStringLiteral("1"));
    QCOMPARE(summaryValue("passSpammed"), QStringLiteral("0"));
    QCOMPARE(summaryValue("passTrashed"), QStringLiteral("0"));
    QCOMPARE(summaryValue("passSkipped"), QStringLiteral("1"));
    QCOMPARE(summaryValue("passNotReached"), QStringLiteral("1"));
    QTRY_COMPARE(summary->waiting().size(), 2);
    QVERIFY2(summary->waiting().at(0).startsWith(QStringLiteral("Reply to Early Reader: “Thank you for reading.”")),
        qPrintable(summary->waiting().at(0)));
    QVERIFY2(summary->waiting().at(1).startsWith(QStringLiteral("Approved: the comment by Reader 3")),
        qPrintable(summary->waiting().at(1)));
    QCOMPARE(summary->findChild<QLabel*>(QStringLiteral("reviewPassWaitingLabel"))->text(),
        QStringLiteral("2 actions of this pass wait to be sent to the blog (with the next sync):"));
    if (!qEnvironmentVariableIsEmpty("LONGHAND_SHOTS")) {
        summary->grab().save(qEnvironmentVariable("LONGHAND_SHOTS") + QStringLiteral("/reviewpass-summary.png"));
    }

    // The outbox holds exactly what was done: one reply to Early Reader, one approval of Reader 3.
    const QList<CommentAction> actions = outbox();
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions.at(0).operation, OutboxOperation::CommentReply);
    QCOMPARE(actions.at(0).parentRemoteId, 200);
    QCOMPARE(actions.at(0).target, QStringLiteral("Thank you for reading."));
    QCOMPARE(actions.at(1).operation, OutboxOperation::CommentStatus);
    QCOMPARE(actions.at(1).comment.id, reader3);
    QCOMPARE(actions.at(1).target, QStringLiteral("approved"));

    // The outbox changes while the summary is open (here the approval is discarded; a sync sending it is the same
    // to the summary): a refresh of the queue reads it again, so the summary never lists what is gone.
    auto discarded = m_fixture->services->storage().run(
        [entry = actions.at(1).entryId](Database& db) { return CommentRepository(db).discardAction(entry); });
    discarded.waitForFinished();
    QVERIFY(discarded.result());
    m_view->refresh();
    QTRY_COMPARE(summary->waiting().size(), 1);
    QVERIFY(summary->waiting().at(0).startsWith(QStringLiteral("Reply to Early Reader")));

    // Back to the queue as it was: its filter, newest first, the filters usable again.
    auto* back = summary->findChild<QPushButton*>(QStringLiteral("reviewPassBack"));
    QVERIFY(back);
    QTest::mouseClick(back, Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<ReviewPassSummary*>(QStringLiteral("reviewPassSummary")));
    QTRY_VERIFY(m_view->model()->filter().onlyIds.isEmpty());
    QVERIFY(m_view->model()->filter().newestFirst);
    QVERIFY(filters->isEnabled());
    QVERIFY(!m_window->findChild<ReviewPass*>()->isVisible());
    QTRY_VERIFY(m_view->findChild<QAction*>(QStringLiteral("actionWorkThroughUnreplied"))->isEnabled());
    // Reader 3's approval was discarded above: pending again, beside the fixture's pending comments.
    QTRY_COMPARE(m_view->model()->rowCount(), test::GuiFixture::kPending + 1);
    // The window's focus is back in the queue (offscreen, no window is activated again after a dialog).
    QTRY_COMPARE(m_window->focusWidget(), m_queue);
    QCOMPARE(outbox().size(), 1); // the reply; nothing sent twice, nothing more queued
}

void TestReviewPass::lastCommentEndsThePassAndUndoTakesBackItsCount()
{
    startPassOn(201);
    QTRY_COMPARE(rows().size(), 4);
    QTRY_COMPARE(header(), QStringLiteral("Comment 1 of 4 on “Review 1”"));
    key(Qt::Key_S); // spam: Early Reader
    QTRY_COMPARE(header(), QStringLiteral("Comment 2 of 4 on “Review 1”"));
    key(Qt::Key_D); // trash: Reader 3
    QTRY_COMPARE(header(), QStringLiteral("Comment 3 of 4 on “Review 1”"));
    key(Qt::Key_Z); // the trash undone: Reader 3 back, not counted
    QTRY_COMPARE(m_view->currentCommentId(), localId(4));
    QTRY_COMPARE(outbox().size(), 1);
    key(Qt::Key_J); // skip Reader 3 now
    key(Qt::Key_J); // skip Reader 6
    QTRY_COMPARE(header(), QStringLiteral("Comment 4 of 4 on “Review 1”"));
    key(Qt::Key_A); // the last one approved: the pass ends by itself
    QTRY_VERIFY(m_window->findChild<ReviewPassSummary*>(QStringLiteral("reviewPassSummary")));
    QCOMPARE(summaryValue("passSpammed"), QStringLiteral("1"));
    QCOMPARE(summaryValue("passTrashed"), QStringLiteral("0"));
    QCOMPARE(summaryValue("passSkipped"), QStringLiteral("2"));
    QCOMPARE(summaryValue("passApproved"), QStringLiteral("1"));
    QCOMPARE(summaryValue("passNotReached"), QStringLiteral("0"));
    auto* summary = m_window->findChild<ReviewPassSummary*>(QStringLiteral("reviewPassSummary"));
    QTRY_COMPARE(summary->waiting().size(), 2);
    QCOMPARE(outbox().size(), 2);
    QTest::keyClick(summary, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<ReviewPassSummary*>(QStringLiteral("reviewPassSummary")));
    QTRY_VERIFY(m_view->model()->filter().onlyIds.isEmpty());
}

void TestReviewPass::startedFromTheReviewsList()
{
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier); // View ▸ Reviews
    QTRY_VERIFY(!m_window->isShowingComments());
    auto* list = m_window->findChild<QListView*>(QStringLiteral("draftList"));
    auto* action = m_window->findChild<QAction*>(QStringLiteral("actionWorkThroughReview"));
    QVERIFY(list && action);
    QVERIFY(list->actions().contains(action)); // the list's context menu
    const auto rowTitled = [list](const QString& title) {
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            if (list->model()->index(row, 0).data().toString().startsWith(title)) {
                return row;
            }
        }
        return -1;
    };
    QTRY_VERIFY(rowTitled(QStringLiteral("Solaris")) >= 0 && rowTitled(QStringLiteral("Review 1")) >= 0);
    list->setCurrentIndex(list->model()->index(rowTitled(QStringLiteral("Solaris")), 0));
    QTRY_VERIFY(!action->isEnabled()); // a local draft has no comments
    list->setCurrentIndex(list->model()->index(rowTitled(QStringLiteral("Review 1")), 0));
    QTRY_VERIFY(action->isEnabled());
    action->trigger();
    QTRY_VERIFY(m_window->isShowingComments());
    QTRY_VERIFY(m_view->reviewPass()->isActive());
    QTRY_COMPARE(rows(), QList<qint64>({ localId(200), localId(4), localId(7), localId(201) }));
    QTRY_COMPARE(header(), QStringLiteral("Comment 1 of 4 on “Review 1”"));
    QTRY_VERIFY(m_queue->hasFocus());
    m_window->findChild<QPushButton*>(QStringLiteral("reviewPassSkip"))->click();
    QTRY_COMPARE(header(), QStringLiteral("Comment 2 of 4 on “Review 1”"));
    m_window->findChild<QPushButton*>(QStringLiteral("reviewPassEnd"))->click();
    QTRY_VERIFY(m_window->findChild<ReviewPassSummary*>(QStringLiteral("reviewPassSummary")));
    QCOMPARE(summaryValue("passSkipped"), QStringLiteral("1"));
    QCOMPARE(summaryValue("passNotReached"), QStringLiteral("3"));
    auto* summary = m_window->findChild<ReviewPassSummary*>(QStringLiteral("reviewPassSummary"));
    QTRY_VERIFY(summary->findChild<QLabel*>(QStringLiteral("reviewPassWaitingLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Nothing of this pass waits")));
    QVERIFY(outbox().isEmpty());
}

QTEST_MAIN(TestReviewPass)
#include "tst_reviewpass.moc"
