#include "gui/editor/ReviewSession.h"

#include "core/FutureUtils.h"
#include "core/Logging.h"
#include "core/library/ReviewLibrary.h"
#include "core/storage/AppStateRepository.h"
#include "core/sync/TextMerge.h"

namespace longhand {

ReviewSession::ReviewSession(ReviewLibrary& reviews, QObject* parent)
    : QObject(parent)
    , m_reviews(reviews)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &ReviewSession::saveNow);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_unsaved && hasReview()) {
            m_dirty = true;
            saveNow();
        }
    });
}

Post ReviewSession::currentPost() const
{
    Post post = m_post;
    if (m_dirty) {
        if (m_bodySource) {
            post.body = m_bodySource();
        }
        if (m_metadataSource) {
            m_metadataSource(post);
        }
    }
    return post;
}

void ReviewSession::open(qint64 id)
{
    if (id == m_post.id && id != 0) {
        return;
    }
    if (keepUnsavedOpen()) {
        return;
    }
    saveNow(); // queued before the load, so the old review is stored first
    const int generation = ++m_openGeneration;
    onFinished(m_reviews.load(id), this, [this, generation](const Result<Post>& post) {
        if (generation != m_openGeneration) {
            return;
        }
        if (!post) {
            Q_EMIT failed(post.error().message);
            return;
        }
        setOpen(post.value());
    });
}

void ReviewSession::createNew()
{
    if (keepUnsavedOpen()) {
        return;
    }
    saveNow();
    const int generation = ++m_openGeneration;
    Post fresh;
    fresh.siteId = m_newReviewSiteId;
    onFinished(m_reviews.create(fresh), this, [this, generation](const Result<qint64>& id) {
        if (!id) {
            Q_EMIT failed(id.error().message);
            return;
        }
        if (generation != m_openGeneration) {
            return;
        }
        onFinished(m_reviews.load(id.value()), this, [this, generation](const Result<Post>& post) {
            if (generation != m_openGeneration) {
                return;
            }
            if (!post) {
                Q_EMIT failed(post.error().message);
                return;
            }
            setOpen(post.value(), true);
        });
    });
}

void ReviewSession::restoreLastOpen()
{
    onFinished(m_reviews.stateValue(AppStateRepository::openReviewKey()), this, [this](const Result<QString>& value) {
        bool ok = false;
        const qint64 id = value ? value.value().toLongLong(&ok) : 0;
        if (!ok || id <= 0) {
            Q_EMIT nothingToRestore();
            return;
        }
        const int generation = ++m_openGeneration;
        onFinished(m_reviews.load(id), this, [this, generation](const Result<Post>& post) {
            if (generation != m_openGeneration) {
                return;
            }
            if (!post || post->isTrashed()) {
                Q_EMIT nothingToRestore();
                return;
            }
            setOpen(post.value(), true);
        });
    });
}

void ReviewSession::setOpen(const Post& post, bool takeFocus)
{
    m_autosave.stop();
    m_retry.stop();
    m_retryMs = kRetryFirstMs;
    m_unsaved = false;
    m_post = post;
    m_dirty = false;
    m_reviews.setStateValue(AppStateRepository::openReviewKey(), QString::number(post.id));
    qCInfo(lcEditor) << "Opened review" << post.id;
    Q_EMIT opened(m_post, takeFocus);
}

void ReviewSession::markChanged()
{
    if (!hasReview()) {
        return;
    }
    m_dirty = true;
    m_autosave.start(); // restarts: saves once the typing pauses
}

void ReviewSession::saveNow()
{
    m_autosave.stop();
    if (!m_dirty || !hasReview()) {
        return;
    }
    Post current = currentPost();
    m_dirty = false;
    if (current == m_post && !m_unsaved) {
        return; // nothing really changed: keep "last change" honest
    }
    m_post = std::move(current);
    const qint64 id = m_post.id;
    onFinished(m_reviews.save(m_post), this, [this, id](const Status& done) {
        if (id != m_post.id) {
            return; // another review is open now; switching saved this one first
        }
        if (!done) {
            qCWarning(lcEditor) << "Saving review" << id << "failed:" << done.error().message;
            m_dirty = true; // keep it for the next attempt
            m_unsaved = true;
            m_retry.start(m_retryMs);
            m_retryMs = std::min(m_retryMs * 2, kRetryMaxMs);
            Q_EMIT saveFailed(done.error().message);
            return;
        }
        m_unsaved = false;
        m_retry.stop();
        m_retryMs = kRetryFirstMs;
        Q_EMIT saved(QDateTime::currentDateTime());
    });
}

void ReviewSession::saveThen(std::function<void(const Post&)> then)
{
    if (!hasReview()) {
        return;
    }
    saveNow();
    const qint64 id = m_post.id;
    onFinished(m_reviews.load(id), this, [this, id, then = std::move(then)](const Result<Post>& post) {
        if (id != m_post.id) {
            return;
        }
        if (m_unsaved) {
            Q_EMIT failed(tr("“%1” could not be saved, so it was not sent; Longhand keeps trying to save it.").arg(m_post.title));
            return;
        }
        if (!post) {
            Q_EMIT failed(post.error().message);
            return;
        }
        then(post.value());
    });
}

void ReviewSession::reloadMetadata()
{
    if (!hasReview()) {
        return;
    }
    const qint64 id = m_post.id;
    onFinished(m_reviews.load(id), this, [this, id](const Result<Post>& post) {
        if (!post || id != m_post.id) {
            return;
        }
        const QString body = currentPost().body;
        const QString loaded = m_post.body; // the text as this session last loaded or saved it
        m_post = post.value();
        if (m_post.body != loaded && !m_unsaved) {
            // The stored text changed underneath: a publication merged the web's edits into the review. Writing the
            // window's older text back would drop them, so the window takes them in. (Not while a save failed: then
            // the stored text is simply older than the window's.)
            if (body == loaded) {
                setOpen(m_post);
                return;
            }
            const MergeResult merged = mergeText(loaded, body, m_post.body);
            if (merged.clean) {
                Post withBoth = m_post;
                withBoth.body = merged.merged;
                setOpen(withBoth);
                m_dirty = true;
                m_autosave.start();
                return;
            }
            Q_EMIT failed(tr("The blog's edits were merged into “%1” while you were typing, in the same places. Your "
                             "text is kept; use Merge Web Changes to take theirs in before you publish again.")
                              .arg(m_post.title));
        }
        if (m_post.body != body) {
            m_post.body = body;
            m_dirty = true;
            m_autosave.start();
        }
        Q_EMIT metadataReloaded(m_post);
    });
}

void ReviewSession::reload()
{
    if (!hasReview()) {
        return;
    }
    const qint64 id = m_post.id;
    m_autosave.stop();
    m_dirty = false;
    const int generation = ++m_openGeneration;
    onFinished(m_reviews.load(id), this, [this, generation](const Result<Post>& post) {
        if (generation != m_openGeneration || !post) {
            return;
        }
        setOpen(post.value(), true);
    });
}

bool ReviewSession::keepUnsavedOpen()
{
    if (!m_unsaved || !hasReview()) {
        return false;
    }
    // Its text exists only in the window: opening another would lose it. Try once more now.
    m_dirty = true;
    saveNow();
    Q_EMIT saveFailed(tr("This review is not saved yet, so it stays open; Longhand keeps trying to save it."));
    return true;
}

void ReviewSession::close()
{
    saveNow();
    ++m_openGeneration;
    m_post = Post {};
    m_dirty = false;
    m_reviews.setStateValue(AppStateRepository::openReviewKey(), QString());
    Q_EMIT closed();
}

} // namespace longhand
