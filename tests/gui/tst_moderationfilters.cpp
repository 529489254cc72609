// Issue 16 in the queue, driven with keys over GuiFixture's cache plus a pingback, a reply by the blog's
// user and a post of the signed-in account: N (Unreplied), M (Mine) and Y (type) filter the list and its
// counts; E edits the commenter beside the text, and Z takes it back; a canned reply made in Settings ▸
// Moderation goes into the reply box with Alt+1 or from the Ctrl+Space list.
#include "GuiFixture.h"
#include "core/settings/AppSettings.h"
#include "gui/MainWindow.h"
#include "gui/moderation/CommentQueueModel.h"
#include "gui/moderation/CommentQueueView.h"
#include "gui/moderation/ModerationView.h"
#include "gui/moderation/QueueFilterBar.h"
#include "gui/settings/SettingsDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>

using namespace longhand;

class TestModerationFilters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void unrepliedMineAndTypeByKey();
    void commenterEditAndUndo();
    void cannedRepliesFromSettingsIntoAReply();

private:
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) { QTest::keyClick(m_queue, Qt::Key(key), modifiers); }
    Comment stored(qint64 id);
    QStringList authorsShown() const;

    std::unique_ptr<test::GuiFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    ModerationView* m_view = nullptr;
    CommentQueueView* m_queue = nullptr;
};

void TestModerationFilters::init()
{
    m_fixture = std::make_unique<test::GuiFixture>();
    QVERIFY(m_fixture->seed());
    // Review 1 is the signed-in account's (user 1); a pingback waits on it; the account answered comment 1.
    auto added = m_fixture->services->storage().run([siteId = m_fixture->siteId](Database& db) -> Status {
        RemotePost mine;
        mine.id = 1;
        mine.author = 1;
        mine.title = QStringLiteral("Review 1");
        mine.status = QStringLiteral("publish");
        mine.content = QStringLiteral("<p>What I thought of film 1.</p>");
        mine.dateGmt = mine.modifiedGmt = QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
        if (auto s = SyncRepository(db).upsertPosts(siteId, {mine}); !s) {
            return s.error();
        }
        RemoteComment ping;
        ping.id = 100;
        ping.post = 1;
        ping.type = QStringLiteral("pingback");
        ping.authorName = QStringLiteral("Another Film Blog");
        ping.authorUrl = QStringLiteral("https://other.example/post/");
        ping.dateGmt = QDateTime(QDate(2024, 3, 2), QTime(9, 0), Qt::UTC);
        ping.content = QStringLiteral("[&#8230;] the review says the ending is earned [&#8230;]");
        ping.status = QStringLiteral("hold");
        RemoteComment answer;
        answer.id = 101;
        answer.post = 1;
        answer.parent = 1;
        answer.author = 1;
        answer.authorName = QStringLiteral("The Editor");
        answer.dateGmt = QDateTime(QDate(2024, 3, 2), QTime(10, 0), Qt::UTC);
        answer.content = QStringLiteral("Thanks!");
        answer.status = QStringLiteral("approved");
        auto stored = CommentRepository(db).upsertComments(siteId, {ping, answer}, TriageRules());
        return stored ? Status {} : Status(stored.error());
    });
    m_fixture->services->storage().waitForIdle();
    QVERIFY(added.result().ok());
    m_window = std::make_unique<MainWindow>(*m_fixture->services);
    m_window->resize(1200, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_view = m_window->moderationView();
    m_queue = m_view->queue();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier); // View ▸ Comments
    QTRY_VERIFY(m_window->isShowingComments());
    QTRY_COMPARE(m_view->model()->rowCount(), test::GuiFixture::kPending + 1);
    QTRY_VERIFY(m_queue->hasFocus());
}

void TestModerationFilters::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_fixture.reset();
}

Comment TestModerationFilters::stored(qint64 id)
{
    auto future = m_fixture->services->storage().run([id](Database& db) { return CommentRepository(db).byId(id); });
    future.waitForFinished();
    return future.result() && future.result().value() ? *future.result().value() : Comment {};
}

QStringList TestModerationFilters::authorsShown() const
{
    QStringList names;
    for (int row = 0; row < m_view->model()->rowCount(); ++row) {
        names << m_view->model()->index(row, CommentQueueModel::AuthorColumn).data().toString();
    }
    names.sort();
    return names;
}

