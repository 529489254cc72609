#include "core/library/ReviewLibrary.h"

#include "core/storage/AppStateRepository.h"
#include "core/storage/PostRepository.h"
#include "core/storage/PublishRepository.h"
#include "core/storage/StorageExecutor.h"

#include <QCoreApplication>

namespace longhand {

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
    return m_storage.run([this, clock = m_clock, post](Database& db) {
        auto created = PostRepository(db, clock).create(post);
        if (created) {
            Q_EMIT reviewsChanged();
        }
        return created;
    });
}

QFuture<Status> ReviewLibrary::save(const Post& post)
{
    return m_storage.run([this, clock = m_clock, post](Database& db) {
        auto saved = PostRepository(db, clock).update(post);
        if (saved) {
            Q_EMIT reviewsChanged();
        }
        return saved;
    });
}

QFuture<Result<qint64>> ReviewLibrary::duplicate(qint64 id)
{
    const QString suffix = QCoreApplication::translate("ReviewLibrary", " (copy)");
    return m_storage.run([this, clock = m_clock, id, suffix](Database& db) {
        auto copied = PostRepository(db, clock).duplicate(id, suffix);
        if (copied) {
            Q_EMIT reviewsChanged();
        }
        return copied;
    });
}

QFuture<Status> ReviewLibrary::moveToTrash(qint64 id)
{
    return m_storage.run([this, clock = m_clock, id](Database& db) {
        auto done = PostRepository(db, clock).moveToTrash(id);
        if (done) {
            Q_EMIT reviewsChanged();
        }
        return done;
    });
}

QFuture<Status> ReviewLibrary::restoreFromTrash(qint64 id)
{
    return m_storage.run([this, clock = m_clock, id](Database& db) {
        auto done = PostRepository(db, clock).restoreFromTrash(id);
        if (done) {
            Q_EMIT reviewsChanged();
        }
        return done;
    });
}

QFuture<Status> ReviewLibrary::deleteForever(qint64 id)
{
    return m_storage.run([this, clock = m_clock, id](Database& db) {
        auto done = PostRepository(db, clock).deleteForever(id);
        if (done) {
            Q_EMIT reviewsChanged();
        }
        return done;
    });
}

QFuture<Result<QStringList>> ReviewLibrary::titles()
{
    return m_storage.run([clock = m_clock](Database& db) { return PostRepository(db, clock).titles(); });
}

QFuture<Result<QStringList>> ReviewLibrary::termNames(const QString& taxonomy)
{
    return m_storage.run([clock = m_clock, taxonomy](Database& db) { return PostRepository(db, clock).termNames(taxonomy); });
}

QFuture<Result<std::optional<Post>>> ReviewLibrary::findByTitle(const QString& title)
{
    return m_storage.run([clock = m_clock, title](Database& db) { return PostRepository(db, clock).findByTitle(title); });
}

QFuture<Status> ReviewLibrary::acceptMerge(qint64 id, const QString& mergedHtml)
{
    return m_storage.run([this, clock = m_clock, id, mergedHtml](Database& db) {
        auto done = PublishRepository(db, clock).acceptMerge(id, mergedHtml);
        if (done) {
            Q_EMIT reviewsChanged();
        }
        return done;
    });
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
