// Web posts a writer can edit (issue 15, item 6), through the main window: a block post opens readable (its block
// delimiters quiet markers, faint and small, that editing around them leaves whole; the word count of the text
// alone); Blog ▸ Convert to Markdown… is enabled only when every block has a Markdown form (else its tooltip names
// the blocks), shows the HTML beside the Markdown, converts on Convert, keeps the HTML on Cancel, and Back to HTML
// undoes it.
#include "GuiFixture.h"
#include "core/markdown/WebPost.h"
#include "core/settings/AppSettings.h"
#include "core/storage/PublishRepository.h"
#include "gui/MainWindow.h"
#include "gui/editor/MarkdownEditor.h"
#include "gui/editor/MarkdownHighlighter.h"
#include "gui/editor/ReviewEditorWidget.h"
#include "gui/editor/ReviewSession.h"
#include "gui/editor/WebPostActions.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QPushButton>
#include <QSqlQuery>
#include <QTextBlock>
#include <QTextLayout>
#include <QTranslator>

using namespace longhand;

namespace {

const QString kConvertible = QStringLiteral(
    "<!-- wp:paragraph -->\n<p>A <em>crime</em> film by Michael Mann.</p>\n<!-- /wp:paragraph -->\n\n"
    "<!-- wp:heading {\"level\":3} -->\n<h3>Cast</h3>\n<!-- /wp:heading -->\n\n"
    "<!-- wp:list -->\n<ul><!-- wp:list-item -->\n<li>Al Pacino</li>\n<!-- /wp:list-item --><!-- wp:list-item -->\n"
    "<li>Robert De Niro</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list -->");
const QString kConvertibleMarkdown
    = QStringLiteral("A *crime* film by Michael Mann.\n\n### Cast\n\n- Al Pacino\n- Robert De Niro\n");
const QString kColumns = QStringLiteral(
    "<!-- wp:paragraph -->\n<p>Before the columns.</p>\n<!-- /wp:paragraph -->\n\n"
    "<!-- wp:columns -->\n<div class=\"wp-block-columns\"><!-- wp:column -->\n<div class=\"wp-block-column\">"
    "<!-- wp:paragraph -->\n<p>Left.</p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:column --></div>\n<!-- /wp:columns "
    "-->\n\n"
    "<!-- wp:gallery {\"linkTo\":\"none\"} -->\n<figure class=\"wp-block-gallery has-nested-images columns-default "
    "is-cropped\"></figure>\n<!-- /wp:gallery -->");

} // namespace

class TestWebPosts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void delimitersAreQuietMarkers();
    void editingAroundKeepsDelimitersWhole();
    void wordCountIsTheTextAlone();
    void formattingWritesHtml();
    void convertShowsBothThenConvertsAndUndoes();
    void cancelKeepsHtml();
    void blocksWithoutMarkdownAreNamed();
    void headingsConvertInTheFormTheBlogWrites();

private:
    void open(qint64 id);
    QAction* convertAction() const;
    QDialog* convertDialog() const;

    std::unique_ptr<test::GuiFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_convertible = 0;
    qint64 m_columns = 0;
    qint64 m_markdown = 0; // a review written in Longhand
    QTranslator m_english; // the app's plural forms ("12 words"), as main.cpp installs them
};

