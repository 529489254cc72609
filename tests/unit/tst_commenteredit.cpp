// Editing the commenter (name, email, web address) beside the text, as wp-admin's Quick Edit does: made
// offline, coalesced in the outbox (a field set back to the blog's value is not sent), undone, discarded,
// replayed with author_name/author_email/author_url, and a field changed on the web meanwhile keeps the web's
// value and is reported, as a text edit is.
#include "core/remote/WordPressClient.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/Database.h"
#include "core/storage/OutboxCounts.h"
#include "core/storage/StorageExecutor.h"
#include "core/sync/CommentReplayer.h"
#include "core/sync/SyncEngine.h"
#include "support/FakeBlog.h"
#include "support/FakeWordPress.h"
#include "support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

class TestCommenterEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void editQueuesTheCommenterAndCoalesces();
    void invalidAddressesAreRefusedBeforeAnythingIsQueued();
    void undoAndDiscardPutTheCommenterBack();
    void replaySendsTheCommenter();
    void fieldChangedOnTheWebKeepsTheWebsValue();
    void everythingChangedOnTheWebSendsNothing();

private:
    Status runSync();
    Status replay(QList<QVariantList>* overruled = nullptr);
    Comment local(qint64 remoteId);
    QJsonObject payload(qint64 localId);
    Result<ModerationChange> edit(qint64 remoteId, const CommentEdit& edit);
    template <typename Fn>
    auto onStorage(Fn fn)
    {
        auto future = m_blog->storage().run(std::move(fn));
        future.waitForFinished();
        return future.result();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<FakeBlog> m_blog;
    QString m_path;
};

#define VERIFY_OK(expression)                                                                                  \
    do {                                                                                                       \
        const Status verified = (expression);                                                                  \
        QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().message));             \
    } while (false)

