#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace longhand {

enum class PostStatus { Draft, Pending, Private, Publish, Future };
enum class SourceFormat { Markdown, Html };
// WordPress's post types Longhand writes: a post (in the blog's stream) or a page (issue 15 item 1).
enum class PostType { Post, Page };

QString postStatusToString(PostStatus status);
std::optional<PostStatus> postStatusFromString(const QString& text);
QString sourceFormatToString(SourceFormat format);
std::optional<SourceFormat> sourceFormatFromString(const QString& text);
QString postTypeToString(PostType type); // WordPress's words: "post", "page"
std::optional<PostType> postTypeFromString(const QString& text);

// A review (a WordPress post) as Longhand keeps it: the Markdown source is the truth,
// the remote fields say which server version it was edited from.
struct Post
{
    qint64 id = 0;          // local row id; 0 = not stored yet
    qint64 siteId = 0;      // 0 = local only, not connected to a blog
    qint64 remoteId = 0;    // the blog's post id; 0 = never published
    QString title;
    QString slug;
    bool slugEdited = false; // false: the slug follows the title
    QString excerpt;
    SourceFormat format = SourceFormat::Markdown;
    QString body;
    PostStatus status = PostStatus::Draft;
    QDateTime scheduledAt;  // UTC; invalid = not scheduled
    bool commentsOpen = true;
    bool pingsOpen = true;
    // Post options, in WordPress's words (issue 15 item 2): format (standard, aside, gallery, ...), sticky, the
    // post's password ('' = none; a post password, not a secret) and the custom fields the blog exposes (meta: key
    // -> value; read as the blog sent them, a publication sends only the keys the writer changed).
    QString postFormat = QStringLiteral("standard");
    bool sticky = false;
    QString password;
    QJsonObject meta;
    // A page (issue 15 item 1): its type is chosen until it is on the blog (WordPress cannot change it then). The
    // page's parent (the blog's page id; 0 = none), order and template (the theme's file name; '' = the default)
    // are read from the blog; a publication sends them only when the writer changed them.
    PostType type = PostType::Post;
    qint64 parentId = 0;
    int menuOrder = 0;
    QString pageTemplate;
    QString featuredImage;  // path relative to the profile's media folder
    QString alsoLike;       // title of another review for the "you may also like" line
    QStringList categories;
    QStringList tags;
    QString link;           // the permalink once the blog has it
    QDateTime baseModifiedGmt; // server version the local edit started from
    QString baseContent;       // the server's raw content then (HTML)
    // The server's version as last pulled; written only by sync, never by the editor.
    QDateTime remoteModifiedGmt;
    QString remoteContent;
    QString remoteStatus;
    // What WordPress held when the base was taken (it may store our text differently from what was sent); any other
    // text on the blog is a web edit, even one within the base's second. nullopt: not known, the times decide.
    std::optional<QString> baseRemoteContent;
    qint64 authorId = 0;       // the blog's user id of the post's author; 0 = the signed-in account (not known yet)
    qint64 featuredMediaId = 0;
    bool dirty = false;        // local changes the server does not have yet
    QString notice;            // what happened on the blog (deleted there, kept here as a draft); sync writes it
    // The blog's values of the fields Longhand shows, as JSON in REST names, when last pulled or written
    // (empty: not known). An update sends only the fields the writer changed from these.
    QString baseFields;
    QString requestedSlug;     // the slug asked for when the blog gave another (it was taken); else empty
    bool publicationQueued = false; // read only: a publication waits in the outbox (its blog is fixed from then on)
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime trashedAt;    // valid = in the local trash

    bool isTrashed() const { return trashedAt.isValid(); }
    // Whether `content`, read from the blog with its modified time, is an edit made on the web since the base.
    bool isWebEdit(const QString& content, const QDateTime& modifiedGmt) const;
    bool operator==(const Post&) const = default;
};

// What the drafts sidebar shows for one review, without the body.
struct PostSummary
{
    qint64 id = 0;
    QString title;
    PostStatus status = PostStatus::Draft;
    QDateTime updatedAt;
    QDateTime trashedAt;
    qint64 siteId = 0; // the blog it belongs to; 0 = none chosen
    bool onBlog = false;  // the blog has it (it was published or pulled); else its status is only the writer's intent
    bool changedHere = false; // edits the blog does not have yet
    PostType type = PostType::Post;
    bool operator==(const PostSummary&) const = default;
};

struct PostFilter
{
    QString search;                     // over title and text
    std::optional<PostStatus> status;   // nullopt = every status
    bool trashed = false;               // the trash instead of the live reviews
    std::optional<PostType> type;       // nullopt = posts and pages
};

} // namespace longhand

Q_DECLARE_METATYPE(longhand::Post)
Q_DECLARE_METATYPE(longhand::PostSummary)
