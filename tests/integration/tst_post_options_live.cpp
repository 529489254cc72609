// Post options against the real WordPress, over REST and over XML-RPC (issue 15 item 2): options set on the web
// (format, sticky, password, author, comment and ping status, a registered custom field) show in Longhand after a
// sync; the writer changes one, publishes, and only that one changes on the blog; one the web changed after the
// sync stays as the web set it. A file's `author:` may name the user by login or display name (issue 15 item 5): the
// post is the editor's on the blog and the file says the id afterwards; an unknown name sends nothing.
#include "BlogHarness.h"

#include "core/domain/Post.h"
#include "core/storage/Database.h"
#include "core/storage/PostRepository.h"
#include "core/storage/PublishRepository.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

namespace {

QUrlQuery editContext()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    return q;
}

QString shown(const QJsonValue& value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact));
}

} // namespace

class TestPostOptionsLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void optionsSurviveAndOnlyTheChangedOneIsSent_data();
    void optionsSurviveAndOnlyTheChangedOneIsSent();
    void authorByName_data();
    void authorByName();

private:
    QJsonObject read(qint64 id);

    LiveBlog m_blog;
    QTemporaryDir m_dir;
    std::unique_ptr<Cli> m_rest;
    std::unique_ptr<Cli> m_xmlrpc;
    qint64 m_otherUser = 0;
};

void TestPostOptionsLive::initTestCase()
{
    const QString loaded = m_blog.load();
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    QString error;
    m_blog.fixture(QStringLiteral("reset"), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_rest = std::make_unique<Cli>(m_dir.filePath(QStringLiteral("rest")));
    const CliRun add = m_rest->addAccount(m_blog);
    QVERIFY2(add.code == 0, add.err.constData());
    m_xmlrpc = std::make_unique<Cli>(m_dir.filePath(QStringLiteral("xmlrpc")));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LONGHAND_PASSWORD"), m_blog.loginPassword());
    m_xmlrpc->setEnvironment(environment);
    const CliRun addXmlRpc = m_xmlrpc->run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--url"), m_blog.url(),
                                            QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--secret-store"),
                                            QStringLiteral("file"), QStringLiteral("--protocol"), QStringLiteral("xmlrpc")});
    QVERIFY2(addXmlRpc.code == 0, addXmlRpc.err.constData());
    for (const QJsonObject& user : m_blog.all(QStringLiteral("/wp/v2/users"), editContext())) {
        if (user.value(QStringLiteral("slug")).toString() != QLatin1String("admin")) {
            m_otherUser = user.value(QStringLiteral("id")).toInteger();
        }
    }
    QVERIFY(m_otherUser > 0);
}

QJsonObject TestPostOptionsLive::read(qint64 id)
{
    return m_blog.rest("GET", QStringLiteral("/wp/v2/posts/%1").arg(id), editContext()).json.object();
}

void TestPostOptionsLive::optionsSurviveAndOnlyTheChangedOneIsSent_data()
{
    QTest::addColumn<bool>("xmlrpc");
    QTest::newRow("rest") << false;
    QTest::newRow("xmlrpc") << true;
}

