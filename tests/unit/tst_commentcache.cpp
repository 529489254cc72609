// The compact comment cache of schema 14 (issue 16): the upgrade of a schema-13 cache with real rows and queued
// actions, and what the cache still does without a stored visible text (search, excerpts, the duplicate flag,
// Unreplied, Mine kept by triggers, the full-text index in step with every change).
#include "core/moderation/TriageRules.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "support/TestSupport.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;

namespace {

bool execOk(Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return false;
    }
    return true;
}

QVariant value(Database& database, const QString& sql)
{
    return test::queryValue(database, sql);
}

// The index holds exactly what one rebuilt from the table holds: every term in as many comments (FTS5's own
// integrity-check does not compare an external-content index with its content in SQLite 3.40).
bool ftsConsistent(Database& database)
{
    const QStringList setup {
        QStringLiteral("CREATE TEMP VIEW check_text AS SELECT * FROM main.comments_text"),
        QStringLiteral("CREATE VIRTUAL TABLE temp.check_fts USING fts5 (plain_text, author_name, author_email, author_url, author_ip, "
                       "content='check_text', content_rowid='id', tokenize='unicode61 remove_diacritics 2', detail=none, "
                       "columnsize=0)"),
        QStringLiteral("INSERT INTO temp.check_fts (check_fts) VALUES ('rebuild')"),
        QStringLiteral("CREATE VIRTUAL TABLE temp.kept USING fts5vocab(main, comments_fts, row)"),
        QStringLiteral("CREATE VIRTUAL TABLE temp.rebuilt USING fts5vocab(temp, check_fts, row)"),
    };
    bool ok = true;
    for (const QString& statement : setup) {
        ok = ok && execOk(database, statement);
    }
    const auto missing = [&database](const char* from, const char* in) {
        return value(database, QStringLiteral("SELECT count(*) FROM (SELECT term, doc FROM temp.%1 EXCEPT SELECT term, doc FROM temp.%2)")
                                   .arg(QLatin1String(from), QLatin1String(in)))
            .toInt();
    };
    const int differences = ok ? missing("kept", "rebuilt") + missing("rebuilt", "kept") : -1;
    for (const char* table : {"kept", "rebuilt", "check_fts"}) {
        execOk(database, QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(QLatin1String(table)));
    }
    execOk(database, QStringLiteral("DROP VIEW IF EXISTS temp.check_text"));
    if (differences != 0) {
        qWarning() << "the full-text index differs from a rebuilt one:" << differences;
    }
    return ok && differences == 0 && value(database, QStringLiteral("SELECT count(*) FROM comments_fts")).toInt() >= 0;
}

QList<qint64> search(Database& database, const QString& text, bool mine = false)
{
    CommentFilter filter;
    filter.search = text;
    filter.mine = mine;
    auto ids = CommentRepository(database).ids(filter);
    return ids ? *ids : QList<qint64> {-1};
}

RemoteComment remote(qint64 id, qint64 post, const QString& content)
{
    RemoteComment c;
    c.id = id;
    c.post = post;
    c.authorName = QStringLiteral("Reader %1").arg(id);
    c.authorEmail = QStringLiteral("reader%1@example.org").arg(id);
    c.authorIp = QStringLiteral("192.0.2.%1").arg(id);
    c.dateGmt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC).addSecs(60 * id);
    c.content = content;
    c.status = QStringLiteral("hold");
    return c;
}

} // namespace

class TestCommentCache : public QObject
{
    Q_OBJECT

private slots:
    void upgradeKeepsEveryCommentAndQueuedAction();
    void indexFollowsEveryChange();
    void duplicatesAndExcerptsWithoutStoredText();
    void mineFollowsPostsAndAuthors();
    void searchWordsAreSingleTokens();
    void upgradeLeavesNoFreePages();
};

