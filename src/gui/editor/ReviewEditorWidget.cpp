#include "gui/editor/ReviewEditorWidget.h"

#include "core/FutureUtils.h"
#include "core/library/ReviewLibrary.h"
#include "core/media/ThumbnailCache.h"
#include "core/remote/HttpClient.h"
#include "core/settings/AppSettings.h"
#include "core/spelling/DictionaryCatalog.h"
#include "core/spelling/SpellChecker.h"
#include "core/storage/MediaStore.h"
#include "gui/AppServices.h"
#include "gui/ThemeColors.h"
#include "gui/editor/FindReplaceBar.h"
#include "gui/editor/MarkdownEditor.h"
#include "gui/editor/MarkdownHighlighter.h"
#include "gui/editor/MediaLibraryDialog.h"
#include "gui/editor/MetadataPanel.h"
#include "gui/editor/ReviewSession.h"
#include "gui/editor/WebPostActions.h"
#include "gui/preview/PreviewPane.h"
#include "gui/preview/PreviewRenderer.h"

#include <QBuffer>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace longhand {

ReviewEditorWidget::ReviewEditorWidget(AppServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(new ReviewSession(services.reviews(), this))
    , m_editor(new MarkdownEditor(services.spelling(), this))
    , m_findBar(new FindReplaceBar(m_editor, this))
    , m_notice(new QLabel(this))
    , m_preview(new PreviewPane(services.media(), this))
    , m_renderer(new PreviewRenderer(this))
    , m_metadata(new MetadataPanel(services.media(), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_webPost(new WebPostActions(services, *this))
{
    setObjectName(QStringLiteral("reviewEditor"));
    auto* editorColumn = new QWidget(m_splitter);
    auto* editorLayout = new QVBoxLayout(editorColumn);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    m_notice->setObjectName(QStringLiteral("reviewNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->hide();
    ThemeColors::keepNoticeStyle(m_notice, QStringLiteral("6px"));
    editorLayout->addWidget(m_notice);
    editorLayout->addWidget(m_findBar);
    editorLayout->addWidget(m_editor, 1);
    auto* metadataScroll = new QScrollArea(m_splitter);
    metadataScroll->setObjectName(QStringLiteral("metadataScroll"));
    metadataScroll->setWidgetResizable(true);
    metadataScroll->setWidget(m_metadata);
    // The details scroll down, never sideways: the pane keeps the width its fields need (a field cut at the right
    // edge, with a horizontal scroll bar, hides what it holds).
    metadataScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    metadataScroll->setMinimumWidth(m_metadata->minimumSizeHint().width() + metadataScroll->verticalScrollBar()->sizeHint().width()
                                    + 2 * metadataScroll->frameWidth());
    m_splitter->setObjectName(QStringLiteral("editorSplitter"));
    m_splitter->addWidget(editorColumn);
    m_splitter->addWidget(m_preview);
    m_splitter->addWidget(metadataScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({ 430, 380, 330 });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_session->setBodySource([this] { return m_editor->toPlainText(); });
    m_session->setMetadataSource([this](Post& post) { m_metadata->applyTo(post); });
    m_renderer->setSource([this] { return m_editor->toPlainText(); },
        [this] {
            RenderOptions options;
            options.target = RenderOptions::Target::Preview;
            options.expandedSpoilers = m_expandedSpoilers;
            Post post;
            m_metadata->applyTo(post);
            options.title = post.title;
            options.alsoLike = post.alsoLike;
            options.alsoLikeUrl = m_alsoLikeUrl;
            options.htmlSource = m_htmlSource;
            return options;
        });

    // contentsChange, not textChanged: the spelling highlighter changes formats, which is no edit.
    connect(m_editor->document(), &QTextDocument::contentsChange, this, [this](int, int removed, int added) {
        if ((removed == 0 && added == 0) || m_loadingText) {
            return;
        }
        m_session->markChanged();
        m_renderer->requestRender();
        m_webPost->textChanged();
    });
    connect(m_editor, &MarkdownEditor::focusLost, m_session, &ReviewSession::saveNow);
    connect(m_editor, &MarkdownEditor::imageFilesDropped, this, &ReviewEditorWidget::importImageFiles);
    connect(m_editor, &MarkdownEditor::imagePasted, this, &ReviewEditorWidget::importPastedImage);
    connect(m_editor->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        const int maximum = m_editor->verticalScrollBar()->maximum();
        m_preview->followScroll(maximum > 0 ? double(value) / maximum : 0.0);
    });
    connect(m_metadata, &MetadataPanel::changed, m_session, &ReviewSession::markChanged);
    connect(m_metadata, &MetadataPanel::changed, m_renderer, &PreviewRenderer::requestRender);
    connect(m_metadata, &MetadataPanel::changed, this, &ReviewEditorWidget::resolveAlsoLike);
    connect(m_metadata, &MetadataPanel::featuredImageChooseRequested, this, &ReviewEditorWidget::chooseFeaturedImage);
    connect(m_metadata, &MetadataPanel::blogChosen, this, [this](qint64 siteId) {
        AppSettings::setLastBlog(m_services.settings(), siteId);
        m_session->setNewReviewSiteId(siteId);
        refreshAuthors();
    });
    connect(m_renderer, &PreviewRenderer::rendered, this, &ReviewEditorWidget::showRendered);
    connect(m_preview, &PreviewPane::spoilerToggled, this, [this](int index) {
        if (!m_expandedSpoilers.remove(index)) {
            m_expandedSpoilers.insert(index);
        }
        m_renderer->requestRender();
    });
    connect(m_preview, &PreviewPane::reviewLinkClicked, this, &ReviewEditorWidget::reviewLinkActivated);
    connect(m_preview, &PreviewPane::remoteContentArrived, m_renderer, &PreviewRenderer::requestRender);
    connect(m_session, &ReviewSession::opened, this, &ReviewEditorWidget::showPost);
    connect(m_session, &ReviewSession::opened, this, &ReviewEditorWidget::refreshRelated);
    connect(m_session, &ReviewSession::closed, this, [this] {
        m_loadingText = true;
        m_htmlSource = false;
        m_editor->setHtmlSource(false);
        m_editor->setMarkdown({});
        m_loadingText = false;
        m_metadata->setPost(Post {});
        m_notice->hide();
        m_webPost->postShown(Post {});
        setEditingEnabled(false);
    });
    connect(m_session, &ReviewSession::failed, this, &ReviewEditorWidget::errorOccurred);
    connect(m_webPost, &WebPostActions::errorOccurred, this, &ReviewEditorWidget::errorOccurred);
    connect(m_session, &ReviewSession::metadataReloaded, this, [this](const Post& post) {
        m_metadata->setPost(post);
        refreshAuthors();
        showBlogFeaturedImage(post);
        m_notice->setText(post.notice); // a publish clears it, a sync may set it
        m_notice->setVisible(!post.notice.isEmpty());
        m_webPost->postShown(post); // a publication ends what Back to HTML can undo
    });
    connect(&m_services.reviews(), &ReviewLibrary::reviewsChanged, this, &ReviewEditorWidget::refreshCompletions);
    setEditingEnabled(false);
    refreshCompletions();
}

void ReviewEditorWidget::setSites(const QList<Site>& sites)
{
    m_sites = sites;
    m_metadata->setSites(sites);
    const qint64 last = AppSettings::lastBlog(m_services.settings());
    qint64 newSite = sites.size() == 1 ? sites.constFirst().id : 0;
    for (const Site& site : sites) {
        if (site.id == last) {
            newSite = last;
        }
    }
    m_session->setNewReviewSiteId(newSite);
}

void ReviewEditorWidget::showBlogFeaturedImage(const Post& post)
{
    if (post.featuredMediaId <= 0 || !post.featuredImage.isEmpty()) {
        return;
    }
    onFinished(m_services.reviews().mediaLabel(post.siteId, post.featuredMediaId), this,
               [this, id = post.featuredMediaId](const Result<QString>& label) {
                   if (label && !label->isEmpty()) {
                       m_metadata->setBlogFeaturedImageLabel(id, label.value());
                   }
               });
    // Its thumbnail, from the profile (or the blog, once).
    onFinished(m_services.reviews().mediaItem(post.siteId, post.featuredMediaId), this,
               [this](const Result<std::optional<MediaItem>>& item) {
                   if (item && item->has_value() && (*item)->isImage()) {
                       thumbnailsFor((*item)->siteId)->request(**item);
                   }
               });
}

void ReviewEditorWidget::setEditingEnabled(bool enabled)
{
    m_editor->setReadOnly(!enabled);
    m_metadata->setEnabled(enabled);
    m_editor->setPlaceholderText(enabled
            ? (m_htmlSource ? tr("Write your post in HTML…") : tr("Write your review in Markdown…"))
            : tr("No review is open. Press Ctrl+N to start one, or pick one on the left."));
    m_editor->viewport()->update();
}

void ReviewEditorWidget::showPost(const Post& post, bool takeFocus)
{
    m_expandedSpoilers.clear();
    m_htmlSource = post.format == SourceFormat::Html;
    m_editor->setToolTip(m_htmlSource ? tr("This post was written on the web: its HTML is edited as it is. Blog ▸ Convert to "
                                                 "Markdown… offers Markdown where every block has a Markdown form.")
                                      : QString());
    m_metadata->setPost(post);
    refreshAuthors();
    showBlogFeaturedImage(post);
    m_notice->setText(post.notice);
    m_notice->setVisible(!post.notice.isEmpty());
    m_loadingText = true;
    m_editor->setHtmlSource(m_htmlSource);
    m_editor->setMarkdown(post.body);
    m_loadingText = false;
    m_webPost->postShown(post);
    setEditingEnabled(true);
    resolveAlsoLike();
    m_renderer->requestRender();
    if (takeFocus) {
        m_editor->setFocus(Qt::OtherFocusReason);
    }
}

void ReviewEditorWidget::showRendered(const RenderResult& result)
{
    m_preview->setRenderedHtml(result.html);
    m_preview->document()->size(); // lays it out now: whatever it loads is loaded before it counts as shown
    Q_EMIT statsChanged(result.stats);
    Q_EMIT previewShown(m_session->reviewId());
}

void ReviewEditorWidget::resolveAlsoLike()
{
    Post post;
    m_metadata->applyTo(post);
    const QString wanted = post.alsoLike;
    const int generation = ++m_alsoLikeGeneration;
    if (wanted.isEmpty()) {
        m_alsoLikeUrl.clear();
        return;
    }
    onFinished(
        m_services.reviews().findByTitle(wanted), this, [this, generation](const Result<std::optional<Post>>& found) {
            if (generation != m_alsoLikeGeneration) {
                return;
            }
            QString url;
            if (found && found.value() && found.value()->id != m_session->reviewId()) {
                const Post& other = *found.value();
                url = !other.link.isEmpty() ? other.link : PreviewPane::reviewLinkFor(other.id);
            }
            if (url != m_alsoLikeUrl) {
                m_alsoLikeUrl = url;
                m_renderer->requestRender();
            }
        });
}

void ReviewEditorWidget::refreshCompletions()
{
    onFinished(
        m_services.reviews().termNames(QStringLiteral("category")), this, [this](const Result<QStringList>& names) {
            if (names) {
                m_metadata->setKnownCategories(names.value());
            }
        });
    onFinished(
        m_services.reviews().termNames(QStringLiteral("post_tag")), this, [this](const Result<QStringList>& names) {
            if (names) {
                m_metadata->setKnownTags(names.value());
            }
        });
    refreshAuthors();
    onFinished(m_services.reviews().titles(), this, [this](const Result<QStringList>& titles) {
        if (titles) {
            m_metadata->setKnownTitles(titles.value());
        }
    });
    refreshRelated();
}

// The Author choices: the users of the review's blog as the last sync saw them; the Parent choices: its pages.
void ReviewEditorWidget::refreshAuthors()
{
    const qint64 siteId = m_metadata->chosenSiteId();
    if (siteId <= 0) {
        m_metadata->setAuthors({});
        m_metadata->setBlogPages({});
        return;
    }
    onFinished(m_services.reviews().blogUsers(siteId), this, [this, siteId](const Result<QList<RemoteUser>>& users) {
        if (users && m_metadata->chosenSiteId() == siteId) {
            m_metadata->setAuthors(users.value());
        }
    });
    // And its pages: a page's parent choices.
    onFinished(m_services.reviews().blogPages(siteId), this, [this, siteId](const Result<QList<std::pair<qint64, QString>>>& pages) {
        if (pages && m_metadata->chosenSiteId() == siteId) {
            m_metadata->setBlogPages(pages.value());
        }
    });
}

// Storage thread: the ranking reads terms and the full-text index, which grow with the cache.
void ReviewEditorWidget::refreshRelated()
{
    const qint64 id = m_session->reviewId();
    if (id <= 0) {
        m_metadata->setRelatedTitles({});
        return;
    }
    onFinished(m_services.reviews().relatedTitles(id), this, [this, id](const Result<QStringList>& related) {
        if (related && id == m_session->reviewId()) {
            m_metadata->setRelatedTitles(related.value());
        }
    });
}

ThumbnailCache* ReviewEditorWidget::thumbnailsFor(qint64 siteId)
{
    if (!m_thumbnails) {
        m_thumbnailHttp = new HttpClient(nullptr, this);
        m_thumbnailHttp->setRetryPolicy(RetryPolicy {1, 0});
        m_thumbnails = new ThumbnailCache(m_services.profile().rootPath(), m_thumbnailHttp, this);
        connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this, [this](qint64 site, qint64 remoteId, const QImage& image) {
            if (site == m_metadata->chosenSiteId()) {
                m_metadata->setBlogFeaturedImagePreview(remoteId, image);
            }
        });
    }
    QList<QUrl> blogUrls;
    for (const Site& site : std::as_const(m_sites)) {
        if (site.id == siteId) {
            blogUrls = {site.baseUrl, site.restRoot, site.xmlRpcEndpoint};
        }
    }
    m_thumbnails->setBlogUrls(blogUrls);
    return m_thumbnails;
}

void ReviewEditorWidget::openMediaLibrary()
{
    if (!m_session->hasReview()) {
        return;
    }
    const qint64 siteId = m_metadata->chosenSiteId(); // 0: no blog chosen yet, every blog's images are shown
    auto* dialog = new MediaLibraryDialog(m_services.reviews(), thumbnailsFor(siteId), siteId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MediaLibraryDialog::insertRequested, this, [this](const MediaItem& item) {
        // The blog's own address: Publisher finds it in the cache and writes it as that attachment, no upload.
        m_editor->insertImageReference(item.sourceUrl, item.altText.isEmpty() ? item.title : item.altText);
        m_editor->setFocus();
    });
    connect(dialog, &MediaLibraryDialog::featuredRequested, this, [this](const MediaItem& item) {
        m_metadata->setBlogFeaturedImage(item.remoteId, item.label());
        thumbnailsFor(item.siteId)->request(item);
    });
    dialog->open();
}

void ReviewEditorWidget::insertImagesFromDisk()
{
    if (!m_session->hasReview()) {
        return;
    }
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Insert Image"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg)"));
    importImageFiles(paths);
}

void ReviewEditorWidget::importImageFiles(const QStringList& paths)
{
    if (paths.isEmpty() || !m_session->hasReview()) {
        return;
    }
    // Copying may take a while for big photos: off the GUI thread.
    const MediaStore media = m_services.media();
    auto future = QtConcurrent::run([media, paths] {
        QList<std::pair<QString, Result<QString>>> results;
        for (const QString& path : paths) {
            results.append({ QFileInfo(path).completeBaseName(), media.importFile(path) });
        }
        return results;
    });
    onFinished(future, this, [this](const QList<std::pair<QString, Result<QString>>>& results) {
        for (const auto& [name, reference] : results) {
            if (!reference) {
                Q_EMIT errorOccurred(reference.error().message);
                continue;
            }
            m_editor->insertImageReference(reference.value(), name);
        }
    });
}

void ReviewEditorWidget::importPastedImage(const QImage& image)
{
    if (image.isNull() || !m_session->hasReview()) {
        return;
    }
    const MediaStore media = m_services.media();
    auto stored = QtConcurrent::run([media, image] {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return media.importBytes(png, QStringLiteral("pasted.png"));
    });
    onFinished(stored, this, [this](const Result<QString>& reference) {
        if (!reference) {
            Q_EMIT errorOccurred(reference.error().message);
            return;
        }
        m_editor->insertImageReference(reference.value(), tr("Pasted image"));
    });
}

void ReviewEditorWidget::chooseFeaturedImage()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Featured Image"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Images (*.png *.jpg *.jpeg *.gif *.webp)"));
    if (path.isEmpty()) {
        return;
    }
    const MediaStore media = m_services.media();
    onFinished(QtConcurrent::run([media, path] { return media.importFile(path); }), this,
        [this](const Result<QString>& reference) {
            if (!reference) {
                Q_EMIT errorOccurred(reference.error().message);
                return;
            }
            m_metadata->setFeaturedImage(reference.value());
        });
}

