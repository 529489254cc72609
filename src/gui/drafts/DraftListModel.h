#pragma once

#include "core/domain/Post.h"
#include "core/domain/Site.h"

#include <QAbstractListModel>

namespace longhand {

// The reviews the drafts sidebar shows, newest change first (the order the query gives).
class DraftListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftListModel)

public:
    enum Column { TitleColumn = 0, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole,
        UpdatedAtRole,
        TrashedRole,
        SiteIdRole,
        BlogNameRole, // the blog's name, told apart from the others'; empty with one blog only
        OnBlogRole, // the blog has it (published or pulled)
    };

    explicit DraftListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setSummaries(QList<PostSummary> summaries);
    // The connected blogs: with more than one, each row says which blog its review belongs to.
    void setSites(const QList<Site>& sites);
    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;

    static QString statusLabel(PostStatus status);

private:
    QString blogNameOf(const PostSummary& row) const;

    QList<PostSummary> m_rows;
    QList<Site> m_sites;
};

} // namespace longhand
