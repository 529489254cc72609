#include "core/remote/WpJson.h"

#include <cmath>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimeZone>
#include <QRegularExpression>

#include <optional>

namespace longhand::wpjson {

namespace {

Error bad(const QString& what)
{
    // `what` is a clause without a full stop; the message must end as the sentence it is.
    return Error::make(Error::Code::BadResponse,
                       QCoreApplication::translate("WpJson", "The blog sent an answer Longhand does not understand: %1").arg(what)
                           + QLatin1Char('.'));
}

// A whole number >= 0 that fits qint64. Not a cast of toDouble(): a double out of qint64's range (1e300) makes
// that cast undefined behaviour, and ids above 2^53 would silently change.
std::optional<qint64> idFrom(const QJsonValue& value)
{
    const qint64 number = value.toInteger(-1);
    if (!value.isDouble() || number < 0) {
        return std::nullopt;
    }
    return number;
}

// Reads fields with type checks, collecting the first problem.
class Reader
{
public:
    Reader(const QJsonObject& object, QString what)
        : m_object(object)
        , m_what(std::move(what))
    {
    }

    qint64 id(const char* key, bool required = true)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            if (required) {
                fail(QStringLiteral("%1 has no \"%2\"").arg(m_what, QLatin1String(key)));
            }
            return 0;
        }
        const std::optional<qint64> number = idFrom(value);
        if (!number) {
            fail(QStringLiteral("\"%1\" of %2 is not a number").arg(QLatin1String(key), m_what));
            return 0;
        }
        return *number;
    }

    QString string(const char* key, bool required = false)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            if (required) {
                fail(QStringLiteral("%1 has no \"%2\"").arg(m_what, QLatin1String(key)));
            }
            return {};
        }
        if (!value.isString()) {
            fail(QStringLiteral("\"%1\" of %2 is not text").arg(QLatin1String(key), m_what));
            return {};
        }
        return value.toString();
    }

    // {"raw": "...", "rendered": "..."} in edit context; a plain string is accepted too.
    QString raw(const char* key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isString()) {
            return value.toString();
        }
        if (value.isObject()) {
            const QJsonObject inner = value.toObject();
            const QJsonValue rawValue = inner.value(QStringLiteral("raw"));
            if (rawValue.isString()) {
                return rawValue.toString();
            }
            const QJsonValue rendered = inner.value(QStringLiteral("rendered"));
            if (rendered.isString()) {
                return rendered.toString();
            }
        }
        if (!value.isUndefined() && !value.isNull()) {
            fail(QStringLiteral("\"%1\" of %2 is not text").arg(QLatin1String(key), m_what));
        }
        return {};
    }

    QList<qint64> ids(const char* key)
    {
        QList<qint64> result;
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            return result;
        }
        if (!value.isArray()) {
            fail(QStringLiteral("\"%1\" of %2 is not a list").arg(QLatin1String(key), m_what));
            return result;
        }
        for (const QJsonValue& item : value.toArray()) {
            const std::optional<qint64> id = idFrom(item);
            if (!id) {
                fail(QStringLiteral("\"%1\" of %2 holds something that is not an id").arg(QLatin1String(key), m_what));
                return {};
            }
            result.append(*id);
        }
        return result;
    }

    bool boolean(const char* key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            return false;
        }
        if (!value.isBool()) {
            fail(QStringLiteral("\"%1\" of %2 is not true or false").arg(QLatin1String(key), m_what));
            return false;
        }
        return value.toBool();
    }

    // An object; PHP's empty array ([]) is read as an empty object (WordPress sends "meta": [] when no field is
    // registered).
    QJsonObject object(const char* key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isObject()) {
            return value.toObject();
        }
        if (!value.isUndefined() && !value.isNull() && !(value.isArray() && value.toArray().isEmpty())) {
            fail(QStringLiteral("\"%1\" of %2 is not an object").arg(QLatin1String(key), m_what));
        }
        return {};
    }

    QDateTime gmt(const char* key)
    {
        const QString text = string(key);
        if (text.isEmpty()) {
            return {};
        }
        const QDateTime time = parseGmt(text);
        if (!time.isValid()) {
            fail(QStringLiteral("\"%1\" of %2 is not a date").arg(QLatin1String(key), m_what));
        }
        return time;
    }

    const std::optional<Error>& error() const { return m_error; }

private:
    void fail(const QString& what)
    {
        if (!m_error) {
            m_error = bad(what);
        }
    }

    QJsonObject m_object;
    QString m_what;
    std::optional<Error> m_error;
};

