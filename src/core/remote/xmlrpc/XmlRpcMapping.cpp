#include "core/remote/xmlrpc/XmlRpcMapping.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace longhand::xmlrpc {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("longhand", text);
}

// Reads members of one struct; the first problem is kept and every later read returns a default.
class Fields
{
public:
    Fields(const XmlRpcValue& value, QString path)
        : m_value(value)
        , m_path(std::move(path))
    {
        if (!value.is(XmlRpcValue::Type::Struct)) {
            fail(where(), tr("a struct"), value);
        }
    }

    const XmlRpcValue* get(const char* name, bool required)
    {
        if (m_error) {
            return nullptr;
        }
        const XmlRpcValue* member = m_value.member(QLatin1String(name));
        if (!member && required) {
            m_error = Error::make(Error::Code::BadResponse,
                                  tr("The blog's XML-RPC answer is not what WordPress sends: %1 lacks %2.")
                                      .arg(where(), QLatin1String(name)));
        }
        return member;
    }

    qint64 id(const char* name, bool required = false)
    {
        const XmlRpcValue* member = get(name, required);
        if (!member) {
            return 0;
        }
        auto number = readId(*member);
        if (!number) {
            fail(path(name), tr("a whole number of at least 0"), *member);
            return 0;
        }
        return *number;
    }

    QString string(const char* name, bool required = false)
    {
        const XmlRpcValue* member = get(name, required);
        if (!member) {
            return QString();
        }
        if (member->is(XmlRpcValue::Type::String)) {
            return member->toString();
        }
        if (member->is(XmlRpcValue::Type::Int)) { // PHP sends what it holds; a numeric title may come as <int>
            return QString::number(member->toInt());
        }
        fail(path(name), tr("a string"), *member);
        return QString();
    }

    bool boolean(const char* name, bool fallback)
    {
        const XmlRpcValue* member = get(name, false);
        if (!member) {
            return fallback;
        }
        if (member->is(XmlRpcValue::Type::Bool)) {
            return member->toBool();
        }
        if (member->is(XmlRpcValue::Type::Int) && (member->toInt() == 0 || member->toInt() == 1)) {
            return member->toInt() == 1;
        }
        fail(path(name), tr("a boolean"), *member);
        return fallback;
    }

    // A *_gmt date: UTC. The zero date (no date) is an invalid QDateTime.
    QDateTime gmt(const char* name, bool required = false)
    {
        const XmlRpcValue* member = get(name, required);
        if (!member) {
            return QDateTime();
        }
        if (!member->is(XmlRpcValue::Type::DateTime)) {
            fail(path(name), tr("a dateTime.iso8601"), *member);
            return QDateTime();
        }
        return member->toDateTime();
    }

    const XmlRpcValue* array(const char* name)
    {
        const XmlRpcValue* member = get(name, false);
        if (member && !member->is(XmlRpcValue::Type::Array)) {
            fail(path(name), tr("an array"), *member);
            return nullptr;
        }
        return member;
    }

    QString path(const char* name) const
    {
        return m_path.isEmpty() ? QString(QLatin1String(name)) : QString(m_path + QLatin1Char('.') + QLatin1String(name));
    }
    QString where() const { return m_path.isEmpty() ? tr("the answer's value") : m_path; }

    void fail(const QString& at, const QString& expected, const XmlRpcValue& got)
    {
        if (!m_error) {
            m_error = Error::make(Error::Code::BadResponse,
                                  tr("The blog's XML-RPC answer is not what WordPress sends: %1 should be %2, not %3.")
                                      .arg(at, expected, describe(got)));
        }
    }
    void setError(Error error)
    {
        if (!m_error) {
            m_error = std::move(error);
        }
    }
    const std::optional<Error>& error() const { return m_error; }

    static std::optional<qint64> readId(const XmlRpcValue& value)
    {
        if (value.is(XmlRpcValue::Type::Int)) {
            return value.toInt() >= 0 ? std::optional<qint64>(value.toInt()) : std::nullopt;
        }
        if (value.is(XmlRpcValue::Type::String)) {
            const QString text = value.toString().trimmed();
            if (text.isEmpty() || text.size() > 18) {
                return std::nullopt;
            }
            for (const QChar c : text) {
                if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
                    return std::nullopt;
                }
            }
            return text.toLongLong();
        }
        return std::nullopt;
    }

    static QString describe(const XmlRpcValue& value)
    {
        if (value.is(XmlRpcValue::Type::String)) {
            const QString text = value.toString();
            return QStringLiteral("\"%1\"").arg(text.size() > 40 ? text.left(40) + QStringLiteral("…") : text);
        }
        if (value.is(XmlRpcValue::Type::Int)) {
            return QString::number(value.toInt());
        }
        return tr("a value of type %1").arg(value.typeName());
    }

