// The summary after a sync (issue 16, item 8): new comments, the web's decisions that won over an action
// queued here (one click from each comment), actions still waiting; over the fake WordPress, driven with keys.
#include "core/Profile.h"
#include "core/accounts/AccountService.h"
#include "gui/AppServices.h"
#include "gui/MainWindow.h"
#include "gui/moderation/CommentQueueModel.h"
#include "gui/moderation/CommentQueueView.h"
#include "gui/moderation/ModerationView.h"
#include "gui/status/SyncSummary.h"
#include "support/FakeBlog.h"
#include "support/FakeWordPress.h"

#include <QAction>

#include <algorithm>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace longhand;
using namespace longhand::test;

class TestSyncSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void textSaysWhatChanged();
    void webDecisionIsOneClickFromItsComment();

private:
    QTranslator m_english; // the plural forms, as the app loads them
};

void TestSyncSummary::initTestCase()
{
    QVERIFY(m_english.load(QStringLiteral("longhand_en"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&m_english);
}

void TestSyncSummary::textSaysWhatChanged()
{
    ModerationSummary summary;
    QVERIFY(summary.isEmpty());
    QCOMPARE(summary.text(), QString());
    summary.newComments = 3;
    summary.overruled.append({7, QStringLiteral("The blog's spam decision stands.")});
    summary.waiting = 2;
    QCOMPARE(summary.text(), QStringLiteral("3 new comments to moderate \u00B7 1 web decision kept over yours \u00B7 2 actions waiting"));
}

void TestSyncSummary::webDecisionIsOneClickFromItsComment()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    QVERIFY(profile.ensureExists().ok());
    FakeWordPress wordpress;
    wordpress.addPosts(1);
    wordpress.addComments(3, 1, QStringLiteral("hold"));
    AppServices services(profile);
    services.accounts().setNetworkFactory([&wordpress] { return wordpress.makeNetwork(); });
    QVERIFY(connectFakeBlog(services.accounts()));
    MainWindow window(services);
    window.resize(1200, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* summary = window.findChild<SyncSummaryButton*>(QStringLiteral("syncSummaryButton"));
    QVERIFY(summary);
    QVERIFY(!summary->isVisible());

    window.findChild<QAction*>(QStringLiteral("actionSync"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(summary->summary().newComments, 3, 15000);
    QVERIFY(!window.statusBar()->currentMessage().isEmpty()); // "… is up to date": the message has the room
    QVERIFY(!summary->isVisible());
    window.statusBar()->clearMessage();
    QTRY_VERIFY(summary->isVisible());
    QVERIFY(summary->text().startsWith(QStringLiteral("3 new comments")));

    // Someone on wp-admin marks comment 1 spam; here it is approved before a sync has seen that.
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier); // View ▸ Comments
    ModerationView* view = window.moderationView();
    QTRY_COMPARE(view->model()->rowCount(), 3);
    wordpress.comment(1).insert(QStringLiteral("status"), QStringLiteral("spam"));
    const auto findRow = [view] {
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const Comment* c = view->model()->commentAt(r); // rows load as they are asked for
            if (c && c->remoteId == 1) {
                return r;
            }
        }
        return -1;
    };
    int row = -1;
    QTRY_VERIFY((row = findRow()) >= 0);
    const qint64 commentId = view->model()->idAt(row);
    view->queue()->setCurrentIndex(view->model()->index(row, 0));
    view->queue()->setFocus();
    QTest::keyClick(view->queue(), Qt::Key_A); // approve: pushed at once, and overruled by the web's spam
    // The push reads the comment back and finds the web's spam: told before the sync starts.
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(wordpress.requested.cbegin(), wordpress.requested.cend(),
                                         [](const QUrl& url) { return url.toString().contains(QLatin1String("comments/1")); }),
                             15000);
    QTest::qWait(300);

    window.findChild<QAction*>(QStringLiteral("actionSync"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(summary->summary().overruled.size(), 1, 15000);
    QCOMPARE(summary->summary().overruled.constFirst().first, commentId);
    QCOMPARE(summary->summary().newComments, 0);
    window.statusBar()->clearMessage();
    QTRY_VERIFY(summary->isVisible());
    QVERIFY2(summary->text().contains(QStringLiteral("1 web decision kept over yours")), qPrintable(summary->text()));

    // The details: its comment one click away, although the queue shows pending comments and it is spam now.
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier); // back to the reviews
    QTest::mouseClick(summary, Qt::LeftButton);
    QDialog* details = nullptr;
    QTRY_VERIFY((details = window.findChild<QDialog*>(QStringLiteral("syncSummaryDialog"))) != nullptr);
    QTRY_VERIFY(details->isVisible());
    QStringList texts;
    for (const QLabel* label : details->findChildren<QLabel*>()) {
        texts.append(label->text());
    }
    QVERIFY2(texts.join(QLatin1Char('|')).contains(QStringLiteral("Reader 1 on")), qPrintable(texts.join(QLatin1Char('|')))); // whose comment
    auto* show = details->findChild<QPushButton*>(QStringLiteral("summaryShowComment"));
    QVERIFY(show);
    QTest::mouseClick(show, Qt::LeftButton);
    QTRY_VERIFY(window.isShowingComments());
    QTRY_VERIFY(view->queue()->currentIndex().isValid());
    QTRY_COMPARE(view->model()->idAt(view->queue()->currentIndex().row()), commentId);
}

QTEST_MAIN(TestSyncSummary)
#include "tst_syncsummary.moc"
