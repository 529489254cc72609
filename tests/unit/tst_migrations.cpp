// Database::open, the numbered migrations and the committed schema-1 file in tests/data.
#include "core/storage/AppStateRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/PostRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/Clock.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;

namespace {

// Runs statements on a plain connection that is not a Database, so that a test can build a file
// exactly as it wants it (no pragmas, no migrations).
bool writeRawDatabase(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-") + path;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString& statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool execOk(Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return false;
    }
    return true;
}

bool hasSchemaObject(Database& database, const QString& type, const QString& name)
{
    return test::queryValue(database,
                            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = '%1' AND name = '%2'").arg(type, name))
               .toInt()
        == 1;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void migrationsAreNumberedFromOne();
    void splitSqlScript_data();
    void splitSqlScript();
    void shippedTriggersStayWhole();
    void freshDatabaseReachesLatestSchema();
    void everyMigrationRunsInOrder();
    void openAtVersionOne();
    void smallerTargetNeverDowngrades();
    void refusesNewerSchemaUntouched_data();
    void refusesNewerSchemaUntouched();
    void refusesNonSqliteFile();
    void upgradesCommittedSchemaOneFile();
    void sitesKeepTheirProtocol();
    void mediaLibraryPullsMediaAgain();
    void postsStayPostsWhenPagesArrive();
};

void TestMigrations::migrationsAreNumberedFromOne()
{
    const QList<Migration>& migrations = allMigrations();
    QVERIFY(migrations.size() >= 2);
    QCOMPARE(migrations.constFirst().version, 1);
    for (int i = 0; i < migrations.size(); ++i) {
        const Migration& migration = migrations.at(i);
        // Strictly increasing; a number may be skipped while a change that holds it is merged separately.
        QVERIFY(i == 0 || migration.version > migrations.at(i - 1).version);
        QVERIFY2(migration.name.startsWith(QStringLiteral("%1_").arg(migration.version, 3, 10, QLatin1Char('0'))),
                 qPrintable(migration.name));
        QVERIFY(migration.name.endsWith(QLatin1String(".sql")));
        QVERIFY2(!migration.statements.isEmpty(), qPrintable(migration.name));
    }
    QCOMPARE(latestSchemaVersion(), migrations.constLast().version);
}

void TestMigrations::splitSqlScript_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("comments and blank lines only") << QStringLiteral("-- nothing here\n\n   \n-- at all\n") << QStringList();
    QTest::newRow("two statements") << QStringLiteral("-- header\nCREATE TABLE a (x INTEGER);\n\nCREATE TABLE b (\n    y TEXT\n);\n")
                                    << QStringList {QStringLiteral("CREATE TABLE a (x INTEGER);"),
                                                    QStringLiteral("CREATE TABLE b (\n    y TEXT\n);")};
    QTest::newRow("trigger body whole")
        << QStringLiteral("CREATE TABLE t (x);\n"
                          "CREATE TRIGGER t_ins AFTER INSERT ON t BEGIN\n"
                          "    INSERT INTO log VALUES (new.x);\n"
                          "    INSERT INTO log VALUES (new.x + 1);\n"
                          "END;\n"
                          "INSERT INTO t VALUES (1);\n")
        << QStringList {QStringLiteral("CREATE TABLE t (x);"),
                        QStringLiteral("CREATE TRIGGER t_ins AFTER INSERT ON t BEGIN\n"
                                       "    INSERT INTO log VALUES (new.x);\n"
                                       "    INSERT INTO log VALUES (new.x + 1);\n"
                                       "END;"),
                        QStringLiteral("INSERT INTO t VALUES (1);")};
    QTest::newRow("lower-case trigger")
        << QStringLiteral("create trigger d after delete on t begin\n  delete from log;\nend;\nselect 1;\n")
        << QStringList {QStringLiteral("create trigger d after delete on t begin\n  delete from log;\nend;"),
                        QStringLiteral("select 1;")};
    QTest::newRow("last statement without semicolon")
        << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y)\n")
        << QStringList {QStringLiteral("CREATE TABLE a (x);"), QStringLiteral("CREATE TABLE b (y)")};
}

