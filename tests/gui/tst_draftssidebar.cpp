// The drafts sidebar over a real (temporary) cache: search, filter, duplicate, trash, restore.
#include "core/Profile.h"
#include "core/library/ReviewLibrary.h"
#include "core/storage/StorageExecutor.h"
#include "gui/AppServices.h"
#include "gui/drafts/DraftListModel.h"
#include "gui/drafts/DraftsSidebar.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;

class TestDraftsSidebar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsNewestFirst();
    void searchesTitleAndText();
    void filtersByStatus();
    void filtersPostsAndPages();
    void aStatusIsTheBlogsOnlyOnceItIsThere();
    void duplicateOpensCopy();
    void trashAndRestore();

private:
    qint64 add(const QString& title, const QString& body, PostStatus status = PostStatus::Draft, PostType type = PostType::Post);
    QStringList titles() const;
    template <typename T>
    T* find(const char* name) const
    {
        auto* widget = m_sidebar->findChild<T*>(QString::fromLatin1(name));
        if (!widget) {
            qFatal("No widget named %s", name);
        }
        return widget;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<DraftsSidebar> m_sidebar;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestDraftsSidebar::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Profile profile(m_dir->path());
    QVERIFY(profile.ensureExists().ok());
    m_services = std::make_unique<AppServices>(profile);
    m_sidebar = std::make_unique<DraftsSidebar>(m_services->reviews());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_sidebar->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_sidebar->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_sidebar.get()));
}

void TestDraftsSidebar::cleanup()
{
    m_tester.reset();
    m_sidebar.reset();
    m_services.reset();
    m_dir.reset();
}

qint64 TestDraftsSidebar::add(const QString& title, const QString& body, PostStatus status, PostType type)
{
    Post post;
    post.type = type;
    post.title = title;
    post.body = body;
    post.status = status;
    auto future = m_services->reviews().create(post);
    future.waitForFinished(); // a promise-backed future: waits, never runs the task here
    const auto id = future.result();
    if (!id) {
        qFatal("create failed");
    }
    QTest::qWait(5); // distinct updated_at stamps
    return id.value();
}

QStringList TestDraftsSidebar::titles() const
{
    QStringList result;
    const auto* model = m_sidebar->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        result.append(model->index(row, 0).data().toString().section(QLatin1Char('\n'), 0, 0));
    }
    return result;
}

void TestDraftsSidebar::listsNewestFirst()
{
    add(QStringLiteral("Older"), QStringLiteral("text"));
    add(QStringLiteral("Newer"), QStringLiteral("text"));
    QTRY_COMPARE(titles(), (QStringList {QStringLiteral("Newer"), QStringLiteral("Older")}));
}

