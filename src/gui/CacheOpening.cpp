#include "gui/CacheOpening.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

namespace longhand {

QString openCacheBeforeWindows(const QString& databasePath, int showAfterMs, std::function<QString(const QString&)> open)
{
    if (!open) {
        open = [](const QString& path) {
            auto database = Database::open(path); // opened, migrated and closed on this pool thread
            return database ? QString() : database.error().message;
        };
    }
    QFutureWatcher<QString> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([open, databasePath] { return open(databasePath); }));

    QProgressDialog progress(
        QCoreApplication::translate("CacheOpening",
                                    "Bringing this profile's cache up to date for this version of Longhand. With a large "
                                    "comment queue this takes a minute or two; nothing is lost meanwhile."),
        QString(), 0, 0);
    progress.setObjectName(QStringLiteral("cacheUpgradeProgress"));
    progress.setWindowTitle(QCoreApplication::translate("CacheOpening", "Longhand: Updating the Cache"));
    progress.setCancelButton(nullptr); // a migration runs in one transaction: stopping it halfway gains nothing
    progress.setMinimumDuration(std::numeric_limits<int>::max()); // shown by the timer below, not by its own
    progress.reset();
    QTimer show;
    show.setSingleShot(true);
    QObject::connect(&show, &QTimer::timeout, &progress, [&progress] {
        progress.setRange(0, 0); // busy: a migration does not say how far it is
        progress.show();
    });
    show.start(showAfterMs);
    if (!watcher.isFinished()) {
        loop.exec();
    }
    return watcher.result();
}

} // namespace longhand