void TestMigrations::splitSqlScript()
{
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    QCOMPARE(longhand::splitSqlScript(script), expected);
}

void TestMigrations::shippedTriggersStayWhole()
{
    int triggers = 0;
    for (const Migration& migration : allMigrations()) {
        for (const QString& statement : migration.statements) {
            QVERIFY2(!statement.startsWith(QLatin1String("--")), qPrintable(statement));
            QVERIFY2(statement.compare(QLatin1String("END;"), Qt::CaseInsensitive) != 0, qPrintable(migration.name));
            if (statement.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive)) {
                ++triggers;
                QVERIFY2(statement.contains(QLatin1String(" BEGIN\n")), qPrintable(statement));
                QVERIFY2(statement.endsWith(QLatin1String("END;")), qPrintable(statement));
            }
        }
    }
    // 002 keeps the full-text index in step with posts: insert, delete, update.
    QVERIFY(triggers >= 3);
    const QStringList search = allMigrations().at(1).statements;
    const auto update = std::find_if(search.cbegin(), search.cend(), [](const QString& s) {
        return s.contains(QLatin1String("posts_fts_update"));
    });
    QVERIFY(update != search.cend());
    QCOMPARE(update->count(QLatin1String("INSERT INTO posts_fts")), 2);
}

void TestMigrations::freshDatabaseReachesLatestSchema()
{
    auto temp = test::makeTempDatabase();
    Database& db = *temp->database;
    QCOMPARE(db.schemaVersion(), latestSchemaVersion());
    QCOMPARE(test::queryValue(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(test::queryValue(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(test::queryValue(db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL

    for (const char* table : {"sites", "posts", "terms", "post_terms", "media", "comments", "outbox", "app_state", "posts_fts"}) {
        QVERIFY2(hasSchemaObject(db, QStringLiteral("table"), QString::fromLatin1(table)), table);
    }
    for (const char* trigger : {"posts_fts_insert", "posts_fts_delete", "posts_fts_update"}) {
        QVERIFY2(hasSchemaObject(db, QStringLiteral("trigger"), QString::fromLatin1(trigger)), trigger);
    }

    // Foreign keys are enforced, not just declared.
    QSqlQuery orphan(db.connection());
    QVERIFY(!orphan.exec(QStringLiteral(
        "INSERT INTO post_terms (post_id, taxonomy, name, position) VALUES (4242, 'category', 'Films', 0)")));
    QVERIFY2(orphan.lastError().text().contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive),
             qPrintable(orphan.lastError().text()));
}

void TestMigrations::everyMigrationRunsInOrder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("stepwise.sqlite"));
    // One step at a time on the same file: each open applies exactly the next migration.
    for (const Migration& migration : allMigrations()) {
        const int version = migration.version;
        auto opened = Database::open(path, version);
        QVERIFY2(opened, qPrintable(test::errorOf(opened)));
        QCOMPARE((*opened)->schemaVersion(), version);
        QCOMPARE(hasSchemaObject(**opened, QStringLiteral("table"), QStringLiteral("posts")), true);
        QCOMPARE(hasSchemaObject(**opened, QStringLiteral("table"), QStringLiteral("posts_fts")), version >= 2);
    }

    // And all at once on a new file: the same objects, in the same version.
    const QString direct = dir.filePath(QStringLiteral("direct.sqlite"));
    auto stepwise = Database::open(path);
    auto whole = Database::open(direct);
    QVERIFY(stepwise && whole);
    const QString schemaSql = QStringLiteral("SELECT group_concat(type || ' ' || name || ' ' || ifnull(sql, ''), '\n') FROM "
                                             "(SELECT * FROM sqlite_master ORDER BY type, name)");
    QCOMPARE(test::queryValue(**stepwise, schemaSql).toString(), test::queryValue(**whole, schemaSql).toString());
    QCOMPARE((*stepwise)->schemaVersion(), (*whole)->schemaVersion());
}

void TestMigrations::openAtVersionOne()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto opened = Database::open(dir.filePath(QStringLiteral("v1.sqlite")), 1);
    QVERIFY2(opened, qPrintable(test::errorOf(opened)));
    Database& db = **opened;
    QCOMPARE(db.schemaVersion(), 1);
    QCOMPARE(test::queryValue(db, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QVERIFY(hasSchemaObject(db, QStringLiteral("table"), QStringLiteral("posts")));
    QVERIFY(hasSchemaObject(db, QStringLiteral("table"), QStringLiteral("app_state")));
    QVERIFY(!hasSchemaObject(db, QStringLiteral("table"), QStringLiteral("posts_fts")));
    QVERIFY(!hasSchemaObject(db, QStringLiteral("trigger"), QStringLiteral("posts_fts_insert")));
}

void TestMigrations::smallerTargetNeverDowngrades()
{
    auto temp = test::makeTempDatabase();
    const QString path = temp->path();
    temp->database.reset();
    auto reopened = Database::open(path, 1);
    QVERIFY2(reopened, qPrintable(test::errorOf(reopened)));
    QCOMPARE((*reopened)->schemaVersion(), latestSchemaVersion());
    QVERIFY(hasSchemaObject(**reopened, QStringLiteral("table"), QStringLiteral("posts_fts")));
}

void TestMigrations::refusesNewerSchemaUntouched_data()
{
    QTest::addColumn<bool>("walFile");
    QTest::newRow("rollback journal file") << false;
    QTest::newRow("WAL file from a newer Longhand") << true;
}

void TestMigrations::refusesNewerSchemaUntouched()
{
    QFETCH(bool, walFile);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    const int future = latestSchemaVersion() + 1;
    if (walFile) {
        auto opened = Database::open(path);
        QVERIFY(opened);
        QVERIFY(execOk(**opened, QStringLiteral("CREATE TABLE from_the_future (x)")));
        QVERIFY(execOk(**opened, QStringLiteral("PRAGMA user_version = %1").arg(future)));
    } else {
        QVERIFY(writeRawDatabase(path, {QStringLiteral("CREATE TABLE from_the_future (x)"),
                                        QStringLiteral("INSERT INTO from_the_future VALUES ('keep me')"),
                                        QStringLiteral("PRAGMA user_version = %1").arg(future)}));
    }
    const QString wal = path + QStringLiteral("-wal");
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(wal));
    const QByteArray before = test::fileSha256(path);
    QVERIFY(!before.isEmpty());

    auto refused = Database::open(path);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::SchemaTooNew);
    QVERIFY2(refused.error().message.contains(path), qPrintable(test::errorOf(refused)));
    QVERIFY2(refused.error().message.contains(QString::number(future)), qPrintable(test::errorOf(refused)));

    QCOMPARE(test::fileSha256(path), before);
    QVERIFY(!QFileInfo::exists(wal));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));

    // Refusing again changes nothing either (e.g. the user retries after the message).
    QVERIFY(!Database::open(path, 1));
    QCOMPARE(test::fileSha256(path), before);
}

