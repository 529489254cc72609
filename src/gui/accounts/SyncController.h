#pragma once

#include "core/Error.h"
#include "core/domain/Site.h"
#include "core/moderation/TriageRules.h"
#include "core/sync/BlogWorkflow.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

namespace longhand {

class AccountService;
class OutboxLock;
class StorageExecutor;

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

    void setProfileRoot(const QString& root) { m_profileRoot = root; }
    void setTriageSettings(const TriageSettings& settings) { m_triage = settings; }
    const TriageSettings& triageSettings() const { return m_triage; }
    // Blogs left out of the periodic sync (Settings ▸ Blogs); Sync Now and Publish still reach them.
    void setPeriodicExcluded(const QSet<qint64>& siteIds) { m_periodicExcluded = siteIds; }
    // Blogs whose new held comments bring no notification after a periodic sync.
    void setQuietSites(const QSet<qint64>& siteIds) { m_quietSites = siteIds; }
    int intervalMinutes() const { return m_timer.isActive() ? m_timer.interval() / 60000 : 0; }

    // What a publication did, by the status the blog gave it: a draft saved or a review submitted is not
    // "published" ("Submitted for review:", "Scheduled:", …).
    static QString publishedText(const QString& blogStatus) { return BlogWorkflow::publishedText(blogStatus); }

public Q_SLOTS:
    void syncAll();
    // What the timer runs: the blogs in the periodic sync, waiting publications after their delay.
    void syncPeriodic() { startSync(false); }
    void cancel();
    // Queues the review for publication on its blog (or the only one) and pushes at once.
    void publish(qint64 postId);
    // Sends queued moderation actions now (after the moderator acted); offline they wait for the next sync.
    void pushComments();

Q_SIGNALS:
    // Another process holds the profile's outbox: nothing is sent from here until it lets go.
    void outboxBusy(const QString& holder);
    void started();
    void progressChanged(const QString& siteName, const longhand::SyncProgress& progress);
    void siteFinished(const QString& siteName, const longhand::Status& status);
    // The same, by id: connected or not, signed in or not (for the status bar).
    void siteSynced(qint64 siteId, const longhand::Status& status);
    // What publishing is doing now ("Uploading poster.png…"). Cancel stops publishing between its steps
    // (a request on the wire is finished first); nothing is pushed or pulled after.
    void publishStep(const QString& description);
    // Something was queued for or left the outbox: counts may have changed.
    void outboxChanged();
    void finished();
    void publishQueued(qint64 postId);
    void published(qint64 postId, const QString& link, const QString& status); // status: the blog's (publish, pending…)
    // The slug asked for belonged to another post; the blog gave this one another (message says which).
    void slugReplaced(qint64 postId, const QString& message);
    void publishFailed(qint64 postId, const longhand::Error& error, bool willRetry);
    // Comments in the cache changed from outside the queue (a pull, a replay's outcome).
    void commentsChanged();
    void commentActionOverruled(qint64 commentId, const QString& message);
    void commentActionFailed(qint64 commentId, const longhand::Error& error, bool willRetry);
    // A sync brought held comments not seen before; userAsked is false for the periodic sync.
    void newPendingComments(int count, bool userAsked);
    // Every pull of a blog that finished, with the held comments it brought that were not seen before (for the summary).
    void commentsPulled(qint64 siteId, int newPending);
    // The blog no longer has these posts (a sync or a publication found out): unlinked, kept locally.
    void postsGoneFromBlog(const QList<longhand::GonePost>& posts);

private:
    // userAsked: Sync Now or Publish, where waiting publications go at once; the timer keeps their delays.
    void startSync(bool userAsked);
    void syncNext();
    void pushThenPull(const Site& site);
    void pushNextSite();
    // One blog's workflow, its signals passed on as this controller's.
    std::unique_ptr<BlogWorkflow> makeWorkflow(bool userAsked);
    // The profile's outbox lock, shared by this process's sync and push; false when another process holds it.
    bool takeOutbox();
    void releaseOutbox();
    static constexpr int kOutboxBusyRetryMs = 10000;

    AccountService& m_accounts;
    StorageExecutor& m_storage;
    QTimer m_timer;
    QList<Site> m_queue;
    std::unique_ptr<BlogWorkflow> m_workflow;     // the blog being synced
    std::unique_ptr<BlogWorkflow> m_pushWorkflow; // the blog whose moderation actions are being sent
    QString m_profileRoot;
    std::unique_ptr<OutboxLock> m_outboxLock; // the profile's one-sender lock (see OutboxLock)
    int m_outboxHolds = 0;                    // this process's sync and push share one hold
    bool m_running = false;
    bool m_again = false; // asked to sync while syncing: once more afterwards
    bool m_userAsked = false;
    bool m_pushing = false;
    bool m_pushAgain = false;
    QList<Site> m_pushQueue;
    TriageSettings m_triage;
    QSet<qint64> m_periodicExcluded;
    QSet<qint64> m_quietSites;
};

} // namespace longhand
