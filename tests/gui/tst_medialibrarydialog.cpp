// The Media Library dialog (issue 15, item 3), driven from the review editor with the keyboard: it opens with
// Ctrl+Shift+M, lists the blog's images newest first with a cached thumbnail (a placeholder for the others: the
// blog here cannot be reached), searches by alt text and by month, inserts an image as Markdown with its alt text
// at the cursor, and sets another as the featured image (by its id on the blog, nothing uploaded). A sync that ends
// while it is open brings the new images into its list, keeping the search and the selection (issue 15).
#include "core/Profile.h"
#include "core/library/ReviewLibrary.h"
#include "core/media/ThumbnailCache.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/StorageExecutor.h"
#include "core/storage/SyncRepository.h"
#include "gui/AppServices.h"
#include "gui/MainWindow.h"
#include "gui/accounts/SyncController.h"
#include "gui/editor/MarkdownEditor.h"
#include "gui/editor/MediaLibraryDialog.h"
#include "gui/editor/ReviewEditorWidget.h"
#include "gui/editor/ReviewSession.h"
#include "support/TestSupport.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;

namespace {

// Nothing listens there: a thumbnail fetch fails at once, as offline.
const QString kBlog = QStringLiteral("https://127.0.0.1:1");

qint64 addSite(AppServices& services)
{
    Site site;
    site.name = QStringLiteral("Films");
    site.baseUrl = QUrl(kBlog + QLatin1Char('/'));
    site.restRoot = QUrl(kBlog + QStringLiteral("/wp-json/"));
    site.userName = QStringLiteral("editor");
    site.secretStore = Site::SecretStoreKind::File;
    auto added = services.storage().run([site](Database& db) { return SiteRepository(db).add(site); });
    services.storage().waitForIdle();
    return added.result().valueOr(0);
}

RemoteMedia image(qint64 id, const QString& file, const QDate& day, const QString& title, const QString& alt)
{
    RemoteMedia media;
    media.id = id;
    media.sourceUrl = kBlog + QStringLiteral("/wp-content/uploads/") + file;
    media.mimeType = QStringLiteral("image/jpeg");
    media.title = title;
    media.altText = alt;
    media.uploadedGmt = QDateTime(day, QTime(12, 0), Qt::UTC);
    media.width = 1200;
    media.height = 800;
    return media;
}

Post stored(AppServices& services, qint64 postId)
{
    auto post = services.reviews().load(postId);
    services.storage().waitForIdle();
    if (!QTest::qWaitFor([&] { return post.isFinished(); }, 5000)) {
        return Post {};
    }
    return post.result().valueOr(Post {});
}

} // namespace

class TestMediaLibraryDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void insertAndSetFeatured();
    void refreshesAfterASync();
};

