#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/domain/Post.h"

#include <QList>

#include <memory>
#include <optional>

namespace longhand {

class Database;

// Reviews in the local cache: the drafts, their metadata and the local trash.
class PostRepository final
{
public:
    explicit PostRepository(Database& database, std::shared_ptr<Clock> clock = Clock::system());

    // Stores a new review and returns its local id; created/updated times come from the clock.
    Result<qint64> create(const Post& post);
    // Saves every field of an existing review and stamps updatedAt.
    Status update(const Post& post);
    Result<Post> load(qint64 id);
    // Newest change first; search matches words (and word prefixes) of title and text.
    Result<QList<PostSummary>> list(const PostFilter& filter);
    Result<qint64> duplicate(qint64 id, const QString& copySuffix);
    Status moveToTrash(qint64 id);
    Status restoreFromTrash(qint64 id);
    Status deleteForever(qint64 id);
    // Titles of the other live reviews, for the "you may also like" completion.
    Result<QStringList> titles();
    // Category or tag names used so far ("category" or "post_tag"), for completion.
    Result<QStringList> termNames(const QString& taxonomy);
    // A review with exactly this title (case-insensitive), if one is known.
    Result<std::optional<Post>> findByTitle(const QString& title);

private:
    Status saveTerms(const Post& post);
    Status loadTerms(Post& post);

    Database& m_database;
    std::shared_ptr<Clock> m_clock;
};

// The FTS5 query for what a user typed: each word quoted and matched as a prefix.
QString ftsQueryFor(const QString& userText);

} // namespace longhand
