#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace longhand {

// What a blog holds, as plain values, whichever backend (REST, XML-RPC) read it: the cache stores these.
// Field meanings follow WordPress (dates in UTC; statuses in REST's words: "approved", not "approve").
struct RemotePost
{
    qint64 id = 0;
    QString title;   // raw (context=edit)
    QString slug;
    QString excerpt; // raw
    QString content; // raw
    QString status;
    QDateTime dateGmt;
    QDateTime modifiedGmt;
    QString link;
    bool commentsOpen = true;
    bool pingsOpen = true;
    QString format = QStringLiteral("standard");
    bool sticky = false;
    QString password;
    QJsonObject meta; // REST: meta registered with show_in_rest; XML-RPC: custom_fields (unprotected keys), key -> value
    QHash<QString, qint64> customFieldIds; // XML-RPC: each single-valued custom field's meta id (a write needs it)
    qint64 featuredMedia = 0;
    qint64 author = 0;
    QList<qint64> categories;
    QList<qint64> tags;
    // Pages (issue 15 item 1). type: WordPress's post type ("post", "page"). pageTemplate: nullopt when the backend
    // cannot read it (XML-RPC's wp.getPost does not say), so that nothing is assumed about it.
    QString type = QStringLiteral("post");
    qint64 parent = 0;
    int menuOrder = 0;
    std::optional<QString> pageTemplate;
};

struct RemoteTerm
{
    qint64 id = 0;
    QString name;
    QString slug;
    qint64 parent = 0;
};

struct RemoteMedia
{
    qint64 id = 0;
    QString sourceUrl;
    QString mimeType;
    QString altText;
    QString title;
    qint64 post = 0;
    QDateTime modifiedGmt;
    QDateTime uploadedGmt;  // when it was uploaded (REST date_gmt, XML-RPC date_created_gmt)
    QString thumbnailUrl;   // the blog's small copy ("thumbnail" size); empty: none (not an image, or not made)
    int width = 0;          // of the full image; 0: unknown or not an image
    int height = 0;
};

struct RemoteUser
{
    qint64 id = 0;
    QString name;
    QString slug;
    QStringList roles;
};

struct RemoteComment
{
    qint64 id = 0;
    qint64 post = 0;
    qint64 parent = 0;
    qint64 author = 0;
    QString authorName;
    QString authorEmail;
    QString authorUrl;
    QString authorIp;
    QString authorUserAgent;
    QDateTime dateGmt;
    QString content; // raw (context=edit); untrusted HTML
    QString status;  // "approved", "hold", "spam", "trash"
    QString type = QStringLiteral("comment"); // "comment", "pingback", "trackback", "note" (WordPress 6.9), ...
};

// Just what the status reconciliation asks for (id and status only).
struct RemoteCommentStatus
{
    qint64 id = 0;
    QString status;
};

// What the posts probe of an incremental sync asks for (id and modification time only).
struct RemotePostStamp
{
    qint64 id = 0;
    QDateTime modifiedGmt;
};

// The fields of a post that Longhand shows and may change (title, excerpt, slug, status, date_gmt,
// comment_status, ping_status, categories, tags, featured_media, and since schema 11 format, sticky, password,
// author, meta, and for a page since schema 13 parent, menu_order, template), as the JSON the cache keeps in
// posts.base_fields: the base an update is compared with, so that only what the writer changed is sent.
// The names are WordPress's (REST's) field names; the stored form predates the backend seam and stays.
QJsonObject postShownFields(const RemotePost& post);

// WordPress dates without zone ("2026-11-26T23:40:00") in UTC.
QDateTime parseWpGmt(const QString& text);
QString formatWpGmt(const QDateTime& time);

} // namespace longhand
