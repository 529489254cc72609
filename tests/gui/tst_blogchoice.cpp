// Every review belongs to a chosen blog: a new review takes the last one chosen, the metadata panel's Blog field
// changes it until the review is first published (then it is shown, disabled), Publish queues it for that blog and
// never for another, and two blogs of the same name are told apart in the reviews list, the comment queue and the
// status bar. Adding a blog that is already connected adds nothing.
#include "core/Profile.h"
#include "core/accounts/AccountService.h"
#include "core/library/ReviewLibrary.h"
#include "core/settings/AppSettings.h"
#include "core/moderation/TriageRules.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/PublishRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/StorageExecutor.h"
#include "gui/AppServices.h"
#include "gui/MainWindow.h"
#include "gui/drafts/DraftListModel.h"
#include "gui/drafts/DraftsSidebar.h"
#include "gui/editor/MetadataPanel.h"
#include "gui/editor/ReviewEditorWidget.h"
#include "gui/editor/ReviewSession.h"
#include "gui/moderation/CommentQueueModel.h"
#include "gui/moderation/ModerationView.h"
#include "gui/status/BlogStatusBar.h"
#include "support/FakeBlog.h"
#include "support/FakeWordPress.h"
#include "support/TestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace longhand;
using namespace longhand::test;

namespace {

// A blog row without a secret: a push to it fails fast and what was queued for it stays queued.
qint64 addSite(AppServices& services, const QString& name, const QString& host)
{
    Site site;
    site.name = name;
    site.baseUrl = QUrl(QStringLiteral("https://%1/").arg(host));
    site.restRoot = QUrl(QStringLiteral("https://%1/wp-json/").arg(host));
    site.userName = QStringLiteral("editor");
    site.secretStore = Site::SecretStoreKind::File;
    auto added = services.storage().run([site](Database& db) { return SiteRepository(db).add(site); });
    services.storage().waitForIdle();
    return added.result().valueOr(0);
}

QList<OutboxEntry> outbox(AppServices& services, qint64 siteId)
{
    auto entries = services.storage().run([siteId](Database& db) { return PublishRepository(db).entries(siteId); });
    services.storage().waitForIdle();
    return entries.result().valueOr({});
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

// Chooses the item with this blog in the combo with the keyboard, as a writer would.
bool chooseWithKeys(QComboBox* combo, qint64 siteId)
{
    if (combo->findData(siteId) < 0 || !combo->isEnabled()) {
        return false;
    }
    combo->setFocus();
    // The list may change under the keys ("Choose a blog…" goes once a blog is chosen): look again after each.
    for (int keys = 0; keys < 20 && combo->currentData().toLongLong() != siteId; ++keys) {
        QTest::keyClick(combo, combo->currentIndex() < combo->findData(siteId) ? Qt::Key_Down : Qt::Key_Up);
    }
    return combo->currentData().toLongLong() == siteId;
}

} // namespace

class TestBlogChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newReviewTakesLastChosenBlog();
    void chosenBlogIsStoredAndQueued();
    void noBlogChosenIsNotPublishedAnywhere();
    void blogIsFixedOncePublished();
    void sameNamesAreToldApart();
    void sameBlogTwiceAddsNothing();
};

void TestBlogChoice::newReviewTakesLastChosenBlog()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    QVERIFY(profile.ensureExists().ok());
    AppServices services(profile);
    const qint64 books = addSite(services, QStringLiteral("Books"), QStringLiteral("books.example"));
    const qint64 films = addSite(services, QStringLiteral("Films"), QStringLiteral("films.example"));
    QVERIFY(books > 0 && films > 0);
    AppSettings::setLastBlog(services.settings(), films);
    MainWindow window(services);
    window.show();
    auto* combo = window.findChild<QComboBox*>(QStringLiteral("blogCombo"));
    QVERIFY(combo);
    QTRY_VERIFY(combo->findData(films) >= 0);

    window.findChild<QAction*>(QStringLiteral("actionNewReview"))->trigger();
    QTRY_VERIFY(window.reviewEditor()->session().hasReview());
    const qint64 first = window.reviewEditor()->session().reviewId();
    QCOMPARE(window.reviewEditor()->session().currentPost().siteId, films);
    QCOMPARE(combo->currentData().toLongLong(), films);
    QVERIFY(combo->isEnabled());
    QCOMPARE(stored(services, first).siteId, films);

    // The writer moves it to the other blog: remembered for the next review.
    QVERIFY(chooseWithKeys(combo, books));
    QCOMPARE(AppSettings::lastBlog(services.settings()), books);
    window.reviewEditor()->session().saveNow();
    QTRY_COMPARE(stored(services, first).siteId, books);
    window.findChild<QAction*>(QStringLiteral("actionNewReview"))->trigger();
    QTRY_VERIFY(window.reviewEditor()->session().reviewId() != first && window.reviewEditor()->session().hasReview());
    QCOMPARE(window.reviewEditor()->session().currentPost().siteId, books);
    QCOMPARE(combo->currentData().toLongLong(), books);
}

