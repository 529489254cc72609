#include "gui/MainWindow.h"

#include "core/FutureUtils.h"
#include "core/Version.h"
#include "core/accounts/AccountService.h"
#include "core/domain/Post.h"
#include "core/storage/PostRepository.h"
#include "core/library/ReviewLibrary.h"
#include "core/markdown/MarkdownRenderer.h"
#include "core/moderation/TriageRules.h"
#include "core/remote/AvatarFetcher.h"
#include "core/remote/ThemeStylesheetFetcher.h"
#include "core/settings/AppSettings.h"
#include "core/spelling/DictionaryCatalog.h"
#include "core/sync/MarkdownMerge.h"
#include "gui/AppServices.h"
#include "gui/Icons.h"
#include "gui/Mnemonics.h"
#include "gui/accounts/AddBlogDialog.h"
#include "gui/accounts/OutboxDialog.h"
#include "gui/accounts/SyncController.h"
#include "gui/drafts/DraftListModel.h"
#include "gui/drafts/DraftsSidebar.h"
#include "gui/editor/FindReplaceBar.h"
#include "gui/editor/MarkdownEditor.h"
#include "gui/editor/MergeDialog.h"
#include "gui/editor/MetadataPanel.h"
#include "gui/editor/PrePublishDialog.h"
#include "gui/editor/ReviewEditorWidget.h"
#include "gui/editor/ReviewSession.h"
#include "gui/editor/WebPostActions.h"
#include "gui/editor/SessionStatus.h"
#include "gui/moderation/CommenterCard.h"
#include "gui/moderation/ModerationLayout.h"
#include "gui/moderation/ModerationView.h"
#include "gui/moderation/PendingNotifier.h"
#include "gui/preview/PreviewPane.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/status/BlogStatusBar.h"
#include "gui/status/SyncStatus.h"
#include "gui/status/SyncSummary.h"
#include "gui/status/ExportController.h"
#include "gui/status/TaskProgress.h"
#include "gui/SafeText.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QtConcurrent>

#include <algorithm>

