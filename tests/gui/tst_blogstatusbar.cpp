// The status bar's blogs: an indicator per blog that follows the syncs (online, offline, signed out),
// with the last error and sync time in its tooltip; the outbox count, refreshed after a publish is
// queued, which opens the outbox when clicked; the export's progress and cancel.
#include "core/Profile.h"
#include "core/accounts/AccountService.h"
#include "gui/AppServices.h"
#include "gui/MainWindow.h"
#include "gui/accounts/SyncController.h"
#include "gui/editor/ReviewEditorWidget.h"
#include "gui/editor/ReviewSession.h"
#include "gui/status/BlogStatusBar.h"
#include "core/storage/PostRepository.h"
#include "core/storage/StorageExecutor.h"
#include "support/TestSupport.h"
#include "support/FakeBlog.h"
#include "support/FakeWordPress.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace longhand;
using namespace longhand::test;

class TestBlogStatusBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void relativeTimes();
    void indicatorFollowsTheSyncs();
    void outboxCountOpensTheOutbox();
    void exportShowsProgressAndWrites();
    void exportCancelStopsBetweenFiles();

private:
    static qint64 connectBlog(AppServices& services)
    {
        const auto added = connectFakeBlog(services.accounts());
        if (!added) {
            qFatal("could not connect the fake blog: %s", qPrintable(added.error().message));
        }
        return added.value();
    }
};

