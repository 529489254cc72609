#pragma once

#include "core/domain/CommentThread.h"

#include <QAbstractItemModel>

namespace longhand {

// A post's comments as a tree for the detail pane's thread view. Holds the CommentThread built on the storage
// thread (only what the rows show), so showing a thread of thousands costs a model reset, not an item per row
// and column built on the GUI thread.
class CommentThreadModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommentThreadModel)

public:
    enum Column { AuthorColumn = 0, ExcerptColumn, StatusColumn, DateColumn, ColumnCount };
    enum Role { CommentIdRole = Qt::UserRole + 1 };

    explicit CommentThreadModel(QObject* parent = nullptr);
    ~CommentThreadModel() override;

    // The thread to show; `currentId`'s row is drawn bold.
    void setThread(CommentThread thread, qint64 currentId);
    void clear();
    // The row of this comment (invalid when it is not in the thread).
    QModelIndex indexOfComment(qint64 id) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int entryOf(const QModelIndex& index) const { return int(index.internalId()); }

    CommentThread m_thread;
    qint64 m_currentId = 0;
};

} // namespace longhand
