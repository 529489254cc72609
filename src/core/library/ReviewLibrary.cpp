#include "core/library/ReviewLibrary.h"

#include "core/storage/AppStateRepository.h"
#include "core/storage/MediaRepository.h"
#include "core/storage/PostRepository.h"
#include "core/storage/PublishRepository.h"
#include "core/storage/RelatedReviews.h"
#include "core/storage/StorageExecutor.h"

#include <QCoreApplication>

namespace longhand {

template <typename Fn>
auto ReviewLibrary::changing(Fn&& change)
{
    // A change that succeeded is announced, so every list of reviews refreshes.
    return m_storage.run([this, change = std::forward<Fn>(change)](Database& db) {
        auto result = change(db);
        if (result) {
            Q_EMIT reviewsChanged();
        }
        return result;
    });
}

ReviewLibrary::ReviewLibrary(StorageExecutor& storage, std::shared_ptr<Clock> clock, QObject* parent)
    : QObject(parent)
    , m_storage(storage)
    , m_clock(std::move(clock))
{
}

QFuture<Result<QList<PostSummary>>> ReviewLibrary::list(const PostFilter& filter)
{
    return m_storage.run([clock = m_clock, filter](Database& db) { return PostRepository(db, clock).list(filter); });
}

QFuture<Result<Post>> ReviewLibrary::load(qint64 id)
{
    return m_storage.run([clock = m_clock, id](Database& db) { return PostRepository(db, clock).load(id); });
}

QFuture<Result<qint64>> ReviewLibrary::create(const Post& post)
{
    return changing([clock = m_clock, post](Database& db) { return PostRepository(db, clock).create(post); });
}

QFuture<Status> ReviewLibrary::save(const Post& post)
{
    return changing([clock = m_clock, post](Database& db) { return PostRepository(db, clock).update(post); });
}

QFuture<Result<qint64>> ReviewLibrary::duplicate(qint64 id)
{
    const QString suffix = QCoreApplication::translate("ReviewLibrary", " (copy)");
    return changing([clock = m_clock, id, suffix](Database& db) { return PostRepository(db, clock).duplicate(id, suffix); });
}

QFuture<Status> ReviewLibrary::moveToTrash(qint64 id)
{
    return changing([clock = m_clock, id](Database& db) { return PostRepository(db, clock).moveToTrash(id); });
}

QFuture<Status> ReviewLibrary::restoreFromTrash(qint64 id)
{
    return changing([clock = m_clock, id](Database& db) { return PostRepository(db, clock).restoreFromTrash(id); });
}

QFuture<Status> ReviewLibrary::deleteForever(qint64 id)
{
    return changing([clock = m_clock, id](Database& db) { return PostRepository(db, clock).deleteForever(id); });
}

QFuture<Result<QStringList>> ReviewLibrary::titles()
{
    return m_storage.run([clock = m_clock](Database& db) { return PostRepository(db, clock).titles(); });
}

QFuture<Result<QStringList>> ReviewLibrary::relatedTitles(qint64 id)
{
    return m_storage.run([id](Database& db) { return RelatedReviews(db).titlesFor(id); });
}

QFuture<Result<QString>> ReviewLibrary::mediaLabel(qint64 siteId, qint64 remoteId)
{
    return m_storage.run([clock = m_clock, siteId, remoteId](Database& db) { return PostRepository(db, clock).mediaLabel(siteId, remoteId); });
}

QFuture<Result<QList<MediaItem>>> ReviewLibrary::mediaLibrary(const MediaFilter& filter)
{
    return m_storage.run([filter](Database& db) { return MediaRepository(db).list(filter); });
}

QFuture<Result<std::optional<MediaItem>>> ReviewLibrary::mediaItem(qint64 siteId, qint64 remoteId)
{
    return m_storage.run([siteId, remoteId](Database& db) { return MediaRepository(db).find(siteId, remoteId); });
}

QFuture<Result<QList<RemoteUser>>> ReviewLibrary::blogUsers(qint64 siteId)
{
    return m_storage.run([clock = m_clock, siteId](Database& db) { return PostRepository(db, clock).blogUsers(siteId); });
}

QFuture<Result<QList<std::pair<qint64, QString>>>> ReviewLibrary::blogPages(qint64 siteId)
{
    return m_storage.run([clock = m_clock, siteId](Database& db) { return PostRepository(db, clock).blogPages(siteId); });
}

QFuture<Result<QStringList>> ReviewLibrary::termNames(const QString& taxonomy)
{
    return m_storage.run([clock = m_clock, taxonomy](Database& db) { return PostRepository(db, clock).termNames(taxonomy); });
}

QFuture<Result<std::pair<QStringList, QStringList>>> ReviewLibrary::blogTerms(qint64 siteId)
{
    return m_storage.run([clock = m_clock, siteId](Database& db) -> Result<std::pair<QStringList, QStringList>> {
        PostRepository posts(db, clock);
        auto categories = posts.blogTermNames(siteId, QStringLiteral("category"));
        if (!categories) {
            return categories.error();
        }
        auto tags = posts.blogTermNames(siteId, QStringLiteral("post_tag"));
        if (!tags) {
            return tags.error();
        }
        return std::pair {categories.value(), tags.value()};
    });
}

QFuture<Result<std::optional<Post>>> ReviewLibrary::findByTitle(const QString& title)
{
    return m_storage.run([clock = m_clock, title](Database& db) { return PostRepository(db, clock).findByTitle(title); });
}

QFuture<Status> ReviewLibrary::acceptMerge(qint64 id, const QString& mergedText)
{
    return changing([clock = m_clock, id, mergedText](Database& db) { return PublishRepository(db, clock).acceptMerge(id, mergedText); });
}

QFuture<Result<bool>> ReviewLibrary::convertToMarkdown(qint64 id, const QString& html, const QString& markdown)
{
    return changing([clock = m_clock, id, html, markdown](Database& db) {
        return PostRepository(db, clock).convertToMarkdown(id, html, markdown);
    });
}

QFuture<Result<bool>> ReviewLibrary::undoConversion(qint64 id)
{
    return changing([clock = m_clock, id](Database& db) { return PostRepository(db, clock).undoConversion(id); });
}

QFuture<Result<bool>> ReviewLibrary::hasConvertedHtml(qint64 id)
{
    return m_storage.run([clock = m_clock, id](Database& db) { return PostRepository(db, clock).hasConvertedHtml(id); });
}

QFuture<Result<QString>> ReviewLibrary::stateValue(const QString& key)
{
    return m_storage.run([key](Database& db) { return AppStateRepository(db).value(key); });
}

QFuture<Status> ReviewLibrary::setStateValue(const QString& key, const QString& value)
{
    return m_storage.run([key, value](Database& db) { return AppStateRepository(db).setValue(key, value); });
}

} // namespace longhand
