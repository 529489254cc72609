#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/domain/RemoteValues.h"
#include "core/domain/Site.h"
#include "core/media/ImagePreparation.h"
#include "core/moderation/TriageRules.h"
#include "core/storage/PostRepository.h"
#include "core/sync/SyncEngine.h"

#include <QFlags>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace longhand {

class AccountService;
class BlogClient;
class CommentReplayer;
class Database;
class Publisher;
class StorageExecutor;

// What one run of a blog's workflow did (BlogWorkflow::finished).
struct WorkflowReport
{
    bool reachedBlog = false;   // signed in; false: nothing was sent or pulled (status says why)
    bool pulled = false;        // the pull ran to its end
    int items = 0;              // items the pull stored
    int newPendingComments = 0; // held comments not seen before
    int postsGone = 0;          // posts the pull found deleted or trashed on the blog
    int publicationsFailed = 0; // queued reviews not published in this run (still queued or refused)
    int commentActionsFailed = 0;
};

// One blog's sync and publish, the same for the app and the command line: connect (the blog's backend, signed in),
// send the queued publications, then the queued moderation actions, then pull. Which steps run is the caller's
// (the app's push after a key sends only moderation; a second sender of the profile only pulls); everything else —
// the blog's settings for images and block markup, retry delays, the order, stopping after a cancel — is decided
// here. The GUI and the CLI only show its signals.
class BlogWorkflow final : public QObject
{
    Q_OBJECT

public:
    enum class Step { Publish = 0x1, Moderation = 0x2, Pull = 0x4 };
    Q_DECLARE_FLAGS(Steps, Step)
    static constexpr Steps everything() { return Steps(Step::Publish) | Step::Moderation | Step::Pull; }

    // Images for a blog made ready for upload (ImagePreparer::forBlog); core cannot build them (no QtGui).
    using ImagePreparationFor = std::function<ImagePreparation(qint64 siteId)>;

    BlogWorkflow(AccountService& accounts, StorageExecutor& storage, QString profileRoot, QObject* parent = nullptr);
    ~BlogWorkflow() override;

    void setImagePreparation(ImagePreparationFor prepare) { m_prepareImages = std::move(prepare); }
    void setTriageSettings(const TriageSettings& settings) { m_triage = settings; }
    // Asked for now (Sync Now, Publish, the command line): what waits is tried at once, not after its retry delay.
    void setUserAsked(bool asked) { m_userAsked = asked; }
    // The reviews come from files publishing does not write (longhand-cli publish FILE.md; see Publisher).
    void setSourceIsAFile(bool file) { m_sourceIsAFile = file; }
    void setClock(std::shared_ptr<Clock> clock) { m_clock = std::move(clock); }

    bool isRunning() const { return m_running; }
    // The blog as its connection knows it (after run() reached it).
    const Site& site() const { return m_site; }

    // Runs the steps for the blog; finished() follows, once.
    void run(qint64 siteId, Steps steps);
    // Stops at the next safe point (a request on the wire is finished and recorded; see Publisher::cancel);
    // nothing after the current step runs; finished() reports Cancelled.
    void cancel();

    // What a publication asks for when the account may not publish (a contributor).
    enum class MayNotPublish {
        Submit, // submitted for review, as the app's action then says ("Submit for Review")
        AsIs,   // the status as written (a file's front matter): the blog refuses it and the writer is told
    };
    // Queues a stored review for publication, atomically: on siteId, else the review's blog, else the only
    // connected one (never a blog the writer did not choose). The status the writer chose is what the blog gets
    // (a review dated ahead is scheduled). Returns the blog.
    static Result<qint64> queuePublication(Database& db, qint64 postId, qint64 siteId = 0,
                                           MayNotPublish mayNot = MayNotPublish::Submit);
    // The blog's word for what a publication did, by the status it gave it ("Submitted for review:", …).
    static QString publishedText(const QString& blogStatus);

Q_SIGNALS:
    void progressChanged(const longhand::SyncProgress& progress);
    // What publishing is doing now ("Uploading poster.png…").
    void publishStep(const QString& description);
    void published(qint64 postId, const longhand::RemotePost& remote);
    void publishFailed(qint64 postId, const longhand::Error& error, bool willRetry);
    void slugReplaced(qint64 postId, const QString& message);
    void mergedWebEdits(qint64 postId, const QString& message);
    void postsGoneFromBlog(const QList<longhand::GonePost>& posts);
    void commentActionPushed(qint64 commentId);
    void commentActionOverruled(qint64 commentId, const QString& message);
    void commentActionFailed(qint64 commentId, const longhand::Error& error, bool willRetry);
    // Comments in the cache changed (a replay's outcome, a pull).
    void commentsChanged();
    // Something left the outbox (or failed in it): counts may have changed.
    void outboxChanged();
    // status: the first thing that stopped the run (not signed in, cancelled, the pull's failure); a publication or
    // comment action that failed is reported by its own signal and counted in the report, not here.
    void finished(const longhand::Status& status, const longhand::WorkflowReport& report);

private:
    void connected(const Result<std::shared_ptr<BlogClient>>& client);
    void blockSupportStepRun();
    void publishStepRun();
    void moderationStepRun();
    void pullStepRun();
    void finish(const Status& status);
    bool cancelled() const { return m_cancelled; }

    AccountService& m_accounts;
    StorageExecutor& m_storage;
    QString m_profileRoot;
    std::shared_ptr<Clock> m_clock = Clock::system();
    ImagePreparationFor m_prepareImages;
    TriageSettings m_triage;
    bool m_userAsked = false;
    bool m_sourceIsAFile = false;

    Site m_site;
    Steps m_steps;
    bool m_running = false;
    bool m_cancelled = false;
    WorkflowReport m_report;
    std::shared_ptr<BlogClient> m_client;
    QPointer<Publisher> m_publisher;
    QPointer<CommentReplayer> m_replayer;
    std::unique_ptr<SyncEngine> m_engine;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(BlogWorkflow::Steps)

} // namespace longhand
