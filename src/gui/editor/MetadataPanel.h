#pragma once

#include "core/domain/Post.h"

#include <QWidget>

#include <memory>

class QStringListModel;

namespace Ui {
class MetadataPanel;
}

namespace longhand {

class MediaStore;

// Everything the blog needs besides the text: title, slug (derived from the title until edited),
// excerpt, categories, tags, status, schedule, comments and pings, featured image, and the
// "you may also like" review.
class MetadataPanel final : public QWidget
{
    Q_OBJECT

public:
    MetadataPanel(MediaStore& media, QWidget* parent = nullptr);
    ~MetadataPanel() override;

    // Shows a review's metadata; emits nothing.
    void setPost(const Post& post);
    // Writes the fields into a review, leaving its text and remote fields alone.
    void applyTo(Post& post) const;

    void setKnownCategories(const QStringList& names);
    void setKnownTags(const QStringList& names);
    void setKnownTitles(const QStringList& titles);
    void setFeaturedImage(const QString& reference);
    void focusTitle();

Q_SIGNALS:
    void changed();
    void featuredImageChooseRequested();
    void titleChanged(const QString& title);

private:
    void updateSlugFromTitle();
    void showFeaturedThumbnail();

    std::unique_ptr<Ui::MetadataPanel> m_ui;
    MediaStore& m_media;
    QStringListModel* m_titles;
    QString m_featuredImage;
    bool m_slugEdited = false;
    bool m_loading = false;
};

} // namespace longhand