void TestModerationFilters::unrepliedMineAndTypeByKey()
{
    auto* unreplied = m_window->findChild<QToolButton*>(QStringLiteral("unrepliedFilter"));
    auto* mine = m_window->findChild<QToolButton*>(QStringLiteral("mineFilter"));
    auto* type = m_window->findChild<QComboBox*>(QStringLiteral("typeFilter"));
    auto* status = m_window->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    QVERIFY(unreplied && mine && type && status);
    QTRY_COMPARE(status->itemText(0), QStringLiteral("Pending (7)"));
    // N: Reader 0 has the account's answer and leaves the list; the counts follow.
    key(Qt::Key_N);
    QVERIFY(unreplied->isChecked());
    QTRY_COMPARE(m_view->model()->rowCount(), test::GuiFixture::kPending);
    QVERIFY(!authorsShown().contains(QStringLiteral("Reader 0")));
    QTRY_COMPARE(status->itemText(0), QStringLiteral("Pending (6)"));
    QTRY_COMPARE(status->itemText(4), QStringLiteral("All (12)")); // 12 + 2 - the answered one - the answer
    // Y: comments only, then pingbacks only; a pingback says so before the name.
    key(Qt::Key_Y);
    QCOMPARE(type->currentData().toString(), QStringLiteral("comment"));
    QTRY_COMPARE(m_view->model()->rowCount(), test::GuiFixture::kPending - 1);
    key(Qt::Key_Y);
    QCOMPARE(type->currentData().toString(), QStringLiteral("pingback"));
    QTRY_COMPARE(m_view->model()->rowCount(), 1);
    QTRY_COMPARE(authorsShown(), QStringList {QStringLiteral("Pingback: Another Film Blog")});
    QVERIFY(m_view->model()->index(0, CommentQueueModel::AuthorColumn).data(Qt::FontRole).value<QFont>().italic());
    QTRY_COMPARE(status->itemText(0), QStringLiteral("Pending (1)"));
    key(Qt::Key_Y);
    key(Qt::Key_Y);
    QCOMPARE(type->currentIndex(), 0); // all types again
    key(Qt::Key_N);
    QVERIFY(!unreplied->isChecked());
    // M: the pending comments on Review 1 (readers 0 and 3) and the pingback.
    key(Qt::Key_M);
    QVERIFY(mine->isChecked());
    QTRY_COMPARE(authorsShown(), (QStringList {QStringLiteral("Pingback: Another Film Blog"), QStringLiteral("Reader 0"),
                                               QStringLiteral("Reader 3")}));
    QTRY_COMPARE(status->itemText(0), QStringLiteral("Pending (3)"));
    // And with N too.
    key(Qt::Key_N);
    QTRY_COMPARE(authorsShown(), (QStringList {QStringLiteral("Pingback: Another Film Blog"), QStringLiteral("Reader 3")}));
    // The choice is part of what the queue remembers.
    const QVariantMap state = m_view->filterBar()->state();
    QCOMPARE(state.value(QStringLiteral("unreplied")).toBool(), true);
    QCOMPARE(state.value(QStringLiteral("mine")).toBool(), true);
}

