// The Comments page as the moderator left it: the window is closed and the app started again over
// the same profile; the splitter, the queue's columns and the filter (status, post, search) come
// back, and so does the list they select.
#include "GuiFixture.h"
#include "gui/MainWindow.h"
#include "gui/moderation/CommentDetailPane.h"
#include "gui/moderation/CommentQueueModel.h"
#include "gui/moderation/CommentQueueView.h"
#include "gui/moderation/ModerationView.h"
#include "gui/moderation/QueueFilterBar.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSplitter>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

class TestModerationLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filterAndSplitterComeBack();
    void untouchedProfileKeepsDefaults();

private:
    static QList<qint64> listedIds(ModerationView* view)
    {
        QList<qint64> ids;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            ids.append(view->model()->idAt(row));
        }
        return ids;
    }
};

void TestModerationLayout::filterAndSplitterComeBack()
{
    GuiFixture fixture;
    QVERIFY(fixture.seed());
    QList<qint64> before;
    QList<int> sizes;
    int authorWidth = 0;
    {
        MainWindow window(*fixture.services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        ModerationView* view = window.moderationView();
        QTRY_COMPARE(view->model()->rowCount(), GuiFixture::kPending);
        // Approved comments, then only the current comment's post (O), then a search (/).
        auto* status = window.findChild<QComboBox*>(QStringLiteral("statusFilter"));
        status->setFocus();
        QTest::keyClick(status, Qt::Key_Down);
        QCOMPARE(status->currentData().toInt(), int(CommentStatus::Approved));
        QTRY_COMPARE(view->model()->rowCount(), 3);
        QTRY_VERIFY(view->currentCommentId() != 0);
        QTRY_VERIFY(view->detail()->comment().has_value());
        view->focusQueue();
        QTest::keyClick(view->queue(), Qt::Key_O);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QTest::keyClick(view->queue(), Qt::Key_Slash);
        QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("commentSearch")), QStringLiteral("link"));
        QTRY_VERIFY(view->filterBar()->isSearching());
        QTRY_COMPARE(view->model()->filter().search, QStringLiteral("link"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        before = listedIds(view);
        auto* splitter = window.findChild<QSplitter*>(QStringLiteral("moderationSplitter"));
        splitter->setSizes({ 500, splitter->width() - 500 });
        sizes = splitter->sizes();
        view->queue()->header()->resizeSection(CommentQueueModel::AuthorColumn, 211);
        authorWidth = view->queue()->header()->sectionSize(CommentQueueModel::AuthorColumn);
        window.close();
    }
    fixture.services.reset(); // everything written; a new run reads the profile afresh
    fixture.open();

    MainWindow window(*fixture.services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isShowingComments()); // the page, as before
    ModerationView* view = window.moderationView();
    auto* status = window.findChild<QComboBox*>(QStringLiteral("statusFilter"));
    QCOMPARE(status->currentData().toInt(), int(CommentStatus::Approved));
    QVERIFY(view->filterBar()->isPostFiltered());
    QCOMPARE(window.findChild<QLineEdit*>(QStringLiteral("commentSearch"))->text(), QStringLiteral("link"));
    QTRY_COMPARE(view->model()->filter().search, QStringLiteral("link"));
    QTRY_COMPARE(listedIds(view), before);
    auto* splitter = window.findChild<QSplitter*>(QStringLiteral("moderationSplitter"));
    QTRY_COMPARE(splitter->sizes(), sizes);
    QCOMPARE(view->queue()->header()->sectionSize(CommentQueueModel::AuthorColumn), authorWidth);

    // "All posts" again is remembered too.
    window.findChild<QComboBox*>(QStringLiteral("postFilter"))->setCurrentIndex(0);
    QVERIFY(!view->filterBar()->isPostFiltered());
    window.close();
    fixture.services.reset();
    fixture.open();
    MainWindow again(*fixture.services);
    QVERIFY(!again.moderationView()->filterBar()->isPostFiltered());
}

void TestModerationLayout::untouchedProfileKeepsDefaults()
{
    GuiFixture fixture;
    QVERIFY(fixture.seed());
    MainWindow window(*fixture.services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* status = window.findChild<QComboBox*>(QStringLiteral("statusFilter"));
    QCOMPARE(status->currentData().toInt(), int(CommentStatus::Hold)); // pending first, as in wp-admin
    QVERIFY(!window.moderationView()->filterBar()->isPostFiltered());
    QVERIFY(!window.moderationView()->filterBar()->isSearching());
    QTRY_COMPARE(window.moderationView()->model()->rowCount(), GuiFixture::kPending);
}

QTEST_MAIN(TestModerationLayout)
#include "tst_moderationlayout.moc"
