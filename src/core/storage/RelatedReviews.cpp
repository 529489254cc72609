#include "core/storage/RelatedReviews.h"

#include "core/storage/Database.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace longhand {

namespace {

// Words a review shares with any other; they say nothing about what it is about.
const QSet<QString>& commonWords()
{
    static const QSet<QString> words {
        QStringLiteral("that"), QStringLiteral("this"), QStringLiteral("with"), QStringLiteral("from"),
        QStringLiteral("have"), QStringLiteral("were"), QStringLiteral("what"), QStringLiteral("when"),
        QStringLiteral("which"), QStringLiteral("their"), QStringLiteral("there"), QStringLiteral("they"),
        QStringLiteral("them"), QStringLiteral("then"), QStringLiteral("than"), QStringLiteral("into"),
        QStringLiteral("about"), QStringLiteral("would"), QStringLiteral("could"), QStringLiteral("should"),
        QStringLiteral("been"), QStringLiteral("more"), QStringLiteral("most"), QStringLiteral("some"),
        QStringLiteral("only"), QStringLiteral("also"), QStringLiteral("just"), QStringLiteral("like"),
        QStringLiteral("even"), QStringLiteral("every"), QStringLiteral("where"), QStringLiteral("while"),
        QStringLiteral("your"), QStringLiteral("over"), QStringLiteral("after"), QStringLiteral("before"),
        QStringLiteral("film"), QStringLiteral("movie"), QStringLiteral("review"), QStringLiteral("spoiler"),
        QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("media"),
        QStringLiteral("eine"), QStringLiteral("einer"), QStringLiteral("nicht"), QStringLiteral("auch"),
        QStringLiteral("sich"), QStringLiteral("noch"), QStringLiteral("oder"), QStringLiteral("aber"),
        QStringLiteral("wird"), QStringLiteral("sind"), QStringLiteral("wenn"), QStringLiteral("dass"),
        QStringLiteral("durch"), QStringLiteral("über"), QStringLiteral("nach"), QStringLiteral("einem"),
        QStringLiteral("einen"), QStringLiteral("dieser"), QStringLiteral("diese"), QStringLiteral("sein"),
    };
    return words;
}

} // namespace

RelatedReviews::RelatedReviews(Database& database)
    : m_database(database)
{
}

QStringList RelatedReviews::queryWords(const QString& title, const QString& body)
{
    static const QRegularExpression word(QStringLiteral("[\\w]{4,}"), QRegularExpression::UseUnicodePropertiesOption);
    QHash<QString, int> counts;
    const auto count = [&counts](const QString& text, int weight) {
        for (auto it = word.globalMatch(text); it.hasNext();) {
            const QString found = it.next().captured(0).toLower();
            if (!commonWords().contains(found) && !found.front().isDigit() && !found.contains(QLatin1Char('_'))) {
                counts[found] += weight;
            }
        }
    };
    count(title, 3);
    count(body.left(200000), 1); // the start of a very long text tells enough
    QList<std::pair<QString, int>> ranked;
    ranked.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        ranked.append({it.key(), it.value()});
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    QStringList words;
    for (int i = 0; i < ranked.size() && i < kQueryWords; ++i) {
        words.append(ranked.at(i).first);
    }
    return words;
}

Result<QStringList> RelatedReviews::titlesFor(qint64 postId, int limit)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery own(db);
    own.prepare(QStringLiteral("SELECT title, body, site_id FROM posts WHERE id = ?"));
    own.addBindValue(postId);
    if (!own.exec()) {
        return databaseError(QStringLiteral("read a review for suggestions"), own.lastError().text());
    }
    if (!own.next()) {
        return QStringList();
    }
    const QString title = own.value(0).toString();
    const QString body = own.value(1).toString();
    const qint64 siteId = own.value(2).toLongLong();
    own.finish();

    // Candidates: the other reviews of the same blog (or of none yet) that are not in the local trash.
    const QString candidate = QStringLiteral(
        "p.id <> :id AND p.trashed_at IS NULL AND p.title <> '' AND p.title <> :title "
        "AND (:site = 0 OR p.site_id IS NULL OR p.site_id = 0 OR p.site_id = :site)");
    QHash<qint64, double> score;
    QHash<qint64, QString> titles;

    // Shared terms: a tag says more than a category (a blog has few categories and many reviews in each).
    QSqlQuery terms(db);
    terms.prepare(QStringLiteral(
        "SELECT p.id, p.title, SUM(CASE WHEN other.taxonomy = 'post_tag' THEN 2.0 ELSE 1.0 END) "
        "FROM post_terms mine JOIN post_terms other ON other.taxonomy = mine.taxonomy "
        "AND other.name = mine.name COLLATE NOCASE AND other.post_id <> mine.post_id "
        "JOIN posts p ON p.id = other.post_id WHERE mine.post_id = :id AND ") + candidate
        + QStringLiteral(" GROUP BY p.id"));
    terms.bindValue(QStringLiteral(":id"), postId);
    terms.bindValue(QStringLiteral(":title"), title);
    terms.bindValue(QStringLiteral(":site"), siteId);
    if (!terms.exec()) {
        return databaseError(QStringLiteral("rank reviews by terms"), terms.lastError().text());
    }
    while (terms.next()) {
        const qint64 id = terms.value(0).toLongLong();
        titles.insert(id, terms.value(1).toString());
        score[id] += terms.value(2).toDouble();
    }

    // Text: the best kCandidates by bm25 (title words weigh more), scaled so the best counts as three shared tags.
    const QStringList words = queryWords(title, body);
    if (!words.isEmpty()) {
        QStringList quoted;
        for (const QString& w : words) {
            quoted.append(QLatin1Char('"') + w + QLatin1Char('"'));
        }
        QSqlQuery text(db);
        text.prepare(QStringLiteral(
            "SELECT p.id, p.title, bm25(posts_fts, 3.0, 1.0) AS rank FROM posts_fts JOIN posts p ON p.id = posts_fts.rowid "
            "WHERE posts_fts MATCH :match AND ") + candidate
            + QStringLiteral(" ORDER BY rank LIMIT %1").arg(kCandidates));
        text.bindValue(QStringLiteral(":match"), quoted.join(QStringLiteral(" OR ")));
        text.bindValue(QStringLiteral(":id"), postId);
        text.bindValue(QStringLiteral(":title"), title);
        text.bindValue(QStringLiteral(":site"), siteId);
        if (!text.exec()) {
            return databaseError(QStringLiteral("rank reviews by text"), text.lastError().text());
        }
        double best = 0;
        while (text.next()) {
            const qint64 id = text.value(0).toLongLong();
            const double rank = text.value(2).toDouble(); // negative: lower is better
            if (best == 0) {
                best = rank;
            }
            titles.insert(id, text.value(1).toString());
            score[id] += best < 0 ? 6.0 * rank / best : 0.0;
        }
    }

    QList<qint64> ids = score.keys();
    std::sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) {
        return score.value(a) != score.value(b) ? score.value(a) > score.value(b) : titles.value(a) < titles.value(b);
    });
    QStringList result;
    for (const qint64 id : std::as_const(ids)) {
        if (result.size() >= limit) {
            break;
        }
        if (!result.contains(titles.value(id))) {
            result.append(titles.value(id));
        }
    }
    return result;
}

} // namespace longhand
