#pragma once

#include "core/markdown/MarkdownRenderer.h"

#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <utility>

namespace longhand {

// A block's attributes in the order they are written (WordPress writes them in the order its editor sets them).
using BlockAttributes = QList<std::pair<QString, QJsonValue>>;

// A review's Markdown as WordPress block markup ("serialized blocks"), so that the block editor opens a review
// Longhand published as paragraphs, headings, lists, quotes, images, code, separators and tables, not as one
// Classic block. The Markdown stays the source; this is only what the blog gets.
//
// Each block is written as the block editor of WordPress 6.1 (Debian 12, the fixture) saves it, from the save()
// functions in wp-includes/js/dist/block-library.js; markup that differs would be shown as an "invalid" block.
// Where later versions write differently and the blog says it runs one (RenderOptions::blockSupport), as those do:
// headings with class wp-block-heading (6.2+), spoilers as wp:details blocks (6.3+).
// What no core block of the blog's version expresses exactly becomes a wp:html block holding the HTML
// MarkdownRenderer writes today, so no content is lost: raw HTML, spoilers on a blog before 6.3 (<details>), the
// "you may also like" line, list items holding more than a paragraph and nested lists.
//
// The review's own raw HTML cannot open or close a block: a "<!-- wp:" or "<!-- /wp:" it holds is written as
// "<!-- wp&#058;" (an attribute shows the same text, a comment shows nothing either way).
// Thread-safe: every call works on its own cmark document.
class BlockSerializer final
{
public:
    // options as for MarkdownRenderer::render; the target is always the blog.
    static QString serialize(const QString& markdown, const RenderOptions& options = {});
    // The same, one entry per top-level Markdown block (as MarkdownRenderer::renderBlocks cuts the review; the
    // also-like line last); serialize() joins them with a blank line.
    static QStringList serializeBlocks(const QString& markdown, const RenderOptions& options = {});
    // What a blog gets for a review: block markup when options.blockMarkup, else MarkdownRenderer's HTML.
    static QString renderForBlog(const QString& markdown, const RenderOptions& options);

    // Block markup cut into its top-level blocks, each with its delimiters (trimmed); loose HTML between blocks is a
    // piece of its own. Nothing non-blank is dropped.
    static QStringList splitTopLevel(const QString& content);
    // The HTML a block holds: every block delimiter in it removed.
    static QString withoutDelimiters(const QString& content);

    // One block: "<!-- wp:NAME ATTRS -->\nHTML\n<!-- /wp:NAME -->" (core/ dropped from NAME as WordPress does).
    static QString block(const QString& name, const BlockAttributes& attributes, const QString& html);
    // Attributes as JSON the way WordPress's serialize_block_attributes() writes them (wp-includes/blocks.php):
    // slashes and Unicode unescaped, then "--", "<", ">", "&" and '\"' as \u002d\u002d, \u003c, \u003e, \u0026, \u0022.
    static QString serializeAttributes(const BlockAttributes& attributes);
    // Raw HTML made unable to open or close a block (see the class comment).
    static QString defuseDelimiters(const QString& html);
    // WP_Block_Parser's delimiter (wp-includes/class-wp-block-parser.php): captures closer "/", namespace + "/", name,
    // attributes JSON, void "/".
    static const QRegularExpression& delimiterPattern();
    // A fence's language as the code block keeps it (className "language-X"): the info string's first word, lower
    // case, only [a-z0-9+#-], at most 40 characters; empty for none.
    static QString codeLanguage(const QString& info);
    // Whether a post's content is block markup (what a post written in the block editor starts with).
    static bool isBlockMarkup(const QString& content);
};

} // namespace longhand
