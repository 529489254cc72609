#include "gui/moderation/CommentQueueModel.h"

#include "core/FutureUtils.h"
#include "core/accounts/SiteIdentity.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/StorageExecutor.h"
#include "gui/SafeText.h"
#include "gui/ThemeColors.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <algorithm>

namespace longhand {

namespace {

// Beyond this many separate runs of removed or inserted rows a reset is cheaper than the signals.
constexpr int kMaxDiffRuns = 64;
// Pages asked for but not yet read; older wishes (rows scrolled past) are forgotten.
constexpr int kMaxWanted = 8;

// From the application palette at each call: the view repaints (and asks again) when it changes.
QColor statusColor(CommentStatus status)
{
    const QPalette palette = QGuiApplication::palette();
    switch (status) {
    case CommentStatus::Hold:
        return ThemeColors::warning(palette);
    case CommentStatus::Approved:
        return ThemeColors::success(palette);
    case CommentStatus::Spam:
        return ThemeColors::danger(palette);
    case CommentStatus::Trash:
    case CommentStatus::Deleted:
        return ThemeColors::muted(palette);
    }
    return {};
}

QIcon statusIcon(CommentStatus status)
{
    static QHash<QRgb, QIcon> icons;
    const QColor colour = statusColor(status);
    const auto it = icons.constFind(colour.rgba());
    if (it != icons.constEnd()) {
        return it.value();
    }
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    painter.end();
    return icons.insert(colour.rgba(), QIcon(pixmap)).value();
}

QString pendingMarker()
{
    return QStringLiteral("\u21E1 ") + CommentQueueModel::tr("To send");
}

QString goneMarker()
{
    return QStringLiteral("\u2715 ") + CommentQueueModel::tr("Gone from the blog");
}

} // namespace

CommentQueueModel::CommentQueueModel(StorageExecutor& storage, QObject* parent)
    : QAbstractTableModel(parent)
    , m_storage(storage)
{
}

CommentQueueModel::~CommentQueueModel() = default;

QString CommentQueueModel::placeholder()
{
    return QString(QChar(0x2026));
}

int CommentQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int CommentQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QHash<int, QByteArray> CommentQueueModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(CommentIdRole, "commentId");
    names.insert(StatusRole, "status");
    names.insert(FlagsRole, "flags");
    names.insert(PendingRole, "pending");
    names.insert(GoneRole, "gone");
    names.insert(LoadedRole, "loaded");
    names.insert(SiteIdRole, "siteId");
    names.insert(PostRemoteIdRole, "postRemoteId");
    names.insert(DateRole, "date");
    return names;
}

QVariant CommentQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case AuthorColumn:
        return tr("Author");
    case ExcerptColumn:
        return tr("Comment");
    case PostColumn:
        return tr("Post");
    case DateColumn:
        return tr("Date");
    case FlagsColumn:
        return tr("Flags");
    default:
        return {};
    }
}

QVariant CommentQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int row = index.row();
    if (role == CommentIdRole) {
        return m_ids.at(row);
    }
    const Comment* c = cached(row);
    if (role == LoadedRole) {
        return c != nullptr;
    }
    if (!c) {
        if (role == Qt::DisplayRole && (index.column() == AuthorColumn || index.column() == ExcerptColumn)) {
            return placeholder();
        }
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(*c, index.column());
    case Qt::DecorationRole:
        return decoration(*c, index.column());
    case Qt::ToolTipRole:
        return SafeText::toolTip(toolTip(*c, index.column()).toString()); // commenters write these
    case Qt::AccessibleTextRole:
        return tr("%1 by %2: %3")
            .arg(commentStatusLabel(c->status), display(*c, AuthorColumn).toString(), c->excerpt());
    case Qt::FontRole:
        // Pending rows stand out, as in wp-admin, without making the whole table heavy.
        if (c->status == CommentStatus::Hold && (index.column() == StatusColumn || index.column() == AuthorColumn)) {
            QFont font;
            font.setBold(true);
            font.setItalic(c->isPing() && index.column() == AuthorColumn);
            return font;
        }
        if (c->isPing() && (index.column() == AuthorColumn || index.column() == ExcerptColumn)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == FlagsColumn && (c->flags != 0 || c->gone)) {
            return QBrush(ThemeColors::danger(QGuiApplication::palette()));
        }
        if (c->status == CommentStatus::Spam || c->status == CommentStatus::Trash
            || c->status == CommentStatus::Deleted) {
            return QBrush(ThemeColors::muted(QGuiApplication::palette()));
        }
        return {};
    case StatusRole:
        return int(c->status);
    case FlagsRole:
        return c->flags;
    case PendingRole:
        return c->pending;
    case GoneRole:
        return c->gone;
    case SiteIdRole:
        return c->siteId;
    case PostRemoteIdRole:
        return c->postRemoteId;
    case DateRole:
        return c->dateGmt;
    case TypeRole:
        return c->type;
    default:
        return {};
    }
}

