// How the app looks on the user's desktop: a dark palette switched on while it runs recolours the
// Markdown highlighting, the comment HTML, notices and the queue with readable contrast; the
// icons come from the theme, or from Longhand's own drawings when the theme has none, painted in
// the palette's text colour.
#include "GuiFixture.h"
#include "core/markdown/MarkdownRenderer.h"
#include "core/spelling/SpellChecker.h"
#include "core/storage/MediaStore.h"
#include "gui/Icons.h"
#include "gui/MainWindow.h"
#include "gui/ThemeColors.h"
#include "gui/editor/ReviewEditorWidget.h"
#include "gui/editor/ReviewSession.h"
#include "gui/editor/MarkdownEditor.h"
#include "gui/editor/MarkdownHighlighter.h"
#include "gui/moderation/CommentBrowser.h"
#include "gui/moderation/CommentDetailPane.h"
#include "gui/moderation/CommentQueueModel.h"
#include "gui/moderation/ModerationView.h"
#include "gui/moderation/QueueFilterBar.h"
#include "gui/preview/PreviewPane.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolBar>
#include <QToolButton>

using namespace longhand;
using namespace longhand::test;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor text(0xe6, 0xe6, 0xe6);
    for (const QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive }) {
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        p.setColor(group, QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Button, QColor(0x35, 0x35, 0x35));
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::Highlight, QColor(0x3d, 0x6f, 0xb4));
        p.setColor(group, QPalette::HighlightedText, Qt::white);
        p.setColor(group, QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        p.setColor(group, QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        p.setColor(group, QPalette::ToolTipBase, window);
        p.setColor(group, QPalette::ToolTipText, text);
    }
    p.setColor(QPalette::Disabled, QPalette::Window, window);
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

// Every coloured run of text in a document against the background it is drawn on.
QStringList lowContrastRuns(const QTextDocument* document, const QPalette& palette, double wanted)
{
    QStringList problems;
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const auto blockBackground = block.blockFormat().background();
        const auto extra = block.layout()->formats();
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            for (const QTextLayout::FormatRange& range : extra) { // what a highlighter adds
                const int start = fragment.position() - block.position();
                if (range.start <= start && start < range.start + range.length) {
                    format.merge(range.format);
                }
            }
            const QColor foreground = format.foreground().style() != Qt::NoBrush ? format.foreground().color() : text;
            QColor background = base;
            if (format.background().style() != Qt::NoBrush) {
                background = format.background().color();
            } else if (blockBackground.style() != Qt::NoBrush) {
                background = blockBackground.color();
            }
            const double ratio = ThemeColors::contrast(foreground, background);
            if (ratio < wanted) {
                problems.append(QStringLiteral("“%1”: %2 on %3 (%4:1)")
                                    .arg(fragment.text(), foreground.name(), background.name())
                                    .arg(ratio, 0, 'f', 2));
            }
        }
    }
    return problems;
}

// The mean lightness of an icon's drawn pixels, or -1 when nothing is drawn.
int inkLightness(const QIcon& icon)
{
    const QImage image = icon.pixmap(24, 24).toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() > 200) {
                sum += pixel.lightness();
                ++count;
            }
        }
    }
    return count > 0 ? int(sum / count) : -1;
}

QList<QColor> coloursIn(const QString& styleSheet)
{
    QList<QColor> colours;
    static const QRegularExpression hex(QStringLiteral("(background|color): (#[0-9a-f]{6})"));
    for (auto it = hex.globalMatch(styleSheet); it.hasNext();) {
        colours.append(QColor(it.next().captured(2)));
    }
    return colours;
}

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void contrastIsMeasuredRight();
    void highlighterFollowsThePalette();
    void commentHtmlFollowsThePalette();
    void previewFollowsThePalette();
    void noticeLabelFollowsThePalette();
    void noticesAndQueueFollowThePalette();
    void iconsWithoutATheme();

private:
    QPalette m_light;
};

void TestAppearance::initTestCase()
{
    QApplication::setStyle(QStringLiteral("Fusion")); // the same light palette everywhere
    m_light = QApplication::style()->standardPalette();
    QApplication::setPalette(m_light);
}

void TestAppearance::cleanup()
{
    QApplication::setPalette(m_light);
    QIcon::setThemeName(QString());
}

