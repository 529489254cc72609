#pragma once

#include "core/Error.h"

#include <QStringList>

namespace longhand {

class Database;

// "You may also like" suggestions from the cache (issue 15, item 8): the writer's other reviews ranked by the
// categories and tags they share with this one and by FTS5 (bm25) similarity of their text to this one's most
// frequent words. Bounded work: kQueryWords words make the full-text query, and at most kCandidates reviews are
// ranked by text, whatever the size of the cache. Only reviews of the same blog (or of none yet), not trashed.
class RelatedReviews final
{
public:
    explicit RelatedReviews(Database& database);

    // Titles of the best matches for review postId, best first; none for a review not stored.
    Result<QStringList> titlesFor(qint64 postId, int limit = kDefaultLimit);

    // The words of a text that make its full-text query: the most frequent ones of four letters or more, not
    // among the commonest English and German words; title words count three times. Public for the test.
    static QStringList queryWords(const QString& title, const QString& body);

    static constexpr int kDefaultLimit = 5;
    static constexpr int kQueryWords = 12;
    static constexpr int kCandidates = 50;

private:
    Database& m_database;
};

} // namespace longhand
