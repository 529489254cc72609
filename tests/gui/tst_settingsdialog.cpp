// Tools ▸ Settings… driven with keys and clicks: it writes the profile's settings.ini, applies at once
// (sync timer, block list for the next sync, remote images, avatars, preview stylesheet, spelling
// kept in step with the Tools menu), Cancel writes nothing, and the per-blog options take effect.
#include "core/Profile.h"
#include "core/accounts/AccountService.h"
#include "core/remote/AvatarFetcher.h"
#include "core/remote/ThemeStylesheetFetcher.h"
#include "core/settings/AppSettings.h"
#include "core/spelling/DictionaryCatalog.h"
#include "gui/AppServices.h"
#include "gui/MainWindow.h"
#include "gui/accounts/SyncController.h"
#include "gui/editor/ReviewEditorWidget.h"
#include "gui/moderation/PendingNotifier.h"
#include "gui/preview/PreviewPane.h"
#include "support/FakeBlog.h"
#include "support/TestSupport.h"
#include "support/FakeWordPress.h"

#include <QAction>
#include <QActionGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void persistsAndAppliesLive();
    void cancelWritesNothing();
    void spellingMenuAndDialogAgree();
    void previewUsesTheCachedTheme();
    void blogLeftOutOfThePeriodicSync();
    void blogImageOptionsPersist();

private:
    QDialog* openDialog();
    static void showTab(QDialog* dialog, int index);
    template <typename T>
    static T* field(QDialog* dialog, const char* name)
    {
        auto* widget = dialog->findChild<T*>(QString::fromLatin1(name));
        if (!widget) {
            qFatal("no %s", name);
        }
        return widget;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeWordPress> m_wordpress;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_siteId = 0;
};

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Profile profile(m_dir->path());
    QVERIFY(profile.ensureExists().ok());
    m_wordpress = std::make_unique<FakeWordPress>();
    m_wordpress->addPosts(3);
    m_services = std::make_unique<AppServices>(profile);
    m_services->accounts().setNetworkFactory([this] { return m_wordpress->makeNetwork(); });
    const auto added = connectFakeBlog(m_services->accounts());
    QVERIFY2(added.ok(), qPrintable(test::errorOf(added)));
    m_siteId = added.value();
    m_window = std::make_unique<MainWindow>(*m_services);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSettingsDialog::cleanup()
{
    m_window.reset();
    m_services.reset();
    m_wordpress.reset();
    m_dir.reset();
}

QDialog* TestSettingsDialog::openDialog()
{
    // One closed before is deleted later: wait for it to go.
    if (!QTest::qWaitFor([&] { return m_window->findChild<QDialog*>(QStringLiteral("settingsDialog")) == nullptr; }, 3000)) {
        qWarning("an earlier settings dialog is still there");
        return nullptr;
    }
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
    QDialog* dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = m_window->findChild<QDialog*>(QStringLiteral("settingsDialog"))) != nullptr; }, 3000)) {
        // Offscreen windows do not always get the key: the menu entry does the same.
        m_window->findChild<QAction*>(QStringLiteral("actionSettings"))->trigger();
        dialog = m_window->findChild<QDialog*>(QStringLiteral("settingsDialog"));
    }
    if (dialog) {
        if (!QTest::qWaitForWindowExposed(dialog)
            // The blogs arrive from the storage thread.
            || !QTest::qWaitFor([&] { return field<QListWidget>(dialog, "blogList")->count() > 0; }, 5000)) {
            qWarning("the settings dialog did not show the blogs");
        }
    }
    return dialog;
}

void TestSettingsDialog::showTab(QDialog* dialog, int index)
{
    QTabBar* bar = field<QTabWidget>(dialog, "settingsTabs")->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
}

