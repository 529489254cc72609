#pragma once

#include "core/Error.h"
#include "core/storage/Database.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <memory>

namespace longhand {

// Runs storage work on one dedicated thread that owns its own connection, so the GUI thread never
// waits on SQL that grows with the data. Results come back as QFutures; chain them with
// .then(context, …) to get back onto the GUI thread. Tasks run strictly in the order queued.
// (Not QtConcurrent: its futures may run a queued task on the waiting thread, and a
// QSqlDatabase connection must stay on the thread that opened it.)
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

    // Blocks until every task queued so far has run; for shutdown and tests only.
    void waitForIdle();

private:
    void post(std::function<void()> task);
    Database* connection(); // only called on the worker thread

    QString m_path;
    QThread m_thread;
    QObject* m_worker = nullptr; // lives on m_thread; receives the queued tasks
    std::unique_ptr<Database> m_database;
    Error m_openError;
};

} // namespace longhand