void TestDraftsSidebar::searchesTitleAndText()
{
    add(QStringLiteral("Never Let Me Go"), QStringLiteral("Clones in sunlight."));
    add(QStringLiteral("Let Me In"), QStringLiteral("Vampires at night."));
    QTRY_COMPARE(titles().size(), 2);
    QTest::keyClicks(find<QLineEdit>("draftSearch"), QStringLiteral("vamp"));
    QTRY_COMPARE(titles(), QStringList {QStringLiteral("Let Me In")});
    auto* search = find<QLineEdit>("draftSearch");
    search->clear();
    QTest::keyClicks(search, QStringLiteral("never"));
    QTRY_COMPARE(titles(), QStringList {QStringLiteral("Never Let Me Go")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("zombies"));
    QTRY_COMPARE(titles(), QStringList {});
    QTRY_VERIFY(find<QWidget>("draftEmptyHint")->isVisible());
}

void TestDraftsSidebar::filtersByStatus()
{
    add(QStringLiteral("Draft one"), {});
    add(QStringLiteral("Pending one"), {}, PostStatus::Pending);
    QTRY_COMPARE(titles().size(), 2);
    auto* filter = find<QComboBox>("draftStatusFilter");
    filter->setCurrentIndex(filter->findData(QStringLiteral("pending")));
    QTRY_COMPARE(titles(), QStringList {QStringLiteral("Pending one")});
}

// The sidebar lists posts and pages, or one of them (issue 15 item 1), chosen from the keyboard.
void TestDraftsSidebar::filtersPostsAndPages()
{
    add(QStringLiteral("A review"), {});
    add(QStringLiteral("About"), {}, PostStatus::Draft, PostType::Page);
    QTRY_COMPARE(titles().size(), 2);
    auto* filter = find<QComboBox>("sidebarTypeFilter");
    filter->setFocus();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClick(filter, Qt::Key_Down); // Posts
    QTRY_COMPARE(titles(), QStringList {QStringLiteral("A review")});
    QTest::keyClick(filter, Qt::Key_Down); // Pages
    QTRY_COMPARE(titles(), QStringList {QStringLiteral("About")});
    QCOMPARE(m_sidebar->model()->index(0, 0).data().toString().section(QLatin1Char('\n'), 1).section(QStringLiteral(" \u00B7 "), 0, 0),
             QStringLiteral("Page: Draft, not on the blog")); // a page says so where posts and pages share the list
    // With a search that matches nothing among the pages, the hint says nothing matches.
    QTest::keyClick(filter, Qt::Key_Up);
    QTest::keyClick(filter, Qt::Key_Up); // both again
    QTRY_COMPARE(titles().size(), 2);
}

// A review never sent says so, whatever status the writer chose for it: "Published" would be a lie.
void TestDraftsSidebar::aStatusIsTheBlogsOnlyOnceItIsThere()
{
    add(QStringLiteral("Meant for the blog"), {}, PostStatus::Publish);
    add(QStringLiteral("Just notes"), {});
    QTRY_COMPARE(titles().size(), 2);
    const auto* model = m_sidebar->model();
    QCOMPARE(model->index(0, 0).data().toString().section(QLatin1Char('\n'), 1).section(QStringLiteral(" \u00B7 "), 0, 0),
             QStringLiteral("Draft, not on the blog"));
    QCOMPARE(model->index(1, 0).data().toString().section(QLatin1Char('\n'), 1).section(QStringLiteral(" \u00B7 "), 0, 0),
             QStringLiteral("Not on the blog yet"));
}

void TestDraftsSidebar::duplicateOpensCopy()
{
    const qint64 id = add(QStringLiteral("Original"), QStringLiteral("body"));
    QTRY_COMPARE(titles().size(), 1);
    m_sidebar->setCurrentReview(id);
    QSignalSpy activated(m_sidebar.get(), &DraftsSidebar::reviewActivated);
    QTest::mouseClick(find<QPushButton>("duplicateReviewButton"), Qt::LeftButton);
    QTRY_COMPARE(titles().size(), 2);
    QVERIFY(titles().contains(QStringLiteral("Original (copy)")));
    QTRY_VERIFY(!activated.isEmpty());
    QVERIFY(activated.constLast().at(0).toLongLong() != id);
}

void TestDraftsSidebar::trashAndRestore()
{
    const qint64 id = add(QStringLiteral("Doomed"), QStringLiteral("body"));
    add(QStringLiteral("Kept"), QStringLiteral("body"));
    QTRY_COMPARE(titles().size(), 2);
    m_sidebar->setCurrentReview(id);
    QSignalSpy trashed(m_sidebar.get(), &DraftsSidebar::reviewTrashed);
    QTest::mouseClick(find<QPushButton>("trashReviewButton"), Qt::LeftButton);
    QTRY_COMPARE(trashed.size(), 1);
    QTRY_COMPARE(titles(), QStringList {QStringLiteral("Kept")});

    QTest::mouseClick(find<QCheckBox>("showTrash"), Qt::LeftButton);
    QTRY_COMPARE(titles(), QStringList {QStringLiteral("Doomed")});
    auto* list = find<QListView>("draftList");
    list->setCurrentIndex(m_sidebar->model()->index(0, 0));
    auto* restore = find<QPushButton>("restoreReviewButton");
    QTRY_VERIFY(restore->isVisible() && restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    QTRY_COMPARE(titles(), QStringList {});
    QTest::mouseClick(find<QCheckBox>("showTrash"), Qt::LeftButton);
    QTRY_COMPARE(titles().size(), 2);
}

QTEST_MAIN(TestDraftsSidebar)
#include "tst_draftssidebar.moc"
