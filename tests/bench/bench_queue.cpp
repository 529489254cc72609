// The comment queue at the scale of a busy blog (issue 16): a real MainWindow (offscreen) over a profile holding
// 1,000,000 comments on 5 blogs, generated once into DIR through the sync's own storing code (QueueProfile) and
// kept there between runs. Times, in-process, medians of RUNS:
//   the queue opening (window created, Ctrl+2, rows on screen), switching the status filter, a search for a
//   common and a rare word (from the search's debounce firing to rows on screen), one moderation key (A) until its
//   row shows the new status, opening the thread of the busiest post and of a typical one;
// the longest GUI-thread stall (a 1 ms heartbeat's longest gap) while scrolling the whole list to its end, during
// those actions and during a refresh (what a sync does); resident memory (VmRSS) along the way; the cache size.
// Prints a table for docs/PERFORMANCE.md.
// Usage: bench_queue DIR [RUNS=5] [COMMENTS=1000000]   (RUNS 0: only generate the profile)
#include "QueueProfile.h"
#include "core/Profile.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/Database.h"
#include "core/storage/StorageExecutor.h"
#include "gui/AppServices.h"
#include "gui/MainWindow.h"
#include "gui/moderation/CommentDetailPane.h"
#include "gui/moderation/CommentQueueModel.h"
#include "gui/moderation/CommentQueueView.h"
#include "gui/moderation/ModerationView.h"
#include "gui/moderation/QueueFilterBar.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QScrollBar>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <ctime>
#include <functional>
#include <memory>

using namespace longhand;
using namespace longhand::bench;

