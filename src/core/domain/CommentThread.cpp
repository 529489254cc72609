#include "core/domain/CommentThread.h"

#include <QHash>

namespace longhand {

CommentThread::CommentThread(QList<ThreadEntry> entries)
    : m_entries(std::move(entries))
{
    const int n = int(m_entries.size());
    QHash<qint64, int> byRemoteId;
    byRemoteId.reserve(n);
    for (int i = 0; i < n; ++i) {
        if (m_entries.at(i).remoteId != 0) {
            byRemoteId.insert(m_entries.at(i).remoteId, i);
        }
    }
    // Two passes: a parent may be dated after its reply (clocks, imports).
    m_parents.fill(-1, n);
    for (int i = 0; i < n; ++i) {
        const qint64 parentRemoteId = m_entries.at(i).parentRemoteId;
        const int parent = parentRemoteId != 0 ? byRemoteId.value(parentRemoteId, -1) : -1;
        if (parent < 0 || parent == i) {
            continue;
        }
        // Never under one of its own replies: walk up from the parent (bounded by the entries' count).
        bool cycle = false;
        int steps = 0;
        for (int up = parent; up >= 0 && steps <= n; up = m_parents.at(up), ++steps) {
            if (up == i) {
                cycle = true;
                break;
            }
        }
        if (!cycle) {
            m_parents[i] = parent;
        }
    }
    m_children.resize(n);
    m_rows.fill(0, n);
    for (int i = 0; i < n; ++i) {
        QList<int>& siblings = m_parents.at(i) < 0 ? m_roots : m_children[m_parents.at(i)];
        m_rows[i] = int(siblings.size());
        siblings.append(i);
    }
}

int CommentThread::indexOfId(qint64 id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

} // namespace longhand
