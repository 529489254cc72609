// StorageExecutor: one storage thread with its own connection, results as QFutures; and its read lane (a second
// thread and read-only connection) that sees every write queued before a read and runs beside those queued after.
#include "core/storage/PostRepository.h"
#include "core/storage/StorageExecutor.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace longhand;

namespace {

Post draftTitled(const QString& title)
{
    Post post;
    post.title = title;
    return post;
}

} // namespace

class TestStorageExecutor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void runsOnOneOtherThread();
    void runsInQueueOrder();
    void deliversResultsToTheContextThread();
    void waitForIdleRunsEverythingQueued();
    void destructionRunsPendingTasks();
    void openErrorComesBackAsAResult();
    void readSeesEveryWriteQueuedBeforeIt();
    void readRunsBesideLaterTasks();
    void readRefusesWrites();
    void readOpenErrorComesBackAsAResult();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestStorageExecutor::init()
{
    // Qt warns when a connection is used from a thread that did not open it.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("does not belong to the calling thread")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("longhand.sqlite"));
}

void TestStorageExecutor::runsOnOneOtherThread()
{
    StorageExecutor executor(m_path);
    // Tasks return Result<T> or Status: an open error must fit in the same future.
    const auto threadOf = [](Database&) { return Result<QThread*>(QThread::currentThread()); };
    QFuture<Result<QThread*>> first = executor.run(threadOf);
    QFuture<Result<QThread*>> second = executor.run(threadOf);
    QFuture<Result<QString>> path = executor.run([](Database& db) { return Result<QString>(db.path()); });
    executor.waitForIdle();
    QVERIFY(first.isFinished() && second.isFinished());
    QVERIFY2(first.result(), qPrintable(test::errorOf(first.result())));
    QVERIFY(*first.result() != nullptr);
    QVERIFY(*first.result() != QThread::currentThread());
    QCOMPARE(*second.result(), *first.result());
    QCOMPARE(path.result().valueOr({}), m_path);
}

void TestStorageExecutor::runsInQueueOrder()
{
    StorageExecutor executor(m_path);
    std::vector<int> order; // touched only by the storage thread until waitForIdle returns
    QList<QFuture<Result<int>>> futures;
    for (int i = 0; i < 100; ++i) {
        futures.append(executor.run([&order, i](Database&) {
            if (i == 0) {
                QThread::msleep(50); // the rest queue up behind a slow first task
            }
            order.push_back(i);
            return Result<int>(i);
        }));
    }
    executor.waitForIdle();
    QCOMPARE(int(order.size()), 100);
    for (int i = 0; i < 100; ++i) {
        QCOMPARE(order.at(size_t(i)), i);
        QCOMPARE(futures.at(i).result().valueOr(-1), i);
    }
}

void TestStorageExecutor::deliversResultsToTheContextThread()
{
    StorageExecutor executor(m_path);
    QObject context;
    QThread* continuationThread = nullptr;
    std::optional<qint64> createdId;
    QString failure;
    executor
        .run([](Database& db) { return PostRepository(db).create(draftTitled(QStringLiteral("Never Let Me Go"))); })
        .then(&context, [&](const Result<qint64>& created) {
            continuationThread = QThread::currentThread();
            if (created) {
                createdId = *created;
            } else {
                failure = created.error().message;
            }
        });
    QTRY_VERIFY(createdId.has_value() || !failure.isEmpty());
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(continuationThread, QThread::currentThread());

    // A later task sees what the earlier one wrote.
    QFuture<Result<Post>> loaded = executor.run([id = *createdId](Database& db) { return PostRepository(db).load(id); });
    QString title;
    loaded.then(&context, [&](const Result<Post>& post) { title = post ? post->title : post.error().message; });
    QTRY_COMPARE(title, QStringLiteral("Never Let Me Go"));

    // Status results (Result<void>) come through as well.
    bool trashed = false;
    executor.run([id = *createdId](Database& db) { return PostRepository(db).moveToTrash(id); })
        .then(&context, [&](const Status& status) { trashed = status.ok(); });
    QTRY_VERIFY(trashed);
}

void TestStorageExecutor::waitForIdleRunsEverythingQueued()
{
    StorageExecutor executor(m_path);
    std::atomic<int> done {0};
    QList<QFuture<Result<qint64>>> futures;
    for (int i = 0; i < 10; ++i) {
        futures.append(executor.run([&done, i](Database& db) {
            auto id = PostRepository(db).create(draftTitled(QStringLiteral("Review %1").arg(i)));
            ++done;
            return id;
        }));
    }
    executor.waitForIdle();
    QCOMPARE(done.load(), 10);
    for (const auto& future : futures) {
        QVERIFY(future.isFinished());
        QVERIFY2(future.result(), qPrintable(test::errorOf(future.result())));
    }
    auto count = executor.run([](Database& db) {
        return Result<int>(test::queryValue(db, QStringLiteral("SELECT count(*) FROM posts")).toInt());
    });
    executor.waitForIdle();
    QCOMPARE(count.result().valueOr(-1), 10);
}

