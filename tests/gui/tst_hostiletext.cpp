// Every field a blog, its commenters or anything between them can fill holds hostile markup: tags that
// would render, an <img> and a stylesheet @import naming local files, an escaped tag that turns into a
// real one once decoded. The whole window is walked (reviews, the web post in the editor, its preview
// and metadata, the comment queue row by row with the detail, card and thread, the settings and outbox
// dialogs, a merge view) and every tooltip is hovered. Nothing may be rendered as markup, and no file
// named by the blog may be opened: a tripwire folder is watched with inotify the whole time.
#include "GuiFixture.h"
#include "core/settings/AppSettings.h"
#include "gui/MainWindow.h"
#include "gui/SafeText.h"
#include "gui/drafts/DraftsSidebar.h"
#include "gui/editor/MergeDialog.h"
#include "gui/editor/ReviewEditorWidget.h"
#include "gui/editor/ReviewSession.h"
#include "gui/moderation/CommentDetailPane.h"
#include "gui/moderation/CommentQueueModel.h"
#include "gui/moderation/CommentQueueView.h"
#include "gui/moderation/ModerationView.h"
#include "gui/preview/PreviewPane.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QHelpEvent>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QStatusBar>
#include <QTest>
#include <QToolTip>
#include <QTreeView>

#include <sys/inotify.h>
#include <unistd.h>

using namespace longhand;
using namespace longhand::test;

namespace {

constexpr auto kMarker = "LHX";

// Watches a folder for any open or read of the files in it.
class Tripwire
{
public:
    explicit Tripwire(const QString& folder)
    {
        m_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        if (m_fd >= 0) {
            m_watch = inotify_add_watch(m_fd, folder.toLocal8Bit().constData(), IN_OPEN | IN_ACCESS);
        }
    }
    ~Tripwire()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    bool armed() const { return m_fd >= 0 && m_watch >= 0; }
    // Names of the files opened or read since the last call.
    QStringList touched()
    {
        QStringList names;
        alignas(inotify_event) char buffer[8192];
        for (;;) {
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n <= 0) {
                break;
            }
            for (char* p = buffer; p < buffer + n;) {
                const auto* event = reinterpret_cast<const inotify_event*>(p);
                names.append(event->len ? QString::fromLocal8Bit(event->name) : QStringLiteral("(the folder)"));
                p += sizeof(inotify_event) + event->len;
            }
        }
        return names;
    }

private:
    int m_fd = -1;
    int m_watch = -1;
};

} // namespace

class TestHostileText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { m_failures.clear(); }
    void everySurfaceShowsRemoteTextAsWritten();
    void mergeViewShowsTitleAsWritten();
    void literalToolTipShowsMarkupAsText();
    void reviewOpenAtACrashIsNotReopened();

private:
    QString hostile(const QString& field) const;
    // Checks one string as a widget will show it; records a failure naming where.
    void checkShown(const QString& shown, bool plainFormat, const QString& where);
    void walk(QWidget* top, const QString& where);
    void hoverAll(QAbstractItemView* view, const QString& where);

    QTemporaryDir m_trip;
    QStringList m_failures;
};

