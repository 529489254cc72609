#include "gui/settings/SettingsDialog.h"
#include "gui/settings/CannedRepliesEditor.h"

#include "core/FutureUtils.h"
#include "core/accounts/AccountService.h"
#include "core/remote/ThemeStylesheetFetcher.h"
#include "core/spelling/DictionaryCatalog.h"
#include "gui/SafeText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace longhand {

namespace {

QStringList linesOf(const QPlainTextEdit* edit)
{
    QStringList lines;
    const QStringList raw = edit->toPlainText().split(QLatin1Char('\n'));
    for (const QString& line : raw) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !lines.contains(trimmed)) {
            lines.append(trimmed);
        }
    }
    return lines;
}

QString languageLabel(const QString& language)
{
    const QLocale locale(language);
    return locale.language() == QLocale::C ? language
                                           : QStringLiteral("%1 (%2)").arg(QLocale::languageToString(locale.language()),
                                                                           QLocale::territoryToString(locale.territory()));
}

template <typename W>
W* named(W* widget, const char* name)
{
    widget->setObjectName(QString::fromLatin1(name));
    return widget;
}

} // namespace

SettingsDialog::SettingsDialog(QSettings& settings, AccountService& accounts, const QString& profileRoot, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_accounts(accounts)
    , m_profileRoot(profileRoot)
    , m_fetcher(new ThemeStylesheetFetcher(profileRoot, this))
    , m_tabs(named(new QTabWidget(this), "settingsTabs"))
    , m_buttons(named(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this),
                      "settingsButtons"))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_tabs->addTab(generalPage(), tr("&General"));
    m_tabs->addTab(editorPage(), tr("&Editor"));
    m_tabs->addTab(moderationPage(), tr("&Moderation"));
    m_tabs->addTab(blogsPage(), tr("&Blogs"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settingsOk"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("settingsCancel"));
    m_buttons->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("settingsApply"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    connect(m_fetcher, &ThemeStylesheetFetcher::progressChanged, this, [this](int step, int steps, const QString& what) {
        m_themeProgress->setRange(0, steps);
        m_themeProgress->setValue(step);
        m_themeProgress->setFormat(what.isEmpty() ? tr("Cleaning…") : tr("Fetching %1…").arg(what));
    });
    connect(m_fetcher, &ThemeStylesheetFetcher::finished, this, [this](qint64 siteId, const Status& status) {
        m_themeProgress->hide();
        m_fetchTheme->setText(tr("&Fetch Now"));
        if (!status) {
            m_themeState->setText(tr("Not fetched: %1").arg(status.error().message));
            m_themeState->setProperty("failed", true);
            return;
        }
        m_themeState->setProperty("failed", false);
        updateThemeState(siteId);
        Q_EMIT themeStylesheetFetched(siteId);
    });
    load();
    resize(560, 460);
}

SettingsDialog::~SettingsDialog() = default;

QWidget* SettingsDialog::generalPage()
{
    auto* page = new QWidget(this);
    m_interval = named(new QSpinBox(page), "syncIntervalSpin");
    m_interval->setRange(0, AppSettings::kMaxSyncIntervalMinutes);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Only by hand"));
    m_interval->setToolTip(tr("How often every connected blog is synced in the background; 0 syncs only when you ask"));
    m_notifications = named(new QCheckBox(tr("Tell me about &new comments waiting for moderation"), page),
                            "notificationsCheck");
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Sync every:"), m_interval);
    form->addRow(QString(), m_notifications);
    return page;
}

QWidget* SettingsDialog::editorPage()
{
    auto* page = new QWidget(this);
    m_spelling = named(new QComboBox(page), "spellingLanguageCombo");
    m_spelling->addItem(tr("Off"), QString());
    m_spelling->addItem(tr("As the system (%1)").arg(QLocale::system().name()), QStringLiteral("auto"));
    for (const DictionaryInfo& info : DictionaryCatalog::installed()) {
        m_spelling->addItem(languageLabel(info.language), info.language);
    }
    m_previewStyle = named(new QComboBox(page), "previewStyleCombo");
    m_previewStyle->addItem(tr("Built-in"), int(AppSettings::PreviewStyle::BuiltIn));
    m_previewStyle->addItem(tr("The blog's theme (fetched, cleaned, cached)"), int(AppSettings::PreviewStyle::BlogTheme));
    m_previewStyle->setToolTip(tr("The theme's look comes from a copy kept in your profile (Blogs ▸ Fetch Now); "
                                  "the preview never loads anything from the web for it"));
    m_remoteImages = named(new QCheckBox(tr("Load &remote images in the preview"), page), "remoteImagesCheck");
    m_remoteImages->setToolTip(tr("Off by default: loading an image from another site tells that site you are reading"));
    auto* form = new QFormLayout(page);
    form->addRow(tr("S&pelling language:"), m_spelling);
    form->addRow(tr("Preview &stylesheet:"), m_previewStyle);
    form->addRow(QString(), m_remoteImages);
    return page;
}

QWidget* SettingsDialog::moderationPage()
{
    auto* page = new QWidget(this);
    m_blockedWords = named(new QPlainTextEdit(page), "blockedWordsEdit");
    m_blockedWords->setPlaceholderText(tr("One word or phrase a line"));
    m_blockedWords->setTabChangesFocus(true);
    m_blockedAddresses = named(new QPlainTextEdit(page), "blockedAddressesEdit");
    m_blockedAddresses->setPlaceholderText(tr("One email or IP address a line; 192.168.1.* matches a range"));
    m_blockedAddresses->setTabChangesFocus(true);
    m_linkThreshold = named(new QSpinBox(page), "linkThresholdSpin");
    m_linkThreshold->setRange(1, 100);
    m_linkThreshold->setToolTip(tr("Comments with this many links or more are flagged (WordPress holds them at 2)"));
    m_avatars = named(new QCheckBox(tr("Show commenters' &avatars (Gravatar)"), page), "avatarsCheck");
    m_avatars->setToolTip(tr("Off by default: fetching an avatar tells Gravatar whose comment you are reading"));
    auto* form = new QFormLayout(page);
    form->addRow(tr("Blocked &words:"), m_blockedWords);
    form->addRow(tr("Blocked a&ddresses:"), m_blockedAddresses);
    form->addRow(tr("Flag at &links:"), m_linkThreshold);
    form->addRow(QString(), m_avatars);
    auto* note = new QLabel(tr("The block list flags comments in Longhand's queue; it applies from the next sync."), page);
    note->setWordWrap(true);
    form->addRow(note);
    auto* canned = new QGroupBox(tr("Canned replies (Ctrl+Space or Alt+1…9 in a reply)"), page);
    canned->setObjectName(QStringLiteral("cannedRepliesGroup"));
    m_canned = new CannedRepliesEditor(canned);
    (new QVBoxLayout(canned))->addWidget(m_canned);
    form->addRow(canned);
    return page;
}

QWidget* SettingsDialog::blogsPage()
{
    auto* page = new QWidget(this);
    m_blogList = named(new QListWidget(page), "blogList");
    m_blogSync = named(new QCheckBox(tr("Include in the &periodic sync"), page), "blogSyncCheck");
    m_blogNotify = named(new QCheckBox(tr("&Notify about new comments"), page), "blogNotifyCheck");
    m_blogTheme = named(new QCheckBox(tr("Use this blog's &theme in the preview"), page), "blogThemeCheck");
    m_blogTheme->setToolTip(tr("When the preview stylesheet is “The blog's theme”, reviews of this blog use it"));
    m_blogImageEdge = named(new QSpinBox(page), "blogImageEdgeSpin");
    m_blogImageEdge->setRange(0, BlogSettings::kMaxImageLongestEdge);
    m_blogImageEdge->setSingleStep(160);
    m_blogImageEdge->setSuffix(tr(" px"));
    m_blogImageEdge->setSpecialValueText(tr("Never scaled"));
    m_blogImageEdge->setToolTip(tr("Images are scaled down to this longest edge before upload (WordPress itself "
                                   "scales anything larger than 2560 px)"));
    m_blogKeepMetadata = named(new QCheckBox(tr("&Keep photo metadata (location, camera) in uploads"), page),
                               "blogKeepMetadataCheck");
    m_blogKeepMetadata->setToolTip(tr("Off: Exif (GPS location, camera serial numbers), XMP and comments are removed "
                                      "from images before they are uploaded"));
    m_blogCheckBeforePublish = named(new QCheckBox(tr("&Check a review before its first publication"), page),
                                     "blogCheckBeforePublishCheck");
    m_blogCheckBeforePublish->setToolTip(tr("Images without alt text, links to this computer, words that give the story "
                                            "away, new categories and tags: shown before a review first goes out"));
    m_blogBlocks = named(new QCheckBox(tr("Publish reviews as &blocks for the block editor"), page), "blogBlocksCheck");
    m_blogBlocks->setToolTip(tr("Off: reviews are sent as one piece of HTML, which the block editor opens as a "
                                "Classic block (for blogs using the Classic Editor plugin)"));
    m_fetchTheme = named(new QPushButton(tr("&Fetch Now"), page), "fetchThemeButton");
    m_fetchTheme->setToolTip(tr("Fetch the theme's stylesheet from the blog's front page and keep a cleaned copy"));
    m_themeProgress = named(new QProgressBar(page), "themeProgress");
    m_themeProgress->setTextVisible(true);
    m_themeProgress->hide();
    m_themeState = named(new QLabel(page), "themeStatusLabel");
    m_themeState->setWordWrap(true);
    m_themeState->setTextFormat(Qt::PlainText);

    auto* options = new QGroupBox(tr("This blog"), page);
    auto* column = new QVBoxLayout(options);
    column->addWidget(m_blogSync);
    column->addWidget(m_blogNotify);
    column->addWidget(m_blogTheme);
    auto* edgeRow = new QHBoxLayout;
    auto* edgeLabel = new QLabel(tr("Scale &images down to a longest edge of"), page);
    edgeLabel->setBuddy(m_blogImageEdge);
    edgeRow->addWidget(edgeLabel);
    edgeRow->addWidget(m_blogImageEdge);
    edgeRow->addStretch();
    auto* fetchRow = new QHBoxLayout;
    fetchRow->addWidget(m_fetchTheme);
    fetchRow->addWidget(m_themeProgress, 1);
    column->addLayout(fetchRow);
    column->addWidget(m_themeState);
    column->addSpacing(12);
    column->addLayout(edgeRow); // images: read by ImagePreparer::forBlog when publishing
    column->addWidget(m_blogKeepMetadata);
    column->addWidget(m_blogCheckBeforePublish);
    column->addWidget(m_blogBlocks); // read by Publisher's owners when publishing
    column->addStretch();
    auto* layout = new QHBoxLayout(page);
    layout->addWidget(m_blogList, 2);
    layout->addWidget(options, 3);

    connect(m_blogList, &QListWidget::currentRowChanged, this, &SettingsDialog::showBlog);
    for (QCheckBox* box : {m_blogSync, m_blogNotify, m_blogTheme, m_blogKeepMetadata, m_blogCheckBeforePublish, m_blogBlocks}) {
        connect(box, &QCheckBox::toggled, this, &SettingsDialog::storeBlog);
    }
    connect(m_blogImageEdge, &QSpinBox::valueChanged, this, &SettingsDialog::storeBlog);
    connect(m_fetchTheme, &QPushButton::clicked, this, &SettingsDialog::fetchTheme);
    options->setEnabled(false);
    return page;
}

void SettingsDialog::load()
{
    const AppSettings current = AppSettings::load(m_settings);
    m_interval->setValue(current.syncIntervalMinutes);
    m_notifications->setChecked(current.notifications);
    int spelling = m_spelling->findData(current.spellingLanguage);
    if (spelling < 0) {
        m_spelling->addItem(current.spellingLanguage, current.spellingLanguage); // not installed (any more)
        spelling = m_spelling->count() - 1;
    }
    m_spelling->setCurrentIndex(spelling);
    m_previewStyle->setCurrentIndex(m_previewStyle->findData(int(current.previewStyle)));
    m_remoteImages->setChecked(current.remoteImages);
    m_blockedWords->setPlainText(current.triage.blockedWords.join(QLatin1Char('\n')));
    m_blockedAddresses->setPlainText(current.triage.blockedAddresses.join(QLatin1Char('\n')));
    m_linkThreshold->setValue(current.triage.linkThreshold);
    m_avatars->setChecked(current.avatars);
    m_canned->setReplies(current.cannedReplies);
    onFinished(m_accounts.sites(), this, [this](const Result<QList<Site>>& sites) {
        showSites(sites.valueOr({}));
    });
}

void SettingsDialog::showSites(const QList<Site>& sites)
{
    m_sites = sites;
    m_blogList->clear();
    for (const Site& site : sites) {
        m_blogSettings.insert(site.id, BlogSettings::load(m_settings, site.id));
        // Which way Longhand reaches the blog, beside its name: XML-RPC blogs keep the account password.
        const QString way = site.protocol == Site::Protocol::WordPressXmlRpc ? tr("XML-RPC") : tr("REST API");
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(site.name, way), m_blogList);
        item->setData(Qt::UserRole, site.id);
        item->setData(Qt::UserRole + 1, site.protocol == Site::Protocol::WordPressXmlRpc ? QStringLiteral("xmlrpc") : QStringLiteral("rest"));
        item->setToolTip(SafeText::toolTip(site.baseUrl.toDisplayString()) + QLatin1Char('\n')
                         + (site.protocol == Site::Protocol::WordPressXmlRpc
                                ? tr("Connected through XML-RPC (%1) with the account password.").arg(SafeText::toolTip(site.xmlRpcEndpoint.toDisplayString()))
                                : tr("Connected through the REST API with an application password.")));
    }
    if (sites.isEmpty()) {
        m_themeState->setText(tr("No blog connected yet (Blog ▸ Add Blog…)."));
    } else {
        m_blogList->setCurrentRow(0);
    }
}

qint64 SettingsDialog::currentSiteId() const
{
    const QListWidgetItem* item = m_blogList->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void SettingsDialog::showBlog(int row)
{
    const qint64 siteId = row >= 0 ? m_blogList->item(row)->data(Qt::UserRole).toLongLong() : 0;
    m_shownSite = 0; // the checkboxes below are being filled, not edited
    const BlogSettings blog = m_blogSettings.value(siteId);
    m_blogSync->setChecked(blog.syncPeriodically);
    m_blogNotify->setChecked(blog.notifyNewComments);
    m_blogTheme->setChecked(blog.useThemeStylesheet);
    m_blogImageEdge->setValue(blog.imageLongestEdge);
    m_blogKeepMetadata->setChecked(blog.keepImageMetadata);
    m_blogCheckBeforePublish->setChecked(blog.checkBeforePublish);
    m_blogBlocks->setChecked(blog.blockEditor);
    m_blogSync->parentWidget()->setEnabled(siteId != 0);
    m_shownSite = siteId;
    if (!m_fetcher->isRunning()) {
        updateThemeState(siteId);
    }
    m_fetchTheme->setEnabled(!m_fetcher->isRunning() || m_fetcher->siteId() == siteId);
}

void SettingsDialog::storeBlog()
{
    if (m_shownSite == 0) {
        return;
    }
    BlogSettings& blog = m_blogSettings[m_shownSite];
    blog.syncPeriodically = m_blogSync->isChecked();
    blog.notifyNewComments = m_blogNotify->isChecked();
    blog.useThemeStylesheet = m_blogTheme->isChecked();
    blog.imageLongestEdge = m_blogImageEdge->value();
    blog.keepImageMetadata = m_blogKeepMetadata->isChecked();
    blog.checkBeforePublish = m_blogCheckBeforePublish->isChecked();
    blog.blockEditor = m_blogBlocks->isChecked();
}

void SettingsDialog::updateThemeState(qint64 siteId)
{
    const QFileInfo cached(ThemeStylesheetFetcher::cachePath(m_profileRoot, siteId));
    m_themeState->setText(cached.exists()
                              ? tr("Theme stylesheet kept from %1.")
                                    .arg(QLocale().toString(cached.lastModified(), QLocale::ShortFormat))
                              : tr("No theme stylesheet fetched yet: the preview uses the built-in one."));
}

void SettingsDialog::fetchTheme()
{
    if (m_fetcher->isRunning()) {
        m_fetcher->cancel();
        return;
    }
    const qint64 siteId = currentSiteId();
    const auto site = std::find_if(m_sites.cbegin(), m_sites.cend(), [siteId](const Site& s) { return s.id == siteId; });
    if (site == m_sites.cend()) {
        return;
    }
    m_themeState->clear();
    m_themeProgress->setRange(0, 0);
    m_themeProgress->show();
    m_fetchTheme->setText(tr("&Cancel Fetch"));
    m_fetcher->fetch(siteId, site->baseUrl);
}

AppSettings SettingsDialog::currentSettings() const
{
    AppSettings result;
    result.syncIntervalMinutes = m_interval->value();
    result.notifications = m_notifications->isChecked();
    result.spellingLanguage = m_spelling->currentData().toString();
    result.previewStyle = AppSettings::PreviewStyle(m_previewStyle->currentData().toInt());
    result.remoteImages = m_remoteImages->isChecked();
    result.avatars = m_avatars->isChecked();
    result.triage.blockedWords = linesOf(m_blockedWords);
    result.triage.blockedAddresses = linesOf(m_blockedAddresses);
    result.triage.linkThreshold = m_linkThreshold->value();
    result.cannedReplies = m_canned->replies();
    return result;
}

void SettingsDialog::apply()
{
    currentSettings().save(m_settings);
    for (auto it = m_blogSettings.cbegin(); it != m_blogSettings.cend(); ++it) {
        it.value().save(m_settings, it.key());
    }
    m_settings.sync();
    Q_EMIT applied();
}

} // namespace longhand