void CommentQueueModel::setSites(const QList<Site>& sites)
{
    const auto names = [](const QList<Site>& list) {
        QStringList shown;
        for (const Site& site : list) {
            shown << QString::number(site.id) + QLatin1Char(' ') + SiteIdentity::displayName(site, list);
        }
        return shown;
    };
    if (names(sites) == names(m_sites)) {
        m_sites = sites;
        return; // what the Post column says is the same (a refresh after every sync)
    }
    m_sites = sites;
    tellShownRows(shownPages());
}

QSet<int> CommentQueueModel::shownPages() const
{
    QSet<int> shown(m_inFlight);
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        shown.insert(it.key());
    }
    for (const int page : std::as_const(m_wanted)) {
        shown.insert(page);
    }
    return shown;
}

// The rows a view shows are in pages read, being read or wanted: those (and a page either side, for rows a refresh
// moved) are told to ask again. Not every row: a view answers a change of a million rows in time that grows with
// the rows (QTreeView works out the rectangle row by row).
void CommentQueueModel::tellShownRows(const QSet<int>& shown)
{
    QList<int> pages(shown.cbegin(), shown.cend());
    std::sort(pages.begin(), pages.end());
    int changedUpTo = -1; // the last row already told, so that neighbouring pages are one signal
    for (const int page : std::as_const(pages)) {
        const int first = std::max(changedUpTo + 1, (page - 1) * kPageSize);
        const int last = std::min(rowCount(), (page + 2) * kPageSize) - 1;
        if (first <= last) {
            Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
            changedUpTo = last;
        }
    }
}

QString CommentQueueModel::blogNameOf(const Comment& c) const
{
    return m_sites.size() < 2 ? QString() : SiteIdentity::displayName(c.siteId, m_sites);
}

