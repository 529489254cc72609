// "Never harm the live blog", against the real WordPress: a review whose slug another post holds never takes
// that post over (not on publish, not when the create's answer is lost on the way back, found through the
// fault proxy); an edit made in Longhand to a post written on the web keeps everything Longhand does not show
// (featured image, sticky, format, password, template, meta, comment and ping status, block markup); and the
// status the writer chose is the one the blog gets (pending stays pending, draft stays draft; a contributor's
// publish is refused once, with a sentence, and never retried).
#include "BlogHarness.h"

#include "core/domain/Post.h"
#include "core/storage/Database.h"
#include "core/storage/PostRepository.h"
#include "core/storage/PublishRepository.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

namespace {

QUrlQuery query(std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery q;
    for (const auto& [key, value] : items) {
        q.addQueryItem(key, value);
    }
    return q;
}

QString raw(const QJsonObject& object, const QString& field)
{
    return object.value(field).toObject().value(QStringLiteral("raw")).toString();
}

} // namespace

class TestPublishSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void takenSlugIsNeverTakenOver();
    void lostCreateAnswerWithATakenSlug();
    void webPostKeepsWhatLonghandDoesNotShow_data();
    void webPostKeepsWhatLonghandDoesNotShow();
    void statusIsTheWritersStatus();
    void contributorIsToldNotRetried();

private:
    QString write(const QString& name, const QString& text);
    QJsonObject webPost(const QJsonObject& fields); // created as the admin, read back with context=edit
    QJsonObject read(qint64 id);
    QList<QJsonObject> containing(const QString& word); // posts of any status whose text has the word
    void verifyUntouched(const QJsonObject& before);

    LiveBlog m_blog;
    FaultProxy m_proxy;
    QTemporaryDir m_dir;
    std::unique_ptr<Cli> m_cli;
};

void TestPublishSafety::initTestCase()
{
    const QString loaded = m_blog.load();
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    QString error;
    m_blog.fixture(QStringLiteral("reset"), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString proxy = m_proxy.start(QUrl(m_blog.url()));
    QVERIFY2(proxy.isEmpty(), qPrintable(proxy));
    m_cli = std::make_unique<Cli>(m_dir.filePath(QStringLiteral("profile")));
    const CliRun add = m_cli->addAccount(m_blog);
    QVERIFY2(add.code == 0, add.err.constData());
    // Everything goes through the proxy; without rules it passes requests on unchanged.
    const QString pointed = profiledb::pointAt(m_cli->profile(), m_proxy.port());
    QVERIFY2(pointed.isEmpty(), qPrintable(pointed));
}

QString TestPublishSafety::write(const QString& name, const QString& text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0) {
        qFatal("cannot write a review");
    }
    return path;
}

QJsonObject TestPublishSafety::webPost(const QJsonObject& fields)
{
    const RestAnswer created
        = m_blog.rest("POST", QStringLiteral("/wp/v2/posts"), {}, QJsonDocument(fields).toJson(QJsonDocument::Compact));
    if (created.status != 201) {
        qWarning() << "creating a web post answered" << created.status << created.json.toJson();
        return {};
    }
    return read(created.json.object().value(QStringLiteral("id")).toInteger());
}

QJsonObject TestPublishSafety::read(qint64 id)
{
    return m_blog.rest("GET", QStringLiteral("/wp/v2/posts/%1").arg(id), query({ { QStringLiteral("context"), QStringLiteral("edit") } }))
        .json.object();
}

QList<QJsonObject> TestPublishSafety::containing(const QString& word)
{
    QList<QJsonObject> found;
    for (const QJsonObject& post : m_blog.all(QStringLiteral("/wp/v2/posts"),
             query({ { QStringLiteral("search"), word }, { QStringLiteral("status"), QStringLiteral("any") },
                 { QStringLiteral("context"), QStringLiteral("edit") } }))) {
        if (raw(post, QStringLiteral("content")).contains(word)) {
            found.append(post);
        }
    }
    return found;
}

// The other post is exactly as it was: same title, text, slug, status and modification time.
void TestPublishSafety::verifyUntouched(const QJsonObject& before)
{
    const QJsonObject now = read(before.value(QStringLiteral("id")).toInteger());
    QCOMPARE(raw(now, QStringLiteral("title")), raw(before, QStringLiteral("title")));
    QCOMPARE(raw(now, QStringLiteral("content")), raw(before, QStringLiteral("content")));
    QCOMPARE(now.value(QStringLiteral("slug")).toString(), before.value(QStringLiteral("slug")).toString());
    QCOMPARE(now.value(QStringLiteral("status")).toString(), before.value(QStringLiteral("status")).toString());
    QCOMPARE(now.value(QStringLiteral("modified_gmt")).toString(), before.value(QStringLiteral("modified_gmt")).toString());
}

