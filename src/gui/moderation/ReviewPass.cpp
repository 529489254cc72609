#include "gui/moderation/ReviewPass.h"

#include "core/FutureUtils.h"
#include "core/markdown/CommentSanitizer.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/PostRepository.h"
#include "core/storage/StorageExecutor.h"
#include "gui/moderation/CommentBrowser.h"
#include "gui/moderation/ReviewPassSummary.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace longhand {

namespace {

struct PassList
{
    qint64 siteId = 0;
    qint64 postRemoteId = 0;
    QList<qint64> ids;
    QString title;
    QString text;
    bool html = false;
};

QString shortened(QString text, int length = 60)
{
    text = text.simplified();
    return text.size() > length ? text.left(length - 1) + QChar(0x2026) : text;
}

} // namespace

ReviewPass::ReviewPass(StorageExecutor& storage, QWidget* parent)
    : QWidget(parent)
    , m_storage(storage)
    , m_header(new QLabel(this))
    , m_title(new QLabel(this))
    , m_post(new CommentBrowser(this))
    , m_skip(new QPushButton(tr("S&kip"), this))
    , m_end(new QPushButton(tr("End &Pass"), this))
{
    setObjectName(QStringLiteral("reviewPass"));
    m_header->setObjectName(QStringLiteral("reviewPassHeader"));
    m_header->setTextFormat(Qt::PlainText); // holds the post's title
    m_header->setWordWrap(true);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_title->setObjectName(QStringLiteral("reviewPassPostTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_post->setObjectName(QStringLiteral("reviewPassPost"));
    m_post->setAccessibleName(tr("The post"));
    m_post->setFocusPolicy(Qt::ClickFocus); // keys stay with the queue
    m_skip->setObjectName(QStringLiteral("reviewPassSkip"));
    m_skip->setToolTip(tr("On to the next comment without acting on this one (N or J)"));
    m_skip->setFocusPolicy(Qt::TabFocus);
    m_end->setObjectName(QStringLiteral("reviewPassEnd"));
    m_end->setToolTip(tr("End the pass here and see what it did (Esc)"));
    m_end->setFocusPolicy(Qt::TabFocus);
    connect(m_skip, &QPushButton::clicked, this, &ReviewPass::skipRequested);
    connect(m_end, &QPushButton::clicked, this, &ReviewPass::finish);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_skip);
    buttons->addStretch(1);
    buttons->addWidget(m_end);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addLayout(buttons);
    layout->addWidget(m_title);
    layout->addWidget(m_post, 1);
    hide();
}

ReviewPass::~ReviewPass() = default;

void ReviewPass::start(qint64 commentId)
{
    load([commentId](Database& db) -> Result<std::pair<qint64, qint64>> {
        // Read here rather than taken from the queue: the row's page may not have arrived yet.
        auto comment = CommentRepository(db).byId(commentId);
        if (!comment) {
            return comment.error();
        }
        if (!comment.value()) {
            return Error::make(Error::Code::InvalidInput, tr("That comment is no longer in the cache."));
        }
        return std::pair(comment.value()->siteId, comment.value()->postRemoteId);
    });
}

void ReviewPass::startOnReview(qint64 reviewId)
{
    load([reviewId](Database& db) -> Result<std::pair<qint64, qint64>> {
        auto post = PostRepository(db).load(reviewId);
        if (!post) {
            return post.error();
        }
        if (post->siteId == 0 || post->remoteId == 0) {
            return Error::make(
                Error::Code::InvalidInput, tr("This review is not on the blog yet: it has no comments."));
        }
        return std::pair(post->siteId, post->remoteId);
    });
}

void ReviewPass::load(std::function<Result<std::pair<qint64, qint64>>(Database&)> findPost)
{
    const int generation = ++m_generation;
    auto future = m_storage.run([findPost = std::move(findPost)](Database& db) -> Result<PassList> {
        auto where = findPost(db);
        if (!where) {
            return where.error();
        }
        CommentRepository comments(db);
        PassList list;
        list.siteId = where->first;
        list.postRemoteId = where->second;
        const qint64 siteId = list.siteId;
        const qint64 postRemoteId = list.postRemoteId;
        CommentFilter filter;
        filter.siteId = siteId;
        filter.postRemoteId = postRemoteId;
        filter.unreplied = true;
        filter.newestFirst = false;
        auto ids = comments.ids(filter);
        if (!ids) {
            return ids.error();
        }
        auto rows = comments.byIds(ids.value());
        if (!rows) {
            return rows.error();
        }
        // Pending and approved only: spam and trash are not waiting for an answer.
        QList<Comment> kept;
        for (const Comment& c : rows.value()) {
            if (c.status == CommentStatus::Hold || c.status == CommentStatus::Approved) {
                kept.append(c);
            }
        }
        std::sort(kept.begin(), kept.end(), [](const Comment& a, const Comment& b) {
            return a.dateGmt != b.dateGmt ? a.dateGmt < b.dateGmt : a.id < b.id;
        });
        for (const Comment& c : std::as_const(kept)) {
            list.ids.append(c.id);
        }
        auto post = comments.commentedPost(siteId, postRemoteId);
        if (!post) {
            return post.error();
        }
        if (post.value()) {
            list.title = post.value()->title;
            list.text = post.value()->text;
            list.html = post.value()->html;
        }
        return list;
    });
    onFinished(future, this, [this, generation](const Result<PassList>& list) {
        if (generation != m_generation) {
            return;
        }
        if (!list) {
            Q_EMIT errorOccurred(list.error().message);
            return;
        }
        const qint64 siteId = list->siteId;
        const qint64 postRemoteId = list->postRemoteId;
        const QString title = list->title.trimmed().isEmpty() ? tr("Post #%1").arg(postRemoteId) : list->title;
        if (list->ids.isEmpty()) {
            Q_EMIT statusMessage(tr("Every comment on “%1” has an answer.").arg(title));
            return;
        }
        m_active = true;
        m_siteId = siteId;
        m_postRemoteId = postRemoteId;
        m_postTitle = title;
        m_ids = list->ids;
        m_outcomes.clear();
        m_repliesSent.clear();
        m_replyParent.clear();
        m_current = 0;
        showPost(title, list->text, list->html);
        updateHeader();
        show();
        CommentFilter filter;
        filter.siteId = siteId;
        filter.postRemoteId = postRemoteId;
        filter.onlyIds = m_ids;
        filter.newestFirst = false;
        Q_EMIT ready(filter);
    });
}

void ReviewPass::showPost(const QString& title, const QString& text, bool html)
{
    m_title->setText(title);
    // The blog's HTML goes through the comment sanitizer (nothing that loads survives, and the browser loads
    // nothing anyway); the writer's own Markdown is shown as the text it is.
    m_post->setCommentHtml(CommentSanitizer::sanitize(html ? text : text.toHtmlEscaped()));
}

void ReviewPass::setCurrent(qint64 commentId)
{
    m_current = commentId;
    updateHeader();
}

void ReviewPass::updateHeader()
{
    if (!m_active) {
        return;
    }
    const qsizetype index = m_ids.indexOf(m_current);
    m_header->setText(index < 0 ? tr("%n unreplied comment(s) on “%1”", nullptr, int(m_ids.size())).arg(m_postTitle)
                                : tr("Comment %1 of %2 on “%3”").arg(index + 1).arg(m_ids.size()).arg(m_postTitle));
}

void ReviewPass::record(const QList<qint64>& commentIds, CommentStatus target)
{
    for (const qint64 id : commentIds) {
        if (!m_ids.contains(id)) {
            continue;
        }
        switch (target) {
        case CommentStatus::Approved:
            m_outcomes.insert(id, Outcome::Approved);
            break;
        case CommentStatus::Spam:
            m_outcomes.insert(id, Outcome::Spammed);
            break;
        case CommentStatus::Trash:
        case CommentStatus::Deleted:
            m_outcomes.insert(id, Outcome::Trashed);
            break;
        case CommentStatus::Hold:
            m_outcomes.remove(id); // back to pending: as if not acted on
            break;
        }
    }
}

void ReviewPass::recordReply(qint64 commentId)
{
    if (m_ids.contains(commentId)) {
        m_outcomes.insert(commentId, Outcome::Replied);
        m_repliesSent.append(commentId);
    }
}

void ReviewPass::replyStored(qint64 replyId)
{
    if (!m_repliesSent.isEmpty()) {
        m_replyParent.insert(replyId, m_repliesSent.takeFirst());
    }
}

void ReviewPass::recordSkip(qint64 commentId)
{
    if (m_ids.contains(commentId) && !m_outcomes.contains(commentId)) {
        m_outcomes.insert(commentId, Outcome::Skipped);
    }
}

void ReviewPass::forget(const QList<qint64>& commentIds)
{
    for (const qint64 id : commentIds) {
        m_outcomes.remove(id);
        if (const qint64 parent = m_replyParent.take(id); parent != 0 && m_outcomes.value(parent) == Outcome::Replied) {
            m_outcomes.remove(parent);
        }
    }
}

ReviewPass::Tally ReviewPass::tally() const
{
    Tally t;
    for (const qint64 id : m_ids) {
        if (!m_outcomes.contains(id)) {
            ++t.notReached;
            continue;
        }
        switch (m_outcomes.value(id)) {
        case Outcome::Replied:
            ++t.replied;
            break;
        case Outcome::Approved:
            ++t.approved;
            break;
        case Outcome::Spammed:
            ++t.spammed;
            break;
        case Outcome::Trashed:
            ++t.trashed;
            break;
        case Outcome::Skipped:
            ++t.skipped;
            break;
        }
    }
    return t;
}

void ReviewPass::finish()
{
    if (!m_active) {
        return;
    }
    m_active = false;
    ++m_generation;
    hide();
    const Tally t = tally();
    if (m_summary) {
        m_summary->close();
    }
    m_summary = new ReviewPassSummary(
        m_postTitle, { t.replied, t.approved, t.spammed, t.trashed, t.skipped, t.notReached }, window());
    m_summary->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_summary, &QDialog::finished, this, &ReviewPass::backToQueueRequested);
    m_summary->open(); // not exec(): no nested event loop
    Q_EMIT ended();
    readWaiting();
}

