// The sync engine measured in-process against a real WordPress (the fixture's, started by
// bench_sync.sh): opening a fresh profile, a full sync, and a sync with nothing changed, each timed
// apart, so process start and profile opening are not mixed into the sync's figures. Every request
// is listed with its time with --requests.
//
// Usage: bench_syncengine URL USER RUNS [--requests]   (the application password in LONGHAND_PASSWORD)
#include "core/remote/HttpClient.h"
#include "core/remote/WordPressClient.h"
#include "core/storage/Database.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/StorageExecutor.h"
#include "core/sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrlQuery>

#include <algorithm>

using namespace longhand;

namespace {

// Notes when each request starts and ends (relative to the start of the sync).
class TimedNetwork final : public QNetworkAccessManager
{
public:
    QElapsedTimer clock;
    QStringList lines;
    int requests = 0;
    qint64 lastAnswerNs = 0; // when the last answer of the sync came in

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* data) override
    {
        ++requests;
        const qint64 started = clock.elapsed();
        QNetworkReply* reply = QNetworkAccessManager::createRequest(op, request, data);
        const QUrl url = request.url();
        connect(reply, &QNetworkReply::finished, this, [this, started, url] {
            lastAnswerNs = clock.nsecsElapsed();
            QUrlQuery query(url);
            query.removeQueryItem(QStringLiteral("_fields"));
            lines.append(QStringLiteral("  %1 - %2 ms  %3?%4")
                             .arg(started, 5)
                             .arg(clock.elapsed(), 5)
                             .arg(url.path(), query.toString()));
        });
        return reply;
    }
};

struct Timing
{
    double openMs = 0;
    double fullMs = 0;
    double againMs = 0;
    double againTailMs = 0; // after the last answer: storing and bookkeeping
    double fullTailMs = 0;
    int fullRequests = 0;
    int againRequests = 0;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

bool runSync(StorageExecutor& storage, WordPressClient& client, TimedNetwork& network, double* ms, int* requests, bool list,
             double* tailMs = nullptr)
{
    SyncEngine engine(storage, client);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    network.lines.clear();
    network.requests = 0;
    network.clock.start();
    QElapsedTimer timer;
    timer.start();
    engine.start();
    if (!finished.wait(300000)) {
        return false;
    }
    storage.waitForIdle();
    *ms = double(timer.nsecsElapsed()) / 1e6;
    if (tailMs) {
        *tailMs = double(network.clock.nsecsElapsed() - network.lastAnswerNs) / 1e6;
    }
    *requests = network.requests;
    const Status status = finished.constFirst().constFirst().value<Status>();
    if (!status) {
        QTextStream(stderr) << "sync failed: " << status.error().message << Qt::endl;
        return false;
    }
    if (list) {
        QTextStream out(stdout);
        for (const QString& line : std::as_const(network.lines)) {
            out << line << Qt::endl;
        }
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("longhand.*.info=false\nlonghand.*.debug=false"));
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        QTextStream(stderr) << "usage: bench_syncengine URL USER RUNS [--requests]" << Qt::endl;
        return 2;
    }
    const QUrl url(args.at(1));
    const QString user = args.at(2);
    const int runs = args.at(3).toInt();
    const bool listRequests = args.contains(QStringLiteral("--requests"));
    const QString password = qEnvironmentVariable("LONGHAND_PASSWORD");

    QList<double> open, full, again, tail, fullTail;
    int fullRequests = 0, againRequests = 0;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("longhand.sqlite"));
        QElapsedTimer timer;
        timer.start();
        Site site;
        site.name = QStringLiteral("Bench");
        site.baseUrl = url;
        site.restRoot = QUrl(url.toString() + QStringLiteral("/wp-json/"));
        site.userName = user;
        {
            auto db = Database::open(path);
            if (!db) {
                QTextStream(stderr) << db.error().message << Qt::endl;
                return 1;
            }
            site.id = SiteRepository(**db).add(site).value();
        }
        StorageExecutor storage(path);
        auto* network = new TimedNetwork;
        HttpClient http(network);
        http.setCredentials(user, password, site.restRoot);
        WordPressClient client(site, &http);
        open.append(double(timer.nsecsElapsed()) / 1e6);

        Timing t;
        const bool list = listRequests && run == 0;
        if (list) {
            QTextStream(stdout) << "requests of the full sync (start - end, ms):" << Qt::endl;
        }
        if (!runSync(storage, client, *network, &t.fullMs, &t.fullRequests, list, &t.fullTailMs)) {
            return 1;
        }
        if (list) {
            QTextStream(stdout) << "requests of the sync with nothing changed:" << Qt::endl;
        }
        if (!runSync(storage, client, *network, &t.againMs, &t.againRequests, list, &t.againTailMs)) {
            return 1;
        }
        full.append(t.fullMs);
        again.append(t.againMs);
        tail.append(t.againTailMs);
        fullTail.append(t.fullTailMs);
        fullRequests = t.fullRequests;
        againRequests = t.againRequests;
    }
    QTextStream out(stdout);
    out << QStringLiteral("in-process, medians of %1: profile open %2 ms; full sync %3 ms (%4 requests, %9 ms after the last answer); nothing changed %5 ms (%6 requests, %8 ms of it after the last answer) = %7% of full")
               .arg(runs)
               .arg(median(open), 0, 'f', 1)
               .arg(median(full), 0, 'f', 1)
               .arg(fullRequests)
               .arg(median(again), 0, 'f', 1)
               .arg(againRequests)
               .arg(100.0 * median(again) / median(full), 0, 'f', 1)
               .arg(median(tail), 0, 'f', 1)
               .arg(median(fullTail), 0, 'f', 1)
        << Qt::endl;
    return 0;
}