// A file asking for the slug of a post written on the web (and already in the cache after a sync) becomes a new
// post with the blog's unique slug; the writer is told; publishing the file again updates the new post.
void TestPublishSafety::takenSlugIsNeverTakenOver()
{
    const QJsonObject theirs = webPost({ { QStringLiteral("title"), QStringLiteral("The Third Man: Vienna in Ruins") },
        { QStringLiteral("slug"), QStringLiteral("the-third-man-vienna-in-ruins") },
        { QStringLiteral("content"), QStringLiteral("<p>Written on the web by someone else.</p>") },
        { QStringLiteral("status"), QStringLiteral("publish") } });
    QVERIFY(!theirs.isEmpty());
    const CliRun sync = m_cli->run({ QStringLiteral("sync") });
    QVERIFY2(sync.code == 0, sync.err.constData());

    const QString front = QStringLiteral("---\ntitle: \"The Third Man: Vienna in Ruins\"\nslug: the-third-man-vienna-in-ruins\n---\n\n");
    const QString file = write(QStringLiteral("third-man.md"), front + QStringLiteral("Harry Lime laughs in the wheel.\n"));
    const CliRun first = m_cli->run({ QStringLiteral("publish"), file });
    QVERIFY2(first.code == 0, first.err.constData());
    QVERIFY2(first.out.contains("the-third-man-vienna-in-ruins-2"), first.out.constData());
    QVERIFY2(first.out.contains("another post"), first.out.constData());
    verifyUntouched(theirs);
    const QList<QJsonObject> ours = containing(QStringLiteral("Harry Lime laughs"));
    QCOMPARE(ours.size(), 1);
    QCOMPARE(ours.first().value(QStringLiteral("slug")).toString(), QStringLiteral("the-third-man-vienna-in-ruins-2"));
    QVERIFY(ours.first().value(QStringLiteral("id")).toInteger() != theirs.value(QStringLiteral("id")).toInteger());

    // The same file again, edited: the review published from it is updated, nothing else is created or touched.
    write(QStringLiteral("third-man.md"), front + QStringLiteral("Harry Lime laughs in the wheel, again.\n"));
    const CliRun again = m_cli->run({ QStringLiteral("publish"), file, QStringLiteral("--json") });
    QVERIFY2(again.code == 0, again.err.constData());
    const QJsonObject answer = QJsonDocument::fromJson(again.out).object();
    QCOMPARE(answer.value(QStringLiteral("remote_id")).toInteger(), ours.first().value(QStringLiteral("id")).toInteger());
    QCOMPARE(answer.value(QStringLiteral("slug")).toString(), QStringLiteral("the-third-man-vienna-in-ruins-2"));
    QCOMPARE(containing(QStringLiteral("Harry Lime laughs")).size(), 1);
    QVERIFY(raw(read(answer.value(QStringLiteral("remote_id")).toInteger()), QStringLiteral("content")).contains(QStringLiteral("again")));
    verifyUntouched(theirs);
}

