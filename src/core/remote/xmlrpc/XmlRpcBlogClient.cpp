#include "core/remote/xmlrpc/XmlRpcBlogClient.h"

#include "core/FutureUtils.h"
#include "core/remote/WpJson.h"
#include "core/remote/xmlrpc/XmlRpcMapping.h"
#include "core/remote/xmlrpc/XmlRpcTransport.h"
#include "core/remote/xmlrpc/XmlRpcWordPress.h"

#include <QCoreApplication>
#include <QPromise>

#include <algorithm>

namespace longhand {

namespace {

// `next` with a successful answer's value (it answers a future of its own); an error goes straight through.
template <typename U, typename T, typename Next>
QFuture<Result<U>> then(QObject* context, QFuture<Result<T>> first, Next next)
{
    auto promise = std::make_shared<QPromise<Result<U>>>();
    promise->start();
    QFuture<Result<U>> future = promise->future();
    onFinished(first, context, [promise, context, next](const Result<T>& answer) {
        if (!answer) {
            promise->addResult(Result<U>(answer.error()));
            promise->finish();
            return;
        }
        onFinished(next(answer.value()), context, [promise](const Result<U>& result) {
            promise->addResult(result);
            promise->finish();
        });
    });
    return future;
}

// `map` turns a successful answer's value into the result; an error goes straight through.
template <typename U, typename T, typename Map>
QFuture<Result<U>> mapped(QObject* context, QFuture<Result<T>> first, Map map)
{
    return then<U>(context, first, [map](const T& value) { return readyFuture(Result<U>(map(value))); });
}

// XML-RPC answers arrive parsed (XmlRpcWordPress checks their types on the way in); a page hands sync the values.
// Immutable once made, so it is read safely from the pool and storage threads.
class DecodedPage final : public PageDecoder
{
public:
    QList<RemotePost> m_posts;
    QList<RemoteTerm> m_terms;
    QList<RemoteMedia> m_media;
    QList<RemoteUser> m_users;
    QList<RemoteComment> m_comments;
    qsizetype m_count = 0;