void TestBlogChoice::chosenBlogIsStoredAndQueued()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    QVERIFY(profile.ensureExists().ok());
    AppServices services(profile);
    const qint64 books = addSite(services, QStringLiteral("Books"), QStringLiteral("books.example"));
    const qint64 films = addSite(services, QStringLiteral("Films"), QStringLiteral("films.example"));
    MainWindow window(services);
    window.show();
    auto* combo = window.findChild<QComboBox*>(QStringLiteral("blogCombo"));
    QTRY_VERIFY(combo->findData(films) >= 0);
    window.findChild<QAction*>(QStringLiteral("actionNewReview"))->trigger();
    QTRY_VERIFY(window.reviewEditor()->session().hasReview());
    const qint64 id = window.reviewEditor()->session().reviewId();
    QCOMPARE(combo->currentData().toLongLong(), qint64(0)); // two blogs and none chosen yet: the writer chooses
    QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("titleEdit")), QStringLiteral("Stalker"));
    QVERIFY(chooseWithKeys(combo, films));
    QCOMPARE(combo->findData(qint64(0)), -1); // "Choose a blog…" goes once one is chosen
    window.reviewEditor()->session().saveNow();
    QTRY_COMPARE(stored(services, id).siteId, films); // offline, like the other metadata

    window.findChild<QAction*>(QStringLiteral("actionPublish"))->trigger();
    QTRY_COMPARE(int(outbox(services, films).size()), 1);
    QCOMPARE(outbox(services, films).constFirst().entityId, id);
    QCOMPARE(int(outbox(services, books).size()), 0);
    // Queued for its blog (a create may be on its way there): shown, no longer changed here.
    QTRY_VERIFY(!combo->isEnabled());
    QCOMPARE(combo->currentData().toLongLong(), films);
    QCOMPARE(stored(services, id).siteId, films);
    // Reopened while it waits in the outbox, it is still fixed.
    window.reviewEditor()->session().close();
    QTRY_VERIFY(!window.reviewEditor()->session().hasReview());
    window.reviewEditor()->session().open(id);
    QTRY_VERIFY(window.reviewEditor()->session().reviewId() == id);
    QTRY_VERIFY(!combo->isEnabled());
    QCOMPARE(combo->currentData().toLongLong(), films);
}

void TestBlogChoice::noBlogChosenIsNotPublishedAnywhere()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    QVERIFY(profile.ensureExists().ok());
    AppServices services(profile);
    const qint64 books = addSite(services, QStringLiteral("Books"), QStringLiteral("books.example"));
    const qint64 films = addSite(services, QStringLiteral("Films"), QStringLiteral("films.example"));
    MainWindow window(services);
    window.show();
    auto* combo = window.findChild<QComboBox*>(QStringLiteral("blogCombo"));
    QTRY_VERIFY(combo->findData(films) >= 0);
    window.findChild<QAction*>(QStringLiteral("actionNewReview"))->trigger();
    QTRY_VERIFY(window.reviewEditor()->session().hasReview());
    QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("titleEdit")), QStringLiteral("Mirror"));
    window.findChild<QAction*>(QStringLiteral("actionPublish"))->trigger();
    const auto asked = [&window] {
        const auto boxes = window.findChildren<QMessageBox*>(QStringLiteral("errorMessage"));
        return std::any_of(boxes.begin(), boxes.end(),
                           [](const QMessageBox* box) { return box->text().contains(QStringLiteral("Choose the blog")); });
    };
    QTRY_VERIFY(asked());
    QCOMPARE(int(outbox(services, books).size() + outbox(services, films).size()), 0);
}

