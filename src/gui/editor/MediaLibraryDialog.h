#pragma once

#include "core/domain/MediaItem.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTimer;

namespace longhand {

class ReviewLibrary;
class ThumbnailCache;

// A blog's media library as the cache holds it: thumbnails (from the profile's thumbnails/ folder, fetched from
// the blog when it can be reached, a placeholder otherwise) with name, date and alt text; a search over title,
// file name and alt text, or a month ("2026-12") or day ("2026-12-07"). Insert puts the image into the review as
// Markdown with its alt text; Set as Featured Image makes it the review's featured image. Neither uploads it
// again: the review refers to the blog's own file. The lists come from ReviewLibrary futures; nothing waits. When a
// sync of the blog ends (ReviewLibrary::mediaChanged) the list is read again, keeping the search and the selection.
class MediaLibraryDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;

    MediaLibraryDialog(ReviewLibrary& library, ThumbnailCache* thumbnails, qint64 siteId, QWidget* parent = nullptr);

    // The search field's text as a filter (for tests): a month or a day is a date filter, anything else text.
    static MediaFilter filterFor(const QString& text, qint64 siteId);
    int shownCount() const;

Q_SIGNALS:
    void insertRequested(const longhand::MediaItem& item);
    void featuredRequested(const longhand::MediaItem& item);
    // A list was shown (after each search): for tests.
    void listShown(int count);

private:
    void search();
    void refresh();
    void showItems(const QList<MediaItem>& items, bool append, const QString& selectKey = {});
    void showCurrent();
    void showThumbnail(qint64 siteId, qint64 remoteId, const QImage& image);
    const MediaItem* currentItem() const;

    ReviewLibrary& m_library;
    ThumbnailCache* m_thumbnails;
    qint64 m_siteId;
    QLineEdit* m_search;
    QListWidget* m_list;
    QLabel* m_details;
    QLabel* m_status;
    QPushButton* m_insert;
    QPushButton* m_featured;
    QPushButton* m_more;
    QTimer* m_debounce;
    QList<MediaItem> m_items;
    QHash<QString, QListWidgetItem*> m_byKey; // "<site>-<id>"
    int m_generation = 0;
};

} // namespace longhand
