#include "core/markdown/ReviewExtensions.h"

#include "core/markdown/TextStats.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRegularExpression>

#include <cmark.h>

#include <cstring>

namespace longhand::extensions {

namespace {

QString literalOf(cmark_node* node)
{
    const char* literal = cmark_node_get_literal(node);
    return literal ? QString::fromUtf8(literal) : QString();
}

bool isLineBreak(cmark_node* node)
{
    const auto type = cmark_node_get_type(node);
    return type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK;
}

// Plain text of an inline node and its children.
void appendInlineText(cmark_node* node, QString& out)
{
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT:
    case CMARK_NODE_CODE:
        out += literalOf(node);
        return;
    default:
        for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
            appendInlineText(child, out);
        }
    }
}

// The first line of a paragraph as plain text, and the inline nodes that make it up.
QString firstLine(cmark_node* paragraph, QList<cmark_node*>& nodes)
{
    QString text;
    for (cmark_node* child = cmark_node_first_child(paragraph); child; child = cmark_node_next(child)) {
        nodes.append(child);
        if (isLineBreak(child)) {
            break;
        }
        appendInlineText(child, text);
    }
    return text;
}

QString escapeHtml(const QString& text)
{
    return text.toHtmlEscaped();
}

struct SpoilerMatch
{
    cmark_node* quote = nullptr;
    QString summary;
    QList<cmark_node*> markerNodes;
};

bool matchSpoiler(cmark_node* quote, SpoilerMatch& match)
{
    static const QRegularExpression marker(QStringLiteral("^\\s*\\[!spoiler\\]\\s*(.*)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    cmark_node* paragraph = cmark_node_first_child(quote);
    if (!paragraph || cmark_node_get_type(paragraph) != CMARK_NODE_PARAGRAPH) {
        return false;
    }
    QList<cmark_node*> nodes;
    const auto found = marker.match(firstLine(paragraph, nodes));
    if (!found.hasMatch()) {
        return false;
    }
    match.quote = quote;
    match.summary = found.captured(1).trimmed();
    match.markerNodes = nodes;
    return true;
}

} // namespace

int transformSpoilers(cmark_node* document, const RenderOptions& options)
{
    // Collect first: the tree must not change under the iterator.
    QList<SpoilerMatch> matches;
    cmark_iter* iter = cmark_iter_new(document);
    for (auto event = cmark_iter_next(iter); event != CMARK_EVENT_DONE; event = cmark_iter_next(iter)) {
        cmark_node* node = cmark_iter_get_node(iter);
        SpoilerMatch match;
        if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_BLOCK_QUOTE && matchSpoiler(node, match)) {
            matches.append(match);
        }
    }
    cmark_iter_free(iter);

    const QString defaultSummary = QCoreApplication::translate("MarkdownRenderer", "Spoiler");
    // Innermost first (reverse document order): a collapsed preview spoiler frees its children,
    // which would leave a nested spoiler's match pointing at freed nodes. Numbers stay in document order.
    for (int index = int(matches.size()) - 1; index >= 0; --index) {
        const SpoilerMatch& match = matches.at(index);
        cmark_node* paragraph = cmark_node_first_child(match.quote);
        for (cmark_node* node : match.markerNodes) {
            cmark_node_free(node); // unlinks the marker line from the paragraph
        }
        if (!cmark_node_first_child(paragraph)) {
            cmark_node_free(paragraph);
        }

        const QString summary = match.summary.isEmpty() ? QStringLiteral("Spoiler") : escapeHtml(match.summary);
        cmark_node* block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
        if (options.target == RenderOptions::Target::Blog) {
            cmark_node_set_on_enter(block, QStringLiteral("<details><summary>%1</summary>").arg(summary).toUtf8().constData());
            cmark_node_set_on_exit(block, "</details>");
            while (cmark_node* child = cmark_node_first_child(match.quote)) {
                cmark_node_append_child(block, child);
            }
        } else {
            const bool open = options.expandedSpoilers.contains(index);
            const QString shownSummary = match.summary.isEmpty() ? escapeHtml(defaultSummary) : summary;
            const QString hint = open ? QCoreApplication::translate("MarkdownRenderer", "hide")
                                      : QCoreApplication::translate("MarkdownRenderer", "click to reveal");
            cmark_node_set_on_enter(
                block, QStringLiteral("<div class=\"spoiler\"><p class=\"spoiler-summary\"><a href=\"%1:%2\">%3 %4 (%5)</a></p>")
                           .arg(MarkdownRenderer::spoilerLinkScheme())
                           .arg(index)
                           .arg(open ? QStringLiteral("\u25BE") : QStringLiteral("\u25B8"), shownSummary, escapeHtml(hint))
                           .toUtf8()
                           .constData());
            cmark_node_set_on_exit(block, "</div>");
            while (cmark_node* child = cmark_node_first_child(match.quote)) {
                if (open) {
                    cmark_node_append_child(block, child);
                } else {
                    cmark_node_free(child);
                }
            }
        }
        cmark_node_insert_before(match.quote, block);
        cmark_node_free(match.quote);
    }
    return int(matches.size());
}