private:
    const XmlRpcValue& m_value;
    QString m_path;
    std::optional<Error> m_error;
};

template <typename T, typename Parse>
Result<QList<T>> parseList(const XmlRpcValue& value, Parse parse)
{
    if (!value.is(XmlRpcValue::Type::Array)) {
        return Error::make(Error::Code::BadResponse,
                           tr("The blog's XML-RPC answer is not what WordPress sends: the answer's value should be an array, "
                              "not %1.")
                               .arg(Fields::describe(value)));
    }
    QList<T> list;
    list.reserve(qsizetype(value.items().size()));
    for (size_t i = 0; i < value.items().size(); ++i) {
        Result<T> item = parse(value.items()[i], QStringLiteral("[%1]").arg(i));
        if (!item) {
            return item.error();
        }
        list.append(std::move(item.value()));
    }
    return list;
}

Result<RemotePost> postAt(const XmlRpcValue& value, const QString& path)
{
    Fields fields(value, path);
    RemotePost post;
    post.id = fields.id("post_id", true);
    post.title = fields.string("post_title");
    post.slug = fields.string("post_name");
    post.excerpt = fields.string("post_excerpt");
    post.content = fields.string("post_content");
    post.status = fields.string("post_status");
    post.dateGmt = fields.gmt("post_date_gmt");
    post.modifiedGmt = fields.gmt("post_modified_gmt");
    // WordPress's XML-RPC answers a scheduled post's status as "publish" ("Consider future posts as published", in
    // _prepare_post); its date is still ahead. Sync must know it is scheduled: its modified date is that future date,
    // and a mark taken from it would hide every later edit. A published post's date is never ahead of the blog's
    // clock; this machine's clock decides, so a post published within the clocks' difference reads as scheduled
    // until the next sync.
    if (post.status == QLatin1String("publish") && post.dateGmt.isValid() && post.dateGmt > QDateTime::currentDateTimeUtc()) {
        post.status = QStringLiteral("future");
    }
    post.link = fields.string("link");
    post.commentsOpen = fields.string("comment_status") != QLatin1String("closed");
    post.pingsOpen = fields.string("ping_status") != QLatin1String("closed");
    post.author = fields.id("post_author");
    if (const QString format = fields.string("post_format"); !format.isEmpty()) {
        post.format = format;
    }
    post.sticky = fields.boolean("sticky", false);
    post.password = fields.string("post_password");
    // Pages: wp.getPost says the type, parent and order, not the template (pageTemplate stays unknown).
    if (const QString type = fields.string("post_type"); !type.isEmpty()) {
        post.type = type;
    }
    post.parent = fields.id("post_parent");
    post.menuOrder = fields.string("menu_order").toInt();
    // Custom fields (WordPress lists only keys not starting with "_" and only to an account that may edit the post):
    // key -> value; a key held more than once -> the list of its values (shown, never written: no single id).
    if (const XmlRpcValue* custom = fields.array("custom_fields")) {
        for (size_t i = 0; i < custom->items().size(); ++i) {
            Fields field(custom->items()[i], fields.path("custom_fields") + QStringLiteral("[%1]").arg(i));
            const qint64 metaId = field.id("id", true);
            const QString key = field.string("key", true);
            const QString value = field.string("value");
            if (field.error()) {
                fields.setError(*field.error());
                break;
            }
            if (!post.meta.contains(key)) {
                post.meta.insert(key, value);
                post.customFieldIds.insert(key, metaId);
            } else {
                QJsonValue was = post.meta.value(key);
                QJsonArray values = was.isArray() ? was.toArray() : QJsonArray {was};
                values.append(value);
                post.meta.insert(key, values);
                post.customFieldIds.remove(key);
            }
        }
    }
    // No thumbnail: an empty array; else the attachment as a struct.
    if (const XmlRpcValue* thumbnail = fields.get("post_thumbnail", false)) {
        if (thumbnail->is(XmlRpcValue::Type::Struct)) {
            Fields media(*thumbnail, fields.path("post_thumbnail"));
            post.featuredMedia = media.id("attachment_id", true);
            if (media.error()) {
                fields.setError(*media.error());
            }
        } else if (!thumbnail->is(XmlRpcValue::Type::Array) || !thumbnail->items().empty()) {
            fields.fail(fields.path("post_thumbnail"), tr("a struct or an empty array"), *thumbnail);
        }
    }
    if (const XmlRpcValue* terms = fields.array("terms")) {
        for (size_t i = 0; i < terms->items().size(); ++i) {
            Fields term(terms->items()[i], fields.path("terms") + QStringLiteral("[%1]").arg(i));
            const qint64 id = term.id("term_id", true);
            const QString taxonomy = term.string("taxonomy", true);
            if (term.error()) {
                fields.setError(*term.error());
                break;
            }
            if (taxonomy == QLatin1String("category")) {
                post.categories.append(id);
            } else if (taxonomy == QLatin1String("post_tag")) {
                post.tags.append(id);
            }
        }
    }
    if (!fields.error() && post.id <= 0) {
        fields.fail(fields.path("post_id"), tr("a whole number above 0"), *value.member(QStringLiteral("post_id")));
    }
    if (fields.error()) {
        return *fields.error();
    }
    return post;
}

