#pragma once

#include <QString>

namespace longhand {

struct TextStats
{
    int words = 0;
    int readingMinutes = 0; // rounded up; 0 only for an empty text

    static constexpr int kWordsPerMinute = 238; // average silent reading speed for adult prose
    static TextStats forWordCount(int words);
    bool operator==(const TextStats&) const = default;
};

// Words in plain text: runs of letters and digits, with inner apostrophes and hyphens
// ("don't", "well-made") counting as one word.
int countWords(const QString& plainText);

} // namespace longhand