void TestHostileText::initTestCase()
{
    QVERIFY(m_trip.isValid());
    for (const char* name : { "trip.png", "trip.css" }) {
        QFile file(m_trip.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
    }
}

QString TestHostileText::hostile(const QString& field) const
{
    const QString png = m_trip.filePath(QStringLiteral("trip.png"));
    const QString css = m_trip.filePath(QStringLiteral("trip.css"));
    return QStringLiteral("<b>%1-%2</b><img src=\"%3\"><style>@import \"file://%4\";</style>&lt;img src=\"%3\"&gt; "
                          "<a href=\"file://%3\">x</a>")
        .arg(QLatin1String(kMarker), field, png, css);
}

void TestHostileText::checkShown(const QString& shown, bool plainFormat, const QString& where)
{
    if (!shown.contains(QLatin1String(kMarker)) || plainFormat) {
        return;
    }
    // Shown as rich text (forced, or guessed by Qt): the markup must arrive escaped.
    if (Qt::mightBeRichText(shown) && (shown.contains(QLatin1String("<b>") + QLatin1String(kMarker))
                                       || shown.contains(QLatin1String("<img"), Qt::CaseInsensitive))) {
        m_failures.append(where + QStringLiteral(": ") + shown.left(200));
    }
}

void TestHostileText::walk(QWidget* top, const QString& where)
{
    QList<QWidget*> widgets = top->findChildren<QWidget*>();
    widgets.prepend(top);
    for (QWidget* w : std::as_const(widgets)) {
        const QString name = where + QLatin1Char('/') + QString::fromLatin1(w->metaObject()->className())
                             + QLatin1Char('#') + w->objectName();
        checkShown(w->toolTip(), false, name + QStringLiteral(" tooltip"));
        checkShown(w->whatsThis(), false, name + QStringLiteral(" what's this"));
        checkShown(w->statusTip(), true, name); // the status bar paints plain text
        if (const auto* label = qobject_cast<QLabel*>(w)) {
            checkShown(label->text(), label->textFormat() == Qt::PlainText, name + QStringLiteral(" text"));
        }
        if (w->isWindow()) {
            // Window titles are plain text on every platform; they must not be empty of the title either.
            checkShown(w->windowTitle(), true, name);
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
            QAbstractItemModel* model = view->model();
            std::function<void(const QModelIndex&)> visit = [&](const QModelIndex& parent) {
                for (int row = 0; row < model->rowCount(parent); ++row) {
                    for (int column = 0; column < model->columnCount(parent); ++column) {
                        const QModelIndex index = model->index(row, column, parent);
                        checkShown(index.data(Qt::ToolTipRole).toString(), false,
                                   name + QStringLiteral(" row %1 col %2 tooltip").arg(row).arg(column));
                        checkShown(index.data(Qt::WhatsThisRole).toString(), false, name + QStringLiteral(" what's this"));
                        if (model->hasChildren(index)) {
                            visit(index);
                        }
                    }
                }
            };
            visit(QModelIndex());
        }
    }
}

void TestHostileText::hoverAll(QAbstractItemView* view, const QString& where)
{
    QAbstractItemModel* model = view->model();
    for (int row = 0; row < std::min(model->rowCount(), 40); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QRect rect = view->visualRect(model->index(row, column));
            if (!rect.isValid() || !view->viewport()->rect().intersects(rect)) {
                continue;
            }
            const QPoint at = rect.center();
            QTest::mouseMove(view->viewport(), at);
            QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
            QApplication::sendEvent(view->viewport(), &help);
            if (QToolTip::isVisible()) {
                checkShown(QToolTip::text(), false, where + QStringLiteral(" hovered row %1 col %2").arg(row).arg(column));
            }
        }
    }
    QToolTip::hideText();
}

