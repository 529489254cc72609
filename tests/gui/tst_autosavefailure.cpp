// A save that fails (here a real SQLITE_FULL: the database may not grow) loses nothing and asks
// nothing: no dialog, the window says "Not saved", another review does not replace the unsaved one,
// and saving is tried again by itself until it succeeds, when the window says "Saved at …" again.
#include "GuiFixture.h"
#include "gui/MainWindow.h"
#include "gui/editor/ReviewEditorWidget.h"
#include "gui/editor/ReviewSession.h"

#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

class TestAutosaveFailure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failedSaveIsRetriedAndNothingIsLost();
};

void TestAutosaveFailure::failedSaveIsRetriedAndNothingIsLost()
{
    GuiFixture fixture;
    QVERIFY(fixture.seed());
    MainWindow window(*fixture.services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* drafts = window.findChild<QListView*>(QStringLiteral("draftList"));
    QTRY_VERIFY(drafts->model()->rowCount() >= 2);
    drafts->setCurrentIndex(drafts->model()->index(0, 0));
    ReviewSession& session = window.reviewEditor()->session();
    QTRY_VERIFY(session.hasReview());
    const qint64 id = session.reviewId();

    // The disk is "full": the database may not grow by a single page.
    auto full = fixture.services->storage().run([](Database& db) -> Status {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("PRAGMA page_count")) || !q.next()) {
            return Error::make(Error::Code::Database, QStringLiteral("page_count"));
        }
        const int pages = q.value(0).toInt();
        q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
        return {};
    });
    fixture.services->storage().waitForIdle();
    QVERIFY(full.result().ok());

    auto* editor = window.findChild<QPlainTextEdit*>(QStringLiteral("markdownEditor"));
    editor->moveCursor(QTextCursor::End);
    const QString added = QStringLiteral("\n\n") + QString(200000, QLatin1Char('w'));
    editor->insertPlainText(added);
    auto* label = window.findChild<QLabel*>(QStringLiteral("saveStateLabel"));
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("Not saved"), 10000);
    QVERIFY(session.isUnsaved());
    QVERIFY(!window.findChild<QMessageBox*>(QStringLiteral("errorMessage"))); // no dialog for it

    // Another review does not replace the unsaved one.
    drafts->setCurrentIndex(drafts->model()->index(1, 0));
    QTest::qWait(500);
    QCOMPARE(session.reviewId(), id);
    QVERIFY(editor->toPlainText().endsWith(added));

    // Space again: the next attempt, by itself, saves it.
    fixture.services->storage().run([](Database& db) -> Status {
        QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA max_page_count = 1073741823"));
        return {};
    });
    QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(QLatin1String("Saved at")), 20000);
    QVERIFY(!session.isUnsaved());
    auto stored = fixture.services->reviews().load(id);
    QTRY_VERIFY(stored.isFinished());
    QVERIFY(stored.result().ok());
    QVERIFY(stored.result().value().body.endsWith(added));
    window.close();
}

QTEST_MAIN(TestAutosaveFailure)
#include "tst_autosavefailure.moc"
