// Avatars in the comment queue are opt-in: browsing the queue with them off (the default) asks Gravatar
// nothing; turned on in the settings, the commenter card shows the picture fetched once for the
// commenter's email (a fake Gravatar here: the address is injected).
#include "core/Profile.h"
#include "core/moderation/TriageRules.h"
#include "core/remote/AvatarFetcher.h"
#include "core/settings/AppSettings.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/StorageExecutor.h"
#include "core/storage/SyncRepository.h"
#include "gui/AppServices.h"
#include "gui/MainWindow.h"
#include "gui/moderation/CommentDetailPane.h"
#include "gui/moderation/CommentQueueView.h"
#include "gui/moderation/ModerationView.h"
#include "support/FakeNetwork.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

class TestCommenterAvatar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offByDefaultThenShown();
};

void TestCommenterAvatar::offByDefaultThenShown()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    QVERIFY(profile.ensureExists().ok());
    AppServices services(profile);
    auto seeded = services.storage().run([](Database& db) -> Status {
        Site site;
        site.name = QStringLiteral("Film Notes");
        site.baseUrl = QUrl(QStringLiteral("https://films.example"));
        site.restRoot = QUrl(QStringLiteral("https://films.example/wp-json/"));
        site.userName = QStringLiteral("editor");
        site.secretStore = Site::SecretStoreKind::File;
        auto siteId = SiteRepository(db).add(site);
        if (!siteId) {
            return siteId.error();
        }
        RemotePost post;
        post.id = 1;
        post.title = QStringLiteral("Review");
        post.status = QStringLiteral("publish");
        post.dateGmt = post.modifiedGmt = QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
        if (auto stored = SyncRepository(db).upsertPosts(siteId.value(), {post}); !stored) {
            return stored.error();
        }
        QList<RemoteComment> comments;
        for (int i = 0; i < 3; ++i) {
            RemoteComment c;
            c.id = i + 1;
            c.post = 1;
            c.authorName = QStringLiteral("Reader %1").arg(i);
            c.authorEmail = QStringLiteral("reader%1@example.com").arg(i);
            c.dateGmt = post.dateGmt.addSecs(i * 60);
            c.content = QStringLiteral("<p>Comment %1</p>").arg(i);
            c.status = QStringLiteral("hold");
            comments.append(c);
        }
        auto upserted = CommentRepository(db).upsertComments(siteId.value(), comments, TriageRules());
        return upserted ? Status() : Status(upserted.error());
    });
    services.storage().waitForIdle();
    QVERIFY2(seeded.result().ok(), qPrintable(errorOf(seeded.result())));

    MainWindow window(services);
    const QByteArray png = [] {
        QImage image(80, 80, QImage::Format_RGB32);
        image.fill(QColor(200, 30, 30));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }();
    auto* gravatar = new FakeNetworkAccessManager([png](const FakeRequest&) { return FakeResponse {200, png, {}}; });
    auto requests = gravatar->requestLog();
    window.avatars()->setBaseUrl(QUrl(QStringLiteral("http://avatars.test/avatar/")));
    window.avatars()->setNetworkAccessManager(gravatar);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier); // View ▸ Comments
    QTRY_VERIFY(window.isShowingComments());
    QTRY_VERIFY(window.moderationView()->detail()->comment().has_value());
    auto* avatar = window.findChild<QLabel*>(QStringLiteral("commenterAvatar"));
    QVERIFY(avatar);

    // Off by default: walk the queue; nothing is asked.
    auto* queue = window.findChild<CommentQueueView*>(QStringLiteral("commentQueue"));
    const qint64 top = window.moderationView()->detail()->comment()->id;
    QTest::keyClick(queue, Qt::Key_J);
    QTRY_VERIFY(window.moderationView()->detail()->comment()->id != top);
    QTest::keyClick(queue, Qt::Key_K);
    QTRY_COMPARE(window.moderationView()->detail()->comment()->id, top);
    QTest::qWait(200);
    QCOMPARE(requests->size(), 0);
    QCOMPARE(avatar->accessibleName(), QStringLiteral("Avatar placeholder"));

    // Turned on (Settings ▸ Moderation writes this key; applySettings is what OK and Apply call).
    services.settings().setValue(AppSettings::avatarsKey(), true);
    window.applySettings();
    QTRY_COMPARE(requests->size(), 1);
    const QString email = window.moderationView()->detail()->comment()->authorEmail;
    QCOMPARE(requests->first().url.path(), QStringLiteral("/avatar/%1").arg(AvatarFetcher::hashFor(email)));
    QTRY_VERIFY(avatar->accessibleName().startsWith(QStringLiteral("Avatar of Reader")));
    QCOMPARE(avatar->pixmap().toImage().pixelColor(20, 20), QColor(200, 30, 30));

    // Another commenter: one more request; back to the first: none (kept in memory and in the profile).
    const qint64 first = window.moderationView()->detail()->comment()->id;
    QTest::keyClick(queue, Qt::Key_J);
    QTRY_VERIFY(window.moderationView()->detail()->comment()->id != first);
    QTRY_COMPARE(requests->size(), 2);
    QTest::keyClick(queue, Qt::Key_K);
    QTRY_COMPARE(window.moderationView()->detail()->comment()->id, first);
    QTest::qWait(100);
    QCOMPARE(requests->size(), 2);
    QVERIFY(QFile::exists(QDir(dir.path()).filePath(QStringLiteral("avatars/%1.png").arg(AvatarFetcher::hashFor(email)))));
}

QTEST_MAIN(TestCommenterAvatar)
#include "tst_commenteravatar.moc"
