#include "gui/drafts/DraftListModel.h"

#include "core/accounts/SiteIdentity.h"
#include "gui/SafeText.h"

#include <QLocale>

namespace longhand {

DraftListModel::DraftListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

int DraftListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString DraftListModel::statusLabel(PostStatus status)
{
    switch (status) {
    case PostStatus::Draft: return tr("Draft");
    case PostStatus::Pending: return tr("Pending review");
    case PostStatus::Private: return tr("Private");
    case PostStatus::Publish: return tr("Published");
    case PostStatus::Future: return tr("Scheduled");
    }
    return {};
}

QVariant DraftListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PostSummary& row = m_rows.at(index.row());
    const QString title = row.title.trimmed().isEmpty() ? tr("Untitled review") : row.title;
    const QString when = QLocale().toString(row.updatedAt.toLocalTime(), QLocale::ShortFormat);
    const QString blog = blogNameOf(row);
    // A status is the blog's only once the blog has the review; before, it is what the writer means to send.
    QString status = !row.onBlog          ? (row.status == PostStatus::Draft ? tr("Draft, not on the blog") : tr("Not on the blog yet"))
                     : row.changedHere ? tr("%1, changed here").arg(statusLabel(row.status))
                                       : statusLabel(row.status);
    if (row.type == PostType::Page) {
        status = tr("Page: %1").arg(status); // posts and pages share the list
    }
    switch (role) {
    case Qt::DisplayRole:
        return QString(title + QLatin1Char('\n') + status + QStringLiteral(" \u00B7 ")
                       + (blog.isEmpty() ? when : blog + QStringLiteral(" \u00B7 ") + when));
    case Qt::ToolTipRole:
        return SafeText::toolTip(blog.isEmpty() ? tr("%1 (%2, last changed %3)").arg(title, status, when)
                                                : tr("%1 (%2 on %3, last changed %4)").arg(title, status, blog, when));
    case Qt::AccessibleTextRole:
        return blog.isEmpty() ? tr("%1, %2").arg(title, status) : tr("%1, %2, %3").arg(title, status, blog);
    case SiteIdRole: return row.siteId;
    case BlogNameRole: return blog;
    case OnBlogRole: return row.onBlog;
    case IdRole: return row.id;
    case StatusRole: return postStatusToString(row.status);
    case UpdatedAtRole: return row.updatedAt;
    case TrashedRole: return row.trashedAt.isValid();
    default: return {};
    }
}

QHash<int, QByteArray> DraftListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "reviewId");
    names.insert(StatusRole, "status");
    names.insert(UpdatedAtRole, "updatedAt");
    names.insert(TrashedRole, "trashed");
    names.insert(SiteIdRole, "siteId");
    names.insert(BlogNameRole, "blogName");
    names.insert(OnBlogRole, "onBlog");
    return names;
}

void DraftListModel::setSummaries(QList<PostSummary> summaries)
{
    if (summaries == m_rows) {
        return;
    }
    beginResetModel();
    m_rows = std::move(summaries);
    endResetModel();
}

void DraftListModel::setSites(const QList<Site>& sites)
{
    m_sites = sites;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, 0));
    }
}

QString DraftListModel::blogNameOf(const PostSummary& row) const
{
    if (m_sites.size() < 2) {
        return {};
    }
    return row.siteId == 0 ? tr("no blog chosen") : SiteIdentity::displayName(row.siteId, m_sites);
}

int DraftListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

qint64 DraftListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

} // namespace longhand
