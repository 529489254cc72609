// Connecting a blog and syncing it from the window, against a fake WordPress: the Add Blog dialog
// driven with keys, the keychain missing (so the private file is offered), then Sync fills the
// sidebar with the blog's posts and shows progress.
#include "core/Profile.h"
#include "core/sync/OutboxLock.h"
#include "core/accounts/AccountService.h"
#include "gui/AppServices.h"
#include "gui/MainWindow.h"
#include "gui/accounts/SyncController.h"
#include "gui/editor/ReviewEditorWidget.h"
#include "gui/editor/ReviewSession.h"
#include "gui/drafts/DraftListModel.h"
#include "gui/drafts/DraftsSidebar.h"
#include "support/FakeBlog.h"
#include "support/FakeWordPress.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QUrlQuery>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QPointer>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

// Stands in for the system browser: QDesktopServices hands it the addresses the app opens.
class BrowserStandIn : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl& url) { opened.append(url); }
};

class TestBlogWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addBlogThenSync();
    void wrongPasswordStaysInDialog();
    void publishShowsTheLiveLink();
    void offlinePublishWaitsInTheOutbox();
    void anotherSenderHoldsTheOutbox();
    void postsDeletedOnTheWebAreReported();
    void createPasswordInTheBrowser();
    void apiOnAnotherOriginIsAsked();

private:
    static qint64 connectBlog(AppServices& services)
    {
        const auto added = connectFakeBlog(services.accounts());
        if (!added) {
            qFatal("could not connect the fake blog: %s", qPrintable(added.error().message));
        }
        return added.value();
    }
    static void writeReview(MainWindow& window, const QString& title)
    {
        window.findChild<QAction*>(QStringLiteral("actionNewReview"))->trigger();
        if (!QTest::qWaitFor([&] { return window.reviewEditor()->session().hasReview(); }, 5000)) {
            qFatal("no review");
        }
        QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("titleEdit")), title);
        QTest::keyClicks(window.findChild<QPlainTextEdit*>(QStringLiteral("markdownEditor")), QStringLiteral("Some *words*."));
    }
};

void TestBlogWindow::addBlogThenSync()
{
    // No session bus here: the keychain probe fails and the file store is offered.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    QTemporaryDir dir;
    Profile profile(dir.path());
    QVERIFY(profile.ensureExists().ok());
    FakeWordPress wordpress;
    wordpress.addPosts(130);
    AppServices services(profile);
    services.accounts().setNetworkFactory([&wordpress] { return wordpress.makeNetwork(); });
    MainWindow window(services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    window.findChild<QAction*>(QStringLiteral("actionAddBlog"))->trigger();
    QPointer<QDialog> dialog;
    QTRY_VERIFY((dialog = window.findChild<QDialog*>(QStringLiteral("addBlogDialog"))) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    auto* file = dialog->findChild<QRadioButton*>(QStringLiteral("fileRadio"));
    QTRY_VERIFY_WITH_TIMEOUT(file->isChecked(), 15000);
    QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("statusLabel"))->text().isEmpty()); // says why
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("urlEdit")), QStringLiteral("https://blog.example"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("userEdit")), QStringLiteral("admin"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), QStringLiteral("abcd efgh ijkl mnop"));
    QSignalSpy synced(window.syncController(), &SyncController::finished);
    QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), 10000); // closed (and deleted) on success
    // Adding a blog syncs it; the sidebar then lists its posts.
    QTRY_VERIFY_WITH_TIMEOUT(synced.size() >= 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(window.sidebar()->model()->rowCount(), 130, 10000);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("secrets.ini"))));
}