    Result<QList<RemotePost>> posts(const QByteArray&) const override { return m_posts; }
    Result<QList<RemoteTerm>> terms(const QByteArray&) const override { return m_terms; }
    Result<QList<RemoteMedia>> media(const QByteArray&) const override { return m_media; }
    Result<QList<RemoteUser>> users(const QByteArray&) const override { return m_users; }
    Result<QList<RemoteComment>> comments(const QByteArray&) const override { return m_comments; }
    Result<QList<RemoteCommentStatus>> statuses(const QByteArray&) const override
    {
        QList<RemoteCommentStatus> statuses;
        for (const RemotePost& post : m_posts) {
            statuses.append({post.id, post.status});
        }
        for (const RemoteComment& comment : m_comments) {
            statuses.append({comment.id, comment.status});
        }
        return statuses;
    }
    Result<QList<RemotePostStamp>> stamps(const QByteArray&) const override
    {
        QList<RemotePostStamp> stamps;
        for (const RemotePost& post : m_posts) {
            stamps.append({post.id, post.modifiedGmt});
        }
        return stamps;
    }
    bool isEmpty(const QByteArray&) const override { return m_count == 0; }
    bool bringsNewer(const QByteArray&, const QDateTime& known) const override
    {
        if (!known.isValid()) {
            return m_count > 0;
        }
        return std::any_of(m_posts.begin(), m_posts.end(), [&known](const RemotePost& post) { return post.modifiedGmt > known; });
    }
};

// more: whether another page may follow (no totals: XML-RPC has none, so a full page is the only sign).
template <typename T>
ListPage pageOf(QList<T> DecodedPage::*member, const QList<T>& items, bool more)
{
    auto decoded = std::make_shared<DecodedPage>();
    (*decoded).*member = items;
    decoded->m_count = items.size();
    ListPage page;
    page.more = more;
    page.decoder = std::move(decoded);
    return page;
}

XmlRpcValue commentFields(const CommentChanges& changes)
{
    XmlRpcValue fields(XmlRpcValue::Struct {});
    if (changes.content) {
        fields.insert(QStringLiteral("content"), XmlRpcValue(*changes.content));
    }
    if (changes.status) {
        fields.insert(QStringLiteral("status"), XmlRpcValue(xmlrpc::commentStatusToXmlRpc(*changes.status)));
    }
    // wp.editComment's names for the commenter.
    if (changes.authorName) {
        fields.insert(QStringLiteral("author"), XmlRpcValue(*changes.authorName));
    }
    if (changes.authorEmail) {
        fields.insert(QStringLiteral("author_email"), XmlRpcValue(*changes.authorEmail));
    }
    if (changes.authorUrl) {
        fields.insert(QStringLiteral("author_url"), XmlRpcValue(*changes.authorUrl));
    }
    return fields;
}

} // namespace

XmlRpcBlogClient::XmlRpcBlogClient(Site site, HttpClient* http, const QUrl& endpoint, const QString& password, QObject* parent,
                                   const QString& acceptedApiOrigin)
    : BlogClient(parent)
    , m_site(std::move(site))
    , m_http(http)
    , m_transport(new XmlRpcTransport(http, endpoint, m_site.baseUrl, m_site.allowInsecureHttp, acceptedApiOrigin, this))
    , m_wp(new XmlRpcWordPress(m_transport, m_site.userName, password, QStringLiteral("1"), this))
{
}

XmlRpcBlogClient::~XmlRpcBlogClient() = default;

Result<std::shared_ptr<BlogClient>> XmlRpcBlogClient::connect(const Site& site, const QString& secret, QNetworkAccessManager* network)
{
    auto* http = new HttpClient(network);
    if (!site.xmlRpcEndpoint.isValid() || site.xmlRpcEndpoint.isEmpty()) {
        delete http;
        return Error::make(Error::Code::InvalidInput,
                           tr("Longhand does not know the XML-RPC address of %1. Remove the blog and add it again.").arg(site.name));
    }
    // No Basic auth: XML-RPC carries the password in each call's body, and the transport sends that body only to
    // the endpoint's origin (HttpRequest::secretInBody keeps redirects there too).
    const QString endpointOrigin = HttpClient::originOf(site.xmlRpcEndpoint);
    const QString accepted = endpointOrigin == HttpClient::originOf(site.baseUrl) ? QString() : endpointOrigin;
    auto* client = new XmlRpcBlogClient(site, http, site.xmlRpcEndpoint, secret, nullptr, accepted);
    return std::shared_ptr<BlogClient>(client, [http](BlogClient* blog) {
        http->deleteLater();
        blog->deleteLater();
    });
}

Capabilities XmlRpcBlogClient::capabilities() const
{
    Capabilities caps;
    caps.canFilterByModified = false;   // no modified_after: page by modified, newest first, until the mark
    caps.canConditionalUpdate = true;   // wp.editPost's if_not_modified_since
    caps.hasTotalCounts = false;        // no X-WP-Total: a list ends at its first short page
    caps.canListByIds = false;          // no include=
    caps.canListHeldAsAuthor = false;   // an author asking for held comments gets fault 401
    caps.canBatch = false;
    caps.supportsApplicationPasswords = false; // refused once the blog switches them off: the account password is used
    caps.maxPerPage = 100;              // WordPress answers more, but a page is kept to what a REST page holds
    return caps;
}

void XmlRpcBlogClient::cancelAll()
{
    m_http->cancelAll();
}

template <typename T>
QFuture<Result<T>> XmlRpcBlogClient::refused(const QString& message) const
{
    return readyFuture(Result<T>(Error::make(Error::Code::InvalidInput, message)));
}

QFuture<Result<RemoteUser>> XmlRpcBlogClient::verifyCredentials()
{
    return m_wp->profile();
}

QFuture<Result<BlogClock>> XmlRpcBlogClient::fetchBlogClock()
{
    // wp.getOptions has the offset but not the zone's name; sync goes on without the clock (as when REST fails).
    return refused<BlogClock>(tr("%1 is connected through XML-RPC, which does not tell the blog's time zone.").arg(m_site.name));
}

QFuture<Result<BlockSupport>> XmlRpcBlogClient::fetchBlockSupport()
{
    // XML-RPC cannot list block types: what core WordPress of the blog's version registers (a plugin such as
    // Gutenberg that brings core/details to an older version is not seen; that blog gets the fallback, still valid).
    return mapped<BlockSupport>(this, m_wp->softwareVersion(),
                                [](const QString& version) { return BlockSupport::forVersion(version); });
}

QFuture<Result<ListPage>> XmlRpcBlogClient::list(const ListRequest& request)
{
    if (!request.ids.isEmpty()) {
        return refused<ListPage>(tr("%1 is connected through XML-RPC, which cannot list items by their ids.").arg(m_site.name));
    }
    const int offset = (std::max(request.page, 1) - 1) * request.perPage;
    switch (request.kind) {
    case ListKind::Posts:
    case ListKind::Pages: {
        XmlRpcWordPress::PostQuery query;
        query.postType = request.kind == ListKind::Pages ? QStringLiteral("page") : QStringLiteral("post");
        query.postStatus = request.status == ListRequest::Status::Trash ? QStringLiteral("trash") : QString();
        query.number = request.perPage;
        query.offset = offset;
        const bool byModified = request.order == ListRequest::Order::ModifiedAscending
                                || request.order == ListRequest::Order::ModifiedDescending;
        const bool byId = request.order == ListRequest::Order::IdAscending || request.order == ListRequest::Order::IdDescending;
        query.orderby = byModified ? QStringLiteral("modified") : byId ? QStringLiteral("ID") : QString();
        const bool ascending = request.order == ListRequest::Order::ModifiedAscending || request.order == ListRequest::Order::IdAscending;
        query.order = request.order == ListRequest::Order::Default ? QString() : ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
        const QDateTime since = request.changedSince;
        const bool newestFirst = request.order == ListRequest::Order::ModifiedDescending;
        const int perPage = request.perPage;
        return mapped<ListPage>(this, m_wp->posts(query), [since, newestFirst, perPage](const QList<RemotePost>& posts) {
            // No modified_after: the page is the blog's page, only the posts changed since the mark are handed on.
            QList<RemotePost> changed;
            std::copy_if(posts.begin(), posts.end(), std::back_inserter(changed),
                         [&since](const RemotePost& post) { return !since.isValid() || post.modifiedGmt > since; });
            // Newest first, a post at or before the mark ends the list: every later page is older still.
            const bool more = posts.size() >= perPage && (!newestFirst || changed.size() == posts.size());
            return pageOf(&DecodedPage::m_posts, changed, more);
        });
    }
    case ListKind::Categories:
    case ListKind::Tags: {
        const QString taxonomy = request.kind == ListKind::Categories ? QStringLiteral("category") : QStringLiteral("post_tag");
        return mapped<ListPage>(this, m_wp->terms(taxonomy, QString(), request.perPage, offset), [perPage = request.perPage](const QList<RemoteTerm>& terms) {
            return pageOf(&DecodedPage::m_terms, terms, terms.size() >= perPage);
        });
    }
    case ListKind::Users: {
        // wp.getUsers needs list_users: an author or editor gets fault 401. REST lists the blog's authors to anyone
        // signed in; here such an account has no user list, which sync can do without (names come with posts).
        auto promise = std::make_shared<QPromise<Result<ListPage>>>();
        promise->start();
        QFuture<Result<ListPage>> future = promise->future();
        onFinished(m_wp->users(request.perPage, offset), this, [promise, perPage = request.perPage](const Result<QList<RemoteUser>>& users) {
            if (!users && users.error().code == Error::Code::Permission) {
                promise->addResult(Result<ListPage>(pageOf(&DecodedPage::m_users, QList<RemoteUser>(), false)));
            } else if (!users) {
                promise->addResult(Result<ListPage>(users.error()));
            } else {
                promise->addResult(Result<ListPage>(pageOf(&DecodedPage::m_users, users.value(), users->size() >= perPage)));
            }
            promise->finish();
        });
        return future;
    }
    case ListKind::Media:
        return mapped<ListPage>(this, m_wp->mediaLibrary(request.perPage, offset), [perPage = request.perPage](const QList<RemoteMedia>& media) {
            return pageOf(&DecodedPage::m_media, media, media.size() >= perPage);
        });
    case ListKind::Comments: {
        XmlRpcWordPress::CommentQuery query;
        switch (request.status) {
        case ListRequest::Status::Held:
            query.status = QStringLiteral("hold");
            break;
        case ListRequest::Status::Trash:
            query.status = QStringLiteral("trash");
            break;
        case ListRequest::Status::Any:
        case ListRequest::Status::Default:
            break; // approved and held: wp.getComments has no "every status"
        }
        query.number = request.perPage;
        query.offset = offset;
        if (request.status != ListRequest::Status::Any) {
            return mapped<ListPage>(this, m_wp->comments(query), [perPage = request.perPage](const QList<RemoteComment>& comments) {
                return pageOf(&DecodedPage::m_comments, comments, comments.size() >= perPage);
            });
        }
        // Every status: the same page of the approved and held list, of the spam and of the trash, asked one after
        // another (a page holds up to three times perPage; there are more while any of the three was full). Spam and
        // trash are short lists: once one ends, later pages do not ask for it again.
        const int perPage = request.perPage;
        const int page = std::max(request.page, 1);
        if (page == 1) {
            m_spamEnd = 0;
            m_trashEnd = 0;
        }
        return then<ListPage>(this, m_wp->comments(query), [this, page, perPage](const QList<RemoteComment>& listed) {
            return then<ListPage>(this, commentsUnlessEnded(QStringLiteral("spam"), page, perPage, &m_spamEnd),
                                  [this, page, perPage, listed](const QList<RemoteComment>& spammed) {
                return mapped<ListPage>(this, commentsUnlessEnded(QStringLiteral("trash"), page, perPage, &m_trashEnd),
                                        [perPage, listed, spammed](const QList<RemoteComment>& trashed) {
                    const bool more = listed.size() >= perPage || spammed.size() >= perPage || trashed.size() >= perPage;
                    return pageOf(&DecodedPage::m_comments, listed + spammed + trashed, more);
                });
            });
        });
    }
    }
    return refused<ListPage>(tr("%1 is connected through XML-RPC, which cannot list that.").arg(m_site.name));
}

QFuture<Result<QList<RemoteComment>>> XmlRpcBlogClient::commentsUnlessEnded(const QString& status, int page, int perPage,
                                                                           int* end)
{
    if (*end > 0 && page > *end) {
        return readyFuture(Result<QList<RemoteComment>>(QList<RemoteComment>()));
    }
    XmlRpcWordPress::CommentQuery query;
    query.status = status;
    query.number = perPage;
    query.offset = (page - 1) * perPage;
    return mapped<QList<RemoteComment>>(this, m_wp->comments(query), [page, perPage, end](const QList<RemoteComment>& comments) {
        if (comments.size() < perPage && (*end == 0 || page < *end)) {
            *end = page; // the client outlives its answers (they come back through its own context)
        }
        return comments;
    });
}

QFuture<Result<RemotePost>> XmlRpcBlogClient::fetchPost(qint64 id, PostType /*type: wp.getPost finds any type by id*/)
{
    return m_wp->post(id);
}

QFuture<Result<QList<RemotePost>>> XmlRpcBlogClient::findPostsContaining(const QString& word, PostType type)
{
    XmlRpcWordPress::PostQuery query;
    query.postType = postTypeToString(type);
    query.search = word;
    query.number = 100;
    return m_wp->posts(query);
}

namespace {

// A field wp.newPost/wp.editPost cannot carry is refused, never silently dropped: nothing is sent.
Error cannotCarry(const QStringList& skipped)
{
    return Error::make(Error::Code::InvalidInput,
                       QCoreApplication::translate("longhand::XmlRpcBlogClient",
                                                   "The blog's XML-RPC interface cannot write %1; nothing was sent.")
                           .arg(skipped.join(QStringLiteral(", "))));
}

} // namespace

QFuture<Result<RemotePost>> XmlRpcBlogClient::createPost(const PostChanges& fields)
{
    QStringList skipped;
    XmlRpcValue content = xmlrpc::postContent(wpjson::postBody(fields), &skipped);
    if (!skipped.isEmpty()) {
        return readyFuture(Result<RemotePost>(cannotCarry(skipped)));
    }
    if (fields.type == PostType::Page) {
        content.insert(QStringLiteral("post_type"), XmlRpcValue(QStringLiteral("page"))); // wp.newPost's default is post
    }
    // wp.newPost answers only the id: the post is read back for what the blog made of it.
    return then<RemotePost>(this, m_wp->newPost(content), [this](qint64 id) { return m_wp->post(id); });
}

QFuture<Result<RemotePost>> XmlRpcBlogClient::updatePost(qint64 id, const PostChanges& fields)
{
    const auto edit = [this, id, fields](const RemotePost* current) -> QFuture<Result<RemotePost>> {
        QStringList skipped;
        const XmlRpcValue content = xmlrpc::postContent(wpjson::postBody(fields), &skipped, current);
        if (!skipped.isEmpty()) {
            return readyFuture(Result<RemotePost>(cannotCarry(skipped)));
        }
        return then<RemotePost>(this, m_wp->editPost(id, content, fields.unlessModifiedAfter), [this, id](bool) { return m_wp->post(id); });
    };
    if (fields.meta) {
        // A custom field is changed by its meta id: the post's fields as the blog has them first.
        return then<RemotePost>(this, m_wp->post(id), [edit](const RemotePost& current) { return edit(&current); });
    }
    return edit(nullptr);
}

QFuture<Result<qint64>> XmlRpcBlogClient::ensureTerm(Taxonomy taxonomy, const QString& name)
{
    return m_wp->ensureTerm(taxonomy == Taxonomy::Category ? QStringLiteral("category") : QStringLiteral("post_tag"), name);
}

QFuture<Result<RemoteMedia>> XmlRpcBlogClient::uploadMedia(const QByteArray& bytes, const QString& fileName, const QString& mimeType,
                                                           const QString&)
{
    return m_wp->uploadFile(fileName, mimeType, bytes);
}

QFuture<Result<QList<RemoteMedia>>> XmlRpcBlogClient::findMediaBySearch(const QString& search)
{
    return mapped<QList<RemoteMedia>>(this, m_wp->mediaLibrary(100, 0), [search](const QList<RemoteMedia>& library) {
        QList<RemoteMedia> found;
        std::copy_if(library.begin(), library.end(), std::back_inserter(found), [&search](const RemoteMedia& item) {
            return item.title.contains(search, Qt::CaseInsensitive) || item.sourceUrl.contains(search, Qt::CaseInsensitive);
        });
        return found;
    });
}

QFuture<Result<RemoteComment>> XmlRpcBlogClient::fetchComment(qint64 id)
{
    return m_wp->comment(id);
}

QFuture<Result<RemoteComment>> XmlRpcBlogClient::updateComment(qint64 id, const CommentChanges& changes)
{
    return then<RemoteComment>(this, m_wp->editComment(id, commentFields(changes)), [this, id](bool) { return m_wp->comment(id); });
}

QFuture<Result<bool>> XmlRpcBlogClient::deleteComment(qint64 id, bool force)
{
    if (!force) {
        return m_wp->deleteComment(id);
    }
    // Trashed first (a comment already in the trash is deleted for good by that call), then read: still there
    // means in the trash, and the second call deletes it.
    return then<bool>(this, m_wp->deleteComment(id), [this, id](bool) {
        return then<bool>(this, m_wp->comment(id), [this, id](const RemoteComment&) { return m_wp->deleteComment(id); });
    });
}

QFuture<Result<RemoteComment>> XmlRpcBlogClient::createComment(const NewComment& comment)
{
    XmlRpcValue fields(XmlRpcValue::Struct {});
    fields.insert(QStringLiteral("content"), XmlRpcValue(comment.content));
    if (comment.parent > 0) {
        fields.insert(QStringLiteral("comment_parent"), XmlRpcValue(comment.parent));
    }
    // WordPress refuses a duplicate reply with fault 403 and a sentence in the blog's language (XML-RPC carries no
    // error code like REST's comment_duplicate): a 403 here is marked a possible duplicate, so the replayer looks for
    // the reply on the blog before it gives up, and reports this refusal as it is when there is none.
    auto created = std::make_shared<QPromise<Result<qint64>>>();
    created->start();
    QFuture<Result<qint64>> sent = created->future();
    onFinished(m_wp->newComment(comment.post, fields), this, [created](const Result<qint64>& id) {
        if (!id && id.error().remoteCode == QLatin1String("xmlrpc:403")) {
            Error refused = id.error();
            refused.meaning = Error::Meaning::DuplicateComment;
            created->addResult(Result<qint64>(refused));
        } else {
            created->addResult(id);
        }
        created->finish();
    });
    return then<RemoteComment>(this, sent, [this](qint64 id) { return m_wp->comment(id); });
}

// wp.getComments cannot filter by parent or author, and lists a post's comments newest first: the reply looked for
// (sent after its action was queued) is among the newest, but a busy post may have had more than a page since.
// Reads up to kFindRepliesPages pages of 100, stopping at a short page.
QFuture<Result<QList<RemoteComment>>> XmlRpcBlogClient::findReplies(qint64 postId, qint64 parentId, qint64 authorId)
{
    return findRepliesFrom(postId, parentId, authorId, 0, {});
}

QFuture<Result<QList<RemoteComment>>> XmlRpcBlogClient::findRepliesFrom(qint64 postId, qint64 parentId, qint64 authorId,
                                                                         int page, QList<RemoteComment> found)
{
    constexpr int kPerPage = 100;
    XmlRpcWordPress::CommentQuery query;
    query.postId = postId;
    query.number = kPerPage;
    query.offset = page * kPerPage;
    return then<QList<RemoteComment>>(
        this, m_wp->comments(query), [=, this](const QList<RemoteComment>& comments) {
            QList<RemoteComment> replies = found;
            std::copy_if(comments.begin(), comments.end(), std::back_inserter(replies), [&](const RemoteComment& comment) {
                return comment.parent == parentId && (authorId <= 0 || comment.author == authorId);
            });
            if (comments.size() < kPerPage || page + 1 >= kFindRepliesPages) {
                return readyFuture(Result<QList<RemoteComment>>(replies));
            }
            return findRepliesFrom(postId, parentId, authorId, page + 1, replies);
        });
}

} // namespace longhand
