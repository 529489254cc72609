#include "core/markdown/TextStats.h"

#include <QChar>

namespace longhand {

TextStats TextStats::forWordCount(int words)
{
    return TextStats {words, words <= 0 ? 0 : (words + kWordsPerMinute - 1) / kWordsPerMinute};
}

namespace {

bool isWordCodePoint(char32_t cp)
{
    if (cp < 0x80) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    return QChar::isLetterOrNumber(cp) || QChar::category(cp) == QChar::Mark_NonSpacing;
}

bool isJoiner(char32_t cp)
{
    return cp == U'\'' || cp == U'\u2019' || cp == U'-';
}

} // namespace

void WordCounter::feedCodePoint(char32_t cp)
{
    if (isWordCodePoint(cp)) {
        if (!m_inWord) {
            ++m_words;
            m_inWord = true;
        }
        m_pendingJoiner = false;
        return;
    }
    if (m_inWord && !m_pendingJoiner && isJoiner(cp)) {
        m_pendingJoiner = true; // stays inside the word if a letter or digit follows
        return;
    }
    m_inWord = false;
    m_pendingJoiner = false;
}

void WordCounter::breakWord()
{
    m_inWord = false;
    m_pendingJoiner = false;
}

void WordCounter::feed(const QString& text)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t cp = text.at(i).unicode();
        if (QChar::isHighSurrogate(cp) && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(char16_t(cp), text.at(i + 1).unicode());
            ++i;
        }
        feedCodePoint(cp);
    }
}

void WordCounter::feedUtf8(const char* data, std::size_t size)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(data);
    std::size_t i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            feedCodePoint(lead);
            ++i;
            continue;
        }
        const int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        char32_t cp = length == 4 ? lead & 0x07 : length == 3 ? lead & 0x0F : length == 2 ? lead & 0x1F : 0xFFFD;
        std::size_t j = 1;
        for (; j < std::size_t(length) && i + j < size && (bytes[i + j] & 0xC0) == 0x80; ++j) {
            cp = (cp << 6) | (bytes[i + j] & 0x3F);
        }
        if (j != std::size_t(length)) {
            cp = 0xFFFD; // broken sequence: not a letter
        }
        feedCodePoint(cp);
        i += j;
    }
}

int countWords(const QString& plainText)
{
    WordCounter counter;
    counter.feed(plainText);
    return counter.words();
}

} // namespace longhand
