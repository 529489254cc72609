// The whole window and every dialog reachable from its menus without the network, walked widget by
// widget as assistive technology and a keyboard-only user meet them: every control has a name (as
// the accessibility layer reports it), a tooltip when it shows no text of its own, every menu item
// a mnemonic unique in its menu, every shortcut is listed somewhere, and Tab reaches every control.
#include "GuiFixture.h"
#include "core/domain/Comment.h"
#include "gui/MainWindow.h"
#include "gui/editor/MergeDialog.h"
#include "gui/editor/ReviewEditorWidget.h"
#include "gui/editor/ReviewSession.h"
#include "gui/moderation/CommentDetailPane.h"
#include "gui/moderation/CommentQueueModel.h"
#include "gui/moderation/CommentQueueView.h"
#include "gui/moderation/ModerationView.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QRegularExpression>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

using namespace longhand;
using namespace longhand::test;

namespace {

QString describe(const QWidget* w)
{
    QStringList chain;
    for (const QWidget* up = w; up; up = up->parentWidget()) {
        chain.append(QStringLiteral("%1#%2").arg(QString::fromLatin1(up->metaObject()->className()),
            up->objectName().isEmpty() ? QStringLiteral("?") : up->objectName()));
    }
    return chain.join(QStringLiteral(" < "));
}

bool isInteractive(const QWidget* w)
{
    if (qobject_cast<const QHeaderView*>(w) || qobject_cast<const QScrollBar*>(w)) {
        return false; // parts of their view, named by it
    }
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w)
        || qobject_cast<const QTextEdit*>(w) || qobject_cast<const QPlainTextEdit*>(w)
        || qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w)
        || qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QTabBar*>(w)
        || qobject_cast<const QAbstractSlider*>(w);
}

// Qt's own inner parts of a composite control: the composite is what is checked.
bool isInnerPart(const QWidget* w)
{
    const QWidget* parent = w->parentWidget();
    return qobject_cast<const QComboBox*>(parent) || qobject_cast<const QAbstractSpinBox*>(parent)
        || qobject_cast<const QLineEdit*>(parent) || qobject_cast<const QTabBar*>(parent)
        || qobject_cast<const QAbstractItemView*>(parent) // the corner button of a table
        || w->objectName().startsWith(QLatin1String("qt_"));
}

bool hasOwnText(const QWidget* w)
{
    if (const auto* tool = qobject_cast<const QToolButton*>(w)) {
        return !tool->text().isEmpty() && tool->toolButtonStyle() != Qt::ToolButtonIconOnly;
    }
    if (const auto* button = qobject_cast<const QAbstractButton*>(w)) {
        return !button->text().isEmpty();
    }
    // Fields: a visible label pointing at them.
    const auto labels = w->window()->findChildren<QLabel*>();
    return std::any_of(labels.cbegin(), labels.cend(),
        [w](const QLabel* label) { return label->buddy() == w && label->isVisible(); });
}

bool needsToolTip(const QWidget* w)
{
    // Lists, tables and text areas show their content, and their name says what it is; a tooltip
    // over a whole text area would only get in the writer's way.
    return !qobject_cast<const QAbstractItemView*>(w) && !qobject_cast<const QTabBar*>(w)
        && !qobject_cast<const QTextEdit*>(w) && !qobject_cast<const QPlainTextEdit*>(w);
}

QStringList unnamedControls(QWidget* root)
{
    QStringList offenders;
    auto widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : std::as_const(widgets)) {
        if (!w->isVisible() || !isInteractive(w) || isInnerPart(w)) {
            continue;
        }
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(w);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty()) {
            offenders.append(QStringLiteral("no accessible name: ") + describe(w));
        }
        if (needsToolTip(w) && !hasOwnText(w) && w->toolTip().trimmed().isEmpty()) {
            offenders.append(QStringLiteral("no text and no tooltip: ") + describe(w));
        }
    }
    return offenders;
}

QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) != QLatin1Char('&')) {
                return text.at(i + 1).toLower();
            }
            ++i;
        }
    }
    return {};
}

void checkMnemonics(const QString& where, const QList<QAction*>& actions, QStringList& offenders)
{
    QHash<QChar, QString> used;
    for (QAction* action : actions) {
        if (action->isSeparator() || !action->isVisible() || action->text().isEmpty()) {
            continue;
        }
        const QChar letter = mnemonicOf(action->text());
        if (letter.isNull()) {
            offenders.append(QStringLiteral("%1: “%2” has no mnemonic").arg(where, action->text()));
        } else if (used.contains(letter)) {
            offenders.append(QStringLiteral("%1: “%2” and “%3” share Alt+%4")
                                 .arg(where, used.value(letter), action->text(), QString(letter)));
        } else {
            used.insert(letter, action->text());
        }
        if (action->menu()) {
            checkMnemonics(where + QStringLiteral(" ▸ ") + action->text(), action->menu()->actions(), offenders);
        }
    }
}

