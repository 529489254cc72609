#include "gui/moderation/CommentThreadModel.h"

#include "gui/SafeText.h"

#include <QFont>
#include <QLocale>

namespace longhand {

namespace {

QString shortened(const QString& text, int length)
{
    return text.size() > length ? text.left(length - 1).trimmed() + QChar(0x2026) : text;
}

} // namespace

CommentThreadModel::CommentThreadModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

CommentThreadModel::~CommentThreadModel() = default;

void CommentThreadModel::setThread(CommentThread thread, qint64 currentId)
{
    beginResetModel();
    m_thread = std::move(thread);
    m_currentId = currentId;
    endResetModel();
}

void CommentThreadModel::clear()
{
    setThread({}, 0);
}

QModelIndex CommentThreadModel::indexOfComment(qint64 id) const
{
    const int entry = m_thread.indexOfId(id);
    return entry < 0 ? QModelIndex() : createIndex(m_thread.rowOf(entry), 0, quintptr(entry));
}

QModelIndex CommentThreadModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0)) {
        return {};
    }
    const QList<int>& children = m_thread.childrenOf(parent.isValid() ? entryOf(parent) : -1);
    return row < children.size() ? createIndex(row, column, quintptr(children.at(row))) : QModelIndex();
}

QModelIndex CommentThreadModel::parent(const QModelIndex& child) const
{
    if (!child.isValid()) {
        return {};
    }
    const int up = m_thread.parentOf(entryOf(child));
    return up < 0 ? QModelIndex() : createIndex(m_thread.rowOf(up), 0, quintptr(up));
}

int CommentThreadModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    return int(m_thread.childrenOf(parent.isValid() ? entryOf(parent) : -1).size());
}

int CommentThreadModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant CommentThreadModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const ThreadEntry& e = m_thread.entries().at(entryOf(index));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AuthorColumn:
            return e.authorName.trimmed().isEmpty() ? tr("Anonymous") : e.authorName;
        case ExcerptColumn:
            return shortened(e.excerpt, 100);
        case StatusColumn:
            return commentStatusLabel(e.status);
        case DateColumn:
            return QLocale().toString(e.dateGmt.toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == ExcerptColumn ? QVariant(SafeText::toolTip(e.excerpt))
                                               : QVariant(); // commenters write these
    case Qt::FontRole:
        if (e.id == m_currentId) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case CommentIdRole:
        return e.id;
    default:
        return {};
    }
}

QVariant CommentThreadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case AuthorColumn:
        return tr("Author");
    case ExcerptColumn:
        return tr("Comment");
    case StatusColumn:
        return tr("Status");
    case DateColumn:
        return tr("Date");
    default:
        return {};
    }
}

} // namespace longhand
