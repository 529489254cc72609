#pragma once

#include <QMainWindow>

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
class DraftsSidebar;
class ModerationView;
class PendingNotifier;
class SyncController;
class ReviewEditorWidget;
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
    bool isShowingComments() const;

    // Opens the review that was open at the last quit or crash.
    void restoreSession();

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
    void connectModeration();
    void showPage(bool comments);
    void updateUndo();

    AppServices& m_services;
    QSplitter* m_splitter;
    DraftsSidebar* m_sidebar;
    ReviewEditorWidget* m_editor;
    QLabel* m_statsLabel;
    QLabel* m_saveLabel;
    SyncController* m_sync;
    QProgressBar* m_syncProgress;
    QToolButton* m_syncCancel;
    QLabel* m_publishedLabel;
    QStackedWidget* m_pages;
    ModerationView* m_moderation;
    PendingNotifier* m_notifier;
    QActionGroup* m_languageGroup = nullptr;
    QAction* m_showReviews = nullptr;
    QAction* m_showComments = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QList<QAction*> m_editorActions; // only for the review page
};

} // namespace longhand