void TestMigrations::refusesNonSqliteFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 200; ++i) {
            file.write("Groceries: eggs, flour, a film to review on Sunday.\n");
        }
    }
    const QByteArray before = test::fileSha256(path);

    auto opened = Database::open(path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, Error::Code::Database);
    QVERIFY2(opened.error().message.contains(path), qPrintable(test::errorOf(opened)));
    QVERIFY2(opened.error().message.contains(QLatin1String("not a Longhand database")), qPrintable(test::errorOf(opened)));
    QCOMPARE(test::fileSha256(path), before);
}

void TestMigrations::upgradesCommittedSchemaOneFile()
{
    const QString committed = test::dataFile(QStringLiteral("schema-v1.sqlite"));
    QVERIFY2(QFileInfo::exists(committed), qPrintable(committed));
    const QByteArray committedHash = test::fileSha256(committed);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("longhand.sqlite"));
    QVERIFY(QFile::copy(committed, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));

    {
        // A target of 1 leaves it at schema 1: it really is an old file.
        auto old = Database::open(path, 1);
        QVERIFY2(old, qPrintable(test::errorOf(old)));
        QCOMPARE((*old)->schemaVersion(), 1);
        QVERIFY(!hasSchemaObject(**old, QStringLiteral("table"), QStringLiteral("posts_fts")));
    }

    auto opened = Database::open(path);
    QVERIFY2(opened, qPrintable(test::errorOf(opened)));
    Database& db = **opened;
    QCOMPARE(db.schemaVersion(), latestSchemaVersion());
    QCOMPARE(test::queryValue(db, QStringLiteral("SELECT count(*) FROM posts")).toInt(), 2);
    QCOMPARE(test::queryValue(db, QStringLiteral("SELECT name FROM sites WHERE id = 1")).toString(), QStringLiteral("Film Diary"));
    QVERIFY(execOk(db, QStringLiteral("INSERT INTO posts_fts (posts_fts) VALUES ('integrity-check')")));

    PostRepository posts(db);
    auto never = posts.load(1);
    QVERIFY2(never, qPrintable(test::errorOf(never)));
    QCOMPARE(never->siteId, 1);
    QCOMPARE(never->remoteId, 417);
    QCOMPARE(never->title, QStringLiteral("Never Let Me Go"));
    QCOMPARE(never->slug, QStringLiteral("never-let-me-go"));
    QCOMPARE(never->excerpt, QStringLiteral("Clones in a boarding school."));
    QCOMPARE(never->body, QStringLiteral("The students at Hailsham grow up *quietly*.\n\nKathy remembers Tommy."));
    QCOMPARE(never->status, PostStatus::Publish);
    QVERIFY(!never->scheduledAt.isValid());
    QCOMPARE(never->commentsOpen, true);
    QCOMPARE(never->pingsOpen, false);
    QCOMPARE(never->featuredImage, QStringLiteral("media/0123456789ab-poster.png"));
    QCOMPARE(never->alsoLike, QStringLiteral("The Remains of the Day"));
    QCOMPARE(never->link, QStringLiteral("https://films.example.org/never-let-me-go/"));
    QCOMPARE(never->baseModifiedGmt, QDateTime(QDate(2023, 2, 1), QTime(12, 30), Qt::UTC));
    QCOMPARE(never->baseContent, QStringLiteral("<p>The students at Hailsham grow up quietly.</p>"));
    QCOMPARE(never->createdAt, QDateTime(QDate(2023, 1, 10), QTime(9, 0), Qt::UTC));
    QCOMPARE(never->categories, (QStringList {QStringLiteral("Films"), QStringLiteral("Adaptations")}));
    QCOMPARE(never->tags, (QStringList {QStringLiteral("kazuo ishiguro"), QStringLiteral("clones")}));
    QVERIFY(!never->isTrashed());
    QVERIFY(never->notice.isEmpty()); // migration 005: no post is gone from its blog yet
    QCOMPARE(test::queryValue(db, QStringLiteral("SELECT count(*) FROM posts WHERE gone_remote_id IS NOT NULL")).toInt(), 0);

    auto amelie = posts.load(2);
    QVERIFY(amelie);
    QCOMPARE(amelie->title, QStringLiteral("Amélie"));
    QCOMPARE(amelie->siteId, 0);
    QCOMPARE(amelie->slugEdited, true);
    QCOMPARE(amelie->status, PostStatus::Future);
    QCOMPARE(amelie->scheduledAt, QDateTime(QDate(2023, 6, 1), QTime(7, 0), Qt::UTC));
    QCOMPARE(amelie->updatedAt, QDateTime(QDate(2023, 3, 4), QTime(11, 15, 30, 250), Qt::UTC));
    QVERIFY(amelie->categories.isEmpty());

    AppStateRepository state(db);
    QCOMPARE(state.value(AppStateRepository::openReviewKey()).valueOr(QString()), QStringLiteral("2"));

    // Migration 002 indexed the rows that were already there.
    QCOMPARE(test::idsOf(posts.list({})), (QList<qint64> {2, 1}));
    QCOMPARE(test::idsOf(posts.list({QStringLiteral("hailsham"), {}, false, {}})), QList<qint64> {1});
    QCOMPARE(test::idsOf(posts.list({QStringLiteral("Tommy"), {}, false, {}})), QList<qint64> {1});
    QCOMPARE(test::idsOf(posts.list({QStringLiteral("never le"), {}, false, {}})), QList<qint64> {1});
    QCOMPARE(test::idsOf(posts.list({QStringLiteral("gnome"), {}, false, {}})), QList<qint64> {2});
    QCOMPARE(test::idsOf(posts.list({QStringLiteral("amelie"), {}, false, {}})), QList<qint64> {2});
    QCOMPARE(test::idsOf(posts.list({QStringLiteral("cafe"), PostStatus::Future, false, {}})), QList<qint64> {2});
    QCOMPARE(test::idsOf(posts.list({QStringLiteral("cafe"), PostStatus::Draft, false, {}})), QList<qint64> {});

    // And its triggers keep new and edited rows in the index.
    Post edited = *never;
    edited.title = QStringLiteral("Never Let Me Go (2010)");
    edited.body = QStringLiteral("Carey Mulligan as Kathy.");
    QVERIFY(posts.update(edited));
    QCOMPARE(test::idsOf(posts.list({QStringLiteral("hailsham"), {}, false, {}})), QList<qint64> {});
    QCOMPARE(test::idsOf(posts.list({QStringLiteral("mulligan"), {}, false, {}})), QList<qint64> {1});
    QVERIFY(execOk(db, QStringLiteral("INSERT INTO posts_fts (posts_fts) VALUES ('integrity-check')")));

    // Migration 010: a blog connected before it was added through REST.
    SiteRepository sites(db, Clock::system());
    auto film = sites.load(1);
    QVERIFY2(film, qPrintable(test::errorOf(film)));
    QCOMPARE(film->protocol, Site::Protocol::WordPressRest);
    QVERIFY(film->xmlRpcEndpoint.isEmpty());

    // Migration 011: a review stored before post options has WordPress's defaults, and the next sync pulls every
    // post again (no posts high-water mark is left).
    auto options = posts.load(1);
    QVERIFY2(options, qPrintable(test::errorOf(options)));
    QCOMPARE(options->postFormat, QStringLiteral("standard"));
    QCOMPARE(options->sticky, false);
    QVERIFY(options->password.isEmpty());
    QVERIFY(options->meta.isEmpty());
    QCOMPARE(test::queryValue(db, QStringLiteral("SELECT count(*) FROM sync_state WHERE resource = 'posts' AND high_water IS NOT NULL"))
                 .toInt(),
             0);

    QCOMPARE(test::fileSha256(committed), committedHash);
}