void TestWebPosts::initTestCase()
{
    QVERIFY(m_english.load(QStringLiteral("longhand_en"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&m_english);
}

void TestWebPosts::init()
{
    m_fixture = std::make_unique<test::GuiFixture>();
    QVERIFY(m_fixture->seed());
    auto added
        = m_fixture->services->storage().run([siteId = m_fixture->siteId](Database& db) -> Result<QList<qint64>> {
              const auto web = [](qint64 id, const QString& title, const QString& content) {
                  RemotePost post;
                  post.id = id;
                  post.author = 1;
                  post.title = title;
                  post.status = QStringLiteral("publish");
                  post.content = content;
                  post.dateGmt = post.modifiedGmt = QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
                  return post;
              };
              if (auto s = SyncRepository(db).upsertPosts(siteId,
                      { web(10, QStringLiteral("Heat"), kConvertible), web(11, QStringLiteral("Columns"), kColumns) });
                  !s) {
                  return s.error();
              }
              const auto heat = PublishRepository(db).findByRemoteId(siteId, 10);
              const auto columns = PublishRepository(db).findByRemoteId(siteId, 11);
              if (!heat || !columns || !heat.value() || !columns.value()) {
                  return Error::make(Error::Code::NotFound, QStringLiteral("web posts not stored"));
              }
              QSqlQuery markdown(db.connection());
              if (!markdown.exec(QStringLiteral("SELECT id FROM posts WHERE source_format = 'markdown' LIMIT 1"))
                  || !markdown.next()) {
                  return Error::make(Error::Code::NotFound, QStringLiteral("no Markdown review"));
              }
              return QList<qint64> { *heat.value(), *columns.value(), markdown.value(0).toLongLong() };
          });
    m_fixture->services->storage().waitForIdle();
    QVERIFY(added.result().ok());
    m_convertible = added.result().value().at(0);
    m_columns = added.result().value().at(1);
    m_markdown = added.result().value().at(2);
    m_window = std::make_unique<MainWindow>(*m_fixture->services);
    m_window->resize(1400, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWebPosts::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

void TestWebPosts::open(qint64 id)
{
    m_window->reviewEditor()->session().open(id);
    QTRY_COMPARE(m_window->reviewEditor()->session().reviewId(), id);
}

QAction* TestWebPosts::convertAction() const
{
    return m_window->findChild<QAction*>(QStringLiteral("convertToMarkdownAction"));
}

QDialog* TestWebPosts::convertDialog() const
{
    return m_window->findChild<QDialog*>(QStringLiteral("convertToMarkdownDialog"));
}

void TestWebPosts::delimitersAreQuietMarkers()
{
    open(m_convertible);
    MarkdownEditor* editor = m_window->reviewEditor()->editor();
    QVERIFY(editor->htmlSource());
    QCOMPARE(editor->toPlainText(), kConvertible);
    const QTextCharFormat quiet = editor->highlighter()->delimiterFormat();
    QVERIFY(quiet.fontPointSize() > 0 && quiet.fontPointSize() < editor->font().pointSizeF());
    const auto formatAt = [editor](int blockNumber, int column) {
        const QTextBlock block = editor->document()->findBlockByNumber(blockNumber);
        for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
            if (column >= range.start && column < range.start + range.length) {
                return range.format;
            }
        }
        return QTextCharFormat();
    };
    // "<!-- wp:paragraph -->" whole, and the closer, are quiet; the text between is not.
    for (const int column : { 0, 10, 20 }) {
        QCOMPARE(formatAt(0, column).foreground(), quiet.foreground());
        QCOMPARE(formatAt(0, column).fontPointSize(), quiet.fontPointSize());
        QCOMPARE(formatAt(2, column).foreground(), quiet.foreground());
    }
    QVERIFY(formatAt(1, 5).fontPointSize() != quiet.fontPointSize()); // "crime"
    QVERIFY(formatAt(1, 5).foreground() != quiet.foreground());
    // Two delimiters on one line are each marked.
    const QString listLine = editor->document()->findBlockByNumber(11).text();
    QVERIFY2(listLine.startsWith(QStringLiteral("<!-- /wp:list-item --><!-- wp:list-item -->")), qPrintable(listLine));
    QCOMPARE(formatAt(11, 30).foreground(), quiet.foreground());
    if (const QString dir = qEnvironmentVariable("LONGHAND_SCREENSHOT_DIR"); !dir.isEmpty()) { // for the README
        QTRY_VERIFY(convertAction()->isEnabled());
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/webpost.png")));
    }
    // A Markdown review is highlighted as Markdown again.
    open(m_markdown);
    QVERIFY(!editor->htmlSource());
}

void TestWebPosts::editingAroundKeepsDelimitersWhole()
{
    open(m_convertible);
    MarkdownEditor* editor = m_window->reviewEditor()->editor();
    editor->setFocus();
    QTextCursor cursor(editor->document()->findBlockByNumber(0));
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);
    QTest::keyClick(editor, Qt::Key_Backspace); // at the end of "<!-- wp:paragraph -->": steps over it
    QCOMPARE(editor->toPlainText(), kConvertible);
    QCOMPARE(editor->textCursor().position(), 0);
    QTest::keyClick(editor, Qt::Key_Delete); // at its start: steps over it
    QCOMPARE(editor->toPlainText(), kConvertible);
    QCOMPARE(editor->textCursor().position(), int(QStringLiteral("<!-- wp:paragraph -->").size()));
    cursor.setPosition(8); // inside it: the typing lands after it
    editor->setTextCursor(cursor);
    QTest::keyClicks(editor, QStringLiteral("x"));
    QCOMPARE(editor->toPlainText(), QString(kConvertible).insert(21, u'x'));
    QTest::keyClick(editor, Qt::Key_Backspace);
    QCOMPARE(editor->toPlainText(), kConvertible);
    // A selection that cuts a delimiter is narrowed to leave it whole.
    cursor.setPosition(5);
    cursor.setPosition(int(kConvertible.indexOf(QStringLiteral("crime"))), QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    QTest::keyClick(editor, Qt::Key_Delete);
    QVERIFY2(editor->toPlainText().startsWith(QStringLiteral("<!-- wp:paragraph -->crime")),
        qPrintable(editor->toPlainText()));
    // Typing at the end of a paragraph is an ordinary edit.
    editor->undo();
    QCOMPARE(editor->toPlainText(), kConvertible);
    cursor.setPosition(int(kConvertible.indexOf(QStringLiteral(".</p>"))));
    editor->setTextCursor(cursor);
    QTest::keyClicks(editor, QStringLiteral(", twice"));
    QVERIFY(editor->toPlainText().contains(QStringLiteral("Michael Mann, twice.</p>\n<!-- /wp:paragraph -->")));
}

// Bold, italic, a link and an image in a post written on the web are HTML, not Markdown.
void TestWebPosts::formattingWritesHtml()
{
    open(m_convertible);
    MarkdownEditor* editor = m_window->reviewEditor()->editor();
    editor->setFocus();
    const int cast = int(kConvertible.indexOf(QStringLiteral("Cast")));
    QTextCursor cursor(editor->document());
    cursor.setPosition(cast);
    cursor.setPosition(cast + 4, QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    QTest::keyClick(editor, Qt::Key_B, Qt::ControlModifier);
    QVERIFY2(editor->toPlainText().contains(QStringLiteral("<h3><strong>Cast</strong></h3>")),
        qPrintable(editor->toPlainText()));
    QTest::keyClick(editor, Qt::Key_B, Qt::ControlModifier); // again: taken off
    QCOMPARE(editor->toPlainText(), kConvertible);
    QTest::keyClick(editor, Qt::Key_I, Qt::ControlModifier);
    QVERIFY(editor->toPlainText().contains(QStringLiteral("<h3><em>Cast</em></h3>")));
    editor->undo();
    QCOMPARE(editor->toPlainText(), kConvertible);
    cursor.setPosition(cast);
    cursor.setPosition(cast + 4, QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    editor->insertLink();
    QVERIFY2(editor->toPlainText().contains(QStringLiteral("<h3><a href=\"https://\">Cast</a></h3>")),
        qPrintable(editor->toPlainText()));
    QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("https://"));
    editor->undo();
    cursor.setPosition(int(kConvertible.size()));
    editor->setTextCursor(cursor);
    editor->insertImageReference(QStringLiteral("media/ab12-still.png"), QStringLiteral("Pacino & De Niro"));
    QVERIFY2(editor->toPlainText().endsWith(
                 QStringLiteral("\n\n<img src=\"media/ab12-still.png\" alt=\"Pacino &amp; De Niro\">\n")),
        qPrintable(editor->toPlainText()));
}

void TestWebPosts::wordCountIsTheTextAlone()
{
    open(m_convertible);
    auto* label = m_window->findChild<QLabel*>(QStringLiteral("wordCountLabel"));
    QVERIFY(label);
    QCOMPARE(webpost::countWords(kConvertible), 12);
    QTRY_VERIFY2(label->text().startsWith(QStringLiteral("12 words")), qPrintable(label->text()));
}

void TestWebPosts::convertShowsBothThenConvertsAndUndoes()
{
    open(m_convertible);
    QTRY_VERIFY(convertAction()->isEnabled());
    convertAction()->trigger();
    QTRY_VERIFY(convertDialog() && convertDialog()->isVisible());
    QDialog* dialog = convertDialog();
    QCOMPARE(dialog->findChild<QPlainTextEdit*>(QStringLiteral("convertHtmlView"))->toPlainText(), kConvertible);
    // Block against block: each block's Markdown starts on the line its HTML starts on.
    const QStringList htmlLines = kConvertible.split(QLatin1Char('\n'));
    const QStringList markdownLines
        = dialog->findChild<QPlainTextEdit*>(QStringLiteral("convertMarkdownView"))->toPlainText().split(QLatin1Char('\n'));
    QCOMPARE(markdownLines.indexOf(QStringLiteral("A *crime* film by Michael Mann.")), 0);
    QCOMPARE(markdownLines.indexOf(QStringLiteral("### Cast")), htmlLines.indexOf(QStringLiteral("<!-- wp:heading {\"level\":3} -->")));
    QCOMPARE(markdownLines.indexOf(QStringLiteral("- Al Pacino")), htmlLines.indexOf(QStringLiteral("<!-- wp:list -->")));
    QCOMPARE(markdownLines.indexOf(QStringLiteral("- Robert De Niro")), htmlLines.indexOf(QStringLiteral("<!-- wp:list -->")) + 1);
    QCOMPARE(markdownLines.size(), htmlLines.size());
    // And on screen: the lines have one height on both sides (the faint delimiters are not drawn smaller here).
    auto* htmlView = dialog->findChild<QPlainTextEdit*>(QStringLiteral("convertHtmlView"));
    auto* markdownView = dialog->findChild<QPlainTextEdit*>(QStringLiteral("convertMarkdownView"));
    const auto lineTop = [](QPlainTextEdit* view, qsizetype line) {
        return view->cursorRect(QTextCursor(view->document()->findBlockByNumber(int(line)))).top();
    };
    const qsizetype list = htmlLines.indexOf(QStringLiteral("<!-- wp:list -->"));
    QCOMPARE(lineTop(markdownView, list), lineTop(htmlView, list));
    const QString statement = dialog->findChild<QLabel*>(QStringLiteral("convertStatement"))->text();
    QVERIFY2(statement.contains(QStringLiteral("same 3 blocks")), qPrintable(statement));
    if (const QString dir = qEnvironmentVariable("LONGHAND_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/webpost-convert.png")));
    }
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("convertButton")), Qt::LeftButton);

    ReviewSession& session = m_window->reviewEditor()->session();
    MarkdownEditor* editor = m_window->reviewEditor()->editor();
    QTRY_COMPARE(session.currentPost().format, SourceFormat::Markdown);
    QTRY_COMPARE(editor->toPlainText(), kConvertibleMarkdown);
    QVERIFY(!editor->htmlSource());
    QVERIFY(!convertAction()->isEnabled());
    auto* undo = m_window->findChild<QAction*>(QStringLiteral("undoConvertToMarkdownAction"));
    QTRY_VERIFY(undo->isEnabled());

    undo->trigger();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox*>(QStringLiteral("undoConvertMessage"))) && box->isVisible());
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("undoConvertButton")), Qt::LeftButton);
    QTRY_COMPARE(session.currentPost().format, SourceFormat::Html);
    QTRY_COMPARE(editor->toPlainText(), kConvertible);
    QVERIFY(editor->htmlSource());
    QTRY_VERIFY(!undo->isEnabled());
}

