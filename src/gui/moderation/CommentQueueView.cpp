#include "gui/moderation/CommentQueueView.h"

#include "gui/ThemeColors.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyledItemDelegate>

namespace longhand {

namespace {

// Tints the cursor row, whether or not the view has focus, and paints marked rows in a marker
// colour with a check mark, so that a marked row never looks like the cursor's (a style's
// selection colour is often the same Highlight the cursor tint is made of).
class CursorRowDelegate final : public QStyledItemDelegate
{
public:
    explicit CursorRowDelegate(QAbstractItemView* view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
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
    QAbstractItemView* m_view;
};

} // namespace

CommentQueueView::CommentQueueView(QWidget* parent)
    : QTreeView(parent)
{
    setItemDelegate(new CursorRowDelegate(this));
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setTextElideMode(Qt::ElideRight);
}

void CommentQueueView::keyboardSearch(const QString&) { }

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
            return QTreeView::selectionCommand(index, event);
        }
        return QItemSelectionModel::NoUpdate;
    }
    case QEvent::KeyPress: {
        const auto* key = static_cast<const QKeyEvent*>(event);
        if (key->modifiers() & Qt::ShiftModifier) {
            return QTreeView::selectionCommand(index, event); // Shift+arrows extend the marks
        }
        return QItemSelectionModel::NoUpdate;
    }
    default:
        return QTreeView::selectionCommand(index, event);
    }
}

void CommentQueueView::drawRow(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QTreeView::drawRow(painter, option, index);
    if (index.row() == currentIndex().row()) {
        painter->fillRect(QRect(option.rect.left(), option.rect.top(), 3, option.rect.height()),
            option.palette.color(QPalette::Highlight));
    }
}

} // namespace longhand
