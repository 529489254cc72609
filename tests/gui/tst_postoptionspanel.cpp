// The Options section of the metadata panel (issue 15 item 2): a review's format, sticky, password, author (from
// the blog's users, only for an editor or administrator), comments and pings are shown, edited with the keyboard
// and mouse, and written back; custom fields are shown read-only and kept.
#include "core/storage/MediaStore.h"
#include "gui/editor/MetadataPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;

class TestPostOptionsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEditsAndWritesTheOptions();
    void authorIsReadOnlyForAnAuthorAccount();

private:
    static Site site(const QString& role);
    static Post review();
    QTemporaryDir m_dir;
};

Site TestPostOptionsPanel::site(const QString& role)
{
    Site blog;
    blog.id = 1;
    blog.name = QStringLiteral("Film Blog");
    blog.userId = 1;
    blog.userDisplayName = QStringLiteral("Admin");
    blog.roles = QStringList {role};
    return blog;
}

Post TestPostOptionsPanel::review()
{
    Post post;
    post.id = 7;
    post.siteId = 1;
    post.remoteId = 70;
    post.title = QStringLiteral("Never Let Me Go");
    post.postFormat = QStringLiteral("aside");
    post.sticky = true;
    post.authorId = 2;
    post.commentsOpen = false;
    post.pingsOpen = true;
    post.meta = QJsonObject {{QStringLiteral("rating"), QStringLiteral("4")}};
    return post;
}

void TestPostOptionsPanel::showsEditsAndWritesTheOptions()
{
    MediaStore media(m_dir.path());
    MetadataPanel panel(media);
    panel.setSites({site(QStringLiteral("editor"))});
    panel.setPost(review());
    panel.setAuthors({RemoteUser {1, QStringLiteral("Admin"), QStringLiteral("admin"), {}},
                      RemoteUser {2, QStringLiteral("Ann Author"), QStringLiteral("ann"), {}},
                      RemoteUser {3, QStringLiteral("Ed Editor"), QStringLiteral("ed"), {}}});
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    auto* format = panel.findChild<QComboBox*>(QStringLiteral("formatCombo"));
    auto* sticky = panel.findChild<QCheckBox*>(QStringLiteral("stickyCheck"));
    auto* password = panel.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    auto* author = panel.findChild<QComboBox*>(QStringLiteral("authorCombo"));
    auto* comments = panel.findChild<QCheckBox*>(QStringLiteral("commentsOpenCheck"));
    auto* metaValue = panel.findChild<QLabel*>(QStringLiteral("metaValue"));
    QVERIFY(format && sticky && password && author && comments && metaValue);
    // Shown as the review has them.
    QCOMPARE(format->currentData().toString(), QStringLiteral("aside"));
    QVERIFY(sticky->isChecked());
    QVERIFY(sticky->isEnabled());
    QVERIFY(password->text().isEmpty());
    QCOMPARE(password->echoMode(), QLineEdit::Normal); // a post password, not a secret
    QCOMPARE(author->currentText(), QStringLiteral("Ann Author"));
    QVERIFY(author->isEnabled());
    QVERIFY(!comments->isChecked());
    QVERIFY(metaValue->isVisibleTo(&panel));
    QCOMPARE(metaValue->text(), QStringLiteral("rating = 4"));

    // Edited.
    QSignalSpy changed(&panel, &MetadataPanel::changed);
    format->setFocus();
    QTest::keyClick(format, Qt::Key_Down); // aside -> chat
    QTest::mouseClick(sticky, Qt::LeftButton, {}, QPoint(4, sticky->height() / 2));
    QVERIFY(!sticky->isChecked());
    QTest::mouseClick(sticky, Qt::LeftButton, {}, QPoint(4, sticky->height() / 2));
    QVERIFY(sticky->isChecked());
    // WordPress refuses a sticky post with a password: a password unsticks it, as WordPress's editor does.
    password->setFocus();
    QTest::keyClicks(password, QStringLiteral("opensesame"));
    QVERIFY(!sticky->isChecked());
    QVERIFY(!sticky->isEnabled());
    author->setFocus();
    QTest::keyClick(author, Qt::Key_Down); // Ann -> Ed
    comments->setFocus();
    QTest::keyClick(comments, Qt::Key_Space);
    QVERIFY(changed.count() >= 5);

    Post written = review();
    written.meta = QJsonObject {{QStringLiteral("kept"), true}}; // the panel never writes custom fields
    panel.applyTo(written);
    QCOMPARE(written.postFormat, QStringLiteral("chat"));
    QCOMPARE(written.sticky, false);
    QCOMPARE(written.password, QStringLiteral("opensesame"));
    QCOMPARE(written.authorId, 3);
    QCOMPARE(written.commentsOpen, true);
    QCOMPARE(written.pingsOpen, true);
    QCOMPARE(written.meta, (QJsonObject {{QStringLiteral("kept"), true}}));
}

void TestPostOptionsPanel::authorIsReadOnlyForAnAuthorAccount()
{
    MediaStore media(m_dir.path());
    MetadataPanel panel(media);
    panel.setSites({site(QStringLiteral("author"))});
    Post post = review();
    post.meta = {};
    panel.setPost(post);
    panel.setAuthors({RemoteUser {2, QStringLiteral("Ann Author"), QStringLiteral("ann"), {}},
                      RemoteUser {3, QStringLiteral("Ed Editor"), QStringLiteral("ed"), {}}});
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto* author = panel.findChild<QComboBox*>(QStringLiteral("authorCombo"));
    QVERIFY(author);
    QCOMPARE(author->currentText(), QStringLiteral("Ann Author"));
    QVERIFY(!author->isEnabled());
    QVERIFY(!panel.findChild<QLabel*>(QStringLiteral("metaValue"))->isVisibleTo(&panel));
    Post written = post;
    written.authorId = 2;
    panel.applyTo(written);
    QCOMPARE(written.authorId, 2);
    // A user the cache does not know (not synced yet) is shown by id and kept.
    post.authorId = 9;
    panel.setPost(post);
    QCOMPARE(author->currentText(), QStringLiteral("User 9"));
}

QTEST_MAIN(TestPostOptionsPanel)
#include "tst_postoptionspanel.moc"