void TestCommenterEdit::init()
{
    m_path = m_dir.filePath(QStringLiteral("edit-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_blog = std::make_unique<FakeBlog>(m_path, [](Site& site) { site.userId = 1; });
    QVERIFY2(m_blog->ok(), qPrintable(m_blog->error()));
    m_blog->wordpress().addPosts(1);
    m_blog->wordpress().addComments(3, 1, QStringLiteral("approved"));
    m_blog->http().setRetryPolicy({1, 5});
    VERIFY_OK(runSync());
}

void TestCommenterEdit::cleanup()
{
    m_blog.reset();
}

Status TestCommenterEdit::runSync()
{
    SyncEngine engine(m_blog->storage(), m_blog->client());
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.start();
    if (!finished.wait(20000)) {
        return Error::make(Error::Code::Timeout, QStringLiteral("sync did not finish"));
    }
    m_blog->storage().waitForIdle();
    return finished.constFirst().constFirst().value<Status>();
}

Status TestCommenterEdit::replay(QList<QVariantList>* overruled)
{
    CommentReplayer replayer(m_blog->storage(), m_blog->client());
    QSignalSpy finished(&replayer, &CommentReplayer::finished);
    QSignalSpy spy(&replayer, &CommentReplayer::actionOverruled);
    replayer.replay();
    if (!finished.wait(20000)) {
        return Error::make(Error::Code::Timeout, QStringLiteral("replay did not finish"));
    }
    m_blog->storage().waitForIdle();
    if (overruled) {
        for (const auto& args : std::as_const(spy)) {
            overruled->append(args);
        }
    }
    return finished.constFirst().constFirst().value<Status>();
}

Comment TestCommenterEdit::local(qint64 remoteId)
{
    auto found = onStorage([this, remoteId](Database& db) { return CommentRepository(db).byRemoteId(m_blog->siteId(), remoteId); });
    return found && found.value() ? *found.value() : Comment {};
}

QJsonObject TestCommenterEdit::payload(qint64 localId)
{
    auto db = Database::open(m_path);
    QSqlQuery q((*db)->connection());
    q.prepare(QStringLiteral("SELECT payload FROM outbox WHERE entity = 'comment' AND entity_id = ? AND operation = 'edit'"));
    q.addBindValue(localId);
    if (!q.exec() || !q.next()) {
        return {};
    }
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

Result<ModerationChange> TestCommenterEdit::edit(qint64 remoteId, const CommentEdit& change)
{
    const qint64 id = local(remoteId).id;
    return onStorage([id, change](Database& db) { return CommentRepository(db).edit(id, change); });
}

void TestCommenterEdit::editQueuesTheCommenterAndCoalesces()
{
    auto change = edit(1, CommentEdit {{}, QStringLiteral("  Ada L. "), QStringLiteral("ada@example.org"), {}});
    QVERIFY2(change.ok(), qPrintable(errorOf(change)));
    Comment c = local(1);
    QCOMPARE(c.authorName, QStringLiteral("Ada L."));
    QCOMPARE(c.authorEmail, QStringLiteral("ada@example.org"));
    QVERIFY(c.pending);
    QJsonObject p = payload(c.id);
    QCOMPARE(p.value(QStringLiteral("author_name")).toString(), QStringLiteral("Ada L."));
    QCOMPARE(p.value(QStringLiteral("base_author_name")).toString(), QStringLiteral("Reader 1"));
    QCOMPARE(p.value(QStringLiteral("base_author_email")).toString(), QStringLiteral("reader1@example.org"));
    QVERIFY(!p.contains(QStringLiteral("content")));
    // The name set back to the blog's: only the email is left to send; the text joins the same entry.
    QVERIFY(edit(1, CommentEdit {QStringLiteral("New text"), QStringLiteral("Reader 1"), {}, {}}).ok());
    p = payload(c.id);
    QVERIFY(!p.contains(QStringLiteral("author_name")));
    QCOMPARE(p.value(QStringLiteral("author_email")).toString(), QStringLiteral("ada@example.org"));
    QCOMPARE(p.value(QStringLiteral("content")).toString(), QStringLiteral("New text"));
    QCOMPARE(p.value(QStringLiteral("base")).toString(), QStringLiteral("Comment number 1 on the film."));
    auto queued = onStorage([this](Database& db) { return CommentRepository(db).queuedActions(m_blog->siteId()); });
    QVERIFY(queued.ok());
    QCOMPARE(queued->size(), 1);
    QCOMPARE(queued->constFirst().fields.size(), 2);
    // Everything back as the blog has it: nothing waits.
    QVERIFY(edit(1, CommentEdit {QStringLiteral("Comment number 1 on the film."), {}, QStringLiteral("reader1@example.org"), {}}).ok());
    QVERIFY(payload(c.id).isEmpty());
    QVERIFY(!local(1).pending);
    // Search finds the commenter by the new name.
    QVERIFY(edit(2, CommentEdit {{}, QStringLiteral("Grace Hopper"), {}, QStringLiteral("https://grace.example/")}).ok());
    CommentFilter filter;
    filter.search = QStringLiteral("Hopper");
    auto found = onStorage([filter](Database& db) { return CommentRepository(db).ids(filter); });
    QCOMPARE(found->size(), 1);
}

void TestCommenterEdit::invalidAddressesAreRefusedBeforeAnythingIsQueued()
{
    auto bad = edit(1, CommentEdit {{}, {}, QStringLiteral("not an address"), {}});
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, Error::Code::InvalidInput);
    bad = edit(1, CommentEdit {{}, {}, {}, QStringLiteral("javascript:alert(1)")});
    QVERIFY(!bad.ok());
    QVERIFY(payload(local(1).id).isEmpty());
    QCOMPARE(local(1).authorEmail, QStringLiteral("reader1@example.org"));
    // Empty clears a field, as in wp-admin.
    QVERIFY(edit(1, CommentEdit {{}, {}, QString(), QString()}).ok());
    QCOMPARE(local(1).authorEmail, QString());
}

void TestCommenterEdit::undoAndDiscardPutTheCommenterBack()
{
    auto change = edit(1, CommentEdit {{}, QStringLiteral("Someone"), {}, QStringLiteral("https://someone.example/")});
    QVERIFY(change.ok());
    VERIFY_OK(onStorage([c = change.value()](Database& db) { return CommentRepository(db).undo(c); }));
    QCOMPARE(local(1).authorName, QStringLiteral("Reader 1"));
    QCOMPARE(local(1).authorUrl, QString());
    QVERIFY(!local(1).pending);
    QVERIFY(edit(2, CommentEdit {{}, QStringLiteral("Someone else"), {}, {}}).ok());
    auto queued = onStorage([this](Database& db) { return CommentRepository(db).queuedActions(m_blog->siteId()); });
    QCOMPARE(queued->size(), 1);
    VERIFY_OK(onStorage([entry = queued->constFirst().entryId](Database& db) { return CommentRepository(db).discardAction(entry); }));
    QCOMPARE(local(2).authorName, QStringLiteral("Reader 2"));
    QVERIFY(!local(2).pending);
}

void TestCommenterEdit::replaySendsTheCommenter()
{
    QVERIFY(edit(1, CommentEdit {QStringLiteral("Better words"), QStringLiteral("Ada"), QStringLiteral("ada@example.org"),
                                 QStringLiteral("https://ada.example/")})
                .ok());
    VERIFY_OK(replay());
    const QJsonObject server = m_blog->wordpress().comment(1);
    QCOMPARE(server.value(QStringLiteral("author_name")).toString(), QStringLiteral("Ada"));
    QCOMPARE(server.value(QStringLiteral("author_email")).toString(), QStringLiteral("ada@example.org"));
    QCOMPARE(server.value(QStringLiteral("author_url")).toString(), QStringLiteral("https://ada.example/"));
    QCOMPARE(server.value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString(), QStringLiteral("Better words"));
    QVERIFY(!local(1).pending);
    // A pull afterwards agrees.
    VERIFY_OK(runSync());
    QCOMPARE(local(1).authorName, QStringLiteral("Ada"));
}

void TestCommenterEdit::fieldChangedOnTheWebKeepsTheWebsValue()
{
    QVERIFY(edit(1, CommentEdit {{}, QStringLiteral("Ada"), QStringLiteral("ada@example.org"), {}}).ok());
    m_blog->wordpress().comment(1).insert(QStringLiteral("author_email"), QStringLiteral("web@example.org"));
    QList<QVariantList> overruled; // (comment id, message) the replayer reported
    VERIFY_OK(replay(&overruled));
    const QJsonObject server = m_blog->wordpress().comment(1);
    QCOMPARE(server.value(QStringLiteral("author_name")).toString(), QStringLiteral("Ada"));           // sent
    QCOMPARE(server.value(QStringLiteral("author_email")).toString(), QStringLiteral("web@example.org")); // the web's stands
    const Comment c = local(1);
    QCOMPARE(c.authorEmail, QStringLiteral("web@example.org"));
    QCOMPARE(c.authorName, QStringLiteral("Ada"));
    QVERIFY(!c.pending);
    QVERIFY2(c.notice.contains(QLatin1String("email")), qPrintable(c.notice));
    QCOMPARE(overruled.size(), 1);
    QCOMPARE(overruled.constFirst().at(1).toString(), c.notice);
}

void TestCommenterEdit::everythingChangedOnTheWebSendsNothing()
{
    QVERIFY(edit(2, CommentEdit {QStringLiteral("Mine"), QStringLiteral("Ada"), {}, {}}).ok());
    m_blog->wordpress().comment(2).insert(QStringLiteral("author_name"), QStringLiteral("Web Name"));
    m_blog->wordpress().comment(2).insert(QStringLiteral("content"), QJsonObject {{QStringLiteral("raw"), QStringLiteral("Web text")}});
    int posts = 0;
    m_blog->wordpress().fault = [&posts](const FakeRequest& request) -> std::optional<FakeResponse> {
        posts += request.method == "POST" ? 1 : 0;
        return std::nullopt;
    };
    QList<QVariantList> overruled;
    VERIFY_OK(replay(&overruled));
    QCOMPARE(posts, 0);
    const Comment c = local(2);
    QCOMPARE(c.authorName, QStringLiteral("Web Name"));
    QCOMPARE(c.content, QStringLiteral("Web text"));
    QVERIFY(c.notice.contains(QLatin1String("name")) && c.notice.contains(QLatin1String("text")));
    QCOMPARE(overruled.size(), 1);
    // A text-only edit overruled keeps its sentence of before.
    QVERIFY(edit(3, CommentEdit {QStringLiteral("Other"), {}, {}, {}}).ok());
    m_blog->wordpress().comment(3).insert(QStringLiteral("content"), QJsonObject {{QStringLiteral("raw"), QStringLiteral("Web 3")}});
    VERIFY_OK(replay());
    QVERIFY2(local(3).notice.contains(QLatin1String("the blog's text stands")), qPrintable(local(3).notice));
}

QTEST_GUILESS_MAIN(TestCommenterEdit)
#include "tst_commenteredit.moc"
