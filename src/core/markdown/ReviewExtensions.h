#pragma once

#include "core/markdown/MarkdownRenderer.h"

struct cmark_node;

namespace longhand::extensions {

// Spoiler blocks are block quotes whose first line is "[!spoiler]", optionally followed by a
// summary, GitHub-alert style:
//
//     > [!spoiler] Who survives
//     > Nobody, in the end.
//
// Walks the AST, replaces each such quote by a custom block and returns how many it found.
int transformSpoilers(cmark_node* document, const RenderOptions& options);

// Appends "If you liked X you may also like Y" as the closing paragraph, Y linked when a URL is known.
void appendAlsoLike(cmark_node* document, const RenderOptions& options);

// Replaces image addresses found in the map (local "media/…" references at publish time).
// Local images ("media/…") get their addresses on the blog; those the blog holds as media (blogImages) are written as
// WordPress's own editor writes them (class "wp-image-ID", width and height), so the blog serves them with srcset.
void rewriteImages(cmark_node* document, const QHash<QString, QString>& urls,
                   const QHash<QString, BlogImage>& blogImages = {});
// Image addresses in document order.
QStringList imageUrls(cmark_node* document);

// Words of the text a reader sees (text and code literals, not URLs or markup).
int countVisibleWords(cmark_node* document);

} // namespace longhand::extensions