// The create reaches WordPress but its answer is dropped on the way back (the proxy), while another post holds
// the slug the review wants. The next sync finds the post this publication made by its token, not by the slug:
// one new post, and the other post untouched.
void TestPublishSafety::lostCreateAnswerWithATakenSlug()
{
    const QJsonObject theirs = webPost({ { QStringLiteral("title"), QStringLiteral("Stalker: the Zone Revisited") },
        { QStringLiteral("slug"), QStringLiteral("stalker-zone-revisited") },
        { QStringLiteral("content"), QStringLiteral("<p>The web's own review of the Zone.</p>") },
        { QStringLiteral("status"), QStringLiteral("publish") } });
    QVERIFY(!theirs.isEmpty());
    const QString file = write(QStringLiteral("stalker.md"),
        QStringLiteral("---\ntitle: \"Stalker: the Zone Revisited\"\nslug: stalker-zone-revisited\n---\n\n"
                       "The Writer and the Professor follow the Stalker zonewards.\n"));
    QVERIFY(m_proxy.setRules({ QJsonObject { { QStringLiteral("action"), QStringLiteral("drop-after") },
        { QStringLiteral("method"), QStringLiteral("POST") }, { QStringLiteral("path"), QStringLiteral("wp/v2/posts(\\?|$)") },
        { QStringLiteral("nth"), 1 }, { QStringLiteral("times"), 1 } } }));
    const CliRun lost = m_cli->run({ QStringLiteral("publish"), file });
    QCOMPARE(m_proxy.hits(), 1);
    QVERIFY2(lost.code == 1, lost.all().constData());
    QVERIFY2(lost.err.contains("stays queued"), lost.err.constData());
    // The answer was lost, the post was made.
    QCOMPARE(containing(QStringLiteral("zonewards")).size(), 1);

    QVERIFY(m_proxy.clear());
    const CliRun sync = m_cli->run({ QStringLiteral("sync") });
    QVERIFY2(sync.code == 0, sync.err.constData());
    QStringList failures;
    QCOMPARE(profiledb::outboxCount(m_cli->profile(), &failures), 0);
    const QList<QJsonObject> ours = containing(QStringLiteral("zonewards"));
    QCOMPARE(ours.size(), 1);
    QCOMPARE(ours.first().value(QStringLiteral("slug")).toString(), QStringLiteral("stalker-zone-revisited-2"));
    verifyUntouched(theirs);
    // The review is linked to the post its own create made.
    const CliRun listed = m_cli->run({ QStringLiteral("posts"), QStringLiteral("list"), QStringLiteral("--json") });
    QSet<qint64> linked;
    for (const QJsonValue& value : QJsonDocument::fromJson(listed.out).array()) {
        if (value.toObject().value(QStringLiteral("title")).toString() == QLatin1String("Stalker: the Zone Revisited")) {
            linked.insert(value.toObject().value(QStringLiteral("remote_id")).toInteger());
        }
    }
    QCOMPARE(linked, (QSet<qint64> { theirs.value(QStringLiteral("id")).toInteger(), ours.first().value(QStringLiteral("id")).toInteger() }));
}

void TestPublishSafety::webPostKeepsWhatLonghandDoesNotShow_data()
{
    // WordPress refuses a sticky post with a password, so the two are tried on two posts.
    QTest::addColumn<bool>("sticky");
    QTest::addColumn<QString>("password");
    QTest::addRow("sticky") << true << QString();
    QTest::addRow("password") << false << QStringLiteral("letmein");
}