void TestBlogChoice::blogIsFixedOncePublished()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    QVERIFY(profile.ensureExists().ok());
    FakeWordPress wordpress;
    AppServices services(profile);
    services.accounts().setNetworkFactory([&wordpress] { return wordpress.makeNetwork(); });
    const auto fake = connectFakeBlog(services.accounts());
    QVERIFY2(fake, qPrintable(errorOf(fake)));
    const qint64 other = addSite(services, QStringLiteral("Elsewhere"), QStringLiteral("elsewhere.example"));
    MainWindow window(services);
    window.show();
    auto* combo = window.findChild<QComboBox*>(QStringLiteral("blogCombo"));
    QTRY_VERIFY(combo->findData(other) >= 0);
    window.findChild<QAction*>(QStringLiteral("actionNewReview"))->trigger();
    QTRY_VERIFY(window.reviewEditor()->session().hasReview());
    QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("titleEdit")), QStringLiteral("Late Spring"));
    QTest::keyClicks(window.findChild<QPlainTextEdit*>(QStringLiteral("markdownEditor")), QStringLiteral("Some words."));
    QVERIFY(chooseWithKeys(combo, other)); // changed…
    QVERIFY(chooseWithKeys(combo, fake.value())); // …and changed back, before the first publish
    QVERIFY(combo->isEnabled());

    window.findChild<QAction*>(QStringLiteral("actionPublish"))->trigger();
    auto* link = window.findChild<QLabel*>(QStringLiteral("publishedLink"));
    QTRY_VERIFY_WITH_TIMEOUT(link->text().contains(QStringLiteral("late-spring")), 15000);
    QCOMPARE(wordpress.postCount(), 1);
    QTRY_VERIFY(!combo->isEnabled());
    QCOMPARE(combo->currentData().toLongLong(), fake.value());
    QVERIFY(combo->toolTip().contains(QStringLiteral("stays there")));

    // Reopened later, it is still fixed; and nothing the panel says moves it in the storage.
    const qint64 id = window.reviewEditor()->session().reviewId();
    window.reviewEditor()->session().close();
    window.reviewEditor()->session().open(id);
    QTRY_VERIFY(window.reviewEditor()->session().reviewId() == id);
    QTRY_VERIFY(!combo->isEnabled());
    Post moved = stored(services, id);
    moved.siteId = other;
    auto saved = services.reviews().save(moved);
    services.storage().waitForIdle();
    QTRY_VERIFY(saved.isFinished());
    QCOMPARE(stored(services, id).siteId, fake.value());
}