void TestBlogStatusBar::relativeTimes()
{
    const QDateTime now(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
    QCOMPARE(BlogStatusBar::relativeTime(now.addSecs(-20), now), QStringLiteral("just now"));
    QCOMPARE(BlogStatusBar::relativeTime(now.addSecs(-3 * 60 - 5), now), QStringLiteral("3 min ago"));
    QCOMPARE(BlogStatusBar::relativeTime(now.addSecs(-2 * 3600), now), QStringLiteral("2 h ago"));
    QCOMPARE(BlogStatusBar::relativeTime(QDateTime(), now), QStringLiteral("never"));
    QCOMPARE(BlogStatusBar::stateFor(Status()), BlogStatusBar::State::Online);
    QCOMPARE(BlogStatusBar::stateFor(Status(Error::make(Error::Code::Timeout, {}))), BlogStatusBar::State::Offline);
    QCOMPARE(BlogStatusBar::stateFor(Status(Error::make(Error::Code::Auth, {}))), BlogStatusBar::State::SignedOut);
    QCOMPARE(BlogStatusBar::stateFor(Status(Error::make(Error::Code::BadResponse, {}))), BlogStatusBar::State::Failed);
}

void TestBlogStatusBar::indicatorFollowsTheSyncs()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    QVERIFY(profile.ensureExists().ok());
    FakeWordPress wordpress;
    wordpress.addPosts(5);
    AppServices services(profile);
    services.accounts().setNetworkFactory([&wordpress] { return wordpress.makeNetwork(); });
    const qint64 siteId = connectBlog(services);
    MainWindow window(services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString name = QStringLiteral("blogStatus-%1").arg(siteId);
    QLabel* indicator = nullptr;
    QTRY_VERIFY((indicator = window.findChild<QLabel*>(name)) != nullptr);
    QTRY_VERIFY(indicator->toolTip().contains(QStringLiteral("not checked since Longhand started")));
    QVERIFY(!indicator->text().isEmpty()); // the blog's name
    QVERIFY(!indicator->text().contains(QStringLiteral("online")));
    QVERIFY(indicator->toolTip().contains(QStringLiteral("Never synced")));
    auto* lastSync = window.findChild<QLabel*>(QStringLiteral("lastSyncLabel"));
    QCOMPARE(lastSync->text(), QStringLiteral("Last sync: never"));

    SyncController* sync = window.syncController();
    QSignalSpy finished(sync, &SyncController::finished);
    window.findChild<QAction*>(QStringLiteral("actionSync"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 20000);
    QTRY_VERIFY(indicator->text().contains(QStringLiteral("online")));
    QTRY_VERIFY(indicator->toolTip().contains(QStringLiteral("Synced just now")));
    QTRY_COMPARE(lastSync->text(), QStringLiteral("Last sync: just now"));

    // The network goes away.
    wordpress.fault = [](const FakeRequest&) -> std::optional<FakeResponse> {
        FakeResponse offline;
        offline.error = QNetworkReply::ConnectionRefusedError;
        return offline;
    };
    window.findChild<QAction*>(QStringLiteral("actionSync"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2, 20000);
    QTRY_VERIFY(indicator->text().contains(QStringLiteral("offline")));
    QVERIFY2(indicator->toolTip().contains(QStringLiteral("Last error:")), qPrintable(indicator->toolTip()));
    QVERIFY(indicator->toolTip().contains(QStringLiteral("Synced just now"))); // the last good one
    QCOMPARE(window.blogStatus()->stateOf(siteId), BlogStatusBar::State::Offline);

    // The application password was revoked.
    wordpress.fault = [](const FakeRequest&) -> std::optional<FakeResponse> {
        return FakeResponse::json(R"({"code":"rest_not_logged_in","message":"You are not currently logged in.","data":{"status":401}})", 401);
    };
    window.findChild<QAction*>(QStringLiteral("actionSync"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 3, 20000);
    QTRY_VERIFY2(indicator->text().contains(QStringLiteral("signed out")), qPrintable(indicator->text()));
}

void TestBlogStatusBar::outboxCountOpensTheOutbox()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    QVERIFY(profile.ensureExists().ok());
    FakeWordPress wordpress;
    AppServices services(profile);
    services.accounts().setNetworkFactory([&wordpress] { return wordpress.makeNetwork(); });
    connectBlog(services);
    wordpress.fault = [](const FakeRequest&) -> std::optional<FakeResponse> {
        FakeResponse offline;
        offline.error = QNetworkReply::HostNotFoundError;
        return offline;
    };
    MainWindow window(services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* outbox = window.findChild<QToolButton*>(QStringLiteral("outboxButton"));
    QVERIFY(outbox);
    QTRY_VERIFY(!outbox->isVisible()); // nothing waits

    window.findChild<QAction*>(QStringLiteral("actionNewReview"))->trigger();
    QTRY_VERIFY(window.reviewEditor()->session().hasReview());
    QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("titleEdit")), QStringLiteral("Stalker"));
    QTest::keyClicks(window.findChild<QPlainTextEdit*>(QStringLiteral("markdownEditor")), QStringLiteral("Slow."));
    QSignalSpy steps(window.syncController(), &SyncController::publishStep);
    window.findChild<QAction*>(QStringLiteral("actionPublish"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(outbox->isVisible(), 20000);
    // The publication said what it was doing (shown in the status bar while it runs).
    QTRY_VERIFY_WITH_TIMEOUT(!steps.isEmpty(), 20000);
    QVERIFY(steps.first().first().toString().contains(QStringLiteral("Stalker")));
    QTRY_COMPARE_WITH_TIMEOUT(outbox->text(), QStringLiteral("1 waiting"), 20000);
    QCOMPARE(window.blogStatus()->outboxCounts().posts, 1);

    QTest::mouseClick(outbox, Qt::LeftButton);
    QPointer<QDialog> dialog;
    QTRY_VERIFY((dialog = window.findChild<QDialog*>(QStringLiteral("outboxDialog"))) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    // Discarded there: the count goes.
    auto* discard = dialog->findChild<QPushButton*>(QStringLiteral("outboxDiscardButton"));
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("outboxTable"));
    QVERIFY(discard && table);
    QTRY_COMPARE(table->rowCount(), 1);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(0, 0)).center());
    QCOMPARE(table->currentRow(), 0);
    // Asked first; Return takes the default, which is Cancel: nothing is discarded.
    QTest::mouseClick(discard, Qt::LeftButton);
    QPointer<QMessageBox> confirm;
    QTRY_VERIFY((confirm = dialog->findChild<QMessageBox*>(QStringLiteral("confirmDiscardBox"))) != nullptr && confirm->isVisible());
    QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::Cancel));
    QTest::keyClick(confirm, Qt::Key_Return);
    QTRY_VERIFY(!confirm);
    QTest::qWait(200);
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(outbox->isVisible());
    // Confirmed: the count goes.
    QTest::mouseClick(discard, Qt::LeftButton);
    QTRY_VERIFY((confirm = dialog->findChild<QMessageBox*>(QStringLiteral("confirmDiscardBox"))) != nullptr && confirm->isVisible());
    QTest::mouseClick(confirm->findChild<QPushButton*>(QStringLiteral("confirmDiscardButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!outbox->isVisible(), 10000);
}

void TestBlogStatusBar::exportShowsProgressAndWrites()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    QVERIFY(profile.ensureExists().ok());
    AppServices services(profile);
    MainWindow window(services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction*>(QStringLiteral("actionNewReview"))->trigger();
    QTRY_VERIFY(window.reviewEditor()->session().hasReview());
    QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("titleEdit")), QStringLiteral("Solaris"));
    QTest::keyClicks(window.findChild<QPlainTextEdit*>(QStringLiteral("markdownEditor")), QStringLiteral("A *sea*."));

    window.findChild<QAction*>(QStringLiteral("actionExport"))->trigger();
    QPointer<QDialog> dialog;
    QTRY_VERIFY((dialog = window.findChild<QDialog*>(QStringLiteral("exportDialog"))) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    const QString target = QDir(dir.path()).filePath(QStringLiteral("exported"));
    auto* folder = dialog->findChild<QLineEdit*>(QStringLiteral("exportFolderEdit"));
    QTest::keyClicks(folder, target);
    auto* progress = window.findChild<QProgressBar*>(QStringLiteral("exportProgress"));
    QVERIFY(progress);
    QTest::keyClick(folder, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(QDir(target).entryList(QDir::Files).size() == 1, 10000);
    QTRY_VERIFY(!window.findChild<QWidget*>(QStringLiteral("exportTask"))->isVisible());
    QVERIFY(QDir(target).entryList(QDir::Files).constFirst().endsWith(QLatin1String(".md")));
}

void TestBlogStatusBar::exportCancelStopsBetweenFiles()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    QVERIFY(profile.ensureExists().ok());
    AppServices services(profile);
    constexpr int kReviews = 800;
    auto seeded = services.storage().run([](Database& db) -> Status {
        PostRepository posts(db);
        for (int i = 0; i < kReviews; ++i) {
            if (auto created = posts.create(draftPost(QStringLiteral("Review %1").arg(i), sampleReview(150))); !created) {
                return created.error();
            }
        }
        return {};
    });
    services.storage().waitForIdle();
    QVERIFY(seeded.result().ok());
    MainWindow window(services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString target = QDir(dir.path()).filePath(QStringLiteral("exported"));
    auto* progress = window.findChild<QProgressBar*>(QStringLiteral("exportProgress"));
    auto* cancel = window.findChild<QToolButton*>(QStringLiteral("exportCancelButton"));
    window.startExport(target, std::nullopt);
    QTRY_VERIFY(progress->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(progress->maximum() == kReviews && progress->value() > 0, 20000); // "n of m" arrives
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<QWidget*>(QStringLiteral("exportTask"))->isVisible(), 20000);
    const QStringList written = QDir(target).entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(written.size() < kReviews, qPrintable(QString::number(written.size())));
    for (const QString& name : written) {
        QVERIFY2(name.endsWith(QLatin1String(".md")), qPrintable(name)); // no temporary file left behind
    }
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
}

QTEST_MAIN(TestBlogStatusBar)
#include "tst_blogstatusbar.moc"
