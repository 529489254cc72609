// One commenter across blogs (issue 16, item 5): the commenter card counts their comments on every connected
// blog (same email, or IP without one), and "Show All Their Comments" lists them all at once, whatever blog
// and status; the filter's button in the bar lists everyone's again.
#include "GuiFixture.h"
#include "gui/MainWindow.h"
#include "gui/moderation/CommentQueueModel.h"
#include "gui/moderation/CommentQueueView.h"
#include "gui/moderation/ModerationView.h"
#include "gui/moderation/QueueFilterBar.h"

#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QTranslator>

using namespace longhand;

class TestCommentEverywhere : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storageCountsEveryBlog();
    void cardCountsAndQueueShowsThemAll();

private:
    static bool addSecondBlog(test::GuiFixture& fixture);
    QTranslator m_english; // the plural forms, as the app loads them
};

void TestCommentEverywhere::initTestCase()
{
    QVERIFY(m_english.load(QStringLiteral("longhand_en"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&m_english);
}

bool TestCommentEverywhere::addSecondBlog(test::GuiFixture& fixture)
{
    auto added = fixture.services->storage().run([](Database& db) -> Result<qint64> {
        Site site;
        site.name = QStringLiteral("Second Blog");
        site.baseUrl = QUrl(QStringLiteral("https://second.example"));
        site.restRoot = QUrl(QStringLiteral("https://second.example/wp-json/"));
        site.userName = QStringLiteral("editor");
        site.userId = 1;
        site.secretStore = Site::SecretStoreKind::File;
        auto siteId = SiteRepository(db).add(site);
        if (!siteId) {
            return siteId.error();
        }
        QList<RemoteComment> comments;
        for (int i = 0; i < 3; ++i) {
            RemoteComment c;
            c.id = 100 + i;
            c.post = 1;
            c.authorName = i < 2 ? QStringLiteral("Reader 0") : QStringLiteral("Somebody Else");
            c.authorEmail = i < 2 ? QStringLiteral("reader0@example.com") : QStringLiteral("else@example.com");
            c.authorIp = QStringLiteral("198.51.100.%1").arg(i + 1);
            c.dateGmt = QDateTime(QDate(2024, 4, 1), QTime(9, 0), Qt::UTC).addSecs(i * 60);
            c.content = QStringLiteral("<p>On the second blog, %1.</p>").arg(i);
            c.status = i == 1 ? QStringLiteral("spam") : QStringLiteral("approved");
            comments.append(c);
        }
        if (auto stored = CommentRepository(db).upsertComments(siteId.value(), comments, TriageRules()); !stored) {
            return stored.error();
        }
        return siteId.value();
    });
    fixture.services->storage().waitForIdle();
    return added.result().ok();
}

void TestCommentEverywhere::storageCountsEveryBlog()
{
    test::GuiFixture fixture;
    QVERIFY(fixture.seed());
    QVERIFY(addSecondBlog(fixture));
    auto stats = fixture.services->storage().run([](Database& db) -> Result<CommenterStats> {
        auto comment = CommentRepository(db).byRemoteId(1, 1); // Reader 0 on the first blog
        if (!comment || !comment.value()) {
            return Error::make(Error::Code::NotFound, QStringLiteral("no comment 1"));
        }
        return CommentRepository(db).commenterStats(**comment);
    });
    fixture.services->storage().waitForIdle();
    QVERIFY2(stats.result(), qPrintable(test::errorOf(stats.result())));
    const CommenterStats s = stats.result().value();
    QCOMPARE(s.byEmail.total(), 1); // this blog
    QCOMPARE(s.blogsConnected, 2);
    QCOMPARE(s.blogsWithComments, 2);
    QCOMPARE(s.onAllBlogs.total(), 3);
    QCOMPARE(s.onAllBlogs.spam, 1);
    // The queue's filter for one commenter: every blog, every status, that email only.
    auto ids = fixture.services->storage().run([](Database& db) {
        CommentFilter filter;
        filter.commenter = QStringLiteral("reader0@example.com");
        return CommentRepository(db).ids(filter);
    });
    fixture.services->storage().waitForIdle();
    QCOMPARE(ids.result().value().size(), 3);
}

void TestCommentEverywhere::cardCountsAndQueueShowsThemAll()
{
    test::GuiFixture fixture;
    QVERIFY(fixture.seed());
    QVERIFY(addSecondBlog(fixture));
    MainWindow window(*fixture.services);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier); // View ▸ Comments
    QTRY_VERIFY(window.isShowingComments());
    ModerationView* view = window.moderationView();
    QTRY_COMPARE(view->model()->rowCount(), test::GuiFixture::kPending);
    const auto findRow = [view] {
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const Comment* c = view->model()->commentAt(r); // loads the rows as they are asked for
            if (c && c->authorEmail == QLatin1String("reader0@example.com")) {
                return r;
            }
        }
        return -1;
    };
    int row = -1;
    QTRY_VERIFY((row = findRow()) >= 0);
    view->queue()->setCurrentIndex(view->model()->index(row, 0));
    auto* everywhere = view->findChild<QLabel*>(QStringLiteral("commenterAllBlogs"));
    QVERIFY(everywhere);
    QTRY_VERIFY2(everywhere->text().startsWith(QStringLiteral("3 comments on 2 of 2 blogs")), qPrintable(everywhere->text()));
    QVERIFY(everywhere->isVisible());

    auto* showAll = view->findChild<QPushButton*>(QStringLiteral("commenterShowAll"));
    QVERIFY(showAll && showAll->isVisible());
    QTest::mouseClick(showAll, Qt::LeftButton);
    QTRY_COMPARE(view->model()->rowCount(), 3); // one pending here, one approved and one spam on the second blog
    for (int r = 0; r < 3; ++r) {
        QTRY_VERIFY(view->model()->commentAt(r));
        QCOMPARE(view->model()->commentAt(r)->authorEmail, QStringLiteral("reader0@example.com"));
    }
    auto* chip = view->findChild<QToolButton*>(QStringLiteral("commenterFilter"));
    QVERIFY(chip && chip->isVisible());
    QVERIFY(chip->text().contains(QStringLiteral("reader0@example.com")));
    QTest::mouseClick(chip, Qt::LeftButton); // everyone again (every status, every blog: the fixture's 12 and 3)
    QTRY_COMPARE(view->model()->rowCount(), test::GuiFixture::kComments + 3);
    QVERIFY(!chip->isVisible());
}

QTEST_MAIN(TestCommentEverywhere)
#include "tst_commenteverywhere.moc"
