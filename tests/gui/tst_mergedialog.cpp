// The merge view: conflicts listed, the words each side changed highlighted, a version picked per conflict with the
// keyboard or the mouse, a conflict's text and the result editable, the result kept; a Markdown review stays Markdown
// (through the main window, against the fake WordPress).
#include "core/Profile.h"
#include "core/accounts/AccountService.h"
#include "core/library/ReviewLibrary.h"
#include "core/markdown/MarkdownRenderer.h"
#include "core/sync/MarkdownMerge.h"
#include "gui/AppServices.h"
#include "gui/MainWindow.h"
#include "gui/editor/MergeDialog.h"
#include "gui/editor/ReviewEditorWidget.h"
#include "gui/editor/ReviewSession.h"
#include "support/FakeBlog.h"
#include "support/FakeWordPress.h"

#include <QAction>
#include <QComboBox>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

namespace {

// The text of every stretch marked as changed in a pane.
QStringList marked(QPlainTextEdit* pane)
{
    QStringList words;
    for (const QTextEdit::ExtraSelection& selection : pane->extraSelections()) {
        if (selection.format.background().style() != Qt::NoBrush) {
            words.append(selection.cursor.selectedText());
        }
    }
    return words;
}

const QString kReview = QStringLiteral("# Stalker\n"
                                       "\n"
                                       "The zone is quiet.\n"
                                       "\n"
                                       "The writer and the professor follow.\n"
                                       "\n"
                                       "> [!spoiler] The room\n"
                                       "> Nobody goes in.\n"
                                       "\n"
                                       "The ending is a glass of water.\n");

RenderOptions options()
{
    RenderOptions o;
    o.title = QStringLiteral("Stalker");
    o.alsoLike = QStringLiteral("Solaris");
    return o;
}

// Both sides edited the first and last paragraphs; the web alone the second.
MergeResult twoConflicts()
{
    const QString base = MarkdownRenderer::render(kReview, options()).html;
    QString remote = base;
    remote.replace(QStringLiteral("The zone is quiet."), QStringLiteral("The zone is eerily quiet."));
    remote.replace(QStringLiteral("The writer and the professor follow."),
        QStringLiteral("The writer and the <em>scientist</em> follow."));
    remote.replace(QStringLiteral("a glass of water."), QStringLiteral("a glass moving by itself."));
    QString local = kReview;
    local.replace(QStringLiteral("The zone is quiet."), QStringLiteral("The zone is **brave** and quiet."));
    local.replace(QStringLiteral("a glass of water."), QStringLiteral("a trembling glass of water."));
    return mergeMarkdown(base, local, remote, options());
}

} // namespace

class TestMergeDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void htmlChoosesPerConflict();
    void markdownChangesAreHighlighted();
    void picksPerConflictByKeyboardAndMouse();
    void conflictTextAndResultAreEditable();
    void mainWindowMergeKeepsMarkdown();
    void cleanMergeWhilePublishingReachesTheEditor();
};

void TestMergeDialog::htmlChoosesPerConflict()
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
    QCOMPARE(
        result->toPlainText(), QStringLiteral("<p>One, mine.</p>\n\n<p>Two, web only.</p>\n\n<p>Three, mine.</p>\n"));
    // Second conflict: take the web's.
    conflicts->setCurrentRow(1);
    side->setFocus();
    QTest::keyClick(side, Qt::Key_Down);
    QCOMPARE(
        result->toPlainText(), QStringLiteral("<p>One, mine.</p>\n\n<p>Two, web only.</p>\n\n<p>Three, web.</p>\n"));
    QCOMPARE(dialog.result(), result->toPlainText());
    // The chosen conflict's versions are there to read.
    QCOMPARE(dialog.findChild<QPlainTextEdit*>(QStringLiteral("mergeRemote"))->toPlainText(),
        QStringLiteral("<p>Three, web.</p>\n"));
    QCOMPARE(dialog.findChild<QPlainTextEdit*>(QStringLiteral("mergeBase"))->toPlainText(),
        QStringLiteral("<p>Three.</p>\n"));
}

