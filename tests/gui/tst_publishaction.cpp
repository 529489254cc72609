// The Publish action says what it will do with the status chosen in the metadata panel (Publish, Schedule,
// Submit for Review, Save Draft to Blog, Publish Privately), and what it sends is that status (fake WordPress).
#include "core/Profile.h"
#include "core/accounts/AccountService.h"
#include "core/storage/MediaStore.h"
#include "gui/AppServices.h"
#include "gui/MainWindow.h"
#include "gui/editor/MetadataPanel.h"
#include "gui/editor/ReviewEditorWidget.h"
#include "gui/editor/ReviewSession.h"
#include "support/FakeBlog.h"
#include "support/FakeWordPress.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

class TestPublishAction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textForEachStatus_data();
    void textForEachStatus();
    void actionFollowsTheStatusAndSendsIt_data();
    void actionFollowsTheStatusAndSendsIt();
    void contributorSubmitsForReview();
    void webFeaturedImageIsShown();
    void unchangedFieldsStayExact();
};

void TestPublishAction::textForEachStatus_data()
{
    QTest::addColumn<PostStatus>("status");
    QTest::addColumn<int>("daysAhead"); // 0: no date
    QTest::addColumn<QString>("text");
    QTest::addRow("draft") << PostStatus::Draft << 0 << QStringLiteral("Save &Draft to Blog");
    QTest::addRow("pending") << PostStatus::Pending << 0 << QStringLiteral("Submit for &Review");
    QTest::addRow("pending, dated") << PostStatus::Pending << 3 << QStringLiteral("Submit for &Review");
    QTest::addRow("private") << PostStatus::Private << 0 << QStringLiteral("Publish &Privately");
    QTest::addRow("publish") << PostStatus::Publish << 0 << QStringLiteral("&Publish");
    QTest::addRow("publish, dated ahead") << PostStatus::Publish << 3 << QStringLiteral("&Schedule");
    QTest::addRow("publish, dated before") << PostStatus::Publish << -3 << QStringLiteral("&Publish");
    QTest::addRow("future") << PostStatus::Future << 3 << QStringLiteral("&Schedule");
}

// An account that may not publish (a contributor) is offered Submit for Review, and that is what is sent.
void TestPublishAction::contributorSubmitsForReview()
{
    const QDateTime now(QDate(2026, 12, 6), QTime(21, 0), Qt::UTC);
    QCOMPARE(MetadataPanel::publishActionText(PostStatus::Publish, {}, now, false), QStringLiteral("Submit for &Review"));
    QCOMPARE(MetadataPanel::publishActionText(PostStatus::Private, {}, now, false), QStringLiteral("Submit for &Review"));
    QCOMPARE(MetadataPanel::publishActionText(PostStatus::Draft, {}, now, false), QStringLiteral("Save &Draft to Blog"));

    QTemporaryDir dir;
    Profile profile(dir.path());
    QVERIFY(profile.ensureExists().ok());
    FakeWordPress wordpress;
    wordpress.roles = {QStringLiteral("contributor")};
    AppServices services(profile);
    services.accounts().setNetworkFactory([&wordpress] { return wordpress.makeNetwork(); });
    QVERIFY(connectFakeBlog(services.accounts()));
    MainWindow window(services);
    window.show();
    auto* publish = window.findChild<QAction*>(QStringLiteral("actionPublish"));
    window.findChild<QAction*>(QStringLiteral("actionNewReview"))->trigger();
    QTRY_VERIFY(window.reviewEditor()->session().hasReview());
    QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("titleEdit")), QStringLiteral("Floating Weeds"));
    QTest::keyClicks(window.findChild<QPlainTextEdit*>(QStringLiteral("markdownEditor")), QStringLiteral("Rain."));
    auto* status = window.findChild<QComboBox*>(QStringLiteral("statusCombo"));
    status->setFocus();
    QTest::keyClick(status, Qt::Key_End);
    QCOMPARE(status->currentData().toString(), QStringLiteral("publish"));
    QTRY_COMPARE(publish->text(), QStringLiteral("Submit for &Review"));
    publish->trigger();
    auto* link = window.findChild<QLabel*>(QStringLiteral("publishedLink"));
    QTRY_VERIFY_WITH_TIMEOUT(link->text().contains(QStringLiteral("floating-weeds")), 15000);
    QCOMPARE(wordpress.post(1).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
}

void TestPublishAction::textForEachStatus()
{
    QFETCH(PostStatus, status);
    QFETCH(int, daysAhead);
    QFETCH(QString, text);
    const QDateTime now(QDate(2026, 12, 6), QTime(21, 0), Qt::UTC);
    QCOMPARE(MetadataPanel::publishActionText(status, daysAhead == 0 ? QDateTime() : now.addDays(daysAhead), now), text);
}

void TestPublishAction::actionFollowsTheStatusAndSendsIt_data()
{
    QTest::addColumn<int>("downs"); // key presses down the status list from Draft
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sent");
    QTest::addColumn<QString>("told"); // what the status bar says was done
    QTest::addRow("draft") << 0 << QStringLiteral("Save &Draft to Blog") << QStringLiteral("draft") << QStringLiteral("Draft saved to the blog:");
    QTest::addRow("pending") << 1 << QStringLiteral("Submit for &Review") << QStringLiteral("pending") << QStringLiteral("Submitted for review:");
    QTest::addRow("private") << 2 << QStringLiteral("Publish &Privately") << QStringLiteral("private") << QStringLiteral("Published privately:");
    QTest::addRow("publish") << 3 << QStringLiteral("&Publish") << QStringLiteral("publish") << QStringLiteral("Published:");
}

