#include "gui/editor/MetadataPanel.h"

#include "ui_MetadataPanel.h"

#include "core/accounts/SiteIdentity.h"
#include "core/markdown/Slug.h"
#include "core/storage/MediaStore.h"
#include "gui/drafts/DraftListModel.h"
#include "gui/SafeText.h"
#include "gui/editor/CustomFieldsEditor.h"
#include "gui/editor/PageFields.h"

#include <QCompleter>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringListModel>

namespace longhand {

namespace {

// siteId when it is one of the connected blogs, else 0.
qint64 validSiteId(const QList<Site>& sites, qint64 siteId)
{
    for (const Site& site : sites) {
        if (site.id == siteId) {
            return siteId;
        }
    }
    return 0;
}

} // namespace

MetadataPanel::MetadataPanel(MediaStore& media, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MetadataPanel>())
    , m_media(media)
    , m_titles(new QStringListModel(this))
    , m_pageFields(new PageFields(this))
    , m_customFields(new CustomFieldsEditor(this))
{
    m_ui->setupUi(this);
    // "Custom fields:" and the fields under it span the Options' width: the blog's keys and the label do not widen the
    // label column (the pane's width is set when it is made, and it never scrolls sideways).
    m_ui->optionsForm->takeRow(m_ui->metaLabel);
    m_ui->optionsForm->addRow(m_ui->metaLabel);
    m_ui->optionsForm->addRow(m_customFields);
    m_ui->form->insertRow(1, m_pageFields); // under the blog, which decides what a page can sit under
    setObjectName(QStringLiteral("metadataPanel"));
    for (const PostStatus status : {PostStatus::Draft, PostStatus::Pending, PostStatus::Private, PostStatus::Publish}) {
        m_ui->statusCombo->addItem(DraftListModel::statusLabel(status), postStatusToString(status));
    }
    // WordPress's post formats (get_post_format_strings), in its order.
    const std::pair<const char*, const char*> formats[] = {
        {"standard", QT_TR_NOOP("Standard")}, {"aside", QT_TR_NOOP("Aside")},   {"chat", QT_TR_NOOP("Chat")},
        {"gallery", QT_TR_NOOP("Gallery")},   {"link", QT_TR_NOOP("Link")},     {"image", QT_TR_NOOP("Image")},
        {"quote", QT_TR_NOOP("Quote")},       {"status", QT_TR_NOOP("Status")}, {"video", QT_TR_NOOP("Video")},
        {"audio", QT_TR_NOOP("Audio")},
    };
    for (const auto& [format, label] : formats) {
        m_ui->formatCombo->addItem(tr(label), QString::fromLatin1(format));
    }
    m_ui->scheduleEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_ui->scheduleEdit->setDateTime(QDateTime::currentDateTime().addDays(1));
    auto* completer = new QCompleter(m_titles, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->alsoLikeEdit->setCompleter(completer);
    m_ui->alsoLikeEdit->installEventFilter(this);
    showFeaturedThumbnail();
    showMeta({});

    const auto edited = [this] {
        if (!m_loading) {
            Q_EMIT changed();
        }
    };
    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, [this, edited](const QString& title) {
        updateSlugFromTitle();
        if (!m_loading) {
            Q_EMIT titleChanged(title);
        }
        edited();
    });
    connect(m_ui->slugEdit, &QLineEdit::textEdited, this, [this, edited](const QString& slug) {
        m_slugEdited = !slug.isEmpty(); // clearing the slug hands it back to the title
        if (!m_slugEdited) {
            updateSlugFromTitle();
        }
        edited();
    });
    connect(m_ui->slugEdit, &QLineEdit::editingFinished, this, [this, edited] {
        const QString cleaned = slugFromTitle(m_ui->slugEdit->text());
        if (m_slugEdited && cleaned != m_ui->slugEdit->text()) {
            m_ui->slugEdit->setText(cleaned);
            edited();
        }
    });
    connect(m_ui->excerptEdit, &QPlainTextEdit::textChanged, this, edited);
    connect(m_pageFields, &PageFields::changed, this, edited);
    connect(m_customFields, &CustomFieldsEditor::changed, this, edited);
    connect(m_pageFields, &PageFields::typeShown, this, &MetadataPanel::showTypeRows);
    showTypeRows(m_pageFields->isPage());
    connect(m_ui->categoriesEdit, &QLineEdit::textChanged, this, edited);
    connect(m_ui->tagsEdit, &QLineEdit::textChanged, this, edited);
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, edited);
    connect(m_ui->scheduleCheck, &QCheckBox::toggled, this, edited);
    connect(m_ui->scheduleEdit, &QDateTimeEdit::dateTimeChanged, this, edited);
    // The Publish action says what it will do with the status and date shown here.
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, &MetadataPanel::announcePublishAction);
    connect(m_ui->scheduleCheck, &QCheckBox::toggled, this, &MetadataPanel::announcePublishAction);
    connect(m_ui->scheduleEdit, &QDateTimeEdit::dateTimeChanged, this, &MetadataPanel::announcePublishAction);
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, edited);
    connect(m_ui->stickyCheck, &QCheckBox::toggled, this, edited);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, edited);
    // WordPress refuses a sticky post with a password (rest_invalid_field): as in its own editor, a password
    // unsticks the post.
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, [this](const QString& password) {
        if (!password.isEmpty()) {
            m_ui->stickyCheck->setChecked(false);
        }
        m_ui->stickyCheck->setEnabled(password.isEmpty());
        m_ui->stickyCheck->setToolTip(password.isEmpty() ? QString()
                                                         : tr("WordPress does not let a password-protected post be sticky."));
    });
    connect(m_ui->authorCombo, &QComboBox::activated, this, [this, edited](int index) {
        m_authorId = m_ui->authorCombo->itemData(index).toLongLong();
        edited();
    });
    connect(m_ui->commentsOpenCheck, &QCheckBox::toggled, this, edited);
    connect(m_ui->pingsOpenCheck, &QCheckBox::toggled, this, edited);
    connect(m_ui->alsoLikeEdit, &QLineEdit::textChanged, this, edited);
    connect(m_ui->blogCombo, &QComboBox::activated, this, [this](int index) {
        const qint64 chosen = m_ui->blogCombo->itemData(index).toLongLong();
        if (m_loading || m_blogLocked || chosen == 0 || chosen == m_siteId) {
            return;
        }
        m_siteId = chosen;
        showBlogs(); // the "Choose a blog" entry goes once one is chosen
        Q_EMIT blogChosen(chosen);
        Q_EMIT changed();
    });
    showBlogs();
    connect(m_ui->featuredImageButton, &QPushButton::clicked, this, &MetadataPanel::featuredImageChooseRequested);
    connect(m_ui->featuredImageClearButton, &QPushButton::clicked, this, [this] {
        const bool blogImage = m_featuredImage.isEmpty() && m_featuredMediaId > 0;
        m_featuredMediaId = 0; // the writer removes the blog's image too: publishing sends that
        m_featuredMediaPreview = QImage();
        if (blogImage) {
            showFeaturedThumbnail();
            if (!m_loading) {
                Q_EMIT changed();
            }
            return;
        }
        setFeaturedImage({});
    });
}

