// The comment queue model over 100,000 cached comments: ids only in memory, rows read lazily in
// pages with a placeholder meanwhile, a bounded page cache, filters and order from storage, and
// refreshes that keep rows in place.
#include "core/Profile.h"
#include "core/moderation/TriageRules.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/StorageExecutor.h"
#include "core/storage/SyncRepository.h"
#include "gui/moderation/CommentQueueModel.h"
#include "gui/moderation/CommentQueueView.h"
#include "support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;

namespace {

constexpr int kComments = 100000;
constexpr int kPosts = 50;
constexpr int kLoadTimeout = 20000;

// Comment i (0-based) is dated i minutes after the start, so newest first puts i = kComments - 1 on top.
CommentStatus statusOf(int i)
{
    if (i % 10 == 3) {
        return CommentStatus::Hold;
    }
    if (i % 97 == 5) {
        return CommentStatus::Spam;
    }
    return CommentStatus::Approved;
}

bool mentionsNeedle(int i)
{
    return i % 20000 == 7;
}

QString authorOf(int i)
{
    return QStringLiteral("Author %1").arg(i);
}

} // namespace

class TestCommentQueueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void listsEveryCommentAsIds();
    void firstPageShowsBeforeTheWholeList();
    void farRowArrivesAfterPlaceholder();
    void pageCacheStaysBounded();
    void filtersByStatusPostAndSearch();
    void sortsByDate();
    void actionShowsAtOnceAndRefreshKeepsRows();
    void statusShownBeforeStorageAnswers();
    void refreshTellsOnlyTheRowsShown();
    void viewScrollsThroughEverything();

private:
    void setFilterAndWait(const CommentFilter& filter);
    QVariant waitForData(int row, int column, int role = Qt::DisplayRole);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    qint64 m_siteId = 0;
    int m_hold = 0;
    int m_spam = 0;
    int m_onPost7 = 0;
    int m_needles = 0;
    std::unique_ptr<StorageExecutor> m_storage;
    std::unique_ptr<CommentQueueModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCommentQueueModel::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Profile profile(m_dir->path());
    QVERIFY(profile.ensureExists().ok());
    m_path = profile.databasePath();
    auto opened = Database::open(m_path);
    QVERIFY2(opened.ok(), qPrintable(test::errorOf(opened)));
    Database& db = **opened;

    Site site;
    site.name = QStringLiteral("Film Notes");
    site.baseUrl = QUrl(QStringLiteral("https://films.example"));
    site.restRoot = QUrl(QStringLiteral("https://films.example/wp-json/"));
    site.userName = QStringLiteral("admin");
    site.userId = 1;
    site.secretStore = Site::SecretStoreKind::File;
    auto siteId = SiteRepository(db).add(site);
    QVERIFY2(siteId.ok(), qPrintable(test::errorOf(siteId)));
    m_siteId = siteId.value();

    const QDateTime start(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC);
    QList<RemotePost> posts;
    for (int p = 1; p <= kPosts; ++p) {
        RemotePost post;
        post.id = p;
        post.title = QStringLiteral("Film %1").arg(p);
        post.slug = QStringLiteral("film-%1").arg(p);
        post.status = QStringLiteral("publish");
        post.content = QStringLiteral("<p>About film %1.</p>").arg(p);
        post.dateGmt = start;
        post.modifiedGmt = start;
        posts.append(post);
    }
    auto stored = SyncRepository(db).upsertPosts(m_siteId, posts);
    QVERIFY2(stored.ok(), qPrintable(test::errorOf(stored)));

    QElapsedTimer timer;
    timer.start();
    const TriageRules rules;
    QList<RemoteComment> batch;
    for (int i = 0; i < kComments; ++i) {
        RemoteComment c;
        c.id = i + 1;
        c.post = (i % kPosts) + 1;
        c.authorName = authorOf(i);
        c.authorEmail = QStringLiteral("reader%1@example.com").arg(i % 1000);
        c.authorIp = QStringLiteral("10.0.%1.%2").arg(i / 250 % 250).arg(i % 250);
        c.dateGmt = start.addSecs(qint64(i) * 60);
        c.content = QStringLiteral("<p>Comment %1 on the film, %2.</p>")
                        .arg(i)
                        .arg(mentionsNeedle(i) ? QStringLiteral("filmed in Zanzibar") : QStringLiteral("well shot"));
        c.status = commentStatusName(statusOf(i));
        m_hold += statusOf(i) == CommentStatus::Hold;
        m_spam += statusOf(i) == CommentStatus::Spam;
        m_onPost7 += c.post == 7;
        m_needles += mentionsNeedle(i);
        batch.append(c);
        if (batch.size() == 5000 || i == kComments - 1) {
            auto upserted = CommentRepository(db).upsertComments(m_siteId, batch, rules);
            QVERIFY2(upserted.ok(), qPrintable(test::errorOf(upserted)));
            batch.clear();
        }
    }
    qInfo("seeded %d comments in %lld ms", kComments, timer.elapsed());
    opened = Error {};
    m_storage = std::make_unique<StorageExecutor>(m_path);
}

