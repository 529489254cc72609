#pragma once

#include <QString>
#include <QStringList>

namespace longhand {

// Makes comment HTML from a blog safe to show: parsed with a real HTML5 parser (gumbo), then rebuilt
// from an allow-list of WordPress's comment tags and attributes. Links keep only http, https and
// mailto targets and show their real target; nothing that loads a remote resource, runs script,
// styles or submits survives. Text outside allowed tags is kept as escaped text.
//
// The output is XML-well-formed: only p, br, blockquote, span.link-target and WordPress's inline
// comment tags, every tag closed (`<br />`), text escaped as &amp; &lt; &gt; &quot; and nothing else.
// A kept link is `<a href="URL" [title="T"] rel="nofollow noopener noreferrer">text</a>`, followed by
// ` <span class="link-target">(URL)</span>` when showLinkTargets is set and the text is not the URL.
class CommentSanitizer final
{
public:
    struct Options
    {
        bool paragraphs = true;       // WordPress's autop: blank lines -> <p>, single line breaks -> <br>
        bool showLinkTargets = true;  // append the real target after a link whose text differs from it
    };

    // The HTML the app displays (and `longhand-cli comments show --format html` prints).
    static QString sanitize(const QString& html, const Options& options);
    static QString sanitize(const QString& html) { return sanitize(html, Options {}); }

    // The visible text, for excerpts, search and the CLI's text format: paragraphs separated by a blank
    // line, line breaks kept, other runs of white space collapsed to one space.
    static QString toPlainText(const QString& html);

    // Every link of the comment, in order, for triage ("too many links"): the target of each <a href>
    // with a non-empty href (re-encoded when it is http/https/mailto, else as written: a javascript:
    // link is still a link a spammer placed, so it counts), plus each bare http(s):// URL in the
    // visible text outside links. Links inside dropped content (script, svg, ...) are not counted.
    static QStringList links(const QString& html);
};

} // namespace longhand