void TestBlogWindow::wrongPasswordStaysInDialog()
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    QTemporaryDir dir;
    Profile profile(dir.path());
    QVERIFY(profile.ensureExists().ok());
    FakeWordPress wordpress;
    wordpress.fault = [](const FakeRequest& request) -> std::optional<FakeResponse> {
        if (request.url.path().endsWith(QLatin1String("users/me"))) {
            return FakeResponse::json(R"({"code":"incorrect_password","message":"The provided password is an invalid application password."})", 401);
        }
        return std::nullopt;
    };
    AppServices services(profile);
    services.accounts().setNetworkFactory([&wordpress] { return wordpress.makeNetwork(); });
    MainWindow window(services);
    window.show();
    window.findChild<QAction*>(QStringLiteral("actionAddBlog"))->trigger();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QDialog*>(QStringLiteral("addBlogDialog"))) != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QRadioButton*>(QStringLiteral("fileRadio"))->isChecked(), 15000);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("urlEdit")), QStringLiteral("https://blog.example"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("userEdit")), QStringLiteral("admin"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), QStringLiteral("wrong"));
    QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), Qt::Key_Return);
    auto* status = dialog->findChild<QLabel*>(QStringLiteral("statusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Wrong user name or application password")), 10000);
    QVERIFY(dialog->isVisible());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("secrets.ini"))));
}

void TestBlogWindow::publishShowsTheLiveLink()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    QVERIFY(profile.ensureExists().ok());
    FakeWordPress wordpress;
    AppServices services(profile);
    services.accounts().setNetworkFactory([&wordpress] { return wordpress.makeNetwork(); });
    connectBlog(services);
    MainWindow window(services);
    window.show();
    writeReview(window, QStringLiteral("Spirited Away"));
    // A new review is a draft: the writer chooses Published, and the action says Publish.
    auto* status = window.findChild<QComboBox*>(QStringLiteral("statusCombo"));
    status->setFocus();
    QTest::keyClick(status, Qt::Key_End);
    QCOMPARE(status->currentData().toString(), QStringLiteral("publish"));
    QCOMPARE(window.findChild<QAction*>(QStringLiteral("actionPublish"))->text(), QStringLiteral("&Publish"));
    window.findChild<QAction*>(QStringLiteral("actionPublish"))->trigger();
    auto* link = window.findChild<QLabel*>(QStringLiteral("publishedLink"));
    QTRY_VERIFY_WITH_TIMEOUT(link->text().contains(QStringLiteral("https://blog.example/spirited-away/")), 15000);
    QCOMPARE(wordpress.postCount(), 1);
    QCOMPARE(wordpress.post(1).value(QStringLiteral("status")).toString(), QStringLiteral("publish"));
    QVERIFY(wordpress.post(1).value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString().contains(QStringLiteral("<em>words</em>")));
}