MetadataPanel::~MetadataPanel() = default;

void MetadataPanel::setPost(const Post& post)
{
    m_loading = true;
    m_loadedDate = post.scheduledAt;
    m_loadedExcerpt = post.excerpt;
    m_slugEdited = post.slugEdited;
    m_ui->titleEdit->setText(post.title);
    m_ui->slugEdit->setText(post.slugEdited ? post.slug : slugFromTitle(post.title));
    m_ui->excerptEdit->setPlainText(post.excerpt);
    m_ui->categoriesEdit->setTerms(post.categories);
    m_ui->tagsEdit->setTerms(post.tags);
    const PostStatus shown = post.status == PostStatus::Future ? PostStatus::Publish : post.status;
    m_ui->statusCombo->setCurrentIndex(std::max(0, m_ui->statusCombo->findData(postStatusToString(shown))));
    m_ui->scheduleCheck->setChecked(post.scheduledAt.isValid());
    m_ui->scheduleEdit->setEnabled(post.scheduledAt.isValid());
    if (post.scheduledAt.isValid()) {
        m_ui->scheduleEdit->setDateTime(post.scheduledAt.toLocalTime());
    }
    m_ui->commentsOpenCheck->setChecked(post.commentsOpen);
    m_ui->pingsOpenCheck->setChecked(post.pingsOpen);
    const int format = m_ui->formatCombo->findData(post.postFormat);
    if (format < 0 && !post.postFormat.isEmpty()) {
        // A format this list does not name (a plugin's): shown as the blog has it, kept.
        m_ui->formatCombo->addItem(post.postFormat, post.postFormat);
    }
    m_ui->formatCombo->setCurrentIndex(std::max(0, m_ui->formatCombo->findData(post.postFormat)));
    m_ui->stickyCheck->setChecked(post.sticky);
    m_ui->passwordEdit->setText(post.password);
    m_authorId = post.authorId;
    m_pageFields->setPost(post);
    showMeta(post.meta);
    m_ui->alsoLikeEdit->setText(post.alsoLike);
    m_featuredImage = post.featuredImage;
    if (post.featuredMediaId != m_featuredMediaId) {
        m_featuredMediaLabel.clear();
        m_featuredMediaPreview = QImage();
    }
    m_featuredMediaId = post.featuredMediaId;
    showFeaturedThumbnail();
    m_blogLocked = post.remoteId != 0 || post.publicationQueued; // on that blog now, or on its way there
    // A review without a blog (written before blogs were chosen) shows "Choose a blog…" when there are several:
    // Publish asks for one rather than guess (a new review gets the last one chosen when it is created).
    m_siteId = post.siteId;
    showBlogs();
    showAuthors();
    m_loading = false;
    announcePublishAction();
}

