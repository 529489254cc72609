#pragma once

#include <QSqlDatabase>
#include <QString>

namespace longhand::commentsearch {

// How the queue's search is asked of comments_fts (FTS5, unicode61, detail=none). The user's words each match as
// a prefix ("film" finds "films"); FTS5 answers a prefix query by merging every matching term's document list
// into one before anything else (49 ms for one common word at a million comments, where the same term asked
// exactly takes 9 ms, and over 8 s when asked row by row). So a word in plain ASCII (which unicode61 only
// lower-cases) is expanded here into the index's own terms that start with it, read from an fts5vocab table,
// and asked as ("film" OR "films"); other words keep the prefix form. The same rows match either way.
struct Plan
{
    QString match;        // the MATCH expression; empty when there is no search
    bool nothing = false; // a word no indexed term starts with: no comment matches
    // At most this many comments match (the rarest word's documents), or -1 when not known (a prefix word).
    qint64 atMost = -1;
    int terms = 0; // exact terms in the expression (0 with a prefix word in it)
};

// The user's text as FTS5 prefix terms, split wherever unicode61 splits (every term one token: detail=none keeps
// no positions, so there are no phrases); empty when it has no word.
QString prefixQuery(const QString& userText);

// Creates the connection's temp fts5vocab table over comments_fts (Database::open does, for every connection:
// a query_only connection cannot later). Nothing when the schema has no comments_fts yet.
void prepare(const QSqlDatabase& db);

// The plan for the user's text on this connection (with the table prepare() made; without it, the words keep
// their prefix form).
Plan plan(const QSqlDatabase& db, const QString& userText);

} // namespace longhand::commentsearch
