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

} // namespace ThemeStylesheet

} // namespace longhand
