// The Options section of the metadata panel (issue 15 item 2): a review's format, sticky, password, author (from
// the blog's users, only for an editor or administrator), comments and pings are shown, edited with the keyboard
// and mouse, and written back. Custom fields (issue 15 item 3): the blog's keys, their values edited (text, number,
// true/false; a list shown only), with undo; only what was edited is written back, and publishing sends only that.
#include "core/storage/MediaStore.h"
#include "core/sync/Publisher.h"
#include "gui/editor/MetadataPanel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
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
    void customFieldsAreEditable();

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
    auto* metaValue = panel.findChild<QLineEdit*>(QStringLiteral("customField"));
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
    QCOMPARE(metaValue->text(), QStringLiteral("4"));
    QCOMPARE(metaValue->property("metaKey").toString(), QStringLiteral("rating"));

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
    written.meta = QJsonObject {{QStringLiteral("kept"), true}}; // a field not edited is not written
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
    QVERIFY(!panel.findChild<QWidget*>(QStringLiteral("customFieldsEditor"))->isVisibleTo(&panel));
    QVERIFY(!panel.findChild<QWidget*>(QStringLiteral("metaLabel"))->isVisibleTo(&panel));
    Post written = post;
    written.authorId = 2;
    panel.applyTo(written);
    QCOMPARE(written.authorId, 2);
    // A user the cache does not know (not synced yet) is shown by id and kept.
    post.authorId = 9;
    panel.setPost(post);
    QCOMPARE(author->currentText(), QStringLiteral("User 9"));
}

void TestPostOptionsPanel::customFieldsAreEditable()
{
    MediaStore media(m_dir.path());
    MetadataPanel panel(media);
    panel.setSites({site(QStringLiteral("editor"))});
    Post post = review();
    post.meta = QJsonObject {{QStringLiteral("rating"), QStringLiteral("4")}, {QStringLiteral("runtime"), 117},
                             {QStringLiteral("seen"), true}, {QStringLiteral("cast"), QJsonArray {QStringLiteral("Kathy"), QStringLiteral("Tommy")}},
                             {QStringLiteral("<b>odd</b>"), QStringLiteral("<img src=x>")},
                             {QString(80, QLatin1Char('k')), QStringLiteral("long key")}};
    panel.setPost(post);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const auto field = [&panel](const QString& key) -> QWidget* {
        for (QWidget* widget : panel.findChildren<QWidget*>(QStringLiteral("customField"))) {
            if (widget->property("metaKey").toString() == key) {
                return widget;
            }
        }
        return nullptr;
    };
    auto* rating = qobject_cast<QLineEdit*>(field(QStringLiteral("rating")));
    auto* runtime = qobject_cast<QLineEdit*>(field(QStringLiteral("runtime")));
    auto* seen = qobject_cast<QCheckBox*>(field(QStringLiteral("seen")));
    auto* cast = qobject_cast<QLabel*>(field(QStringLiteral("cast")));
    auto* odd = qobject_cast<QLineEdit*>(field(QStringLiteral("<b>odd</b>")));
    QVERIFY(rating && runtime && seen && cast && odd);
    QCOMPARE(runtime->text(), QStringLiteral("117"));
    QVERIFY(seen->isChecked());
    QCOMPARE(cast->text(), QStringLiteral("[\"Kathy\",\"Tommy\"]")); // a list: shown, not edited here
    QCOMPARE(cast->textFormat(), Qt::PlainText);
    QCOMPARE(odd->text(), QStringLiteral("<img src=x>")); // the blog's text, as text
    // No way to add or remove a key: exactly the blog's fields are there.
    QCOMPARE(panel.findChildren<QWidget*>(QStringLiteral("customField")).size(), 6);
    // A long key of the blog's is cut short (the pane never scrolls sideways); the whole key is its tooltip.
    auto* longKey = qobject_cast<QLabel*>(qobject_cast<QFormLayout*>(panel.findChild<QWidget*>(QStringLiteral("customFieldsEditor"))->layout())->labelForField(field(QString(80, QLatin1Char('k')))));
    QVERIFY(longKey);
    QCOMPARE(longKey->text(), QString(40, QLatin1Char('k')) + QStringLiteral("…:"));

    QSignalSpy changed(&panel, &MetadataPanel::changed);
    rating->setFocus();
    QTRY_VERIFY(rating->hasFocus());
    rating->selectAll();
    QTest::keyClicks(rating, QStringLiteral("5"));
    QCOMPARE(rating->text(), QStringLiteral("5"));
    QTest::keyClick(rating, Qt::Key_Z, Qt::ControlModifier); // undo, as in any field
    QCOMPARE(rating->text(), QStringLiteral("4"));
    QTest::keyClick(rating, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); // and redo
    QCOMPARE(rating->text(), QStringLiteral("5"));
    runtime->setFocus();
    QTRY_VERIFY(runtime->hasFocus());
    runtime->selectAll();
    QTest::keyClicks(runtime, QStringLiteral("1x2"));
    QCOMPARE(runtime->text(), QStringLiteral("12")); // a number stays a number
    seen->setFocus();
    QTest::keyClick(seen, Qt::Key_Space);
    QVERIFY(!seen->isChecked());
    QVERIFY(changed.count() >= 3);

    Post written = post;
    panel.applyTo(written);
    QCOMPARE(written.meta.value(QStringLiteral("rating")), QJsonValue(QStringLiteral("5")));
    QCOMPARE(written.meta.value(QStringLiteral("runtime")).toInteger(), 12);
    QVERIFY(written.meta.value(QStringLiteral("runtime")).isDouble()); // a JSON number, not text
    QCOMPARE(written.meta.value(QStringLiteral("seen")), QJsonValue(false));
    QCOMPARE(written.meta.value(QStringLiteral("cast")), post.meta.value(QStringLiteral("cast")));
    QCOMPARE(written.meta.value(QStringLiteral("<b>odd</b>")), post.meta.value(QStringLiteral("<b>odd</b>")));
    QCOMPARE(written.meta.size(), post.meta.size()); // no key added or removed

    // What publishing sends: the edited keys only (as a front-matter edit would).
    const QString base = QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("meta"), post.meta}}).toJson());
    PostChanges wanted;
    wanted.meta = written.meta;
    QCOMPARE(Publisher::changedFields(wanted, base, std::nullopt).toShownFields(),
             (QJsonObject {{QStringLiteral("meta"), QJsonObject {{QStringLiteral("rating"), QStringLiteral("5")}, {QStringLiteral("runtime"), 12},
                                                                  {QStringLiteral("seen"), false}}}}));

    // A field edited back to the blog's value is written back (after a save of the edit), and then sends nothing.
    seen->setFocus();
    QTest::keyClick(seen, Qt::Key_Space);
    panel.applyTo(written);
    QCOMPARE(written.meta.value(QStringLiteral("seen")), QJsonValue(true));
    // A field left alone is not written: a newer value the review got (a sync) stays.
    Post synced = post;
    synced.meta.insert(QStringLiteral("cast"), QJsonArray {QStringLiteral("Ruth")});
    panel.applyTo(synced);
    QCOMPARE(synced.meta.value(QStringLiteral("cast")), QJsonValue(QJsonArray {QStringLiteral("Ruth")}));
}

QTEST_MAIN(TestPostOptionsPanel)
#include "tst_postoptionspanel.moc"