Result<QJsonArray> parseArray(const QByteArray& body, const QString& what)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return bad(QStringLiteral("%1 is not valid JSON (%2 at byte %3)").arg(what, parseError.errorString()).arg(parseError.offset));
    }
    if (!doc.isArray()) {
        return bad(QStringLiteral("%1 is not a list").arg(what));
    }
    return doc.array();
}

Result<QJsonObject> parseObject(const QByteArray& body, const QString& what)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return bad(QStringLiteral("%1 is not valid JSON (%2 at byte %3)").arg(what, parseError.errorString()).arg(parseError.offset));
    }
    if (!doc.isObject()) {
        return bad(QStringLiteral("%1 is not an object").arg(what));
    }
    return doc.object();
}

template <typename T, typename One>
Result<QList<T>> parseList(const QByteArray& body, const QString& what, One one)
{
    auto array = parseArray(body, what);
    if (!array) {
        return array.error();
    }
    QList<T> result;
    result.reserve(array->size());
    for (const QJsonValue& value : array.value()) {
        if (!value.isObject()) {
            return bad(QStringLiteral("an item of %1 is not an object").arg(what));
        }
        auto item = one(value.toObject());
        if (!item) {
            return item.error();
        }
        result.append(std::move(item).value());
    }
    return result;
}

Result<RemotePost> postFrom(const QJsonObject& object)
{
    Reader r(object, QStringLiteral("a post"));
    RemotePost post;
    post.id = r.id("id");
    post.title = r.raw("title");
    post.slug = r.string("slug");
    post.excerpt = r.raw("excerpt");
    post.content = r.raw("content");
    post.status = r.string("status", true);
    post.dateGmt = r.gmt("date_gmt");
    post.modifiedGmt = r.gmt("modified_gmt");
    post.link = r.string("link");
    post.commentsOpen = r.string("comment_status") != QLatin1String("closed");
    post.pingsOpen = r.string("ping_status") != QLatin1String("closed");
    post.featuredMedia = r.id("featured_media", false);
    post.author = r.id("author", false);
    post.categories = r.ids("categories");
    post.tags = r.ids("tags");
    // Post options; absent (a post type without formats or sticky, an older WordPress) they keep WordPress's defaults.
    if (const QString format = r.string("format"); !format.isEmpty()) {
        post.format = format;
    }
    post.sticky = r.boolean("sticky");
    post.password = r.string("password");
    post.meta = r.object("meta");
    // Pages: the type says which; parent and menu_order a page's place; template is sent for every type that has
    // templates (absent: not read, nothing assumed).
    if (const QString type = r.string("type"); !type.isEmpty()) {
        post.type = type;
    }
    post.parent = r.id("parent", false);
    post.menuOrder = object.value(QLatin1String("menu_order")).toInt(); // may be negative; not a number reads as 0
    if (object.contains(QLatin1String("template"))) {
        post.pageTemplate = r.string("template");
    }
    if (r.error()) {
        return *r.error();
    }
    if (post.id <= 0) {
        return bad(QStringLiteral("a post has no valid id"));
    }
    return post;
}

Result<RemoteTerm> termFrom(const QJsonObject& object)
{
    Reader r(object, QStringLiteral("a term"));
    RemoteTerm term;
    term.id = r.id("id");
    term.name = r.string("name", true);
    term.slug = r.string("slug");
    term.parent = r.id("parent", false);
    if (r.error()) {
        return *r.error();
    }
    return term;
}

Result<RemoteMedia> mediaFrom(const QJsonObject& object)
{
    Reader r(object, QStringLiteral("a media item"));
    RemoteMedia media;
    media.id = r.id("id");
    media.sourceUrl = r.string("source_url");
    media.mimeType = r.string("mime_type");
    media.altText = r.string("alt_text");
    media.title = r.raw("title");
    media.post = r.id("post", false);
    media.modifiedGmt = r.gmt("modified_gmt");
    media.uploadedGmt = r.gmt("date_gmt");
    // media_details differs by type (an image's sizes, a sound's length) and plugins add to it: read leniently,
    // what is not there or not of the expected type is simply unknown.
    const QJsonObject details = object.value(QLatin1String("media_details")).toObject();
    const auto dimension = [](const QJsonValue& value) {
        const double number = value.toDouble();
        return number > 0 && number < 1e6 ? int(number) : 0;
    };
    media.width = dimension(details.value(QLatin1String("width")));
    media.height = dimension(details.value(QLatin1String("height")));
    const QJsonObject sizes = details.value(QLatin1String("sizes")).toObject();
    for (const char* size : {"thumbnail", "medium"}) {
        const QString url = sizes.value(QLatin1String(size)).toObject().value(QLatin1String("source_url")).toString();
        if (!url.isEmpty()) {
            media.thumbnailUrl = url;
            break;
        }
    }
    if (r.error()) {
        return *r.error();
    }
    return media;
}

