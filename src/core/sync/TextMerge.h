#pragma once

#include <QList>
#include <QString>

namespace longhand {

// One stretch of a merged text: either settled, or a conflict that the writer has to decide.
struct MergeHunk
{
    enum class Kind { Resolved, Conflict };

    Kind kind = Kind::Resolved;
    QString text; // Resolved: the merged text of this stretch
    QString base, local, remote; // Conflict: the three versions of this stretch (whole lines, "" = none)

    bool operator==(const MergeHunk&) const = default;
};

struct MergeResult
{
    bool clean = true; // no conflicts: merged is the result
    QString merged; // clean: the merged text; otherwise the text with the local side of every conflict
    QList<MergeHunk> hunks; // the whole text in order; Resolved text plus one side of each Conflict is a document

    int conflictCount() const;
};

// Line-based three-way merge (libgit2's xdiff, as "git merge-file --diff3" does it): base is the server's version
// when local editing began, local is ours, remote is the web's current version.
//
// Line endings are compared and returned as "\n" (CRLF input is converted), so the merged text always uses "\n".
// A missing newline at the end of a text is kept: it is part of that last line. Changes that are the same on both
// sides merge cleanly; so does anything when one side left the base unchanged.
MergeResult mergeText(const QString& base, const QString& local, const QString& remote);

struct ConflictChoice
{
    enum class Side { Local, Remote, Base, Custom };

    Side side = Side::Local;
    QString custom; // the text for the stretch when side is Custom, used as is (end it with "\n" if more follows)
};

// The document from hunks, with choices[i] deciding the i-th Conflict; conflicts without a choice keep Local.
QString resolveHunks(const QList<MergeHunk>& hunks, const QList<ConflictChoice>& choices);

} // namespace longhand
