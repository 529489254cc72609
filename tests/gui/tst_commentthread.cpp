// The detail pane's thread: CommentThread (the tree built off the GUI thread, untrusted parent links),
// CommentRepository::threadTree (only what a row shows) and CommentThreadModel (a tree model over it).
#include "core/domain/CommentThread.h"
#include "core/moderation/TriageRules.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/SiteRepository.h"
#include "gui/moderation/CommentThreadModel.h"
#include "support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace longhand;

namespace {

ThreadEntry entry(qint64 id, qint64 remoteId, qint64 parentRemoteId)
{
    ThreadEntry e;
    e.id = id;
    e.remoteId = remoteId;
    e.parentRemoteId = parentRemoteId;
    e.authorName = QStringLiteral("Reader %1").arg(id);
    e.excerpt = QStringLiteral("Comment %1").arg(id);
    e.dateGmt = QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC).addSecs(id * 60);
    return e;
}

} // namespace

class TestCommentThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsTheTreeInOrder();
    void untrustedLinksNeverLoop();
    void modelIsATree();
    void repositoryReadsOnlyTheRows();
};

void TestCommentThread::buildsTheTreeInOrder()
{
    // 3 answers 1, 4 answers 3, 5 answers a comment not in the cache, 2's parent comes after it (clocks, imports).
    const CommentThread thread({ entry(1, 101, 0), entry(2, 102, 106), entry(3, 103, 101), entry(4, 104, 103),
        entry(5, 105, 999), entry(6, 106, 0) });
    QCOMPARE(thread.size(), 6);
    QCOMPARE(thread.childrenOf(-1), (QList<int> { 0, 4, 5 }));
    QCOMPARE(thread.childrenOf(0), (QList<int> { 2 }));
    QCOMPARE(thread.childrenOf(2), (QList<int> { 3 }));
    QCOMPARE(thread.childrenOf(5), (QList<int> { 1 }));
    QCOMPARE(thread.parentOf(1), 5);
    QCOMPARE(thread.parentOf(4), -1);
    QCOMPARE(thread.rowOf(4), 1);
    QCOMPARE(thread.rowOf(1), 0);
    QCOMPARE(thread.indexOfId(4), 3);
    QCOMPARE(thread.indexOfId(77), -1);
}

void TestCommentThread::untrustedLinksNeverLoop()
{
    // 1 answers 2, 2 answers 3, 3 answers 1: the link that would close the loop is refused; 4 answers itself.
    const CommentThread thread({ entry(1, 101, 102), entry(2, 102, 103), entry(3, 103, 101), entry(4, 104, 104) });
    QCOMPARE(thread.parentOf(0), 1);
    QCOMPARE(thread.parentOf(1), 2);
    QCOMPARE(thread.parentOf(2), -1);
    QCOMPARE(thread.parentOf(3), -1);
    QCOMPARE(thread.childrenOf(-1), (QList<int> { 2, 3 }));
    CommentThreadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setThread(thread, 1);
    QCOMPARE(model.rowCount(), 2);
}

void TestCommentThread::modelIsATree()
{
    CommentThreadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<ThreadEntry> entries;
    for (qint64 i = 1; i <= 50; ++i) {
        entries.append(entry(i, 100 + i, i % 3 == 0 ? 100 + i - 1 : 0));
    }
    entries[4].authorName = QStringLiteral("<b>Bold</b> \u202Eevil");
    entries[4].excerpt = QStringLiteral("<img src=\"https://tracker.example/x.png\"> hi");
    model.setThread(CommentThread(entries), 3);
    QCOMPARE(model.columnCount(), int(CommentThreadModel::ColumnCount));
    QCOMPARE(model.rowCount(), 34); // 50 less the 16 replies
    const QModelIndex two = model.index(1, 0);
    QCOMPARE(two.data().toString(), QStringLiteral("Reader 2"));
    QCOMPARE(model.rowCount(two), 1);
    const QModelIndex three = model.index(0, 0, two);
    QCOMPARE(three.data(CommentThreadModel::CommentIdRole).toLongLong(), 3);
    QCOMPARE(model.parent(three), two);
    QCOMPARE(model.indexOfComment(3), three);
    QVERIFY(three.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!two.data(Qt::FontRole).isValid());
    QCOMPARE(three.siblingAtColumn(CommentThreadModel::StatusColumn).data().toString(),
        commentStatusLabel(CommentStatus::Hold));
    // Remote text stays text: the display is the name as written, a tooltip is escaped rich text.
    const QModelIndex hostile = model.indexOfComment(5);
    QCOMPARE(hostile.data().toString(), QStringLiteral("<b>Bold</b> \u202Eevil"));
    const QString tip = hostile.siblingAtColumn(CommentThreadModel::ExcerptColumn).data(Qt::ToolTipRole).toString();
    QVERIFY(!tip.contains(QStringLiteral("<img")));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestCommentThread::repositoryReadsOnlyTheRows()
{
    auto temp = test::makeTempDatabase();
    Site site;
    site.name = QStringLiteral("Film Notes");
    site.baseUrl = QUrl(QStringLiteral("https://films.example"));
    site.restRoot = QUrl(QStringLiteral("https://films.example/wp-json/"));
    site.userName = QStringLiteral("editor");
    const qint64 siteId = SiteRepository(*temp->database).add(site).value();
    QList<RemoteComment> comments;
    const QDateTime start(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
    for (int i = 1; i <= 6; ++i) {
        RemoteComment c;
        c.id = i;
        c.post = i == 6 ? 2 : 1;
        c.parent = i == 3 ? 1 : 0;
        c.authorName = QStringLiteral("Reader %1").arg(i);
        c.dateGmt = start.addSecs(i * 60);
        c.content
            = QStringLiteral("<p>Comment <b>%1</b> %2</p>").arg(i).arg(QString(i == 2 ? 900 : 3, QLatin1Char('x')));
        c.status = i == 4 ? QStringLiteral("spam") : QStringLiteral("approved");
        comments.append(c);
    }
    QVERIFY(CommentRepository(*temp->database).upsertComments(siteId, comments, TriageRules()).ok());
    const auto thread = CommentRepository(*temp->database).threadTree(siteId, 1);
    QVERIFY2(thread.ok(), qPrintable(test::errorOf(thread)));
    QCOMPARE(thread->size(), 5); // post 2's comment is not in post 1's thread
    QCOMPARE(thread->entries().at(0).authorName, QStringLiteral("Reader 1"));
    QCOMPARE(thread->entries().at(0).excerpt, QStringLiteral("Comment 1 xxx")); // the visible text, no HTML
    QCOMPARE(thread->entries().at(1).excerpt.size(), 600); // a long comment: its first 600 characters
    QVERIFY(thread->entries().at(1).excerpt.endsWith(QChar(0x2026)));
    QCOMPARE(thread->entries().at(3).status, CommentStatus::Spam);
    QCOMPARE(thread->childrenOf(0), (QList<int> { 2 })); // 3 answers 1
    QCOMPARE(thread->entries().at(2).dateGmt, start.addSecs(180));
}

QTEST_MAIN(TestCommentThread)
#include "tst_commentthread.moc"
