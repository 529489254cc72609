#pragma once

#include <QString>

#include <functional>

namespace longhand {

// Opens (and so migrates) the profile's database once before any window exists, off the GUI thread. An upgrade can
// take a while (schema 14 rebuilds the comment cache: about a minute and a half for a million comments), so when the
// opening takes longer than showAfterMs a small window says what is happening instead of a start that seems to hang.
// open: does the opening on a pool thread and returns an error sentence or an empty string (tests pass a slow one).
// Returns open's answer.
QString openCacheBeforeWindows(const QString& databasePath, int showAfterMs = 400,
                               std::function<QString(const QString&)> open = {});

} // namespace longhand
