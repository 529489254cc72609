#pragma once

#include "core/markdown/MarkdownRenderer.h"
#include "core/sync/TextMerge.h"

namespace longhand {

// Three-way merge of a Markdown review with the web's edits of its HTML, at block level; the result is Markdown.
//
// baseHtml: what the blog held when the local edit began (posts.base_content: what Longhand last wrote or pulled).
// localMarkdown: the review now. remoteHtml: what the blog holds now. options: how the review is rendered for the
// blog (title, also-like line, image addresses), so that a block the writer left alone renders to what the blog got.
// When the base is block markup (BlockSerializer::isBlockMarkup), every side is cut at its blocks and the review is
// rendered as block markup; options.blockMarkup is not read (the base's form decides).
//
// The review is cut into top-level blocks (MarkdownRenderer::renderBlocks), both HTML texts into top-level blocks
// (htmlblocks::split); a block is the same on two sides when its HTML is canonically equal. The block sequences are
// merged like lines (TextMerge). A block only the writer changed keeps the writer's Markdown; one only the web
// changed becomes Markdown (htmlblocks::toMarkdown: plain Markdown or a raw HTML block, checked to render the same);
// both changed the same stretch: a conflict whose sides are Markdown. When a block the web changed renders the same
// neither as Markdown nor as raw HTML, the whole text is one conflict (yours whole, or the web's), never dropped.
// Spoilers and everything else Markdown carries stay as the writer wrote them wherever the web did not edit them. The
// publication token comment and the "you may also like" line are not part of the Markdown (Publisher and the review's
// fields make them); a web edit of the line is a conflict at the end.
//
// Hunk texts are Markdown blocks each followed by a blank line; merged ends with one "\n".
MergeResult mergeMarkdown(
    const QString& baseHtml, const QString& localMarkdown, const QString& remoteHtml, const RenderOptions& options);

} // namespace longhand