QVariant CommentQueueModel::display(const Comment& c, int column) const
{
    switch (column) {
    case StatusColumn:
        return commentStatusLabel(c.status);
    case AuthorColumn: {
        const QString name = c.authorName.trimmed().isEmpty() ? tr("Anonymous") : c.authorName;
        // A pingback or trackback is another site linking here, not a person: said before the name.
        return c.type == QLatin1String("comment") ? name : tr("%1: %2").arg(commentTypeLabel(c.type), name);
    }
    case ExcerptColumn:
        return c.excerpt();
    case PostColumn: {
        const QString title = c.postTitle.trimmed().isEmpty() ? QStringLiteral("#%1").arg(c.postRemoteId) : c.postTitle;
        const QString blog = blogNameOf(c);
        return blog.isEmpty() ? title : tr("%1 \u00B7 %2").arg(title, blog);
    }
    case DateColumn:
        return QLocale().toString(c.dateGmt.toLocalTime(), QLocale::ShortFormat);
    case FlagsColumn: {
        QStringList parts;
        if (c.gone) {
            parts << goneMarker();
        }
        if (c.pending) {
            parts << pendingMarker();
        }
        parts << triageFlagLabels(c.flags);
        return parts.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant CommentQueueModel::decoration(const Comment& c, int column) const
{
    if (column == StatusColumn) {
        return statusIcon(c.status);
    }
    return {};
}

QVariant CommentQueueModel::toolTip(const Comment& c, int column) const
{
    switch (column) {
    case ExcerptColumn:
        return c.excerpt(600);
    case PostColumn: {
        const QString title = c.postTitle.trimmed().isEmpty() ? QStringLiteral("#%1").arg(c.postRemoteId) : c.postTitle;
        const QString blog = blogNameOf(c);
        return blog.isEmpty() ? title : tr("%1\non %2").arg(title, blog);
    }
    case DateColumn:
        return QLocale().toString(c.dateGmt.toLocalTime(), QLocale::LongFormat);
    case FlagsColumn: {
        QStringList lines;
        if (c.gone) {
            lines << tr("Deleted on the blog; kept here for reference.");
        }
        if (c.pending) {
            lines << tr("A change waits to be sent to the blog.");
        }
        lines << triageFlagLabels(c.flags);
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

void CommentQueueModel::sort(int column, Qt::SortOrder order)
{
    if (column != DateColumn) {
        return;
    }
    const bool newestFirst = order == Qt::DescendingOrder;
    if (newestFirst == m_filter.newestFirst) {
        return;
    }
    m_filter.newestFirst = newestFirst;
    loadIds(true);
}

void CommentQueueModel::setFilter(const CommentFilter& filter)
{
    m_filter = filter;
    loadIds(true);
}

void CommentQueueModel::refresh()
{
    loadIds(false);
}

void CommentQueueModel::loadIds(bool reset)
{
    const int generation = ++*m_idsGeneration;
    if (reset) {
        loadFirstPageThenAll(generation);
        return;
    }
    ++m_idsInFlight;
    // A refresh: the whole list again, its row changes worked out on the storage side against the list as it is now
    // (a later change of the list is a later load: this one's answer is then dropped). On the read lane (it sees every
    // action queued before it): reading a million ids again after a sync must not hold up the pages being scrolled
    // to; not read at all when another list was asked for meanwhile.
    struct Loaded
    {
        QList<qint64> ids;
        IdDiff diff;
    };
    auto future = m_storage.read([filter = m_filter, old = m_ids, latest = m_idsGeneration, generation](Database& db) -> Result<Loaded> {
        if (latest->load() != generation) {
            return Loaded {};
        }
        auto ids = CommentRepository(db).ids(filter);
        if (!ids) {
            return ids.error();
        }
        IdDiff diff = diffIds(old, ids.value());
        return Loaded { std::move(ids.value()), std::move(diff) };
    });
    onFinished(future, this, [this, generation](const Result<Loaded>& loaded) {
        --m_idsInFlight;
        if (generation != m_idsGeneration->load()) {
            return; // a newer filter or refresh is on its way
        }
        if (!loaded) {
            Q_EMIT errorOccurred(loaded.error().message);
            return;
        }
        applyIds(loaded->ids, false, loaded->diff);
        Q_EMIT idsLoaded();
    });
}

// A new list: its first page of ids (the same query, LIMIT kPageSize: it stops there when the filter's order has an
// index) and their rows are read and shown first; the whole list is read on the read lane beside it and added
// below those rows, so the rows on screen do not wait for a million ids. idsLoaded (where the cursor ends, marks) comes
// with the whole list.
void CommentQueueModel::loadFirstPageThenAll(int generation)
{
    struct First
    {
        QList<qint64> ids;
        QList<Comment> rows;
    };
    m_idsInFlight += 2;
    auto first = m_storage.run([filter = m_filter](Database& db) -> Result<First> {
        CommentRepository comments(db);
        auto ids = comments.ids(filter, kPageSize);
        if (!ids) {
            return ids.error();
        }
        auto rows = comments.byIds(ids.value());
        if (!rows) {
            return rows.error();
        }
        return First { std::move(ids.value()), std::move(rows.value()) };
    });
    // The whole list on the read lane, beside the first page and the pages after it; not read at all when another
    // list was asked for before it started.
    auto all = m_storage.read([filter = m_filter, latest = m_idsGeneration, generation](Database& db) -> Result<QList<qint64>> {
        if (latest->load() != generation) {
            return QList<qint64>();
        }
        return CommentRepository(db).ids(filter);
    });
    onFinished(first, this, [this, generation](const Result<First>& loaded) {
        --m_idsInFlight;
        if (generation != m_idsGeneration->load()) {
            return;
        }
        if (!loaded) {
            Q_EMIT errorOccurred(loaded.error().message);
            return;
        }
        applyIds(loaded->ids, true, {});
        if (!m_ids.isEmpty()) {
            pageArrived(0, loaded->rows);
        }
    });
    onFinished(all, this, [this, generation](const Result<QList<qint64>>& ids) {
        --m_idsInFlight;
        if (generation != m_idsGeneration->load()) {
            return;
        }
        if (!ids) {
            Q_EMIT errorOccurred(ids.error().message);
            return;
        }
        const QList<qint64>& whole = ids.value();
        if (whole.size() > m_ids.size() && std::equal(m_ids.cbegin(), m_ids.cend(), whole.cbegin())) {
            IdDiff below; // the rest of the list, under the rows shown: the pages read stay where they are
            below.insertions.append({ int(m_ids.size()), int(whole.size() - m_ids.size()) });
            applyDiff(whole, below);
        } else if (whole != m_ids) {
            applyIds(whole, true, {}); // changed between the two reads: shown anew
        }
        Q_EMIT idsLoaded();
    });
}

void CommentQueueModel::applyIds(QList<qint64> ids, bool reset, const IdDiff& diff)
{
    if (reset) {
        beginResetModel();
        m_ids = std::move(ids);
        m_pages.clear();
        m_stale.clear();
        m_wanted.clear();
        m_inFlight.clear();
        m_reloadAgain.clear();
        ++m_generation;
        endResetModel();
        return;
    }
    // What is shown now stays visible (by id) until each page has been read again.
    QHash<qint64, Comment> stale;
    for (const Page& page : std::as_const(m_pages)) {
        for (auto it = page.rows.constBegin(); it != page.rows.constEnd(); ++it) {
            stale.insert(it.key(), it.value());
        }
    }
    for (auto it = m_stale.constBegin(); it != m_stale.constEnd() && stale.size() < kMaxPages * kPageSize; ++it) {
        stale.insert(it.key(), it.value());
    }
    m_stale = std::move(stale);
    const QSet<int> shown = shownPages();
    m_pages.clear();
    m_wanted.clear();
    m_inFlight.clear();
    m_reloadAgain.clear();
    ++m_generation;
    if (!diff.same && !diff.usable) {
        beginResetModel();
        m_ids = std::move(ids);
        endResetModel();
        return;
    }
    if (!diff.same) {
        applyDiff(ids, diff);
    }
    tellShownRows(shown);
}

// How the id list `old` turns into `ids` with row removals and insertions, so that views keep their current row,
// selection and scroll position. Not usable when the rows that stay are in another order, or the change is too
// scattered to be worth it. Runs on the storage thread: it hashes every id of both lists (a million for All).
CommentQueueModel::IdDiff CommentQueueModel::diffIds(const QList<qint64>& old, const QList<qint64>& ids)
{
    IdDiff diff;
    if (ids == old) {
        diff.same = true;
        return diff;
    }
    const QSet<qint64> fresh(ids.cbegin(), ids.cend());
    const QSet<qint64> before(old.cbegin(), old.cend());
    for (int row = int(old.size()) - 1; row >= 0;) { // from the bottom up
        if (fresh.contains(old.at(row))) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !fresh.contains(old.at(first - 1))) {
            --first;
        }
        diff.removals.append({ first, row - first + 1 });
        row = first - 1;
        if (diff.removals.size() > kMaxDiffRuns) {
            return diff;
        }
    }
    for (int row = 0; row < ids.size();) { // position in the new list, top down
        if (before.contains(ids.at(row))) {
            ++row;
            continue;
        }
        int last = row;
        while (last + 1 < ids.size() && !before.contains(ids.at(last + 1))) {
            ++last;
        }
        diff.insertions.append({ row, last - row + 1 });
        row = last + 1;
        if (diff.removals.size() + diff.insertions.size() > kMaxDiffRuns) {
            return diff;
        }
    }
    QList<qint64> keptOld;
    keptOld.reserve(old.size());
    for (const qint64 id : old) {
        if (fresh.contains(id)) {
            keptOld.append(id);
        }
    }
    QList<qint64> keptNew;
    keptNew.reserve(ids.size());
    for (const qint64 id : ids) {
        if (before.contains(id)) {
            keptNew.append(id);
        }
    }
    diff.usable = keptOld == keptNew;
    return diff;
}

void CommentQueueModel::applyDiff(const QList<qint64>& ids, const IdDiff& diff)
{
    for (const auto& [first, count] : std::as_const(diff.removals)) {
        beginRemoveRows({}, first, first + count - 1);
        m_ids.remove(first, count);
        endRemoveRows();
    }
    for (const auto& [position, count] : std::as_const(diff.insertions)) {
        beginInsertRows({}, position, position + count - 1);
        m_ids.insert(position, count, 0);
        std::copy(ids.cbegin() + position, ids.cbegin() + position + count, m_ids.begin() + position);
        endInsertRows();
    }
}

void CommentQueueModel::reloadComments(const QList<qint64>& ids)
{
    QSet<int> pages;
    for (const qint64 id : ids) {
        m_shownAhead.remove(id); // what storage says from now on
        m_stale.remove(id); // never show a status from before the action again
        if (const int row = rowOf(id); row >= 0) {
            pages.insert(row / kPageSize);
        }
    }
    for (const int page : std::as_const(pages)) {
        if (m_inFlight.contains(page)) {
            m_reloadAgain.insert(page); // that read may have started before the change
        } else if (m_pages.contains(page)) {
            fetch(page); // the old rows stay on screen until the new ones arrive
        }
    }
}

void CommentQueueModel::showStatus(const QList<qint64>& ids, CommentStatus status)
{
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    for (auto page = m_pages.begin(); page != m_pages.end(); ++page) {
        const int first = page.key() * kPageSize;
        const int last = std::min(rowCount(), first + kPageSize) - 1;
        for (int row = first; row <= last; ++row) {
            const qint64 id = m_ids.at(row);
            if (!wanted.contains(id)) {
                continue;
            }
            m_shownAhead.insert(id, status);
            if (const auto it = page->rows.find(id); it != page->rows.end()) {
                it->status = status;
                it->pending = true;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        }
    }
}

void CommentQueueModel::forgetShownStatuses()
{
    const QList<qint64> ids = m_shownAhead.keys();
    reloadComments(ids);
}

qint64 CommentQueueModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int CommentQueueModel::rowOf(qint64 id) const
{
    return id == 0 ? -1 : int(m_ids.indexOf(id));
}

const Comment* CommentQueueModel::commentAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? cached(row) : nullptr;
}

int CommentQueueModel::cachedRowCount() const
{
    int rows = int(m_stale.size());
    for (const Page& page : std::as_const(m_pages)) {
        rows += int(page.rows.size());
    }
    return rows;
}

const Comment* CommentQueueModel::cached(int row) const
{
    const qint64 id = m_ids.at(row);
    const int pageNumber = row / kPageSize;
    const auto page = m_pages.find(pageNumber);
    if (page != m_pages.end()) {
        page->lastUsed = ++m_tick;
        const auto it = page->rows.constFind(id);
        // A row missing from its read page was deleted meanwhile; the next refresh removes it.
        return it == page->rows.constEnd() ? nullptr : &it.value();
    }
    want(pageNumber);
    const auto stale = m_stale.constFind(id);
    return stale == m_stale.constEnd() ? nullptr : &stale.value();
}

void CommentQueueModel::want(int page) const
{
    if (m_inFlight.contains(page)) {
        return;
    }
    m_wanted.removeOne(page);
    m_wanted.append(page);
    while (m_wanted.size() > kMaxWanted) {
        m_wanted.removeFirst();
    }
    if (!m_dispatchQueued) {
        m_dispatchQueued = true;
        // Not from inside data(): views call it while painting.
        auto* self = const_cast<CommentQueueModel*>(this);
        QMetaObject::invokeMethod(
            self, [self] { self->dispatch(); }, Qt::QueuedConnection);
    }
}

void CommentQueueModel::dispatch()
{
    m_dispatchQueued = false;
    // The most recently wanted first: that is where the view is now.
    while (m_inFlight.size() < kMaxPagesInFlight && !m_wanted.isEmpty()) {
        const int page = m_wanted.takeLast();
        if (!m_pages.contains(page) && !m_inFlight.contains(page)) {
            fetch(page);
        }
    }
}

void CommentQueueModel::fetch(int page)
{
    const QList<qint64> ids = m_ids.mid(qsizetype(page) * kPageSize, kPageSize);
    if (ids.isEmpty()) {
        return;
    }
    m_inFlight.insert(page);
    const int generation = m_generation;
    auto future = m_storage.run([ids](Database& db) { return CommentRepository(db).byIds(ids); });
    onFinished(future, this, [this, page, generation](const Result<QList<Comment>>& rows) {
        if (generation != m_generation) {
            return; // read for an id list that has been replaced
        }
        m_inFlight.remove(page);
        if (!rows) {
            Q_EMIT errorOccurred(rows.error().message);
            // Rows stay placeholders until the next refresh rather than being asked for in a loop.
            pageArrived(page, {});
        } else {
            pageArrived(page, rows.value());
        }
        dispatch();
    });
}

void CommentQueueModel::pageArrived(int page, const QList<Comment>& rows)
{
    Page entry;
    for (const Comment& c : rows) {
        m_stale.remove(c.id);
        auto it = entry.rows.insert(c.id, c);
        if (const auto shown = m_shownAhead.constFind(c.id); shown != m_shownAhead.constEnd()) {
            it->status = shown.value(); // read before the action was stored: keep showing the action
            it->pending = true;
        }
    }
    entry.lastUsed = ++m_tick;
    m_pages.insert(page, std::move(entry));
    evict();
    const int first = page * kPageSize;
    const int last = std::min(rowCount(), first + kPageSize) - 1;
    if (last >= first) {
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
    if (m_reloadAgain.remove(page)) {
        fetch(page);
    }
}

void CommentQueueModel::evict()
{
    while (m_pages.size() > kMaxPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUsed < oldest->lastUsed) {
                oldest = it;
            }
        }
        m_pages.erase(oldest);
    }
}

} // namespace longhand
