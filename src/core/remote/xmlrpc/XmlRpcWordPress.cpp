#include "core/remote/xmlrpc/XmlRpcWordPress.h"

#include "core/FutureUtils.h"
#include "core/remote/WordPressClient.h"

#include <QCoreApplication>

namespace longhand {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("longhand", text);
}

Error authError(const Error& fault)
{
    Error error = fault;
    error.code = Error::Code::Auth;
    error.message = tr("Wrong user name or password.");
    return error;
}

Result<bool> parseTrue(const XmlRpcValue& value)
{
    if (value.is(XmlRpcValue::Type::Bool) || value.is(XmlRpcValue::Type::Int)) {
        return value.is(XmlRpcValue::Type::Bool) ? value.toBool() : value.toInt() != 0;
    }
    return Error::make(Error::Code::BadResponse,
                       tr("The blog's XML-RPC answer is not what WordPress sends: the answer's value should be a boolean, "
                          "not a value of type %1.")
                           .arg(value.typeName()));
}

} // namespace

XmlRpcWordPress::XmlRpcWordPress(XmlRpcTransport* transport, QString userName, QString password, QString blogId,
                                 QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_userName(std::move(userName))
    , m_password(std::move(password))
    , m_blogId(std::move(blogId))
{
}

XmlRpcValue::Array XmlRpcWordPress::signedIn(XmlRpcValue::Array params) const
{
    // WordPress sends blog ids as strings and reads them with (int).
    XmlRpcValue::Array all {XmlRpcValue(qint64(m_blogId.toLongLong())), XmlRpcValue(m_userName), XmlRpcValue(m_password)};
    for (XmlRpcValue& param : params) {
        all.push_back(std::move(param));
    }
    return all;
}

template <typename T, typename Parse>
QFuture<Result<T>> XmlRpcWordPress::call(const QString& method, XmlRpcValue::Array params,
                                         XmlRpcTransport::Options options, Parse parse, bool signIn)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    QFuture<Result<T>> future = promise->future();
    onFinished(m_transport->call(method, params, options), this, [promise, parse, signIn](const Result<XmlRpcValue>& answer) {
        if (answer) {
            promise->addResult(parse(answer.value()));
        } else {
            const Error& error = answer.error();
            const bool wrongPassword = error.remoteCode == QLatin1String("xmlrpc:403")
                                       && (signIn || error.message.contains(QLatin1String("Incorrect username or password")));
            promise->addResult(Result<T>(wrongPassword ? authError(error) : error));
        }
        promise->finish();
    });
    return future;
}

QFuture<Result<QList<XmlRpcBlog>>> XmlRpcWordPress::usersBlogs()
{
    return call<QList<XmlRpcBlog>>(QStringLiteral("wp.getUsersBlogs"), {XmlRpcValue(m_userName), XmlRpcValue(m_password)}, {},
                                   xmlrpc::parseUsersBlogs, true);
}

QFuture<Result<RemoteUser>> XmlRpcWordPress::profile()
{
    return call<RemoteUser>(QStringLiteral("wp.getProfile"), signedIn({}), {}, xmlrpc::parseProfile, true);
}

QFuture<Result<QString>> XmlRpcWordPress::softwareVersion()
{
    const XmlRpcValue names(XmlRpcValue::Array {XmlRpcValue(QStringLiteral("software_version"))});
    return call<QString>(QStringLiteral("wp.getOptions"), signedIn({names}), {}, xmlrpc::parseSoftwareVersion);
}

QFuture<Result<QList<RemoteUser>>> XmlRpcWordPress::users(int number, int offset)
{
    XmlRpcValue filter(XmlRpcValue::Struct {});
    if (number > 0) {
        filter.insert(QStringLiteral("number"), XmlRpcValue(number));
        filter.insert(QStringLiteral("offset"), XmlRpcValue(offset));
    }
    return call<QList<RemoteUser>>(QStringLiteral("wp.getUsers"), signedIn({filter}), {true, AnswerLimit::kList, 0},
                                   xmlrpc::parseUsers);
}

QFuture<Result<QList<RemoteMedia>>> XmlRpcWordPress::mediaLibrary(int number, int offset, qint64 parentId)
{
    XmlRpcValue filter(XmlRpcValue::Struct {});
    filter.insert(QStringLiteral("number"), XmlRpcValue(number));
    filter.insert(QStringLiteral("offset"), XmlRpcValue(offset));
    if (parentId > 0) {
        filter.insert(QStringLiteral("parent_id"), XmlRpcValue(parentId));
    }
    return call<QList<RemoteMedia>>(QStringLiteral("wp.getMediaLibrary"), signedIn({filter}),
                                    {true, AnswerLimit::kList, 0}, xmlrpc::parseMediaLibrary);
}

