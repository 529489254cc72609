#pragma once

#include "core/domain/Post.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace longhand {

class ReviewLibrary;

// The review being edited and its autosave: every change reaches SQLite within
// kAutosaveDelayMs of the typing pausing, and at once on focus change, on switching reviews and
// on quit. Remembers the open review so a restart (or a crash) reopens it.
class ReviewSession final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kAutosaveDelayMs = 1000;
    static constexpr int kRetryFirstMs = 2000;
    static constexpr int kRetryMaxMs = 30000;

    explicit ReviewSession(ReviewLibrary& reviews, QObject* parent = nullptr);

    // Where the current Markdown text comes from; read only when saving.
    void setBodySource(std::function<QString()> source) { m_bodySource = std::move(source); }
    // Where the metadata comes from; applied to the post when saving.
    void setMetadataSource(std::function<void(Post&)> source) { m_metadataSource = std::move(source); }

    // The blog a new review belongs to (the last one the writer chose); 0: none yet.
    void setNewReviewSiteId(qint64 siteId) { m_newReviewSiteId = siteId; }
    qint64 newReviewSiteId() const { return m_newReviewSiteId; }

    bool hasReview() const { return m_post.id != 0; }
    qint64 reviewId() const { return m_post.id; }
    // The review as last loaded or saved, with pending edits applied.
    Post currentPost() const;
    bool isDirty() const { return m_dirty; }
    // The last save failed and no later one has succeeded yet.
    bool isUnsaved() const { return m_unsaved; }
    // Saves, then hands the review as stored to then (publication state included: queued in the outbox, on the
    // blog), read after every storage change queued so far. Not called (failed says why) when another review is open by then or the
    // save failed.
    void saveThen(std::function<void(const longhand::Post&)> then);

public Q_SLOTS:
    void open(qint64 id);
    void createNew();
    // Reopens the review that was open last time; emits nothingToRestore if there is none.
    void restoreLastOpen();
    void markChanged();
    void saveNow();
    void close();
    // Takes the metadata the storage has now (after a publish), keeping the text being edited.
    void reloadMetadata();
    // Shows the stored review again, text included (after a merge replaced it).
    void reload();

Q_SIGNALS:
    // takeFocus: a new or restored review, where the writer wants the cursor in the text.
    void opened(const longhand::Post& post, bool takeFocus);
    void closed();
    void saved(const QDateTime& at);
    // Saving failed (a full disk, a read-only profile): the text stays in the window, marked unsaved,
    // and saving is tried again by itself (kRetryFirstMs, doubling up to kRetryMaxMs) until it succeeds.
    void saveFailed(const QString& message);
    void failed(const QString& message);
    void nothingToRestore();
    void metadataReloaded(const longhand::Post& post);

private:
    void setOpen(const Post& post, bool takeFocus = false);
    // True (and says so) when the open review has unsaved text: it is not replaced by another.
    bool keepUnsavedOpen();

    ReviewLibrary& m_reviews;
    qint64 m_newReviewSiteId = 0;
    std::function<QString()> m_bodySource;
    std::function<void(Post&)> m_metadataSource;
    Post m_post;
    bool m_dirty = false;
    bool m_unsaved = false; // the last save failed: m_post holds text the storage does not have
    QTimer m_autosave;
    QTimer m_retry;
    int m_retryMs = kRetryFirstMs;
    int m_openGeneration = 0;
};

} // namespace longhand