void TestStorageExecutor::destructionRunsPendingTasks()
{
    std::atomic<int> ran {0};
    {
        StorageExecutor executor(m_path);
        executor.run([](Database&) {
            QThread::msleep(100); // keep the queue full while the executor is destroyed
            return Status {};
        });
        for (int i = 0; i < 25; ++i) {
            executor.run([&ran, i](Database& db) {
                ++ran;
                return PostRepository(db).create(draftTitled(QStringLiteral("Autosave %1").arg(i)));
            });
        }
        QVERIFY(ran.load() < 25); // still pending here; the destructor has to run them
    }
    QCOMPARE(ran.load(), 25);

    auto reopened = Database::open(m_path);
    QVERIFY2(reopened, qPrintable(test::errorOf(reopened)));
    auto titles = PostRepository(**reopened).titles();
    QVERIFY(titles);
    QCOMPARE(titles->size(), 25);
    QVERIFY(titles->contains(QStringLiteral("Autosave 0")));
    QVERIFY(titles->contains(QStringLiteral("Autosave 24")));
}

void TestStorageExecutor::openErrorComesBackAsAResult()
{
    const QString path = m_dir->filePath(QStringLiteral("no/such/folder/longhand.sqlite"));
    StorageExecutor executor(path);
    bool called = false;
    QFuture<Result<int>> first = executor.run([&called](Database&) -> Result<int> {
        called = true;
        return 1;
    });
    QFuture<Status> second = executor.run([&called](Database&) -> Status {
        called = true;
        return {};
    });
    QObject context;
    std::optional<Error> delivered;
    first.then(&context, [&](const Result<int>& result) {
        if (!result) {
            delivered = result.error();
        }
    });
    QTRY_VERIFY(delivered.has_value());
    QCOMPARE(delivered->code, Error::Code::Database);
    QVERIFY2(delivered->message.contains(path), qPrintable(delivered->message));

    executor.waitForIdle();
    QVERIFY(!called);
    QVERIFY(!second.result());
    QCOMPARE(second.result().error().code, Error::Code::Database);
    QVERIFY(!QDir(m_dir->filePath(QStringLiteral("no"))).exists());
}


void TestStorageExecutor::readSeesEveryWriteQueuedBeforeIt()
{
    StorageExecutor executor(m_path);
    QList<QFuture<Result<int>>> counts;
    for (int i = 0; i < 20; ++i) {
        executor.run([i](Database& db) {
            QThread::msleep(i % 5 == 0 ? 20 : 0); // the first lane runs behind the reads being queued
            return PostRepository(db).create(draftTitled(QStringLiteral("Review %1").arg(i)));
        });
        counts.append(executor.read([](Database& db) {
            return Result<int>(test::queryValue(db, QStringLiteral("SELECT count(*) FROM posts")).toInt());
        }));
    }
    executor.waitForIdle();
    for (int i = 0; i < counts.size(); ++i) {
        QVERIFY(counts.at(i).isFinished());
        // Never a snapshot from before the writes queued ahead of it (later ones it may see: it runs beside them).
        QVERIFY2(counts.at(i).result().valueOr(-1) >= i + 1, qPrintable(QString::number(i)));
    }
}

void TestStorageExecutor::readRunsBesideLaterTasks()
{
    StorageExecutor executor(m_path);
    std::atomic<bool> release {false};
    std::atomic<bool> readRan {false};
    executor.run([](Database& db) { return PostRepository(db).create(draftTitled(QStringLiteral("First"))); });
    auto read = executor.read([&readRan](Database&) {
        readRan = true;
        return Result<QThread*>(QThread::currentThread());
    });
    // A long task queued after the read: the read does not wait for it.
    auto blocker = executor.run([&release](Database&) -> Result<QThread*> {
        while (!release) {
            QThread::msleep(1);
        }
        return QThread::currentThread();
    });
    QTRY_VERIFY(readRan.load());
    QVERIFY(!blocker.isFinished());
    release = true;
    executor.waitForIdle();
    QVERIFY(read.result().valueOr(nullptr) != blocker.result().valueOr(nullptr)); // another thread
    QVERIFY(read.result().valueOr(nullptr) != QThread::currentThread());
}

void TestStorageExecutor::readRefusesWrites()
{
    StorageExecutor executor(m_path);
    auto write = executor.read([](Database& db) { return PostRepository(db).create(draftTitled(QStringLiteral("No"))); });
    executor.waitForIdle();
    QVERIFY(!write.result());
    auto count = executor.run([](Database& db) {
        return Result<int>(test::queryValue(db, QStringLiteral("SELECT count(*) FROM posts")).toInt());
    });
    executor.waitForIdle();
    QCOMPARE(count.result().valueOr(-1), 0);
}

void TestStorageExecutor::readOpenErrorComesBackAsAResult()
{
    const QString path = m_dir->filePath(QStringLiteral("no/such/folder/longhand.sqlite"));
    StorageExecutor executor(path);
    auto read = executor.read([](Database&) -> Result<int> { return 1; });
    executor.waitForIdle();
    QVERIFY(!read.result());
    QCOMPARE(read.result().error().code, Error::Code::Database);
    QVERIFY(!QDir(m_dir->filePath(QStringLiteral("no"))).exists());
}

QTEST_GUILESS_MAIN(TestStorageExecutor)
#include "tst_storageexecutor.moc"
