#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

struct GumboInternalOutput; // gumbo.h's GumboOutput

namespace longhand::htmlblocks {

// A post's HTML parsed by gumbo as the inside of a <body>, with the UTF-8 bytes its source positions point into.
struct ParsedHtml
{
    struct OutputDeleter
    {
        void operator()(GumboInternalOutput* output) const;
    };
    QByteArray utf8;
    std::unique_ptr<GumboInternalOutput, OutputDeleter> output; // null when gumbo gave nothing
};

// The one way HTML is parsed here (no error list kept). Check parseable() first: gumbo is not given HTML past it.
ParsedHtml parse(const QString& html);

// A post's HTML cut into its top-level blocks (paragraphs, headings, lists, quotes, <details>, comments, …), in
// order, each the exact source text it came from (trimmed). Top-level text and inline elements between blocks form
// one block; such a run is also cut at blank lines (how WordPress's classic editor stores paragraphs). Together the
// blocks hold every non-blank character of the input: nothing is dropped by cutting.
QStringList split(const QString& html);

// The HTML as one canonical string for comparison: parsed (gumbo), tags and attribute names lower case, attributes
// sorted, entities decoded and re-escaped the same way, void elements without "/", white space collapsed and
// dropped next to tags. A top-level text run is taken as a paragraph (as wpautop shows it). Two blocks with the
// same canonical form show the same on the blog (but for a space between two tags).
QString canonical(const QString& html);

// Markdown that renders (cmark, as MarkdownRenderer renders for the blog) to the same canonical HTML as this block:
// plain Markdown when the block uses only what Markdown expresses (p, h1–h6, em/i, strong/b, a, code, pre, ul, ol,
// li, blockquote, img, br, hr, and <details> as a spoiler), else the block as a raw HTML block. Checked by rendering
// it; nullopt when neither renders the same.
std::optional<QString> toMarkdown(const QString& block);

// Whether the HTML is parsed at all (not nested over 400 deep, not over 8 MB; see HtmlBlocks.cpp).
bool parseable(const QString& html);

} // namespace longhand::htmlblocks
