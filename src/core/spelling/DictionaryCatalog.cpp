#include "core/spelling/DictionaryCatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace longhand {

QStringList DictionaryCatalog::searchPaths()
{
    const QByteArray custom = qgetenv("LONGHAND_DICTIONARY_PATH");
    if (!custom.isEmpty()) {
        return QString::fromLocal8Bit(custom).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    }
    return {QStringLiteral("/usr/share/hunspell"), QStringLiteral("/usr/local/share/hunspell"),
            QStringLiteral("/usr/share/myspell/dicts")};
}

QList<DictionaryInfo> DictionaryCatalog::installed(const QStringList& paths)
{
    QList<DictionaryInfo> result;
    QSet<QString> seen;
    for (const QString& path : paths) {
        const QDir dir(path);
        const auto entries = dir.entryInfoList({QStringLiteral("*.dic")}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo& dic : entries) {
            const QString language = dic.completeBaseName();
            const QString aff = dir.filePath(language + QStringLiteral(".aff"));
            if (seen.contains(language) || !QFileInfo::exists(aff) || language.startsWith(QLatin1String("hyph_"))) {
                continue;
            }
            seen.insert(language);
            result.append(DictionaryInfo {language, aff, dic.absoluteFilePath()});
        }
    }
    return result;
}

QString DictionaryCatalog::bestLanguageFor(const QString& localeName, const QList<DictionaryInfo>& available)
{
    const QString wanted = QString(localeName).replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const DictionaryInfo& info : available) {
        if (info.language == wanted) {
            return info.language;
        }
    }
    const QString language = wanted.section(QLatin1Char('_'), 0, 0);
    // Prefer the main country of a language (de_DE, en_US) over a regional variant.
    for (const DictionaryInfo& info : available) {
        if (info.language.compare(language + QLatin1Char('_') + language.toUpper()) == 0
            || (language == QLatin1String("en") && info.language == QLatin1String("en_US"))) {
            return info.language;
        }
    }
    for (const DictionaryInfo& info : available) {
        if (info.language.section(QLatin1Char('_'), 0, 0) == language) {
            return info.language;
        }
    }
    return {};
}

} // namespace longhand