void MetadataPanel::setSites(const QList<Site>& sites)
{
    m_sites = sites;
    showBlogs();
    showAuthors(); // the account's roles say whether it may choose another author
}

qint64 MetadataPanel::chosenSiteId() const
{
    if (m_siteId != 0) {
        return m_siteId;
    }
    return m_sites.size() == 1 ? m_sites.constFirst().id : 0;
}

void MetadataPanel::setBlogLocked(bool locked)
{
    if (locked != m_blogLocked) {
        m_blogLocked = locked;
        showBlogs();
    }
}

void MetadataPanel::showBlogs()
{
    QComboBox* combo = m_ui->blogCombo;
    const QSignalBlocker blocker(combo);
    combo->clear();
    const qint64 shown = chosenSiteId();
    if (m_sites.isEmpty()) {
        combo->addItem(tr("No blog connected (Blog ▸ Add Blog…)"), qint64(0));
    } else if (shown == 0 || validSiteId(m_sites, shown) == 0) {
        combo->addItem(tr("Choose a blog…"), qint64(0));
    }
    for (const Site& site : std::as_const(m_sites)) {
        combo->addItem(SiteIdentity::displayName(site, m_sites), site.id); // the blog's name: items are plain text
    }
    combo->setCurrentIndex(std::max(0, combo->findData(shown)));
    combo->setEnabled(!m_blogLocked && m_sites.size() > 1);
    const QString current = combo->currentText();
    combo->setToolTip(m_blogLocked ? SafeText::toolTip(tr("This review is on %1; it stays there.").arg(current))
                                   : tr("The blog this review is published to; it can be changed until the review is first "
                                        "published there."));
}