void ReviewPass::refreshWaiting()
{
    if (m_summary && m_summary->isVisible()) {
        readWaiting();
    }
}

void ReviewPass::readWaiting()
{
    // The storage thread runs tasks in order: the pass's last action is stored before this reads the outbox.
    const QList<qint64> ids = m_ids;
    const qint64 siteId = m_siteId;
    auto future = m_storage.run([ids, siteId](Database& db) -> Result<QStringList> {
        CommentRepository comments(db);
        auto rows = comments.byIds(ids);
        if (!rows) {
            return rows.error();
        }
        QHash<qint64, QString> nameByRemote;
        QHash<qint64, QString> nameById;
        for (const Comment& c : rows.value()) {
            nameByRemote.insert(c.remoteId, c.authorName);
            nameById.insert(c.id, c.authorName);
        }
        auto actions = comments.queuedActions(siteId);
        if (!actions) {
            return actions.error();
        }
        QStringList lines;
        for (const CommentAction& a : actions.value()) {
            QString line;
            if (a.operation == OutboxOperation::CommentReply) {
                if (a.parentRemoteId == 0 || !nameByRemote.contains(a.parentRemoteId)) {
                    continue;
                }
                line = tr("Reply to %1: “%2”").arg(nameByRemote.value(a.parentRemoteId), shortened(a.target));
            } else if (!nameById.contains(a.comment.id)) {
                continue;
            } else if (a.operation == OutboxOperation::CommentStatus) {
                const auto status = commentStatusFromString(a.target);
                line = tr("%1: the comment by %2")
                           .arg(status ? commentStatusLabel(*status) : a.target, nameById.value(a.comment.id));
            } else if (a.operation == OutboxOperation::CommentDelete) {
                line = tr("Delete for good: the comment by %1").arg(nameById.value(a.comment.id));
            } else {
                line = tr("Edit: the comment by %1").arg(nameById.value(a.comment.id));
            }
            if (a.state == QLatin1String("failed")) {
                line += QLatin1Char(' ') + tr("(failed; tried again with the next sync)");
            }
            lines.append(line);
        }
        return lines;
    });
    onFinished(future, this, [this, summary = m_summary](const Result<QStringList>& lines) {
        if (!lines) {
            Q_EMIT errorOccurred(lines.error().message);
        } else if (summary) {
            summary->setWaiting(lines.value());
        }
    });
}

} // namespace longhand