void TestMediaLibraryDialog::insertAndSetFeatured()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    QVERIFY(profile.ensureExists().ok());
    AppServices services(profile);
    const qint64 site = addSite(services);
    QVERIFY(site > 0);
    const QList<RemoteMedia> media {
        image(11, QStringLiteral("stalker.jpg"), QDate(2026, 10, 3), QStringLiteral("Stalker poster"), QStringLiteral("Three men in the Zone")),
        image(12, QStringLiteral("solaris.jpg"), QDate(2026, 11, 14), QStringLiteral("Solaris still"), QStringLiteral("Kelvin on the station")),
        image(13, QStringLiteral("mirror.jpg"), QDate(2026, 12, 1), QStringLiteral("Mirror"), QString()),
    };
    auto synced = services.storage().run([site, media](Database& db) { return SyncRepository(db).upsertMedia(site, media); });
    services.storage().waitForIdle();
    QVERIFY(synced.result());
    // One thumbnail was fetched on an earlier day: shown offline.
    QImage cached(60, 40, QImage::Format_RGB32);
    cached.fill(QColor(200, 30, 30));
    QVERIFY(QDir().mkpath(ThumbnailCache::folder(profile.rootPath())));
    QVERIFY(cached.save(QDir(ThumbnailCache::folder(profile.rootPath())).filePath(QStringLiteral("%1-12.png").arg(site)), "PNG"));

    MainWindow window(services);
    window.show();
    window.findChild<QAction*>(QStringLiteral("actionNewReview"))->trigger();
    QTRY_VERIFY(window.reviewEditor()->session().hasReview());
    const qint64 postId = window.reviewEditor()->session().reviewId();
    MarkdownEditor* editor = window.reviewEditor()->editor();
    QTest::keyClicks(editor, QStringLiteral("Opening line."));

    // Ctrl+Shift+M opens it; the newest image comes first.
    QTest::keyClick(editor, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    MediaLibraryDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<MediaLibraryDialog*>(QStringLiteral("mediaLibraryDialog"))) != nullptr);
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("mediaList"));
    auto* search = dialog->findChild<QLineEdit*>(QStringLiteral("mediaSearchEdit"));
    QVERIFY(list && search);
    QTRY_COMPARE(list->count(), 3);
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("Mirror")));
    QVERIFY(list->item(1)->text().startsWith(QStringLiteral("Solaris still")));
    // The cached thumbnail is shown (red); the others keep the placeholder.
    const auto centre = [](const QListWidgetItem* item) {
        const QImage shown = item->icon().pixmap(ThumbnailCache::kEdge).toImage();
        return shown.isNull() ? QColor() : shown.pixelColor(shown.width() / 2, shown.height() / 2);
    };
    QTRY_COMPARE(centre(list->item(1)), QColor(200, 30, 30));
    QVERIFY(centre(list->item(0)) != QColor(200, 30, 30));

    // Search by alt text, then Return: the list has the focus, Return again inserts.
    QVERIFY(search->hasFocus() || (search->setFocus(), true));
    QTest::keyClicks(search, QStringLiteral("kelvin"));
    QTRY_COMPARE(list->count(), 1);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("mediaDetails"))->text().contains(QStringLiteral("Kelvin on the station")));
    if (const QString shots = qEnvironmentVariable("LONGHAND_SCREENSHOT_DIR"); !shots.isEmpty()) {
        search->clear();
        QTRY_COMPARE(list->count(), 3);
        dialog->grab().save(QDir(shots).filePath(QStringLiteral("media-library.png")));
        QTest::keyClicks(search, QStringLiteral("kelvin"));
        QTRY_COMPARE(list->count(), 1);
    }
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(list->hasFocus() || QApplication::focusWidget() == list);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(window.findChild<MediaLibraryDialog*>(QStringLiteral("mediaLibraryDialog")) == nullptr);
    QVERIFY2(editor->toPlainText().contains(QStringLiteral("![Kelvin on the station](%1/wp-content/uploads/solaris.jpg)").arg(kBlog)),
             qPrintable(editor->toPlainText()));

    // Again, by month: October has one image; Set as Featured Image with its mnemonic.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(editor, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY((dialog = window.findChild<MediaLibraryDialog*>(QStringLiteral("mediaLibraryDialog"))) != nullptr);
    list = dialog->findChild<QListWidget*>(QStringLiteral("mediaList"));
    search = dialog->findChild<QLineEdit*>(QStringLiteral("mediaSearchEdit"));
    QTRY_COMPARE(list->count(), 3);
    QTest::keyClicks(search, QStringLiteral("2026-10"));
    QTRY_COMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("Stalker poster")));
    QTest::keyClick(dialog, Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(window.findChild<MediaLibraryDialog*>(QStringLiteral("mediaLibraryDialog")) == nullptr);
    window.reviewEditor()->session().saveNow();
    QTRY_COMPARE(stored(services, postId).featuredMediaId, qint64(11));
    QVERIFY(stored(services, postId).featuredImage.isEmpty()); // nothing of the profile's to upload
    auto* featuredPreview = window.findChild<QLabel*>(QStringLiteral("featuredImagePreview"));
    QTRY_VERIFY(featuredPreview->text().contains(QStringLiteral("Stalker poster"))); // no thumbnail: its name

    // An image whose thumbnail the profile holds: the panel shows it.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(editor, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY((dialog = window.findChild<MediaLibraryDialog*>(QStringLiteral("mediaLibraryDialog"))) != nullptr);
    list = dialog->findChild<QListWidget*>(QStringLiteral("mediaList"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("mediaSearchEdit")), QStringLiteral("solaris"));
    QTRY_COMPARE(list->count(), 1);
    QTest::keyClick(dialog, Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(!featuredPreview->pixmap().isNull());
    const QImage shown = featuredPreview->pixmap().toImage();
    QCOMPARE(shown.pixelColor(shown.width() / 2, shown.height() / 2), QColor(200, 30, 30));
    window.reviewEditor()->session().saveNow();
    QTRY_COMPARE(stored(services, postId).featuredMediaId, qint64(12));
}

void TestMediaLibraryDialog::refreshesAfterASync()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    QVERIFY(profile.ensureExists().ok());
    AppServices services(profile);
    const qint64 site = addSite(services);
    QVERIFY(site > 0);
    const auto store = [&services, site](const QList<RemoteMedia>& media) {
        auto synced = services.storage().run([site, media](Database& db) { return SyncRepository(db).upsertMedia(site, media); });
        services.storage().waitForIdle();
        return synced.result().ok();
    };
    QVERIFY(store({image(11, QStringLiteral("stalker.jpg"), QDate(2026, 10, 3), QStringLiteral("Stalker poster"), QString()),
                   image(15, QStringLiteral("alien.jpg"), QDate(2026, 9, 1), QStringLiteral("Alien poster"), QString()),
                   image(12, QStringLiteral("solaris.jpg"), QDate(2026, 11, 14), QStringLiteral("Solaris still"), QString())}));

    MainWindow window(services);
    window.show();
    window.findChild<QAction*>(QStringLiteral("actionNewReview"))->trigger();
    QTRY_VERIFY(window.reviewEditor()->session().hasReview());
    MarkdownEditor* editor = window.reviewEditor()->editor();
    QTest::keyClick(editor, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    MediaLibraryDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<MediaLibraryDialog*>(QStringLiteral("mediaLibraryDialog"))) != nullptr);
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("mediaList"));
    auto* search = dialog->findChild<QLineEdit*>(QStringLiteral("mediaSearchEdit"));
    QVERIFY(list && search);
    QTRY_COMPARE(list->count(), 3);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("poster"));
    QTRY_COMPARE(list->count(), 2);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Right); // the second image: Alien poster
    QTRY_VERIFY(list->currentItem() && list->currentItem()->text().startsWith(QStringLiteral("Alien poster")));

    // A sync stores new media while the dialog is open (one matches the search, one does not), then ends.
    QVERIFY(store({image(16, QStringLiteral("nosferatu.jpg"), QDate(2026, 12, 6), QStringLiteral("Nosferatu poster"), QString()),
                   image(17, QStringLiteral("vertigo.jpg"), QDate(2026, 12, 5), QStringLiteral("Vertigo still"), QString())}));
    auto* sync = window.findChild<SyncController*>();
    QVERIFY(sync);
    QSignalSpy shown(dialog, &MediaLibraryDialog::listShown);
    Q_EMIT sync->siteSynced(site, Status());
    QTRY_COMPARE(list->count(), 3);
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("Nosferatu poster")));
    QCOMPARE(search->text(), QStringLiteral("poster"));
    QVERIFY(list->currentItem() && list->currentItem()->text().startsWith(QStringLiteral("Alien poster")));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("mediaDetails"))->text().contains(QStringLiteral("alien.jpg")));

    // A sync that brought nothing new leaves the list as it is; a sync of another blog does not ask.
    shown.clear();
    QListWidgetItem* first = list->item(0);
    Q_EMIT sync->siteSynced(site, Status());
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(list->item(0), first);
    QVERIFY(list->currentItem()->text().startsWith(QStringLiteral("Alien poster")));
    Q_EMIT sync->siteSynced(site + 1, Status());
    QTest::qWait(100);
    QCOMPARE(shown.count(), 1);
}

QTEST_MAIN(TestMediaLibraryDialog)
#include "tst_medialibrarydialog.moc"