QFuture<Result<RemoteMedia>> XmlRpcWordPress::mediaItem(qint64 id)
{
    return call<RemoteMedia>(QStringLiteral("wp.getMediaItem"), signedIn({XmlRpcValue(id)}), {}, xmlrpc::parseMedia);
}

QFuture<Result<QList<RemotePost>>> XmlRpcWordPress::posts(const PostQuery& query)
{
    XmlRpcValue filter(XmlRpcValue::Struct {});
    filter.insert(QStringLiteral("post_type"), XmlRpcValue(query.postType));
    filter.insert(QStringLiteral("post_status"), XmlRpcValue(query.postStatus.isEmpty() ? QStringLiteral("any") : query.postStatus));
    filter.insert(QStringLiteral("number"), XmlRpcValue(query.number));
    filter.insert(QStringLiteral("offset"), XmlRpcValue(query.offset));
    if (!query.orderby.isEmpty()) {
        filter.insert(QStringLiteral("orderby"), XmlRpcValue(query.orderby));
    }
    if (!query.order.isEmpty()) {
        filter.insert(QStringLiteral("order"), XmlRpcValue(query.order));
    }
    if (!query.search.isEmpty()) {
        filter.insert(QStringLiteral("s"), XmlRpcValue(query.search));
    }
    // "post" is every field of the post itself (with sticky, post_format, post_password); "terms" its categories and
    // tags; "custom_fields" the keys not starting with "_".
    const XmlRpcValue fields(XmlRpcValue::Array {XmlRpcValue(QStringLiteral("post")), XmlRpcValue(QStringLiteral("terms")),
                                                 XmlRpcValue(QStringLiteral("custom_fields"))});
    return call<QList<RemotePost>>(QStringLiteral("wp.getPosts"), signedIn({filter, fields}),
                                   {true, AnswerLimit::kList, 0}, xmlrpc::parsePosts);
}

QFuture<Result<RemotePost>> XmlRpcWordPress::post(qint64 id)
{
    const XmlRpcValue fields(XmlRpcValue::Array {XmlRpcValue(QStringLiteral("post")), XmlRpcValue(QStringLiteral("terms")),
                                                 XmlRpcValue(QStringLiteral("custom_fields"))});
    return call<RemotePost>(QStringLiteral("wp.getPost"), signedIn({XmlRpcValue(id), fields}), {}, xmlrpc::parsePost);
}

QFuture<Result<qint64>> XmlRpcWordPress::newPost(const XmlRpcValue& content)
{
    return call<qint64>(QStringLiteral("wp.newPost"), signedIn({content}), {false, AnswerLimit::kObject, 0}, xmlrpc::parseId);
}

QFuture<Result<bool>> XmlRpcWordPress::editPost(qint64 id, const XmlRpcValue& content, const QDateTime& ifNotModifiedSince)
{
    XmlRpcValue fields = content;
    if (ifNotModifiedSince.isValid()) {
        fields.insert(QStringLiteral("if_not_modified_since"), XmlRpcValue(ifNotModifiedSince.toUTC()));
    }
    return call<bool>(QStringLiteral("wp.editPost"), signedIn({XmlRpcValue(id), fields}),
                      {!ifNotModifiedSince.isValid(), AnswerLimit::kObject, 0}, parseTrue);
}

QFuture<Result<bool>> XmlRpcWordPress::deletePost(qint64 id)
{
    return call<bool>(QStringLiteral("wp.deletePost"), signedIn({XmlRpcValue(id)}), {}, parseTrue);
}

QFuture<Result<QList<RemoteTerm>>> XmlRpcWordPress::terms(const QString& taxonomy, const QString& search, int number,
                                                          int offset)
{
    XmlRpcValue filter(XmlRpcValue::Struct {});
    if (!search.isEmpty()) {
        filter.insert(QStringLiteral("search"), XmlRpcValue(search));
    }
    if (number > 0) {
        filter.insert(QStringLiteral("number"), XmlRpcValue(number));
        filter.insert(QStringLiteral("offset"), XmlRpcValue(offset));
    }
    filter.insert(QStringLiteral("hide_empty"), XmlRpcValue(false));
    return call<QList<RemoteTerm>>(QStringLiteral("wp.getTerms"), signedIn({XmlRpcValue(taxonomy), filter}),
                                   {true, AnswerLimit::kList, 0}, xmlrpc::parseTerms);
}

QFuture<Result<qint64>> XmlRpcWordPress::newTerm(const QString& taxonomy, const QString& name)
{
    XmlRpcValue content(XmlRpcValue::Struct {});
    content.insert(QStringLiteral("name"), XmlRpcValue(name));
    content.insert(QStringLiteral("taxonomy"), XmlRpcValue(taxonomy));
    // A second try of the same name is refused as existing: safe to send twice.
    return call<qint64>(QStringLiteral("wp.newTerm"), signedIn({content}), {}, xmlrpc::parseId);
}