void TestCommentQueueModel::init()
{
    m_model = std::make_unique<CommentQueueModel>(*m_storage);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestCommentQueueModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_storage->waitForIdle();
}

void TestCommentQueueModel::cleanupTestCase()
{
    m_storage.reset();
    m_dir.reset();
}

void TestCommentQueueModel::setFilterAndWait(const CommentFilter& filter)
{
    QSignalSpy loaded(m_model.get(), &CommentQueueModel::idsLoaded);
    m_model->setFilter(filter);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.size() == 1, kLoadTimeout);
}

QVariant TestCommentQueueModel::waitForData(int row, int column, int role)
{
    const QModelIndex index = m_model->index(row, column);
    m_model->data(index, role); // asks for the page
    if (!QTest::qWaitFor([&] { return m_model->data(index, CommentQueueModel::LoadedRole).toBool(); }, kLoadTimeout)) {
        return {};
    }
    return m_model->data(index, role);
}

void TestCommentQueueModel::listsEveryCommentAsIds()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(CommentQueueModel::ColumnCount));
    setFilterAndWait({});
    QCOMPARE(m_model->rowCount(), kComments);
    // Nothing has been read yet but the ids and the first page, read with them so that a view's first rows do not
    // wait behind other storage work; no other row is in memory until a view asks.
    QCOMPARE(m_model->cachedRowCount(), CommentQueueModel::kPageSize);
    QVERIFY(m_model->index(0, 0).data(CommentQueueModel::LoadedRole).toBool());
    QVERIFY(m_model->index(CommentQueueModel::kPageSize - 1, 0).data(CommentQueueModel::LoadedRole).toBool());
    QVERIFY(!m_model->index(CommentQueueModel::kPageSize, 0).data(CommentQueueModel::LoadedRole).toBool());
    QVERIFY(m_model->idAt(0) != 0);
    QCOMPARE(m_model->rowOf(m_model->idAt(12345)), 12345);
}

// A new list shows its first page (ids and rows) before the whole list is read: the view is reset with those rows
// alone, and the rest arrives as rows inserted below them, the first page staying loaded (not read again).
void TestCommentQueueModel::firstPageShowsBeforeTheWholeList()
{
    QList<int> rowsAtReset;
    QList<std::pair<int, int>> inserted;
    const auto reset = connect(m_model.get(), &QAbstractItemModel::modelReset, this, [&] { rowsAtReset.append(m_model->rowCount()); });
    const auto insert = connect(m_model.get(), &QAbstractItemModel::rowsInserted, this,
                                [&](const QModelIndex&, int first, int last) { inserted.append({ first, last }); });
    setFilterAndWait({});
    disconnect(reset);
    disconnect(insert);
    QCOMPARE(rowsAtReset, QList<int> { CommentQueueModel::kPageSize });
    QCOMPARE(inserted, (QList<std::pair<int, int>> { { CommentQueueModel::kPageSize, kComments - 1 } }));
    QCOMPARE(m_model->rowCount(), kComments);
    QVERIFY(m_model->index(0, 0).data(CommentQueueModel::LoadedRole).toBool());
    QCOMPARE(m_model->cachedRowCount(), CommentQueueModel::kPageSize);
}

