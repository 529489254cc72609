#pragma once

#include "core/domain/Comment.h"
#include "core/domain/Site.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <atomic>
#include <memory>

namespace longhand {

class StorageExecutor;

// The moderation queue as a table. Holds only the ordered ids of the filter's comments; rows are
// read lazily from storage in pages when the view asks for them, at most kMaxPages pages are kept
// (least recently used go first), and a row whose page has not arrived yet shows a placeholder. So
// 100,000 comments cost 800 KB of ids and scroll as fast as a few hundred.
class CommentQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommentQueueModel)

public:
    enum Column { StatusColumn = 0, AuthorColumn, ExcerptColumn, PostColumn, DateColumn, FlagsColumn, ColumnCount };
    enum Role {
        CommentIdRole = Qt::UserRole + 1,
        StatusRole, // CommentStatus as int
        FlagsRole, // TriageFlag bits
        PendingRole, // a local action waits to be sent to the blog
        GoneRole, // deleted on the blog
        LoadedRole, // false while the row's page is being read
        SiteIdRole,
        PostRemoteIdRole,
        DateRole, // QDateTime, UTC
        TypeRole, // "comment", "pingback", "trackback"
    };

    static constexpr int kPageSize = 100;
    static constexpr int kMaxPages = 30;
    static constexpr int kMaxPagesInFlight = 2;

    explicit CommentQueueModel(StorageExecutor& storage, QObject* parent = nullptr);
    ~CommentQueueModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Only the date sorts (newest or oldest first); the order comes from storage.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Replaces the list with the filter's comments (a model reset once the ids arrive).
    void setFilter(const CommentFilter& filter);
    // The connected blogs: with more than one, the Post column says which blog the post is on.
    void setSites(const QList<Site>& sites);
    const CommentFilter& filter() const { return m_filter; }
    // Reads the ids again: rows that left the filter are removed and new ones inserted where they
    // belong, so views keep their current row and selection; every cached row is read again.
    void refresh();
    // Reads the rows of these comments again (after an action), keeping what is shown meanwhile.
    void reloadComments(const QList<qint64>& ids);
    // An action's result on screen at once, before storage has it (a moderation key answers within a frame): the
    // rows in memory show this status, marked as waiting to be sent, until reloadComments() reads them again.
    void showStatus(const QList<qint64>& ids, CommentStatus status);
    // Every action has been answered (stored, refused, or nothing to change): rows still shown ahead are read again.
    void forgetShownStatuses();

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    // The row when its page is in memory.
    const Comment* commentAt(int row) const;
    bool isLoading() const { return m_idsInFlight > 0; }

    // For tests and diagnostics: how many rows are held in memory (bounded by the page cache).
    int cachedRowCount() const;
    int cachedPageCount() const { return int(m_pages.size()); }

    static QString placeholder();

Q_SIGNALS:
    // The id list of a setFilter() or refresh() arrived and the rows are in place.
    void idsLoaded();
    void errorOccurred(const QString& message);

private:
    QList<Site> m_sites;
    struct Page
    {
        QHash<qint64, Comment> rows;
        quint64 lastUsed = 0;
    };

    QString blogNameOf(const Comment& c) const; // empty with one blog only

    struct IdDiff
    {
        bool same = false;   // the list did not change
        bool usable = false; // else: the removals and insertions turn it into the new one
        QList<std::pair<int, int>> removals;   // first row, count; bottom up
        QList<std::pair<int, int>> insertions; // position in the new list, count; top down
    };
    static IdDiff diffIds(const QList<qint64>& old, const QList<qint64>& ids);

    void loadIds(bool reset);
    void loadFirstPageThenAll(int generation);
    void applyIds(QList<qint64> ids, bool reset, const IdDiff& diff);
    void applyDiff(const QList<qint64>& ids, const IdDiff& diff);
    const Comment* cached(int row) const;
    QSet<int> shownPages() const;
    void tellShownRows(const QSet<int>& pages);
    void want(int page) const;
    void dispatch();
    void fetch(int page);
    void pageArrived(int page, const QList<Comment>& rows);
    void evict();
    QVariant display(const Comment& c, int column) const;
    QVariant decoration(const Comment& c, int column) const;
    QVariant toolTip(const Comment& c, int column) const;

    StorageExecutor& m_storage;
    CommentFilter m_filter;
    QList<qint64> m_ids;
    // Cache state changes from data() const: the view's reads are what drive fetching.
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_wanted; // pages asked for, most recent last
    mutable quint64 m_tick = 0;
    mutable bool m_dispatchQueued = false;
    QSet<int> m_inFlight; // pages being read for the current id list
    QSet<int> m_reloadAgain; // pages reloaded while a read of them was running
    QHash<qint64, Comment> m_stale; // rows from before a refresh, shown until their page is read again
    QHash<qint64, CommentStatus> m_shownAhead; // showStatus() until storage has the action
    int m_generation = 0; // bumped when the id list changes; late pages of an old list are dropped
    // Bumped by every setFilter()/refresh(); shared with the storage threads, which skip a list read queued for an
    // older one, and answers for an older one are dropped here.
    std::shared_ptr<std::atomic<int>> m_idsGeneration = std::make_shared<std::atomic<int>>(0);
    int m_idsInFlight = 0;
};

} // namespace longhand
