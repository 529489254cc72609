#pragma once

#include "core/Error.h"
#include "core/domain/Post.h"
#include "core/markdown/FrontMatter.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace longhand {

class Database;

// A review kept as a file (in a folder under git, say) names its post in its front matter: the blog, the post's
// id there and the blog's modified time of the version it was written from. The profile keeps that version
// (text and the fields Longhand shows) for each file written, so that publishing the file later merges what the
// web changed since, and sends only what the file changed, even when a sync has moved the cache on meanwhile.
// Runs on the storage thread.
class FileLink final
{
public:
    // The blog an address in front matter names: the same scheme, host (any case), port and path (with or
    // without a trailing slash) as the blog's address.
    static bool sameBlog(const QUrl& blogAddress, const QString& written);

    // Keeps the version the review's edit began from (its base), under its modified time.
    // Only the last kKeptBases versions of a post are kept.
    static constexpr int kKeptBases = 5;
    static Status rememberBase(Database& db, const Post& post);

    // The review that is post remoteId of the blog, updated with what the file holds (fromFile), with the base
    // the file was written from (modified; nullopt: the profile's). Errors, with nothing changed:
    // NotFound when this profile does not have the post yet (sync first); Conflict when the review has changes
    // made elsewhere (in the app, another file) that are not on the blog, or when the blog's copy moved on and
    // the version the file was written from is not known here.
    // The post options (format, sticky, ...) the file's front matter leaves out keep the review's values.
    static Result<qint64> adopt(Database& db, qint64 siteId, const Post& fromFile, qint64 remoteId,
                                const std::optional<QDateTime>& modified, const QString& sourcePath,
                                const FrontMatter& frontMatter);

    static QString sourceKey(qint64 postId);     // app_state: the file a review was last published from
    static QString fileKey(const QString& path); // app_state: the review a file was last published as
};

} // namespace longhand