void TestModerationFilters::commenterEditAndUndo()
{
    const qint64 id = m_view->currentCommentId();
    const Comment before = stored(id);
    key(Qt::Key_E);
    auto* name = m_window->findChild<QLineEdit*>(QStringLiteral("editAuthorName"));
    auto* email = m_window->findChild<QLineEdit*>(QStringLiteral("editAuthorEmail"));
    auto* url = m_window->findChild<QLineEdit*>(QStringLiteral("editAuthorUrl"));
    auto* editor = m_window->findChild<QPlainTextEdit*>(QStringLiteral("replyEditor"));
    QVERIFY(name && email && url && editor);
    QTRY_VERIFY(editor->hasFocus());
    QVERIFY(name->isVisible());
    QCOMPARE(name->text(), before.authorName);
    // Shift+Tab walks back from the text to the commenter's fields.
    QTest::keyClick(editor, Qt::Key_Backtab);
    QTRY_VERIFY(url->hasFocus());
    QTest::keyClicks(url, QStringLiteral("https://reader.example/"));
    QTest::keyClick(url, Qt::Key_Backtab);
    QTRY_VERIFY(email->hasFocus());
    QTest::keyClick(email, Qt::Key_Backtab);
    QTRY_VERIFY(name->hasFocus());
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Renamed Reader"));
    QTest::keyClick(name, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(m_queue->hasFocus());
    QTRY_COMPARE(stored(id).authorName, QStringLiteral("Renamed Reader"));
    const Comment after = stored(id);
    QCOMPARE(after.authorUrl, QStringLiteral("https://reader.example/"));
    QCOMPARE(after.authorEmail, before.authorEmail);
    QCOMPARE(after.content, before.content); // the text was not touched, so not queued either
    QVERIFY(after.pending);
    // Z puts the commenter back and nothing waits.
    QTRY_VERIFY(m_window->findChild<QAction*>(QStringLiteral("actionUndoModeration"))->isEnabled());
    key(Qt::Key_Z);
    QTRY_COMPARE(stored(id).authorName, before.authorName);
    QCOMPARE(stored(id).authorUrl, before.authorUrl);
    QTRY_VERIFY(!stored(id).pending);
}

void TestModerationFilters::cannedRepliesFromSettingsIntoAReply()
{
    // Settings ▸ Moderation: two canned replies added with the keyboard and the Add button.
    SettingsDialog dialog(m_fixture->services->settings(), m_fixture->services->accounts(), m_fixture->dir->path());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* add = dialog.findChild<QPushButton*>(QStringLiteral("addCannedReplyButton"));
    auto* nameEdit = dialog.findChild<QLineEdit*>(QStringLiteral("cannedReplyName"));
    auto* textEdit = dialog.findChild<QPlainTextEdit*>(QStringLiteral("cannedReplyText"));
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("cannedRepliesList"));
    QVERIFY(add && nameEdit && textEdit && list);
    const auto addReply = [&](const QString& name, const QString& text) {
        add->click();
        QTest::keyClicks(nameEdit, name); // the new entry's name is selected: typing replaces it
        textEdit->setFocus();
        QTest::keyClicks(textEdit, text);
    };
    addReply(QStringLiteral("Thanks"), QStringLiteral("Thank you for reading!"));
    addReply(QStringLiteral("Spoilers"), QStringLiteral("Please mark spoilers."));
    addReply(QStringLiteral("Gone"), QStringLiteral("Soon deleted."));
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->item(1)->text(), QStringLiteral("2. Spoilers"));
    dialog.findChild<QPushButton*>(QStringLiteral("removeCannedReplyButton"))->click();
    QCOMPARE(list->count(), 2);
    list->setCurrentRow(0);
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, QStringLiteral("Thank you")); // renamed
    QTest::keyClick(&dialog, Qt::Key_Return); // OK
    QTRY_VERIFY(!dialog.isVisible());
    const AppSettings saved = AppSettings::load(m_fixture->services->settings());
    QCOMPARE(saved.cannedReplies,
             (QList<CannedReply> {{QStringLiteral("Thank you"), QStringLiteral("Thank you for reading!")},
                                  {QStringLiteral("Spoilers"), QStringLiteral("Please mark spoilers.")}}));
    m_window->applySettings();

    // R, then Alt+1 inserts the first; Ctrl+Space lists them and 2 picks the second.
    m_window->activateWindow();
    m_queue->setFocus();
    key(Qt::Key_R);
    auto* editor = m_window->findChild<QPlainTextEdit*>(QStringLiteral("replyEditor"));
    QTRY_VERIFY(editor->hasFocus());
    QTest::keyClick(editor, Qt::Key_1, Qt::AltModifier);
    QCOMPARE(editor->toPlainText(), QStringLiteral("Thank you for reading!"));
    QTest::keyClicks(editor, QStringLiteral(" "));
    QTest::keyClick(editor, Qt::Key_Space, Qt::ControlModifier);
    QMenu* menu = nullptr;
    QTRY_VERIFY((menu = m_window->findChild<QMenu*>(QStringLiteral("cannedReplyMenu"))) && menu->isVisible());
    QCOMPARE(menu->actions().size(), 2);
    QTest::keyClick(menu, Qt::Key_2);
    QTRY_COMPARE(editor->toPlainText(), QStringLiteral("Thank you for reading! Please mark spoilers."));
    // No third one: the box says so and inserts nothing.
    QTest::keyClick(editor, Qt::Key_3, Qt::AltModifier);
    QCOMPARE(editor->toPlainText(), QStringLiteral("Thank you for reading! Please mark spoilers."));
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(m_queue->hasFocus());
}

QTEST_MAIN(TestModerationFilters)
#include "tst_moderationfilters.moc"
