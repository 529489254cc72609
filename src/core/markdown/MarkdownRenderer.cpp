#include "core/markdown/MarkdownRenderer.h"

#include "core/markdown/BlockSerializer.h"
#include "core/markdown/ReviewExtensions.h"
#include "core/markdown/WebPost.h"
#include "core/remote/ThemeStylesheet.h"

#include <cmark.h>

#include <algorithm>
#include <memory>

namespace longhand {

namespace {

struct NodeDeleter
{
    void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct CStringDeleter
{
    void operator()(char* text) const { cmark_get_default_mem_allocator()->free(text); }
};
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;
using CStringPtr = std::unique_ptr<char, CStringDeleter>;

// The writer's own text: raw HTML is kept (CMARK_OPT_UNSAFE) by design; see the class comment.
constexpr int kOptions = CMARK_OPT_DEFAULT | CMARK_OPT_UNSAFE | CMARK_OPT_VALIDATE_UTF8;

} // namespace

RenderResult MarkdownRenderer::render(const QString& markdown, const RenderOptions& options)
{
    if (options.htmlSource) {
        RenderResult result;
        result.html = markdown;
        // The text alone: no tags, attributes or comments (a block post's delimiters).
        result.stats = TextStats::forWordCount(webpost::countWords(markdown));
        if (options.target == RenderOptions::Target::Preview) {
            result.html = ThemeStylesheet::cleanEmbedded(result.html);
        }
        return result;
    }
    const QByteArray utf8 = markdown.toUtf8();
    NodePtr document(cmark_parse_document(utf8.constData(), size_t(utf8.size()), kOptions));
    RenderResult result;
    if (!document) {
        return result;
    }
    // Count before the transform so that collapsed spoilers still count as words of the review.
    const int words = extensions::countVisibleWords(document.get());
    result.spoilerCount = extensions::transformSpoilers(document.get(), options);
    // Each "[!spoiler]" marker was counted as one word ("spoiler"), but no reader sees it.
    result.stats = TextStats::forWordCount(words - result.spoilerCount);
    extensions::appendAlsoLike(document.get(), options);
    extensions::rewriteImages(document.get(), options.imageUrls, options.blogImages);
    CStringPtr html(cmark_render_html(document.get(), kOptions));
    result.html = QString::fromUtf8(html.get());
    if (options.target == RenderOptions::Target::Preview) {
        // The writer's or the web's raw HTML may carry CSS; the preview takes only what loads nothing.
        result.html = ThemeStylesheet::cleanEmbedded(result.html);
    }
    return result;
}

QList<RenderedBlock> MarkdownRenderer::renderBlocks(const QString& markdown, const RenderOptions& options, QString* trailing)
{
    QString text = markdown;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    const QByteArray utf8 = text.toUtf8();
    NodePtr document(cmark_parse_document(utf8.constData(), size_t(utf8.size()), kOptions));
    QList<RenderedBlock> blocks;
    if (!document) {
        if (trailing) {
            *trailing = text;
        }
        return blocks;
    }
    // Source lines first: the extensions replace nodes (one for one, in place) and add the also-like block.
    QList<std::pair<int, int>> spans;
    for (cmark_node* node = cmark_node_first_child(document.get()); node; node = cmark_node_next(node)) {
        spans.append({cmark_node_get_start_line(node), cmark_node_get_end_line(node)});
    }
    RenderOptions blog = options;
    blog.target = RenderOptions::Target::Blog;
    // The same top-level nodes as below, one block each (the serializer transforms the same nodes one for one).
    const QStringList serialized = blog.blockMarkup ? BlockSerializer::serializeBlocks(text, blog) : QStringList();
    extensions::transformSpoilers(document.get(), blog);
    extensions::appendAlsoLike(document.get(), blog);
    extensions::rewriteImages(document.get(), blog.imageUrls, blog.blogImages);
    int index = 0;
    int previousEnd = 0; // 1-based line numbers
    for (cmark_node* node = cmark_node_first_child(document.get()); node; node = cmark_node_next(node), ++index) {
        RenderedBlock block;
        CStringPtr html(cmark_render_html(node, kOptions));
        block.html = index < serialized.size() ? serialized.at(index) : QString::fromUtf8(html.get());
        if (index < spans.size()) {
            const int end = std::clamp(spans.at(index).second, previousEnd, int(lines.size()));
            block.source = lines.mid(previousEnd, end - previousEnd).join(QLatin1Char('\n'));
            previousEnd = end;
        } else {
            block.generated = true;
        }
        blocks.append(block);
    }
    if (trailing) {
        *trailing = lines.mid(previousEnd).join(QLatin1Char('\n'));
    }
    return blocks;
}

QStringList MarkdownRenderer::images(const QString& markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    NodePtr document(cmark_parse_document(utf8.constData(), size_t(utf8.size()), kOptions));
    return document ? extensions::imageUrls(document.get()) : QStringList();
}

QStringList MarkdownRenderer::localImages(const QString& markdown)
{
    QStringList local;
    const QStringList all = images(markdown);
    for (const QString& url : all) {
        if (url.startsWith(QLatin1String("media/"))) {
            local.append(url);
        }
    }
    return local;
}

QByteArray MarkdownRenderer::renderPlainCmark(const QByteArray& markdownUtf8)
{
    CStringPtr html(cmark_markdown_to_html(markdownUtf8.constData(), size_t(markdownUtf8.size()), CMARK_OPT_DEFAULT));
    return QByteArray(html.get());
}

} // namespace longhand
