#include "gui/moderation/CommentQueueView.h"

#include "gui/ThemeColors.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyledItemDelegate>

namespace longhand {

namespace {

// Tints the cursor row, whether or not the view has focus, with a bar at its left edge, and paints marked rows in
// a marker colour with a check mark, so that a marked row never looks like the cursor's (a style's selection
// colour is often the same Highlight the cursor tint is made of). No cell has a focus frame: the cursor is a row.
class CursorRowDelegate final : public QStyledItemDelegate
{
public:
    explicit CursorRowDelegate(QTableView* view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        if (index.row() == m_view->currentIndex().row()
            && m_view->horizontalHeader()->visualIndex(index.column()) == 0) {
            painter->fillRect(QRect(option.rect.left(), option.rect.top(), 3, option.rect.height()),
                option.palette.color(QPalette::Highlight));
        }
    }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->state &= ~QStyle::State_HasFocus;
        if (option->state & QStyle::State_Selected) {
            option->state &= ~QStyle::State_Selected;
            option->backgroundBrush = ThemeColors::markedRow(option->palette);
            if (index.column() == 0) {
                option->text = QStringLiteral("\u2713 ") + option->text;
            }
        } else if (index.row() == m_view->currentIndex().row()) {
            QColor tint = option->palette.color(QPalette::Highlight);
            tint.setAlpha(m_view->hasFocus() ? 55 : 30);
            option->backgroundBrush = tint;
        }
    }

private:
    QTableView* m_view;
};

} // namespace

CommentQueueView::CommentQueueView(QWidget* parent)
    : QTableView(parent)
{
    setItemDelegate(new CursorRowDelegate(this));
    setShowGrid(false);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setTabKeyNavigation(false);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    fitRowHeight();
}

// One line of text and the status icon, as a list's row: every row has this height.
void CommentQueueView::fitRowHeight()
{
    const int height = std::max(fontMetrics().height(), 16) + 6;
    verticalHeader()->setMinimumSectionSize(height);
    verticalHeader()->setDefaultSectionSize(height);
}

void CommentQueueView::changeEvent(QEvent* event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        fitRowHeight();
    }
}

void CommentQueueView::keyboardSearch(const QString&) { }

QModelIndex CommentQueueView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    switch (cursorAction) {
    case MoveLeft:
    case MoveRight:
    case MoveNext:
    case MovePrevious:
        return currentIndex(); // rows, not cells
    case MoveHome:
    case MoveEnd:
        return QTableView::moveCursor(cursorAction, modifiers | Qt::ControlModifier); // the first or last row
    default:
        return QTableView::moveCursor(cursorAction, modifiers);
    }
}

QItemSelectionModel::SelectionFlags CommentQueueView::selectionCommand(
    const QModelIndex& index, const QEvent* event) const
{
    if (!event) {
        return QItemSelectionModel::NoUpdate; // the cursor moved in code
    }
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove:
    case QEvent::MouseButtonDblClick: {
        const auto modifiers = static_cast<const QMouseEvent*>(event)->modifiers();
        if (modifiers & (Qt::ControlModifier | Qt::ShiftModifier)) {
            return QTableView::selectionCommand(index, event);
        }
        return QItemSelectionModel::NoUpdate;
    }
    case QEvent::KeyPress: {
        const auto* key = static_cast<const QKeyEvent*>(event);
        if (key->modifiers() & Qt::ShiftModifier) {
            return QTableView::selectionCommand(index, event); // Shift+arrows extend the marks
        }
        return QItemSelectionModel::NoUpdate;
    }
    default:
        return QTableView::selectionCommand(index, event);
    }
}

} // namespace longhand
