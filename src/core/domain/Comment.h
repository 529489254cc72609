#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace longhand {

// A comment's moderation status as WordPress names it in responses ("approved", "hold", "spam",
// "trash"); "deleted" is a local deletion for good that has not reached the blog yet.
enum class CommentStatus { Hold, Approved, Spam, Trash, Deleted };

QString commentStatusName(CommentStatus status);
// Accepts what the REST API sends and takes ("approve", "approved", "hold", "unapproved", "1", "0", …).
std::optional<CommentStatus> commentStatusFromString(const QString& text);
// "Pending", "Approved", … for people.
QString commentStatusLabel(CommentStatus status);

// Why a comment deserves a second look. Bits, stored in comments.flags.
enum TriageFlag : int {
    FlagManyLinks = 1 << 0,      // as many links as the threshold or more (WordPress holds 2 or more)
    FlagBlockedWord = 1 << 1,    // a word from the local block list
    FlagBlockedAddress = 1 << 2, // an IP or email address from the local block list
    FlagShouting = 1 << 3,       // mostly capitals
    FlagDuplicate = 1 << 4,      // the same text as an earlier comment
};
QStringList triageFlagNames(int flags);  // "links", "blocked-word", … (CLI --json, filters)
QStringList triageFlagLabels(int flags); // sentences' worth for people

struct Comment
{
    qint64 id = 0;           // local row
    qint64 siteId = 0;
    qint64 remoteId = 0;     // 0 while a reply written here has not reached the blog
    qint64 postRemoteId = 0;
    qint64 parentRemoteId = 0;
    CommentStatus status = CommentStatus::Hold;
    QString remoteStatus;    // the server's status when last seen
    qint64 authorId = 0;
    QString authorName;
    QString authorEmail;
    QString authorUrl;
    QString authorIp;
    QString authorUserAgent;
    QDateTime dateGmt;
    QString content;         // raw, as the blog stores it (untrusted HTML)
    QString plainText;
    int linkCount = 0;
    int flags = 0;
    bool pending = false;    // a local action waits in the outbox
    bool gone = false;       // deleted on the server
    QString notice;
    QString type = QStringLiteral("comment"); // WordPress's comment_type: "comment", "pingback", "trackback", ...
    bool userReplied = false; // a user of the blog has answered it (a held or approved reply)
    QString postTitle;       // joined from posts when known
    QString siteName;

    QString excerpt(int length = 140) const;
    bool isPing() const { return type == QLatin1String("pingback") || type == QLatin1String("trackback"); }
    // Not by a user of the blog, and no user of the blog has answered it.
    bool isUnreplied() const { return authorId == 0 && !userReplied; }
};

// "Comment", "Pingback", "Trackback", else the type as WordPress names it.
QString commentTypeLabel(const QString& type);

// What the queue shows and searches.
struct CommentFilter
{
    std::optional<qint64> siteId;
    // nullopt: every status (except local deletions).
    std::optional<CommentStatus> status;
    std::optional<qint64> postRemoteId;
    QString search;          // FTS5 over text, author name, email, URL and IP
    bool unreplied = false;  // not by a user of the blog and not answered by one
    bool mine = false;       // on posts written by the blog's signed-in account
    QString type;            // "comment", "pingback", "trackback"; empty: every type
    QString commenter;       // exactly this email address (or IP address, without @): one commenter on every blog
    // Only these comments (a review pass's list, fixed when it starts so that it does not change as they are
    // answered); empty: no such limit.
    QList<qint64> onlyIds;
    bool newestFirst = true;
};

struct CommentCounts
{
    int hold = 0;
    int approved = 0;
    int spam = 0;
    int trash = 0;
    int total() const { return hold + approved + spam + trash; }
};

// What the moderator changes of a comment: its text and the commenter as wp-admin's Quick Edit does. A field
// left nullopt is not changed.
struct CommentEdit
{
    std::optional<QString> text;
    std::optional<QString> authorName;
    std::optional<QString> authorEmail;
    std::optional<QString> authorUrl;
    bool isEmpty() const { return !text && !authorName && !authorEmail && !authorUrl; }
};

// How a commenter has fared on this blog, by email and by IP.
struct CommenterStats
{
    CommentCounts byEmail;
    CommentCounts byIp;
    bool firstComment = false; // no earlier comment with this email
    // Over every connected blog, by email (by IP when there is none): one commenter across blogs.
    CommentCounts onAllBlogs;
    int blogsWithComments = 0; // how many blogs they commented on
    int blogsConnected = 0;
};

} // namespace longhand