void ReviewEditorWidget::setSpellingLanguage(const QString& language)
{
    m_spellingLanguage = language;
    if (language.isEmpty()) {
        m_editor->highlighter()->setSpellCheckEnabled(false);
        Q_EMIT spellingLanguageChanged(language);
        return;
    }
    const auto installed = DictionaryCatalog::installed();
    const auto match = std::find_if(
        installed.cbegin(), installed.cend(), [&](const DictionaryInfo& info) { return info.language == language; });
    if (match == installed.cend()) {
        Q_EMIT errorOccurred(tr("The spelling dictionary %1 is not installed.").arg(language));
        return;
    }
    std::shared_ptr<SpellChecker> spelling = m_services.sharedSpelling();
    const DictionaryInfo dictionary = *match;
    // Loading a dictionary takes a few hundred milliseconds: off the GUI thread.
    auto load = QtConcurrent::run([spelling, dictionary] { return spelling->loadDictionary(dictionary); });
    onFinished(load, this, [this, language](const Status& loaded) {
        if (!loaded) {
            Q_EMIT errorOccurred(loaded.error().message);
            return;
        }
        if (language != m_spellingLanguage) {
            return;
        }
        m_editor->highlighter()->setSpellCheckEnabled(false);
        m_editor->highlighter()->setSpellCheckEnabled(true);
        Q_EMIT spellingLanguageChanged(language);
    });
}

} // namespace longhand