namespace {

QTextStream out(stdout);

double procStatusMb(const char* key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(key)) {
            return line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

double rssMb()
{
    return procStatusMb("VmRSS:");
}

double median(QList<double> values)
{
    if (values.isEmpty()) {
        return -1;
    }
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QString range(const QList<double>& values)
{
    if (values.isEmpty()) {
        return QStringLiteral("—");
    }
    const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
    return QStringLiteral("%1 ms (%2–%3)").arg(median(values), 0, 'f', 1).arg(*low, 0, 'f', 1).arg(*high, 0, 'f', 1);
}

qint64 threadCpuNs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

// Every event the GUI thread handles (input, timers, paints, queued results from the storage thread) goes through
// notify(): the longest one, in wall time and in the GUI thread's CPU time (the machine is shared: wall time also
// holds time the thread waited for a core).
class BenchApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override
    {
        if (QThread::currentThread() != thread()) {
            return QApplication::notify(receiver, event); // the storage thread's tasks arrive as events too
        }
        if (m_depth++ > 0) {
            const bool handled = QApplication::notify(receiver, event);
            --m_depth;
            return handled;
        }
        QElapsedTimer wall;
        wall.start();
        const qint64 cpu = threadCpuNs();
        const bool handled = QApplication::notify(receiver, event);
        m_longestWall = std::max(m_longestWall, wall.nsecsElapsed());
        m_longestCpu = std::max(m_longestCpu, threadCpuNs() - cpu);
        --m_depth;
        return handled;
    }
    void resetLongest()
    {
        m_longestWall = 0;
        m_longestCpu = 0;
    }
    double longestWallMs() const { return double(m_longestWall) / 1e6; }
    double longestCpuMs() const { return double(m_longestCpu) / 1e6; }

private:
    int m_depth = 0;
    qint64 m_longestWall = 0;
    qint64 m_longestCpu = 0;
};

// A 1 ms heartbeat on the GUI thread: its longest gap is the longest time the event loop did not run. With it, the
// longest single event (BenchApplication).
class StallProbe
{
public:
    explicit StallProbe(BenchApplication& app)
        : m_app(app)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    void reset()
    {
        m_last = m_clock.nsecsElapsed();
        m_longest = 0;
        m_app.resetLongest();
    }
    // The longest gap so far, less the heartbeat's own millisecond.
    double longestMs() const { return std::max(0.0, double(m_longest) / 1e6 - 1.0); }

private:
    BenchApplication& m_app;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

// The worst of several probes' readings.
struct Stall
{
    double gap = 0;
    double wall = 0;
    double cpu = 0;
    void take(const StallProbe& probe, const BenchApplication& app)
    {
        gap = std::max(gap, probe.longestMs());
        wall = std::max(wall, app.longestWallMs());
        cpu = std::max(cpu, app.longestCpuMs());
    }
    QString text() const
    {
        return QStringLiteral("heartbeat gap %1 ms; longest event %2 ms (GUI-thread CPU %3 ms)")
            .arg(gap, 0, 'f', 1)
            .arg(wall, 0, 'f', 1)
            .arg(cpu, 0, 'f', 1);
    }
};

bool waitFor(const std::function<bool()>& done, int timeoutMs = 120000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
}

// The rows the view shows now have their text (not the placeholder of a page still being read).
bool rowsOnScreen(QAbstractItemView* view)
{
    const QAbstractItemModel* model = view->model();
    if (model->rowCount() == 0) {
        return false;
    }
    const QModelIndex top = view->indexAt(QPoint(5, 5));
    if (!top.isValid()) {
        return false;
    }
    const QModelIndex bottom = view->indexAt(QPoint(5, view->viewport()->height() - 5));
    const int last = bottom.isValid() ? bottom.row() : model->rowCount() - 1;
    for (const int row : { top.row(), (top.row() + last) / 2, last }) {
        if (!model->index(row, 0).data(CommentQueueModel::LoadedRole).toBool()) {
            return false;
        }
    }
    return true;
}

struct Window
{
    std::unique_ptr<AppServices> services;
    std::unique_ptr<MainWindow> window;
    ModerationView* moderation = nullptr;
    CommentQueueView* queue = nullptr;
    CommentQueueModel* model = nullptr;
    QueueFilterBar* filters = nullptr;
    int loads = 0; // idsLoaded so far
    int resets = 0; // a new list in place (its first page), so far

    ~Window()
    {
        window.reset();
        if (services) {
            services->storage().waitForIdle();
        }
    }
};

// Window created, Ctrl+2, rows on screen: the time it took.
double openWindow(const QString& dir, Window& w)
{
    QElapsedTimer timer;
    timer.start();
    w.services = std::make_unique<AppServices>(Profile(dir));
    w.window = std::make_unique<MainWindow>(*w.services);
    w.moderation = w.window->moderationView();
    w.queue = w.moderation->queue();
    w.model = w.moderation->model();
    w.filters = w.moderation->filterBar();
    QObject::connect(w.model, &CommentQueueModel::idsLoaded, [&w] { ++w.loads; });
    QObject::connect(w.model, &QAbstractItemModel::modelReset, [&w] { ++w.resets; });
    w.window->resize(1400, 900);
    w.window->show();
    w.window->findChild<QAction*>(QStringLiteral("actionShowComments"))->trigger();
    if (!waitFor([&w] { return w.loads > 0 && rowsOnScreen(w.queue); })) {
        out << "the queue did not open\n";
        return -1;
    }
    w.queue->viewport()->repaint();
    return double(timer.nsecsElapsed()) / 1e6;
}

// A list change timed twice: to the new list's rows on screen (its first page shown: the model was reset since
// and the rows the view shows have their text), and to the whole list in place (every id read: the scroll bar's
// length, the cursor kept, the marks).
struct ListTimes
{
    double rows = -1;
    double whole = -1;
};

// Waits, from `timer`'s start, for a list change's rows and whole list (see ListTimes); false on a timeout.
bool waitForList(Window& w, const QElapsedTimer& timer, int loadsBefore, int resetsBefore, ListTimes& times,
    const std::function<bool()>& started = [] { return true; })
{
    const bool ok = waitFor([&] {
        if (!started()) {
            return false;
        }
        if (times.rows < 0 && w.resets > resetsBefore && (w.model->rowCount() == 0 || rowsOnScreen(w.queue))) {
            w.queue->viewport()->repaint();
            times.rows = double(timer.nsecsElapsed()) / 1e6;
        }
        return w.loads > loadsBefore && !w.model->isLoading() && (w.model->rowCount() == 0 || rowsOnScreen(w.queue));
    });
    w.queue->viewport()->repaint();
    times.whole = double(timer.nsecsElapsed()) / 1e6;
    if (times.rows < 0) {
        times.rows = times.whole;
    }
    return ok;
}

// Changes the filter with `change` and waits for the new list (ListTimes), from the change.
ListTimes timeListChange(Window& w, const std::function<void()>& change)
{
    const int before = w.loads;
    const int resets = w.resets;
    QElapsedTimer timer;
    timer.start();
    change();
    ListTimes times;
    if (!waitForList(w, timer, before, resets, times)) {
        out << "the list did not change\n";
        return {};
    }
    return times;
}

// The status filter's entry that starts with `label` (the entries end with their counts: "All (1000000)").
int statusIndex(Window& w, const QString& label)
{
    auto* combo = w.filters->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemText(i).startsWith(label)) {
            return i;
        }
    }
    out << "no status filter " << label << "\n";
    return 0;
}

void chooseStatus(Window& w, const QString& label)
{
    w.filters->findChild<QComboBox*>(QStringLiteral("statusFilter"))->setCurrentIndex(statusIndex(w, label));
}

ListTimes timeStatus(Window& w, const QString& label)
{
    auto* combo = w.filters->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    if (combo->currentIndex() == statusIndex(w, label)) {
        return { 0, 0 };
    }
    return timeListChange(w, [&] { chooseStatus(w, label); });
}

// From the search's debounce firing to its rows on screen and its whole list (ListTimes; the debounce itself is
// QueueFilterBar::kSearchDelayMs).
ListTimes timeSearch(Window& w, const QString& word)
{
    auto* search = w.filters->findChild<QLineEdit*>(QStringLiteral("commentSearch"));
    bool fired = false;
    QElapsedTimer timer;
    const auto connection = QObject::connect(w.filters, &QueueFilterBar::filterChanged, [&] {
        if (!fired) {
            timer.start();
            fired = true;
        }
    });
    const int before = w.loads;
    const int resets = w.resets;
    QTest::keyClicks(search, word);
    ListTimes times;
    const bool ok = waitForList(w, timer, before, resets, times, [&] { return fired; });
    QObject::disconnect(connection);
    if (!ok) {
        out << "the search did not finish\n";
        return {};
    }
    // Back to no search, settled.
    const int cleared = w.loads;
    search->clear();
    waitFor([&] { return w.loads > cleared && !w.model->isLoading() && rowsOnScreen(w.queue); });
    return times;
}

template <typename Query> QList<double> timeQuery(int runs, Query query)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        query();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return times;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    BenchApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_queue DIR [RUNS=5] [COMMENTS=1000000]\n";
        return 2;
    }
    const QString dir = QFileInfo(args.at(1)).absoluteFilePath();
    const int runs = args.size() > 2 ? args.at(2).toInt() : 5;
    QueueProfileShape shape;
    if (args.size() > 3) {
        shape.comments = args.at(3).toInt();
    }
    if (!ensureQueueProfile(dir, shape, out)) {
        return 1;
    }
    if (runs == 0) {
        return 0; // generate only
    }
    out.flush();
    StallProbe probe(app);
    const double rssStart = rssMb();

    // The queries alone, on a connection of the benchmark's own (what the storage thread pays).
    auto opened = Database::open(Profile(dir).databasePath());
    if (!opened) {
        out << "cannot open the profile: " << opened.error().message << "\n";
        return 1;
    }
    std::unique_ptr<Database> db = std::move(opened.value());
    CommentRepository comments(*db);
    const auto counts = comments.counts();
    const int total = counts.ok() ? counts->total() : 0;
    const auto idsOf = [&](CommentFilter filter) { return comments.ids(filter).valueOr({}).size(); };
    CommentFilter pending;
    pending.status = CommentStatus::Hold;
    CommentFilter approved;
    approved.status = CommentStatus::Approved;
    const CommentFilter all;
    CommentFilter common = all;
    common.search = QueueProfileFacts::commonWord();
    CommentFilter rare = all;
    rare.search = QueueProfileFacts::rareWord();
    struct QueryRow
    {
        QString name;
        qsizetype rows;
        QList<double> times;
    };
    QList<QueryRow> queries;
    for (const auto& [name, filter] : { std::pair(QStringLiteral("Pending"), pending),
             std::pair(QStringLiteral("Approved"), approved), std::pair(QStringLiteral("All"), all),
             std::pair(QStringLiteral("All, search \"%1\"").arg(common.search), common),
             std::pair(QStringLiteral("All, search \"%1\"").arg(rare.search), rare) }) {
        qsizetype rows = 0;
        const auto times = timeQuery(runs, [&, f = filter] { rows = idsOf(f); });
        queries.append({ name, rows, times });
    }
    const auto countTimes = timeQuery(runs, [&] { (void)comments.counts(CommentFilter {}); });
    // The busiest post of blog 1 and a typical one (the median comment count), and a held comment on each.
    CommentFilter hot;
    hot.siteId = 1;
    hot.postRemoteId = QueueProfileFacts::kHottestPost;
    hot.status = CommentStatus::Hold;
    const qint64 hotComment = comments.ids(hot).valueOr({}).value(0);
    CommentFilter typical = hot;
    typical.postRemoteId = shape.postsPerBlog / 4;
    const qint64 typicalComment = comments.ids(typical).valueOr({}).value(0);
    const qsizetype hotSize = comments.thread(1, hot.postRemoteId.value()).valueOr({}).size();
    const qsizetype typicalSize = comments.thread(1, typical.postRemoteId.value()).valueOr({}).size();
    db.reset();
    const double rssAfterQueries = rssMb();

    // The queue opening: a new window over the profile each run.
    QList<double> openTimes;
    double rssOpen = 0;
    for (int i = 0; i < runs; ++i) {
        Window w;
        openTimes.append(openWindow(dir, w));
        settle(300);
        rssOpen = std::max(rssOpen, rssMb());
    }

    Window w;
    openWindow(dir, w);
    settle(500);
    chooseStatus(w, QStringLiteral("Pending"));
    settle(500);
    struct Timed
    {
        QList<double> rows, whole;
        void append(const ListTimes& t)
        {
            rows.append(t.rows);
            whole.append(t.whole);
        }
    };
    Timed toAll, toApproved, toPending;
    Stall stallFilters;
    for (int i = 0; i < runs; ++i) {
        probe.reset();
        toAll.append(timeStatus(w, QStringLiteral("All")));
        toApproved.append(timeStatus(w, QStringLiteral("Approved")));
        toPending.append(timeStatus(w, QStringLiteral("Pending")));
        stallFilters.take(probe, app);
    }
    chooseStatus(w, QStringLiteral("All"));
    waitFor([&] { return !w.model->isLoading() && rowsOnScreen(w.queue); });
    Timed searchCommon, searchRare;
    Stall stallSearch;
    for (int i = 0; i < runs; ++i) {
        probe.reset();
        searchCommon.append(timeSearch(w, QueueProfileFacts::commonWord()));
        searchRare.append(timeSearch(w, QueueProfileFacts::rareWord()));
        stallSearch.take(probe, app);
    }

    // Scrolling the whole list (All) to its end with the scroll bar, 200 steps, 8 ms apart.
    timeStatus(w, QStringLiteral("All"));
    const int scrolledRows = w.model->rowCount();
    settle(300);
    QScrollBar* bar = w.queue->verticalScrollBar();
    bar->setValue(0);
    settle(300);
    probe.reset();
    QElapsedTimer scrollTimer;
    scrollTimer.start();
    constexpr int kSteps = 200;
    for (int step = 1; step <= kSteps; ++step) {
        bar->setValue(int(qint64(bar->maximum()) * step / kSteps));
        settle(8);
    }
    waitFor([&] { return rowsOnScreen(w.queue); });
    const double scrollMs = double(scrollTimer.nsecsElapsed()) / 1e6;
    Stall stallScroll;
    stallScroll.take(probe, app);
    const double rssScrolled = rssMb();
    bar->setValue(0);
    settle(300);
    probe.reset();
    QElapsedTimer jumpTimer;
    jumpTimer.start();
    bar->setValue(bar->maximum());
    waitFor([&] { return rowsOnScreen(w.queue); });
    const double jumpMs = double(jumpTimer.nsecsElapsed()) / 1e6;
    Stall stallJump;
    stallJump.take(probe, app);

    // A refresh, as after a sync that brought nothing: the whole list read again and compared.
    settle(300);
    Stall refreshStall;
    for (int i = 0; i < runs; ++i) {
        probe.reset();
        const int before = w.loads;
        w.moderation->refresh();
        waitFor([&] { return w.loads > before && !w.model->isLoading() && rowsOnScreen(w.queue); });
        settle(100);
        refreshStall.take(probe, app);
    }

    // One moderation key: A on a held comment (Pending), until its row says Approved; Z takes it back.
    chooseStatus(w, QStringLiteral("Pending"));
    waitFor([&] { return !w.model->isLoading() && rowsOnScreen(w.queue); });
    settle(500);
    QList<double> approveTimes;
    Stall stallApprove;
    for (int i = 0; i < runs; ++i) {
        w.queue->setFocus();
        w.queue->setCurrentIndex(w.model->index(i, 0));
        const qint64 id = w.model->idAt(i);
        settle(200);
        const auto statusOf
            = [&] { return w.model->index(w.model->rowOf(id), 0).data(CommentQueueModel::StatusRole).toInt(); };
        probe.reset();
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(w.queue, Qt::Key_A);
        waitFor([&] { return statusOf() == int(CommentStatus::Approved); });
        approveTimes.append(double(timer.nsecsElapsed()) / 1e6);
        stallApprove.take(probe, app);
        settle(200);
        QTest::keyClick(w.queue, Qt::Key_Z);
        waitFor([&] { return statusOf() == int(CommentStatus::Hold); });
        settle(200);
    }

    // The thread: T on a comment of the busiest post, then of a typical one.
    const auto timeThread = [&](qint64 commentId, double& rssBefore, double& rssAfter, Stall& stall) {
        QList<double> times;
        auto* thread = w.moderation->detail()->findChild<QAbstractItemView*>(QStringLiteral("commentThread"));
        for (int i = 0; i < runs; ++i) {
            w.moderation->revealComment(commentId);
            waitFor([&] {
                return w.moderation->detail()->comment().has_value()
                    && w.moderation->detail()->comment()->id == commentId;
            });
            settle(200);
            rssBefore = rssMb();
            probe.reset();
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(w.queue, Qt::Key_T);
            waitFor([&] { return thread->isVisible() && thread->model()->rowCount() > 0; });
            thread->viewport()->repaint();
            times.append(double(timer.nsecsElapsed()) / 1e6);
            settle(200);
            stall.take(probe, app);
            rssAfter = rssMb();
            QTest::keyClick(w.queue, Qt::Key_T);
            settle(200);
        }
        return times;
    };
    double rssHotBefore = 0, rssHotAfter = 0, rssTypBefore = 0, rssTypAfter = 0;
    Stall stallHot, stallTyp;
    const QList<double> hotTimes = timeThread(hotComment, rssHotBefore, rssHotAfter, stallHot);
    const QList<double> typicalTimes = timeThread(typicalComment, rssTypBefore, rssTypAfter, stallTyp);
    const double rssEnd = rssMb();
    const double hwm = procStatusMb("VmHWM:");

    const Profile profile(dir);
    const qint64 bytes
        = QFileInfo(profile.databasePath()).size() + QFileInfo(profile.databasePath() + QStringLiteral("-wal")).size();

    out << "\n## bench_queue (" << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << ", runs: " << runs
        << ", medians (min–max))\n\n";
    out << "| what | result | goal |\n|---|---|---|\n";
    out << "| comments in the cache | " << total << " on " << shape.blogs << " blogs | 1,000,000 |\n";
    out << "| cache file | " << bytes / 1024 / 1024 << " MB, " << (total > 0 ? bytes / total : 0)
        << " bytes a comment | — |\n";
    out << "| window created → Ctrl+2 → rows on screen | " << range(openTimes) << " | < 150 ms |\n";
    out << "| Pending → All: rows on screen; whole list in place | " << range(toAll.rows) << "; " << range(toAll.whole)
        << " | < 50 ms |\n";
    out << "| All → Approved | " << range(toApproved.rows) << "; " << range(toApproved.whole) << " | < 50 ms |\n";
    out << "| Approved → Pending | " << range(toPending.rows) << "; " << range(toPending.whole) << " | < 50 ms |\n";
    out << "| search \"" << QueueProfileFacts::commonWord() << "\" (All), debounce fired → rows on screen; whole list | "
        << range(searchCommon.rows) << "; " << range(searchCommon.whole) << " | < 50 ms |\n";
    out << "| search \"" << QueueProfileFacts::rareWord() << "\" (All) | " << range(searchRare.rows) << "; "
        << range(searchRare.whole) << " | < 50 ms |\n";
    out << "| GUI thread while switching filters | " << stallFilters.text() << " | ≤ 16 ms |\n";
    out << "| GUI thread while searching | " << stallSearch.text() << " | ≤ 16 ms |\n";
    out << "| scroll All (" << scrolledRows << " rows) to its end, 200 scroll-bar steps 8 ms apart (" << int(scrollMs)
        << " ms in all): GUI thread | " << stallScroll.text() << " | ≤ 16 ms |\n";
    out << "| jump to the end (" << jumpMs << " ms to rows on screen): GUI thread | " << stallJump.text()
        << " | ≤ 16 ms |\n";
    out << "| refresh of All, as after a sync: GUI thread | " << refreshStall.text() << " | ≤ 16 ms |\n";
    out << "| A (approve) → row shows Approved | " << range(approveTimes) << " | < 5 ms |\n";
    out << "| GUI thread during the approvals | " << stallApprove.text() << " | ≤ 16 ms |\n";
    out << "| T: thread of the busiest post (" << hotSize << " comments) shown | " << range(hotTimes) << "; RSS "
        << rssHotBefore << " → " << rssHotAfter << " MB; " << stallHot.text() << " | — |\n";
    out << "| T: thread of a typical post (" << typicalSize << " comments) | " << range(typicalTimes) << "; RSS "
        << rssTypBefore << " → " << rssTypAfter << " MB; " << stallTyp.text() << " | — |\n";
    out << "| resident memory: start / queue open / scrolled to the end / end (peak) | " << rssStart << " / " << rssOpen
        << " / " << rssScrolled << " / " << rssEnd << " (" << hwm << ") MB | < 250 MB |\n";
    out << "\nqueries alone (CommentRepository::ids on a connection of its own, rows):\n\n| filter | rows | time "
           "|\n|---|---|---|\n";
    for (const QueryRow& q : std::as_const(queries)) {
        out << "| " << q.name << " | " << q.rows << " | " << range(q.times) << " |\n";
    }
    out << "| counts per status (every blog) | — | " << range(countTimes) << " |\n";
    out << "\n(RSS after the queries alone, before any window: " << rssAfterQueries << " MB)\n";
    return 0;
}
