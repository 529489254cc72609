// Connecting a blog and syncing it from the window, against a fake WordPress: the Add Blog dialog
// driven with keys, the keychain missing (so the private file is offered), then Sync fills the
// sidebar with the blog's posts and shows progress.
#include "core/Profile.h"
#include "core/accounts/AccountService.h"
#include "gui/AppServices.h"
#include "gui/MainWindow.h"
#include "gui/accounts/SyncController.h"
#include "gui/drafts/DraftListModel.h"
#include "gui/drafts/DraftsSidebar.h"
#include "support/FakeWordPress.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

class TestBlogWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addBlogThenSync();
    void wrongPasswordStaysInDialog();
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

QTEST_MAIN(TestBlogWindow)
#include "tst_blogwindow.moc"