Result<RemoteUser> userFrom(const QJsonObject& object)
{
    Reader r(object, QStringLiteral("a user"));
    RemoteUser user;
    user.id = r.id("id");
    user.name = r.string("name");
    user.slug = r.string("slug");
    const QJsonValue roles = object.value(QStringLiteral("roles"));
    if (roles.isArray()) {
        for (const QJsonValue& role : roles.toArray()) {
            user.roles.append(role.toString());
        }
    }
    if (r.error()) {
        return *r.error();
    }
    return user;
}

Result<RemoteComment> commentFrom(const QJsonObject& object)
{
    Reader r(object, QStringLiteral("a comment"));
    RemoteComment comment;
    comment.id = r.id("id");
    comment.post = r.id("post", false);
    comment.parent = r.id("parent", false);
    comment.author = r.id("author", false);
    comment.authorName = r.string("author_name");
    comment.authorEmail = r.string("author_email");
    comment.authorUrl = r.string("author_url");
    comment.authorIp = r.string("author_ip");
    comment.authorUserAgent = r.string("author_user_agent");
    comment.dateGmt = r.gmt("date_gmt");
    comment.content = r.raw("content");
    comment.status = r.string("status", true);
    comment.type = object.contains(QLatin1String("type")) ? r.string("type") : QStringLiteral("comment");
    if (r.error()) {
        return *r.error();
    }
    if (comment.id <= 0) {
        return bad(QStringLiteral("a comment has no valid id"));
    }
    if (!comment.dateGmt.isValid()) {
        return bad(QStringLiteral("comment %1 has no date").arg(comment.id));
    }
    return comment;
}

Result<RemoteCommentStatus> commentStatusFrom(const QJsonObject& object)
{
    Reader r(object, QStringLiteral("a comment"));
    RemoteCommentStatus item;
    item.id = r.id("id");
    item.status = r.string("status", true);
    if (r.error()) {
        return *r.error();
    }
    return item;
}

Result<RemoteCommentStatus> postStatusFrom(const QJsonObject& object)
{
    Reader r(object, QStringLiteral("a post"));
    RemoteCommentStatus item;
    item.id = r.id("id");
    item.status = r.string("status", true);
    if (r.error()) {
        return *r.error();
    }
    return item;
}

Result<RemotePostStamp> postStampFrom(const QJsonObject& object)
{
    Reader r(object, QStringLiteral("a post"));
    RemotePostStamp item;
    item.id = r.id("id");
    item.modifiedGmt = r.gmt("modified_gmt");
    if (r.error()) {
        return *r.error();
    }
    if (!item.modifiedGmt.isValid()) {
        return bad(QStringLiteral("post %1 has no modification date").arg(item.id));
    }
    return item;
}

} // namespace

// "content", not "content.raw": WordPress 6.1's comments controller only includes the content when the
// top-level name is listed (nested _fields work for posts, not for comments).
QString commentFields()
{
    return QStringLiteral("id,post,parent,author,author_name,author_email,author_url,author_ip,author_user_agent,"
                          "date_gmt,content,status,type");
}

Result<QList<RemoteComment>> parseComments(const QByteArray& body)
{
    return parseList<RemoteComment>(body, QStringLiteral("the comment list"), commentFrom);
}

Result<RemoteComment> parseComment(const QByteArray& body)
{
    auto object = parseObject(body, QStringLiteral("the comment"));
    if (!object) {
        return object.error();
    }
    return commentFrom(object.value());
}

Result<QList<RemoteCommentStatus>> parseCommentStatuses(const QByteArray& body)
{
    return parseList<RemoteCommentStatus>(body, QStringLiteral("the comment statuses"), commentStatusFrom);
}

Result<QList<RemoteCommentStatus>> parsePostStatuses(const QByteArray& body)
{
    return parseList<RemoteCommentStatus>(body, QStringLiteral("the post statuses"), postStatusFrom);
}

Result<QList<RemotePostStamp>> parsePostStamps(const QByteArray& body)
{
    return parseList<RemotePostStamp>(body, QStringLiteral("the list of post dates"), postStampFrom);
}

QString postFields()
{
    return QStringLiteral("id,title,slug,excerpt,content,status,date_gmt,modified_gmt,link,comment_status,ping_status,"
                          "featured_media,author,categories,tags,format,sticky,password,meta,type,parent,menu_order,template");
}

QString termFields()
{
    return QStringLiteral("id,name,slug,parent");
}