void TestMergeDialog::markdownChangesAreHighlighted()
{
    MergeDialog dialog(QStringLiteral("Stalker"), twoConflicts());
    dialog.show();
    QCOMPARE(dialog.conflictCount(), 2);
    auto* local = dialog.findChild<QPlainTextEdit*>(QStringLiteral("mergeLocal"));
    auto* remote = dialog.findChild<QPlainTextEdit*>(QStringLiteral("mergeRemote"));
    auto* base = dialog.findChild<QPlainTextEdit*>(QStringLiteral("mergeBase"));
    // Markdown on every side, shown as plain text.
    QCOMPARE(local->toPlainText(), QStringLiteral("The zone is **brave** and quiet.\n\n"));
    QCOMPARE(remote->toPlainText(), QStringLiteral("The zone is eerily quiet.\n\n"));
    QCOMPARE(base->toPlainText(), QStringLiteral("The zone is quiet.\n\n"));
    QCOMPARE(marked(local), QStringList { QStringLiteral("**brave** and") });
    QCOMPARE(marked(remote), QStringList { QStringLiteral("eerily") });
    QVERIFY(marked(base).isEmpty());
    // The second conflict, chosen with the keyboard.
    auto* conflicts = dialog.findChild<QListWidget*>(QStringLiteral("mergeConflicts"));
    conflicts->setFocus();
    QTest::keyClick(conflicts, Qt::Key_Down);
    QCOMPARE(conflicts->currentRow(), 1);
    QCOMPARE(marked(local), QStringList { QStringLiteral("trembling") });
    QCOMPARE(marked(remote), QStringList { QStringLiteral("moving by itself") });
    // The web's edit no one else touched is merged, as Markdown; the spoiler is still Markdown.
    const QString result = dialog.result();
    QVERIFY2(result.contains(QStringLiteral("The writer and the *scientist* follow.")), qPrintable(result));
    QVERIFY(result.contains(QStringLiteral("> [!spoiler] The room\n> Nobody goes in.")));
}

void TestMergeDialog::picksPerConflictByKeyboardAndMouse()
{
    MergeDialog dialog(QStringLiteral("Stalker"), twoConflicts());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* conflicts = dialog.findChild<QListWidget*>(QStringLiteral("mergeConflicts"));
    auto* side = dialog.findChild<QComboBox*>(QStringLiteral("mergeSide"));
    // Yours by default.
    QVERIFY(dialog.result().contains(QStringLiteral("The zone is **brave** and quiet.")));
    QVERIFY(dialog.result().contains(QStringLiteral("a trembling glass of water.")));
    // First conflict: the web's, by keyboard.
    side->setFocus();
    QTest::keyClick(side, Qt::Key_Down);
    QVERIFY(dialog.result().contains(QStringLiteral("The zone is eerily quiet.")));
    QVERIFY(!dialog.result().contains(QStringLiteral("**brave**")));
    // Second conflict: both, by mouse.
    conflicts->setFocus();
    QTest::keyClick(conflicts, Qt::Key_Down);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("mergeUseBoth")), Qt::LeftButton);
    QVERIFY(dialog.result().contains(
        QStringLiteral("The ending is a trembling glass of water.\n\nThe ending is a glass moving by itself.")));
    QCOMPARE(side->currentIndex(), side->findData(100));
    // Back to the first: its choice is remembered; yours again with the mouse.
    QTest::keyClick(conflicts, Qt::Key_Up);
    QCOMPARE(side->currentData().toInt(), int(ConflictChoice::Side::Remote));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("mergeUseLocal")), Qt::LeftButton);
    QVERIFY(dialog.result().contains(QStringLiteral("The zone is **brave** and quiet.")));
    // Keep it.
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("mergeAccept")), Qt::LeftButton);
    QCOMPARE(dialog.QDialog::result(), int(QDialog::Accepted));
}