void TestSettingsDialog::persistsAndAppliesLive()
{
    QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("actionSettings"))->shortcut().isEmpty());
    QPointer<QDialog> dialog = openDialog();
    QVERIFY(dialog);
    // Defaults shown as they are.
    QCOMPARE(field<QSpinBox>(dialog, "syncIntervalSpin")->value(), 15);
    QVERIFY(!field<QCheckBox>(dialog, "avatarsCheck")->isChecked());

    // General: 30 minutes, no notifications.
    auto* interval = field<QSpinBox>(dialog, "syncIntervalSpin");
    interval->setFocus();
    QTest::keyClick(interval, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(interval, QStringLiteral("30"));
    auto* notifications = field<QCheckBox>(dialog, "notificationsCheck");
    QTest::mouseClick(notifications, Qt::LeftButton);
    QVERIFY(!notifications->isChecked());

    // Editor: remote images on.
    showTab(dialog, 1);
    auto* remote = field<QCheckBox>(dialog, "remoteImagesCheck");
    QTRY_VERIFY(remote->isVisible());
    QTest::mouseClick(remote, Qt::LeftButton);

    // Moderation: a block list, a threshold, avatars.
    showTab(dialog, 2);
    auto* words = field<QPlainTextEdit>(dialog, "blockedWordsEdit");
    QTRY_VERIFY(words->isVisible());
    QTest::mouseClick(words->viewport(), Qt::LeftButton);
    QTest::keyClicks(words, QStringLiteral("casino"));
    QTest::keyClick(words, Qt::Key_Return);
    QTest::keyClicks(words, QStringLiteral("  cheap pills "));
    auto* addresses = field<QPlainTextEdit>(dialog, "blockedAddressesEdit");
    QTest::mouseClick(addresses->viewport(), Qt::LeftButton);
    QTest::keyClicks(addresses, QStringLiteral("10.0.0.*"));
    auto* links = field<QSpinBox>(dialog, "linkThresholdSpin");
    links->setFocus();
    QTest::keyClick(links, Qt::Key_Up);
    QTest::keyClick(links, Qt::Key_Up);
    QCOMPARE(links->value(), 4);
    QTest::mouseClick(field<QCheckBox>(dialog, "avatarsCheck"), Qt::LeftButton);

    // Blogs: this one leaves the periodic sync.
    showTab(dialog, 3);
    auto* blogSync = field<QCheckBox>(dialog, "blogSyncCheck");
    QTRY_VERIFY(blogSync->isVisible());
    QVERIFY(blogSync->isChecked());
    QTest::mouseClick(blogSync, Qt::LeftButton);

    // Nothing applied before Apply.
    QCOMPARE(m_window->syncController()->intervalMinutes(), 15);
    QVERIFY(!m_window->avatars()->isEnabled());

    QTest::mouseClick(field<QPushButton>(dialog, "settingsApply"), Qt::LeftButton);
    QVERIFY(dialog->isVisible()); // Apply keeps it open
    QCOMPARE(m_window->syncController()->intervalMinutes(), 30);
    QCOMPARE(m_window->syncController()->triageSettings().blockedWords,
             (QStringList {QStringLiteral("casino"), QStringLiteral("cheap pills")}));
    QCOMPARE(m_window->syncController()->triageSettings().blockedAddresses, QStringList {QStringLiteral("10.0.0.*")});
    QCOMPARE(m_window->syncController()->triageSettings().linkThreshold, 4);
    QVERIFY(m_window->reviewEditor()->preview()->remoteImagesAllowed());
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("actionAllowRemoteImages"))->isChecked());
    QVERIFY(m_window->avatars()->isEnabled());

    QTest::mouseClick(field<QPushButton>(dialog, "settingsOk"), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());

    // In the profile's settings.ini, as another reader sees it.
    QSettings file(Profile(m_dir->path()).settingsPath(), QSettings::IniFormat);
    QCOMPARE(file.value(QStringLiteral("sync/intervalMinutes")).toInt(), 30);
    QCOMPARE(file.value(QStringLiteral("notifications/enabled")).toBool(), false);
    QCOMPARE(file.value(QStringLiteral("preview/remoteImages")).toBool(), true);
    QCOMPARE(file.value(QStringLiteral("moderation/avatars")).toBool(), true);
    QCOMPARE(file.value(QStringLiteral("moderation/linkThreshold")).toInt(), 4);
    QCOMPARE(file.value(QStringLiteral("sites/%1/syncPeriodically").arg(m_siteId)).toBool(), false);

    // Notifications off: a periodic sync's new comments bring none.
    Q_EMIT m_window->syncController()->newPendingComments(2, false);
    QVERIFY(m_window->pendingNotifier()->lastNotification().isEmpty());

    // Opened again, it shows what is stored.
    dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(field<QSpinBox>(dialog, "syncIntervalSpin")->value(), 30);
    QCOMPARE(field<QPlainTextEdit>(dialog, "blockedWordsEdit")->toPlainText(), QStringLiteral("casino\ncheap pills"));
    QVERIFY(!field<QCheckBox>(dialog, "blogSyncCheck")->isChecked());
}

