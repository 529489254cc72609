#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace longhand {

struct DictionaryInfo
{
    QString language; // e.g. "en_US"
    QString affPath;
    QString dicPath;
};

// The hunspell dictionaries installed on this machine. LONGHAND_DICTIONARY_PATH (colon-separated)
// replaces the standard folders, so tests can bring their own.
class DictionaryCatalog final
{
public:
    static QStringList searchPaths();
    static QList<DictionaryInfo> installed(const QStringList& paths = searchPaths());
    // The best match for a locale name ("de_AT" -> "de_DE", "en" -> "en_US"), or empty.
    static QString bestLanguageFor(const QString& localeName, const QList<DictionaryInfo>& available);
};

} // namespace longhand