void TestMergeDialog::conflictTextAndResultAreEditable()
{
    MergeDialog dialog(QStringLiteral("Stalker"), twoConflicts());
    dialog.show();
    auto* text = dialog.findChild<QPlainTextEdit*>(QStringLiteral("mergeConflictText"));
    auto* side = dialog.findChild<QComboBox*>(QStringLiteral("mergeSide"));
    auto* result = dialog.findChild<QPlainTextEdit*>(QStringLiteral("mergeResult"));
    QCOMPARE(text->toPlainText(), QStringLiteral("The zone is **brave** and quiet.\n\n"));
    text->setFocus();
    text->moveCursor(QTextCursor::Start);
    QTest::keyClicks(text, QStringLiteral("Truly: "));
    QCOMPARE(side->currentData().toInt(), int(ConflictChoice::Side::Custom));
    QVERIFY(dialog.result().contains(QStringLiteral("Truly: The zone is **brave** and quiet.")));
    // The result edited by hand wins; the choices stop changing it until reset.
    result->setFocus();
    result->moveCursor(QTextCursor::End);
    QTest::keyClicks(result, QStringLiteral("A line of my own."));
    QTest::keyClick(result, Qt::Key_Return);
    QVERIFY(dialog.result().endsWith(QStringLiteral("A line of my own.\n")));
    QVERIFY(!side->isEnabled());
    auto* reset = dialog.findChild<QPushButton*>(QStringLiteral("mergeReset"));
    QVERIFY(reset->isVisible());
    QTest::mouseClick(reset, Qt::LeftButton);
    QVERIFY(side->isEnabled());
    QVERIFY(!dialog.result().contains(QStringLiteral("A line of my own.")));
    QVERIFY(dialog.result().contains(QStringLiteral("Truly: The zone")));
}

// Published to the (fake) blog, edited there and here in the same paragraph: publishing stops, the merge view opens,
// the web's version is picked, and the review stays Markdown with its spoiler; published again, the blog has it all.
void TestMergeDialog::mainWindowMergeKeepsMarkdown()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    QVERIFY(profile.ensureExists().ok());
    FakeWordPress wordpress;
    AppServices services(profile);
    services.accounts().setNetworkFactory([&wordpress] { return wordpress.makeNetwork(); });
    QVERIFY(connectFakeBlog(services.accounts()));
    MainWindow window(services);
    window.show();
    window.findChild<QAction*>(QStringLiteral("actionNewReview"))->trigger();
    QTRY_VERIFY(window.reviewEditor()->session().hasReview());
    QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("titleEdit")), QStringLiteral("Stalker"));
    auto* editor = window.findChild<QPlainTextEdit*>(QStringLiteral("markdownEditor"));
    editor->setPlainText(kReview);
    auto* status = window.findChild<QComboBox*>(QStringLiteral("statusCombo"));
    status->setCurrentIndex(status->findData(QStringLiteral("publish")));
    auto* publish = window.findChild<QAction*>(QStringLiteral("actionPublish"));
    publish->trigger();
    auto* link = window.findChild<QLabel*>(QStringLiteral("publishedLink"));
    QTRY_VERIFY_WITH_TIMEOUT(link->text().contains(QStringLiteral("stalker")), 15000);
    const qint64 reviewId = window.reviewEditor()->session().reviewId();

    // The web edits the second paragraph; the writer the same one.
    QString web = wordpress.post(1).value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString();
    QVERIFY(web.contains(QStringLiteral("<details><summary>The room</summary>")));
    web.replace(QStringLiteral("The writer and the professor follow."),
        QStringLiteral("The writer and the <em>scientist</em> follow."));
    wordpress.editPost(1, web, QDateTime::currentDateTimeUtc().addSecs(60));
    QString mine = kReview;
    mine.replace(QStringLiteral("The writer and the professor follow."),
        QStringLiteral("The writer and the professor follow the stalker."));
    editor->setPlainText(mine);
    publish->trigger();

    // Conflict: nothing sent, the merge view opens by itself.
    MergeDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<MergeDialog*>()) != nullptr && dialog->isVisible(), 15000);
    QCOMPARE(dialog->conflictCount(), 1);
    QVERIFY(!marked(dialog->findChild<QPlainTextEdit*>(QStringLiteral("mergeRemote"))).isEmpty());
    auto* side = dialog->findChild<QComboBox*>(QStringLiteral("mergeSide"));
    side->setFocus();
    QTest::keyClick(side, Qt::Key_Down); // the web's
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("mergeAccept")), Qt::LeftButton);

    // Still Markdown, with the web's words as Markdown and the spoiler as written.
    Post stored;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QFuture<Result<Post>> loading = services.reviews().load(reviewId);
            loading.waitForFinished();
            stored = loading.result().value();
            return stored.body.contains(QStringLiteral("*scientist*"));
        }(),
        10000);
    QCOMPARE(stored.format, SourceFormat::Markdown);
    QVERIFY(stored.body.contains(QStringLiteral("> [!spoiler] The room\n> Nobody goes in.")));
    QTRY_VERIFY(editor->toPlainText().contains(QStringLiteral("*scientist*")));

    // Published again: the blog has the merge, the spoiler markup and the also-like line's place kept.
    publish->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(wordpress.post(1)
                                 .value(QStringLiteral("content"))
                                 .toObject()
                                 .value(QStringLiteral("raw"))
                                 .toString()
                                 .contains(QStringLiteral("The writer and the <em>scientist</em> follow.")),
        15000);
    const QString sent
        = wordpress.post(1).value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString();
    QVERIFY(sent.contains(QStringLiteral("<details><summary>The room</summary>")));
}

