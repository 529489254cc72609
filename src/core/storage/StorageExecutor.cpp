#include "core/storage/StorageExecutor.h"

#include <QMetaObject>

namespace longhand {

StorageExecutor::StorageExecutor(QString databasePath)
    : m_path(std::move(databasePath))
{
    m_thread.setObjectName(QStringLiteral("longhand-storage"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

StorageExecutor::~StorageExecutor()
{
    post([this] { m_database.reset(); });
    waitForIdle();
    m_thread.quit();
    m_thread.wait();
}

void StorageExecutor::post(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_worker, std::move(task), Qt::QueuedConnection);
}

void StorageExecutor::waitForIdle()
{
    auto promise = std::make_shared<QPromise<void>>();
    QFuture<void> done = promise->future();
    promise->start();
    post([promise] { promise->finish(); });
    done.waitForFinished();
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

} // namespace longhand