void TestMigrations::sitesKeepTheirProtocol()
{
    auto temp = test::makeTempDatabase();
    Database& db = *temp->database;
    SiteRepository sites(db, Clock::system());

    Site rest;
    rest.name = QStringLiteral("Through REST");
    rest.baseUrl = QUrl(QStringLiteral("https://rest.example.org/"));
    rest.restRoot = QUrl(QStringLiteral("https://rest.example.org/wp-json/"));
    rest.userName = QStringLiteral("ann");
    auto restId = sites.add(rest);
    QVERIFY2(restId, qPrintable(test::errorOf(restId)));

    Site xmlrpc = rest;
    xmlrpc.name = QStringLiteral("Through XML-RPC");
    xmlrpc.baseUrl = QUrl(QStringLiteral("https://locked.example.org/"));
    xmlrpc.restRoot = QUrl();
    xmlrpc.protocol = Site::Protocol::WordPressXmlRpc;
    xmlrpc.xmlRpcEndpoint = QUrl(QStringLiteral("https://locked.example.org/xmlrpc.php"));
    auto xmlrpcId = sites.add(xmlrpc);
    QVERIFY2(xmlrpcId, qPrintable(test::errorOf(xmlrpcId)));

    auto loadedRest = sites.load(*restId);
    QVERIFY(loadedRest);
    QCOMPARE(loadedRest->protocol, Site::Protocol::WordPressRest);
    QVERIFY(loadedRest->xmlRpcEndpoint.isEmpty());
    auto loadedXmlRpc = sites.load(*xmlrpcId);
    QVERIFY(loadedXmlRpc);
    QCOMPARE(loadedXmlRpc->protocol, Site::Protocol::WordPressXmlRpc);
    QCOMPARE(loadedXmlRpc->xmlRpcEndpoint, QUrl(QStringLiteral("https://locked.example.org/xmlrpc.php")));
    QCOMPARE(test::queryValue(db, QStringLiteral("SELECT protocol FROM sites WHERE id = %1").arg(*xmlrpcId)).toString(),
             QStringLiteral("xmlrpc"));

    // update() writes them too, both ways.
    Site back = *loadedXmlRpc;
    back.protocol = Site::Protocol::WordPressRest;
    back.xmlRpcEndpoint = QUrl();
    QVERIFY(sites.update(back));
    QCOMPARE(sites.load(*xmlrpcId)->protocol, Site::Protocol::WordPressRest);

    // Only the two words the code knows can be stored.
    QSqlQuery bogus(db.connection());
    QVERIFY(!bogus.exec(QStringLiteral("UPDATE sites SET protocol = 'soap' WHERE id = %1").arg(*restId)));
}