QFuture<Result<qint64>> XmlRpcWordPress::ensureTerm(const QString& taxonomy, const QString& name)
{
    auto promise = std::make_shared<QPromise<Result<qint64>>>();
    promise->start();
    QFuture<Result<qint64>> future = promise->future();
    onFinished(newTerm(taxonomy, name), this, [this, promise, taxonomy, name](const Result<qint64>& created) {
        if (created || created.error().remoteCode != QLatin1String("xmlrpc:500")) {
            promise->addResult(created);
            promise->finish();
            return;
        }
        const Error refusal = created.error();
        onFinished(terms(taxonomy, name), this, [promise, name, refusal](const Result<QList<RemoteTerm>>& found) {
            qint64 id = 0;
            if (found) {
                for (const RemoteTerm& term : found.value()) {
                    // MySQL's collation compares names without case, and so does WordPress's term_exists.
                    if (term.name.compare(name, Qt::CaseInsensitive) == 0) {
                        id = term.id;
                        break;
                    }
                }
            }
            promise->addResult(id > 0 ? Result<qint64>(id) : Result<qint64>(found ? refusal : found.error()));
            promise->finish();
        });
    });
    return future;
}

QFuture<Result<RemoteMedia>> XmlRpcWordPress::uploadFile(const QString& fileName, const QString& mimeType,
                                                         const QByteArray& bytes, qint64 postId)
{
    if (bytes.size() > WordPressClient::kMaxUploadBytes) {
        return readyFuture(Result<RemoteMedia>(Error::make(
            Error::Code::InvalidInput, tr("%1 is larger than %2; Longhand does not upload it.")
                                           .arg(fileName, HttpClient::describeBytes(WordPressClient::kMaxUploadBytes)))));
    }
    XmlRpcValue data(XmlRpcValue::Struct {});
    data.insert(QStringLiteral("name"), XmlRpcValue(fileName));
    data.insert(QStringLiteral("type"), XmlRpcValue(mimeType));
    data.insert(QStringLiteral("bits"), XmlRpcValue::base64(bytes));
    data.insert(QStringLiteral("overwrite"), XmlRpcValue(false));
    if (postId > 0) {
        data.insert(QStringLiteral("post_id"), XmlRpcValue(postId));
    }
    return call<RemoteMedia>(QStringLiteral("wp.uploadFile"), signedIn({data}),
                             {false, AnswerLimit::kObject, HttpClient::kUploadDeadlineMs}, xmlrpc::parseMedia);
}

QFuture<Result<QList<RemoteComment>>> XmlRpcWordPress::comments(const CommentQuery& query)
{
    XmlRpcValue filter(XmlRpcValue::Struct {});
    if (query.postId > 0) {
        filter.insert(QStringLiteral("post_id"), XmlRpcValue(query.postId));
    }
    if (!query.status.isEmpty()) {
        filter.insert(QStringLiteral("status"), XmlRpcValue(xmlrpc::commentStatusToXmlRpc(query.status)));
    }
    filter.insert(QStringLiteral("number"), XmlRpcValue(query.number));
    filter.insert(QStringLiteral("offset"), XmlRpcValue(query.offset));
    return call<QList<RemoteComment>>(QStringLiteral("wp.getComments"), signedIn({filter}),
                                      {true, AnswerLimit::kList, 0}, xmlrpc::parseComments);
}

QFuture<Result<RemoteComment>> XmlRpcWordPress::comment(qint64 id)
{
    return call<RemoteComment>(QStringLiteral("wp.getComment"), signedIn({XmlRpcValue(id)}), {}, xmlrpc::parseComment);
}

QFuture<Result<bool>> XmlRpcWordPress::editComment(qint64 id, const XmlRpcValue& fields)
{
    XmlRpcValue content = fields;
    if (const XmlRpcValue* status = fields.member(QStringLiteral("status")); status && status->is(XmlRpcValue::Type::String)) {
        content.insert(QStringLiteral("status"), XmlRpcValue(xmlrpc::commentStatusToXmlRpc(status->toString())));
    }
    return call<bool>(QStringLiteral("wp.editComment"), signedIn({XmlRpcValue(id), content}), {}, parseTrue);
}

QFuture<Result<qint64>> XmlRpcWordPress::newComment(qint64 postId, const XmlRpcValue& fields)
{
    return call<qint64>(QStringLiteral("wp.newComment"), signedIn({XmlRpcValue(postId), fields}),
                        {false, AnswerLimit::kObject, 0}, xmlrpc::parseId);
}

QFuture<Result<bool>> XmlRpcWordPress::deleteComment(qint64 id)
{
    return call<bool>(QStringLiteral("wp.deleteComment"), signedIn({XmlRpcValue(id)}), {}, parseTrue);
}

} // namespace longhand
