#pragma once

#include <QList>
#include <QString>

namespace longhand {

struct TextRange
{
    qsizetype start = 0;
    qsizetype length = 0;
    bool operator==(const TextRange&) const = default;
};

// The stretches of after that are not in before, word by word (a word is a run of letters and digits; every
// other character counts alone; white space is never marked). Used to highlight what each side of a merge changed.
// Texts too long to compare word by word (over kMaxWordPairs pairs) are marked line by line.
QList<TextRange> changedWords(const QString& before, const QString& after);

inline constexpr qsizetype kMaxWordPairs = 4'000'000;

} // namespace longhand