// Alt+letter must mean one thing in a window: the menu titles, the buttons and the labels of fields.
QStringList mnemonicClashes(QWidget* window)
{
    QHash<QChar, QString> used;
    QStringList clashes;
    const auto note = [&](const QString& text) {
        const QChar letter = mnemonicOf(text);
        if (letter.isNull()) {
            return;
        }
        if (used.contains(letter)) {
            clashes.append(QStringLiteral("“%1” and “%2” share Alt+%3").arg(used.value(letter), text, QString(letter)));
        } else {
            used.insert(letter, text);
        }
    };
    if (auto* bar = window->findChild<QMenuBar*>()) {
        const auto menus = bar->actions();
        for (const QAction* menu : menus) {
            note(menu->text());
        }
    }
    const auto widgets = window->findChildren<QWidget*>();
    for (const QWidget* w : widgets) {
        if (!w->isVisible()) {
            continue;
        }
        if (const auto* button = qobject_cast<const QAbstractButton*>(w)) {
            note(button->text());
        } else if (const auto* label = qobject_cast<const QLabel*>(w); label && label->buddy()) {
            note(label->text());
        }
    }
    return clashes;
}

// Widgets on which Tab is text (the Markdown editor): Ctrl+Tab leaves them, as their tooltip says.
bool tabIsText(const QWidget* w)
{
    const auto* plain = qobject_cast<const QPlainTextEdit*>(w);
    return plain && !plain->tabChangesFocus() && !plain->isReadOnly();
}

QList<QWidget*> tabStops(QWidget* root)
{
    QList<QWidget*> stops;
    const auto widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy()
            && !isInnerPart(w)) {
            stops.append(w);
        }
    }
    return stops;
}

// Presses Tab from the first stop until the focus comes back to it; every stop must have been met.
QStringList unreachable(QWidget* root)
{
    const QList<QWidget*> stops = tabStops(root);
    if (stops.isEmpty()) {
        return { QStringLiteral("nothing focusable in ") + describe(root) };
    }
    QWidget* start = stops.constFirst();
    root->window()->activateWindow();
    start->setFocus(Qt::TabFocusReason);
    if (QApplication::focusWidget() != start) {
        return { QStringLiteral("cannot focus ") + describe(start) };
    }
    QSet<QWidget*> visited { start };
    QStringList problems;
    const int limit = int(stops.size()) * 4 + 40;
    int presses = 0;
    for (; presses < limit; ++presses) {
        QWidget* focus = QApplication::focusWidget();
        if (!focus) {
            problems.append(QStringLiteral("the focus was lost after %1 presses").arg(presses));
            break;
        }
        QTest::keyClick(focus, Qt::Key_Tab, tabIsText(focus) ? Qt::ControlModifier : Qt::NoModifier);
        QWidget* next = QApplication::focusWidget();
        if (next == start) {
            break;
        }
        if (next) {
            visited.insert(next);
        }
        if (qEnvironmentVariableIsSet("LONGHAND_TRACE_TAB")) {
            qInfo("Tab -> %s", next ? qPrintable(describe(next)) : "nothing");
        }
    }
    if (presses == limit) {
        problems.append(QStringLiteral("Tab never came back to %1 (a trap at %2?)")
                            .arg(describe(start), QApplication::focusWidget() ? describe(QApplication::focusWidget())
                                                                               : QStringLiteral("nothing")));
    }
    for (QWidget* stop : stops) {
        // Tab enters a group of radio buttons once, at the checked one; arrows move inside it.
        const auto* radio = qobject_cast<const QRadioButton*>(stop);
        if (radio && radio->autoExclusive()) {
            const auto siblings = radio->parentWidget()->findChildren<QRadioButton*>(Qt::FindDirectChildrenOnly);
            if (std::any_of(siblings.cbegin(), siblings.cend(), [&](QRadioButton* r) { return visited.contains(r); })) {
                continue;
            }
        }
        if (!visited.contains(stop)) {
            problems.append(QStringLiteral("Tab never reaches ") + describe(stop));
        }
    }
    return problems;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void reviewsPage();
    void reviewsPageWithFindBar();
    void commentsPage();
    void commentsPageWithReplyBox();
    void dialogs_data();
    void dialogs();
    void mergeDialog();
    void cheatSheet();
    void restoreButtonsSayWhatTheyDo();
    void menusHaveUniqueMnemonics();
    void everyShortcutIsListed();

private:
    void checkPage(QWidget* page);
    void checkDialog(QDialog* dialog);
    QDialog* waitForDialog(const QString& objectName) const;

    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    // No session bus: the Add Blog dialog's keychain probe fails at once and offers the file.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
}

