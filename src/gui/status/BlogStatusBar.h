#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/domain/Site.h"
#include "core/storage/OutboxCounts.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <memory>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace longhand {

class AccountService;
class StorageExecutor;
class SyncController;

// The status bar's picture of the blogs: one indicator per connected blog (its name and whether it
// was reachable at the last sync: online, offline, signed out or error; the tooltip has the last error
// and "Synced 3 min ago"), what waits in the outbox (a click opens it) and the last sync. Sites and
// counts are read through the storage thread; refreshed after syncs, publishes and moderation actions.
class BlogStatusBar final : public QWidget
{
    Q_OBJECT

public:
    enum class State { Unknown, Online, Offline, SignedOut, Failed };

    BlogStatusBar(AccountService& accounts, StorageExecutor& storage, SyncController& sync,
                  std::shared_ptr<Clock> clock = Clock::system(), QWidget* parent = nullptr);

    State stateOf(qint64 siteId) const { return m_states.value(siteId).state; }
    // While the status bar shows a message, each blog is only its coloured dot and state word (the
    // name stays in the tooltip and the accessible name) and the last sync is hidden, so the message
    // has the room; a QStatusBar this sits in switches it by itself.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    OutboxCounts outboxCounts() const { return m_counts; }

    static State stateFor(const Status& status);
    // "just now", "3 min ago", "2 h ago", or the date.
    static QString relativeTime(const QDateTime& then, const QDateTime& now);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void outboxClicked();
    // A refresh finished (for tests and for whoever waits on the counts).
    void refreshed();

protected:
    bool event(QEvent* event) override;

private:
    struct SiteState
    {
        State state = State::Unknown;
        QString lastError;
    };

    void rebuild(const QList<Site>& sites);
    void updateTexts();
    void siteSynced(qint64 siteId, const Status& status);

    AccountService& m_accounts;
    StorageExecutor& m_storage;
    std::shared_ptr<Clock> m_clock;
    QHBoxLayout* m_blogs;
    QToolButton* m_outbox;
    QLabel* m_lastSync;
    QHash<qint64, QLabel*> m_indicators;
    QHash<qint64, SiteState> m_states;
    QList<Site> m_sites;
    OutboxCounts m_counts;
    QTimer m_tick; // "3 min ago" ages
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    bool m_compact = false;
    QMetaObject::Connection m_messages;
};

} // namespace longhand
