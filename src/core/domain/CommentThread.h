#pragma once

#include "core/domain/Comment.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace longhand {

// One comment as the thread view lists it: what its row shows, nothing more (a busy post's thread holds
// thousands; whole comments with their HTML were read for it before).
struct ThreadEntry
{
    qint64 id = 0;
    qint64 remoteId = 0;
    qint64 parentRemoteId = 0;
    QString authorName;
    QString excerpt; // the visible text's first 600 characters, simplified
    CommentStatus status = CommentStatus::Hold;
    QDateTime dateGmt;
};

// A post's comments as a tree, built off the GUI thread: the entries in the order read (oldest first), each with
// the entry it answers. A reply whose parent is not listed, or whose parent chain leads back to itself (the
// blog's data is not trusted to be a tree), is a top-level entry.
class CommentThread final
{
public:
    CommentThread() = default;
    explicit CommentThread(QList<ThreadEntry> entries);

    const QList<ThreadEntry>& entries() const { return m_entries; }
    // Index of the entry's parent in entries(), -1 for a top-level entry.
    int parentOf(int entry) const { return m_parents.at(entry); }
    // Entries under `entry` (-1: the top level), oldest first.
    const QList<int>& childrenOf(int entry) const { return entry < 0 ? m_roots : m_children.at(entry); }
    // The position of `entry` among its siblings.
    int rowOf(int entry) const { return m_rows.at(entry); }
    int indexOfId(qint64 id) const;
    qsizetype size() const { return m_entries.size(); }

private:
    QList<ThreadEntry> m_entries;
    QList<int> m_parents;
    QList<QList<int>> m_children;
    QList<int> m_roots;
    QList<int> m_rows;
};

} // namespace longhand
