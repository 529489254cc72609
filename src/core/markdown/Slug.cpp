#include "core/markdown/Slug.h"

namespace longhand {

QString slugFromTitle(const QString& title)
{
    QString folded;
    folded.reserve(title.size());
    for (const QChar ch : title) {
        // Letters that do not decompose into ASCII plus marks.
        switch (ch.unicode()) {
        case 0x00DF: folded += QStringLiteral("ss"); continue; // ß
        case 0x00E6: case 0x00C6: folded += QStringLiteral("ae"); continue;
        case 0x0153: case 0x0152: folded += QStringLiteral("oe"); continue;
        case 0x00F8: case 0x00D8: folded += QLatin1Char('o'); continue;
        case 0x0142: case 0x0141: folded += QLatin1Char('l'); continue;
        case 0x00F0: case 0x00D0: folded += QLatin1Char('d'); continue;
        case 0x00FE: case 0x00DE: folded += QStringLiteral("th"); continue;
        default: folded += ch;
        }
    }
    const QString decomposed = folded.normalized(QString::NormalizationForm_KD);

    QString slug;
    slug.reserve(decomposed.size());
    bool pendingHyphen = false;
    for (const QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing || ch == QLatin1Char('\'') || ch == QChar(0x2019)) {
            continue; // accents and apostrophes vanish without splitting the word
        }
        const QChar lower = ch.toLower();
        if ((lower >= QLatin1Char('a') && lower <= QLatin1Char('z')) || (lower >= QLatin1Char('0') && lower <= QLatin1Char('9'))) {
            if (pendingHyphen && !slug.isEmpty()) {
                slug += QLatin1Char('-');
            }
            pendingHyphen = false;
            slug += lower;
        } else {
            pendingHyphen = true;
        }
    }
    if (slug.size() > 200) {
        slug.truncate(200);
        while (slug.endsWith(QLatin1Char('-'))) {
            slug.chop(1);
        }
    }
    return slug;
}

} // namespace longhand
