// The settings model: defaults, a round trip through the profile's settings.ini, per-blog groups,
// and values a hand-edited file may hold.
#include "core/settings/AppSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsWhenEmpty();
    void roundTrip();
    void readsTheKeysTheAppUsedBefore();
    void clampsNonsense();
    void blogSettingsArePerSite();
};

void TestAppSettings::defaultsWhenEmpty()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const AppSettings loaded = AppSettings::load(settings);
    QCOMPARE(loaded.syncIntervalMinutes, 15);
    QVERIFY(loaded.notifications);
    QCOMPARE(loaded.spellingLanguage, QStringLiteral("auto"));
    QCOMPARE(loaded.previewStyle, AppSettings::PreviewStyle::BuiltIn);
    QVERIFY(!loaded.remoteImages);
    QVERIFY(!loaded.avatars); // off by default: Gravatar would learn whom the moderator looks at
    QCOMPARE(loaded.triage.linkThreshold, 2);
    QVERIFY(loaded == AppSettings());
}

void TestAppSettings::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    AppSettings wanted;
    wanted.syncIntervalMinutes = 0;
    wanted.notifications = false;
    wanted.spellingLanguage = QStringLiteral("de_DE");
    wanted.previewStyle = AppSettings::PreviewStyle::BlogTheme;
    wanted.remoteImages = true;
    wanted.avatars = true;
    wanted.triage.linkThreshold = 5;
    wanted.triage.blockedWords = {QStringLiteral("casino"), QStringLiteral("pills")};
    wanted.triage.blockedAddresses = {QStringLiteral("10.0.0.*"), QStringLiteral("spam@example.com")};
    {
        QSettings settings(path, QSettings::IniFormat);
        wanted.save(settings);
    }
    QSettings reread(path, QSettings::IniFormat);
    const AppSettings loaded = AppSettings::load(reread);
    QVERIFY(loaded == wanted);
    QVERIFY(!(loaded == AppSettings()));
    QCOMPARE(reread.value(QStringLiteral("preview/stylesheet")).toString(), QStringLiteral("theme"));
}

void TestAppSettings::readsTheKeysTheAppUsedBefore()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("sync/intervalMinutes"), 30);
    settings.setValue(QStringLiteral("spelling/language"), QString());
    settings.setValue(QStringLiteral("preview/remoteImages"), true);
    settings.setValue(QStringLiteral("moderation/linkThreshold"), 4);
    const AppSettings loaded = AppSettings::load(settings);
    QCOMPARE(loaded.syncIntervalMinutes, 30);
    QCOMPARE(loaded.spellingLanguage, QString()); // spelling off stays off
    QVERIFY(loaded.remoteImages);
    QCOMPARE(loaded.triage.linkThreshold, 4);
}

void TestAppSettings::clampsNonsense()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("sync/intervalMinutes"), QStringLiteral("often"));
    settings.setValue(QStringLiteral("preview/stylesheet"), QStringLiteral("fancy"));
    QCOMPARE(AppSettings::load(settings).syncIntervalMinutes, 15);
    QCOMPARE(AppSettings::load(settings).previewStyle, AppSettings::PreviewStyle::BuiltIn);
    settings.setValue(QStringLiteral("sync/intervalMinutes"), -4);
    QCOMPARE(AppSettings::load(settings).syncIntervalMinutes, 0);
    settings.setValue(QStringLiteral("sync/intervalMinutes"), 1000000);
    QCOMPARE(AppSettings::load(settings).syncIntervalMinutes, AppSettings::kMaxSyncIntervalMinutes);
}

void TestAppSettings::blogSettingsArePerSite()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QVERIFY(BlogSettings::load(settings, 1) == BlogSettings());
    BlogSettings quiet;
    quiet.syncPeriodically = false;
    quiet.notifyNewComments = false;
    quiet.save(settings, 1);
    QVERIFY(BlogSettings::load(settings, 1) == quiet);
    QVERIFY(BlogSettings::load(settings, 2) == BlogSettings());
    QCOMPARE(settings.value(QStringLiteral("sites/1/syncPeriodically")).toBool(), false);
    BlogSettings::remove(settings, 1);
    QVERIFY(BlogSettings::load(settings, 1) == BlogSettings());
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