QString restCommentStatus(const QString& status)
{
    // XML-RPC says "approve" where REST says "approved"; the rest are the same words.
    return status == QLatin1String("approve") ? QStringLiteral("approved") : status;
}

Result<RemoteComment> commentAt(const XmlRpcValue& value, const QString& path)
{
    Fields fields(value, path);
    RemoteComment comment;
    comment.id = fields.id("comment_id", true);
    comment.post = fields.id("post_id", true);
    comment.parent = fields.id("parent");
    comment.author = fields.id("user_id");
    comment.authorName = fields.string("author");
    comment.authorEmail = fields.string("author_email");
    comment.authorUrl = fields.string("author_url");
    comment.authorIp = fields.string("author_ip");
    comment.dateGmt = fields.gmt("date_created_gmt", true);
    comment.content = fields.string("content");
    comment.status = restCommentStatus(fields.string("status", true));
    // wp.getComment's type is comment_type: "comment" (empty before WordPress 5.5), "pingback", "trackback", ...
    const QString type = fields.string("type");
    comment.type = type.isEmpty() ? QStringLiteral("comment") : type;
    if (!fields.error() && comment.id <= 0) {
        fields.fail(fields.path("comment_id"), tr("a whole number above 0"), *value.member(QStringLiteral("comment_id")));
    }
    if (!fields.error() && !comment.dateGmt.isValid()) {
        fields.fail(fields.path("date_created_gmt"), tr("a date"), *value.member(QStringLiteral("date_created_gmt")));
    }
    if (fields.error()) {
        return *fields.error();
    }
    return comment;
}

Result<RemoteMedia> mediaAt(const XmlRpcValue& value, const QString& path)
{
    Fields fields(value, path);
    RemoteMedia media;
    // wp.uploadFile says id and url; wp.getMediaItem attachment_id and link (uploadFile says both).
    const bool uploaded = value.member(QStringLiteral("id")) != nullptr;
    media.id = uploaded ? fields.id("id", true) : fields.id("attachment_id", true);
    media.sourceUrl = uploaded ? fields.string("url", true) : fields.string("link", true);
    media.mimeType = fields.string("type");
    media.title = fields.string("title");
    media.post = fields.id("parent");
    media.modifiedGmt = fields.gmt("date_created_gmt");
    media.uploadedGmt = media.modifiedGmt; // XML-RPC says only when it was uploaded (and never its alt text)
    if (!uploaded) {
        media.thumbnailUrl = fields.string("thumbnail");
        if (media.thumbnailUrl == media.sourceUrl) {
            media.thumbnailUrl.clear(); // WordPress names the full file when it made no small copy
        }
        // metadata is wp_get_attachment_metadata(): a struct for an image, false or empty for others.
        if (const XmlRpcValue* metadata = value.member(QStringLiteral("metadata")); metadata && metadata->is(XmlRpcValue::Type::Struct)) {
            const auto dimension = [metadata](const QString& name) {
                const XmlRpcValue* member = metadata->member(name);
                const std::optional<qint64> number = member ? Fields::readId(*member) : std::nullopt;
                return number && *number < 1000000 ? int(*number) : 0;
            };
            media.width = dimension(QStringLiteral("width"));
            media.height = dimension(QStringLiteral("height"));
        }
    }
    if (!fields.error() && media.id <= 0) {
        fields.fail(fields.path(uploaded ? "id" : "attachment_id"), tr("a whole number above 0"),
                    *value.member(uploaded ? QStringLiteral("id") : QStringLiteral("attachment_id")));
    }
    if (fields.error()) {
        return *fields.error();
    }
    return media;
}

