#include "core/sync/WordDiff.h"

#include <vector>

namespace longhand {

namespace {

struct Token
{
    qsizetype start = 0;
    qsizetype length = 0;
};

QList<Token> tokens(const QString& text, bool byLine)
{
    QList<Token> out;
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype end = i + 1;
        if (byLine) {
            while (end < text.size() && text.at(end - 1) != u'\n') {
                ++end;
            }
        } else if (text.at(i).isLetterOrNumber()) {
            while (end < text.size() && text.at(end).isLetterOrNumber()) {
                ++end;
            }
        } else if (text.at(i).isSpace()) {
            while (end < text.size() && text.at(end).isSpace()) {
                ++end;
            }
        }
        out.append(Token { i, end - i });
        i = end;
    }
    return out;
}

} // namespace

QList<TextRange> changedWords(const QString& before, const QString& after)
{
    QList<Token> a = tokens(before, false);
    QList<Token> b = tokens(after, false);
    if (a.size() * b.size() > kMaxWordPairs) {
        a = tokens(before, true);
        b = tokens(after, true);
    }
    const auto same = [&](qsizetype i, qsizetype j) {
        return QStringView(before).sliced(a.at(i).start, a.at(i).length)
            == QStringView(after).sliced(b.at(j).start, b.at(j).length);
    };
    QList<TextRange> ranges;
    const auto mark = [&](qsizetype j) {
        const Token& token = b.at(j);
        if (QStringView(after).sliced(token.start, token.length).trimmed().isEmpty()) {
            return;
        }
        if (!ranges.isEmpty() && ranges.last().start + ranges.last().length == token.start) {
            ranges.last().length += token.length;
        } else if (!ranges.isEmpty() && j > 0 && ranges.last().start + ranges.last().length == b.at(j - 1).start
            && QStringView(after).sliced(b.at(j - 1).start, b.at(j - 1).length).trimmed().isEmpty()) {
            ranges.last().length += b.at(j - 1).length + token.length; // "two words" changed: one stretch
        } else {
            ranges.append(TextRange { token.start, token.length });
        }
    };
    if (a.size() * b.size() > kMaxWordPairs) {
        for (qsizetype j = 0; j < b.size(); ++j) {
            mark(j); // too long even line by line: all of it
        }
        return ranges;
    }
    // Longest common subsequence, then walk it.
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    const auto at = [m](qsizetype i, qsizetype j) { return size_t(i * (m + 1) + j); };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[at(i, j)] = same(i, j) ? lcs[at(i + 1, j + 1)] + 1 : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
        }
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (j < m) {
        if (i < n && same(i, j)) {
            ++i;
            ++j;
        } else if (i < n && lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) {
            ++i;
        } else {
            mark(j);
            ++j;
        }
    }
    return ranges;
}

} // namespace longhand
