// "You may also like" suggested from the cache (issue 15, item 8): the field's completer offers the reviews that share
// the most with the open one first, when the empty field is entered and among the matches of what is typed.
#include "core/Profile.h"
#include "core/storage/Database.h"
#include "core/storage/PostRepository.h"
#include "gui/AppServices.h"
#include "gui/MainWindow.h"
#include "gui/editor/ReviewEditorWidget.h"
#include "gui/editor/ReviewSession.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;

class TestAlsoLike : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void enteringTheEmptyFieldOffersTheRelatedReviewFirst();
    void typedMatchesListTheRelatedReviewFirst();

private:
    QLineEdit* alsoLikeEdit() const
    {
        auto* edit = m_window->findChild<QLineEdit*>(QStringLiteral("alsoLikeEdit"));
        if (!edit) {
            qFatal("no alsoLikeEdit");
        }
        return edit;
    }
    void openStalker();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_stalker = 0;
};

void TestAlsoLike::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Profile profile(m_dir->path());
    QVERIFY(profile.ensureExists().ok());
    {
        auto db = Database::open(profile.databasePath());
        QVERIFY(db);
        PostRepository posts(**db);
        const auto add = [&posts](const QString& title, const QString& body, const QStringList& tags) {
            Post post;
            post.title = title;
            post.body = body;
            post.categories = {QStringLiteral("Reviews")};
            post.tags = tags;
            return posts.create(post).value();
        };
        // Alphabetically, "Mirror" and "Paddington" come before "Solaris"; Solaris shares the most with Stalker.
        m_stalker = add(QStringLiteral("Stalker"), QStringLiteral("Three men walk into the Zone, towards the Room."),
                        {QStringLiteral("tarkovsky"), QStringLiteral("soviet")});
        add(QStringLiteral("Solaris"), QStringLiteral("A station above a thinking ocean."), {QStringLiteral("tarkovsky"), QStringLiteral("soviet")});
        add(QStringLiteral("Mirror"), QStringLiteral("Memories of a childhood."), {});
        add(QStringLiteral("Paddington"), QStringLiteral("A bear from Peru in London."), {});
    }
    m_services = std::make_unique<AppServices>(profile);
    m_window = std::make_unique<MainWindow>(*m_services);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
}

void TestAlsoLike::cleanup()
{
    m_window.reset();
    m_services.reset();
    m_dir.reset();
}

void TestAlsoLike::openStalker()
{
    m_window->reviewEditor()->session().open(m_stalker);
    QTRY_COMPARE(m_window->reviewEditor()->session().reviewId(), m_stalker);
    QTRY_VERIFY(alsoLikeEdit()->isEnabled());
    // The suggestions arrive from the storage thread.
    QTRY_COMPARE(alsoLikeEdit()->completer()->model()->index(0, 0).data().toString(), QStringLiteral("Solaris"));
}

void TestAlsoLike::enteringTheEmptyFieldOffersTheRelatedReviewFirst()
{
    openStalker();
    QLineEdit* edit = alsoLikeEdit();
    QCompleter* completer = edit->completer();
    edit->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionModel()->index(0, 0).data().toString(), QStringLiteral("Solaris"));
    // Its own title is never offered.
    for (int row = 0; row < completer->completionModel()->rowCount(); ++row) {
        QVERIFY(completer->completionModel()->index(row, 0).data().toString() != QStringLiteral("Stalker"));
    }
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_COMPARE(edit->text(), QStringLiteral("Solaris"));
}

void TestAlsoLike::typedMatchesListTheRelatedReviewFirst()
{
    openStalker();
    QLineEdit* edit = alsoLikeEdit();
    edit->setFocus(Qt::TabFocusReason);
    if (edit->completer()->popup()->isVisible()) {
        QTest::keyClick(edit->completer()->popup(), Qt::Key_Escape);
    }
    QTest::keyClicks(edit, QStringLiteral("o")); // Solaris, Mirror and Paddington all contain an "o"
    QCompleter* completer = edit->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionModel()->rowCount(), 3);
    QCOMPARE(completer->completionModel()->index(0, 0).data().toString(), QStringLiteral("Solaris"));
}

QTEST_MAIN(TestAlsoLike)
#include "tst_alsolike.moc"
