#pragma once

#include "core/domain/Post.h"
#include "core/domain/RemoteValues.h"
#include "core/domain/Site.h"

#include <QImage>
#include <QWidget>

#include <memory>

class QStringListModel;

namespace Ui {
class MetadataPanel;
}

namespace longhand {

class MediaStore;
class CustomFieldsEditor;
class PageFields;

// Everything the blog needs besides the text: title, slug (derived from the title until edited),
// excerpt, categories, tags, status, schedule, the type (post or page; a page's parent, order, template), the options (format, sticky, password, author, comments and
// pings; the values of the custom fields the blog exposes), featured image, and the "you may also like" review.
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
    // The reviews suggested for "You may also like", best first: the completer offers them before the other titles,
    // and shows them when the empty field is entered.
    void setRelatedTitles(const QStringList& titles);
    void setFeaturedImage(const QString& reference);
    // What the cache knows of a featured image set on the web (its title or file name).
    void setBlogFeaturedImageLabel(qint64 mediaId, const QString& label);
    // One of the blog's images (from the media library) becomes the featured image: published by its id, not uploaded.
    void setBlogFeaturedImage(qint64 mediaId, const QString& label);
    // Its thumbnail (ThumbnailCache), shown instead of the name when it comes.
    void setBlogFeaturedImagePreview(qint64 mediaId, const QImage& image);
    qint64 blogFeaturedImageId() const { return m_featuredImage.isEmpty() ? m_featuredMediaId : 0; }
    void focusTitle();

    PostStatus chosenStatus() const;
    QDateTime chosenDate() const; // UTC; invalid = not dated
    // What publishing will do with the status and date chosen: "Publish", "Schedule", "Submit for Review",
    // "Save Draft to Blog", "Publish Privately" (with mnemonics).
    QString publishActionText() const;
    // mayPublish false (a contributor's account): everything that would go live is submitted for review.
    static QString publishActionText(PostStatus status, const QDateTime& date, const QDateTime& nowUtc, bool mayPublish = true);
    // Whether the review's blog account may publish; the action text follows.
    void setMayPublish(bool mayPublish);

    // The connected blogs, for the Blog field (names told apart by SiteIdentity::displayName).
    void setSites(const QList<Site>& sites);
    // The one connected blog, which a review without a blog goes to; 0 when there are none or several.
    qint64 onlyBlog() const { return m_sites.size() == 1 ? m_sites.constFirst().id : 0; }
    // The blog Publish sends the review to: the one chosen, else the only one connected; 0 when none is chosen.
    qint64 chosenSiteId() const;
    // The users of the review's blog, for the Author field (editable only when the blog's account may edit others'
    // posts: Site::mayEditOthersPosts).
    void setAuthors(const QList<RemoteUser>& users);
    // The pages of the review's blog as (page id, title), for a page's Parent field.
    void setBlogPages(const QList<std::pair<qint64, QString>>& pages);
    // A review queued for or published on its blog stays there: the field shows it, disabled.
    void setBlogLocked(bool locked);
    bool isBlogLocked() const { return m_blogLocked; }

Q_SIGNALS:
    void changed();
    void featuredImageChooseRequested();
    void titleChanged(const QString& title);
    void publishActionTextChanged(const QString& text);
    // The writer chose another blog for the review (the editor remembers it for the next new review).
    void blogChosen(qint64 siteId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showTitleCompletions();
    void updateSlugFromTitle();
    void showFeaturedThumbnail();
    void announcePublishAction();
    void showBlogs();
    void showAuthors();
    void showMeta(const QJsonObject& meta);
    void showTypeRows(bool page);

    std::unique_ptr<Ui::MetadataPanel> m_ui;
    MediaStore& m_media;
    QStringListModel* m_titles;
    QStringList m_knownTitles;
    QStringList m_relatedTitles;
    QString m_featuredImage;
    qint64 m_featuredMediaId = 0; // the blog's featured image (set on the web)
    QString m_featuredMediaLabel;
    QImage m_featuredMediaPreview;
    bool m_slugEdited = false;
    bool m_mayPublish = true;
    QDateTime m_loadedDate;  // as the review had them when shown: kept when the editors did not change them
    QString m_loadedExcerpt;
    bool m_loading = false;
    QList<Site> m_sites;
    qint64 m_siteId = 0;        // the review's blog (0: none chosen yet)
    bool m_blogLocked = false;  // queued for or published on its blog
    PageFields* m_pageFields;    // type, and a page's parent, order and template
    CustomFieldsEditor* m_customFields; // the blog's custom fields (meta), values editable
    QList<RemoteUser> m_authors; // the blog's users
    qint64 m_authorId = 0;       // the review's author as shown (0: the signed-in account)
};

} // namespace longhand
