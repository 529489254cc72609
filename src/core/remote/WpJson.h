#pragma once

#include "core/Error.h"
#include "core/domain/BlogClock.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace longhand {

// What the WordPress REST API sends, as plain values. Parsing checks types and required fields:
// a server that answers something else gets Error::Code::BadResponse with a sentence, never a crash.
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
    qint64 featuredMedia = 0;
    qint64 author = 0;
    QList<qint64> categories;
    QList<qint64> tags;
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

// Just what the status reconciliation asks for (_fields=id,status).
struct RemoteCommentStatus
{
    qint64 id = 0;
    QString status;
};

// What the posts probe of an incremental sync asks for (_fields=id,modified_gmt).
struct RemotePostStamp
{
    qint64 id = 0;
    QDateTime modifiedGmt;
};

// The REST index (GET /wp-json/): site name and whether application passwords can be used.
struct RestIndex
{
    QString name;
    QString description;
    bool applicationPasswords = false;
    QUrl authorizeUrl;
};

namespace wpjson {

// The _fields lists that keep responses to what Longhand stores.
QString postFields();
QString termFields();
QString mediaFields();
QString userFields();
QString commentFields();

Result<QList<RemoteComment>> parseComments(const QByteArray& body);
Result<RemoteComment> parseComment(const QByteArray& body);
Result<QList<RemoteCommentStatus>> parseCommentStatuses(const QByteArray& body);
// id and status of posts (_fields=id,status), to learn which posts the blog still has.
Result<QList<RemoteCommentStatus>> parsePostStatuses(const QByteArray& body);
// id and modified_gmt of posts (_fields=id,modified_gmt).
Result<QList<RemotePostStamp>> parsePostStamps(const QByteArray& body);

Result<QList<RemotePost>> parsePosts(const QByteArray& body);
// The fields of a post that Longhand shows and may change, in REST names and the form an update sends them
// (title, excerpt, slug, status, date_gmt, comment_status, ping_status, categories, tags, featured_media): the
// base an update is compared with, so that only what the writer changed is sent.
QJsonObject shownFields(const RemotePost& post);
Result<RemotePost> parsePost(const QByteArray& body);
Result<QList<RemoteTerm>> parseTerms(const QByteArray& body);
Result<RemoteTerm> parseTerm(const QByteArray& body);
Result<QList<RemoteMedia>> parseMediaList(const QByteArray& body);
Result<RemoteMedia> parseMedia(const QByteArray& body);
Result<QList<RemoteUser>> parseUsers(const QByteArray& body);
Result<RemoteUser> parseUser(const QByteArray& body);
// gmt_offset (hours: a number, or a string such as "5.5" or "-3:30") and timezone_string from the REST index.
Result<BlogClock> parseBlogClock(const QByteArray& body);
Result<RestIndex> parseIndex(const QByteArray& body);

// WordPress dates without zone ("2026-11-26T23:40:00") in UTC.
QDateTime parseGmt(const QString& text);
QString formatGmt(const QDateTime& time);

} // namespace wpjson
} // namespace longhand
