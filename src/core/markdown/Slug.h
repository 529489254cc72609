#pragma once

#include <QString>

namespace longhand {

// The URL slug WordPress would make from a title: lower case ASCII letters, digits and hyphens,
// accents folded ("Amélie" -> "amelie"), apostrophes dropped ("Don't" -> "dont").
QString slugFromTitle(const QString& title);

} // namespace longhand
