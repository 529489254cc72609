#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace longhand {

// The YAML block at the top of a review file. Only keys present in the file are set.
struct FrontMatter
{
    std::optional<QString> title;
    std::optional<QString> slug;
    std::optional<QString> excerpt;
    std::optional<QString> status; // draft, pending, private, publish or future (stored lower case)
    std::optional<QString> featured; // the image path as written
    std::optional<QDateTime> date; // UTC; a date or time without a zone was read as local time
    std::optional<QStringList> categories;
    std::optional<QStringList> tags;
    // Where the review lives (written by export, read by publish): the blog's address, the post's id there, the
    // blog's modified time of the version the file was written from (UTC), and a featured image that is only on
    // the blog (its media id).
    std::optional<QString> blog;
    std::optional<qint64> id;
    std::optional<QDateTime> modified;
    std::optional<qint64> featuredMedia; // key featured_media
    // Post options under WordPress's field names (issue 15 item 2). A key the file leaves out keeps the review's
    // value (publishing sends only what changed from the blog's).
    std::optional<QString> format;        // standard, aside, gallery, link, image, quote, status, video, audio, chat
    std::optional<bool> sticky;
    std::optional<QString> password;      // the post's password ("" = none)
    std::optional<qint64> author;         // the blog's user id
    // author: given as the user's login or display name instead (issue 15 item 5): resolved against the blog's users
    // the cache knows when published (resolveAuthor), then written back as the id. Never written by writeMarkdownDocument.
    std::optional<QString> authorName;
    std::optional<QString> commentStatus; // key comment_status: open or closed
    std::optional<QString> pingStatus;    // key ping_status: open or closed
    std::optional<QJsonObject> meta;      // custom fields: key -> text (or a number, true/false, a list)
    // Pages (issue 15 item 1), under WordPress's names: type (post or page; another value, as Hugo writes, is an
    // unknown key), parent (the blog's page id, 0 = none), menu_order, template (the theme's file, "" = default).
    std::optional<QString> type;
    std::optional<qint64> parent;
    std::optional<int> menuOrder;         // key menu_order
    std::optional<QString> pageTemplate;  // key template
    QStringList unknownKeys; // keys Longhand ignores, in file order, so that the CLI can warn about them

    bool operator==(const FrontMatter&) const = default;
};

struct MarkdownDocument
{
    FrontMatter meta;
    QString body;

    bool operator==(const MarkdownDocument&) const = default;
};

// Splits a review file into its front matter and its Markdown body.
//
// The front matter is a YAML mapping between a first line "---" and a closing "---" or "..." line; a file that
// does not start with "---" is all body. A UTF-8 byte order mark is skipped, and CRLF (or lone CR) line endings
// are read as "\n" in the front matter and the body alike. One blank line after the closing line is part of the
// separator, not of the body (that is what writeMarkdownDocument puts there).
//
// A key with no value ("tags:") counts as not set. A list key given a single value becomes a one-item list.
// Errors are Error::Code::InvalidInput with a message that names the file line and the fix.
Result<MarkdownDocument> parseMarkdownDocument(const QString& text);

// The inverse of parseMarkdownDocument: "---", the keys that are set (strings double-quoted, lists in flow
// style, the date as UTC ISO 8601), "---", a blank line, then the body. unknownKeys are not written (their
// values were never kept), so parse(write(meta, body)) gives back meta and body when unknownKeys is empty
// and status, if set, is one of the allowed lower-case values.
QString writeMarkdownDocument(const FrontMatter& meta, const QString& body);

// The file's text with its front matter naming where the review lives now (blog, id, modified): those lines are
// replaced or added, everything else (other keys, comments, the body, CRLF line endings) stays as it was. An error
// when the result would not read back with exactly these values (the caller then leaves the file alone).
Result<QString> linkFrontMatter(const QString& text, const QString& blog, qint64 id, const QDateTime& modifiedGmt,
                                std::optional<qint64> author = std::nullopt);

} // namespace longhand
