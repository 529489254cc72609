// The writing workspace driven like a user would: keys into widgets found by objectName.
#include "core/Profile.h"
#include "core/storage/Database.h"
#include "core/storage/PostRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/StorageExecutor.h"
#include "core/storage/SyncRepository.h"
#include "support/TestSupport.h"
#include "core/domain/Site.h"
#include "core/remote/WpJson.h"
#include "gui/AppServices.h"
#include "gui/MainWindow.h"
#include "gui/editor/MarkdownEditor.h"
#include "gui/editor/ReviewEditorWidget.h"
#include "gui/editor/ReviewSession.h"
#include "gui/preview/PreviewPane.h"
#include "gui/preview/PreviewRenderer.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QMimeData>
#include <QTest>
#include <QTextBlock>

using namespace longhand;

class TestEditorWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ctrlNStartsReviewWithCursorInEditor();
    void typingUpdatesPreview();
    void burstOfTypingCoalescesRenders();
    void formattingShortcuts();
    void findAndReplace();
    void metadataEditsPersist();
    void slugFollowsTitleUntilEdited();
    void insertedImageShowsInPreview();
    void pastedImageIsStored();
    void missingImageIsShownAsMissing();
    void spoilerCollapsedUntilClicked();
    void alsoLikeLinksKnownReview();
    void wordCountInStatusBar();
    void deletedOnBlogNoticeShows();

private:
    template <typename T>
    T* find(const char* name) const
    {
        auto* widget = m_window->findChild<T*>(QString::fromLatin1(name));
        if (!widget) {
            qFatal("No widget named %s", name);
        }
        return widget;
    }
    void newReview();
    Post storedPost(qint64 id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<MainWindow> m_window;
};

void TestEditorWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Profile profile(m_dir->path());
    QVERIFY(profile.ensureExists().ok());
    m_services = std::make_unique<AppServices>(profile);
    m_window = std::make_unique<MainWindow>(*m_services);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
}

void TestEditorWindow::cleanup()
{
    m_window.reset();
    m_services.reset();
    m_dir.reset();
}

void TestEditorWindow::newReview()
{
    auto* editor = find<MarkdownEditor>("markdownEditor");
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(m_window->reviewEditor()->session().hasReview());
    QTRY_VERIFY(!editor->isReadOnly());
}

Post PostFromDatabase(const QString& path, qint64 id)
{
    auto db = Database::open(path);
    if (!db) {
        qFatal("open: %s", qPrintable(db.error().message));
    }
    auto post = PostRepository(**db).load(id);
    if (!post) {
        qFatal("load: %s", qPrintable(post.error().message));
    }
    return post.value();
}

Post TestEditorWindow::storedPost(qint64 id) const
{
    return PostFromDatabase(m_services->profile().databasePath(), id);
}

void TestEditorWindow::ctrlNStartsReviewWithCursorInEditor()
{
    newReview();
    auto* editor = find<MarkdownEditor>("markdownEditor");
    QTRY_VERIFY(editor->hasFocus());
    QTest::keyClicks(editor, QStringLiteral("First words"));
    QCOMPARE(editor->toPlainText(), QStringLiteral("First words"));
}