void TestSettingsDialog::cancelWritesNothing()
{
    const QString path = Profile(m_dir->path()).settingsPath();
    m_services->settings().sync();
    QFile before(path);
    const QByteArray bytes = before.open(QIODevice::ReadOnly) ? before.readAll() : QByteArray();
    QPointer<QDialog> dialog = openDialog();
    QVERIFY(dialog);
    auto* interval = field<QSpinBox>(dialog, "syncIntervalSpin");
    interval->setFocus();
    QTest::keyClick(interval, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(interval, QStringLiteral("0"));
    QCOMPARE(interval->value(), 0); // shown as "Only by hand" once edited
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
    m_services->settings().sync();
    QFile after(path);
    QCOMPARE(after.open(QIODevice::ReadOnly) ? after.readAll() : QByteArray(), bytes);
    QCOMPARE(m_window->syncController()->intervalMinutes(), 15);
}

void TestSettingsDialog::spellingMenuAndDialogAgree()
{
    const auto installed = DictionaryCatalog::installed();
    if (installed.size() < 2) {
        QSKIP("needs two hunspell dictionaries");
    }
    auto* menu = m_window->findChild<QMenu*>(QStringLiteral("spellingMenu"));
    QVERIFY(menu);
    // The menu picks the second dictionary; the dialog shows it.
    QAction* second = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->data().toString() == installed.at(1).language) {
            second = action;
        }
    }
    QVERIFY(second);
    second->trigger();
    QPointer<QDialog> dialog = openDialog();
    QVERIFY(dialog);
    showTab(dialog, 1);
    auto* combo = field<QComboBox>(dialog, "spellingLanguageCombo");
    QTRY_VERIFY(combo->isVisible());
    QCOMPARE(combo->currentData().toString(), installed.at(1).language);
    // The dialog picks "Off"; the menu follows.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    QCOMPARE(combo->currentData().toString(), QString());
    QTest::mouseClick(field<QPushButton>(dialog, "settingsOk"), Qt::LeftButton);
    QAction* checked = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->isChecked()) {
            checked = action;
        }
    }
    QVERIFY(checked);
    QCOMPARE(checked->data().toString(), QString());
}

void TestSettingsDialog::previewUsesTheCachedTheme()
{
    // A stylesheet fetched earlier (the fetch itself is tested against the real WordPress).
    const QString cache = ThemeStylesheetFetcher::cachePath(m_dir->path(), m_siteId);
    QVERIFY(QDir().mkpath(QFileInfo(cache).absolutePath()));
    QFile css(cache);
    QVERIFY(css.open(QIODevice::WriteOnly));
    css.write("h1 {\n  color: #345c00;\n}\n");
    css.close();
    PreviewPane* preview = m_window->reviewEditor()->preview();
    QVERIFY(preview->themeStylesheet().isEmpty()); // built-in by default

    QPointer<QDialog> dialog = openDialog();
    QVERIFY(dialog);
    showTab(dialog, 1);
    auto* style = field<QComboBox>(dialog, "previewStyleCombo");
    QTRY_VERIFY(style->isVisible());
    style->setFocus();
    QTest::keyClick(style, Qt::Key_End);
    QCOMPARE(style->currentIndex(), 1);
    showTab(dialog, 3);
    QTRY_VERIFY(field<QLabel>(dialog, "themeStatusLabel")->text().contains(QStringLiteral("kept from")));
    QTest::mouseClick(field<QPushButton>(dialog, "settingsApply"), Qt::LeftButton);
    QTRY_VERIFY(preview->themeStylesheet().contains(QStringLiteral("#345c00")));

    // This blog opts out: back to the built-in one.
    QTest::mouseClick(field<QCheckBox>(dialog, "blogThemeCheck"), Qt::LeftButton);
    QTest::mouseClick(field<QPushButton>(dialog, "settingsOk"), Qt::LeftButton);
    QTRY_VERIFY(preview->themeStylesheet().isEmpty());
}

