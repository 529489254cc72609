#include "core/markdown/TextStats.h"

namespace longhand {

TextStats TextStats::forWordCount(int words)
{
    return TextStats {words, words <= 0 ? 0 : (words + kWordsPerMinute - 1) / kWordsPerMinute};
}

int countWords(const QString& plainText)
{
    int words = 0;
    bool inWord = false;
    const qsizetype size = plainText.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar ch = plainText.at(i);
        if (ch.isLetterOrNumber() || ch.category() == QChar::Mark_NonSpacing) {
            if (!inWord) {
                ++words;
                inWord = true;
            }
            continue;
        }
        const bool joiner = ch == QLatin1Char('\'') || ch == QChar(0x2019) || ch == QLatin1Char('-');
        if (inWord && joiner && i + 1 < size && plainText.at(i + 1).isLetterOrNumber()) {
            continue; // stays inside the word
        }
        inWord = false;
    }
    return words;
}

} // namespace longhand