void TestCommentQueueModel::farRowArrivesAfterPlaceholder()
{
    setFilterAndWait({});
    const int row = 99500;
    const QModelIndex author = m_model->index(row, CommentQueueModel::AuthorColumn);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QCOMPARE(m_model->data(author).toString(), CommentQueueModel::placeholder());
    QCOMPARE(m_model->data(author, CommentQueueModel::LoadedRole).toBool(), false);
    QVERIFY(m_model->data(author, CommentQueueModel::CommentIdRole).toLongLong() != 0); // ids are always there
    // Newest first: row r is comment kComments - 1 - r.
    QTRY_COMPARE_WITH_TIMEOUT(m_model->data(author).toString(), authorOf(kComments - 1 - row), kLoadTimeout);
    QVERIFY(!changed.isEmpty());
    const auto first = changed.constFirst().at(0).value<QModelIndex>();
    const auto last = changed.constFirst().at(1).value<QModelIndex>();
    QVERIFY(first.row() <= row && last.row() >= row);
    QCOMPARE(last.row() - first.row() + 1, CommentQueueModel::kPageSize);
    QCOMPARE(m_model->data(m_model->index(row, CommentQueueModel::PostColumn)).toString(),
        QStringLiteral("Film %1").arg(((kComments - 1 - row) % kPosts) + 1));
    QVERIFY(m_model->cachedPageCount() <= 2); // this page, and the first (QAbstractItemModelTester reads row 0)
}

void TestCommentQueueModel::pageCacheStaysBounded()
{
    setFilterAndWait({});
    // Scroll through 80 pages spread over the list, waiting for each.
    for (int step = 0; step < 80; ++step) {
        const int row = step * (kComments / 80) + 17;
        QVERIFY2(waitForData(row, CommentQueueModel::AuthorColumn).toString() == authorOf(kComments - 1 - row),
            qPrintable(QStringLiteral("row %1").arg(row)));
        QVERIFY(m_model->cachedPageCount() <= CommentQueueModel::kMaxPages);
    }
    QCOMPARE(m_model->cachedPageCount(), CommentQueueModel::kMaxPages);
    QVERIFY(m_model->cachedRowCount() <= CommentQueueModel::kMaxPages * CommentQueueModel::kPageSize);
    // The most recent pages are the ones kept; an early one was dropped and is read again.
    const int early = kComments / 80 + 17;
    QCOMPARE(m_model->data(m_model->index(early, CommentQueueModel::AuthorColumn)).toString(),
        CommentQueueModel::placeholder());
    QCOMPARE(waitForData(early, CommentQueueModel::AuthorColumn).toString(), authorOf(kComments - 1 - early));
    QVERIFY(m_model->cachedPageCount() <= CommentQueueModel::kMaxPages);
}

