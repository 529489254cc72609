// The metadata panel's type and page fields (issue 15 item 1): a page shows its parent (chosen from the blog's
// pages, never itself), its order and its template (read-only); the type is fixed once the review is on the blog;
// a new review is made a page from the keyboard; a page's panel hides categories, tags, format and sticky (issue 15
// item 2), and switching the type shows or hides them.
#include "core/storage/MediaStore.h"
#include "gui/editor/MetadataPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;

class TestPageFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsAndWritesAPagesPlace();
    void aNewReviewBecomesAPage();
    void aPageHidesWhatItDoesNotUse();

private:
    template <typename T>
    static T* find(QWidget* in, const char* name)
    {
        auto* widget = in->findChild<T*>(QString::fromLatin1(name));
        if (!widget) {
            qFatal("No widget named %s", name);
        }
        return widget;
    }

    QTemporaryDir m_dir;
};

void TestPageFields::showsAndWritesAPagesPlace()
{
    MediaStore media(m_dir.path());
    MetadataPanel panel(media);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    Post page;
    page.id = 3;
    page.siteId = 1;
    page.remoteId = 30;
    page.type = PostType::Page;
    page.parentId = 10;
    page.menuOrder = 2;
    page.pageTemplate = QStringLiteral("blank");
    panel.setPost(page);
    panel.setBlogPages({{10, QStringLiteral("About")}, {30, QStringLiteral("This Page")}, {12, QStringLiteral("Contact")}});
    auto* type = find<QComboBox>(&panel, "postTypeCombo");
    auto* parent = find<QComboBox>(&panel, "pageParentCombo");
    auto* order = find<QSpinBox>(&panel, "pageOrderSpin");
    auto* templ = find<QLabel>(&panel, "pageTemplateValue");
    QCOMPARE(type->currentData().toString(), QStringLiteral("page"));
    QVERIFY(!type->isEnabled()); // on the blog: WordPress cannot change its type
    QVERIFY(parent->isVisible());
    QCOMPARE(parent->currentText(), QStringLiteral("About"));
    QCOMPARE(parent->findData(qint64(30)), -1); // never its own parent
    QCOMPARE(order->value(), 2);
    QCOMPARE(templ->text(), QStringLiteral("blank"));

    QSignalSpy changed(&panel, &MetadataPanel::changed);
    parent->setFocus();
    QTRY_VERIFY(parent->hasFocus());
    QTest::keyClick(parent, Qt::Key_Down); // Contact
    QCOMPARE(parent->currentText(), QStringLiteral("Contact"));
    order->setFocus();
    order->selectAll();
    QTest::keyClicks(order, QStringLiteral("5"));
    QVERIFY(!changed.isEmpty());
    Post written = page;
    panel.applyTo(written);
    QCOMPARE(written.type, PostType::Page);
    QCOMPARE(written.parentId, 12);
    QCOMPARE(written.menuOrder, 5);
    QCOMPARE(written.pageTemplate, QStringLiteral("blank")); // shown, not edited
}

void TestPageFields::aNewReviewBecomesAPage()
{
    MediaStore media(m_dir.path());
    MetadataPanel panel(media);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    Post fresh;
    fresh.id = 4;
    panel.setPost(fresh);
    auto* type = find<QComboBox>(&panel, "postTypeCombo");
    auto* parent = find<QComboBox>(&panel, "pageParentCombo");
    QVERIFY(type->isEnabled());
    QVERIFY(!parent->isVisible()); // a post has no parent
    type->setFocus();
    QTRY_VERIFY(type->hasFocus());
    QTest::keyClick(type, Qt::Key_Down);
    QCOMPARE(type->currentData().toString(), QStringLiteral("page"));
    QVERIFY(parent->isVisible());
    Post written = fresh;
    panel.applyTo(written);
    QCOMPARE(written.type, PostType::Page);
    QCOMPARE(written.parentId, 0);
}

void TestPageFields::aPageHidesWhatItDoesNotUse()
{
    MediaStore media(m_dir.path());
    MetadataPanel panel(media);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const char* const postOnly[] = {"categoriesEdit", "categoriesLabel", "tagsEdit", "tagsLabel", "formatCombo", "formatLabel", "stickyCheck"};
    const auto shown = [&panel, &postOnly](bool visible) {
        for (const char* name : postOnly) {
            if (find<QWidget>(&panel, name)->isVisible() != visible) {
                qWarning("%s is %s", name, visible ? "hidden" : "shown");
                return false;
            }
        }
        return true;
    };
    Post fresh;
    fresh.id = 5;
    fresh.categories = QStringList {QStringLiteral("Horror")};
    panel.setPost(fresh);
    QVERIFY(shown(true));
    QVERIFY(find<QWidget>(&panel, "passwordEdit")->isVisible());

    // Before it is on the blog the type may change: a page hides them, a post shows them again.
    auto* type = find<QComboBox>(&panel, "postTypeCombo");
    type->setFocus();
    QTRY_VERIFY(type->hasFocus());
    QTest::keyClick(type, Qt::Key_Down);
    QCOMPARE(type->currentData().toString(), QStringLiteral("page"));
    QVERIFY(shown(false));
    QVERIFY(find<QWidget>(&panel, "passwordEdit")->isVisible()); // a page may have a password
    QVERIFY(find<QWidget>(&panel, "commentsOpenCheck")->isVisible());
    QTest::keyClick(type, Qt::Key_Up);
    QCOMPARE(type->currentData().toString(), QStringLiteral("post"));
    QVERIFY(shown(true));
    Post written = fresh;
    panel.applyTo(written);
    QCOMPARE(written.categories, QStringList {QStringLiteral("Horror")}); // kept through the switch

    // A page on the blog is shown without them; the next post shows them.
    Post page;
    page.id = 6;
    page.remoteId = 60;
    page.type = PostType::Page;
    panel.setPost(page);
    QVERIFY(!type->isEnabled());
    QVERIFY(shown(false));
    panel.setPost(fresh);
    QVERIFY(shown(true));
}

QTEST_MAIN(TestPageFields)
#include "tst_pagefields.moc"