void TestHostileText::everySurfaceShowsRemoteTextAsWritten()
{
    Tripwire tripwire(m_trip.path());
    QVERIFY(tripwire.armed());

    GuiFixture fixture;
    Profile profile(fixture.dir->path());
    QVERIFY(profile.ensureExists().ok());
    fixture.open();
    const auto h = [this](const char* field) { return hostile(QString::fromLatin1(field)); };
    auto seeded = fixture.services->storage().run([&](Database& db) -> Result<qint64> {
        Site site;
        site.name = h("blogname");
        site.baseUrl = QUrl(QStringLiteral("https://films.example"));
        site.restRoot = QUrl(QStringLiteral("https://films.example/wp-json/"));
        site.userName = QStringLiteral("editor");
        site.userDisplayName = h("username");
        site.userId = 1;
        site.secretStore = Site::SecretStoreKind::File;
        auto siteId = SiteRepository(db).add(site);
        if (!siteId) {
            return siteId.error();
        }
        SyncRepository sync(db);
        RemoteTerm category { 7, h("category"), QStringLiteral("cat"), 0 };
        RemoteTerm tag { 8, h("tag"), QStringLiteral("tag"), 0 };
        if (auto r = sync.upsertTerms(siteId.value(), QStringLiteral("category"), { category }); !r) {
            return r.error();
        }
        if (auto r = sync.upsertTerms(siteId.value(), QStringLiteral("post_tag"), { tag }); !r) {
            return r.error();
        }
        RemoteMedia media;
        media.id = 9;
        media.sourceUrl = QStringLiteral("https://films.example/wp-content/uploads/still.png");
        media.mimeType = QStringLiteral("image/png");
        media.altText = h("alt");
        media.title = h("mediatitle");
        if (auto r = sync.upsertMedia(siteId.value(), { media }); !r) {
            return r.error();
        }
        RemoteUser user { 1, h("author"), QStringLiteral("editor"), { QStringLiteral("editor") } };
        if (auto r = sync.upsertUsers(siteId.value(), { user }); !r) {
            return r.error();
        }
        RemotePost post;
        post.id = 1;
        post.title = h("posttitle");
        post.slug = QStringLiteral("../../etc/passwd");
        post.excerpt = h("excerpt");
        post.content = h("content") + QStringLiteral("<p style=\"background:url(file://%1)\">styled</p>")
                                          .arg(m_trip.filePath(QStringLiteral("trip.png")));
        post.status = QStringLiteral("publish");
        post.link = QStringLiteral("javascript:alert(1)");
        post.dateGmt = QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
        post.modifiedGmt = post.dateGmt;
        post.featuredMedia = 9;
        post.author = 1;
        post.categories = { 7 };
        post.tags = { 8 };
        if (auto r = sync.upsertPosts(siteId.value(), { post }); !r) {
            return r.error();
        }
        QList<RemoteComment> comments;
        for (int i = 0; i < 4; ++i) {
            RemoteComment c;
            c.id = i + 1;
            c.post = 1;
            c.parent = i == 1 ? 1 : 0;
            c.authorName = h("author");
            c.authorEmail = h("email");
            c.authorUrl = h("url");
            c.authorIp = h("ip");
            c.authorUserAgent = h("agent");
            c.dateGmt = post.dateGmt.addSecs(3600 * (i + 1));
            // As the moderator's crash had it: an escaped tag that becomes a real one once decoded.
            c.content = QStringLiteral("&lt;img src=\"%1\"&gt; Great review ").arg(m_trip.filePath(QStringLiteral("trip.png")))
                        + h("comment");
            c.status = i < 3 ? QStringLiteral("hold") : QStringLiteral("approved");
            comments.append(c);
        }
        if (auto r = CommentRepository(db).upsertComments(siteId.value(), comments, TriageRules()); !r) {
            return r.error();
        }
        return siteId.value();
    });
    fixture.services->storage().waitForIdle();
    QVERIFY2(seeded.result().ok(), qPrintable(errorOf(seeded.result())));

    MainWindow window(*fixture.services);
    window.resize(1300, 850);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The reviews: the web post in the list, opened in the editor with its preview and metadata.
    auto* drafts = window.findChild<QListView*>(QStringLiteral("draftList"));
    QVERIFY(drafts);
    QTRY_VERIFY(drafts->model()->rowCount() >= 1);
    drafts->setFocus();
    drafts->setCurrentIndex(drafts->model()->index(0, 0));
    QTRY_VERIFY(window.reviewEditor()->session().reviewId() != 0);
    auto* preview = window.findChild<PreviewPane*>(QStringLiteral("previewPane"));
    QVERIFY(preview);
    QTRY_VERIFY(preview->toPlainText().contains(QLatin1String("styled")));
    QTest::qWait(300); // let the preview lay out (and load whatever it would load)
    hoverAll(drafts, QStringLiteral("reviews"));
    if (const QString shots = qEnvironmentVariable("LONGHAND_TEST_SHOTS"); !shots.isEmpty()) {
        window.grab().save(QDir(shots).filePath(QStringLiteral("hostile-reviews.png"))); // to look at, by hand
    }
    walk(&window, QStringLiteral("reviews page"));

    // The comments: every row selected in turn, the thread shown, every cell hovered.
    window.findChild<QAction*>(QStringLiteral("actionShowComments"))->trigger();
    ModerationView* moderation = window.moderationView();
    QTRY_VERIFY(moderation->isVisible());
    QTRY_COMPARE(moderation->model()->rowCount(), 3);
    moderation->focusQueue();
    for (int row = 0; row < moderation->model()->rowCount(); ++row) {
        moderation->queue()->setCurrentIndex(moderation->model()->index(row, 0));
        QTRY_VERIFY(moderation->detail()->comment().has_value());
        QTRY_COMPARE(moderation->detail()->comment()->id, moderation->model()->idAt(row));
        if (row == 0) {
            QTest::keyClick(moderation->queue(), Qt::Key_T); // the thread
        }
        QTest::qWait(100);
        walk(&window, QStringLiteral("comments page row %1").arg(row));
    }
    hoverAll(moderation->queue(), QStringLiteral("comment queue"));
    if (const QString shots = qEnvironmentVariable("LONGHAND_TEST_SHOTS"); !shots.isEmpty()) {
        window.grab().save(QDir(shots).filePath(QStringLiteral("hostile-comments.png")));
    }
    if (auto* thread = window.findChild<QTreeView*>(QStringLiteral("commentThread"))) {
        hoverAll(thread, QStringLiteral("thread"));
    }
    // Widgets with tooltips of their own, hovered.
    for (QWidget* w : window.findChildren<QWidget*>()) {
        if (w->isVisible() && w->toolTip().contains(QLatin1String(kMarker))) {
            QHelpEvent help(QEvent::ToolTip, w->rect().center(), w->mapToGlobal(w->rect().center()));
            QApplication::sendEvent(w, &help);
            if (QToolTip::isVisible()) {
                checkShown(QToolTip::text(), false, QStringLiteral("hovered ") + w->objectName());
            }
        }
    }
    QToolTip::hideText();

    // The dialogs that list blogs and waiting work.
    window.findChild<QAction*>(QStringLiteral("actionSettings"))->trigger();
    for (QDialog* dialog : window.findChildren<QDialog*>()) {
        if (dialog->isVisible()) {
            QTest::qWait(100);
            walk(dialog, QStringLiteral("dialog ") + dialog->objectName());
            dialog->reject();
        }
    }
    window.findChild<QAction*>(QStringLiteral("actionOutbox"))->trigger();
    for (QDialog* dialog : window.findChildren<QDialog*>()) {
        if (dialog->isVisible()) {
            QTest::qWait(100);
            walk(dialog, QStringLiteral("dialog ") + dialog->objectName());
            dialog->reject();
        }
    }

    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
    const QStringList touched = tripwire.touched();
    QVERIFY2(touched.isEmpty(), qPrintable(QStringLiteral("files named by the blog were opened: ") + touched.join(QLatin1String(", "))));
    window.close();
}

