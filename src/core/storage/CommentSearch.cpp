#include "core/storage/CommentSearch.h"

#include "core/Logging.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace longhand::commentsearch {

namespace {

// Beyond this many terms a word keeps its prefix form (a word of one or two letters).
constexpr int kMaxTermsPerWord = 32;

// The words searched for: at most kMaxWords (a pasted page of text must not become thousands of term look-ups and
// an expression FTS5 parses for seconds on the storage thread), each at most kMaxWordLength characters.
QStringList wordsOf(const QString& userText)
{
    constexpr int kMaxWords = 32;
    constexpr int kMaxWordLength = 64;
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}\\p{Co}]+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList words = userText.split(separators, Qt::SkipEmptyParts).mid(0, kMaxWords);
    for (QString& word : words) {
        word.truncate(kMaxWordLength);
    }
    return words;
}

QString quoted(const QString& term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString prefixTerm(const QString& word)
{
    return quoted(word) + QLatin1Char('*');
}

bool plainAscii(const QString& word)
{
    return std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() < 0x80 && c.isLetterOrNumber(); });
}

bool haveVocabulary(const QSqlDatabase& db)
{
    QSqlQuery create(db);
    if (!create.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.comments_fts_terms "
                                    "USING fts5vocab(main, comments_fts, row)"))) {
        qCDebug(lcStorage) << "No term list for the comment search:" << create.lastError().text();
        return false;
    }
    return true;
}

} // namespace

void prepare(const QSqlDatabase& db)
{
    QSqlQuery exists(db);
    if (exists.exec(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = 'comments_fts'")) && exists.next()) {
        exists.finish();
        haveVocabulary(db);
    }
}

QString prefixQuery(const QString& userText)
{
    QStringList terms;
    for (const QString& word : wordsOf(userText)) {
        terms.append(prefixTerm(word));
    }
    return terms.join(QLatin1Char(' '));
}

Plan plan(const QSqlDatabase& db, const QString& userText)
{
    Plan result;
    const QStringList words = wordsOf(userText);
    if (words.isEmpty()) {
        return result;
    }
    const bool vocabulary = std::any_of(words.cbegin(), words.cend(), plainAscii) && haveVocabulary(db);
    QSqlQuery terms(db);
    terms.setForwardOnly(true);
    if (vocabulary) {
        // Every term that starts with the word: from the word up to the word followed by the last code point.
        terms.prepare(QStringLiteral("SELECT term, doc FROM temp.comments_fts_terms WHERE term >= :word AND term < :past"));
    }
    QStringList parts;
    bool allExact = true;
    for (const QString& word : words) {
        if (!vocabulary || !plainAscii(word)) {
            parts.append(prefixTerm(word));
            allExact = false;
            continue;
        }
        const QString lower = word.toLower(); // unicode61 folds ASCII letters to lower case, and nothing else here
        terms.bindValue(QStringLiteral(":word"), lower);
        terms.bindValue(QStringLiteral(":past"), QString(lower + QString::fromUcs4(U"\U0010FFFF")));
        if (!terms.exec()) {
            qCDebug(lcStorage) << "Term list for the comment search:" << terms.lastError().text();
            parts.append(prefixTerm(word));
            allExact = false;
            continue;
        }
        QStringList found;
        qint64 documents = 0;
        bool many = false;
        while (terms.next()) {
            if (found.size() == kMaxTermsPerWord) {
                many = true;
                break;
            }
            found.append(quoted(terms.value(0).toString()));
            documents += terms.value(1).toLongLong();
        }
        terms.finish();
        if (many) {
            parts.append(prefixTerm(word));
            allExact = false;
            continue;
        }
        if (found.isEmpty()) {
            result.nothing = true; // the words are ANDed: one that matches nothing empties the list
            return result;
        }
        result.terms += int(found.size());
        result.atMost = result.atMost < 0 ? documents : std::min(result.atMost, documents);
        parts.append(found.size() == 1 ? found.constFirst() : QLatin1Char('(') + found.join(QLatin1String(" OR ")) + QLatin1Char(')'));
    }
    if (!allExact) {
        result.atMost = -1;
        result.terms = 0;
    }
    result.match = parts.join(QLatin1String(" AND ")); // FTS5 takes no implicit AND beside a parenthesis
    return result;
}

} // namespace longhand::commentsearch
