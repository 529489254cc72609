#include "gui/moderation/CommentDetailPane.h"

#include "core/FutureUtils.h"
#include "core/markdown/CommentSanitizer.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/StorageExecutor.h"
#include "gui/ThemeColors.h"
#include "gui/moderation/CommentBrowser.h"
#include "gui/moderation/CommentThreadModel.h"
#include "gui/moderation/CommenterCard.h"
#include "gui/SafeText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace longhand {

struct CommentDetailPane::Detail
{
    std::optional<Comment> comment;
    std::optional<Comment> parent;
    QString postTitle;
    QString postExcerpt;
    CommenterStats stats;
};

namespace {

QString authorOf(const Comment& c)
{
    return c.authorName.trimmed().isEmpty() ? CommentDetailPane::tr("Anonymous") : c.authorName;
}

QString dateOf(const Comment& c)
{
    return QLocale().toString(c.dateGmt.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

CommentDetailPane::CommentDetailPane(StorageExecutor& storage, QWidget* parent)
    : QWidget(parent)
    , m_storage(storage)
    , m_postTitle(new QLabel(this))
    , m_postExcerpt(new QLabel(this))
    , m_parentBox(new QWidget(this))
    , m_parentLabel(new QLabel(m_parentBox))
    , m_parent(new CommentBrowser(m_parentBox))
    , m_meta(new QLabel(this))
    , m_threadButton(new QPushButton(tr("Sho&w Thread"), this))
    , m_comment(new CommentBrowser(this))
    , m_notice(new QLabel(this))
    , m_thread(new QTreeView(this))
    , m_threadModel(new CommentThreadModel(this))
    , m_card(new CommenterCard(this))
{
    setObjectName(QStringLiteral("commentDetailPane"));
    m_postTitle->setObjectName(QStringLiteral("detailPostTitle"));
    m_postTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = m_postTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_postTitle->setFont(titleFont);
    m_postTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_postExcerpt->setObjectName(QStringLiteral("detailPostExcerpt"));
    m_postExcerpt->setTextFormat(Qt::PlainText);
    m_postExcerpt->setWordWrap(true);
    m_postExcerpt->setForegroundRole(QPalette::PlaceholderText);
    m_postExcerpt->setMaximumHeight(m_postExcerpt->fontMetrics().lineSpacing() * 3 + 4);
    m_postExcerpt->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_parentBox->setObjectName(QStringLiteral("parentBox"));
    m_parentLabel->setTextFormat(Qt::PlainText);
    m_parentLabel->setForegroundRole(QPalette::PlaceholderText);
    m_parent->setObjectName(QStringLiteral("parentDetail"));
    m_parent->setAccessibleName(tr("The comment this one answers"));
    m_parent->setMaximumHeight(110);
    m_parent->setFocusPolicy(Qt::ClickFocus);
    auto* parentLayout = new QVBoxLayout(m_parentBox);
    parentLayout->setContentsMargins(0, 0, 0, 0);
    parentLayout->setSpacing(2);
    parentLayout->addWidget(m_parentLabel);
    parentLayout->addWidget(m_parent);

    m_meta->setObjectName(QStringLiteral("commentMeta"));
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont metaFont = m_meta->font();
    metaFont.setBold(true);
    m_meta->setFont(metaFont);
    m_threadButton->setObjectName(QStringLiteral("showThreadButton"));
    m_threadButton->setCheckable(true);
    m_threadButton->setToolTip(tr("Show every comment on this post as a tree (T)"));
    m_threadButton->setAccessibleName(tr("Show thread"));
    m_threadButton->setFocusPolicy(Qt::TabFocus);
    auto* metaRow = new QHBoxLayout;
    metaRow->addWidget(m_meta, 1);
    metaRow->addWidget(m_threadButton);

    m_comment->setObjectName(QStringLiteral("commentDetail"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setFocusPolicy(Qt::ClickFocus);
    m_comment->setMinimumHeight(90);

    m_notice->setObjectName(QStringLiteral("commentNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    ThemeColors::keepNoticeStyle(m_notice, QStringLiteral("4px"));
    m_notice->hide();

    m_thread->setObjectName(QStringLiteral("commentThread"));
    m_thread->setAccessibleName(tr("Thread"));
    m_thread->setModel(m_threadModel);
    m_thread->setUniformRowHeights(true);
    m_thread->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_thread->header()->setStretchLastSection(false);
    m_thread->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_thread->setColumnWidth(0, 140);
    m_thread->hide();
    connect(m_thread, &QTreeView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT commentActivated(index.data(CommentThreadModel::CommentIdRole).toLongLong());
    });
    connect(m_threadButton, &QPushButton::toggled, this, &CommentDetailPane::setThreadVisible);

    connect(m_comment, &CommentBrowser::linkHovered, this, &CommentDetailPane::linkHovered);
    connect(m_parent, &CommentBrowser::linkHovered, this, &CommentDetailPane::linkHovered);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_postTitle);
    layout->addWidget(m_postExcerpt);
    layout->addWidget(m_parentBox);
    layout->addLayout(metaRow);
    layout->addWidget(m_comment, 3);
    layout->addWidget(m_notice);
    layout->addWidget(m_thread, 2);
    layout->addWidget(m_card);
    connect(m_card, &CommenterCard::showAllRequested, this, &CommentDetailPane::commenterRequested);
    clearDetail();
}

CommentDetailPane::~CommentDetailPane() = default;

void CommentDetailPane::setActionBar(QWidget* bar)
{
    auto* box = static_cast<QVBoxLayout*>(layout());
    box->insertWidget(box->indexOf(m_notice) + 1, bar);
}

void CommentDetailPane::showComment(qint64 id)
{
    if (id == m_wanted) {
        return;
    }
    m_wanted = id;
    load();
}

void CommentDetailPane::reload()
{
    load();
}

std::optional<Comment> CommentDetailPane::comment() const
{
    return m_shown && m_shown->id == m_wanted ? m_shown : std::nullopt;
}

void CommentDetailPane::setNotice(qint64 commentId, const QString& message)
{
    if (commentId != m_wanted || message.isEmpty()) {
        return;
    }
    m_notice->setText(message);
    m_notice->show();
    reload();
}

void CommentDetailPane::load()
{
    if (m_loading) {
        m_again = true; // read once more when the running read is answered
        return;
    }
    const qint64 id = m_wanted;
    if (id == 0) {
        clearDetail();
        return;
    }
    m_loading = true;
    // On the read lane: a commenter's counts on every blog may take a while, and the list's pages must not wait.
    auto future = m_storage.read([id](Database& db) -> Result<Detail> {
        CommentRepository comments(db);
        Detail detail;
        auto comment = comments.byId(id);
        if (!comment) {
            return comment.error();
        }
        detail.comment = comment.value();
        if (!detail.comment) {
            return detail;
        }
        auto parent = comments.parentOf(*detail.comment);
        if (!parent) {
            return parent.error();
        }
        detail.parent = parent.value();
        auto post = comments.postSummary(detail.comment->siteId, detail.comment->postRemoteId);
        if (!post) {
            return post.error();
        }
        detail.postTitle = post->first;
        detail.postExcerpt = post->second;
        auto stats = comments.commenterStats(*detail.comment);
        if (!stats) {
            return stats.error();
        }
        detail.stats = stats.value();
        return detail;
    });
    onFinished(future, this, [this, id](const Result<Detail>& detail) {
        m_loading = false;
        const bool again = std::exchange(m_again, false);
        if (id == m_wanted) {
            if (detail) {
                present(detail.value());
            } else {
                Q_EMIT errorOccurred(detail.error().message);
            }
        }
        if (again || id != m_wanted) {
            load();
        }
    });
}

void CommentDetailPane::present(const Detail& detail)
{
    if (!detail.comment) {
        clearDetail();
        m_meta->setText(tr("This comment is no longer in the cache."));
        return;
    }
    const Comment& c = *detail.comment;
    m_shown = c;
    setEnabled(true);
    m_postTitle->setText(detail.postTitle.trimmed().isEmpty() ? tr("Post #%1").arg(c.postRemoteId) : detail.postTitle);
    m_postTitle->setToolTip(SafeText::toolTip(m_postTitle->text()));
    m_postExcerpt->setText(detail.postExcerpt);
    m_postExcerpt->setVisible(!detail.postExcerpt.isEmpty());
    if (detail.parent) {
        m_parentLabel->setText(tr("In reply to %1 (%2):").arg(authorOf(*detail.parent), dateOf(*detail.parent)));
        m_parent->setCommentHtml(CommentSanitizer::sanitize(detail.parent->content));
        m_parentBox->show();
    } else if (c.parentRemoteId != 0) {
        m_parentLabel->setText(tr("In reply to comment #%1, which is not in the cache.").arg(c.parentRemoteId));
        m_parent->setCommentHtml(QString());
        m_parentBox->show();
        m_parent->hide();
    } else {
        m_parentBox->hide();
    }
    if (detail.parent) {
        m_parent->show();
    }
    QStringList meta { authorOf(c), dateOf(c), commentStatusLabel(c.status) };
    if (c.isPing()) {
        meta.prepend(commentTypeLabel(c.type)); // another site linking here, not a person
    }
    if (c.pending) {
        meta << tr("waiting to be sent");
    }
    if (c.gone) {
        meta << tr("deleted on the blog");
    }
    meta << triageFlagLabels(c.flags);
    m_meta->setText(meta.join(QStringLiteral(" \u00B7 ")));
    m_meta->setToolTip(SafeText::toolTip(m_meta->text()));
    m_comment->setCommentHtml(CommentSanitizer::sanitize(c.content));
    m_notice->setText(c.notice);
    m_notice->setVisible(!c.notice.isEmpty());
    m_card->showCommenter(c, detail.stats);
    if (m_threadButton->isChecked()) {
        loadThread();
    }
    Q_EMIT loaded(c);
}

void CommentDetailPane::clearDetail()
{
    m_shown.reset();
    m_postTitle->setText(tr("No comment selected"));
    m_postTitle->setToolTip({});
    m_postExcerpt->clear();
    m_postExcerpt->hide();
    m_parentBox->hide();
    m_meta->clear();
    m_comment->setCommentHtml(QString());
    m_notice->clear();
    m_notice->hide();
    m_threadModel->clear();
    m_threadPost = { 0, 0 };
    m_card->clear();
}

void CommentDetailPane::setThreadVisible(bool visible)
{
    if (m_threadButton->isChecked() != visible) {
        m_threadButton->setChecked(visible); // comes back here through toggled
        return;
    }
    m_threadButton->setText(visible ? tr("Hi&de Thread") : tr("Sho&w Thread"));
    m_thread->setVisible(visible);
    if (visible) {
        loadThread();
    }
}

bool CommentDetailPane::isThreadVisible() const
{
    return m_threadButton->isChecked();
}

void CommentDetailPane::loadThread()
{
    if (!m_shown) {
        m_threadModel->clear();
        return;
    }
    const qint64 site = m_shown->siteId;
    const qint64 post = m_shown->postRemoteId;
    const int generation = ++m_threadGeneration;
    auto future = m_storage.read([site, post](Database& db) { return CommentRepository(db).threadTree(site, post); });
    onFinished(future, this, [this, generation, site, post](const Result<CommentThread>& thread) {
        if (generation != m_threadGeneration) {
            return;
        }
        if (!thread) {
            Q_EMIT errorOccurred(thread.error().message);
            return;
        }
        m_threadPost = { site, post };
        presentThread(thread.value());
    });
}

void CommentDetailPane::presentThread(CommentThread thread)
{
    m_threadModel->setThread(std::move(thread), m_wanted);
    m_thread->expandAll();
    if (const QModelIndex current = m_threadModel->indexOfComment(m_wanted); current.isValid()) {
        m_thread->setCurrentIndex(current);
        m_thread->scrollTo(current);
    }
}

} // namespace longhand
