#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace longhand {

// What a blog's front page says about its look: the theme's own stylesheet files and the styles a
// block theme writes inline (<style id="global-styles-inline-css">).
struct ThemeStyleSources
{
    QList<QUrl> stylesheets; // same host as the blog, under /wp-content/themes/, in page order
    QStringList inlineStyles;
};

// Finding a theme's CSS in a page and making it safe for the preview. Pure functions, no network.
namespace ThemeStylesheet {

// Parses the front page (gumbo, HTML5) and lists the theme's stylesheet links (resolved against
// pageUrl; other hosts and WordPress's own block styles are left out) and the global inline styles.
ThemeStyleSources findSources(const QByteArray& html, const QUrl& pageUrl);

// Keeps only what cannot load anything: @import, @font-face and every other at-rule are dropped, and so
// is any declaration whose value names a resource (url(), image-set(), expression(), bindings), data:
// addresses included. Custom properties (var(--x)) defined on :root, html or body are substituted, since
// the preview's rich-text engine knows plain values only; declarations left with an unknown var() go.
// Selectors with functional pseudo-classes (:where(), :not(), :is()) go too: Qt's parser rejects a whole
// stylesheet that has one.
QString clean(const QString& css);

// The same for one style attribute's declarations ("color: red; background: url(x)" -> "color: red").
QString cleanDeclarations(const QString& declarations);

// CSS inside a post's HTML, for the preview: the text of every <style> element goes through clean(),
// every style="" attribute through cleanDeclarations(). Everything else is left as it is. Never used on
// what is published: the blog gets the writer's HTML unchanged.
QString cleanEmbedded(const QString& html);

} // namespace ThemeStylesheet

} // namespace longhand
