// The screen before a review's first publication (issue 15, item 7, first part): shown when PrePublishCheck finds
// something, never for a clean review; a finding leads back to where it is fixed; Publish Anyway publishes (fake
// WordPress).
#include "core/Profile.h"
#include "core/accounts/AccountService.h"
#include "core/settings/AppSettings.h"
#include "gui/AppServices.h"
#include "gui/accounts/SyncController.h"
#include "gui/MainWindow.h"
#include "gui/editor/ReviewEditorWidget.h"
#include "gui/editor/ReviewSession.h"
#include "support/FakeBlog.h"
#include "support/FakeWordPress.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

class TestPrePublishDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cleanReviewIsPublishedAtOnce();
    void findingLeadsBackToItsField();
    void publishAnywayPublishes();
    void newTermsAreMarked();
    void checkTurnedOffForTheBlog();

private:
    void newReview(const QString& title, const QString& text);
    QDialog* dialog() const { return m_window->findChild<QDialog*>(QStringLiteral("prePublishDialog")); }
    QLabel* publishedLink() const { return m_window->findChild<QLabel*>(QStringLiteral("publishedLink")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeWordPress> m_wordpress;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<MainWindow> m_window;
};

void TestPrePublishDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Profile profile(m_dir->path());
    QVERIFY(profile.ensureExists().ok());
    m_wordpress = std::make_unique<FakeWordPress>();
    m_services = std::make_unique<AppServices>(profile);
    m_services->accounts().setNetworkFactory([wordpress = m_wordpress.get()] { return wordpress->makeNetwork(); });
    QVERIFY(connectFakeBlog(m_services->accounts()));
    m_window = std::make_unique<MainWindow>(*m_services);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPrePublishDialog::cleanup()
{
    m_window.reset();
    m_services.reset();
    m_wordpress.reset();
    m_dir.reset();
}

void TestPrePublishDialog::newReview(const QString& title, const QString& text)
{
    m_window->findChild<QAction*>(QStringLiteral("actionNewReview"))->trigger();
    QTRY_VERIFY(m_window->reviewEditor()->session().hasReview());
    QTest::keyClicks(m_window->findChild<QLineEdit*>(QStringLiteral("titleEdit")), title);
    m_window->findChild<QPlainTextEdit*>(QStringLiteral("markdownEditor"))->setPlainText(text);
}

void TestPrePublishDialog::cleanReviewIsPublishedAtOnce()
{
    newReview(QStringLiteral("Late Spring"), QStringLiteral("Some *words*."));
    m_window->findChild<QAction*>(QStringLiteral("actionPublish"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(publishedLink()->text().contains(QStringLiteral("late-spring")), 15000);
    QVERIFY(!dialog());
}

void TestPrePublishDialog::findingLeadsBackToItsField()
{
    newReview(QStringLiteral("Alien: the ending"),
              QStringLiteral("In space.\n\n> [!spoiler]\n> Only Ripley lives.\n\n[my notes](http://localhost:8080/notes)\n"));
    m_window->findChild<QPlainTextEdit*>(QStringLiteral("markdownEditor"))->setFocus();
    m_window->findChild<QAction*>(QStringLiteral("actionPublish"))->trigger();
    QTRY_VERIFY(dialog() && dialog()->isVisible());
    auto* findings = dialog()->findChild<QListWidget*>(QStringLiteral("prePublishFindings"));
    int linkRow = -1;
    int titleRow = -1;
    for (int row = 0; row < findings->count(); ++row) {
        const QString message = findings->item(row)->text();
        linkRow = message.contains(QStringLiteral("http://localhost:8080/notes")) ? row : linkRow;
        titleRow = message.contains(QStringLiteral("“ending” in the title")) ? row : titleRow;
    }
    QVERIFY(linkRow >= 0);
    QVERIFY(titleRow >= 0);
    if (!qEnvironmentVariableIsEmpty("LONGHAND_SHOTS")) {
        dialog()->grab().save(qEnvironmentVariable("LONGHAND_SHOTS") + QStringLiteral("/prepublish.png"));
    }
    // The title's finding: back to the title field; nothing was sent.
    findings->setFocus();
    findings->setCurrentRow(titleRow);
    QTest::keyClick(findings, Qt::Key_Return);
    QTRY_VERIFY(!dialog() || !dialog()->isVisible());
    QTRY_COMPARE(m_window->focusWidget(), m_window->findChild<QLineEdit*>(QStringLiteral("titleEdit")));
    QVERIFY(!publishedLink()->text().contains(QStringLiteral("alien")));

    // The link's finding: back to the text, the address selected.
    m_window->findChild<QAction*>(QStringLiteral("actionPublish"))->trigger();
    QTRY_VERIFY(dialog() && dialog()->isVisible());
    findings = dialog()->findChild<QListWidget*>(QStringLiteral("prePublishFindings"));
    findings->setFocus();
    findings->setCurrentRow(linkRow);
    QTest::keyClick(findings, Qt::Key_Return);
    auto* text = m_window->findChild<QPlainTextEdit*>(QStringLiteral("markdownEditor"));
    QTRY_COMPARE(m_window->focusWidget(), text);
    QCOMPARE(text->textCursor().selectedText(), QStringLiteral("http://localhost:8080/notes"));
}

void TestPrePublishDialog::publishAnywayPublishes()
{
    newReview(QStringLiteral("Floating Weeds"), QStringLiteral("Rain.\n\n[my draft](http://127.0.0.1:8000/draft)\n"));
    m_window->findChild<QAction*>(QStringLiteral("actionPublish"))->trigger();
    QTRY_VERIFY(dialog() && dialog()->isVisible());
    auto* findings = dialog()->findChild<QListWidget*>(QStringLiteral("prePublishFindings"));
    QCOMPARE(findings->count(), 1);
    QVERIFY(findings->item(0)->text().contains(QStringLiteral("your own machine")));
    QTest::mouseClick(dialog()->findChild<QPushButton*>(QStringLiteral("prePublishConfirm")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(publishedLink()->text().contains(QStringLiteral("floating-weeds")), 15000);
    // Published once: the next Publish is an update and asks nothing.
    m_window->findChild<QAction*>(QStringLiteral("actionPublish"))->trigger();
    QTest::qWait(200);
    QVERIFY(!dialog() || !dialog()->isVisible());
}

void TestPrePublishDialog::newTermsAreMarked()
{
    // The cache learns the blog's terms ("Reviews", "clones") from a sync.
    auto* sync = m_window->findChild<SyncController*>();
    QVERIFY(sync);
    QSignalSpy synced(sync, &SyncController::finished);
    m_window->findChild<QAction*>(QStringLiteral("actionSync"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 15000);

    newReview(QStringLiteral("Late Autumn"), QStringLiteral("Some *words*."));
    QTest::keyClicks(m_window->findChild<QLineEdit*>(QStringLiteral("categoriesEdit")), QStringLiteral("reviews"));
    QTest::keyClicks(m_window->findChild<QLineEdit*>(QStringLiteral("tagsEdit")), QStringLiteral("clones, Ozu"));
    m_window->findChild<QAction*>(QStringLiteral("actionPublish"))->trigger();
    QTRY_VERIFY(dialog() && dialog()->isVisible());
    QCOMPARE(dialog()->findChild<QLabel*>(QStringLiteral("prePublishCategories"))->text(), QStringLiteral("reviews"));
    QCOMPARE(dialog()->findChild<QLabel*>(QStringLiteral("prePublishTags"))->text(), QStringLiteral("clones, Ozu (new)"));
    auto* findings = dialog()->findChild<QListWidget*>(QStringLiteral("prePublishFindings"));
    QCOMPARE(findings->count(), 1);
    QVERIFY(findings->item(0)->text().contains(QStringLiteral("Ozu")));
    // Back to the tags, where a misspelt one is put right; nothing was sent.
    findings->setFocus();
    findings->setCurrentRow(0);
    QTest::keyClick(findings, Qt::Key_Return);
    QTRY_COMPARE(m_window->focusWidget(), m_window->findChild<QLineEdit*>(QStringLiteral("tagsEdit")));
    QVERIFY(!publishedLink()->text().contains(QStringLiteral("late-autumn")));
}

void TestPrePublishDialog::checkTurnedOffForTheBlog()
{
    BlogSettings blog;
    blog.checkBeforePublish = false;
    blog.save(m_services->settings(), 1);
    QTRY_VERIFY(m_window->findChild<QComboBox*>(QStringLiteral("blogCombo"))->findData(qint64(1)) >= 0); // the blog is known
    newReview(QStringLiteral("Equinox Flower"), QStringLiteral("![](http://localhost/x.png)\n"));
    m_window->findChild<QAction*>(QStringLiteral("actionPublish"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(publishedLink()->text().contains(QStringLiteral("equinox-flower")), 15000);
    QVERIFY(!dialog());
}

QTEST_MAIN(TestPrePublishDialog)
#include "tst_prepublishdialog.moc"