void TestAppearance::contrastIsMeasuredRight()
{
    QCOMPARE(qRound(ThemeColors::contrast(Qt::black, Qt::white)), 21);
    QCOMPARE(ThemeColors::contrast(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
    QVERIFY(qAbs(ThemeColors::contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.02); // WCAG's own example
    // A colour too faint for its background is moved towards the text colour until it is readable.
    const QColor fixed = ThemeColors::withContrast(QColor(0x30, 0x30, 0x30), QColor(0x1e, 0x1e, 0x1e), Qt::white, 4.5);
    QVERIFY(ThemeColors::contrast(fixed, QColor(0x1e, 0x1e, 0x1e)) >= 4.5);
    QVERIFY(!ThemeColors::isDark(m_light));
    QVERIFY(ThemeColors::isDark(darkPalette()));
}

void TestAppearance::highlighterFollowsThePalette()
{
    QTemporaryDir dir;
    SpellChecker spelling(dir.filePath(QStringLiteral("personal.txt")));
    MarkdownEditor editor(spelling);
    editor.setMarkdown(QStringLiteral("# A heading\n\n> A quote with **strong** and *emphasis*.\n\n"
                                      "Some `code` and a [link](https://example.com).\n\n- a list item\n"));
    editor.resize(500, 300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const QColor lightHeading = editor.highlighter()->headingFormat().foreground().color();
    QStringList problems = lowContrastRuns(editor.document(), editor.palette(), 4.5);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(ThemeColors::isDark(editor.palette()));
    // Recoloured at once, without an edit: the heading is now light, and everything is readable.
    QTRY_VERIFY(editor.highlighter()->headingFormat().foreground().color() != lightHeading);
    QVERIFY(editor.highlighter()->headingFormat().foreground().color().lightness() > 128);
    problems = lowContrastRuns(editor.document(), editor.palette(), 4.5);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    for (const QTextCharFormat& format : { editor.highlighter()->headingFormat(), editor.highlighter()->codeFormat(),
             editor.highlighter()->linkFormat(), editor.highlighter()->quoteFormat() }) {
        QVERIFY(ThemeColors::contrast(format.foreground().color(), editor.palette().color(QPalette::Base)) >= 3.0);
    }
}

void TestAppearance::commentHtmlFollowsThePalette()
{
    CommentBrowser browser;
    browser.setCommentHtml(QStringLiteral("<p>Plain words, <a href=\"https://films.example/\">a link</a>, "
                                          "<code>some code</code>.</p><blockquote>A quoted line.</blockquote>"
                                          "<pre>preformatted</pre>"));
    browser.resize(400, 300);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QStringList problems = lowContrastRuns(browser.document(), browser.palette(), 4.5);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(ThemeColors::isDark(browser.palette()));
    problems = lowContrastRuns(browser.document(), browser.palette(), 4.5);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // The link is still coloured as a link, only lighter.
    bool sawLink = false;
    for (QTextBlock block = browser.document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isAnchor()) {
                sawLink = true;
                QCOMPARE(it.fragment().charFormat().foreground().color(), ThemeColors::accent(browser.palette()));
            }
        }
    }
    QVERIFY(sawLink);
}

void TestAppearance::previewFollowsThePalette()
{
    QTemporaryDir dir;
    MediaStore media(dir.path());
    PreviewPane preview(media);
    preview.setRenderedHtml(MarkdownRenderer::render(QStringLiteral(
        "# Solaris\n\nA *slow* film, [reviewed](https://example.com), with `code`.\n\n> A quote.\n\n"
        "```\nfenced\n```\n")).html);
    preview.resize(500, 400);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QStringList problems = lowContrastRuns(preview.document(), preview.palette(), 4.5);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const QString lightSheet = preview.document()->defaultStyleSheet();

    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(preview.document()->defaultStyleSheet() != lightSheet); // re-rendered without an edit
    problems = lowContrastRuns(preview.document(), preview.palette(), 4.5);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAppearance::noticeLabelFollowsThePalette()
{
    QWidget window;
    auto* label = new QLabel(QStringLiteral("Changed on the web"), &window);
    ThemeColors::keepNoticeStyle(label, QStringLiteral("4px"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(coloursIn(label->styleSheet()).size(), 2);
    QVERIFY(coloursIn(label->styleSheet()).at(0).lightness() > 128);
    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(coloursIn(label->styleSheet()).at(0).lightness() < 128);
    const QList<QColor> colours = coloursIn(label->styleSheet());
    QVERIFY(ThemeColors::contrast(colours.at(0), colours.at(1)) >= 4.5);
}

void TestAppearance::noticesAndQueueFollowThePalette()
{
    GuiFixture fixture;
    QVERIFY(fixture.seed());
    MainWindow window(*fixture.services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    ModerationView* view = window.moderationView();
    auto* status = view->filterBar()->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(-1)); // all statuses: spam and trash rows too
    QTRY_COMPARE(view->model()->rowCount(), GuiFixture::kComments);
    QTRY_VERIFY(view->detail()->comment().has_value());
    QTRY_VERIFY(view->model()->index(GuiFixture::kComments - 1, 0).data(CommentQueueModel::StatusRole).isValid());
    auto* notice = window.findChild<QLabel*>(QStringLiteral("commentNotice"));

    for (const bool dark : { false, true }) {
        if (dark) {
            QApplication::setPalette(darkPalette());
        }
        const QPalette palette = QApplication::palette();
        const QColor base = palette.color(QPalette::Base);
        view->showNotice(view->currentCommentId(), QStringLiteral("Approved on the web meanwhile."));
        QTRY_VERIFY(notice->isVisible()); // hidden again when the comment is read back
        QTRY_COMPARE(coloursIn(notice->styleSheet()).value(0).lightness() < 128, dark); // its background
        const QList<QColor> colours = coloursIn(notice->styleSheet());
        QCOMPARE(colours.size(), 2);
        QVERIFY2(ThemeColors::contrast(colours.at(0), colours.at(1)) >= 4.5, qPrintable(notice->styleSheet()));
        int coloured = 0;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            for (int column = 0; column < view->model()->columnCount(); ++column) {
                const QVariant brush = view->model()->index(row, column).data(Qt::ForegroundRole);
                if (brush.isValid()) {
                    ++coloured;
                    const QColor colour = brush.value<QBrush>().color();
                    QVERIFY2(ThemeColors::contrast(colour, base) >= 3.0,
                        qPrintable(QStringLiteral("row %1 column %2: %3 on %4").arg(row).arg(column).arg(colour.name(),
                            base.name())));
                }
            }
        }
        QVERIFY(coloured > 0); // spam and trash rows are greyed
        auto* detail = window.findChild<CommentBrowser*>(QStringLiteral("commentDetail"));
        const QStringList problems = lowContrastRuns(detail->document(), detail->palette(), 4.5);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        if (const QByteArray grabs = qgetenv("LONGHAND_GRAB_DIR"); !grabs.isEmpty()) {
            window.grab().save(QString::fromLocal8Bit(grabs)
                + (dark ? QStringLiteral("/comments-dark.png") : QStringLiteral("/comments-light.png")));
        }
    }
}

void TestAppearance::iconsWithoutATheme()
{
    QIcon::setThemeName(QStringLiteral("longhand-no-such-theme"));
    const QStringList names = Icons::bundledNames();
    QVERIFY(names.size() >= 20);
    for (const QString& name : names) {
        QVERIFY2(!Icons::themed(name).isNull(), qPrintable(name));
        QVERIFY2(inkLightness(Icons::themed(name)) >= 0, qPrintable(name + QStringLiteral(" draws nothing")));
    }

    GuiFixture fixture;
    QVERIFY(fixture.seed());
    MainWindow window(*fixture.services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QList<QAction*> actions;
    const auto toolbarActions = window.findChild<QToolBar*>(QStringLiteral("mainToolbar"))->actions();
    for (QAction* action : toolbarActions) {
        if (!action->isSeparator()) {
            actions.append(action);
        }
    }
    QVERIFY(actions.size() >= 5);
    const auto buttons = window.findChild<QWidget*>(QStringLiteral("commentActions"))->findChildren<QToolButton*>();
    QVERIFY(buttons.size() >= 8);
    for (QToolButton* button : buttons) {
        QVERIFY2(!button->icon().isNull(), qPrintable(button->objectName()));
    }
    for (QAction* action : std::as_const(actions)) {
        QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
        // Painted in the palette's text colour: dark ink on light, light ink on dark.
        QVERIFY2(inkLightness(action->icon()) < 100, qPrintable(action->text()));
    }
    QApplication::setPalette(darkPalette());
    for (QAction* action : std::as_const(actions)) {
        QVERIFY2(inkLightness(action->icon()) > 160, qPrintable(action->text()));
    }
    if (const QByteArray grabs = qgetenv("LONGHAND_GRAB_DIR"); !grabs.isEmpty()) { // to look at it
        window.findChild<QAction*>(QStringLiteral("actionNewReview"))->trigger();
        QTRY_VERIFY(window.reviewEditor()->session().hasReview());
        QTest::qWait(300);
        window.findChild<QPlainTextEdit*>(QStringLiteral("markdownEditor"))->insertPlainText(
            QStringLiteral("# Solaris\n\nA *slow* film with a [link](https://example.com) and `code`.\n\n> A quote.\n"));
        QTest::qWait(1500);
        window.grab().save(QString::fromLocal8Bit(grabs) + QStringLiteral("/reviews-dark.png"));
    }
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
