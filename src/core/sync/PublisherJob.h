#pragma once

// Private to Publisher.cpp and PublisherImages.cpp: one publication's state as it goes through its steps.
#include "core/blog/BlogClient.h"
#include "core/domain/MediaItem.h"
#include "core/domain/Post.h"
#include "core/markdown/MarkdownRenderer.h"
#include "core/storage/PublishRepository.h"
#include "core/sync/Publisher.h"

#include <QHash>
#include <QSize>

#include <optional>

namespace longhand {

struct LocalImage
{
    QString reference; // "media/…"
    QString path;
    QString sha256;     // of the bytes uploaded
    QByteArray bytes;
    QString originalSha256; // of the file in the profile, once prepared (an upload before preparation existed)
    QSize size;             // as uploaded, when known
    bool prepared = false;
};

// A review as Publisher loads it: its text, its local images, and the blog's media it links to (by address).
struct LoadedReview
{
    Post post;
    QList<LocalImage> images;
    QHash<QString, MediaItem> blogMedia;
};

struct Publisher::Job
{
    OutboxEntry entry;
    Post post;
    QList<LocalImage> images;
    int imageIndex = 0;
    QHash<QString, QString> imageUrls;
    QHash<QString, BlogImage> blogImages;
    qint64 featuredMediaId = 0;
    QList<qint64> categoryIds;
    QList<qint64> tagIds;
    QString alsoLikeUrl;
    QString content;
    RenderOptions renderOptions;       // how a Markdown review is rendered for the blog (a merge renders blocks alike)
    std::optional<QString> mergedBody; // the review's Markdown with the web's edits merged in, stored once published
    QString unmergedContent;           // what would have been sent without the merge
    QString token;                     // this publication's, written into a post it creates
    int looks = 0;                     // searches for what an earlier attempt may have made (bounded)
    std::optional<RemotePost> current; // the blog's post before an update
    QString written;                   // the text the blog now has from us (the next merge's base)
    QString requestedSlug;
    QString notice;                    // for the writer: the blog gave another slug, did not keep a custom field
    QStringList droppedMeta;           // custom fields sent that the blog's answer does not hold (not exposed to the API)
};

} // namespace longhand