void TestPostOptionsLive::optionsSurviveAndOnlyTheChangedOneIsSent()
{
    QFETCH(bool, xmlrpc);
    const Cli& cli = xmlrpc ? *m_xmlrpc : *m_rest;
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QJsonObject body {
        {QStringLiteral("title"), QStringLiteral("Options from the Web (%1)").arg(tag)},
        {QStringLiteral("content"), QStringLiteral("<p>Set on the web.</p>")},
        {QStringLiteral("status"), QStringLiteral("publish")},
        {QStringLiteral("sticky"), true},
        {QStringLiteral("format"), QStringLiteral("aside")},
        {QStringLiteral("author"), m_otherUser},
        {QStringLiteral("comment_status"), QStringLiteral("closed")},
        {QStringLiteral("ping_status"), QStringLiteral("closed")},
        {QStringLiteral("meta"), QJsonObject {{QStringLiteral("longhand_test_note"), QStringLiteral("from the web")}}}};
    const RestAnswer created = m_blog.rest("POST", QStringLiteral("/wp/v2/posts"), {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QVERIFY2(created.status == 201, created.json.toJson().constData());
    const qint64 remoteId = created.json.object().value(QStringLiteral("id")).toInteger();

    const CliRun sync = cli.run({QStringLiteral("sync")});
    QVERIFY2(sync.code == 0, sync.err.constData());
    QJsonObject before;
    qint64 id = 0;
    {
    auto database = Database::open(QDir(cli.profile()).filePath(QStringLiteral("longhand.sqlite")));
    QVERIFY2(database, database ? "" : qPrintable(database.error().message));
    {
        Database& db = *database.value();
        QSqlQuery find(db.connection());
        find.prepare(QStringLiteral("SELECT id FROM posts WHERE remote_id = ?"));
        find.addBindValue(remoteId);
        QVERIFY(find.exec() && find.next());
        id = find.value(0).toLongLong();
    }
    auto post = PostRepository(*database.value()).load(id);
    QVERIFY2(post, qPrintable(post ? QString() : post.error().message));
    // What the web set shows in Longhand.
    QCOMPARE(post->postFormat, QStringLiteral("aside"));
    QCOMPARE(post->sticky, true);
    QVERIFY(post->password.isEmpty());
    QCOMPARE(post->authorId, m_otherUser);
    QCOMPARE(post->commentsOpen, false);
    QCOMPARE(post->pingsOpen, false);
    QCOMPARE(post->meta.value(QStringLiteral("longhand_test_note")).toString(), QStringLiteral("from the web"));

    // The web unsticks it and gives it a password after the sync (WordPress refuses a sticky post with a password);
    // the writer changes only the format in Longhand and publishes.
    const RestAnswer unstuck = m_blog.rest("POST", QStringLiteral("/wp/v2/posts/%1").arg(remoteId), {}, R"({"sticky":false})");
    QVERIFY2(unstuck.status == 200, unstuck.json.toJson().constData());
    const RestAnswer locked = m_blog.rest("POST", QStringLiteral("/wp/v2/posts/%1").arg(remoteId), {}, R"({"password":"rosebud"})");
    QVERIFY2(locked.status == 200, locked.json.toJson().constData());
    before = read(remoteId);
    Post edited = post.value();
    edited.postFormat = QStringLiteral("video");
    QVERIFY(PostRepository(*database.value()).update(edited));
    QVERIFY(PublishRepository(*database.value()).enqueuePublish(id, edited.siteId, postStatusToString(edited.status)));
    } // the profile is closed: the CLI writes next

    const CliRun publish = cli.run({QStringLiteral("sync")});
    QVERIFY2(publish.code == 0, publish.err.constData());
    const QJsonObject after = read(remoteId);
    QCOMPARE(after.value(QStringLiteral("format")).toString(), QStringLiteral("video"));
    QCOMPARE(after.value(QStringLiteral("sticky")).toBool(), false); // the web's, not the sync's
    QCOMPARE(after.value(QStringLiteral("password")).toString(), QStringLiteral("rosebud"));
    for (const QString& field : {QStringLiteral("title"), QStringLiteral("content"), QStringLiteral("password"),
                                 QStringLiteral("author"), QStringLiteral("comment_status"), QStringLiteral("ping_status"),
                                 QStringLiteral("meta"), QStringLiteral("status"), QStringLiteral("slug")}) {
        QVERIFY2(after.value(field) == before.value(field),
                 qPrintable(QStringLiteral("%1: %2 became %3").arg(field, shown(before.value(field)), shown(after.value(field)))));
    }

    // Published clean: the review holds the blog's options now. The writer opens comments and gives the post to
    // the admin; only those two change.
    {
        auto database = Database::open(QDir(cli.profile()).filePath(QStringLiteral("longhand.sqlite")));
        QVERIFY(database);
        auto published = PostRepository(*database.value()).load(id);
        QVERIFY(published);
        QCOMPARE(published->postFormat, QStringLiteral("video"));
        QCOMPARE(published->sticky, false);
        QCOMPARE(published->password, QStringLiteral("rosebud"));
        Post edited = published.value();
        edited.commentsOpen = true;
        edited.authorId = 1;
        QVERIFY(PostRepository(*database.value()).update(edited));
        QVERIFY(PublishRepository(*database.value()).enqueuePublish(id, edited.siteId, postStatusToString(edited.status)));
    }
    const CliRun again = cli.run({QStringLiteral("sync")});
    QVERIFY2(again.code == 0, again.err.constData());
    const QJsonObject last = read(remoteId);
    QCOMPARE(last.value(QStringLiteral("comment_status")).toString(), QStringLiteral("open"));
    QCOMPARE(last.value(QStringLiteral("author")).toInteger(), 1);
    for (const QString& field : {QStringLiteral("content"), QStringLiteral("password"), QStringLiteral("format"), QStringLiteral("sticky"),
                                 QStringLiteral("ping_status"), QStringLiteral("meta"), QStringLiteral("status")}) {
        QVERIFY2(last.value(field) == after.value(field),
                 qPrintable(QStringLiteral("%1: %2 became %3").arg(field, shown(after.value(field)), shown(last.value(field)))));
    }

    // Exported, the options are in the front matter under WordPress's names; the writer opens pings and changes the
    // custom field in the file and publishes it: only those change.
    const QString folder = m_dir.filePath(QStringLiteral("export-") + tag);
    const CliRun exported = cli.run({QStringLiteral("export"), folder});
    QVERIFY2(exported.code == 0, exported.err.constData());
    QString path;
    QDirIterator files(folder, {QStringLiteral("*.html"), QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString candidate = files.next();
        QFile file(candidate);
        QVERIFY(file.open(QIODevice::ReadOnly));
        if (QString::fromUtf8(file.readAll()).contains(body.value(QStringLiteral("title")).toString())) {
            path = candidate;
        }
    }
    QVERIFY2(!path.isEmpty(), exported.out.constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    for (const char* line : {"format: \"video\"", "password: \"rosebud\"", "author: 1", "ping_status: \"closed\"",
                             "meta: {\"longhand_test_note\": \"from the web\"}"}) {
        QVERIFY2(text.contains(QLatin1Char('\n') + QString::fromUtf8(line) + QLatin1Char('\n')), qPrintable(text));
    }
    QVERIFY2(!text.contains(QStringLiteral("\nsticky:")) && !text.contains(QStringLiteral("\ncomment_status:")), qPrintable(text));
    text.replace(QStringLiteral("ping_status: \"closed\""), QStringLiteral("ping_status: \"open\""));
    text.replace(QStringLiteral("\"from the web\"}"), QStringLiteral("\"from the file\"}"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
    file.close();
    const CliRun fromFile = cli.run({QStringLiteral("publish"), path});
    QVERIFY2(fromFile.code == 0, fromFile.err.constData());
    const QJsonObject published = read(remoteId);
    QCOMPARE(published.value(QStringLiteral("ping_status")).toString(), QStringLiteral("open"));
    // The custom field, changed in place (XML-RPC: by its meta id, not a second value).
    QCOMPARE(published.value(QStringLiteral("meta")).toObject().value(QStringLiteral("longhand_test_note")).toString(),
             QStringLiteral("from the file"));
    for (const QString& field : {QStringLiteral("content"), QStringLiteral("password"), QStringLiteral("format"), QStringLiteral("sticky"),
                                 QStringLiteral("author"), QStringLiteral("comment_status"),
                                 QStringLiteral("status"), QStringLiteral("title")}) {
        QVERIFY2(published.value(field) == last.value(field),
                 qPrintable(QStringLiteral("%1: %2 became %3").arg(field, shown(last.value(field)), shown(published.value(field)))));
    }
}

void TestPostOptionsLive::authorByName_data()
{
    QTest::addColumn<bool>("xmlrpc");
    QTest::addColumn<QString>("written"); // how the file names the editor
    QTest::newRow("rest login") << false << QStringLiteral("editor");
    QTest::newRow("xmlrpc display name") << true << QStringLiteral("EDITOR");
}

void TestPostOptionsLive::authorByName()
{
    QFETCH(bool, xmlrpc);
    QFETCH(QString, written);
    const Cli& cli = xmlrpc ? *m_xmlrpc : *m_rest;
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    qint64 editor = 0;
    QString editorName;
    for (const QJsonObject& user : m_blog.all(QStringLiteral("/wp/v2/users"), editContext())) {
        if (user.value(QStringLiteral("slug")).toString() == QLatin1String("editor")) {
            editor = user.value(QStringLiteral("id")).toInteger();
            editorName = user.value(QStringLiteral("name")).toString();
        }
    }
    QVERIFY(editor > 0);
    if (written == QLatin1String("EDITOR")) {
        written = editorName.toUpper(); // the display name, in another case
    }
    const CliRun sync = cli.run({QStringLiteral("sync")}); // the blog's users, as the cache knows them
    QVERIFY2(sync.code == 0, sync.err.constData());

    // An unknown name: a clear error, nothing sent.
    const QString unknownTitle = QStringLiteral("Nobody's Review (%1)").arg(tag);
    const QString unknownPath = m_dir.filePath(QStringLiteral("unknown-author-%1.md").arg(tag));
    QFile unknown(unknownPath);
    QVERIFY(unknown.open(QIODevice::WriteOnly));
    unknown.write(QStringLiteral("---\ntitle: \"%1\"\nauthor: Nobody Known\nstatus: draft\n---\n\nText.\n").arg(unknownTitle).toUtf8());
    unknown.close();
    const CliRun refused = cli.run({QStringLiteral("publish"), unknownPath});
    QVERIFY2(refused.code != 0, refused.out.constData());
    QVERIFY2(refused.err.contains("“Nobody Known” is not a user of"), refused.err.constData());
    QUrlQuery search = editContext();
    search.addQueryItem(QStringLiteral("status"), QStringLiteral("any"));
    search.addQueryItem(QStringLiteral("search"), unknownTitle);
    QVERIFY(m_blog.all(QStringLiteral("/wp/v2/posts"), search).isEmpty());

    // The editor by name: the post is theirs on the blog, and the file now says the id.
    const QString title = QStringLiteral("The Editor's Review (%1)").arg(tag);
    const QString path = m_dir.filePath(QStringLiteral("author-%1.md").arg(tag));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("---\ntitle: \"%1\"\nauthor: %2\nstatus: draft\n---\n\nText.\n").arg(title, written).toUtf8());
    file.close();
    const CliRun published = cli.run({QStringLiteral("publish"), path});
    QVERIFY2(published.code == 0, published.err.constData());
    search.removeAllQueryItems(QStringLiteral("search"));
    search.addQueryItem(QStringLiteral("search"), title);
    const QList<QJsonObject> found = m_blog.all(QStringLiteral("/wp/v2/posts"), search);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().value(QStringLiteral("author")).toInteger(), editor);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString after = QString::fromUtf8(file.readAll());
    QVERIFY2(after.contains(QStringLiteral("\nauthor: %1\n").arg(editor)), qPrintable(after));
}

QTEST_GUILESS_MAIN(TestPostOptionsLive)
#include "tst_post_options_live.moc"