// Schema 12 adds columns the media pull fills: media pulled before it are asked again; the other resources not.
void TestMigrations::mediaLibraryPullsMediaAgain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("media.sqlite"));
    {
        auto old = Database::open(path, 10);
        QVERIFY2(old, qPrintable(test::errorOf(old)));
        QVERIFY(execOk(**old, QStringLiteral("INSERT INTO sites (id, name, base_url, created_at) VALUES (1, 'B', 'https://b.example', "
                                             "'2024-01-01T00:00:00.000Z')")));
        QVERIFY(execOk(**old, QStringLiteral("INSERT INTO sync_state (site_id, resource, high_water) VALUES (1, 'media', "
                                             "'2026-01-01T00:00:00.000Z'), (1, 'posts', '2026-01-01T00:00:00.000Z')")));
        QVERIFY(execOk(**old, QStringLiteral("INSERT INTO media (site_id, remote_id, source_url, created_at) VALUES (1, 5, "
                                             "'https://b.example/a.png', '2024-01-01T00:00:00.000Z')")));
    }
    auto upgraded = Database::open(path);
    QVERIFY2(upgraded, qPrintable(test::errorOf(upgraded)));
    QCOMPARE(test::queryValue(**upgraded, QStringLiteral("SELECT count(*) FROM sync_state WHERE resource = 'media'")).toInt(), 0);
    QCOMPARE(test::queryValue(**upgraded, QStringLiteral("SELECT count(*) FROM sync_state WHERE resource = 'posts'")).toInt(), 1);
    QCOMPARE(test::queryValue(**upgraded, QStringLiteral("SELECT width + height FROM media WHERE remote_id = 5")).toInt(), 0);
    QCOMPARE(test::queryValue(**upgraded, QStringLiteral("SELECT thumbnail_url FROM media WHERE remote_id = 5")).toString(), QString());
}

// Schema 13 (pages): every row stored before it is a post (pages were never pulled), in no page's place.
void TestMigrations::postsStayPostsWhenPagesArrive()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pages.sqlite"));
    {
        auto old = Database::open(path, 12);
        QVERIFY2(old, qPrintable(test::errorOf(old)));
        QVERIFY(execOk(**old, QStringLiteral("INSERT INTO posts (title, body, created_at, updated_at) VALUES ('Old', 'x', "
                                             "'2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')")));
    }
    auto upgraded = Database::open(path);
    QVERIFY2(upgraded, qPrintable(test::errorOf(upgraded)));
    QCOMPARE(test::queryValue(**upgraded, QStringLiteral("SELECT post_type || parent_id || menu_order || page_template FROM posts"))
                 .toString(),
             QStringLiteral("post00"));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
