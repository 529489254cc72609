#pragma once

#include <QIcon>
#include <QStringList>

namespace longhand {

// Icons from the desktop's icon theme, with Longhand's own drawings (resources/icons/actions) when
// the theme has none. The bundled ones are monochrome line drawings painted in the palette's text
// colour at the moment they are drawn, so they stay visible on a dark palette too.
namespace Icons {

// QIcon::fromTheme(name) when the theme knows the name, else the bundled drawing.
QIcon themed(const QString& name);
// The bundled drawing alone (never null for a name in bundledNames()).
QIcon bundled(const QString& name);
// The names there is a bundled drawing for.
QStringList bundledNames();

} // namespace Icons

} // namespace longhand