void TestSettingsDialog::blogLeftOutOfThePeriodicSync()
{
    QPointer<QDialog> dialog = openDialog();
    QVERIFY(dialog);
    showTab(dialog, 3);
    auto* blogSync = field<QCheckBox>(dialog, "blogSyncCheck");
    QTRY_VERIFY(blogSync->isVisible());
    QTest::mouseClick(blogSync, Qt::LeftButton);
    QTest::mouseClick(field<QPushButton>(dialog, "settingsOk"), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
    QTest::qWait(100); // the blogs' options are read with the site list

    SyncController* sync = m_window->syncController();
    QSignalSpy finished(sync, &SyncController::finished);
    m_wordpress->requested.clear();
    sync->syncPeriodic();
    QVERIFY(finished.wait(10000));
    QVERIFY2(m_wordpress->requested.isEmpty(), qPrintable(m_wordpress->requested.value(0).toString()));

    // Sync Now still reaches it.
    finished.clear();
    sync->syncAll();
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1, 20000);
    QVERIFY(!m_wordpress->requested.isEmpty());
}

// Settings > Blogs: the longest edge images are scaled to and whether their metadata is kept (issue 15, item 4).
void TestSettingsDialog::blogImageOptionsPersist()
{
    QPointer<QDialog> dialog = openDialog();
    QVERIFY(dialog);
    showTab(dialog, 3);
    auto* edge = field<QSpinBox>(dialog, "blogImageEdgeSpin");
    auto* keep = field<QCheckBox>(dialog, "blogKeepMetadataCheck");
    auto* blocks = field<QCheckBox>(dialog, "blogBlocksCheck");
    QTRY_VERIFY(edge->isVisible());
    QCOMPARE(edge->value(), 2560);
    QVERIFY(!keep->isChecked());
    QVERIFY(blocks->isChecked()); // reviews go out as blocks unless the blog is set otherwise
    if (!qEnvironmentVariableIsEmpty("LONGHAND_SHOTS")) {
        dialog->grab().save(qEnvironmentVariable("LONGHAND_SHOTS") + QStringLiteral("/settings-blogs.png"));
    }
    edge->selectAll();
    QTest::keyClicks(edge, QStringLiteral("1600"));
    QTest::mouseClick(keep, Qt::LeftButton);
    QTest::mouseClick(blocks, Qt::LeftButton);
    QTest::mouseClick(field<QPushButton>(dialog, "settingsOk"), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());

    QSettings file(Profile(m_dir->path()).settingsPath(), QSettings::IniFormat);
    QCOMPARE(file.value(QStringLiteral("sites/%1/imageLongestEdge").arg(m_siteId)).toInt(), 1600);
    QCOMPARE(file.value(QStringLiteral("sites/%1/blockEditor").arg(m_siteId)).toBool(), false);
    QCOMPARE(file.value(QStringLiteral("sites/%1/keepImageMetadata").arg(m_siteId)).toBool(), true);
    const BlogSettings blog = BlogSettings::load(file, m_siteId);
    QCOMPARE(blog.imageLongestEdge, 1600);
    QVERIFY(blog.keepImageMetadata);
}


QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"