void TestEditorWindow::typingUpdatesPreview()
{
    newReview();
    auto* editor = find<MarkdownEditor>("markdownEditor");
    auto* preview = find<PreviewPane>("previewPane");
    QTest::keyClicks(editor, QStringLiteral("# Hailsham"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("A *quiet* film."));
    QTRY_VERIFY(preview->toPlainText().contains(QStringLiteral("A quiet film.")));
    QVERIFY(preview->toHtml().contains(QStringLiteral("Hailsham")));
    QVERIFY(!preview->toPlainText().contains(QLatin1Char('#')));
    // Headings come out as real headings (QTextDocument keeps the level).
    QVERIFY(preview->document()->firstBlock().blockFormat().headingLevel() == 1);
}

void TestEditorWindow::burstOfTypingCoalescesRenders()
{
    newReview();
    auto* editor = find<MarkdownEditor>("markdownEditor");
    PreviewRenderer* renderer = m_window->reviewEditor()->renderer();
    QTRY_VERIFY(!renderer->isBusy());
    const int before = renderer->rendersStarted();
    // keyClicks delivers every key before the event loop runs again: one burst.
    QTest::keyClicks(editor, QStringLiteral("The clones at Hailsham grow up in a sunlit boarding school."));
    QTRY_VERIFY(!renderer->isBusy());
    QTest::qWait(50);
    QTRY_VERIFY(!renderer->isBusy());
    QVERIFY2(renderer->rendersStarted() - before <= 2,
             qPrintable(QStringLiteral("renders: %1").arg(renderer->rendersStarted() - before)));
    QTRY_VERIFY(find<PreviewPane>("previewPane")->toPlainText().contains(QStringLiteral("boarding school.")));
}

void TestEditorWindow::formattingShortcuts()
{
    newReview();
    auto* editor = find<MarkdownEditor>("markdownEditor");
    QTest::keyClicks(editor, QStringLiteral("word"));
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(editor->toPlainText(), QStringLiteral("**word**"));
    QTest::keyClick(editor, Qt::Key_B, Qt::ControlModifier); // toggles back
    QCOMPARE(editor->toPlainText(), QStringLiteral("word"));
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(editor->toPlainText(), QStringLiteral("*word*"));
    editor->moveCursor(QTextCursor::End);
    QTest::keyClick(editor, Qt::Key_K, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("https://example.org"));
    QCOMPARE(editor->toPlainText(), QStringLiteral("*word*[link text](https://example.org)"));
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(editor->toPlainText() != QStringLiteral("*word*[link text](https://example.org)"));
}

void TestEditorWindow::findAndReplace()
{
    newReview();
    auto* editor = find<MarkdownEditor>("markdownEditor");
    QTest::keyClicks(editor, QStringLiteral("clone and clone and Clone"));
    QTest::keyClick(editor, Qt::Key_H, Qt::ControlModifier);
    auto* findEdit = find<QLineEdit>("findEdit");
    auto* replaceEdit = find<QLineEdit>("replaceEdit");
    QTRY_VERIFY(findEdit->isVisible());
    QTRY_VERIFY(findEdit->hasFocus());
    QTest::keyClicks(findEdit, QStringLiteral("clone"));
    QTest::keyClicks(replaceEdit, QStringLiteral("donor"));
    QTest::mouseClick(find<QWidget>("replaceAllButton"), Qt::LeftButton);
    QCOMPARE(editor->toPlainText(), QStringLiteral("donor and donor and donor"));
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier); // one undo step undoes all of it
    QCOMPARE(editor->toPlainText(), QStringLiteral("clone and clone and Clone"));
    QTest::keyClick(find<QWidget>("findReplaceBar"), Qt::Key_Escape);
    QTRY_VERIFY(!findEdit->isVisible());
}

