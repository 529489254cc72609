#pragma once

#include "core/Error.h"
#include "core/storage/Database.h"

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <QWaitCondition>

#include <memory>

namespace longhand {

// Runs storage work on one dedicated thread that owns its own connection, so the GUI thread never
// waits on SQL that grows with the data. Results come back as QFutures; chain them with
// .then(context, …) to get back onto the GUI thread. Tasks run strictly in the order queued.
// (Not QtConcurrent: its futures may run a queued task on the waiting thread, and a
// QSqlDatabase connection must stay on the thread that opened it.)
//
// read() is a second lane for reads only, on a thread and connection of its own (query_only): it starts once
// every task run() queued before it has finished, so it sees all of their writes (WAL: each task's transaction
// is committed when it ends), and then runs beside the tasks queued after it. For reads that scan much and may
// be late but never stale, such as the filter bar's counts: a list's first page does not wait behind them.
class StorageExecutor final
{
public:
    explicit StorageExecutor(QString databasePath);
    ~StorageExecutor(); // runs every queued task (pending autosaves) before returning

    StorageExecutor(const StorageExecutor&) = delete;
    StorageExecutor& operator=(const StorageExecutor&) = delete;

    template <typename Fn>
    auto run(Fn&& fn) -> QFuture<decltype(fn(std::declval<Database&>()))>
    {
        using R = decltype(fn(std::declval<Database&>()));
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        post([this, promise, fn = std::forward<Fn>(fn)]() mutable {
            Database* database = connection();
            promise->addResult(database ? fn(*database) : R(m_openError));
            promise->finish();
        });
        return future;
    }

    // A read on the second lane (above): never a write (its connection refuses them).
    template <typename Fn>
    auto read(Fn&& fn) -> QFuture<decltype(fn(std::declval<Database&>()))>
    {
        using R = decltype(fn(std::declval<Database&>()));
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        postRead([this, promise, fn = std::forward<Fn>(fn)]() mutable {
            Database* database = readConnection();
            promise->addResult(database ? fn(*database) : R(m_readOpenError));
            promise->finish();
        });
        return future;
    }

    // Blocks until every task queued so far (on both lanes) has run; for shutdown and tests only.
    void waitForIdle();

private:
    void post(std::function<void()> task);
    void postRead(std::function<void()> task);
    Database* connection(); // only called on the worker thread
    Database* readConnection(); // only called on the reader thread

    QString m_path;
    QThread m_thread;
    QObject* m_worker = nullptr; // lives on m_thread; receives the queued tasks
    std::unique_ptr<Database> m_database;
    Error m_openError;

    // The read lane: it waits for the tasks of run() queued before each read (m_posted when the read was queued)
    // to be done (m_done).
    QThread m_readerThread;
    QObject* m_reader = nullptr;
    std::unique_ptr<Database> m_readDatabase;
    Error m_readOpenError;
    quint64 m_posted = 0; // tasks posted to the first lane (GUI thread, or whichever thread queues)
    QMutex m_doneMutex;
    QWaitCondition m_doneChanged;
    quint64 m_done = 0; // tasks of the first lane finished
};

} // namespace longhand