void TestBlogChoice::sameNamesAreToldApart()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    QVERIFY(profile.ensureExists().ok());
    AppServices services(profile);
    const qint64 first = addSite(services, QStringLiteral("My Blog"), QStringLiteral("books.example"));
    const qint64 second = addSite(services, QStringLiteral("My Blog"), QStringLiteral("films.example"));
    for (const qint64 siteId : {first, second}) {
        Post post;
        post.title = QStringLiteral("Review on %1").arg(siteId);
        post.siteId = siteId;
        auto created = services.reviews().create(post);
        QTRY_VERIFY(created.isFinished());
        QVERIFY(created.result());
    }
    for (const qint64 siteId : {first, second}) {
        RemoteComment comment;
        comment.id = 1;
        comment.post = 1;
        comment.authorName = QStringLiteral("Reader");
        comment.dateGmt = QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
        comment.content = QStringLiteral("<p>Held on blog %1.</p>").arg(siteId);
        comment.status = QStringLiteral("hold");
        auto upserted = services.storage().run(
            [siteId, comment](Database& db) { return CommentRepository(db).upsertComments(siteId, {comment}, TriageRules()); });
        services.storage().waitForIdle();
        QVERIFY(upserted.result());
    }
    MainWindow window(services);
    window.show();

    // The comment queue: the Post column names the blog.
    CommentQueueModel* queue = window.moderationView()->model();
    const auto postTexts = [queue] {
        QStringList texts;
        for (int row = 0; row < queue->rowCount(); ++row) {
            texts << queue->index(row, CommentQueueModel::PostColumn).data().toString()
                         + queue->index(row, CommentQueueModel::PostColumn).data(Qt::ToolTipRole).toString();
        }
        return texts.join(QLatin1Char('|'));
    };
    QTRY_COMPARE(queue->rowCount(), 2);
    QTRY_VERIFY2(postTexts().contains(QStringLiteral("My Blog (books.example)")) && postTexts().contains(QStringLiteral("My Blog (films.example)")),
                 qPrintable(postTexts()));

    // The reviews list.
    DraftListModel* model = window.sidebar()->model();
    const auto rowText = [model](const QString& title) -> QString {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString text = model->index(row, 0).data().toString();
            if (text.startsWith(title)) {
                return text + QLatin1Char('|') + model->index(row, 0).data(Qt::ToolTipRole).toString();
            }
        }
        return QString();
    };
    QTRY_VERIFY(rowText(QStringLiteral("Review on %1").arg(first)).contains(QStringLiteral("My Blog (books.example)")));
    QVERIFY(rowText(QStringLiteral("Review on %1").arg(second)).contains(QStringLiteral("My Blog (films.example)")));

    // The status bar.
    auto* firstStatus = window.findChild<QLabel*>(QStringLiteral("blogStatus-%1").arg(first));
    auto* secondStatus = window.findChild<QLabel*>(QStringLiteral("blogStatus-%1").arg(second));
    QTRY_VERIFY(firstStatus && secondStatus);
    QTRY_VERIFY(firstStatus->text().contains(QStringLiteral("books.example")));
    QVERIFY(secondStatus->text().contains(QStringLiteral("films.example")));
    QVERIFY(firstStatus->accessibleName() != secondStatus->accessibleName());

    // The comment queue's blog filter, and the Blog field.
    auto* filter = window.moderationView()->findChild<QComboBox*>(QStringLiteral("siteFilter"));
    QVERIFY(filter);
    QTRY_VERIFY(filter->findData(second) >= 0);
    QVERIFY(filter->itemText(filter->findData(first)) != filter->itemText(filter->findData(second)));
    auto* combo = window.findChild<QComboBox*>(QStringLiteral("blogCombo"));
    QTRY_VERIFY(combo->findData(second) >= 0);
    QCOMPARE(combo->itemText(combo->findData(second)), QStringLiteral("My Blog (films.example)"));
}

void TestBlogChoice::sameBlogTwiceAddsNothing()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    QVERIFY(profile.ensureExists().ok());
    FakeWordPress wordpress;
    AppServices services(profile);
    services.accounts().setNetworkFactory([&wordpress] { return wordpress.makeNetwork(); });
    QVERIFY(connectFakeBlog(services.accounts()));
    const int signInsBefore = int(wordpress.requested.size());
    NewAccount again;
    again.siteUrl = QStringLiteral("BLOG.example/"); // another spelling of https://blog.example
    again.userName = QStringLiteral("Admin");
    again.password = QStringLiteral("secret");
    again.secretStore = SecretStore::Kind::File;
    auto added = services.accounts().addAccount(again);
    QTRY_VERIFY(added.isFinished());
    QVERIFY(!added.result());
    QVERIFY(added.result().error().code == Error::Code::AlreadyConnected);
    QVERIFY2(added.result().error().message.contains(QStringLiteral("already connected")), qPrintable(added.result().error().message));
    for (const QUrl& url : wordpress.requested.mid(signInsBefore)) {
        QVERIFY2(!url.toString().contains(QStringLiteral("users/me")), qPrintable(url.toString())); // refused before signing in
    }
    auto sites = services.accounts().sites();
    QTRY_VERIFY(sites.isFinished());
    QCOMPARE(int(sites.result().value().size()), 1);
}

QTEST_MAIN(TestBlogChoice)
#include "tst_blogchoice.moc"