void TestPublishAction::actionFollowsTheStatusAndSendsIt()
{
    QFETCH(int, downs);
    QFETCH(QString, text);
    QFETCH(QString, sent);
    QFETCH(QString, told);
    QTemporaryDir dir;
    Profile profile(dir.path());
    QVERIFY(profile.ensureExists().ok());
    FakeWordPress wordpress;
    AppServices services(profile);
    services.accounts().setNetworkFactory([&wordpress] { return wordpress.makeNetwork(); });
    QVERIFY(connectFakeBlog(services.accounts()));
    MainWindow window(services);
    window.show();
    auto* publish = window.findChild<QAction*>(QStringLiteral("actionPublish"));
    QVERIFY(publish);
    window.findChild<QAction*>(QStringLiteral("actionNewReview"))->trigger();
    QTRY_VERIFY(window.reviewEditor()->session().hasReview());
    QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("titleEdit")), QStringLiteral("Late Spring"));
    QTest::keyClicks(window.findChild<QPlainTextEdit*>(QStringLiteral("markdownEditor")), QStringLiteral("Some *words*."));
    auto* status = window.findChild<QComboBox*>(QStringLiteral("statusCombo"));
    QVERIFY(status);
    QCOMPARE(status->currentData().toString(), QStringLiteral("draft")); // a new review
    QCOMPARE(publish->text(), QStringLiteral("Save &Draft to Blog"));
    status->setFocus();
    for (int i = 0; i < downs; ++i) {
        QTest::keyClick(status, Qt::Key_Down);
    }
    QCOMPARE(status->currentData().toString(), sent);
    QCOMPARE(publish->text(), text);
    if (sent == QLatin1String("publish")) {
        // Dated ahead, the same action schedules.
        auto* dated = window.findChild<QCheckBox*>(QStringLiteral("scheduleCheck"));
        dated->setFocus();
        QTest::keyClick(dated, Qt::Key_Space);
        QCOMPARE(publish->text(), QStringLiteral("&Schedule"));
        QTest::keyClick(dated, Qt::Key_Space);
        QCOMPARE(publish->text(), QStringLiteral("&Publish"));
    }

    publish->trigger();
    auto* link = window.findChild<QLabel*>(QStringLiteral("publishedLink"));
    QTRY_VERIFY_WITH_TIMEOUT(link->text().contains(QStringLiteral("late-spring")), 15000);
    QVERIFY2(link->text().startsWith(told), qPrintable(link->text()));
    QCOMPARE(wordpress.postCount(), 1);
    QCOMPARE(wordpress.post(1).value(QStringLiteral("status")).toString(), sent);
    // Published, the review keeps the status the blog has, and so does the action.
    QTRY_COMPARE(status->currentData().toString(), sent);
    QCOMPARE(publish->text(), text);
}

// A featured image set on the web is shown (not "None"), by its name from the cache once known.
void TestPublishAction::webFeaturedImageIsShown()
{
    QTemporaryDir dir;
    MediaStore media(dir.path());
    MetadataPanel panel(media);
    auto* preview = panel.findChild<QLabel*>(QStringLiteral("featuredImagePreview"));
    QVERIFY(preview);
    QCOMPARE(preview->text(), QStringLiteral("None"));
    Post web;
    web.title = QStringLiteral("Written on the Web");
    web.featuredMediaId = 42;
    panel.setPost(web);
    QCOMPARE(preview->text(), QStringLiteral("On the blog: image 42"));
    panel.setBlogFeaturedImageLabel(42, QStringLiteral("web-poster.png"));
    QCOMPARE(preview->text(), QStringLiteral("On the blog: web-poster.png"));
    panel.setBlogFeaturedImageLabel(7, QStringLiteral("another"));  // a late answer for another post
    QCOMPARE(preview->text(), QStringLiteral("On the blog: web-poster.png"));
    Post edited = web;
    panel.applyTo(edited);
    QCOMPARE(edited.featuredImage, QString()); // nothing chosen here: publishing leaves the blog's image alone
    QCOMPARE(edited.featuredMediaId, 42);
    // Clear removes it (publishing then sends that the writer removed it).
    auto* clear = panel.findChild<QPushButton*>(QStringLiteral("featuredImageClearButton"));
    QVERIFY(clear && clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(preview->text(), QStringLiteral("None"));
    panel.applyTo(edited);
    QCOMPARE(edited.featuredMediaId, 0);
}

// The panel shows minutes and plain line breaks; a web post's date with seconds and an excerpt with \r\n come
// back exactly when the writer did not change them (else publishing would rewrite them on the blog).
void TestPublishAction::unchangedFieldsStayExact()
{
    QTemporaryDir dir;
    MediaStore media(dir.path());
    MetadataPanel panel(media);
    Post web;
    web.title = QStringLiteral("Scheduled on the Web");
    web.status = PostStatus::Future;
    web.scheduledAt = QDateTime::currentDateTimeUtc().addDays(3);
    web.scheduledAt.setTime(QTime(10, 15, 37));
    web.excerpt = QStringLiteral("First line.\r\nSecond line.");
    panel.setPost(web);
    Post applied = web;
    panel.applyTo(applied);
    QCOMPARE(applied.scheduledAt, web.scheduledAt);
    QCOMPARE(applied.excerpt, web.excerpt);
    QCOMPARE(applied.status, PostStatus::Future);
    QCOMPARE(panel.publishActionText(), QStringLiteral("&Schedule"));
}

QTEST_MAIN(TestPublishAction)
#include "tst_publishaction.moc"
