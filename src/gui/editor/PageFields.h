#pragma once

#include "core/domain/Post.h"

#include <QList>
#include <QWidget>

#include <utility>

class QComboBox;
class QLabel;
class QSpinBox;

namespace longhand {

// A review's type (post or page: chosen until it is on the blog) and, for a page, its place on the blog: the parent
// (chosen from the blog's pages), the order, and the template as the blog has it (shown, not edited). Part of the
// metadata panel (issue 15 item 1).
class PageFields final : public QWidget
{
    Q_OBJECT

public:
    explicit PageFields(QWidget* parent = nullptr);

    // Shows a review's fields; emits nothing.
    void setPost(const Post& post);
    void applyTo(Post& post) const;
    // The blog's pages as (page id, title), for the Parent field.
    void setBlogPages(const QList<std::pair<qint64, QString>>& pages);
    // The type shown (loaded or chosen): a page.
    bool isPage() const;

Q_SIGNALS:
    void changed();
    // The type shown changed (also while a review is loaded): the panel hides what a page does not use.
    void typeShown(bool page);

private:
    void showParents();
    void showPageRows();

    QComboBox* m_type;
    QLabel* m_parentLabel;
    QComboBox* m_parent;
    QLabel* m_orderLabel;
    QSpinBox* m_order;
    QLabel* m_templateLabel;
    QLabel* m_template;
    QList<std::pair<qint64, QString>> m_pages;
    qint64 m_parentId = 0;
    qint64 m_remoteId = 0; // the review's own page id: never its own parent
    bool m_loading = false;
};

} // namespace longhand
