#pragma once

#include <QString>

#include <cstddef>

namespace longhand {

struct TextStats
{
    int words = 0;
    int readingMinutes = 0; // rounded up; 0 only for an empty text

    static constexpr int kWordsPerMinute = 238; // average silent reading speed for adult prose
    static TextStats forWordCount(int words);
    bool operator==(const TextStats&) const = default;
};

// Counts words fed in pieces: runs of letters and digits, with inner apostrophes and hyphens
// ("don't", "well-made") counting as one word. Works on UTF-8 directly so the preview can count
// cmark's text without building strings.
class WordCounter
{
public:
    void feed(const QString& text);
    void feedUtf8(const char* data, std::size_t size);
    // Ends the current word (a paragraph or line boundary between pieces).
    void breakWord();
    int words() const { return m_words; }

private:
    void feedCodePoint(char32_t codePoint);

    int m_words = 0;
    bool m_inWord = false;
    bool m_pendingJoiner = false;
};

// Words in plain text, as WordCounter counts them.
int countWords(const QString& plainText);

} // namespace longhand