Result<RemoteUser> userAt(const XmlRpcValue& value, const QString& path)
{
    Fields fields(value, path);
    RemoteUser user;
    user.id = fields.id("user_id", true);
    user.name = fields.string("display_name");
    user.slug = fields.string("nicename");
    if (const XmlRpcValue* roles = fields.array("roles")) {
        for (size_t i = 0; i < roles->items().size(); ++i) {
            const XmlRpcValue& role = roles->items()[i];
            if (!role.is(XmlRpcValue::Type::String)) {
                fields.fail(fields.path("roles") + QStringLiteral("[%1]").arg(i), tr("a string"), role);
                break;
            }
            user.roles.append(role.toString());
        }
    }
    if (fields.error()) {
        return *fields.error();
    }
    return user;
}

Result<RemoteTerm> termAt(const XmlRpcValue& value, const QString& path)
{
    Fields fields(value, path);
    RemoteTerm term;
    term.id = fields.id("term_id", true);
    term.name = fields.string("name", true);
    term.slug = fields.string("slug");
    term.parent = fields.id("parent");
    if (fields.error()) {
        return *fields.error();
    }
    return term;
}

} // namespace

Result<qint64> parseId(const XmlRpcValue& value)
{
    const auto id = Fields::readId(value);
    if (!id || *id <= 0) {
        return Error::make(Error::Code::BadResponse,
                           tr("The blog's XML-RPC answer is not what WordPress sends: the answer's value should be the new "
                              "id, not %1.")
                               .arg(Fields::describe(value)));
    }
    return *id;
}

Result<QString> parseSoftwareVersion(const XmlRpcValue& value)
{
    const bool isStruct = value.is(XmlRpcValue::Type::Struct);
    const XmlRpcValue* option = isStruct ? value.member(QStringLiteral("software_version")) : nullptr;
    const bool optionIsStruct = option && option->is(XmlRpcValue::Type::Struct);
    const XmlRpcValue* version = optionIsStruct ? option->member(QStringLiteral("value")) : nullptr;
    if (!version || !version->is(XmlRpcValue::Type::String)) {
        return Error::make(Error::Code::BadResponse,
                           tr("The blog's XML-RPC answer is not what WordPress sends: the options should hold "
                              "software_version, not %1.")
                               .arg(Fields::describe(value)));
    }
    return version->toString().left(64); // a version, not a text to keep
}

Result<QList<XmlRpcBlog>> parseUsersBlogs(const XmlRpcValue& value)
{
    return parseList<XmlRpcBlog>(value, [](const XmlRpcValue& item, const QString& path) -> Result<XmlRpcBlog> {
        Fields fields(item, path);
        XmlRpcBlog blog;
        blog.blogId = fields.string("blogid", true);
        blog.name = fields.string("blogName");
        blog.url = QUrl(fields.string("url"), QUrl::StrictMode);
        blog.xmlrpc = QUrl(fields.string("xmlrpc"), QUrl::StrictMode);
        blog.isAdmin = fields.boolean("isAdmin", false);
        if (fields.error()) {
            return *fields.error();
        }
        return blog;
    });
}

Result<RemoteUser> parseProfile(const XmlRpcValue& value)
{
    return userAt(value, QString());
}

Result<QList<RemoteUser>> parseUsers(const XmlRpcValue& value)
{
    return parseList<RemoteUser>(value, userAt);
}

Result<RemotePost> parsePost(const XmlRpcValue& value)
{
    return postAt(value, QString());
}

Result<QList<RemotePost>> parsePosts(const XmlRpcValue& value)
{
    return parseList<RemotePost>(value, postAt);
}

Result<RemoteComment> parseComment(const XmlRpcValue& value)
{
    return commentAt(value, QString());
}

Result<QList<RemoteComment>> parseComments(const XmlRpcValue& value)
{
    return parseList<RemoteComment>(value, commentAt);
}

Result<RemoteTerm> parseTerm(const XmlRpcValue& value)
{
    return termAt(value, QString());
}

Result<QList<RemoteTerm>> parseTerms(const XmlRpcValue& value)
{
    return parseList<RemoteTerm>(value, termAt);
}

Result<RemoteMedia> parseMedia(const XmlRpcValue& value)
{
    return mediaAt(value, QString());
}

Result<QList<RemoteMedia>> parseMediaLibrary(const XmlRpcValue& value)
{
    return parseList<RemoteMedia>(value, mediaAt);
}

