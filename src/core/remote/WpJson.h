#pragma once

#include "core/Error.h"
#include "core/blog/BlogClient.h"
#include "core/domain/BlogClock.h"
#include "core/domain/RemoteValues.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>

namespace longhand {

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
// The stored form of a post's shown fields (core/domain/RemoteValues.h), kept here for the REST mapping's callers.
inline QJsonObject shownFields(const RemotePost& post) { return postShownFields(post); }
Result<RemotePost> parsePost(const QByteArray& body);
Result<QList<RemoteTerm>> parseTerms(const QByteArray& body);
Result<RemoteTerm> parseTerm(const QByteArray& body);
Result<QList<RemoteMedia>> parseMediaList(const QByteArray& body);
Result<RemoteMedia> parseMedia(const QByteArray& body);
Result<QList<RemoteUser>> parseUsers(const QByteArray& body);
Result<RemoteUser> parseUser(const QByteArray& body);
// gmt_offset (hours: a number, or a string such as "5.5" or "-3:30") and timezone_string from the REST index.
Result<BlogClock> parseBlogClock(const QByteArray& body);
// GET wp/v2/block-types/core?_fields=name,supports.className: whether core/details is among them, and whether
// core/heading keeps its generated class (supports.className not false).
Result<BlockSupport> parseBlockSupport(const QByteArray& body);
Result<RestIndex> parseIndex(const QByteArray& body);

// WordPress dates without zone ("2026-11-26T23:40:00") in UTC (core/domain/RemoteValues.h).
inline QDateTime parseGmt(const QString& text) { return parseWpGmt(text); }
inline QString formatGmt(const QDateTime& time) { return formatWpGmt(time); }

// "[]", as WordPress answers for a page past the end of a list; checked without parsing the page.
bool isEmptyList(const QByteArray& body);
// Whether a page of posts holds one modified after `known` (modified_after is asked a second early,
// so the newest post already stored comes back every time). A scan for the timestamps, not a parse:
// this runs on the GUI thread.
bool bringsNewer(const QByteArray& body, const QDateTime& known);
// Decodes the REST answers' pages for sync (PageDecoder: the functions above).
std::shared_ptr<const PageDecoder> pageDecoder();

// The JSON bodies of writes: only the fields set.
QJsonObject postBody(const PostChanges& changes);
QJsonObject commentBody(const CommentChanges& changes);
QJsonObject commentBody(const NewComment& comment);
// The neutral meaning of a REST error code (rest_post_invalid_page_number -> PastLastPage, ...).
Error::Meaning meaningOf(const QString& remoteCode);

} // namespace wpjson
} // namespace longhand
