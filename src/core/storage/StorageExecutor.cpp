#include "core/storage/StorageExecutor.h"

#include <QMetaObject>
#include <QSqlQuery>

namespace longhand {

StorageExecutor::StorageExecutor(QString databasePath)
    : m_path(std::move(databasePath))
{
    m_thread.setObjectName(QStringLiteral("longhand-storage"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    m_readerThread.setObjectName(QStringLiteral("longhand-storage-read"));
    m_reader = new QObject;
    m_reader->moveToThread(&m_readerThread);
    QObject::connect(&m_readerThread, &QThread::finished, m_reader, &QObject::deleteLater);
    m_readerThread.start();
}

StorageExecutor::~StorageExecutor()
{
    waitForIdle();
    QMetaObject::invokeMethod(m_reader, [this] { m_readDatabase.reset(); }, Qt::QueuedConnection);
    post([this] { m_database.reset(); });
    waitForIdle();
    m_readerThread.quit();
    m_readerThread.wait();
    m_thread.quit();
    m_thread.wait();
}

void StorageExecutor::post(std::function<void()> task)
{
    QMutexLocker lock(&m_doneMutex);
    ++m_posted;
    QMetaObject::invokeMethod(
        m_worker,
        [this, task = std::move(task)] {
            task();
            QMutexLocker done(&m_doneMutex);
            ++m_done;
            m_doneChanged.wakeAll();
        },
        Qt::QueuedConnection);
}

void StorageExecutor::postRead(std::function<void()> task)
{
    // The first lane opens (and upgrades) the database before the reader opens it: a marker task, so that even a
    // read queued before any other task waits for that.
    post([this] { connection(); });
    quint64 barrier = 0;
    {
        QMutexLocker lock(&m_doneMutex);
        barrier = m_posted;
    }
    QMetaObject::invokeMethod(
        m_reader,
        [this, barrier, task = std::move(task)] {
            {
                QMutexLocker lock(&m_doneMutex);
                while (m_done < barrier) {
                    m_doneChanged.wait(&m_doneMutex);
                }
            }
            task();
        },
        Qt::QueuedConnection);
}

void StorageExecutor::waitForIdle()
{
    auto promise = std::make_shared<QPromise<void>>();
    QFuture<void> done = promise->future();
    promise->start();
    post([promise] { promise->finish(); });
    done.waitForFinished();
    auto readPromise = std::make_shared<QPromise<void>>();
    QFuture<void> readDone = readPromise->future();
    readPromise->start();
    QMetaObject::invokeMethod(m_reader, [readPromise] { readPromise->finish(); }, Qt::QueuedConnection);
    readDone.waitForFinished();
}

Database* StorageExecutor::connection()
{
    if (!m_database) {
        auto opened = Database::open(m_path);
        if (!opened) {
            m_openError = opened.error();
            return nullptr;
        }
        m_database = std::move(opened).value();
    }
    return m_database.get();
}

Database* StorageExecutor::readConnection()
{
    if (!m_readDatabase) {
        if (!m_openError.message.isEmpty() || !m_database) {
            m_readOpenError = m_openError; // the first lane could not open it: the same error, not a second try
            return nullptr;
        }
        auto opened = Database::open(m_path);
        if (!opened) {
            m_readOpenError = opened.error();
            return nullptr;
        }
        m_readDatabase = std::move(opened).value();
        QSqlQuery(m_readDatabase->connection()).exec(QStringLiteral("PRAGMA query_only = ON"));
    }
    return m_readDatabase.get();
}

} // namespace longhand