void MetadataPanel::setAuthors(const QList<RemoteUser>& users)
{
    m_authors = users;
    showAuthors();
}

void MetadataPanel::setBlogPages(const QList<std::pair<qint64, QString>>& pages)
{
    m_pageFields->setBlogPages(pages);
}

void MetadataPanel::showAuthors()
{
    QComboBox* combo = m_ui->authorCombo;
    const QSignalBlocker blocker(combo);
    combo->clear();
    const Site* site = nullptr;
    for (const Site& candidate : std::as_const(m_sites)) {
        if (candidate.id == chosenSiteId()) {
            site = &candidate;
        }
    }
    if (m_authorId == 0) {
        combo->addItem(site && !site->userDisplayName.isEmpty() ? site->userDisplayName : tr("You (the blog's account)"), qint64(0));
    }
    bool listed = m_authorId == 0;
    for (const RemoteUser& user : std::as_const(m_authors)) {
        combo->addItem(user.name.isEmpty() ? user.slug : user.name, user.id); // names are plain text in a combo
        listed = listed || user.id == m_authorId;
    }
    if (!listed) {
        combo->addItem(tr("User %1").arg(m_authorId), m_authorId); // not synced (yet): kept as it is
    }
    combo->setCurrentIndex(std::max(0, combo->findData(m_authorId)));
    const bool mayChoose = site && site->mayEditOthersPosts() && !m_authors.isEmpty();
    combo->setEnabled(mayChoose);
    combo->setToolTip(mayChoose ? tr("The blog's user this post is by")
                                : tr("Only an editor or administrator of the blog may give a post to another author."));
}

void MetadataPanel::showMeta(const QJsonObject& meta)
{
    m_customFields->setFields(meta);
    m_ui->metaLabel->setVisible(!m_customFields->isEmpty());
    m_customFields->setVisible(!m_customFields->isEmpty());
}

// A page has no categories, tags, format or sticky flag (WordPress's pages do not support them; Publisher never sends
// them for a page): their rows are hidden while the type shown is page, and what they hold is kept for a post.
void MetadataPanel::showTypeRows(bool page)
{
    m_ui->form->setRowVisible(m_ui->categoriesEdit, !page);
    m_ui->form->setRowVisible(m_ui->tagsEdit, !page);
    m_ui->optionsForm->setRowVisible(m_ui->formatCombo, !page);
    m_ui->optionsForm->setRowVisible(m_ui->stickyCheck, !page);
}

void MetadataPanel::setBlogFeaturedImageLabel(qint64 mediaId, const QString& label)
{
    if (mediaId == m_featuredMediaId) {
        m_featuredMediaLabel = label;
        showFeaturedThumbnail();
    }
}

void MetadataPanel::setBlogFeaturedImage(qint64 mediaId, const QString& label)
{
    if (mediaId <= 0 || (m_featuredImage.isEmpty() && mediaId == m_featuredMediaId)) {
        return;
    }
    m_featuredImage.clear();
    m_featuredMediaId = mediaId;
    m_featuredMediaLabel = label;
    m_featuredMediaPreview = QImage();
    showFeaturedThumbnail();
    if (!m_loading) {
        Q_EMIT changed();
    }
}

