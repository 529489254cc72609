#pragma once

#include "core/settings/AppSettings.h"

#include <QMainWindow>
#include <QSet>

#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QProgressBar;
class QToolButton;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace longhand {

class AppServices;
class AvatarFetcher;
class BlogStatusBar;
class ExportController;
class TaskProgress;
class DraftsSidebar;
class ModerationView;
class SyncStatus;
class PendingNotifier;
class SyncController;
class ReviewEditorWidget;
class SessionStatus;
struct GonePost;
struct TextStats;

// Composes two pages, the reviews (drafts sidebar + review editor) and the comment queue, and owns
// the menus and status bar.
// Features live in their own widgets; this class only wires them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppServices& services, QWidget* parent = nullptr);
    ~MainWindow() override;

    DraftsSidebar* sidebar() const { return m_sidebar; }
    ReviewEditorWidget* reviewEditor() const { return m_editor; }
    SyncController* syncController() const { return m_sync; }
    ModerationView* moderationView() const { return m_moderation; }
    PendingNotifier* pendingNotifier() const { return m_notifier; }
    BlogStatusBar* blogStatus() const { return m_blogStatus; }
    AvatarFetcher* avatars() const { return m_avatars; }
    bool isShowingComments() const;

    // Opens the review that was open at the last quit or crash.
    void restoreSession();
    // Reads settings.ini (Settings dialog, Apply/OK) and applies it at once.
    void applySettings();
    // Writes the reviews to folder on the storage thread, progress and Cancel in the status bar.
    void startExport(const QString& folder, std::optional<qint64> siteId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createSpellingMenu(QMenu* menu);
    void createBlogMenu();
    void showStats(const TextStats& stats);
    void showError(const QString& message);
    void updateTitle();
    void mergeWebChanges();
    void reportPostsGone(const QList<GonePost>& posts);
    void connectModeration();
    void showPage(bool comments);
    void updateUndo();
    void openSettings();
    void openOutbox();
    void updatePreviewStylesheet();
    void updateMayPublish(); // the Publish action offers Submit for Review to an account that may not publish

    AppServices& m_services;
    QSplitter* m_splitter;
    DraftsSidebar* m_sidebar;
    ReviewEditorWidget* m_editor;
    SessionStatus* m_sessionStatus = nullptr;
    QLabel* m_statsLabel;
    QLabel* m_saveLabel;
    SyncController* m_sync;
    QStackedWidget* m_pages;
    ModerationView* m_moderation;
    PendingNotifier* m_notifier;
    QActionGroup* m_languageGroup = nullptr;
    QAction* m_showReviews = nullptr;
    QAction* m_showComments = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QList<QAction*> m_editorActions; // only for the review page
    BlogStatusBar* m_blogStatus = nullptr;
    SyncStatus* m_syncStatus = nullptr;
    TaskProgress* m_exportTask = nullptr;
    ExportController* m_export = nullptr;
    AvatarFetcher* m_avatars = nullptr;
    AppSettings m_applied;
    bool m_settingsApplied = false; // applySettings() has run once (at start)
    QSet<qint64> m_mayNotPublish; // blogs whose account may only submit for review (a contributor)
    int m_styleGeneration = 0;
};

} // namespace longhand
