// The merge view: conflicts listed, a side chosen per conflict with the keyboard, the result kept.
#include "gui/editor/MergeDialog.h"

#include <QComboBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>

using namespace longhand;

class TestMergeDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choosesPerConflict();
};

void TestMergeDialog::choosesPerConflict()
{
    const QString base = QStringLiteral("<p>One.</p>\n\n<p>Two.</p>\n\n<p>Three.</p>\n");
    const QString local = QStringLiteral("<p>One, mine.</p>\n\n<p>Two.</p>\n\n<p>Three, mine.</p>\n");
    const QString remote = QStringLiteral("<p>One, web.</p>\n\n<p>Two, web only.</p>\n\n<p>Three, web.</p>\n");
    MergeDialog dialog(QStringLiteral("Test"), base, local, remote);
    dialog.show();
    QCOMPARE(dialog.conflictCount(), 2);
    auto* conflicts = dialog.findChild<QListWidget*>(QStringLiteral("mergeConflicts"));
    auto* side = dialog.findChild<QComboBox*>(QStringLiteral("mergeSide"));
    auto* result = dialog.findChild<QPlainTextEdit*>(QStringLiteral("mergeResult"));
    QCOMPARE(conflicts->count(), 2);
    // By default yours, with the web's non-conflicting edit merged in.
    QCOMPARE(result->toPlainText(), QStringLiteral("<p>One, mine.</p>\n\n<p>Two, web only.</p>\n\n<p>Three, mine.</p>\n"));
    // Second conflict: take the web's.
    conflicts->setCurrentRow(1);
    side->setFocus();
    QTest::keyClick(side, Qt::Key_Down);
    QCOMPARE(result->toPlainText(), QStringLiteral("<p>One, mine.</p>\n\n<p>Two, web only.</p>\n\n<p>Three, web.</p>\n"));
    QCOMPARE(dialog.result(), result->toPlainText());
    // The three versions are all there to read.
    QCOMPARE(dialog.findChild<QPlainTextEdit*>(QStringLiteral("mergeRemote"))->toPlainText(), remote);
    QCOMPARE(dialog.findChild<QPlainTextEdit*>(QStringLiteral("mergeBase"))->toPlainText(), base);
}

QTEST_MAIN(TestMergeDialog)
#include "tst_mergedialog.moc"
