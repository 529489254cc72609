#pragma once

// The seam between sync and a blog's API. Sync (core/sync) talks to a BlogClient only: typed values in and out,
// errors with backend-neutral meanings, and what the backend can do as Capabilities. Everything one protocol needs
// (query strings, headers, JSON or XML bodies, its error codes) lives in that backend's folder under core/remote/.
// How a backend is chosen: BlogBackends.h.
#include "core/Error.h"
#include "core/domain/BlockSupport.h"
#include "core/domain/BlogClock.h"
#include "core/domain/Post.h"
#include "core/domain/RemoteValues.h"
#include "core/domain/Site.h"

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace longhand {

// What a backend can do; sync consults these instead of knowing which backend it talks to.
struct Capabilities
{
    bool canFilterByModified = false;  // ListRequest::changedSince is honoured (else: order by modified, stop at the mark)
    bool canConditionalUpdate = false; // updatePost refuses atomically when the post changed since a given time
    bool hasTotalCounts = false;       // ListPage::total and totalPages are filled
    bool canListByIds = false;         // ListRequest::ids is honoured
    bool canListHeldAsAuthor = false;  // an account that may not moderate can still ask for held comments (gets none)
    bool canBatch = false;             // several writes in one request
    bool supportsApplicationPasswords = false;
    int maxPerPage = 100;              // the largest ListRequest::perPage the blog answers
};

enum class ListKind { Posts, Categories, Tags, Media, Users, Comments, Pages }; // Pages: listed and decoded as posts

struct ListRequest
{
    enum class Detail {
        Full,          // everything Longhand stores of each item
        IdAndModified, // ids and modification times (the posts probe): ListPage decodes with stamps()
        IdAndStatus,   // ids and statuses (reconciliation): ListPage decodes with statuses()
    };
    enum class Status { Default, Any, Held, Trash }; // Default: the backend's default listing; Any: every status
    enum class Order { Default, IdAscending, IdDescending, ModifiedAscending, ModifiedDescending };

    ListKind kind = ListKind::Posts;
    int page = 1; // from 1
    int perPage = 100;
    Detail detail = Detail::Full;
    Status status = Status::Default;
    Order order = Order::Default;
    QDateTime changedSince; // only items modified after this (Capabilities::canFilterByModified); invalid: all
    QList<qint64> ids;      // only these (Capabilities::canListByIds); empty: no such filter
};

// Turns a page's body into values. Pure and thread-safe: a page of 100 long posts is decoded on a pool or the
// storage thread, never where the answer arrived.
class PageDecoder
{
public:
    virtual ~PageDecoder() = default;

    virtual Result<QList<RemotePost>> posts(const QByteArray& body) const = 0;
    virtual Result<QList<RemoteTerm>> terms(const QByteArray& body) const = 0;
    virtual Result<QList<RemoteMedia>> media(const QByteArray& body) const = 0;
    virtual Result<QList<RemoteUser>> users(const QByteArray& body) const = 0;
    virtual Result<QList<RemoteComment>> comments(const QByteArray& body) const = 0;
    // Detail::IdAndStatus (posts or comments).
    virtual Result<QList<RemoteCommentStatus>> statuses(const QByteArray& body) const = 0;
    // Detail::IdAndModified (posts).
    virtual Result<QList<RemotePostStamp>> stamps(const QByteArray& body) const = 0;
    // Whether the page holds no item, without decoding it.
    virtual bool isEmpty(const QByteArray& body) const = 0;
    // Whether a page of posts holds one modified after `known`; a scan, not a decode (runs where the answer arrived).
    virtual bool bringsNewer(const QByteArray& body, const QDateTime& known) const = 0;
};

// One page of a list, as the blog sent it, with what decodes it.
struct ListPage
{
    QByteArray body;
    int total = 0;        // Capabilities::hasTotalCounts, else 0
    int totalPages = 0;   // likewise
    QDateTime serverTime; // the answer's date (UTC, whole seconds); invalid when the backend does not know it
    std::shared_ptr<const PageDecoder> decoder;
    // Without Capabilities::hasTotalCounts: whether another page may follow (the blog's page was full, and, for a
    // list newest first with changedSince, nothing on it was older than the mark). A list ends at a page without it.
    bool more = false;
};

// The fields of a post to write; only those set are sent. An update sends only what the writer changed, so
// whatever the web set on other fields stays.
struct PostChanges
{
    std::optional<QString> title;
    std::optional<QString> excerpt;
    std::optional<QString> content;
    std::optional<QString> slug;
    std::optional<QString> status; // WordPress's words: draft, pending, private, publish, future
    std::optional<QDateTime> dateGmt;
    std::optional<bool> commentsOpen;
    std::optional<bool> pingsOpen;
    std::optional<QList<qint64>> categories;
    std::optional<QList<qint64>> tags;
    std::optional<qint64> featuredMedia; // 0 removes it
    // Post options (issue 15 item 2), in WordPress's words. author: the blog's user id (only an account that may edit
    // others' posts sends it). meta: only the keys to write (never a key to delete: what is not sent stays).
    std::optional<QString> format;
    std::optional<bool> sticky;
    std::optional<QString> password;
    std::optional<qint64> author;
    std::optional<QJsonObject> meta;
    // A page's place (issue 15 item 1), in WordPress's words: parent (page id, 0 = none), menu_order, template.
    std::optional<qint64> parent;
    std::optional<int> menuOrder;
    std::optional<QString> pageTemplate;
    // Not a field (WordPress cannot change it): which list createPost makes the post in, and where updatePost finds
    // it (REST has one route per type). toShownFields and isEmpty leave it out.
    PostType type = PostType::Post;
    // With Capabilities::canConditionalUpdate, updatePost refuses (Error::Code::Conflict, nothing changed) when the
    // post was modified after this; invalid: unconditional. Not a field: toShownFields and isEmpty leave it out.
    QDateTime unlessModifiedAfter;

    bool isEmpty() const;
    // In the stored form of postShownFields (core/domain/RemoteValues.h: WordPress's field names), only the fields
    // set, and back. content is not a shown field and is left out.
    QJsonObject toShownFields() const;
    static PostChanges fromShownFields(const QJsonObject& fields);
    // Of `wanted`, the fields whose value differs from `base` (a stored postShownFields object; id lists compared
    // as sets), or that base lacks. content is not compared (the caller decides it). The post options (format,
    // sticky, password, author, meta) and a page's parent, menu_order and template are the exception: one a base lacks
    // (a base stored before schema 11, a template XML-RPC could not read) is not known to have been changed by the
    // writer and is not sent; of meta only the keys that differ are sent.
    static PostChanges changedFrom(const PostChanges& wanted, const QJsonObject& base);
};

struct CommentChanges
{
    std::optional<QString> content;
    std::optional<QString> status; // approved, hold, spam, trash
    // The commenter, as the moderator corrected it (issue 16 item 2).
    std::optional<QString> authorName = std::nullopt;
    std::optional<QString> authorEmail = std::nullopt;
    std::optional<QString> authorUrl = std::nullopt;
};

struct NewComment
{
    qint64 post = 0;
    qint64 parent = 0;
    QString content;
};

enum class Taxonomy { Category, Tag };

// One blog and account, signed in. Answers arrive on the thread that created the client.
class BlogClient : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~BlogClient() override;

    virtual const Site& site() const = 0;
    virtual Capabilities capabilities() const = 0;
    // Ends every request in flight (a cancelled sync); their futures finish with an error.
    virtual void cancelAll() = 0;

    // Signs in; a wrong password is reported as such (Error::Code::Auth).
    virtual QFuture<Result<RemoteUser>> verifyCredentials() = 0;
    // The blog's time zone and offset.
    virtual QFuture<Result<BlogClock>> fetchBlogClock() = 0;
    // What the blog's block editor writes where WordPress versions differ (BlockSupport). REST asks the block types
    // the blog registers; XML-RPC can only read the WordPress version (wp.getOptions software_version) and takes what
    // core WordPress of that version registers. The caller keeps the defaults when this fails.
    virtual QFuture<Result<BlockSupport>> fetchBlockSupport() = 0;

    // One page of a list. Past the last page: an empty page, or Error::Meaning::PastLastPage.
    virtual QFuture<Result<ListPage>> list(const ListRequest& request) = 0;

    // type: where to look (REST has one route per post type; XML-RPC finds any post by id).
    virtual QFuture<Result<RemotePost>> fetchPost(qint64 id, PostType type = PostType::Post) = 0;
    // Posts (or pages) of any status whose text contains the word: how a publication's token finds the post its lost
    // create made.
    virtual QFuture<Result<QList<RemotePost>>> findPostsContaining(const QString& word, PostType type = PostType::Post) = 0;
    // Not idempotent: the caller looks its publication token up before a retry.
    virtual QFuture<Result<RemotePost>> createPost(const PostChanges& fields) = 0;
    // Writes the fields set; safe to retry.
    virtual QFuture<Result<RemotePost>> updatePost(qint64 id, const PostChanges& fields) = 0;
    // Creates a category or tag, or finds the existing one of that name; answers its id.
    virtual QFuture<Result<qint64>> ensureTerm(Taxonomy taxonomy, const QString& name) = 0;
    virtual QFuture<Result<RemoteMedia>> uploadMedia(const QByteArray& bytes, const QString& fileName, const QString& mimeType,
                                                     const QString& altText) = 0;
    virtual QFuture<Result<QList<RemoteMedia>>> findMediaBySearch(const QString& search) = 0;

    virtual QFuture<Result<RemoteComment>> fetchComment(qint64 id) = 0;
    // A plain overwrite of the fields set: safe to retry.
    virtual QFuture<Result<RemoteComment>> updateComment(qint64 id, const CommentChanges& changes) = 0;
    // force=false moves it to the trash; force=true deletes it for good.
    virtual QFuture<Result<bool>> deleteComment(qint64 id, bool force) = 0;
    // As the signed-in user; never retried automatically. A duplicate is Error::Meaning::DuplicateComment.
    virtual QFuture<Result<RemoteComment>> createComment(const NewComment& comment) = 0;
    // The signed-in user's comments under a parent, to find a reply whose answer was lost.
    virtual QFuture<Result<QList<RemoteComment>>> findReplies(qint64 postId, qint64 parentId, qint64 authorId) = 0;
};

} // namespace longhand
