#pragma once

#include "core/Error.h"
#include "core/domain/Site.h"
#include "core/sync/SyncEngine.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace longhand {

class AccountService;
class StorageExecutor;
class WordPressClient;

// Runs syncs for the connected blogs one after another: on request (Sync button) and periodically.
// The GUI only sees progress and results.
class SyncController final : public QObject
{
    Q_OBJECT

public:
    SyncController(AccountService& accounts, StorageExecutor& storage, QObject* parent = nullptr);
    ~SyncController() override;

    // 0 turns the periodic sync off.
    void setIntervalMinutes(int minutes);
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void syncAll();
    void cancel();

Q_SIGNALS:
    void started();
    void progressChanged(const QString& siteName, const longhand::SyncProgress& progress);
    void siteFinished(const QString& siteName, const longhand::Status& status);
    void finished();

private:
    void syncNext();

    AccountService& m_accounts;
    StorageExecutor& m_storage;
    QTimer m_timer;
    QList<Site> m_queue;
    std::shared_ptr<WordPressClient> m_client;
    std::unique_ptr<SyncEngine> m_engine;
    bool m_running = false;
};

} // namespace longhand