// A post written on the web with everything Longhand does not show; its text edited in Longhand and published.
void TestPublishSafety::webPostKeepsWhatLonghandDoesNotShow()
{
    QFETCH(bool, sticky);
    QFETCH(QString, password);
    const QString png = m_dir.filePath(QStringLiteral("poster-%1.png").arg(QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(writePng(png, sticky ? 4242 : 4343));
    QFile pngFile(png);
    QVERIFY(pngFile.open(QIODevice::ReadOnly));
    const RestAnswer media = m_blog.upload(pngFile.readAll(), QStringLiteral("web-poster.png"), "image/png");
    QVERIFY2(media.status == 201, media.json.toJson().constData());
    const qint64 mediaId = media.json.object().value(QStringLiteral("id")).toInteger();
    const QString blocks = QStringLiteral("<!-- wp:paragraph -->\n<p>The original paragraph from the web.</p>\n<!-- /wp:paragraph -->\n\n"
                                          "<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\"><!-- wp:paragraph -->\n"
                                          "<p>A quoted line.</p>\n<!-- /wp:paragraph --></blockquote>\n<!-- /wp:quote -->");
    const QJsonObject before = webPost({ { QStringLiteral("title"), QStringLiteral("Written on the Web (%1)").arg(QString::fromLatin1(QTest::currentDataTag())) },
        { QStringLiteral("content"), blocks }, { QStringLiteral("excerpt"), QStringLiteral("A hand-made excerpt.") },
        { QStringLiteral("status"), QStringLiteral("publish") }, { QStringLiteral("featured_media"), mediaId },
        { QStringLiteral("sticky"), sticky }, { QStringLiteral("format"), QStringLiteral("aside") },
        { QStringLiteral("password"), password }, { QStringLiteral("comment_status"), QStringLiteral("closed") },
        { QStringLiteral("ping_status"), QStringLiteral("closed") },
        { QStringLiteral("template"), QStringLiteral("longhand-test-template.php") },
        { QStringLiteral("meta"), QJsonObject { { QStringLiteral("longhand_test_note"), QStringLiteral("kept by the web") } } } });
    QVERIFY(!before.isEmpty());
    const qint64 remoteId = before.value(QStringLiteral("id")).toInteger();
    // The fixture really holds what the test is about.
    QCOMPARE(before.value(QStringLiteral("featured_media")).toInteger(), mediaId);
    QCOMPARE(before.value(QStringLiteral("sticky")).toBool(), sticky);
    QCOMPARE(before.value(QStringLiteral("password")).toString(), password);
    QCOMPARE(before.value(QStringLiteral("template")).toString(), QStringLiteral("longhand-test-template.php"));
    QCOMPARE(before.value(QStringLiteral("meta")).toObject().value(QStringLiteral("longhand_test_note")).toString(),
        QStringLiteral("kept by the web"));

    const CliRun sync = m_cli->run({ QStringLiteral("sync") });
    QVERIFY2(sync.code == 0, sync.err.constData());
    // The writer edits the text in Longhand (as the editor saves it) and publishes (as the app queues it).
    {
        auto database = Database::open(QDir(m_cli->profile()).filePath(QStringLiteral("longhand.sqlite")));
        QVERIFY2(database, database ? "" : qPrintable(database.error().message));
        Database& db = *database.value();
        QSqlQuery find(db.connection());
        find.prepare(QStringLiteral("SELECT id FROM posts WHERE remote_id = ?"));
        find.addBindValue(remoteId);
        QVERIFY(find.exec() && find.next());
        const qint64 id = find.value(0).toLongLong();
        find.finish();
        auto post = PostRepository(db).load(id);
        QVERIFY(post);
        QCOMPARE(post->featuredMediaId, mediaId); // what the metadata panel shows
        QVERIFY(post->body.contains(QStringLiteral("The original paragraph from the web.")));
        Post edited = post.value();
        edited.body.replace(QStringLiteral("The original paragraph from the web."), QStringLiteral("A paragraph edited in Longhand."));
        QVERIFY(PostRepository(db).update(edited));
        QVERIFY(PublishRepository(db).enqueuePublish(id, edited.siteId, postStatusToString(edited.status)));
    }
    const CliRun publish = m_cli->run({ QStringLiteral("sync") });
    QVERIFY2(publish.code == 0, publish.err.constData());
    QCOMPARE(profiledb::outboxCount(m_cli->profile()), 0);

    const QJsonObject after = read(remoteId);
    QString expected = blocks;
    expected.replace(QStringLiteral("The original paragraph from the web."), QStringLiteral("A paragraph edited in Longhand."));
    QCOMPARE(raw(after, QStringLiteral("content")), expected);
    for (const QString& field : { QStringLiteral("title"), QStringLiteral("excerpt") }) {
        QCOMPARE(raw(after, field), raw(before, field));
    }
    for (const QString& field : { QStringLiteral("slug"), QStringLiteral("status"), QStringLiteral("date_gmt"),
             QStringLiteral("featured_media"), QStringLiteral("sticky"), QStringLiteral("format"), QStringLiteral("password"),
             QStringLiteral("template"), QStringLiteral("author"), QStringLiteral("comment_status"),
             QStringLiteral("ping_status"), QStringLiteral("meta"), QStringLiteral("categories"), QStringLiteral("tags") }) {
        QVERIFY2(after.value(field) == before.value(field),
            qPrintable(QStringLiteral("%1: %2 became %3")
                           .arg(field,
                               QString::fromUtf8(QJsonDocument(QJsonArray { before.value(field) }).toJson(QJsonDocument::Compact)),
                               QString::fromUtf8(QJsonDocument(QJsonArray { after.value(field) }).toJson(QJsonDocument::Compact)))));
    }
}

// The status in the front matter is the status on the blog, also when the review is published again.
void TestPublishSafety::statusIsTheWritersStatus()
{
    const QString pending = write(QStringLiteral("pending.md"),
        QStringLiteral("---\ntitle: \"Solaris for Review\"\nstatus: pending\n---\n\nThe ocean thinks, pendingly.\n"));
    const CliRun submitted = m_cli->run({ QStringLiteral("publish"), pending, QStringLiteral("--json") });
    QVERIFY2(submitted.code == 0, submitted.err.constData());
    const qint64 pendingId = QJsonDocument::fromJson(submitted.out).object().value(QStringLiteral("remote_id")).toInteger();
    QCOMPARE(read(pendingId).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    write(QStringLiteral("pending.md"),
        QStringLiteral("---\ntitle: \"Solaris for Review\"\nstatus: pending\n---\n\nThe ocean thinks, pendingly, twice.\n"));
    const CliRun resubmitted = m_cli->run({ QStringLiteral("publish"), pending });
    QVERIFY2(resubmitted.code == 0, resubmitted.err.constData());
    QVERIFY2(resubmitted.out.contains("Submitted for review"), resubmitted.out.constData());
    const QJsonObject stillPending = read(pendingId);
    QCOMPARE(stillPending.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QVERIFY(raw(stillPending, QStringLiteral("content")).contains(QStringLiteral("twice")));

    const QString draft = write(QStringLiteral("draft.md"),
        QStringLiteral("---\ntitle: \"Mirror, a Draft\"\nstatus: draft\n---\n\nA house in the country, drafted.\n"));
    const CliRun saved = m_cli->run({ QStringLiteral("publish"), draft, QStringLiteral("--json") });
    QVERIFY2(saved.code == 0, saved.err.constData());
    const qint64 draftId = QJsonDocument::fromJson(saved.out).object().value(QStringLiteral("remote_id")).toInteger();
    QCOMPARE(read(draftId).value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    const CliRun sync = m_cli->run({ QStringLiteral("sync") });
    QVERIFY2(sync.code == 0, sync.err.constData());
    QCOMPARE(read(draftId).value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    QCOMPARE(read(pendingId).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
}

// A contributor may not publish: WordPress answers rest_cannot_publish. That is reported with a sentence and
// the publication waits for the writer (failed, not retried); submitted for review, it goes through.
void TestPublishSafety::contributorIsToldNotRetried()
{
    const RestAnswer user = m_blog.rest("POST", QStringLiteral("/wp/v2/users"), {},
        R"({"username":"conny","email":"conny@example.org","password":"a long login password 1","roles":["contributor"]})");
    QVERIFY2(user.status == 201, user.json.toJson().constData());
    const qint64 userId = user.json.object().value(QStringLiteral("id")).toInteger();
    const RestAnswer application = m_blog.rest("POST", QStringLiteral("/wp/v2/users/%1/application-passwords").arg(userId), {},
        R"({"name":"Longhand test"})");
    QVERIFY2(application.status == 201, application.json.toJson().constData());
    Cli cli(m_dir.filePath(QStringLiteral("contributor")));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LONGHAND_PASSWORD"), application.json.object().value(QStringLiteral("password")).toString());
    Cli withPassword(cli.profile());
    withPassword.setEnvironment(environment);
    const CliRun add = withPassword.run({ QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--url"), m_blog.url(),
        QStringLiteral("--user"), QStringLiteral("conny"), QStringLiteral("--secret-store"), QStringLiteral("file") });
    QVERIFY2(add.code == 0, add.err.constData());

    const QString file = write(QStringLiteral("contributor.md"),
        QStringLiteral("---\ntitle: \"Contributed Review\"\n---\n\nWritten by a contributor, contributedly.\n"));
    const CliRun refused = cli.run({ QStringLiteral("publish"), file });
    QVERIFY2(refused.code != 0, refused.out.constData());
    QVERIFY2(refused.err.contains("may not publish"), refused.err.constData());
    QVERIFY2(!refused.err.contains("stays queued"), refused.err.constData());
    QStringList failures;
    QCOMPARE(profiledb::outboxCount(cli.profile(), &failures), 1);
    QCOMPARE(failures.size(), 1); // failed: waits for the writer, no retry
    QCOMPARE(containing(QStringLiteral("contributedly")).size(), 0);
    // A sync does not try it again.
    const CliRun sync = cli.run({ QStringLiteral("sync") });
    Q_UNUSED(sync);
    QCOMPARE(containing(QStringLiteral("contributedly")).size(), 0);

    write(QStringLiteral("contributor.md"),
        QStringLiteral("---\ntitle: \"Contributed Review\"\nstatus: pending\n---\n\nWritten by a contributor, contributedly.\n"));
    const CliRun submitted = cli.run({ QStringLiteral("publish"), file });
    QVERIFY2(submitted.code == 0, submitted.err.constData());
    const QList<QJsonObject> found = containing(QStringLiteral("contributedly"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(profiledb::outboxCount(cli.profile()), 0);
}

QTEST_GUILESS_MAIN(TestPublishSafety)
#include "tst_publish_safety.moc"
