#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/domain/MediaItem.h"
#include "core/domain/Post.h"
#include "core/domain/RemoteValues.h"

#include <QFuture>
#include <QObject>

#include <memory>
#include <optional>

namespace longhand {

class StorageExecutor;

// The reviews in the local cache, asynchronously: every call runs on the storage thread and
// answers with a QFuture (chain .then(context, …) to get back to the GUI thread). Widgets talk
// to this, never to SQL.
class ReviewLibrary final : public QObject
{
    Q_OBJECT

public:
    ReviewLibrary(StorageExecutor& storage, std::shared_ptr<Clock> clock, QObject* parent = nullptr);

    QFuture<Result<QList<PostSummary>>> list(const PostFilter& filter);
    QFuture<Result<Post>> load(qint64 id);
    QFuture<Result<qint64>> create(const Post& post);
    QFuture<Status> save(const Post& post);
    QFuture<Result<qint64>> duplicate(qint64 id);
    QFuture<Status> moveToTrash(qint64 id);
    QFuture<Status> restoreFromTrash(qint64 id);
    QFuture<Status> deleteForever(qint64 id);
    QFuture<Result<QStringList>> titles();
    // "You may also like" suggestions for a review, best first (RelatedReviews: shared terms, text similarity).
    QFuture<Result<QStringList>> relatedTitles(qint64 id);
    QFuture<Result<QString>> mediaLabel(qint64 siteId, qint64 remoteId);
    // A page of the blogs' media libraries (MediaRepository::list), newest upload first.
    QFuture<Result<QList<MediaItem>>> mediaLibrary(const MediaFilter& filter);
    QFuture<Result<std::optional<MediaItem>>> mediaItem(qint64 siteId, qint64 remoteId);
    QFuture<Result<QStringList>> termNames(const QString& taxonomy);
    // One blog's categories (first) and tags (second) as the cache knows them.
    QFuture<Result<std::pair<QStringList, QStringList>>> blogTerms(qint64 siteId);
    QFuture<Result<std::optional<Post>>> findByTitle(const QString& title);
    // One blog's users (the author choices of a review on it).
    QFuture<Result<QList<RemoteUser>>> blogUsers(qint64 siteId);
    // One blog's pages as (page id, title): a page's parent choices.
    QFuture<Result<QList<std::pair<qint64, QString>>>> blogPages(qint64 siteId);

    // The writer's merge of a web edit becomes the text (Markdown stays Markdown) and the web version the new base.
    QFuture<Status> acceptMerge(qint64 id, const QString& mergedText);
    // A web post made Markdown (only while its text is still html: false otherwise), and back (PostRepository).
    QFuture<Result<bool>> convertToMarkdown(qint64 id, const QString& html, const QString& markdown);
    QFuture<Result<bool>> undoConversion(qint64 id);
    QFuture<Result<bool>> hasConvertedHtml(qint64 id);

    // Crash-safe UI state (which review is open).
    QFuture<Result<QString>> stateValue(const QString& key);
    QFuture<Status> setStateValue(const QString& key, const QString& value);

    // Something else (a sync) changed the reviews: tell the lists.
    void notifyExternalChange() { Q_EMIT reviewsChanged(); }
    // A sync of this blog may have stored media: open media lists should look again.
    void notifyMediaChanged(qint64 siteId) { Q_EMIT mediaChanged(siteId); }

Q_SIGNALS:
    // A review was created, saved, duplicated, trashed, restored or deleted: lists should refresh.
    void reviewsChanged();
    // A blog's media library in the cache may have changed (notifyMediaChanged).
    void mediaChanged(qint64 siteId);

private:
    template <typename Fn>
    auto changing(Fn&& change);

    StorageExecutor& m_storage;
    std::shared_ptr<Clock> m_clock;
};

} // namespace longhand