void TestCommentQueueModel::filtersByStatusPostAndSearch()
{
    CommentFilter pending;
    pending.status = CommentStatus::Hold;
    setFilterAndWait(pending);
    QCOMPARE(m_model->rowCount(), m_hold);
    QCOMPARE(waitForData(0, CommentQueueModel::StatusColumn).toString(), commentStatusLabel(CommentStatus::Hold));
    QCOMPARE(m_model->data(m_model->index(0, 0), CommentQueueModel::StatusRole).toInt(), int(CommentStatus::Hold));

    CommentFilter spam;
    spam.status = CommentStatus::Spam;
    setFilterAndWait(spam);
    QCOMPARE(m_model->rowCount(), m_spam);

    CommentFilter post;
    post.siteId = m_siteId;
    post.postRemoteId = 7;
    setFilterAndWait(post);
    QCOMPARE(m_model->rowCount(), m_onPost7);
    QCOMPARE(waitForData(m_model->rowCount() - 1, CommentQueueModel::PostColumn).toString(), QStringLiteral("Film 7"));

    CommentFilter search;
    search.search = QStringLiteral("zanzibar");
    setFilterAndWait(search);
    QCOMPARE(m_model->rowCount(), m_needles);
    QVERIFY(waitForData(0, CommentQueueModel::ExcerptColumn).toString().contains(QStringLiteral("Zanzibar")));

    CommentFilter byAuthor;
    byAuthor.search = QStringLiteral("reader427@example.com"); // words match as prefixes
    setFilterAndWait(byAuthor);
    QCOMPARE(m_model->rowCount(), kComments / 1000);

    CommentFilter byIp;
    byIp.search = QStringLiteral("10.0.3.17");
    setFilterAndWait(byIp);
    QVERIFY(m_model->rowCount() >= 2); // comments 767 and 63267 at least (words match as prefixes)
    QVERIFY(m_model->rowCount() < kComments);

    CommentFilter nothing;
    nothing.search = QStringLiteral("nosuchwordanywhere");
    setFilterAndWait(nothing);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestCommentQueueModel::sortsByDate()
{
    setFilterAndWait({});
    QVERIFY(m_model->filter().newestFirst);
    const QDateTime top = waitForData(0, 0, CommentQueueModel::DateRole).toDateTime();
    const QDateTime below = waitForData(1, 0, CommentQueueModel::DateRole).toDateTime();
    QVERIFY(top > below);
    QCOMPARE(m_model->data(m_model->index(0, CommentQueueModel::AuthorColumn)).toString(), authorOf(kComments - 1));

    // The header's sort: only the date column sorts, oldest first on ascending.
    QSignalSpy loaded(m_model.get(), &CommentQueueModel::idsLoaded);
    m_model->sort(CommentQueueModel::AuthorColumn, Qt::AscendingOrder);
    QTest::qWait(50);
    QCOMPARE(loaded.size(), 0);
    m_model->sort(CommentQueueModel::DateColumn, Qt::AscendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.size() == 1, kLoadTimeout);
    QVERIFY(!m_model->filter().newestFirst);
    QCOMPARE(waitForData(0, CommentQueueModel::AuthorColumn).toString(), authorOf(0));
    QVERIFY(waitForData(1, 0, CommentQueueModel::DateRole).toDateTime()
        > m_model->data(m_model->index(0, 0), CommentQueueModel::DateRole).toDateTime());
}

void TestCommentQueueModel::actionShowsAtOnceAndRefreshKeepsRows()
{
    CommentFilter pending;
    pending.status = CommentStatus::Hold;
    setFilterAndWait(pending);
    const int before = m_model->rowCount();
    const qint64 approvedId = m_model->idAt(3);
    const qint64 laterId = m_model->idAt(10);
    QCOMPARE(waitForData(3, CommentQueueModel::StatusColumn).toString(), commentStatusLabel(CommentStatus::Hold));
    const QPersistentModelIndex later(m_model->index(10, 0));

    auto change = m_storage->run([approvedId](Database& db) {
        return CommentRepository(db).setStatus({ approvedId }, CommentStatus::Approved);
    });
    m_model->reloadComments({ approvedId });
    // The row stays where it is and shows its new status as soon as its page is read again.
    QTRY_COMPARE_WITH_TIMEOUT(m_model->data(m_model->index(3, 0), CommentQueueModel::StatusRole).toInt(),
        int(CommentStatus::Approved), kLoadTimeout);
    QCOMPARE(m_model->rowCount(), before);
    QVERIFY(m_model->data(m_model->index(3, CommentQueueModel::FlagsColumn), CommentQueueModel::PendingRole).toBool());

    // A refresh removes it from the pending list with a row removal, not a reset: persistent
    // indexes (a view's cursor and selection) follow their rows.
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy loaded(m_model.get(), &CommentQueueModel::idsLoaded);
    m_model->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.size() == 1, kLoadTimeout);
    QCOMPARE(m_model->rowCount(), before - 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1);
    QVERIFY(later.isValid());
    QCOMPARE(later.row(), 9);
    QCOMPARE(m_model->idAt(later.row()), laterId);
    // Rows read before the refresh stay visible (no placeholder flash) while they are read again.
    QCOMPARE(m_model->data(m_model->index(2, CommentQueueModel::StatusColumn)).toString(),
        commentStatusLabel(CommentStatus::Hold));

    // Undo: it comes back in its place with an insertion.
    QVERIFY(change.isFinished() || QTest::qWaitFor([&] { return change.isFinished(); }, kLoadTimeout));
    QVERIFY(change.result().ok());
    const ModerationChange undo = change.result().value();
    m_storage->run([undo](Database& db) { return CommentRepository(db).undo(undo); });
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.size() == 2, kLoadTimeout);
    QCOMPARE(m_model->rowCount(), before);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->idAt(3), approvedId);
    QCOMPARE(later.row(), 10);
}

void TestCommentQueueModel::statusShownBeforeStorageAnswers()
{
    CommentFilter pending;
    pending.status = CommentStatus::Hold;
    setFilterAndWait(pending);
    QCOMPARE(waitForData(5, CommentQueueModel::StatusColumn).toString(), commentStatusLabel(CommentStatus::Hold));
    const qint64 id = m_model->idAt(5);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    // A moderation key: the row says so within the same event, before any storage work.
    m_model->showStatus({ id }, CommentStatus::Spam);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 5);
    QCOMPARE(m_model->data(m_model->index(5, 0), CommentQueueModel::StatusRole).toInt(), int(CommentStatus::Spam));
    QVERIFY(m_model->data(m_model->index(5, 0), CommentQueueModel::PendingRole).toBool());
    QCOMPARE(m_model->data(m_model->index(4, 0), CommentQueueModel::StatusRole).toInt(), int(CommentStatus::Hold));
    // The action failed (nothing was stored): the row is read again and shows what storage holds.
    m_model->forgetShownStatuses();
    QTRY_COMPARE_WITH_TIMEOUT(m_model->data(m_model->index(5, 0), CommentQueueModel::StatusRole).toInt(),
        int(CommentStatus::Hold), kLoadTimeout);
    QVERIFY(!m_model->data(m_model->index(5, 0), CommentQueueModel::PendingRole).toBool());
}