void TestEditorWindow::metadataEditsPersist()
{
    newReview();
    const qint64 id = m_window->reviewEditor()->session().reviewId();
    QTest::keyClicks(find<QLineEdit>("titleEdit"), QStringLiteral("Never Let Me Go"));
    QTest::keyClicks(find<QLineEdit>("categoriesEdit"), QStringLiteral("Reviews, Drama"));
    QTest::keyClicks(find<QLineEdit>("tagsEdit"), QStringLiteral("clones, Ishiguro"));
    QTest::keyClicks(find<QPlainTextEdit>("excerptEdit"), QStringLiteral("Sunlit dread."));
    auto* status = find<QComboBox>("statusCombo");
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down); // Draft -> Pending
    auto* comments = find<QCheckBox>("commentsOpenCheck");
    comments->setFocus();
    QTest::keyClick(comments, Qt::Key_Space);
    QTest::keyClicks(find<QLineEdit>("alsoLikeEdit"), QStringLiteral("Tron Legacy"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->reviewEditor()->session().isDirty(), 5000);
    m_services->flush();
    const Post post = storedPost(id);
    QCOMPARE(post.title, QStringLiteral("Never Let Me Go"));
    QCOMPARE(post.slug, QStringLiteral("never-let-me-go"));
    QCOMPARE(post.categories, (QStringList {QStringLiteral("Reviews"), QStringLiteral("Drama")}));
    QCOMPARE(post.tags, (QStringList {QStringLiteral("clones"), QStringLiteral("Ishiguro")}));
    QCOMPARE(post.excerpt, QStringLiteral("Sunlit dread."));
    QCOMPARE(post.status, PostStatus::Pending);
    QCOMPARE(post.commentsOpen, false);
    QCOMPARE(post.pingsOpen, true);
    QCOMPARE(post.alsoLike, QStringLiteral("Tron Legacy"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Never Let Me Go")));
}

void TestEditorWindow::slugFollowsTitleUntilEdited()
{
    newReview();
    auto* title = find<QLineEdit>("titleEdit");
    auto* slug = find<QLineEdit>("slugEdit");
    title->setFocus();
    title->insert(QStringLiteral("Amélie")); // QTest types ASCII only
    QCOMPARE(slug->text(), QStringLiteral("amelie"));
    slug->setFocus();
    slug->selectAll();
    QTest::keyClicks(slug, QStringLiteral("my-slug"));
    QTest::keyClicks(title, QStringLiteral(" Returns"));
    QCOMPARE(slug->text(), QStringLiteral("my-slug"));
    slug->selectAll();
    QTest::keyClick(slug, Qt::Key_Backspace); // clearing hands the slug back to the title
    QCOMPARE(slug->text(), QStringLiteral("amelie-returns"));
}

void TestEditorWindow::insertedImageShowsInPreview()
{
    newReview();
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkRed);
    const QString source = m_dir->filePath(QStringLiteral("poster.png"));
    QVERIFY(image.save(source));
    auto* editor = find<MarkdownEditor>("markdownEditor");
    auto* preview = find<PreviewPane>("previewPane");
    m_window->reviewEditor()->importImageFiles({source});
    QTRY_VERIFY(editor->toPlainText().contains(QStringLiteral("](media/")));
    const QString text = editor->toPlainText();
    const QString reference = text.mid(text.indexOf(QStringLiteral("](")) + 2).section(QLatin1Char(')'), 0, 0);
    QVERIFY(QFile::exists(QDir(m_services->profile().rootPath()).filePath(reference)));
    QTRY_VERIFY(preview->toHtml().contains(QStringLiteral("<img")));
    QCOMPARE(preview->missingImages(), 0);
    const QVariant loaded = preview->loadResource(QTextDocument::ImageResource, QUrl(reference));
    QCOMPARE(qvariant_cast<QImage>(loaded).size(), QSize(64, 48));
}

void TestEditorWindow::pastedImageIsStored()
{
    newReview();
    auto* editor = find<MarkdownEditor>("markdownEditor");
    QImage image(20, 20, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QGuiApplication::clipboard()->setImage(image);
    if (!QGuiApplication::clipboard()->mimeData()->hasImage()) {
        QSKIP("This platform has no clipboard");
    }
    QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
    QTRY_VERIFY(editor->toPlainText().contains(QStringLiteral("-pasted.png)")));
    QVERIFY(!QDir(m_services->profile().mediaPath()).entryList({QStringLiteral("*-pasted.png")}).isEmpty());
}

void TestEditorWindow::missingImageIsShownAsMissing()
{
    newReview();
    auto* editor = find<MarkdownEditor>("markdownEditor");
    auto* preview = find<PreviewPane>("previewPane");
    QTest::keyClicks(editor, QStringLiteral("![gone](media/gone.png) and ![remote](https://example.org/x.png)"));
    QTRY_VERIFY(preview->missingImages() > 0);
    QVERIFY(preview->blockedRemoteLoads() > 0);
    const QImage placeholder = qvariant_cast<QImage>(preview->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("media/gone.png"))));
    QVERIFY(!placeholder.isNull());
}

