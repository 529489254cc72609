#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/domain/Post.h"
#include "core/domain/RemoteValues.h"

#include <QList>
#include <QSet>

#include <memory>
#include <optional>

namespace longhand {

class Database;

// A post the blog no longer has, as the cache handled it.
struct GonePost
{
    qint64 id = 0;            // local id
    qint64 remoteId = 0;      // the blog's id it had
    QString title;
    bool trashedOnBlog = false; // in the blog's trash (else deleted for good, or no longer visible to this account)
    bool keptAsDraft = false;   // unpushed edits or queued publication: kept as a local draft; else moved to the local trash
    PostType type = PostType::Post; // a page (PageReconciler) or a post
};

// The sentences written for gone posts; %1 is the title.
struct GoneTexts
{
    QString deletedNotice;   // on a post deleted on the blog
    QString trashedNotice;   // on a post moved to the blog's trash
    QString outboxMessage;   // on its queued publication, which now waits for the user
};

// A blog post as the cache last saw it: its id, modification date and the blog's status.
struct CachedPostStamp
{
    qint64 remoteId = 0;
    QDateTime modifiedGmt;
    QString status;
};

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
    // A web post (HTML) becomes Markdown: only while its text is still `html` and its format HTML (false otherwise,
    // nothing changed). The HTML is kept (app_state convertedHtmlKey) until the post is published or the conversion
    // undone. PostConversion.cpp.
    Result<bool> convertToMarkdown(qint64 id, const QString& html, const QString& markdown);
    // Back to the HTML convertToMarkdown kept (the Markdown, with any edit made since, is replaced); false when none
    // is kept.
    Result<bool> undoConversion(qint64 id);
    // Whether convertToMarkdown kept the HTML of this review (it can be undone).
    Result<bool> hasConvertedHtml(qint64 id);
    static QString convertedHtmlKey(qint64 id) { return QStringLiteral("webpost/converted_html/%1").arg(id); }
    // Newest change first; search matches words (and word prefixes) of title and text.
    Result<QList<PostSummary>> list(const PostFilter& filter);
    Result<qint64> duplicate(qint64 id, const QString& copySuffix);
    Status moveToTrash(qint64 id);
    Status restoreFromTrash(qint64 id);
    Status deleteForever(qint64 id);
    // Titles of the other live reviews, for the "you may also like" completion.
    Result<QStringList> titles();
    // A blog image the cache knows (a post's featured image set on the web): its title, else its file name; empty
    // when it is not in the cache.
    Result<QString> mediaLabel(qint64 siteId, qint64 remoteId);
    // Category or tag names used so far ("category" or "post_tag"), for completion.
    Result<QStringList> termNames(const QString& taxonomy);
    // The names of one blog's terms of a taxonomy as the last sync saw them (not the reviews' own).
    Result<QStringList> blogTermNames(qint64 siteId, const QString& taxonomy);
    // One blog's users as the last sync saw them (id, name, slug; no roles), by name: the author choices.
    Result<QList<RemoteUser>> blogUsers(qint64 siteId);
    // One blog's pages as (the blog's page id, title), by title: a page's parent choices.
    Result<QList<std::pair<qint64, QString>>> blogPages(qint64 siteId);
    // A review with exactly this title (case-insensitive), if one is known.
    Result<std::optional<Post>> findByTitle(const QString& title);

    // Blog posts in the cache modified in (from, to]: what the posts probe compares with.
    Result<int> countChangedBetween(qint64 siteId, const QDateTime& from, const QDateTime& to);
    // Blog posts in the cache modified after `after` (scheduled posts carry their future date as their
    // modification date): id, date and the blog's status, for the posts probe.
    Result<QList<CachedPostStamp>> stampsAfter(qint64 siteId, const QDateTime& after);
    // The newest modification date of a blog post in the cache that is not scheduled: where a high water
    // mark left in the future by an earlier version is brought back to.
    Result<QDateTime> newestNotScheduled(qint64 siteId);
    // The blog's ids of this blog's posts (or pages) that the cache holds linked (also those in the local trash).
    Result<QList<qint64>> linkedRemoteIds(qint64 siteId, PostType type = PostType::Post);
    // The blog no longer has these posts (by remote id): each is unlinked from its dead id (so a later
    // publish creates a new post), gets a notice and becomes a draft. One with unpushed edits or a queued
    // publication stays among the drafts, dirty, and its queued publication waits for the user (failed,
    // with outboxMessage); one with nothing unpushed moves to the local trash, restorable. One transaction.
    Result<QList<GonePost>> detachGoneFromBlog(qint64 siteId, const QList<qint64>& remoteIds, const QSet<qint64>& trashedOnBlog,
                                               const GoneTexts& texts);

private:
    Status saveTerms(const Post& post);
    Status loadTerms(Post& post);

    Database& m_database;
    std::shared_ptr<Clock> m_clock;
};

// The FTS5 query for what a user typed: each word quoted and matched as a prefix.
QString ftsQueryFor(const QString& userText);

} // namespace longhand

Q_DECLARE_METATYPE(longhand::GonePost)
