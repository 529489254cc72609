#pragma once

#include <QTreeView>

namespace longhand {

// The queue's table. The cursor (current row) and the selection are separate, as in wp-admin's
// keyboard mode: moving (j/k, arrows, a click) only moves the cursor; x, Ctrl+click and Shift+click
// mark rows, and bulk actions work on the marked rows. The cursor row is drawn tinted with a bar
// so it is visible without focus. Typing letters does not jump to rows: letters are commands.
class CommentQueueView final : public QTreeView
{
    Q_OBJECT

public:
    explicit CommentQueueView(QWidget* parent = nullptr);

    void keyboardSearch(const QString& search) override;

protected:
    QItemSelectionModel::SelectionFlags selectionCommand(
        const QModelIndex& index, const QEvent* event = nullptr) const override;
    void drawRow(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace longhand