void TestEditorWindow::spoilerCollapsedUntilClicked()
{
    newReview();
    auto* editor = find<MarkdownEditor>("markdownEditor");
    auto* preview = find<PreviewPane>("previewPane");
    editor->setPlainText(QStringLiteral("Before.\n\n> [!spoiler] The ending\n> Nobody escapes Hailsham.\n\nAfter."));
    QTRY_VERIFY(preview->toPlainText().contains(QStringLiteral("After.")));
    QVERIFY(preview->toPlainText().contains(QStringLiteral("The ending")));
    QVERIFY(!preview->toPlainText().contains(QStringLiteral("Nobody escapes")));
    Q_EMIT preview->anchorClicked(QUrl(QStringLiteral("longhand-spoiler:0")));
    QTRY_VERIFY(preview->toPlainText().contains(QStringLiteral("Nobody escapes")));
}

void TestEditorWindow::alsoLikeLinksKnownReview()
{
    newReview();
    QTest::keyClicks(find<QLineEdit>("titleEdit"), QStringLiteral("Tron Legacy"));
    m_window->reviewEditor()->session().saveNow();
    const qint64 tron = m_window->reviewEditor()->session().reviewId();
    newReview();
    QTRY_VERIFY(m_window->reviewEditor()->session().reviewId() != tron);
    QTest::keyClicks(find<QLineEdit>("titleEdit"), QStringLiteral("Never Let Me Go"));
    QTest::keyClicks(find<QLineEdit>("alsoLikeEdit"), QStringLiteral("tron legacy"));
    auto* preview = find<PreviewPane>("previewPane");
    QTRY_VERIFY(preview->toPlainText().contains(QStringLiteral("If you liked Never Let Me Go you may also like tron legacy")));
    QTRY_VERIFY(preview->toHtml().contains(PreviewPane::reviewLinkFor(tron)));
}

void TestEditorWindow::wordCountInStatusBar()
{
    newReview();
    auto* editor = find<MarkdownEditor>("markdownEditor");
    QTest::keyClicks(editor, QStringLiteral("One two three four five"));
    auto* label = find<QLabel>("wordCountLabel");
    QTRY_VERIFY(label->text().startsWith(QStringLiteral("5 ")));
    QVERIFY(label->text().contains(QStringLiteral("1 min")));
}

// A post the blog no longer has (found by a sync) opens with the sync's notice above the text; a review
// without one shows none.
void TestEditorWindow::deletedOnBlogNoticeShows()
{
    auto stored = m_services->storage().run([](Database& db) -> Result<qint64> {
        Site site;
        site.name = QStringLiteral("Film Notes");
        site.baseUrl = QUrl(QStringLiteral("https://films.example"));
        site.restRoot = QUrl(QStringLiteral("https://films.example/wp-json/"));
        site.userName = QStringLiteral("editor");
        auto siteId = SiteRepository(db).add(site);
        if (!siteId) {
            return siteId.error();
        }
        RemotePost remote;
        remote.id = 77;
        remote.title = QStringLiteral("Gone Review");
        remote.status = QStringLiteral("publish");
        remote.content = QStringLiteral("<p>Still here locally.</p>");
        remote.dateGmt = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
        remote.modifiedGmt = remote.dateGmt;
        if (auto upserted = SyncRepository(db).upsertPosts(siteId.value(), { remote }); !upserted) {
            return upserted.error();
        }
        GoneTexts texts;
        texts.deletedNotice = QStringLiteral("“%1” was deleted on the blog; this copy is kept here.");
        texts.trashedNotice = texts.deletedNotice;
        texts.outboxMessage = QStringLiteral("publish it again as a new post");
        auto gone = PostRepository(db).detachGoneFromBlog(siteId.value(), { 77 }, {}, texts);
        if (!gone) {
            return gone.error();
        }
        if (gone->size() != 1) {
            return Error::make(Error::Code::NotFound, QStringLiteral("expected one gone post"));
        }
        return gone->first().id;
    });
    m_services->storage().waitForIdle();
    QVERIFY2(stored.result().ok(), qPrintable(test::errorOf(stored.result())));
    auto* notice = find<QLabel>("reviewNotice");
    QVERIFY(notice->isHidden());

    m_window->reviewEditor()->session().open(stored.result().value());
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("“Gone Review” was deleted on the blog")), qPrintable(notice->text()));

    newReview();
    QTRY_VERIFY(notice->isHidden());
}

QTEST_MAIN(TestEditorWindow)
#include "tst_editorwindow.moc"
