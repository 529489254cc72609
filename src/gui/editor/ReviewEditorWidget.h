#pragma once

#include "core/domain/Site.h"
#include "core/markdown/TextStats.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QSplitter;

namespace longhand {

class AppServices;
class FindReplaceBar;
class HttpClient;
class ThumbnailCache;
class MarkdownEditor;
class MetadataPanel;
class PreviewPane;
class PreviewRenderer;
class ReviewSession;
class WebPostActions;
struct Post;
struct RenderResult;

// The writing workspace for one review: the Markdown editor with its find bar, the live preview
// and the metadata panel, tied to a ReviewSession that autosaves.
class ReviewEditorWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewEditorWidget(AppServices& services, QWidget* parent = nullptr);

    ReviewSession& session() const { return *m_session; }
    MarkdownEditor* editor() const { return m_editor; }
    PreviewPane* preview() const { return m_preview; }
    PreviewRenderer* renderer() const { return m_renderer; }
    MetadataPanel* metadata() const { return m_metadata; }
    FindReplaceBar* findBar() const { return m_findBar; }
    QSplitter* splitter() const { return m_splitter; }
    // Convert to Markdown and Back to HTML for a post written on the web.
    WebPostActions* webPost() const { return m_webPost; }

    // Loads a hunspell dictionary in the background; empty = spell checking off.
    void setSpellingLanguage(const QString& language);
    QString spellingLanguage() const { return m_spellingLanguage; }
    // The connected blogs: the metadata panel's Blog field, and the blog a new review gets (the last one chosen,
    // kept in settings.ini; with one blog, that one).
    void setSites(const QList<Site>& sites);

public Q_SLOTS:
    void insertImagesFromDisk();
    void importImageFiles(const QStringList& paths);
    void importPastedImage(const QImage& image);
    void chooseFeaturedImage();
    // The review's blog's media library (MediaLibraryDialog): insert an image or make it the featured image.
    void openMediaLibrary();
    void refreshCompletions();
    void refreshAuthors();
    void refreshRelated();

Q_SIGNALS:
    void statsChanged(const longhand::TextStats& stats);
    void errorOccurred(const QString& message);
    void reviewLinkActivated(qint64 id);
    void spellingLanguageChanged(const QString& language);
    // The open review's preview was drawn (its HTML parsed and laid out, its images asked for).
    void previewShown(qint64 reviewId);

private:
    void showPost(const Post& post, bool takeFocus);
    void showRendered(const RenderResult& result);
    void resolveAlsoLike();
    void setEditingEnabled(bool enabled);
    void showBlogFeaturedImage(const Post& post); // a featured image set on the web: its name from the cache
    // The thumbnail cache, its blog addresses those of siteId (none: only what the profile holds is shown).
    ThumbnailCache* thumbnailsFor(qint64 siteId);

    AppServices& m_services;
    QList<Site> m_sites;
    HttpClient* m_thumbnailHttp = nullptr; // no credentials: thumbnails are the blog's public files
    ThumbnailCache* m_thumbnails = nullptr;
    ReviewSession* m_session;
    MarkdownEditor* m_editor;
    FindReplaceBar* m_findBar;
    QLabel* m_notice; // what happened on the blog (e.g. deleted there, kept here as a draft)
    PreviewPane* m_preview;
    PreviewRenderer* m_renderer;
    MetadataPanel* m_metadata;
    QSplitter* m_splitter;
    WebPostActions* m_webPost;
    QSet<int> m_expandedSpoilers;
    QString m_alsoLikeUrl;
    QString m_spellingLanguage;
    int m_alsoLikeGeneration = 0;
    bool m_loadingText = false;
    bool m_htmlSource = false; // the open post is HTML written on the web // a review is being shown, not edited
};

} // namespace longhand