void TestCommentQueueModel::refreshTellsOnlyTheRowsShown()
{
    setFilterAndWait({});
    QVERIFY(waitForData(50000, CommentQueueModel::AuthorColumn).isValid()); // page 500, and page 0 came with the ids
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy loaded(m_model.get(), &CommentQueueModel::idsLoaded);
    m_model->refresh(); // nothing changed in storage
    QTRY_VERIFY_WITH_TIMEOUT(loaded.size() == 1, kLoadTimeout);
    // The pages in memory (and one either side) are told to ask again, not all 100,000 rows: a view answers a
    // change of every row in time that grows with the rows.
    QVERIFY(!changed.isEmpty());
    bool coversShown = false;
    for (const QList<QVariant>& signal : std::as_const(changed)) {
        const int first = signal.at(0).value<QModelIndex>().row();
        const int last = signal.at(1).value<QModelIndex>().row();
        QVERIFY2(last - first < 3 * CommentQueueModel::kPageSize, qPrintable(QStringLiteral("%1-%2").arg(first).arg(last)));
        coversShown = coversShown || (first <= 50000 && last >= 50000);
    }
    QVERIFY(coversShown);
    // The row is shown from before the refresh until it is read again.
    QVERIFY(m_model->index(50000, 0).data(CommentQueueModel::LoadedRole).toBool());

    // The blogs read again after every sync: the rows are told only when what the Post column says changes.
    Site one;
    one.id = m_model->index(50000, 0).data(CommentQueueModel::SiteIdRole).toLongLong();
    one.name = QStringLiteral("One");
    m_model->setSites({ one });
    changed.clear();
    m_model->setSites({ one });
    QCOMPARE(changed.size(), 0);
    Site two = one;
    two.id = one.id + 1000;
    two.name = QStringLiteral("Two");
    m_model->setSites({ one, two });
    QVERIFY(!changed.isEmpty());
    QVERIFY(changed.constLast().at(1).value<QModelIndex>().row() - changed.constLast().at(0).value<QModelIndex>().row()
        < 3 * CommentQueueModel::kPageSize);
    QVERIFY(m_model->index(50000, CommentQueueModel::PostColumn).data().toString().contains(QStringLiteral("One")));
    m_model->setSites({});
}

void TestCommentQueueModel::viewScrollsThroughEverything()
{
    // QAbstractItemModelTester walks all 600,000 indexes after every dataChanged (each page that
    // arrives); it checks the model in the other tests and would dominate the timing here.
    m_tester.reset();
    setFilterAndWait({});
    CommentQueueView view;
    view.setModel(m_model.get());
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QScrollBar* bar = view.verticalScrollBar();
    QVERIFY(bar->maximum() > kComments - 100);
    // Drag the scroll bar from top to bottom: every frame (scroll, paint, pages arriving) is quick,
    // with placeholders where rows are not read yet, and reads stay bounded to where the view is.
    QElapsedTimer frame;
    qint64 worst = 0;
    for (int step = 0; step <= 200; ++step) {
        frame.restart();
        bar->setValue(int(qint64(bar->maximum()) * step / 200));
        view.viewport()->repaint();
        QCoreApplication::processEvents(); // pages that arrived meanwhile
        worst = std::max(worst, frame.elapsed());
        QVERIFY(m_model->cachedPageCount() <= CommentQueueModel::kMaxPages);
    }
    qInfo("slowest frame: %lld ms", worst);
    QVERIFY2(worst < 100, qPrintable(QStringLiteral("a frame took %1 ms").arg(worst)));
    // Where it stopped, the rows arrive.
    const int top = view.indexAt(QPoint(10, 5)).row();
    QVERIFY(top > kComments - 100);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->data(m_model->index(top, CommentQueueModel::AuthorColumn)).toString(),
        authorOf(kComments - 1 - top), kLoadTimeout);
    QVERIFY(m_model->cachedRowCount() <= CommentQueueModel::kMaxPages * CommentQueueModel::kPageSize);
}

QTEST_MAIN(TestCommentQueueModel)
#include "tst_commentqueuemodel.moc"