namespace longhand {

namespace {
const auto kGeometryKey = QStringLiteral("window/geometry");
const auto kSplitterKey = QStringLiteral("window/splitter");
const auto kEditorSplitterKey = QStringLiteral("window/editorSplitter");
const auto kPageKey = QStringLiteral("window/page");
const auto kCommentKeysKey = QStringLiteral("moderation/keyboardShortcuts");

// "auto" is the system's language, or English, among the installed dictionaries.
QString resolvedLanguage(const QString& wanted, const QList<DictionaryInfo>& installed)
{
    if (wanted != QLatin1String("auto")) {
        return wanted;
    }
    const QString system = DictionaryCatalog::bestLanguageFor(QLocale::system().name(), installed);
    return system.isEmpty() ? DictionaryCatalog::bestLanguageFor(QStringLiteral("en_US"), installed) : system;
}
} // namespace

MainWindow::MainWindow(AppServices& services, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_sidebar(new DraftsSidebar(services.reviews(), m_splitter))
    , m_editor(new ReviewEditorWidget(services, m_splitter))
    , m_statsLabel(new QLabel(this))
    , m_saveLabel(new QLabel(this))
    , m_sync(new SyncController(services.accounts(), services.storage(), this))
    , m_pages(new QStackedWidget(this))
    , m_moderation(new ModerationView(services.storage(), m_sync, m_pages))
    , m_notifier(new PendingNotifier(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/longhand.svg")));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 5);
    m_pages->setObjectName(QStringLiteral("mainPages"));
    m_pages->addWidget(m_splitter);
    m_pages->addWidget(m_moderation);
    setCentralWidget(m_pages);
    m_statsLabel->setObjectName(QStringLiteral("wordCountLabel"));
    m_saveLabel->setObjectName(QStringLiteral("saveStateLabel"));
    m_syncStatus = new SyncStatus(*m_sync, *m_editor, *statusBar(), this);
    connect(m_syncStatus, &SyncStatus::errorOccurred, this, &MainWindow::showError);
    connect(m_syncStatus, &SyncStatus::mergeRequested, this, &MainWindow::mergeWebChanges);
    m_blogStatus = new BlogStatusBar(services.accounts(), services.storage(), *m_sync, services.clock(), this);
    m_exportTask = new TaskProgress(QStringLiteral("export"), this);
    m_export = new ExportController(services, m_exportTask, this);
    connect(m_export, &ExportController::statusMessage, this, [this](const QString& message) {
        statusBar()->showMessage(message, 8000);
    });
    connect(m_export, &ExportController::failed, this, &MainWindow::showError);
    m_avatars = new AvatarFetcher(QDir(services.profile().rootPath()).filePath(QStringLiteral("avatars")), this);
    connect(m_blogStatus, &BlogStatusBar::outboxClicked, this, &MainWindow::openOutbox);
    statusBar()->addPermanentWidget(m_blogStatus);
    statusBar()->addPermanentWidget(m_syncStatus->publishedLabel());
    statusBar()->addPermanentWidget(m_syncStatus->progress());
    statusBar()->addPermanentWidget(m_syncStatus->cancelButton());
    statusBar()->addPermanentWidget(m_exportTask);
    statusBar()->addPermanentWidget(m_saveLabel);
    statusBar()->addPermanentWidget(m_statsLabel);

    createActions();
    Mnemonics::addMissing(menuBar()); // the languages of the spelling menu come from the system
    connectModeration();

    ReviewSession& session = m_editor->session();
    connect(m_sidebar, &DraftsSidebar::reviewActivated, &session, &ReviewSession::open);
    connect(m_sidebar, &DraftsSidebar::newReviewRequested, &session, &ReviewSession::createNew);
    connect(m_sidebar, &DraftsSidebar::reviewTrashed, this, [this, &session](qint64 id) {
        if (id == session.reviewId()) {
            session.close();
        }
        statusBar()->showMessage(tr("Moved to the trash. Tick “Show trash” to restore it."), 5000);
    });
    connect(m_sidebar, &DraftsSidebar::errorOccurred, this, &MainWindow::showError);
    connect(m_sidebar, &DraftsSidebar::unrepliedPassRequested, m_showComments, &QAction::trigger); // then the pass:
    connect(m_sidebar, &DraftsSidebar::unrepliedPassRequested, m_moderation, &ModerationView::workThroughReview);
    connect(m_editor, &ReviewEditorWidget::errorOccurred, this, &MainWindow::showError);
    connect(m_editor, &ReviewEditorWidget::statsChanged, this, &MainWindow::showStats);
    connect(m_editor, &ReviewEditorWidget::reviewLinkActivated, &session, &ReviewSession::open);
    m_sessionStatus = new SessionStatus(*m_editor, m_services.settings(), m_saveLabel, statusBar(), this);
    connect(&session, &ReviewSession::opened, this, [this, &session](const Post&, bool) {
        m_sidebar->setCurrentReview(session.reviewId());
        updateTitle();
        updatePreviewStylesheet(); // the theme of the review's blog
        updateMayPublish();
    });
    connect(&session, &ReviewSession::closed, this, [this] {
        m_sidebar->setCurrentReview(0);
        m_statsLabel->clear();
        updateTitle();
    });
    connect(m_editor->metadata(), &MetadataPanel::titleChanged, this, &MainWindow::updateTitle);
    connect(m_editor->metadata(), &MetadataPanel::blogChosen, this, [this] { updatePreviewStylesheet(); updateMayPublish(); });
    // Leaving the window or a field counts as a pause: save at once.
    connect(qApp, &QApplication::focusChanged, &session, [&session](QWidget* old, QWidget*) {
        if (old) {
            session.saveNow();
        }
    });

    restoreGeometry(m_services.settings().value(kGeometryKey).toByteArray());
    if (!m_splitter->restoreState(m_services.settings().value(kSplitterKey).toByteArray())) {
        m_splitter->setSizes({260, 1140});
    }
    m_editor->splitter()->restoreState(m_services.settings().value(kEditorSplitterKey).toByteArray());
    if (!m_services.settings().contains(kGeometryKey)) {
        resize(1400, 860);
    }
    ModerationLayout::attach(*m_moderation, m_services.settings()); // splitter, columns and filter
    showPage(m_services.settings().value(kPageKey).toString() == QLatin1String("comments"));
    applySettings();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    ReviewSession& session = m_editor->session();
    MarkdownEditor* editor = m_editor->editor();

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newReview = file->addAction(tr("&New Review"), &session, &ReviewSession::createNew);
    newReview->setObjectName(QStringLiteral("actionNewReview"));
    newReview->setShortcut(QKeySequence::New);
    newReview->setIcon(Icons::themed(QStringLiteral("document-new")));
    QAction* duplicate = file->addAction(tr("D&uplicate Review"), m_sidebar, &DraftsSidebar::duplicateSelected);
    duplicate->setObjectName(QStringLiteral("actionDuplicateReview"));
    QAction* trash = file->addAction(tr("Move to &Trash"), this, [this, &session] {
        if (session.hasReview()) {
            m_sidebar->setCurrentReview(session.reviewId());
            m_sidebar->trashSelected();
        }
    });
    trash->setObjectName(QStringLiteral("actionTrashReview"));
    file->addSeparator();
    QAction* insertImage = file->addAction(tr("Insert &Image…"), m_editor, &ReviewEditorWidget::insertImagesFromDisk);
    insertImage->setObjectName(QStringLiteral("actionInsertImage"));
    insertImage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QAction* mediaLibrary = file->addAction(tr("&Media Library…"), m_editor, &ReviewEditorWidget::openMediaLibrary);
    mediaLibrary->setObjectName(QStringLiteral("actionMediaLibrary"));
    mediaLibrary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QAction* save = file->addAction(tr("&Save Now"), &session, &ReviewSession::saveNow);
    save->setObjectName(QStringLiteral("actionSave"));
    save->setShortcut(QKeySequence::Save);
    save->setIcon(Icons::themed(QStringLiteral("document-save")));
    save->setToolTip(tr("Longhand saves as you type; this saves at once"));
    QAction* exportAction = file->addAction(tr("&Export…"), this, [this] {
        m_editor->session().saveNow();
        m_export->chooseAndExport();
    });
    exportAction->setObjectName(QStringLiteral("actionExport"));
    exportAction->setToolTip(tr("Write the reviews as Markdown files with their images to a folder"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    // Undo follows the page: the review's text, or the last moderation action.
    m_undo = edit->addAction(tr("&Undo"), this, [this, editor] {
        if (isShowingComments()) {
            m_moderation->undo();
        } else {
            editor->undo();
        }
    });
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(Icons::themed(QStringLiteral("edit-undo")));
    connect(editor, &QPlainTextEdit::undoAvailable, this, &MainWindow::updateUndo);
    connect(m_moderation, &ModerationView::undoAvailableChanged, this, &MainWindow::updateUndo);
    m_redo = edit->addAction(tr("&Redo"), editor, &QPlainTextEdit::redo);
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setIcon(Icons::themed(QStringLiteral("edit-redo")));
    m_redo->setEnabled(false);
    connect(editor, &QPlainTextEdit::redoAvailable, this, &MainWindow::updateUndo);
    edit->addSeparator();
    edit->addAction(tr("Cu&t"), QKeySequence::Cut, editor, &QPlainTextEdit::cut);
    edit->addAction(tr("&Copy"), QKeySequence::Copy, editor, &QPlainTextEdit::copy);
    edit->addAction(tr("&Paste"), QKeySequence::Paste, editor, &QPlainTextEdit::paste);
    edit->addAction(tr("Select &All"), QKeySequence::SelectAll, editor, &QPlainTextEdit::selectAll);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find…"), QKeySequence::Find, m_editor->findBar(), &FindReplaceBar::showFind);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setIcon(Icons::themed(QStringLiteral("edit-find")));
    QAction* findNext = edit->addAction(tr("Find &Next"), QKeySequence::FindNext, m_editor->findBar(), &FindReplaceBar::findNext);
    findNext->setObjectName(QStringLiteral("actionFindNext"));
    edit->addAction(tr("Find Pre&vious"), QKeySequence::FindPrevious, m_editor->findBar(), &FindReplaceBar::findPrevious);
    QAction* replace = edit->addAction(tr("R&eplace…"), QKeySequence(Qt::CTRL | Qt::Key_H), m_editor->findBar(),
                                       &FindReplaceBar::showReplace);
    replace->setObjectName(QStringLiteral("actionReplace"));
    for (QAction* action : edit->actions()) {
        if (action != m_undo && action != m_redo && !action->isSeparator()) {
            m_editorActions.append(action);
        }
    }

    QMenu* format = menuBar()->addMenu(tr("F&ormat"));
    QAction* bold = format->addAction(tr("&Bold"), QKeySequence::Bold, editor, &MarkdownEditor::toggleBold);
    bold->setObjectName(QStringLiteral("actionBold"));
    QAction* italic = format->addAction(tr("&Italic"), QKeySequence::Italic, editor, &MarkdownEditor::toggleItalic);
    italic->setObjectName(QStringLiteral("actionItalic"));
    QAction* link = format->addAction(tr("&Link"), QKeySequence(Qt::CTRL | Qt::Key_K), editor, &MarkdownEditor::insertLink);
    link->setObjectName(QStringLiteral("actionLink"));
    m_editorActions << format->menuAction() << insertImage << mediaLibrary;

    QMenu* view = menuBar()->addMenu(tr("&View"));
    auto* pages = new QActionGroup(this);
    m_showReviews = view->addAction(tr("&Reviews"), this, [this] { showPage(false); });
    m_showReviews->setObjectName(QStringLiteral("actionShowReviews"));
    m_showReviews->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_showReviews->setIcon(Icons::themed(QStringLiteral("x-office-document")));
    m_showReviews->setToolTip(tr("Write and edit reviews (Ctrl+1)"));
    m_showComments = view->addAction(tr("&Comments"), this, [this] { showPage(true); });
    m_showComments->setObjectName(QStringLiteral("actionShowComments"));
    m_showComments->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_showComments->setIcon(Icons::themed(QStringLiteral("dialog-messages")));
    m_showComments->setToolTip(tr("Moderate the blog's comments (Ctrl+2)"));
    for (QAction* page : { m_showReviews, m_showComments }) {
        page->setCheckable(true);
        pages->addAction(page);
    }
    m_showReviews->setChecked(true);
    view->addSeparator();
    QAction* keys = view->addAction(tr("Comment &Keyboard Shortcuts"));
    keys->setObjectName(QStringLiteral("actionCommentKeyboard"));
    keys->setCheckable(true);
    keys->setToolTip(tr("Single keys moderate in the comment list (J, K, A, S, D, R, …; ? lists them)"));
    keys->setChecked(m_services.settings().value(kCommentKeysKey, true).toBool());
    m_moderation->setKeyboardShortcutsEnabled(keys->isChecked());
    connect(keys, &QAction::toggled, this, [this](bool on) {
        m_services.settings().setValue(kCommentKeysKey, on);
        m_moderation->setKeyboardShortcutsEnabled(on);
    });
    QAction* remote = view->addAction(tr("Load Remote &Images in Preview"));
    remote->setObjectName(QStringLiteral("actionAllowRemoteImages"));
    remote->setCheckable(true);
    remote->setToolTip(tr("Off by default: loading an image from another site tells that site you are reading"));
    remote->setChecked(m_services.settings().value(AppSettings::remoteImagesKey(), false).toBool());
    m_editor->preview()->setRemoteImagesAllowed(remote->isChecked());
    connect(remote, &QAction::toggled, this, [this](bool allowed) {
        m_services.settings().setValue(AppSettings::remoteImagesKey(), allowed);
        m_editor->preview()->setRemoteImagesAllowed(allowed);
    });

    createBlogMenu();

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    createSpellingMenu(tools->addMenu(tr("&Spelling Language")));
    tools->addSeparator();
    QAction* settings = tools->addAction(tr("S&ettings…"), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setMenuRole(QAction::PreferencesRole);
    // Linux desktops have no standard key for it; Ctrl+, is what most applications use there.
    QList<QKeySequence> settingsKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (settingsKeys.isEmpty()) {
        settingsKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    }
    settings->setShortcuts(settingsKeys);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Longhand"), this, [this] {
        QMessageBox::about(this, tr("About Longhand"),
                           tr("<h3>Longhand %1</h3><p>Write film reviews offline in Markdown and run your "
                              "WordPress blog from the desktop.</p><p>Licensed under the GNU General Public License, "
                              "version 3 or later.</p><p>Built with Qt %2, cmark, hunspell, libgit2, gumbo, yaml-cpp "
                              "and QtKeychain.</p>")
                               .arg(QString::fromLatin1(kVersion), QString::fromLatin1(qVersion())));
    });
}

void MainWindow::createSpellingMenu(QMenu* menu)
{
    menu->setObjectName(QStringLiteral("spellingMenu"));
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    QAction* off = menu->addAction(tr("Off"));
    off->setCheckable(true);
    off->setData(QString());
    m_languageGroup->addAction(off);
    menu->addSeparator();
    const auto installed = DictionaryCatalog::installed();
    for (const DictionaryInfo& info : installed) {
        const QLocale locale(info.language);
        const QString label = locale.language() == QLocale::C
                                  ? info.language
                                  : QStringLiteral("%1 (%2)").arg(QLocale::languageToString(locale.language()),
                                                                  QLocale::territoryToString(locale.territory()));
        QAction* action = menu->addAction(label);
        action->setCheckable(true);
        action->setData(info.language);
        m_languageGroup->addAction(action);
    }
    const QString wanted = resolvedLanguage(m_services.settings().value(AppSettings::spellingLanguageKey(), QStringLiteral("auto")).toString(), installed);
    for (QAction* action : m_languageGroup->actions()) {
        action->setChecked(action->data().toString() == wanted);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction* action) {
        const QString language = action->data().toString();
        m_services.settings().setValue(AppSettings::spellingLanguageKey(), language);
        m_editor->setSpellingLanguage(language);
    });
    m_editor->setSpellingLanguage(wanted);
}

void MainWindow::createBlogMenu()
{
    QMenu* blog = menuBar()->addMenu(tr("&Blog"));
    QAction* add = blog->addAction(tr("&Add Blog…"), this, [this] {
        auto* dialog = new AddBlogDialog(m_services.accounts(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &AddBlogDialog::blogAdded, this, [this](const Site& site) {
            statusBar()->showMessage(tr("Connected to %1. Syncing…").arg(site.name), 5000);
            applySettings(); // the new blog's options
            m_blogStatus->refresh();
            m_sync->syncAll();
        });
        dialog->open();
    });
    add->setObjectName(QStringLiteral("actionAddBlog"));
    QAction* syncNow = blog->addAction(tr("&Sync Now"), m_sync, &SyncController::syncAll);
    syncNow->setObjectName(QStringLiteral("actionSync"));
    syncNow->setShortcut(QKeySequence::Refresh);
    syncNow->setIcon(Icons::themed(QStringLiteral("view-refresh")));
    syncNow->setToolTip(tr("Bring posts, categories, tags and media from every connected blog"));
    QAction* publish = blog->addAction(tr("&Publish"), this, [this] {
        ReviewSession& session = m_editor->session();
        if (!session.hasReview()) {
            return;
        }
        // Saved first; whether it is a first publication is read from storage after that, so a second Publish
        // while the first is on its way (or just done) is not taken for one.
        session.saveThen([this](Post stored) {
            if (stored.siteId == 0) {
                stored.siteId = m_editor->metadata()->onlyBlog(); // where the publication takes it (see SyncController)
            }
            const bool check = BlogSettings::load(m_services.settings(), stored.siteId).checkBeforePublish;
            PrePublishDialog::checkThenPublish(*m_editor, m_services.reviews(), stored, check,
                                               [this, id = stored.id] { m_sync->publish(id); });
        });
    });
    publish->setObjectName(QStringLiteral("actionPublish"));
    publish->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    publish->setIcon(Icons::themed(QStringLiteral("document-send")));
    publish->setToolTip(tr("Send this review to the blog with the status chosen in its metadata"));
    // The action says what it will do: Publish, Schedule, Submit for Review, Save Draft to Blog, Publish Privately.
    connect(m_editor->metadata(), &MetadataPanel::publishActionTextChanged, publish, &QAction::setText);
    publish->setText(m_editor->metadata()->publishActionText());
    QAction* outbox = blog->addAction(tr("&Waiting to Publish…"), this, &MainWindow::openOutbox);
    outbox->setObjectName(QStringLiteral("actionOutbox"));
    outbox->setToolTip(tr("Publications waiting for the network or for a decision: retry or discard them"));
    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(findChild<QAction*>(QStringLiteral("actionNewReview")));
    toolbar->addAction(syncNow);
    toolbar->addAction(publish);
    toolbar->addSeparator();
    toolbar->addAction(m_showReviews);
    toolbar->addAction(m_showComments);
    m_sync->setProfileRoot(m_services.profile().rootPath());
    QAction* merge = blog->addAction(tr("&Merge Web Changes…"), this, &MainWindow::mergeWebChanges);
    merge->setObjectName(QStringLiteral("actionMerge"));
    merge->setToolTip(tr("Compare this review with the version on the blog and merge them"));
    blog->addSeparator();
    blog->addAction(m_editor->webPost()->convertAction()); // a post written on the web, made Markdown
    blog->addAction(m_editor->webPost()->undoAction());
    blog->setToolTipsVisible(true); // Convert's tooltip names the blocks that keep a post HTML
    connect(m_editor->webPost(), &WebPostActions::converted, this, [this](const QString& message) {
        statusBar()->showMessage(message, 8000);
    });
    connect(m_sync, &SyncController::siteFinished, this, [this] {
        m_services.reviews().notifyExternalChange();
        m_editor->refreshCompletions();
    });
    connect(m_sync, &SyncController::postsGoneFromBlog, this, &MainWindow::reportPostsGone);
    // Even a failed sync may have stored some of the media it read: an open Media Library looks again.
    connect(m_sync, &SyncController::siteSynced, this, [this](qint64 siteId) { m_services.reviews().notifyMediaChanged(siteId); });
}

// Rare and worth knowing: the blog lost posts the cache had. Each kept review carries its own notice.
void MainWindow::reportPostsGone(const QList<GonePost>& posts)
{
    QStringList lines;
    for (const GonePost& post : posts) {
        lines.append(post.keptAsDraft ? tr("“%1”: kept among your drafts, with your changes").arg(post.title)
                                      : tr("“%1”: moved to the trash here (restorable)").arg(post.title));
        if (post.id == m_editor->session().reviewId()) {
            m_editor->session().reloadMetadata();
        }
    }
    m_services.reviews().notifyExternalChange();
    auto* box = new QMessageBox(QMessageBox::Information, tr("Longhand"),
        tr("%n review(s) are no longer on the blog (deleted or moved to its trash on the web):", nullptr, int(posts.size())),
        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("postsGoneMessage"));
    box->setTextFormat(Qt::PlainText);
    const bool pages = std::all_of(posts.cbegin(), posts.cend(), [](const GonePost& post) { return post.type == PostType::Page; });
    const bool somePages = std::any_of(posts.cbegin(), posts.cend(), [](const GonePost& post) { return post.type == PostType::Page; });
    const QString again = pages       ? tr("Publishing one of them again creates a new page.")
                          : somePages ? tr("Publishing one of them again creates a new post or page.")
                                      : tr("Publishing one of them again creates a new post.");
    box->setInformativeText(SafeText::literal(lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + again));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::mergeWebChanges()
{
    ReviewSession& session = m_editor->session();
    if (!session.hasReview()) {
        return;
    }
    session.saveNow();
    const qint64 id = session.reviewId();
    onFinished(m_services.reviews().load(id), this, [this, id](const Result<Post>& loaded) {
        if (!loaded || id != m_editor->session().reviewId()) {
            return;
        }
        const Post& post = loaded.value();
        const bool webChanged = post.isWebEdit(post.remoteContent, post.remoteModifiedGmt);
        if (!webChanged) {
            statusBar()->showMessage(tr("“%1” has no web changes to merge.").arg(post.title), 5000);
            return;
        }
        // A Markdown review is merged as Markdown (block by block, the web's edits made Markdown); HTML line by line.
        RenderOptions options;
        options.target = RenderOptions::Target::Blog;
        options.title = post.title;
        options.alsoLike = post.alsoLike;
        options.blockSupport = DetectedBlockSupport::load(m_services.settings(), post.siteId).support; // as Publisher
        auto* dialog = post.format == SourceFormat::Html
                           ? new MergeDialog(post.title, post.baseContent, post.body, post.remoteContent, this)
                           : new MergeDialog(post.title, mergeMarkdown(post.baseContent, post.body, post.remoteContent, options), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
            onFinished(m_services.reviews().acceptMerge(id, dialog->result()), this, [this, id](const Status& stored) {
                if (!stored) {
                    showError(stored.error().message);
                    return;
                }
                if (id == m_editor->session().reviewId()) {
                    m_editor->session().reload();
                }
                statusBar()->showMessage(tr("Merged. Publish to send the merged version."), 8000);
            });
        });
        dialog->open();
    });
}

void MainWindow::restoreSession()
{
    m_sessionStatus->restore();
}

void MainWindow::showStats(const TextStats& stats)
{
    m_statsLabel->setText(tr("%n word(s)", nullptr, stats.words) + QStringLiteral(" \u00B7 ")
                          + tr("%n min read", nullptr, stats.readingMinutes));
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message, 10000);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Longhand"), message, QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText); // errors quote the blog's own messages
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not exec(): no nested event loop
}

void MainWindow::updateTitle()
{
    Post post = m_editor->session().currentPost();
    m_editor->metadata()->applyTo(post);
    const QString title = m_editor->session().hasReview()
                              ? (post.title.isEmpty() ? tr("Untitled review") : post.title)
                              : QString();
    setWindowTitle((title.isEmpty() || isShowingComments() ? tr("Longhand") : tr("%1 — Longhand").arg(title))
        + m_notifier->titleSuffix());
}

bool MainWindow::isShowingComments() const
{
    return m_pages->currentWidget() == m_moderation;
}

void MainWindow::showPage(bool comments)
{
    m_pages->setCurrentWidget(comments ? static_cast<QWidget*>(m_moderation) : m_splitter);
    (comments ? m_showComments : m_showReviews)->setChecked(true);
    for (QAction* action : std::as_const(m_editorActions)) {
        action->setEnabled(!comments);
    }
    if (comments) {
        m_editor->session().saveNow();
        m_moderation->focusQueue();
    }
    updateUndo();
    updateTitle();
}

void MainWindow::updateUndo()
{
    const QTextDocument* text = m_editor->editor()->document();
    m_undo->setEnabled(isShowingComments() ? m_moderation->canUndo() : text->isUndoAvailable());
    m_redo->setEnabled(!isShowingComments() && text->isRedoAvailable());
}

void MainWindow::connectModeration()
{
    connect(m_sync, &SyncController::commentsChanged, m_moderation, &ModerationView::refresh);
    connect(m_sync, &SyncController::commentActionOverruled, this, [this](qint64 id, const QString& message) {
        statusBar()->showMessage(message, 15000);
        m_moderation->showNotice(id, message);
    });
    connect(m_sync, &SyncController::commentActionFailed, this, [this](qint64, const Error& error, bool willRetry) {
        statusBar()->showMessage(willRetry ? tr("A moderation action waits for the blog: %1").arg(error.message)
                                           : tr("The blog refused a moderation action: %1").arg(error.message),
            15000);
    });
    connect(m_sync, &SyncController::newPendingComments, this, [this](int count, bool userAsked) {
        if (m_applied.notifications) {
            m_notifier->notifyNewComments(count, userAsked);
        }
    });
    for (CommenterCard* card : m_moderation->findChildren<CommenterCard*>()) {
        card->setAvatarFetcher(m_avatars);
    }
    connect(m_sync, &SyncController::newPendingComments, this, [this](int count, bool) {
        statusBar()->showMessage(tr("%n new comment(s) to moderate.", nullptr, count), 8000);
    });
    // After each sync: what changed in moderation, each web decision that won one click from its comment.
    auto* summary = new SyncSummaryButton(*m_sync, m_services.storage(), this);
    statusBar()->addPermanentWidget(summary);
    connect(statusBar(), &QStatusBar::messageChanged, summary, // a message has the room
            [summary](const QString& message) { summary->setRoomTaken(!message.isEmpty()); });
    connect(summary, &SyncSummaryButton::showQueueRequested, this, [this] { showPage(true); });
    connect(summary, &SyncSummaryButton::showCommentRequested, this, [this](qint64 id) {
        showPage(true);
        m_moderation->revealComment(id);
    });
    connect(summary, &SyncSummaryButton::showOutboxRequested, this, &MainWindow::openOutbox);
    connect(m_moderation, &ModerationView::pendingCountChanged, m_notifier, &PendingNotifier::setPendingCount);
    connect(m_notifier, &PendingNotifier::pendingCountChanged, this, &MainWindow::updateTitle);
    connect(m_notifier, &PendingNotifier::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
        showPage(true);
    });
    connect(m_moderation, &ModerationView::statusMessage, this,
        [this](const QString& message) { statusBar()->showMessage(message, 6000); });
    connect(m_moderation, &ModerationView::errorOccurred, this, &MainWindow::showError);
}

void MainWindow::openOutbox()
{
    auto* dialog = new OutboxDialog(m_services.storage(), *m_sync, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openSettings()
{
    if (auto* open = findChild<SettingsDialog*>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new SettingsDialog(m_services.settings(), m_services.accounts(), m_services.profile().rootPath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::applied, this, &MainWindow::applySettings);
    connect(dialog, &SettingsDialog::themeStylesheetFetched, this, &MainWindow::updatePreviewStylesheet);
    dialog->open();
}

void MainWindow::applySettings()
{
    QSettings& settings = m_services.settings();
    const AppSettings wanted = AppSettings::load(settings);
    const bool triageChanged = m_settingsApplied && wanted.triage != m_applied.triage; // not at start
    m_applied = wanted;
    m_settingsApplied = true;
    m_sync->setIntervalMinutes(wanted.syncIntervalMinutes);
    m_sync->setTriageSettings(wanted.triage); // flags comments from the next sync on
    if (triageChanged) {
        statusBar()->showMessage(tr("The block list applies to comments from the next sync."), 6000);
    }
    if (m_languageGroup) {
        const QString language = resolvedLanguage(wanted.spellingLanguage, DictionaryCatalog::installed());
        const QAction* current = m_languageGroup->checkedAction();
        if (!current || current->data().toString() != language) { // a dictionary load is not free
            for (QAction* action : m_languageGroup->actions()) {
                action->setChecked(action->data().toString() == language);
            }
            m_editor->setSpellingLanguage(language);
        }
    }
    if (auto* remote = findChild<QAction*>(QStringLiteral("actionAllowRemoteImages"))) {
        remote->setChecked(wanted.remoteImages); // its handler tells the preview
    }
    m_avatars->setEnabled(wanted.avatars);
    m_moderation->setCannedReplies(wanted.cannedReplies);
    for (CommenterCard* card : m_moderation->findChildren<CommenterCard*>()) {
        card->refreshAvatar();
    }
    onFinished(m_services.accounts().sites(), this, [this](const Result<QList<Site>>& sites) {
        QSet<qint64> periodicExcluded;
        QSet<qint64> quiet;
        m_mayNotPublish.clear();
        m_editor->setSites(sites.valueOr({})); // the Blog field; a new review's blog
        m_sidebar->model()->setSites(sites.valueOr({}));
        for (const Site& site : sites.valueOr({})) {
            if (!site.mayPublish()) {
                m_mayNotPublish.insert(site.id);
            }
            const BlogSettings blog = BlogSettings::load(m_services.settings(), site.id);
            if (!blog.syncPeriodically) {
                periodicExcluded.insert(site.id);
            }
            if (!blog.notifyNewComments) {
                quiet.insert(site.id);
            }
        }
        m_sync->setPeriodicExcluded(periodicExcluded);
        m_sync->setQuietSites(quiet);
        updatePreviewStylesheet();
        updateMayPublish();
    });
}

void MainWindow::updateMayPublish()
{
    m_editor->metadata()->setMayPublish(!m_mayNotPublish.contains(m_editor->metadata()->chosenSiteId())); // where Publish sends it
}

void MainWindow::updatePreviewStylesheet()
{
    const int generation = ++m_styleGeneration;
    const qint64 siteId = m_editor->metadata()->chosenSiteId(); // where Publish sends it (with one blog, that one)
    if (m_applied.previewStyle != AppSettings::PreviewStyle::BlogTheme || siteId == 0
        || !BlogSettings::load(m_services.settings(), siteId).useThemeStylesheet) {
        m_editor->preview()->setThemeStylesheet(QString());
        return;
    }
    const QString root = m_services.profile().rootPath();
    onFinished(QtConcurrent::run([root, siteId] { return ThemeStylesheetFetcher::readCached(root, siteId); }), this,
               [this, generation](const QString& css) {
                   if (generation == m_styleGeneration) {
                       m_editor->preview()->setThemeStylesheet(css);
                   }
               });
}

void MainWindow::startExport(const QString& folder, std::optional<qint64> siteId)
{
    m_editor->session().saveNow(); // queued before the export on the storage thread
    m_export->startExport(folder, siteId);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_editor->session().saveNow();
    m_services.settings().setValue(kGeometryKey, saveGeometry());
    m_services.settings().setValue(kSplitterKey, m_splitter->saveState());
    m_services.settings().setValue(kEditorSplitterKey, m_editor->splitter()->saveState());
    m_services.settings().setValue(
        kPageKey, isShowingComments() ? QStringLiteral("comments") : QStringLiteral("reviews"));
    m_services.flush();
    event->accept();
}

} // namespace longhand