QString mediaFields()
{
    return QStringLiteral("id,source_url,mime_type,alt_text,title,post,modified_gmt,date_gmt,media_details");
}

QString userFields()
{
    return QStringLiteral("id,name,slug");
}

Result<QList<RemotePost>> parsePosts(const QByteArray& body)
{
    return parseList<RemotePost>(body, QStringLiteral("the list of posts"), postFrom);
}

Result<RemotePost> parsePost(const QByteArray& body)
{
    auto object = parseObject(body, QStringLiteral("the post"));
    return object ? postFrom(object.value()) : Result<RemotePost>(object.error());
}

Result<QList<RemoteTerm>> parseTerms(const QByteArray& body)
{
    return parseList<RemoteTerm>(body, QStringLiteral("the list of terms"), termFrom);
}

Result<RemoteTerm> parseTerm(const QByteArray& body)
{
    auto object = parseObject(body, QStringLiteral("the term"));
    return object ? termFrom(object.value()) : Result<RemoteTerm>(object.error());
}

Result<QList<RemoteMedia>> parseMediaList(const QByteArray& body)
{
    return parseList<RemoteMedia>(body, QStringLiteral("the list of media"), mediaFrom);
}

Result<RemoteMedia> parseMedia(const QByteArray& body)
{
    auto object = parseObject(body, QStringLiteral("the media item"));
    return object ? mediaFrom(object.value()) : Result<RemoteMedia>(object.error());
}

Result<QList<RemoteUser>> parseUsers(const QByteArray& body)
{
    return parseList<RemoteUser>(body, QStringLiteral("the list of users"), userFrom);
}

Result<RemoteUser> parseUser(const QByteArray& body)
{
    auto object = parseObject(body, QStringLiteral("the user"));
    return object ? userFrom(object.value()) : Result<RemoteUser>(object.error());
}

Result<BlogClock> parseBlogClock(const QByteArray& body)
{
    auto object = parseObject(body, QStringLiteral("the REST index"));
    if (!object) {
        return object.error();
    }
    const QJsonValue offset = object->value(QStringLiteral("gmt_offset"));
    double hours = 0;
    bool ok = offset.isDouble();
    if (ok) {
        hours = offset.toDouble();
    } else if (offset.isString()) {
        const QString text = offset.toString().trimmed();
        if (text.contains(QLatin1Char(':'))) {
            const int minutes = text.section(QLatin1Char(':'), 1).toInt(&ok);
            const int whole = text.section(QLatin1Char(':'), 0, 0).toInt(&ok);
            hours = whole + (text.startsWith(QLatin1Char('-')) ? -1 : 1) * minutes / 60.0;
        } else {
            hours = text.isEmpty() ? 0 : text.toDouble(&ok);
            ok = ok || text.isEmpty();
        }
    }
    if (!ok || !std::isfinite(hours) || std::abs(hours) > 26) {
        return bad(QStringLiteral("the blog's time offset is not a number of hours"));
    }
    // The zone's name becomes a file name under the system's zoneinfo when Qt reads it: only a name in the system's
    // own list of zones is kept (never "../../some/file"); any other is read as no zone (the offset alone counts).
    QString zone = object->value(QStringLiteral("timezone_string")).toString();
    static const QRegularExpression zoneName(QStringLiteral("^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){0,2}$"));
    if (zone.size() > 64 || !zoneName.match(zone).hasMatch() || !QTimeZone::availableTimeZoneIds().contains(zone.toLatin1())) {
        zone.clear();
    }
    return BlogClock {zone, int(std::lround(hours * 3600))};
}

Result<BlockSupport> parseBlockSupport(const QByteArray& body)
{
    auto types = parseArray(body, QStringLiteral("the list of block types"));
    if (!types) {
        return types.error();
    }
    BlockSupport support;
    for (const QJsonValue& value : types.value()) {
        const QJsonObject type = value.toObject();
        const QString name = type.value(QStringLiteral("name")).toString();
        if (name == QLatin1String("core/details")) {
            support.detailsBlock = true;
        } else if (name == QLatin1String("core/heading")) {
            // The generated class is the default; 6.1 opts out with false ("supports" is [] when nothing is set).
            const QJsonObject supports = type.value(QStringLiteral("supports")).toObject();
            const QJsonValue className = supports.value(QStringLiteral("className"));
            support.headingClass = !(className.isBool() && !className.toBool());
        }
    }
    return support;
}