void TestAccessibility::init()
{
    m_fixture = std::make_unique<GuiFixture>();
    QVERIFY(m_fixture->seed());
    m_window = std::make_unique<MainWindow>(*m_fixture->services);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

void TestAccessibility::checkPage(QWidget* page)
{
    const QStringList unnamed = unnamedControls(m_window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    const QStringList clashes = mnemonicClashes(m_window.get());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    const QStringList unreached = unreachable(page);
    QVERIFY2(unreached.isEmpty(), qPrintable(unreached.join(QLatin1Char('\n'))));
}

void TestAccessibility::checkDialog(QDialog* dialog)
{
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const QStringList unnamed = unnamedControls(dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    const QStringList clashes = mnemonicClashes(dialog);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    const QStringList unreached = unreachable(dialog);
    QVERIFY2(unreached.isEmpty(), qPrintable(unreached.join(QLatin1Char('\n'))));
}

QDialog* TestAccessibility::waitForDialog(const QString& objectName) const
{
    QDialog* found = nullptr;
    const bool opened = QTest::qWaitFor(
        [&] {
            const auto dialogs = m_window->findChildren<QDialog*>();
            for (QDialog* dialog : dialogs) {
                if (dialog->isVisible() && (objectName.isEmpty() || dialog->objectName() == objectName)) {
                    found = dialog;
                    return true;
                }
            }
            return false;
        },
        5000);
    return opened ? found : nullptr;
}

void TestAccessibility::reviewsPage()
{
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    m_window->findChild<QAction*>(QStringLiteral("actionNewReview"))->trigger();
    QTRY_VERIFY(m_window->reviewEditor()->session().hasReview());
    checkPage(m_window->findChild<QStackedWidget*>(QStringLiteral("mainPages"))->currentWidget());
}

void TestAccessibility::reviewsPageWithFindBar()
{
    m_window->findChild<QAction*>(QStringLiteral("actionNewReview"))->trigger();
    QTRY_VERIFY(m_window->reviewEditor()->session().hasReview());
    m_window->findChild<QAction*>(QStringLiteral("actionReplace"))->trigger();
    QTRY_VERIFY(m_window->findChild<QWidget*>(QStringLiteral("findReplaceBar"))->isVisible());
    checkPage(m_window->findChild<QStackedWidget*>(QStringLiteral("mainPages"))->currentWidget());
}

void TestAccessibility::commentsPage()
{
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY(m_window->isShowingComments());
    ModerationView* view = m_window->moderationView();
    QTRY_COMPARE(view->model()->rowCount(), GuiFixture::kPending);
    QTRY_VERIFY(view->detail()->comment().has_value());
    view->detail()->setThreadVisible(true);
    checkPage(view);
}

void TestAccessibility::commentsPageWithReplyBox()
{
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    ModerationView* view = m_window->moderationView();
    QTRY_COMPARE(view->model()->rowCount(), GuiFixture::kPending);
    QTRY_VERIFY(view->detail()->comment().has_value());
    QTest::keyClick(view->queue(), Qt::Key_R);
    QTRY_VERIFY(m_window->findChild<QWidget*>(QStringLiteral("replyBox"))->isVisible());
    checkPage(view);
}

void TestAccessibility::dialogs_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("dialog");
    QTest::newRow("add blog") << QStringLiteral("actionAddBlog") << QString();
    QTest::newRow("waiting to publish") << QStringLiteral("actionOutbox") << QString();
    QTest::newRow("settings") << QStringLiteral("actionSettings") << QStringLiteral("settingsDialog");
    QTest::newRow("export") << QStringLiteral("actionExport") << QStringLiteral("exportDialog");
}

void TestAccessibility::dialogs()
{
    QFETCH(QString, action);
    QFETCH(QString, dialog);
    auto* trigger = m_window->findChild<QAction*>(action);
    if (!trigger) {
        QSKIP("this build has no such menu item yet");
    }
    trigger->trigger();
    QDialog* opened = waitForDialog(dialog);
    QVERIFY2(opened, qPrintable(QStringLiteral("no dialog after ") + action));
    checkDialog(opened);
    opened->reject();
}

void TestAccessibility::mergeDialog()
{
    auto* dialog = new MergeDialog(QStringLiteral("Solaris"), QStringLiteral("<p>One.</p>\n\n<p>Two.</p>\n"),
        QStringLiteral("<p>One, mine.</p>\n\n<p>Two.</p>\n"), QStringLiteral("<p>One, web.</p>\n\n<p>Two.</p>\n"),
        m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    checkDialog(dialog);
    dialog->reject();
}

void TestAccessibility::cheatSheet()
{
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    ModerationView* view = m_window->moderationView();
    QTRY_COMPARE(view->model()->rowCount(), GuiFixture::kPending);
    QTest::keyClick(view->queue(), Qt::Key_Question, Qt::ShiftModifier);
    QDialog* sheet = waitForDialog(QStringLiteral("cheatSheet"));
    QVERIFY(sheet);
    checkDialog(sheet);
    sheet->reject();
}

void TestAccessibility::restoreButtonsSayWhatTheyDo()
{
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    ModerationView* view = m_window->moderationView();
    auto* status = m_window->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(int(CommentStatus::Spam)));
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QTRY_VERIFY(view->detail()->comment().has_value());
    auto* notSpam = m_window->findChild<QToolButton*>(QStringLiteral("notSpamButton"));
    QTRY_VERIFY(notSpam->isVisible());
    // The command's state changes (it is disabled and enabled again) must not rename the button.
    QAction* command = m_window->findChild<QAction*>(QStringLiteral("actionRestoreComment"));
    command->setEnabled(false);
    QVERIFY(!notSpam->isEnabled());
    command->setEnabled(true);
    QCOMPARE(notSpam->text(), QStringLiteral("Not Spam"));
    QCOMPARE(QAccessible::queryAccessibleInterface(notSpam)->text(QAccessible::Name), QStringLiteral("Not Spam"));
    QVERIFY(!notSpam->icon().isNull());
    const int row = view->model()->rowOf(view->currentCommentId());
    QTest::keyClick(notSpam, Qt::Key_Space);
    // Back to pending (its status before spam is unknown here), as wp-admin does.
    QTRY_COMPARE(view->model()->index(row, 0).data(CommentQueueModel::StatusRole).toInt(), int(CommentStatus::Hold));
}

void TestAccessibility::menusHaveUniqueMnemonics()
{
    QStringList offenders;
    checkMnemonics(QStringLiteral("menu bar"), m_window->menuBar()->actions(), offenders);
    // The comment queue's context menu lists every moderation action, and the More button's menu.
    checkMnemonics(QStringLiteral("comment queue menu"), m_window->moderationView()->queue()->actions(), offenders);
    auto* more = m_window->findChild<QToolButton*>(QStringLiteral("moreActionsButton"));
    QVERIFY(more && more->menu());
    checkMnemonics(QStringLiteral("More"), more->menu()->actions(), offenders);
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
}

void TestAccessibility::everyShortcutIsListed()
{
    // What the menus show: every action in them, with its shortcut beside it.
    QSet<QAction*> inMenus;
    std::function<void(const QList<QAction*>&)> collect = [&](const QList<QAction*>& actions) {
        for (QAction* action : actions) {
            inMenus.insert(action);
            if (action->menu()) {
                collect(action->menu()->actions());
            }
        }
    };
    collect(m_window->menuBar()->actions());
    // What the cheat sheet lists: "Shift+A / Shift+U", "Delete, Shift+Delete", ...
    QSet<QString> listed;
    const auto bindings = ModerationView::keyBindings();
    for (const KeyCheatSheet::Entry& entry : bindings) {
        const auto keys = entry.keys.split(QRegularExpression(QStringLiteral("\\s*[/,]\\s*(?=\\S)")));
        for (const QString& key : keys) {
            listed.insert(QKeySequence(key.trimmed(), QKeySequence::PortableText).toString(QKeySequence::PortableText));
        }
    }
    listed.insert(QStringLiteral("/")); // "/" itself separates the list above; it is listed on its own row
    QStringList unlisted;
    const auto actions = m_window->findChildren<QAction*>();
    for (QAction* action : actions) {
        if (inMenus.contains(action)) {
            continue;
        }
        const auto keys = action->shortcuts();
        for (const QKeySequence& key : keys) {
            if (!listed.contains(key.toString(QKeySequence::PortableText))) {
                unlisted.append(QStringLiteral("%1 (%2)").arg(key.toString(QKeySequence::PortableText),
                    action->objectName().isEmpty() ? action->text() : action->objectName()));
            }
        }
    }
    const auto shortcuts = m_window->findChildren<QShortcut*>();
    for (QShortcut* shortcut : shortcuts) {
        const auto keys = shortcut->keys();
        for (const QKeySequence& key : keys) {
            if (!listed.contains(key.toString(QKeySequence::PortableText))) {
                unlisted.append(QStringLiteral("%1 (QShortcut %2)")
                                    .arg(key.toString(QKeySequence::PortableText), shortcut->objectName()));
            }
        }
    }
    QVERIFY2(unlisted.isEmpty(), qPrintable(QStringLiteral("shortcuts in no menu and not in the cheat sheet: ")
                                     + unlisted.join(QStringLiteral(", "))));
    // The moderation actions are in no menu bar menu: the cheat sheet is where their keys are.
    QVERIFY(!listed.isEmpty());
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
