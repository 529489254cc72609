#pragma once

#include "core/domain/BlockSupport.h"
#include "core/markdown/TextStats.h"

#include <QHash>
#include <QSet>
#include <QSize>
#include <QString>

namespace longhand {

// An image the blog holds as media: its attachment id and the size uploaded.
struct BlogImage
{
    qint64 id = 0;
    QSize size; // invalid: unknown (no width and height written)
};

struct RenderOptions
{
    enum class Target {
        Blog,    // what is published: spoilers as <details>
        Preview, // the editor's preview: spoilers collapsed behind a link unless expanded
    };
    Target target = Target::Blog;
    QSet<int> expandedSpoilers; // preview only: spoiler numbers (in document order, from 0) shown open

    QString title;       // this review's title, the X of "If you liked X you may also like Y"
    QString alsoLike;    // the Y; empty = no closing line
    QString alsoLikeUrl; // where Y links to; empty = plain text

    // Posts written on the web are HTML: shown as they are, never converted.
    bool htmlSource = false;

    // Publishing: local image references ("media/…") and their addresses on the blog.
    QHash<QString, QString> imageUrls;
    // ... and, by the same references, what the blog knows them as (class wp-image-ID, width, height).
    QHash<QString, BlogImage> blogImages;
    // Publishing to a blog that uses the block editor: the review as WordPress block markup (BlockSerializer), by
    // renderBlocks (for the merge) and by Publisher.
    bool blockMarkup = false;
    // ... as that blog's WordPress writes blocks (wp:details, the heading's class): the blog's DetectedBlockSupport.
    BlockSupport blockSupport;
};

struct RenderResult
{
    QString html;
    TextStats stats;   // counted over the text a reader sees, not the markup
    int spoilerCount = 0;
};

// One top-level block of a review as the blog gets it.
struct RenderedBlock
{
    QString source;          // its Markdown: the lines from after the previous block to its last (blank lines
                             // and link reference definitions before it included); empty for a generated block
    QString html;            // what it renders to (RenderOptions::Target::Blog)
    bool generated = false;  // not in the Markdown: the "you may also like" line
};

// Renders a review's Markdown with cmark plus the review extensions. The writer's own raw HTML
// passes through (it is the writer's choice); this class never touches comment text.
// Thread-safe: every call works on its own cmark document.
class MarkdownRenderer final
{
public:
    static RenderResult render(const QString& markdown, const RenderOptions& options = {});
    // The review cut into its top-level blocks, each rendered for the blog (as block markup when options.blockMarkup) (spoilers, images and the also-like line
    // as render() does them). trailing: the lines after the last block (link reference definitions, blank lines).
    // Line endings are "\n" (CRLF is converted).
    static QList<RenderedBlock> renderBlocks(const QString& markdown, const RenderOptions& options, QString* trailing = nullptr);
    // The same text through bare cmark, for comparison in the benchmark.
    static QByteArray renderPlainCmark(const QByteArray& markdownUtf8);

    // Every image address a review's Markdown shows, in order, without repeats.
    static QStringList images(const QString& markdown);
    // The local ones among them ("media/…").
    static QStringList localImages(const QString& markdown);

    static QString spoilerLinkScheme() { return QStringLiteral("longhand-spoiler"); }
};

} // namespace longhand
