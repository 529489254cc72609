#pragma once

#include "core/Error.h"
#include "core/remote/WpJson.h"
#include "core/remote/xmlrpc/XmlRpcValue.h"

#include <QJsonObject>
#include <QList>
#include <QUrl>

namespace longhand {

// One blog an account may write to, from wp.getUsersBlogs.
struct XmlRpcBlog
{
    QString blogId; // WordPress sends it as a string ("1"); every later call passes it back
    QString name;
    QUrl url;
    QUrl xmlrpc;
    bool isAdmin = false;
};

// WordPress's XML-RPC structs as the value types the REST client returns (core/remote/WpJson.h), so a backend-
// neutral seam can hand either to sync. Types are checked as in WpJson: a struct that is not what WordPress sends
// gets Error::Code::BadResponse naming the member ("[3].post_id should be a whole number, not a struct").
// Differences from REST, which the caller must know:
//  - ids arrive as strings ("4") and are read as numbers; a comment's status is "approve" in XML-RPC and is
//    given here as REST's "approved";
//  - comments carry no user agent (authorUserAgent stays empty);
//  - a post's thumbnail, categories and tags come from post_thumbnail and terms.
namespace xmlrpc {

Result<QList<XmlRpcBlog>> parseUsersBlogs(const XmlRpcValue& value);
Result<RemoteUser> parseProfile(const XmlRpcValue& value);
Result<QList<RemoteUser>> parseUsers(const XmlRpcValue& value); // wp.getUsers
Result<RemotePost> parsePost(const XmlRpcValue& value);
Result<QList<RemotePost>> parsePosts(const XmlRpcValue& value);
Result<RemoteComment> parseComment(const XmlRpcValue& value);
Result<QList<RemoteComment>> parseComments(const XmlRpcValue& value);
Result<RemoteTerm> parseTerm(const XmlRpcValue& value);
Result<QList<RemoteTerm>> parseTerms(const XmlRpcValue& value);
// wp.uploadFile's answer, or one item of wp.getMediaItem/wp.getMediaLibrary (attachment_id and link instead of id
// and url; no alt text in either).
Result<RemoteMedia> parseMedia(const XmlRpcValue& value);
Result<QList<RemoteMedia>> parseMediaLibrary(const XmlRpcValue& value);
// wp.getOptions(["software_version"]): the WordPress version ("6.1.9").
Result<QString> parseSoftwareVersion(const XmlRpcValue& value);
// A whole number sent as <int> or as a string of digits (what wp.newPost, wp.newComment and wp.newTerm answer).
Result<qint64> parseId(const XmlRpcValue& value);

// The REST fields Longhand writes (title, content, excerpt, slug, status, date_gmt, comment_status, ping_status,
// categories, tags, featured_media, sticky, format, password, author, meta; parent for comments is not here) as
// wp.newPost/wp.editPost's content struct: post_title, post_content, post_excerpt, post_name, post_status,
// post_date_gmt, comment_status, ping_status, terms {category, post_tag}, post_thumbnail, sticky, post_format,
// post_password, post_author, custom_fields. Fields with no XML-RPC
// counterpart are left out and named in skipped.
// meta (custom fields) needs the post as the blog has it (`current`, read with its custom_fields) to change a
// field in place; without it every key is added.
XmlRpcValue postContent(const QJsonObject& restFields, QStringList* skipped = nullptr, const RemotePost* current = nullptr);
// REST comment statuses (approved/approve, hold, spam, trash) as XML-RPC's (approve, hold, spam, trash).
QString commentStatusToXmlRpc(const QString& status);

} // namespace xmlrpc
} // namespace longhand
