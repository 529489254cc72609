#pragma once

#include <QTableView>

namespace longhand {

// The queue's table. The cursor (current row) and the selection are separate, as in wp-admin's
// keyboard mode: moving (j/k, arrows, a click) only moves the cursor; x, Ctrl+click and Shift+click
// mark rows, and bulk actions work on the marked rows. The cursor row is drawn tinted with a bar
// so it is visible without focus. Typing letters does not jump to rows: letters are commands.
//
// A QTableView, not a QTreeView: a tree keeps an item per row and lays out every row when the list is replaced
// (20–30 ms of the GUI thread for a million comments); a table's rows are one fixed height, so a list of a million
// costs what a list of a hundred does. It moves and reads as a list: Left and Right do not move between cells,
// Home and End go to the first and last comment, Tab leaves the table.
class CommentQueueView final : public QTableView
{
    Q_OBJECT

public:
    explicit CommentQueueView(QWidget* parent = nullptr);

    // The column header (as QTreeView::header()).
    QHeaderView* header() const { return horizontalHeader(); }
    void keyboardSearch(const QString& search) override;

protected:
    QItemSelectionModel::SelectionFlags selectionCommand(
        const QModelIndex& index, const QEvent* event = nullptr) const override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void changeEvent(QEvent* event) override;

private:
    void fitRowHeight();
};

} // namespace longhand