void TestWebPosts::cancelKeepsHtml()
{
    open(m_convertible);
    QTRY_VERIFY(convertAction()->isEnabled());
    convertAction()->trigger();
    QTRY_VERIFY(convertDialog() && convertDialog()->isVisible());
    QTest::mouseClick(convertDialog()->findChild<QPushButton*>(QStringLiteral("convertCancelButton")), Qt::LeftButton);
    QTRY_VERIFY(!convertDialog() || !convertDialog()->isVisible());
    QTest::qWait(200);
    m_fixture->services->storage().waitForIdle();
    auto stored = m_fixture->services->reviews().load(m_convertible);
    QTRY_VERIFY(stored.isFinished());
    QCOMPARE(stored.result().value().format, SourceFormat::Html);
    QCOMPARE(stored.result().value().body, kConvertible);
    QCOMPARE(m_window->reviewEditor()->editor()->toPlainText(), kConvertible);
    QVERIFY(convertAction()->isEnabled());
}

void TestWebPosts::blocksWithoutMarkdownAreNamed()
{
    open(m_columns);
    WebPostActions* actions = m_window->reviewEditor()->webPost();
    QTRY_VERIFY(convertAction()->toolTip().contains(QStringLiteral("columns")));
    QVERIFY(!convertAction()->isEnabled());
    QVERIFY2(convertAction()->toolTip().contains(QStringLiteral("columns, gallery")),
        qPrintable(convertAction()->toolTip()));
    QCOMPARE(actions->conversion().keptAsHtml, (QStringList { QStringLiteral("columns"), QStringLiteral("gallery") }));
    // Taking the columns and the gallery out makes it convertible, as the writer types.
    MarkdownEditor* editor = m_window->reviewEditor()->editor();
    QTextCursor cursor(editor->document());
    cursor.setPosition(int(kColumns.indexOf(QStringLiteral("<!-- wp:columns"))) - 2);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Delete);
    QTRY_VERIFY(convertAction()->isEnabled());
}

