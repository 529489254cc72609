#pragma once

#include "core/Error.h"
#include "core/remote/WpJson.h"
#include "core/remote/xmlrpc/XmlRpcMapping.h"
#include "core/remote/xmlrpc/XmlRpcTransport.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>

namespace longhand {

// WordPress's own XML-RPC methods (wp.*) for one account, answering with the value types of the REST client
// (core/remote/WpJson.h) so that a backend-neutral seam can use either. The user name and password (the
// account's password, or an application password where the blog allows them) go in every call's body, only
// ever to the transport's endpoint (see XmlRpcTransport).
//
// A fault 403 from wp.getUsersBlogs or wp.getProfile, or one saying "Incorrect username or password." from any
// method, is Error::Code::Auth; other faults as xmlrpc::faultError() says.
class XmlRpcWordPress final : public QObject
{
    Q_OBJECT

public:
    XmlRpcWordPress(XmlRpcTransport* transport, QString userName, QString password, QString blogId = QStringLiteral("1"),
                    QObject* parent = nullptr);

    XmlRpcTransport* transport() const { return m_transport; }
    void setBlogId(const QString& blogId) { m_blogId = blogId; }

    // Signs in: the blogs the account may write to (wp.getUsersBlogs takes no blog id).
    QFuture<Result<QList<XmlRpcBlog>>> usersBlogs();
    QFuture<Result<RemoteUser>> profile();
    // wp.getOptions software_version (read-only, any signed-in user): the WordPress version.
    QFuture<Result<QString>> softwareVersion();
    // wp.getUsers: needs list_users (administrators); number 0: WordPress's default (50).
    QFuture<Result<QList<RemoteUser>>> users(int number = 0, int offset = 0);

    struct PostQuery
    {
        QString postType = QStringLiteral("post");
        QString postStatus; // empty: every status the account may see ("any")
        int number = 100;
        int offset = 0;
        QString orderby;    // "date", "modified", "ID", ...; empty: WordPress's default (date)
        QString order;      // "ASC" or "DESC"
        QString search;     // s: posts whose title or text contain it; empty: no search
    };
    QFuture<Result<QList<RemotePost>>> posts(const PostQuery& query);
    QFuture<Result<RemotePost>> post(qint64 id);
    // content: xmlrpc::postContent() of REST fields, or a struct of XML-RPC names. Never retried (a create
    // whose answer was lost may have happened).
    QFuture<Result<qint64>> newPost(const XmlRpcValue& content);
    // With ifNotModifiedSince valid, WordPress refuses (fault 409 -> Error::Code::Conflict) when the post's
    // post_modified_gmt is later than it (one-second resolution; equal is accepted). Not retried then, since a
    // retry after a lost answer would meet its own change and report a conflict.
    QFuture<Result<bool>> editPost(qint64 id, const XmlRpcValue& content, const QDateTime& ifNotModifiedSince = {});
    QFuture<Result<bool>> deletePost(qint64 id);

    // search: terms whose name contains it; number 0: all of them.
    QFuture<Result<QList<RemoteTerm>>> terms(const QString& taxonomy, const QString& search = {}, int number = 0,
                                             int offset = 0);
    // The new term's id; an existing name is a fault 500 "A term with the name provided already exists…".
    QFuture<Result<qint64>> newTerm(const QString& taxonomy, const QString& name);
    // As WordPressClient::ensureTerm: the new term's id, or the existing one's. XML-RPC's fault for an existing
    // name carries no id (REST's term_exists does), so that one is looked up by name.
    QFuture<Result<qint64>> ensureTerm(const QString& taxonomy, const QString& name);

    // wp.uploadFile; never retried. Files above WordPressClient::kMaxUploadBytes are refused before sending.
    QFuture<Result<RemoteMedia>> uploadFile(const QString& fileName, const QString& mimeType, const QByteArray& bytes,
                                            qint64 postId = 0);

    // wp.getMediaLibrary (newest first; parentId > 0: attached to that post) and wp.getMediaItem.
    QFuture<Result<QList<RemoteMedia>>> mediaLibrary(int number = 100, int offset = 0, qint64 parentId = 0);
    QFuture<Result<RemoteMedia>> mediaItem(qint64 id);

    struct CommentQuery
    {
        qint64 postId = 0;
        QString status; // XML-RPC's words: approve, hold, spam, trash; empty: approved and held
        int number = 100;
        int offset = 0;
    };
    QFuture<Result<QList<RemoteComment>>> comments(const CommentQuery& query);
    QFuture<Result<RemoteComment>> comment(qint64 id);
    // fields: content, status (REST or XML-RPC words), author, author_url, author_email, date_created_gmt.
    QFuture<Result<bool>> editComment(qint64 id, const XmlRpcValue& fields);
    // As the signed-in user; content and optionally comment_parent. Never retried.
    QFuture<Result<qint64>> newComment(qint64 postId, const XmlRpcValue& fields);
    // Moves it to the trash (a comment already in the trash is deleted for good).
    QFuture<Result<bool>> deleteComment(qint64 id);

private:
    template <typename T, typename Parse>
    QFuture<Result<T>> call(const QString& method, XmlRpcValue::Array params, XmlRpcTransport::Options options,
                            Parse parse, bool signIn = false);
    XmlRpcValue::Array signedIn(XmlRpcValue::Array params) const;

    XmlRpcTransport* m_transport;
    QString m_userName;
    QString m_password;
    QString m_blogId;
};

} // namespace longhand
