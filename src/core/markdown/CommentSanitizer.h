#pragma once

#include <QString>
#include <QStringList>

namespace longhand {

// Makes comment HTML from a blog safe to show: parsed with a real HTML5 parser (gumbo), then rebuilt
// from an allow-list of WordPress's comment tags and attributes. Links keep only http, https and
// mailto targets and show their real target; nothing that loads a remote resource, runs script,
// styles or submits survives. Text outside allowed tags is kept as escaped text.
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

    // The visible text, for excerpts, search and the CLI's text format.
    static QString toPlainText(const QString& html);

    // The http/https/mailto targets of <a href> and bare URLs, in order (for triage: "too many links").
    static QStringList links(const QString& html);
};

} // namespace longhand