// On a blog whose WordPress writes headings with their class (6.2+, as the sync found it: DetectedBlockSupport), a
// heading in 6.1's form would be published differently and stays HTML; in the blog's own form it converts.
void TestWebPosts::headingsConvertInTheFormTheBlogWrites()
{
    {
        QSettings& settings = m_fixture->services->settings();
        DetectedBlockSupport { BlockSupport { false, true }, QDateTime::currentDateTimeUtc() }.save(
            settings, m_fixture->siteId);
    }
    open(m_convertible);
    WebPostActions* actions = m_window->reviewEditor()->webPost();
    QTRY_VERIFY(convertAction()->toolTip().contains(QStringLiteral("heading")));
    QVERIFY(!convertAction()->isEnabled());
    QCOMPARE(actions->conversion().keptAsHtml, QStringList { QStringLiteral("heading") });
    MarkdownEditor* editor = m_window->reviewEditor()->editor();
    QTextCursor cursor(editor->document());
    cursor.setPosition(int(kConvertible.indexOf(QStringLiteral("<h3>"))) + 3);
    editor->setTextCursor(cursor);
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral(" class=\"wp-block-heading\""));
    QTRY_VERIFY(convertAction()->isEnabled());
    QCOMPARE(actions->conversion().markdown, kConvertibleMarkdown);
    QVERIFY(actions->conversion().published.contains(QStringLiteral("<h3 class=\"wp-block-heading\">Cast</h3>")));
}

QTEST_MAIN(TestWebPosts)
#include "tst_webposts.moc"
