// The profile's cache opened before any window (src/gui/CacheOpening): off the GUI thread, with a small window while
// a long upgrade runs, none for a quick one, and the answer (a migrated database or the refusal) passed on.
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "gui/CacheOpening.h"

#include <QApplication>
#include <QProgressDialog>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace longhand;

class TestCacheOpening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slowUpgradeIsShownAndTheGuiKeepsGoing();
    void quickOpeningShowsNothing();
    void realOpeningMigratesAndRefusalsComeBack();

private:
    // Watches, while openCacheBeforeWindows runs, whether its window is on screen and whether the GUI thread keeps
    // handling events.
    struct Watch
    {
        bool shown = false;
        int ticks = 0;
    };
    static void watch(QTimer& timer, Watch& seen)
    {
        QObject::connect(&timer, &QTimer::timeout, [&seen] {
            ++seen.ticks;
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                if (widget->objectName() == QLatin1String("cacheUpgradeProgress") && widget->isVisible()) {
                    seen.shown = true;
                }
            }
        });
        timer.start(5);
    }
};

void TestCacheOpening::slowUpgradeIsShownAndTheGuiKeepsGoing()
{
    QTimer timer;
    Watch seen;
    watch(timer, seen);
    Qt::HANDLE worker = nullptr;
    const QString answer = openCacheBeforeWindows(QStringLiteral("/nowhere/longhand.sqlite"), 20, [&worker](const QString&) {
        worker = QThread::currentThreadId();
        QThread::msleep(400); // an upgrade that takes its time
        return QString();
    });
    QVERIFY(answer.isEmpty());
    QVERIFY(worker != nullptr && worker != QThread::currentThreadId()); // not on the GUI thread
    QVERIFY(seen.shown);
    QVERIFY2(seen.ticks >= 10, qPrintable(QString::number(seen.ticks))); // events went on meanwhile
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        QVERIFY(!(widget->objectName() == QLatin1String("cacheUpgradeProgress") && widget->isVisible())); // gone after
    }
}

void TestCacheOpening::quickOpeningShowsNothing()
{
    QTimer timer;
    Watch seen;
    watch(timer, seen);
    const QString answer = openCacheBeforeWindows(QStringLiteral("/nowhere/longhand.sqlite"), 2000, [](const QString&) {
        QThread::msleep(50);
        return QStringLiteral("The cache is refused.");
    });
    QCOMPARE(answer, QStringLiteral("The cache is refused.")); // passed on as it is
    QVERIFY(!seen.shown);
}

void TestCacheOpening::realOpeningMigratesAndRefusalsComeBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("longhand.sqlite"));
    QCOMPARE(openCacheBeforeWindows(path), QString());
    auto reopened = Database::open(path);
    QVERIFY(reopened);
    QCOMPARE((*reopened)->schemaVersion(), latestSchemaVersion());
    // A directory where the file should be: refused with a sentence, no crash.
    const QString refused = openCacheBeforeWindows(dir.path());
    QVERIFY(!refused.isEmpty());
}

QTEST_MAIN(TestCacheOpening)
#include "tst_cacheopening.moc"