XmlRpcValue postContent(const QJsonObject& restFields, QStringList* skipped, const RemotePost* current)
{
    static const std::pair<const char*, const char*> kStrings[] = {
        {"title", "post_title"},           {"content", "post_content"},   {"excerpt", "post_excerpt"},
        {"slug", "post_name"},             {"status", "post_status"},     {"comment_status", "comment_status"},
        {"ping_status", "ping_status"},    {"password", "post_password"}, {"format", "post_format"},
    };
    XmlRpcValue content(XmlRpcValue::Struct {});
    XmlRpcValue terms(XmlRpcValue::Struct {});
    for (auto it = restFields.begin(); it != restFields.end(); ++it) {
        const QString key = it.key();
        bool done = false;
        for (const auto& [rest, xml] : kStrings) {
            if (key == QLatin1String(rest)) {
                // REST also takes {"raw": "..."} for title, content and excerpt.
                const QJsonValue text = it->isObject() ? it->toObject().value(QStringLiteral("raw")) : *it;
                content.insert(QLatin1String(xml), XmlRpcValue(text.toString()));
                done = true;
            }
        }
        if (done) {
            continue;
        }
        if (key == QLatin1String("date_gmt")) {
            const QDateTime date = wpjson::parseGmt(it->toString());
            if (date.isValid()) {
                content.insert(QStringLiteral("post_date_gmt"), XmlRpcValue(date));
            } else if (skipped) {
                skipped->append(key); // never the zero date: WordPress would store it as such
            }
        } else if (key == QLatin1String("categories") || key == QLatin1String("tags")) {
            XmlRpcValue::Array ids;
            for (const QJsonValue id : it->toArray()) {
                ids.emplace_back(qint64(id.toInteger()));
            }
            terms.insert(key == QLatin1String("categories") ? QStringLiteral("category") : QStringLiteral("post_tag"),
                         XmlRpcValue(std::move(ids)));
        } else if (key == QLatin1String("featured_media")) {
            // 0 removes the thumbnail, as in REST.
            content.insert(QStringLiteral("post_thumbnail"), XmlRpcValue(qint64(it->toInteger())));
        } else if (key == QLatin1String("sticky")) {
            content.insert(QStringLiteral("sticky"), XmlRpcValue(it->toBool()));
        } else if (key == QLatin1String("author")) {
            content.insert(QStringLiteral("post_author"), XmlRpcValue(qint64(it->toInteger())));
        } else if (key == QLatin1String("parent")) {
            content.insert(QStringLiteral("post_parent"), XmlRpcValue(qint64(it->toInteger())));
        } else if (key == QLatin1String("menu_order") && skipped) {
            // wp.newPost and wp.editPost keep only the fields they know (_insert_post): menu_order and a page's
            // template are dropped by WordPress, so they are refused here, never silently lost.
            skipped->append(key);
        } else if (key == QLatin1String("meta")) {
            // custom_fields: {id, key, value} changes the field of that id, {key, value} adds one. A key the post
            // holds more than once (no single id) or a value that is not text cannot be carried.
            XmlRpcValue::Array customFields;
            const QJsonObject meta = it->toObject();
            for (auto field = meta.begin(); field != meta.end(); ++field) {
                const bool text = field->isString() || field->isDouble() || field->isBool();
                const bool held = current && current->meta.contains(field.key());
                const qint64 metaId = current ? current->customFieldIds.value(field.key()) : 0;
                if (!text || (held && metaId <= 0)) {
                    if (skipped) {
                        skipped->append(QStringLiteral("meta.") + field.key());
                    }
                    continue;
                }
                XmlRpcValue entry(XmlRpcValue::Struct {});
                if (metaId > 0) {
                    entry.insert(QStringLiteral("id"), XmlRpcValue(QString::number(metaId)));
                }
                entry.insert(QStringLiteral("key"), XmlRpcValue(field.key()));
                entry.insert(QStringLiteral("value"),
                             XmlRpcValue(field->isString() ? field->toString() : field->toVariant().toString()));
                customFields.push_back(std::move(entry));
            }
            if (!customFields.empty()) {
                content.insert(QStringLiteral("custom_fields"), XmlRpcValue(std::move(customFields)));
            }
        } else if (skipped) {
            skipped->append(key);
        }
    }
    if (!terms.members().empty()) {
        content.insert(QStringLiteral("terms"), terms);
    }
    return content;
}

QString commentStatusToXmlRpc(const QString& status)
{
    return status == QLatin1String("approved") ? QStringLiteral("approve") : status;
}

} // namespace longhand::xmlrpc