void MetadataPanel::setBlogFeaturedImagePreview(qint64 mediaId, const QImage& image)
{
    if (mediaId == m_featuredMediaId && m_featuredImage.isEmpty()) {
        m_featuredMediaPreview = image.scaled(QSize(96, 54), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        showFeaturedThumbnail();
    }
}

PostStatus MetadataPanel::chosenStatus() const
{
    return postStatusFromString(m_ui->statusCombo->currentData().toString()).value_or(PostStatus::Draft);
}

QDateTime MetadataPanel::chosenDate() const
{
    return m_ui->scheduleCheck->isChecked() ? m_ui->scheduleEdit->dateTime().toUTC() : QDateTime();
}

QString MetadataPanel::publishActionText() const
{
    return publishActionText(chosenStatus(), chosenDate(), QDateTime::currentDateTimeUtc(), m_mayPublish);
}

void MetadataPanel::setMayPublish(bool mayPublish)
{
    if (mayPublish != m_mayPublish) {
        m_mayPublish = mayPublish;
        announcePublishAction();
    }
}

QString MetadataPanel::publishActionText(PostStatus status, const QDateTime& date, const QDateTime& nowUtc, bool mayPublish)
{
    if (!mayPublish && status != PostStatus::Draft) {
        return tr("Submit for &Review"); // what SyncController::publish queues for such an account
    }
    switch (status) {
    case PostStatus::Draft:
        return tr("Save &Draft to Blog");
    case PostStatus::Pending:
        return tr("Submit for &Review");
    case PostStatus::Private:
        return tr("Publish &Privately");
    case PostStatus::Publish:
    case PostStatus::Future:
        break;
    }
    // WordPress schedules what is dated at least a minute ahead (the Publisher decides the same way).
    return date.isValid() && date > nowUtc.addSecs(60) ? tr("&Schedule") : tr("&Publish");
}

void MetadataPanel::announcePublishAction()
{
    Q_EMIT publishActionTextChanged(publishActionText());
}

void MetadataPanel::applyTo(Post& post) const
{
    post.title = m_ui->titleEdit->text();
    post.slugEdited = m_slugEdited;
    post.slug = m_ui->slugEdit->text();
    post.excerpt = m_ui->excerptEdit->toPlainText();
    post.categories = m_ui->categoriesEdit->terms();
    post.tags = m_ui->tagsEdit->terms();
    post.status = postStatusFromString(m_ui->statusCombo->currentData().toString()).value_or(PostStatus::Draft);
    post.scheduledAt = chosenDate();
    // The editors show minutes and plain line breaks; what was loaded and not changed stays exactly as the blog
    // has it (seconds of a date, \r\n in an excerpt), so that publishing does not rewrite it.
    const auto toMinute = [](QDateTime time) {
        time = time.toUTC();
        time.setTime(QTime(time.time().hour(), time.time().minute()));
        return time;
    };
    if (post.scheduledAt.isValid() && m_loadedDate.isValid() && toMinute(post.scheduledAt) == toMinute(m_loadedDate)) {
        post.scheduledAt = m_loadedDate;
    }
    if (post.excerpt != m_loadedExcerpt && QString(m_loadedExcerpt).replace(QLatin1String("\r\n"), QLatin1String("\n")) == post.excerpt) {
        post.excerpt = m_loadedExcerpt;
    }
    if (post.status == PostStatus::Publish && post.scheduledAt.isValid() && post.scheduledAt > QDateTime::currentDateTimeUtc()) {
        post.status = PostStatus::Future;
    }
    post.commentsOpen = m_ui->commentsOpenCheck->isChecked();
    post.pingsOpen = m_ui->pingsOpenCheck->isChecked();
    post.postFormat = m_ui->formatCombo->currentData().toString();
    post.sticky = m_ui->stickyCheck->isChecked();
    post.password = m_ui->passwordEdit->text();
    if (m_ui->authorCombo->isEnabled()) {
        post.authorId = m_authorId; // else the author is not the writer's to change: kept as the review has it
    }
    m_pageFields->applyTo(post);
    m_customFields->applyTo(post.meta);
    post.alsoLike = m_ui->alsoLikeEdit->text().trimmed();
    post.featuredImage = m_featuredImage;
    post.featuredMediaId = m_featuredMediaId;
    if (!m_blogLocked) {
        post.siteId = m_siteId; // the storage keeps a queued or published review where it is, whatever this says
    }
}

void MetadataPanel::setKnownCategories(const QStringList& names)
{
    m_ui->categoriesEdit->setKnownTerms(names);
}

void MetadataPanel::setKnownTags(const QStringList& names)
{
    m_ui->tagsEdit->setKnownTerms(names);
}

void MetadataPanel::setKnownTitles(const QStringList& titles)
{
    m_knownTitles = titles;
    showTitleCompletions();
}

void MetadataPanel::setRelatedTitles(const QStringList& titles)
{
    m_relatedTitles = titles;
    showTitleCompletions();
}

// The completer lists in model order: the suggestions first, then every other title.
void MetadataPanel::showTitleCompletions()
{
    QStringList ordered;
    for (const QString& title : std::as_const(m_relatedTitles)) {
        if (m_knownTitles.contains(title)) {
            ordered.append(title);
        }
    }
    for (const QString& title : std::as_const(m_knownTitles)) {
        if (!ordered.contains(title)) {
            ordered.append(title);
        }
    }
    ordered.removeAll(m_ui->titleEdit->text());
    if (ordered != m_titles->stringList()) {
        m_titles->setStringList(ordered);
    }
}

bool MetadataPanel::eventFilter(QObject* watched, QEvent* event)
{
    // Entering the empty field offers the suggestions at once.
    if (watched == m_ui->alsoLikeEdit && event->type() == QEvent::FocusIn && m_ui->alsoLikeEdit->text().isEmpty()
        && !m_relatedTitles.isEmpty() && m_ui->alsoLikeEdit->isEnabled()) {
        QCompleter* completer = m_ui->alsoLikeEdit->completer();
        completer->setCompletionPrefix(QString());
        completer->complete();
    }
    return QWidget::eventFilter(watched, event);
}

void MetadataPanel::setFeaturedImage(const QString& reference)
{
    if (reference == m_featuredImage) {
        return;
    }
    m_featuredImage = reference;
    showFeaturedThumbnail();
    if (!m_loading) {
        Q_EMIT changed();
    }
}

void MetadataPanel::focusTitle()
{
    m_ui->titleEdit->setFocus();
}

void MetadataPanel::updateSlugFromTitle()
{
    if (!m_slugEdited) {
        m_ui->slugEdit->setText(slugFromTitle(m_ui->titleEdit->text()));
    }
}

void MetadataPanel::showFeaturedThumbnail()
{
    QLabel* preview = m_ui->featuredImagePreview;
    m_ui->featuredImageClearButton->setEnabled(!m_featuredImage.isEmpty() || m_featuredMediaId > 0);
    if (m_featuredImage.isEmpty() && m_featuredMediaId > 0) {
        // Set on the web: shown, and left as it is on the blog unless another image is chosen here or it is cleared.
        preview->setPixmap({});
        preview->setText(m_featuredMediaLabel.isEmpty() ? tr("On the blog: image %1").arg(m_featuredMediaId)
                                                        : tr("On the blog: %1").arg(m_featuredMediaLabel));
        if (!m_featuredMediaPreview.isNull()) {
            preview->setText({});
            preview->setPixmap(QPixmap::fromImage(m_featuredMediaPreview));
        }
        preview->setToolTip(tr("The blog's featured image (media %1); publishing keeps it unless you clear it or choose another.").arg(m_featuredMediaId));
        return;
    }
    if (m_featuredImage.isEmpty()) {
        preview->setPixmap({});
        preview->setText(tr("None"));
        preview->setToolTip({});
        return;
    }
    preview->setToolTip(SafeText::toolTip(m_featuredImage));
    QImageReader reader(m_media.resolve(m_featuredImage));
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid()) {
        reader.setScaledSize(size.scaled(QSize(96, 54), Qt::KeepAspectRatio));
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        preview->setPixmap({});
        preview->setText(tr("Missing: %1").arg(m_featuredImage.section(QLatin1Char('/'), -1)));
        return;
    }
    preview->setText({});
    preview->setPixmap(QPixmap::fromImage(image));
}

} // namespace longhand
