#pragma once

#include "core/domain/Site.h"
#include "core/settings/AppSettings.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QSpinBox;
class QTabWidget;

namespace longhand {

class AccountService;
class CannedRepliesEditor;
class ThemeStylesheetFetcher;

// Tools ▸ Settings…: General (sync interval, notifications), Editor (spelling, preview stylesheet, remote
// images), Moderation (block lists, link threshold, avatars) and Blogs (per-blog options and the theme
// stylesheet, fetched on demand). OK and Apply write the profile's settings.ini and emit applied(); the
// window applies them at once. Cancel writes nothing.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(QSettings& settings, AccountService& accounts, const QString& profileRoot, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // What the fields say now (not yet saved).
    AppSettings currentSettings() const;

public Q_SLOTS:
    void apply();

Q_SIGNALS:
    void applied();
    // A blog's theme stylesheet was fetched anew into the profile.
    void themeStylesheetFetched(qint64 siteId);

private:
    QWidget* generalPage();
    QWidget* editorPage();
    QWidget* moderationPage();
    QWidget* blogsPage();
    void load();
    void showSites(const QList<Site>& sites);
    void showBlog(int row);
    void storeBlog();
    void fetchTheme();
    void updateThemeState(qint64 siteId);
    qint64 currentSiteId() const;

    QSettings& m_settings;
    AccountService& m_accounts;
    QString m_profileRoot;
    ThemeStylesheetFetcher* m_fetcher;
    QTabWidget* m_tabs;
    QSpinBox* m_interval = nullptr;
    QCheckBox* m_notifications = nullptr;
    QComboBox* m_spelling = nullptr;
    QComboBox* m_previewStyle = nullptr;
    QCheckBox* m_remoteImages = nullptr;
    QPlainTextEdit* m_blockedWords = nullptr;
    QPlainTextEdit* m_blockedAddresses = nullptr;
    QSpinBox* m_linkThreshold = nullptr;
    QCheckBox* m_avatars = nullptr;
    CannedRepliesEditor* m_canned = nullptr;
    QListWidget* m_blogList = nullptr;
    QCheckBox* m_blogSync = nullptr;
    QCheckBox* m_blogNotify = nullptr;
    QCheckBox* m_blogTheme = nullptr;
    QSpinBox* m_blogImageEdge = nullptr;
    QCheckBox* m_blogKeepMetadata = nullptr;
    QCheckBox* m_blogCheckBeforePublish = nullptr;
    QCheckBox* m_blogBlocks = nullptr;
    QPushButton* m_fetchTheme = nullptr;
    QProgressBar* m_themeProgress = nullptr;
    QLabel* m_themeState = nullptr;
    QDialogButtonBox* m_buttons;
    QList<Site> m_sites;
    QHash<qint64, BlogSettings> m_blogSettings; // edited here, written on apply
    qint64 m_shownSite = 0;
};

} // namespace longhand