void TestBlogWindow::offlinePublishWaitsInTheOutbox()
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
    writeReview(window, QStringLiteral("The Third Man"));
    window.findChild<QAction*>(QStringLiteral("actionPublish"))->trigger();
    auto* link = window.findChild<QLabel*>(QStringLiteral("publishedLink"));
    QTRY_COMPARE_WITH_TIMEOUT(link->text(), QStringLiteral("Will publish when online"), 20000);

    window.findChild<QAction*>(QStringLiteral("actionOutbox"))->trigger();
    QPointer<QDialog> outbox;
    QTRY_VERIFY((outbox = window.findChild<QDialog*>(QStringLiteral("outboxDialog"))) != nullptr);
    auto* table = outbox->findChild<QTableWidget*>(QStringLiteral("outboxTable"));
    QTRY_COMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("The Third Man"));
    QVERIFY(!table->item(0, 3)->text().isEmpty()); // says why

    // Back online: Retry publishes it.
    wordpress.fault = nullptr;
    QTest::mouseClick(outbox->findChild<QPushButton*>(QStringLiteral("outboxRetryButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(link->text().contains(QStringLiteral("the-third-man")), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 0, 10000);
    QCOMPARE(wordpress.postCount(), 1);
}

// Another sender (the command line) holds the profile's outbox: the app publishes nothing from it (it only pulls)
// and says who holds it; once that sender is done, the next sync sends the publication, once.
void TestBlogWindow::anotherSenderHoldsTheOutbox()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    QVERIFY(profile.ensureExists().ok());
    FakeWordPress wordpress;
    AppServices services(profile);
    services.accounts().setNetworkFactory([&wordpress] { return wordpress.makeNetwork(); });
    connectBlog(services);
    OutboxLock other(profile.rootPath());
    QVERIFY(other.tryLock(0));
    MainWindow window(services);
    window.show();
    writeReview(window, QStringLiteral("Rashomon"));
    window.findChild<QAction*>(QStringLiteral("actionPublish"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("is sending this profile's queue")), 20000);
    QCOMPARE(wordpress.postCount(), 0);

    other.unlock();
    window.findChild<QAction*>(QStringLiteral("actionSync"))->trigger();
    auto* link = window.findChild<QLabel*>(QStringLiteral("publishedLink"));
    QTRY_VERIFY_WITH_TIMEOUT(link->text().contains(QStringLiteral("rashomon")), 20000);
    QCOMPARE(wordpress.postCount(), 1);
}

// A sync that finds posts gone from the blog says so, in the window, with what happened to each.
void TestBlogWindow::postsDeletedOnTheWebAreReported()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    QVERIFY(profile.ensureExists().ok());
    FakeWordPress wordpress;
    wordpress.addPosts(5);
    AppServices services(profile);
    services.accounts().setNetworkFactory([&wordpress] { return wordpress.makeNetwork(); });
    connectBlog(services);
    MainWindow window(services);
    window.show();
    QSignalSpy synced(window.syncController(), &SyncController::finished);
    window.findChild<QAction*>(QStringLiteral("actionSync"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(synced.size() == 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(window.sidebar()->model()->rowCount(), 5, 10000);
    QVERIFY(!window.findChild<QMessageBox*>(QStringLiteral("postsGoneMessage")));

    const QString title = wordpress.post(3).value(QStringLiteral("title")).toObject().value(QStringLiteral("raw")).toString();
    QVERIFY(!title.isEmpty());
    wordpress.deletePost(3);
    window.findChild<QAction*>(QStringLiteral("actionSync"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(synced.size() == 2, 20000);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox*>(QStringLiteral("postsGoneMessage"))) != nullptr);
    QVERIFY2(box->informativeText().contains(title), qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(QStringLiteral("moved to the trash here")));
    QTRY_COMPARE_WITH_TIMEOUT(window.sidebar()->model()->rowCount(), 4, 10000); // its copy is in the local trash
}

// For blogs that refuse to send the password back (production blogs): the approval page is opened without a
// success address, and the dialog tells the user to copy the shown password; the password field has the focus.
void TestBlogWindow::createPasswordInTheBrowser()
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QTemporaryDir dir;
    Profile profile(dir.path());
    QVERIFY(profile.ensureExists().ok());
    FakeWordPress wordpress;
    AppServices services(profile);
    services.accounts().setNetworkFactory([&wordpress] { return wordpress.makeNetwork(); });
    BrowserStandIn browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    MainWindow window(services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction*>(QStringLiteral("actionAddBlog"))->trigger();
    QPointer<QDialog> dialog;
    QTRY_VERIFY((dialog = window.findChild<QDialog*>(QStringLiteral("addBlogDialog"))) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("urlEdit")), QStringLiteral("https://blog.example"));
    auto* button = dialog->findChild<QPushButton*>(QStringLiteral("browserPasswordButton"));
    QVERIFY(button && !button->toolTip().isEmpty());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(browser.opened.size(), 1, 10000);
    const QUrl opened = browser.opened.constFirst();
    QCOMPARE(opened.path(), QStringLiteral("/wp-admin/authorize-application.php"));
    const QUrlQuery query(opened);
    QVERIFY(query.queryItemValue(QStringLiteral("app_name")).startsWith(QLatin1String("Longhand on ")));
    QVERIFY(!query.hasQueryItem(QStringLiteral("success_url")));
    const QString status = dialog->findChild<QLabel*>(QStringLiteral("statusLabel"))->text();
    QVERIFY2(status.contains(QLatin1String("copy the password")), qPrintable(status));
    QTRY_COMPARE(QApplication::focusWidget(), dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit")));
    QVERIFY(button->isEnabled());
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

// The blog's front page names its API on another origin: the dialog asks before anything is sent there; "No"
// leaves the dialog open with the reason, "Use ..." connects with the password going to that origin only.
void TestBlogWindow::apiOnAnotherOriginIsAsked()
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    QTemporaryDir dir;
    Profile profile(dir.path());
    QVERIFY(profile.ensureExists().ok());
    FakeWordPress wordpress;
    QList<FakeRequest> seen;
    wordpress.fault = [&seen](const FakeRequest& request) -> std::optional<FakeResponse> {
        seen.append(request);
        if (request.url.host() == QLatin1String("blog.example") && request.url.path() == QLatin1String("/")
            && !request.url.hasQuery()) {
            FakeResponse page {200, "<html></html>", {{"Content-Type", "text/html"}}};
            page.header("Link", R"(<https://api.cdn.example/wp-json/>; rel="https://api.w.org/")");
            return page;
        }
        return std::nullopt;
    };
    AppServices services(profile);
    services.accounts().setNetworkFactory([&wordpress] { return wordpress.makeNetwork(); });
    MainWindow window(services);
    window.show();
    window.findChild<QAction*>(QStringLiteral("actionAddBlog"))->trigger();
    QPointer<QDialog> dialog;
    QTRY_VERIFY((dialog = window.findChild<QDialog*>(QStringLiteral("addBlogDialog"))) != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QRadioButton*>(QStringLiteral("fileRadio"))->isChecked(), 15000);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("urlEdit")), QStringLiteral("https://blog.example"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("userEdit")), QStringLiteral("admin"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), QStringLiteral("abcd efgh ijkl mnop"));
    const auto toCdn = [&seen] {
        return std::count_if(seen.cbegin(), seen.cend(), [](const FakeRequest& r) { return r.url.host() == QLatin1String("api.cdn.example"); });
    };

    QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), Qt::Key_Return);
    QPointer<QMessageBox> question;
    QTRY_VERIFY_WITH_TIMEOUT((question = dialog->findChild<QMessageBox*>(QStringLiteral("apiOriginQuestion"))) != nullptr, 10000);
    QTRY_VERIFY(question->isVisible());
    QVERIFY(question->text().contains(QStringLiteral("https://api.cdn.example")));
    QCOMPARE(toCdn(), 0);
    QTest::mouseClick(question->button(QMessageBox::No), Qt::LeftButton);
    QTRY_VERIFY(question.isNull() || !question->isVisible());
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("statusLabel"))->text().contains(QStringLiteral("another address")));
    QCOMPARE(toCdn(), 0);

    QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT((question = dialog->findChild<QMessageBox*>(QStringLiteral("apiOriginQuestion"))) != nullptr
                                 && question->isVisible(), 10000);
    QCOMPARE(question->button(QMessageBox::Yes)->text(), QStringLiteral("Use https://api.cdn.example"));
    QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), 10000);
    const auto sites = services.accounts().sites();
    QTRY_VERIFY(sites.isFinished());
    QCOMPARE(sites.result().value().size(), 1);
    QCOMPARE(sites.result().value().constFirst().restRoot, QUrl(QStringLiteral("https://api.cdn.example/wp-json/")));
    for (const FakeRequest& request : std::as_const(seen)) {
        if (!request.authorization.isEmpty()) {
            QCOMPARE(request.url.host(), QStringLiteral("api.cdn.example")); // the password went where the user said only
        }
    }
    QVERIFY(toCdn() > 0);
}

QTEST_MAIN(TestBlogWindow)
#include "tst_blogwindow.moc"
