#pragma once

#include "core/domain/BlockSupport.h"

#include <QString>
#include <QStringList>

#include <utility>

namespace longhand::webpost {

// A post written on the web (SourceFormat::Html): how many words it holds, and whether it can become Markdown without
// changing what the blog holds.

// Words a reader sees: the text alone, entities decoded; no tags, attributes, comments (block delimiters among them),
// scripts or styles. Counted as WordCounter counts (block elements and <br> end a word).
int countWords(const QString& html);

// Why a web post stays HTML.
enum class Obstacle {
    None,
    Empty, // nothing to convert
    BlocksWithoutMarkdown, // keptAsHtml names them
    PlainHtmlBlog, // a block post, but the blog gets reviews as plain HTML (BlogSettings::blockEditor off)
    BlocksRunTogether, // each block converts, but together the Markdown reads differently (e.g. two lists become one)
};

struct Conversion
{
    Obstacle obstacle = Obstacle::Empty;
    QString markdown; // the whole post as Markdown, when convertible
    QString published; // what Publisher would send for that Markdown
    QStringList
        keptAsHtml; // the blocks with no Markdown form, by name ("columns", "gallery", "my-plugin/box",
                    // "classic" for HTML outside blocks, else an element's name: "div"; "comment"), each once, in order
    // When convertible: each top-level block as the post holds it (trimmed) beside its Markdown, in order; what the
    // dialog shows block against block.
    QList<std::pair<QString, QString>> pairs;
    int blocks = 0; // top-level blocks in the post
    bool blockPost = false; // the post holds block markup (else a classic post, which a blocks blog gets as blocks)
    bool convertible() const { return obstacle == Obstacle::None; }
};

// Whether every top-level block of the post has a Markdown form that, published as Publisher publishes Markdown
// (block markup when blockMarkup, else MarkdownRenderer's HTML), gives back the same block: the same canonical HTML
// (htmlblocks::canonical) including its delimiters, names and attributes. The whole Markdown is checked again the
// same way, so blocks that would run together in Markdown are caught. support: how the blog's WordPress writes blocks
// (DetectedBlockSupport), as Publisher would publish: a heading with class wp-block-heading or a wp:details block
// converts on a blog that writes them. Pure; thread-safe.
Conversion toMarkdown(const QString& html, bool blockMarkup, const BlockSupport& support = {});

} // namespace longhand::webpost
