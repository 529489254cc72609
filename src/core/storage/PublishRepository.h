#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/domain/Outbox.h"
#include "core/domain/RemoteValues.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace longhand {

class Database;

// One pending remote operation. Written in the same transaction as the local change it carries,
// replayed in order per post; survives restarts.
struct OutboxEntry
{
    qint64 id = 0;
    qint64 siteId = 0;
    QString entity;     // "post" or "comment"
    qint64 entityId = 0;
    OutboxOperation operation = OutboxOperation::Unknown; // with entity, outbox.operation
    QString payload;    // JSON; for publish: {"status": "publish" | "draft" | "pending" | "private", "token": "lh…" once sent}
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString state;      // "pending" or "failed" (needs the user: retry or discard)
    QString lastError;
    QDateTime createdAt;
};

struct UploadedMedia
{
    qint64 remoteId = 0;
    QString sourceUrl;
};

// The storage side of publishing: the outbox, what was already uploaded or created (so a retry
// never uploads or creates twice), and the post's new remote state.
class PublishRepository final
{
public:
    explicit PublishRepository(Database& database, std::shared_ptr<Clock> clock = Clock::system());

    // Attaches the review to the blog (if it is not yet) and queues its publication, atomically.
    // status is what the writer asked for: "publish" (scheduled when the date is ahead) by default.
    Result<qint64> enqueuePublish(qint64 postId, qint64 siteId, const QString& requestedStatus = QStringLiteral("publish"));
    Result<QList<OutboxEntry>> entries(std::optional<qint64> siteId = std::nullopt);
    Status recordFailure(qint64 entryId, const QString& message, bool permanent, const QDateTime& nextAttempt);
    Status retry(qint64 entryId);   // a failed entry becomes pending again
    Status complete(qint64 entryId);
    Status discard(qint64 entryId);

    Result<std::optional<UploadedMedia>> uploadedMedia(qint64 siteId, const QString& sha256);
    Status recordUpload(qint64 siteId, const QString& sha256, const QString& localPath, const RemoteMedia& media);
    Result<std::optional<qint64>> termId(qint64 siteId, const QString& taxonomy, const QString& name);
    Status recordTerm(qint64 siteId, const QString& taxonomy, qint64 remoteId, const QString& name);
    // The post is on the server now: remember its id, address and the version just written.
    // requestedSlug: the slug asked for; when the blog gave another (it was taken), it is kept so that publishing
    // the same file again finds this review. notice: shown with the review (empty clears an old one).
    Status markPublished(qint64 postId, qint64 siteId, const RemotePost& remote, const QString& renderedHtml,
                         const QString& requestedSlug = {}, const QString& notice = {});
    // The token of a publication (in its outbox payload): written into the post it creates, and the only way a
    // create whose answer was lost is recognised. Stored before the create is sent; kept when it is queued again.
    static QString publicationToken(const QString& payload);
    Status recordPublicationToken(qint64 entryId, const QString& token);
    // A create or an upload is recorded (what: "post", or "media:" and the image's hash) just before it is sent,
    // with the token it carries when there is one. A server goes on with a request whose client is gone, so
    // when the answer is lost a retry knows since when the server may still be making it.
    Status recordAttempt(qint64 entryId, const QString& what, const QString& token = {});
    static QDateTime attemptSentAt(const QString& payload, const QString& what);
    // The server answered it with a refusal (4xx): it made nothing, nothing to wait for.
    Status forgetAttempt(qint64 entryId, const QString& what);
    // The web's current version, met while publishing (kept for the merge view; never lost).
    Status recordRemoteVersion(qint64 postId, const RemotePost& remote);
    // The writer merged the web's version into theirs: the result becomes the text (in the review's own format:
    // Markdown stays Markdown), and the web version it was merged with becomes the new base.
    Status acceptMerge(qint64 postId, const QString& mergedText);
    // A publication merged the web's edits into the review: its text becomes merged, unless the writer changed it
    // since it was read (body is no longer expectedBody): then false, and nothing is changed.
    Result<bool> storeMergedSource(qint64 postId, const QString& expectedBody, const QString& merged);
    // The writer's newer text lacks the web's edits just published: the base becomes the HTML of their text before
    // the merge, with a base date the blog's never equals, so the next publication merges those edits in again.
    Status mergeAgainLater(qint64 postId, const QString& unmergedHtml);
    // A review written in Longhand for this blog with this slug, or that asked for it (so publishing the same
    // file again updates it); never a post pulled from the blog.
    Result<std::optional<qint64>> findLocalBySlug(qint64 siteId, const QString& slug);
    // The review that is the blog's post remoteId, if this profile has it.
    Result<std::optional<qint64>> findByRemoteId(qint64 siteId, qint64 remoteId);
    // The blog's version an edit began from (a review file names the one it was written from): the next
    // publication merges the web's changes since then and sends only the fields changed from these.
    Status setBase(qint64 postId, const QDateTime& modifiedGmt, const QString& content, const QString& fields,
                   const std::optional<QString>& remoteContent);
    // A link for "you may also like": the permalink of a published review with that title.
    Result<QString> permalinkForTitle(qint64 siteId, const QString& title);

private:
    Status editPayload(qint64 entryId, const std::function<void(QJsonObject&)>& edit);
    Database& m_database;
    std::shared_ptr<Clock> m_clock;
};

} // namespace longhand