void appendAlsoLike(cmark_node* document, const RenderOptions& options)
{
    const QString other = options.alsoLike.trimmed();
    if (other.isEmpty()) {
        return;
    }
    const auto text = [](const QString& literal) {
        cmark_node* node = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(node, literal.toUtf8().constData());
        return node;
    };
    const QString self = options.title.trimmed().isEmpty() ? QStringLiteral("this review") : options.title.trimmed();

    cmark_node* wrapper = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
    cmark_node_set_on_enter(wrapper, "<div class=\"also-like\">");
    cmark_node_set_on_exit(wrapper, "</div>");
    cmark_node* paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH);
    cmark_node_append_child(paragraph, text(QStringLiteral("If you liked ") + self + QStringLiteral(" you may also like ")));
    if (!options.alsoLikeUrl.isEmpty()) {
        cmark_node* link = cmark_node_new(CMARK_NODE_LINK);
        cmark_node_set_url(link, options.alsoLikeUrl.toUtf8().constData());
        cmark_node_append_child(link, text(other));
        cmark_node_append_child(paragraph, link);
    } else {
        cmark_node_append_child(paragraph, text(other));
    }
    cmark_node_append_child(wrapper, paragraph);
    cmark_node_append_child(document, wrapper);
}

namespace {

QString escapedAttribute(const QString& text)
{
    return text.toHtmlEscaped(); // & < > "
}

// <img> as WordPress's editor writes it for an attachment; alt and title as cmark would write them.
QString blogImageTag(cmark_node* image, const QString& url, const BlogImage& blog)
{
    QString alt;
    for (cmark_node* child = cmark_node_first_child(image); child; child = cmark_node_next(child)) {
        appendInlineText(child, alt);
    }
    QString tag = QStringLiteral("<img src=\"") + escapedAttribute(url) + QStringLiteral("\" alt=\"") + escapedAttribute(alt)
                  + QLatin1Char('"');
    const char* title = cmark_node_get_title(image);
    if (title && *title) {
        tag += QStringLiteral(" title=\"") + escapedAttribute(QString::fromUtf8(title)) + QLatin1Char('"');
    }
    tag += QStringLiteral(" class=\"wp-image-%1\"").arg(blog.id);
    if (blog.size.isValid()) {
        tag += QStringLiteral(" width=\"%1\" height=\"%2\"").arg(blog.size.width()).arg(blog.size.height());
    }
    return tag + QStringLiteral(" />");
}

} // namespace

void rewriteImages(cmark_node* document, const QHash<QString, QString>& urls, const QHash<QString, BlogImage>& blogImages)
{
    if (urls.isEmpty()) {
        return;
    }
    QList<std::pair<cmark_node*, QString>> replaced; // the tree is not changed while it is walked
    cmark_iter* iter = cmark_iter_new(document);
    for (auto event = cmark_iter_next(iter); event != CMARK_EVENT_DONE; event = cmark_iter_next(iter)) {
        cmark_node* node = cmark_iter_get_node(iter);
        if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_IMAGE) {
            const QString reference = QString::fromUtf8(cmark_node_get_url(node));
            const auto found = urls.constFind(reference);
            if (found == urls.constEnd()) {
                continue;
            }
            const auto blog = blogImages.constFind(reference);
            if (blog != blogImages.constEnd() && blog->id > 0) {
                replaced.append({node, blogImageTag(node, *found, *blog)});
            } else {
                cmark_node_set_url(node, found->toUtf8().constData());
            }
        }
    }
    cmark_iter_free(iter);
    for (const auto& [node, html] : std::as_const(replaced)) {
        cmark_node* tag = cmark_node_new(CMARK_NODE_HTML_INLINE);
        cmark_node_set_literal(tag, html.toUtf8().constData());
        cmark_node_replace(node, tag);
        cmark_node_free(node);
    }
}

QStringList imageUrls(cmark_node* document)
{
    QStringList urls;
    cmark_iter* iter = cmark_iter_new(document);
    for (auto event = cmark_iter_next(iter); event != CMARK_EVENT_DONE; event = cmark_iter_next(iter)) {
        cmark_node* node = cmark_iter_get_node(iter);
        if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_IMAGE) {
            const QString url = QString::fromUtf8(cmark_node_get_url(node));
            if (!urls.contains(url)) {
                urls.append(url);
            }
        }
    }
    cmark_iter_free(iter);
    return urls;
}

int countVisibleWords(cmark_node* document)
{
    WordCounter counter;
    cmark_iter* iter = cmark_iter_new(document);
    for (auto event = cmark_iter_next(iter); event != CMARK_EVENT_DONE; event = cmark_iter_next(iter)) {
        cmark_node* node = cmark_iter_get_node(iter);
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_CODE_BLOCK:
            if (event == CMARK_EVENT_ENTER) {
                const char* literal = cmark_node_get_literal(node);
                counter.feedUtf8(literal, literal ? std::strlen(literal) : 0);
            }
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_HEADING:
        case CMARK_NODE_ITEM:
            counter.breakWord();
            break;
        default:
            break;
        }
    }
    cmark_iter_free(iter);
    return counter.words();
}

} // namespace longhand::extensions
