// The metadata panel's type and page fields (issue 15 item 1): a page shows its parent (chosen from the blog's
// pages, never itself), its order and its template (read-only); the type is fixed once the review is on the blog;
// a new review is made a page from the keyboard.
#include "core/storage/MediaStore.h"
#include "gui/editor/MetadataPanel.h"

#include <QComboBox>
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

QTEST_MAIN(TestPageFields)
#include "tst_pagefields.moc"