// Edits in different paragraphs merge while publishing: the blog gets both, and the open editor takes in the merged
// Markdown (it must not save its older text back over it).
void TestMergeDialog::cleanMergeWhilePublishingReachesTheEditor()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    QVERIFY(profile.ensureExists().ok());
    FakeWordPress wordpress;
    AppServices services(profile);
    services.accounts().setNetworkFactory([&wordpress] { return wordpress.makeNetwork(); });
    QVERIFY(connectFakeBlog(services.accounts()));
    MainWindow window(services);
    window.show();
    window.findChild<QAction*>(QStringLiteral("actionNewReview"))->trigger();
    QTRY_VERIFY(window.reviewEditor()->session().hasReview());
    QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("titleEdit")), QStringLiteral("Stalker"));
    auto* editor = window.findChild<QPlainTextEdit*>(QStringLiteral("markdownEditor"));
    editor->setPlainText(kReview);
    auto* status = window.findChild<QComboBox*>(QStringLiteral("statusCombo"));
    status->setCurrentIndex(status->findData(QStringLiteral("publish")));
    auto* publish = window.findChild<QAction*>(QStringLiteral("actionPublish"));
    publish->trigger();
    auto* link = window.findChild<QLabel*>(QStringLiteral("publishedLink"));
    QTRY_VERIFY_WITH_TIMEOUT(link->text().contains(QStringLiteral("stalker")), 15000);
    const qint64 reviewId = window.reviewEditor()->session().reviewId();

    QString web = wordpress.post(1).value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString();
    web.replace(QStringLiteral("The zone is quiet."), QStringLiteral("The zone is <strong>very</strong> quiet."));
    wordpress.editPost(1, web, QDateTime::currentDateTimeUtc().addSecs(60));
    QString mine = kReview;
    mine.replace(QStringLiteral("a glass of water."), QStringLiteral("a glass of milk."));
    editor->setPlainText(mine);
    link->clear();
    publish->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(wordpress.post(1).value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString().contains(
                                 QStringLiteral("a glass of milk.")),
                             15000);
    const QString sent = wordpress.post(1).value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString();
    QVERIFY2(sent.contains(QStringLiteral("The zone is <strong>very</strong> quiet.")), qPrintable(sent));
    QVERIFY(sent.contains(QStringLiteral("<details><summary>The room</summary>")));
    // The editor shows the merge, as Markdown; more typing is saved on top of it.
    QTRY_VERIFY_WITH_TIMEOUT(editor->toPlainText().contains(QStringLiteral("The zone is **very** quiet.")), 10000);
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral("More."));
    window.reviewEditor()->session().saveNow();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QFuture<Result<Post>> loading = services.reviews().load(reviewId);
            loading.waitForFinished();
            const Post stored = loading.result().value();
            return stored.format == SourceFormat::Markdown && stored.body.contains(QStringLiteral("**very**"))
                   && stored.body.contains(QStringLiteral("More.")) && stored.body.contains(QStringLiteral("a glass of milk."));
        }(),
        10000);
}

QTEST_MAIN(TestMergeDialog)
#include "tst_mergedialog.moc"