void TestHostileText::mergeViewShowsTitleAsWritten()
{
    Tripwire tripwire(m_trip.path());
    QVERIFY(tripwire.armed());
    const QString title = hostile(QStringLiteral("mergetitle"));
    MergeDialog dialog(title, QStringLiteral("a\nb\n"), QStringLiteral("a\nmine\n"), QStringLiteral("a\ntheirs\n"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    walk(&dialog, QStringLiteral("merge"));
    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
    QVERIFY(tripwire.touched().isEmpty());
}

void TestHostileText::literalToolTipShowsMarkupAsText()
{
    // The helper itself: what Qt renders is the text as written.
    const QString text = QStringLiteral("<b>bold?</b> & <img src=\"/dev/zero\">\nsecond line");
    QLabel label;
    label.setText(SafeText::literal(text));
    QCOMPARE(label.textFormat(), Qt::AutoText);
    QTextDocument document;
    document.setHtml(SafeText::literal(text));
    QCOMPARE(document.toPlainText(), text);
    QVERIFY(SafeText::literal(QString()).isEmpty());
}

void TestHostileText::reviewOpenAtACrashIsNotReopened()
{
    GuiFixture fixture;
    QVERIFY(fixture.seed());
    qint64 opened = 0;
    {
        MainWindow window(*fixture.services);
        window.show();
        window.restoreSession();
        // The mark is written before the preview is drawn, and gone once it is.
        QVariant markWhenOpened;
        connect(&window.reviewEditor()->session(), &ReviewSession::opened, this, [&](const Post&) {
            markWhenOpened = fixture.services->settings().value(AppSettings::renderingKey());
        });
        auto* drafts = window.findChild<QListView*>(QStringLiteral("draftList"));
        QTRY_VERIFY(drafts->model()->rowCount() >= 1);
        drafts->setCurrentIndex(drafts->model()->index(0, 0));
        QTRY_VERIFY(window.reviewEditor()->session().reviewId() != 0);
        opened = window.reviewEditor()->session().reviewId();
        QCOMPARE(markWhenOpened.toLongLong(), opened);
        QTRY_VERIFY(!fixture.services->settings().contains(AppSettings::renderingKey()));
        window.close();
    }
    // As a crash while drawing it leaves things: the review open, its mark still there.
    fixture.services->settings().setValue(AppSettings::renderingKey(), opened);
    fixture.services->flush();
    fixture.services->storage().waitForIdle();
    fixture.services.reset();
    fixture.open();
    {
        MainWindow window(*fixture.services);
        window.show();
        window.restoreSession();
        QTest::qWait(300);
        QCOMPARE(window.reviewEditor()->session().reviewId(), qint64(0));
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("was not reopened")));
        window.close();
    }
    fixture.services.reset();
    fixture.open();
    MainWindow window(*fixture.services);
    window.show();
    window.restoreSession();
    QTRY_COMPARE(window.reviewEditor()->session().reviewId(), opened); // the next start opens it again
    window.close();
}

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