// A schema-13 cache as an earlier Longhand wrote it: text stored twice, ISO dates, hex hashes, a reply written offline
// waiting in the outbox. After the upgrade every row, id and queued action is there, with the same values.
void TestCommentCache::upgradeKeepsEveryCommentAndQueuedAction()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v13.sqlite"));
    {
        auto old = Database::open(path, 13);
        QVERIFY2(old, qPrintable(test::errorOf(old)));
        Database& db = **old;
        QVERIFY(execOk(db, QStringLiteral("INSERT INTO sites (id, name, base_url, created_at, user_id) VALUES (1, 'B', 'https://b', "
                                          "'2026-01-01T00:00:00.000Z', 7)")));
        QVERIFY(execOk(db, QStringLiteral("INSERT INTO posts (site_id, remote_id, title, body, created_at, updated_at, author_id) VALUES "
                                          "(1, 100, 'Mine', 'x', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 7), "
                                          "(1, 200, 'Theirs', 'x', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 8)")));
        const QString columns = QStringLiteral(
            "INSERT INTO comments (id, site_id, remote_id, post_remote_id, parent_remote_id, status, remote_status, author_id, "
            "author_name, author_email, author_ip, date_gmt, content_raw, plain_text, content_hash, link_count, flags, pending, "
            "notice, previous_status, type, user_replied, remote_content) VALUES ");
        QVERIFY(execOk(db, columns + QStringLiteral(
            "(11, 1, 501, 100, 0, 'hold', 'hold', 0, 'Ann', 'ann@example.org', '192.0.2.1', '2026-02-03T04:05:06.789Z', "
            "'<p>The <b>projector</b> broke &amp; we waited</p>', 'The projector broke & we waited', "
            "'0123456789abcdef0123456789abcdef01234567', 0, 0, 0, '', '', 'comment', 1, NULL), "
            "(12, 1, 502, 200, 501, 'spam', 'approved', 0, 'Bob', 'bob@example.org', '192.0.2.2', '2026-02-03T05:00:00.000Z', "
            "'Cheap <a href=\"https://x.example/\">pills</a>', 'Cheap pills', 'fedcba9876543210fedcba9876543210fedcba98', 1, 16, 1, "
            "'a notice', 'approved', 'comment', 0, 'Cheap pills on the web'), "
            "(13, 1, NULL, 100, 501, 'approved', '', 7, 'Me', '', '', '2026-02-04T00:00:00.500Z', 'Thank you!', 'Thank you!', "
            "'aaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbbbbbbbbb', 0, 0, 1, '', '', 'comment', 0, NULL), "
            "(14, 1, 504, 200, 0, 'approved', 'approved', 0, 'Cy', '', '', '2026-02-05T00:00:00.000Z', '...', '...', '', 0, 0, 0, "
            "'', '', 'pingback', 0, NULL)")));
        QVERIFY(execOk(db, QStringLiteral("INSERT INTO outbox (site_id, entity, entity_id, operation, payload, created_at) VALUES "
                                          "(1, 'comment', 13, 'reply', '{\"content\":\"Thank you!\",\"parent_local\":11}', "
                                          "'2026-02-04T00:00:00.000Z'), (1, 'comment', 12, 'status', "
                                          "'{\"status\":\"spam\",\"base\":\"approved\"}', '2026-02-04T00:00:01.000Z')")));
    }
    auto upgraded = Database::open(path);
    QVERIFY2(upgraded, qPrintable(test::errorOf(upgraded)));
    Database& db = **upgraded;
    QCOMPARE(db.schemaVersion(), 14);
    QCOMPARE(value(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('comments') WHERE name = 'plain_text'")).toInt(), 0);
    QCOMPARE(value(db, QStringLiteral("SELECT group_concat(id || ':' || entity_id || ':' || operation, ' ') FROM outbox")).toString(),
             QStringLiteral("1:13:reply 2:12:status"));
    QCOMPARE(value(db, QStringLiteral("SELECT group_concat(id, ',') FROM (SELECT id FROM comments ORDER BY id)")).toString(), QStringLiteral("11,12,13,14"));
    QCOMPARE(value(db, QStringLiteral("SELECT date_gmt FROM comments WHERE id = 11")).toLongLong(),
             QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6, 789), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(value(db, QStringLiteral("SELECT content_hash FROM comments WHERE id = 11")).toLongLong(), qint64(0x0123456789abcdefLL));
    QCOMPARE(value(db, QStringLiteral("SELECT content_hash FROM comments WHERE id = 12")).toLongLong(), qint64(0xfedcba9876543210ULL));
    QVERIFY(value(db, QStringLiteral("SELECT content_hash FROM comments WHERE id = 14")).isNull());
    QCOMPARE(value(db, QStringLiteral("SELECT group_concat(id, ',') FROM comments WHERE mine = 1")).toString(), QStringLiteral("11,13"));

    CommentRepository comments(db);
    auto spam = comments.byId(12);
    QVERIFY(spam && spam.value());
    QCOMPARE(spam.value()->status, CommentStatus::Spam);
    QCOMPARE(spam.value()->remoteStatus, QStringLiteral("approved"));
    QCOMPARE(spam.value()->flags, int(FlagDuplicate));
    QVERIFY(spam.value()->pending);
    QCOMPARE(spam.value()->notice, QStringLiteral("a notice"));
    QCOMPARE(spam.value()->linkCount, 1);
    QCOMPARE(spam.value()->plainText, QStringLiteral("Cheap pills"));
    QCOMPARE(value(db, QStringLiteral("SELECT remote_content || previous_status FROM comments WHERE id = 12")).toString(),
             QStringLiteral("Cheap pills on the webapproved"));
    auto reply = comments.byId(13);
    QVERIFY(reply && reply.value());
    QCOMPARE(reply.value()->remoteId, 0);
    QCOMPARE(reply.value()->dateGmt, QDateTime(QDate(2026, 2, 4), QTime(0, 0, 0, 500), Qt::UTC));
    QCOMPARE(comments.byId(11).value()->excerpt(), QStringLiteral("The projector broke & we waited"));
    QVERIFY(comments.byId(11).value()->userReplied);

    // The rebuilt index finds text, names and addresses; the queue's filters and their plans work on the new columns.
    QCOMPARE(search(db, QStringLiteral("projector")), QList<qint64> {11});
    QCOMPARE(search(db, QStringLiteral("bob@example")), QList<qint64> {12});
    QCOMPARE(search(db, QStringLiteral("ann@example.org")), QList<qint64> {11});
    QCOMPARE(search(db, QStringLiteral("thank"), true), QList<qint64> {13});
    QVERIFY(ftsConsistent(db));
    CommentFilter queued;
    queued.onlyIds = {11, 12, 13, 14};
    queued.newestFirst = false;
    QCOMPARE(comments.ids(queued).valueOr({}), (QList<qint64> {11, 12, 13, 14}));
    CommentFilter pings;
    pings.type = QStringLiteral("pingback");
    QCOMPARE(comments.ids(pings).valueOr({}), QList<qint64> {14});
    auto actions = comments.queuedActions(1);
    QVERIFY2(actions, qPrintable(test::errorOf(actions)));
    QCOMPARE(actions->size(), 2);
    QCOMPARE(value(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

// comments_fts holds no text of its own: deletes and updates hand it the old values through comment_text(). After
// the sync's updates, an edit, a reply and a deletion, the index still matches the table exactly.
void TestCommentCache::indexFollowsEveryChange()
{
    auto temp = test::makeTempDatabase();
    Database& db = *temp->database;
    QVERIFY(execOk(db, QStringLiteral("INSERT INTO sites (id, name, base_url, created_at, user_id) VALUES (1, 'B', 'https://b', '2026', 7)")));
    CommentRepository comments(db);
    const TriageRules rules;
    QVERIFY(comments.upsertComments(1, {remote(1, 5, QStringLiteral("<p>A <em>zebra</em> crossing</p>")),
                                        remote(2, 5, QStringLiteral("Lions &amp; tigers"))}, rules));
    QCOMPARE(search(db, QStringLiteral("zebra")), QList<qint64> {1});
    QCOMPARE(search(db, QStringLiteral("tigers")), QList<qint64> {2});
    // The blog changed the text and the commenter's name.
    RemoteComment changed = remote(1, 5, QStringLiteral("<p>An <em>okapi</em> instead</p>"));
    changed.authorName = QStringLiteral("Dora");
    QVERIFY(comments.upsertComments(1, {changed, remote(2, 5, QStringLiteral("Lions &amp; tigers"))}, rules));
    QVERIFY(search(db, QStringLiteral("zebra")).isEmpty());
    QCOMPARE(search(db, QStringLiteral("okapi")), QList<qint64> {1});
    QCOMPARE(search(db, QStringLiteral("dora")), QList<qint64> {1});
    QVERIFY(ftsConsistent(db));
    const qint64 second = comments.byRemoteId(1, 2).value()->id;
    QVERIFY(comments.edit(second, QStringLiteral("Lions and <b>bears</b>")));
    QCOMPARE(search(db, QStringLiteral("bears")), QList<qint64> {second});
    QVERIFY(search(db, QStringLiteral("tigers")).isEmpty());
    auto reply = comments.reply(second, QStringLiteral("Oh my!"));
    QVERIFY2(reply, qPrintable(test::errorOf(reply)));
    QCOMPARE(search(db, QStringLiteral("oh my")), QList<qint64> {reply->replyId});
    QVERIFY(ftsConsistent(db));
    QVERIFY(execOk(db, QStringLiteral("DELETE FROM comments WHERE id = %1").arg(second)));
    QVERIFY(search(db, QStringLiteral("bears")).isEmpty());
    QVERIFY(ftsConsistent(db));
    // Tokens the table does not hold (as a delete with values other than the stored ones leaves): the check fails.
    QVERIFY(execOk(db, QStringLiteral("INSERT INTO comments_fts (rowid, plain_text, author_name, author_email, author_url, author_ip) "
                                      "VALUES (1, 'ghost', '', '', '', '')")));
    QVERIFY(!ftsConsistent(db));
}

void TestCommentCache::duplicatesAndExcerptsWithoutStoredText()
{
    auto temp = test::makeTempDatabase();
    Database& db = *temp->database;
    QVERIFY(execOk(db, QStringLiteral("INSERT INTO sites (id, name, base_url, created_at) VALUES (1, 'B', 'https://b', '2026')")));
    CommentRepository comments(db);
    const TriageRules rules;
    // The same words in other markup and case: a duplicate of the earlier one; text without letters has no hash.
    QVERIFY(comments.upsertComments(1, {remote(1, 5, QStringLiteral("Great <b>film</b>!")), remote(2, 5, QStringLiteral("<p>great FILM</p>")),
                                        remote(3, 5, QStringLiteral("!!!")), remote(4, 5, QStringLiteral("?!"))}, rules));
    QCOMPARE(comments.byRemoteId(1, 1).value()->flags & FlagDuplicate, 0);
    QCOMPARE(comments.byRemoteId(1, 2).value()->flags & FlagDuplicate, int(FlagDuplicate));
    QCOMPARE(comments.byRemoteId(1, 4).value()->flags & FlagDuplicate, 0);
    QVERIFY(value(db, QStringLiteral("SELECT content_hash FROM comments WHERE remote_id = 3")).isNull());
    QCOMPARE(value(db, QStringLiteral("SELECT typeof(content_hash) || typeof(date_gmt) FROM comments WHERE remote_id = 1")).toString(),
             QStringLiteral("integerinteger"));
    QCOMPARE(comments.byRemoteId(1, 2).value()->excerpt(), QStringLiteral("great FILM"));
    QCOMPARE(comments.byRemoteId(1, 2).value()->dateGmt, QDateTime(QDate(2026, 3, 1), QTime(10, 2), Qt::UTC));
    // Comments are listed by date, newest first, as numbers (not as text).
    CommentFilter all;
    QCOMPARE(comments.ids(all).valueOr({}).size(), 4);
    QCOMPARE(comments.byIds(comments.ids(all).valueOr({})).valueOr({}).constFirst().remoteId, 4);
}

// Mine is a column: it follows a post arriving after its comments, a post changing author, a post deleted, and the
// signed-in account changing.
void TestCommentCache::mineFollowsPostsAndAuthors()
{
    auto temp = test::makeTempDatabase();
    Database& db = *temp->database;
    QVERIFY(execOk(db, QStringLiteral("INSERT INTO sites (id, name, base_url, created_at, user_id) VALUES (1, 'B', 'https://b', '2026', 7)")));
    CommentRepository comments(db);
    QVERIFY(comments.upsertComments(1, {remote(1, 5, QStringLiteral("one")), remote(2, 6, QStringLiteral("two"))}, TriageRules()));
    const auto mine = [&db]() {
        return value(db, QStringLiteral("SELECT ifnull(group_concat(remote_id, ','), '') FROM comments WHERE mine = 1")).toString();
    };
    QCOMPARE(mine(), QString());
    QVERIFY(execOk(db, QStringLiteral("INSERT INTO posts (site_id, remote_id, title, body, created_at, updated_at, author_id) VALUES "
                                      "(1, 5, 'p', 'x', '2026', '2026', 7), (1, 6, 'q', 'x', '2026', '2026', 8)")));
    QCOMPARE(mine(), QStringLiteral("1"));
    QVERIFY(execOk(db, QStringLiteral("UPDATE posts SET author_id = 7 WHERE remote_id = 6")));
    QCOMPARE(mine(), QStringLiteral("1,2"));
    QVERIFY(comments.upsertComments(1, {remote(3, 6, QStringLiteral("three"))}, TriageRules()));
    QCOMPARE(mine(), QStringLiteral("1,2,3"));
    QVERIFY(execOk(db, QStringLiteral("DELETE FROM posts WHERE remote_id = 5")));
    QCOMPARE(mine(), QStringLiteral("2,3"));
    QVERIFY(execOk(db, QStringLiteral("UPDATE sites SET user_id = 8")));
    QCOMPARE(mine(), QString());
    QVERIFY(execOk(db, QStringLiteral("UPDATE sites SET user_id = 7")));
    QCOMPARE(mine(), QStringLiteral("2,3"));
    CommentFilter filter;
    filter.mine = true;
    filter.status = CommentStatus::Hold;
    QCOMPARE(comments.ids(filter).valueOr({}).size(), 2);
}

// The index keeps no positions (detail=none), so a search never sends a phrase: words split where the tokenizer
// splits them, underscores included.
void TestCommentCache::searchWordsAreSingleTokens()
{
    auto temp = test::makeTempDatabase();
    Database& db = *temp->database;
    QVERIFY(execOk(db, QStringLiteral("INSERT INTO sites (id, name, base_url, created_at) VALUES (1, 'B', 'https://b', '2026')")));
    CommentRepository comments(db);
    QVERIFY(comments.upsertComments(1, {remote(1, 5, QStringLiteral("see my_film_blog for more")), remote(2, 5, QStringLiteral("Café crème"))},
                                    TriageRules()));
    QCOMPARE(search(db, QStringLiteral("my_film")).size(), 1);
    QCOMPARE(search(db, QStringLiteral("cafe")).size(), 1);
    QCOMPARE(search(db, QStringLiteral("\"crè")).size(), 1);
}

// The rebuilt table's old pages are given back (VACUUM after the step): the upgraded file is smaller, not larger.
void TestCommentCache::upgradeLeavesNoFreePages()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big13.sqlite"));
    {
        auto old = Database::open(path, 13);
        QVERIFY2(old, qPrintable(test::errorOf(old)));
        QVERIFY(execOk(**old, QStringLiteral("INSERT INTO sites (id, name, base_url, created_at) VALUES (1, 'B', 'https://b', '2026')")));
        QVERIFY(execOk(**old, QStringLiteral(
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 2000) "
            "INSERT INTO comments (site_id, remote_id, post_remote_id, status, date_gmt, content_raw, plain_text, content_hash) "
            "SELECT 1, x, 1, 'approved', '2026-01-01T00:00:00.000Z', printf('<p>Comment %d %.*c</p>', x, 400, 'z'), "
            "printf('Comment %d %.*c', x, 400, 'z'), lower(hex(randomblob(20))) FROM n")));
        QCOMPARE(value(**old, QStringLiteral("PRAGMA freelist_count")).toInt(), 0);
    }
    const qint64 before = QFileInfo(path).size();
    auto upgraded = Database::open(path);
    QVERIFY2(upgraded, qPrintable(test::errorOf(upgraded)));
    QCOMPARE(value(**upgraded, QStringLiteral("SELECT count(*) FROM comments")).toInt(), 2000);
    QCOMPARE(value(**upgraded, QStringLiteral("PRAGMA freelist_count")).toInt(), 0);
    const qint64 after = value(**upgraded, QStringLiteral("PRAGMA page_count")).toLongLong()
        * value(**upgraded, QStringLiteral("PRAGMA page_size")).toLongLong();
    QVERIFY2(after < before * 2 / 3, qPrintable(QStringLiteral("%1 -> %2 bytes").arg(before).arg(after)));
    QCOMPARE(search(**upgraded, QStringLiteral("comment 1999")).size(), 1);
}

QTEST_GUILESS_MAIN(TestCommentCache)
#include "tst_commentcache.moc"