Result<RestIndex> parseIndex(const QByteArray& body)
{
    auto object = parseObject(body, QStringLiteral("the REST index"));
    if (!object) {
        return object.error();
    }
    const QJsonObject root = object.value();
    if (!root.value(QStringLiteral("namespaces")).isArray()) {
        return bad(QStringLiteral("the REST index lists no namespaces"));
    }
    RestIndex index;
    index.name = root.value(QStringLiteral("name")).toString();
    index.description = root.value(QStringLiteral("description")).toString();
    const QJsonObject appPasswords = root.value(QStringLiteral("authentication")).toObject().value(QStringLiteral("application-passwords")).toObject();
    index.applicationPasswords = !appPasswords.isEmpty();
    index.authorizeUrl = QUrl(appPasswords.value(QStringLiteral("endpoints")).toObject().value(QStringLiteral("authorization")).toString());
    return index;
}

bool isEmptyList(const QByteArray& body)
{
    if (body.size() > 16) {
        return false;
    }
    const QByteArray compact = body.simplified();
    return compact == "[]" || compact == "[ ]";
}

bool bringsNewer(const QByteArray& body, const QDateTime& known)
{
    if (!known.isValid()) {
        return !isEmptyList(body);
    }
    const QByteArray knownText = known.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1();
    static const QByteArray key = QByteArrayLiteral("\"modified_gmt\"");
    for (qsizetype at = body.indexOf(key); at >= 0; at = body.indexOf(key, at + 1)) {
        qsizetype value = at + key.size();
        while (value < body.size() && (body.at(value) == ' ' || body.at(value) == ':' || body.at(value) == '\n' || body.at(value) == '"')) {
            ++value; // JSON spaced out by a plugin or proxy is read too
        }
        if (body.mid(value, knownText.size()) > knownText) {
            return true;
        }
    }
    return false;
}

namespace {

class RestPageDecoder final : public PageDecoder
{
public:
    Result<QList<RemotePost>> posts(const QByteArray& body) const override { return parsePosts(body); }
    Result<QList<RemoteTerm>> terms(const QByteArray& body) const override { return parseTerms(body); }
    Result<QList<RemoteMedia>> media(const QByteArray& body) const override { return parseMediaList(body); }
    Result<QList<RemoteUser>> users(const QByteArray& body) const override { return parseUsers(body); }
    Result<QList<RemoteComment>> comments(const QByteArray& body) const override { return parseComments(body); }
    Result<QList<RemoteCommentStatus>> statuses(const QByteArray& body) const override { return parseCommentStatuses(body); }
    Result<QList<RemotePostStamp>> stamps(const QByteArray& body) const override { return parsePostStamps(body); }
    bool isEmpty(const QByteArray& body) const override { return isEmptyList(body); }
    bool bringsNewer(const QByteArray& body, const QDateTime& known) const override { return wpjson::bringsNewer(body, known); }
};

} // namespace

std::shared_ptr<const PageDecoder> pageDecoder()
{
    static const auto decoder = std::make_shared<const RestPageDecoder>();
    return decoder;
}

QJsonObject postBody(const PostChanges& changes)
{
    QJsonObject body = changes.toShownFields(); // the stored form uses REST's names and forms already
    if (changes.content) {
        body.insert(QStringLiteral("content"), *changes.content);
    }
    return body;
}

QJsonObject commentBody(const CommentChanges& changes)
{
    QJsonObject body;
    if (changes.content) {
        body.insert(QStringLiteral("content"), *changes.content);
    }
    if (changes.status) {
        body.insert(QStringLiteral("status"), *changes.status);
    }
    if (changes.authorName) {
        body.insert(QStringLiteral("author_name"), *changes.authorName);
    }
    if (changes.authorEmail) {
        body.insert(QStringLiteral("author_email"), *changes.authorEmail);
    }
    if (changes.authorUrl) {
        body.insert(QStringLiteral("author_url"), *changes.authorUrl);
    }
    return body;
}

QJsonObject commentBody(const NewComment& comment)
{
    return QJsonObject {{QStringLiteral("post"), comment.post},
                        {QStringLiteral("parent"), comment.parent},
                        {QStringLiteral("content"), comment.content}};
}

Error::Meaning meaningOf(const QString& remoteCode)
{
    if (remoteCode == QLatin1String("rest_post_invalid_page_number") || remoteCode == QLatin1String("rest_comment_invalid_page_number")) {
        return Error::Meaning::PastLastPage;
    }
    if (remoteCode == QLatin1String("rest_cannot_publish")) {
        return Error::Meaning::NotAllowedToPublish;
    }
    if (remoteCode == QLatin1String("comment_duplicate")) {
        return Error::Meaning::DuplicateComment;
    }
    if (remoteCode == QLatin1String("term_exists")) {
        return Error::Meaning::TermExists;
    }
    return Error::Meaning::None;
}

} // namespace longhand::wpjson
