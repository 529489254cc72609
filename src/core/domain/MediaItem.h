#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace longhand {

// One item of a blog's media library as the cache holds it (synced from the blog, or uploaded from here).
// Its text comes from the blog: plain text, shown as such.
struct MediaItem
{
    qint64 siteId = 0;
    qint64 remoteId = 0;     // the attachment's id on the blog
    QString title;
    QString fileName;        // the last part of sourceUrl
    QString altText;         // REST only: XML-RPC does not say it
    QString mimeType;
    QString sourceUrl;       // the full file on the blog
    QString thumbnailUrl;    // the blog's small copy; empty: none
    int width = 0;           // 0: unknown
    int height = 0;
    QDateTime uploadedGmt;   // invalid: unknown

    bool isImage() const { return mimeType.startsWith(QLatin1String("image/")); }
    // What a list shows: the title, else the file name.
    QString label() const { return title.isEmpty() ? fileName : title; }
};

// Which items of the library to list, newest upload first.
struct MediaFilter
{
    qint64 siteId = 0;       // 0: every blog
    QString search;          // in the title, the file name and the alt text (case-insensitive); empty: all
    QDate from;              // uploaded on or after (UTC day); invalid: no lower bound
    QDate to;                // uploaded on or before; invalid: no upper bound
    bool imagesOnly = true;
    int limit = 200;         // a page; at most 1000
    int offset = 0;
};

} // namespace longhand
