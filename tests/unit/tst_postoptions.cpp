// Post options (issue 15 item 2): format, sticky, password, author, comment and ping status, meta. Their front
// matter round trip, the changed-only comparison a publication sends, and both backends' mapping.
#include "core/domain/CustomFields.h"
#include "core/blog/BlogClient.h"
#include "core/library/PostOptionsFile.h"
#include "core/markdown/FrontMatter.h"
#include "core/remote/WpJson.h"
#include "core/remote/xmlrpc/XmlRpcMapping.h"
#include "core/storage/Database.h"
#include "core/storage/PostRepository.h"
#include "core/storage/PublishRepository.h"
#include "core/storage/SyncRepository.h"
#include "core/sync/Publisher.h"

#include "core/remote/WordPressClient.h"
#include "core/storage/StorageExecutor.h"
#include "support/FakeBlog.h"
#include "support/FakeWordPress.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

class TestPostOptions : public QObject
{
    Q_OBJECT

private slots:
    void frontMatterRoundTrip_data();
    void frontMatterRoundTrip();
    void frontMatterRefusesWrongValues_data();
    void frontMatterRefusesWrongValues();
    void anAuthorOfAnotherToolIsAnUnknownKey();
    void authorByNameIsResolvedAgainstTheBlogsUsers();
    void aFileLeavesOutWhatItDoesNotSet();
    void exportWritesWhatDiffersFromTheDefaults();
    void changedFieldsSendsOnlyTheOptionsTheWriterChanged();
    void anOldBaseNeverSendsAnOption();
    void metaSendsOnlyChangedKeysAndNeverDeletes();
    void customFieldTextReadsBackAsItsKind();
    void restReadsTheOptions();
    void xmlRpcReadsTheOptions();
    void xmlRpcWritesTheOptions();
    void syncKeepsTheOptions();
    void authorIsSentOnlyByAnEditor_data();
    void authorIsSentOnlyByAnEditor();
};

void TestPostOptions::frontMatterRoundTrip_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<FrontMatter>("meta");
    FrontMatter format;
    format.format = QStringLiteral("aside");
    QTest::newRow("format") << QStringLiteral("format: \"aside\"") << format;
    FrontMatter sticky;
    sticky.sticky = true;
    QTest::newRow("sticky") << QStringLiteral("sticky: true") << sticky;
    FrontMatter unstuck;
    unstuck.sticky = false;
    QTest::newRow("sticky false") << QStringLiteral("sticky: false") << unstuck;
    FrontMatter password;
    password.password = QStringLiteral("open \"sesame\": #1");
    QTest::newRow("password") << QStringLiteral("password: \"open \\\"sesame\\\": #1\"") << password;
    FrontMatter noPassword;
    noPassword.password = QString(QLatin1String(""));
    QTest::newRow("no password") << QStringLiteral("password: \"\"") << noPassword;
    FrontMatter author;
    author.author = 3;
    QTest::newRow("author") << QStringLiteral("author: 3") << author;
    FrontMatter comments;
    comments.commentStatus = QStringLiteral("closed");
    QTest::newRow("comment_status") << QStringLiteral("comment_status: \"closed\"") << comments;
    FrontMatter pings;
    pings.pingStatus = QStringLiteral("open");
    QTest::newRow("ping_status") << QStringLiteral("ping_status: \"open\"") << pings;
    FrontMatter meta;
    meta.meta = QJsonObject {{QStringLiteral("rating"), QStringLiteral("4")},
                             {QStringLiteral("runtime"), 117},
                             {QStringLiteral("seen"), true},
                             {QStringLiteral("cast"), QJsonArray {QStringLiteral("Kathy"), QStringLiteral("Tommy")}}};
    QTest::newRow("meta") << QStringLiteral("meta: {\"cast\": [\"Kathy\", \"Tommy\"], \"rating\": \"4\", \"runtime\": 117, \"seen\": true}")
                          << meta;
}

void TestPostOptions::frontMatterRoundTrip()
{
    QFETCH(QString, key);
    QFETCH(FrontMatter, meta);
    meta.title = QStringLiteral("Never Let Me Go");
    const QString written = writeMarkdownDocument(meta, QStringLiteral("Text.\n"));
    QVERIFY2(written.contains(QLatin1Char('\n') + key + QLatin1Char('\n')), qPrintable(written));
    const auto read = parseMarkdownDocument(written);
    QVERIFY2(read, qPrintable(errorOf(read)));
    QVERIFY(read->meta == meta);
    QVERIFY(read->meta.unknownKeys.isEmpty());
}

void TestPostOptions::frontMatterRefusesWrongValues_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("says");
    QTest::newRow("format") << QStringLiteral("format: poem") << QStringLiteral("poem");
    QTest::newRow("sticky") << QStringLiteral("sticky: maybe") << QStringLiteral("true or false");
    QTest::newRow("comment_status") << QStringLiteral("comment_status: yes") << QStringLiteral("open or closed");
    QTest::newRow("meta") << QStringLiteral("meta: [a, b]") << QStringLiteral("key: value");
}

void TestPostOptions::frontMatterRefusesWrongValues()
{
    QFETCH(QString, line);
    QFETCH(QString, says);
    const auto read = parseMarkdownDocument(QStringLiteral("---\ntitle: T\n") + line + QStringLiteral("\n---\n\nText.\n"));
    QVERIFY(!read);
    QVERIFY2(read.error().message.contains(says), qPrintable(read.error().message));
    QVERIFY2(read.error().message.contains(QStringLiteral("line 3")), qPrintable(read.error().message));
}

void TestPostOptions::anAuthorOfAnotherToolIsAnUnknownKey()
{
    // Hugo writes a mapping (or a list) under author: not Longhand's. A name is taken as a login or display name
    // (issue 15 item 5: resolved when published).
    const auto read = parseMarkdownDocument(QStringLiteral("---\ntitle: T\nauthor: {name: Jane Doe}\n---\n\nText.\n"));
    QVERIFY2(read, qPrintable(errorOf(read)));
    QVERIFY(!read->meta.author && !read->meta.authorName);
    QCOMPARE(read->meta.unknownKeys, QStringList {QStringLiteral("author")});
    const auto name = parseMarkdownDocument(QStringLiteral("---\ntitle: T\nauthor: Jane Doe\n---\n\nText.\n"));
    QVERIFY2(name, qPrintable(errorOf(name)));
    QVERIFY(!name->meta.author);
    QCOMPARE(name->meta.authorName, QStringLiteral("Jane Doe"));
    QVERIFY(name->meta.unknownKeys.isEmpty());
    const auto id = parseMarkdownDocument(QStringLiteral("---\ntitle: T\nauthor: 2\n---\n\nText.\n"));
    QVERIFY2(id, qPrintable(errorOf(id)));
    QCOMPARE(id->meta.author, 2);
    QVERIFY(id->meta.unknownKeys.isEmpty());
}

void TestPostOptions::authorByNameIsResolvedAgainstTheBlogsUsers()
{
    const QList<RemoteUser> users {RemoteUser {1, QStringLiteral("Admin"), QStringLiteral("admin"), {}},
                                   RemoteUser {4, QStringLiteral("Jane Doe"), QStringLiteral("jdoe"), {}},
                                   RemoteUser {5, QStringLiteral("Sam"), QStringLiteral("sam-smith"), {}},
                                   RemoteUser {6, QStringLiteral("Sam"), QStringLiteral("sam-jones"), {}}};
    QCOMPARE(resolveAuthor(QStringLiteral("jdoe"), users, QStringLiteral("Films")).valueOr(0), 4);     // login
    QCOMPARE(resolveAuthor(QStringLiteral("JANE DOE"), users, QStringLiteral("Films")).valueOr(0), 4); // display name
    QCOMPARE(resolveAuthor(QStringLiteral("Sam Smith"), users, QStringLiteral("Films")).valueOr(0), 5); // login, as WordPress slugs it
    const auto twoSams = resolveAuthor(QStringLiteral("Sam"), users, QStringLiteral("Films"));
    QVERIFY(!twoSams);
    QVERIFY2(twoSams.error().message.contains(QLatin1String("5, 6")), qPrintable(twoSams.error().message));
    const auto unknown = resolveAuthor(QStringLiteral("Nobody"), users, QStringLiteral("Films"));
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().message.contains(QStringLiteral("“Nobody” is not a user of Films")), qPrintable(unknown.error().message));
    QVERIFY(unknown.error().message.contains(QLatin1String("Nothing was sent")));

    // Written back as the blog's id once published; the rest of the file as it was.
    const QString file = QStringLiteral("---\ntitle: T\nauthor: Jane Doe # the critic\n---\n\nText.\n");
    const auto linked = linkFrontMatter(file, QStringLiteral("https://films.example/"), 30, QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC), 4);
    QVERIFY2(linked, qPrintable(errorOf(linked)));
    const auto reread = parseMarkdownDocument(linked.value());
    QVERIFY2(reread, qPrintable(errorOf(reread)));
    QCOMPARE(reread->meta.author, 4);
    QVERIFY(!reread->meta.authorName);
    QCOMPARE(reread->meta.title, QStringLiteral("T"));
    QCOMPARE(reread->meta.id, 30);
}

void TestPostOptions::aFileLeavesOutWhatItDoesNotSet()
{
    Post review;
    review.postFormat = QStringLiteral("gallery");
    review.sticky = true;
    review.password = QStringLiteral("pw");
    review.authorId = 4;
    review.commentsOpen = false;
    review.meta = QJsonObject {{QStringLiteral("rating"), QStringLiteral("4")}};
    FrontMatter file;
    file.sticky = false;
    file.meta = QJsonObject {{QStringLiteral("mood"), QStringLiteral("sad")}};
    Post updated = review;
    applyPostOptions(file, updated);
    QCOMPARE(updated.sticky, false);                        // set by the file
    QCOMPARE(updated.postFormat, QStringLiteral("gallery")); // left out: the review's
    QCOMPARE(updated.password, QStringLiteral("pw"));
    QCOMPARE(updated.authorId, 4);
    QCOMPARE(updated.commentsOpen, false);
    QCOMPARE(updated.meta, (QJsonObject {{QStringLiteral("rating"), QStringLiteral("4")}, {QStringLiteral("mood"), QStringLiteral("sad")}}));
}

void TestPostOptions::exportWritesWhatDiffersFromTheDefaults()
{
    Post plain;
    plain.meta = QJsonObject {{QStringLiteral("unset"), QString()}}; // REST lists registered keys that are not set
    FrontMatter meta;
    writePostOptions(plain, meta);
    QVERIFY(meta == FrontMatter());
    Post set;
    set.remoteId = 9;
    set.postFormat = QStringLiteral("quote");
    set.sticky = true;
    set.password = QStringLiteral("pw");
    set.authorId = 2;
    set.pingsOpen = false;
    writePostOptions(set, meta);
    QCOMPARE(meta.format, QStringLiteral("quote"));
    QCOMPARE(meta.sticky, true);
    QCOMPARE(meta.password, QStringLiteral("pw"));
    QCOMPARE(meta.author, 2);
    QCOMPARE(meta.commentStatus, std::nullopt);
    QCOMPARE(meta.pingStatus, QStringLiteral("closed"));
    Post back;
    applyPostOptions(meta, back);
    QCOMPARE(back.postFormat, set.postFormat);
    QCOMPARE(back.sticky, set.sticky);
    QCOMPARE(back.password, set.password);
    QCOMPARE(back.authorId, set.authorId);
    QCOMPARE(back.pingsOpen, set.pingsOpen);
    QCOMPARE(back.commentsOpen, set.commentsOpen);
}

void TestPostOptions::changedFieldsSendsOnlyTheOptionsTheWriterChanged()
{
    RemotePost onBlog;
    onBlog.title = QStringLiteral("T");
    onBlog.format = QStringLiteral("aside");
    onBlog.sticky = true;
    onBlog.password = QStringLiteral("pw");
    onBlog.author = 3;
    onBlog.commentsOpen = false;
    const QString base = QString::fromUtf8(QJsonDocument(postShownFields(onBlog)).toJson());
    PostChanges wanted;
    wanted.title = QStringLiteral("T");
    wanted.format = QStringLiteral("aside");
    wanted.sticky = true;
    wanted.password = QStringLiteral("pw");
    wanted.author = 3;
    wanted.commentsOpen = false;
    wanted.pingsOpen = true;
    wanted.meta = QJsonObject();
    QVERIFY(Publisher::changedFields(wanted, base, std::nullopt).isEmpty());
    // Each option alone.
    PostChanges unstick = wanted;
    unstick.sticky = false;
    QCOMPARE(Publisher::changedFields(unstick, base, std::nullopt).toShownFields(), (QJsonObject {{QStringLiteral("sticky"), false}}));
    PostChanges format = wanted;
    format.format = QStringLiteral("standard");
    QCOMPARE(Publisher::changedFields(format, base, std::nullopt).toShownFields(),
             (QJsonObject {{QStringLiteral("format"), QStringLiteral("standard")}}));
    PostChanges password = wanted;
    password.password = QString();
    QCOMPARE(Publisher::changedFields(password, base, std::nullopt).toShownFields(),
             (QJsonObject {{QStringLiteral("password"), QString()}}));
    PostChanges author = wanted;
    author.author = 5;
    QCOMPARE(Publisher::changedFields(author, base, std::nullopt).toShownFields(), (QJsonObject {{QStringLiteral("author"), 5}}));
    PostChanges comments = wanted;
    comments.commentsOpen = true;
    QCOMPARE(Publisher::changedFields(comments, base, std::nullopt).toShownFields(),
             (QJsonObject {{QStringLiteral("comment_status"), QStringLiteral("open")}}));
    // The web unstuck it meanwhile (current differs from the base); the writer did not touch sticky: not sent.
    RemotePost current = onBlog;
    current.sticky = false;
    QCOMPARE(Publisher::changedFields(comments, base, current).toShownFields(),
             (QJsonObject {{QStringLiteral("comment_status"), QStringLiteral("open")}}));
    // No author in wanted (an account that may not set it): never sent.
    PostChanges noAuthor = wanted;
    noAuthor.author.reset();
    QVERIFY(Publisher::changedFields(noAuthor, base, std::nullopt).isEmpty());
}

void TestPostOptions::anOldBaseNeverSendsAnOption()
{
    // A base stored before schema 11 lacks the options: the local ones may be defaults, not the writer's choice.
    const QJsonObject old {{QStringLiteral("title"), QStringLiteral("T")}, {QStringLiteral("comment_status"), QStringLiteral("open")}};
    PostChanges wanted;
    wanted.title = QStringLiteral("T");
    wanted.format = QStringLiteral("standard");
    wanted.sticky = false;
    wanted.password = QString();
    wanted.author = 1;
    wanted.meta = QJsonObject {{QStringLiteral("k"), QStringLiteral("v")}};
    QVERIFY(Publisher::changedFields(wanted, QString::fromUtf8(QJsonDocument(old).toJson()), std::nullopt).isEmpty());
    // No base at all: compared with the blog's, but never the options.
    RemotePost current;
    current.title = QStringLiteral("T");
    current.sticky = true;
    current.format = QStringLiteral("aside");
    current.author = 7;
    const PostChanges changed = Publisher::changedFields(wanted, QString(), current);
    QVERIFY(!changed.sticky && !changed.format && !changed.author && !changed.meta && !changed.password);
}

void TestPostOptions::metaSendsOnlyChangedKeysAndNeverDeletes()
{
    RemotePost onBlog;
    onBlog.meta = QJsonObject {{QStringLiteral("rating"), QStringLiteral("4")}, {QStringLiteral("mood"), QStringLiteral("sad")}};
    const QString base = QString::fromUtf8(QJsonDocument(postShownFields(onBlog)).toJson());
    PostChanges wanted;
    wanted.meta = QJsonObject {{QStringLiteral("rating"), QStringLiteral("5")}}; // mood not shown here: never deleted
    QCOMPARE(Publisher::changedFields(wanted, base, std::nullopt).toShownFields(),
             (QJsonObject {{QStringLiteral("meta"), QJsonObject {{QStringLiteral("rating"), QStringLiteral("5")}}}}));
    wanted.meta = onBlog.meta;
    QVERIFY(Publisher::changedFields(wanted, base, std::nullopt).isEmpty());
}

// The metadata panel edits custom fields as text (issue 15 item 3): each value reads back as its own kind, an untouched
// one exactly as the blog has it, so that what is sent is the edited keys only.
void TestPostOptions::customFieldTextReadsBackAsItsKind()
{
    QCOMPARE(customFieldKind(QJsonValue(QStringLiteral("4"))), CustomFieldKind::Text);
    QCOMPARE(customFieldKind(QJsonValue(117)), CustomFieldKind::Number);
    QCOMPARE(customFieldKind(QJsonValue(true)), CustomFieldKind::Flag);
    QCOMPARE(customFieldKind(QJsonArray {QStringLiteral("a")}), CustomFieldKind::Fixed);
    QCOMPARE(customFieldKind(QJsonValue(QStringLiteral("two\nlines"))), CustomFieldKind::Fixed);
    QCOMPARE(customFieldKind(QJsonValue(QString(kCustomFieldMaxText + 1, QLatin1Char('x')))), CustomFieldKind::Fixed);

    QCOMPARE(customFieldText(QJsonValue(117)), QStringLiteral("117"));
    QCOMPARE(customFieldText(QJsonValue(2.5)), QStringLiteral("2.5"));
    QCOMPARE(customFieldValue(QJsonValue(117), QStringLiteral(" 120 ")), QJsonValue(qint64(120)));
    QCOMPARE(customFieldValue(QJsonValue(2.5), QStringLiteral("3.75")), QJsonValue(3.75));
    QVERIFY(!customFieldValue(QJsonValue(117), QStringLiteral("-")));     // half a number: nothing
    QVERIFY(!customFieldValue(QJsonValue(117), QStringLiteral("many")));
    QCOMPARE(customFieldValue(QJsonValue(QStringLiteral("4")), QStringLiteral("five")), QJsonValue(QStringLiteral("five")));
    QVERIFY(!customFieldValue(QJsonValue(QStringLiteral("4")), QStringLiteral("a\nb")));
    QVERIFY(!customFieldValue(QJsonArray {QStringLiteral("a")}, QStringLiteral("[\"b\"]"))); // a list is not edited as text
    const QJsonValue precise(0.1 + 0.2);
    QCOMPARE(customFieldValue(precise, customFieldText(precise)), precise); // untouched: exactly the blog's value

    // What publishing sends: the keys whose text changed, as their kind.
    const QJsonObject onBlog {{QStringLiteral("rating"), QStringLiteral("4")}, {QStringLiteral("runtime"), 117},
                              {QStringLiteral("ratio"), precise}, {QStringLiteral("cast"), QJsonArray {QStringLiteral("Kathy")}}};
    RemotePost post;
    post.meta = onBlog;
    const QString base = QString::fromUtf8(QJsonDocument(postShownFields(post)).toJson());
    QJsonObject edited;
    for (auto it = onBlog.begin(); it != onBlog.end(); ++it) {
        const QString text = it.key() == QLatin1String("runtime") ? QStringLiteral("118") : customFieldText(*it);
        edited.insert(it.key(), customFieldValue(*it, text).value_or(*it));
    }
    PostChanges wanted;
    wanted.meta = edited;
    QCOMPARE(Publisher::changedFields(wanted, base, std::nullopt).toShownFields(),
             (QJsonObject {{QStringLiteral("meta"), QJsonObject {{QStringLiteral("runtime"), 118}}}}));
}

void TestPostOptions::restReadsTheOptions()
{
    const QByteArray body = R"({"id":5,"title":{"raw":"T"},"content":{"raw":"x"},"status":"publish","format":"video",
        "sticky":true,"password":"pw","author":3,"comment_status":"closed","ping_status":"open",
        "meta":{"rating":"4"}})";
    const auto post = wpjson::parsePost(body);
    QVERIFY2(post, qPrintable(errorOf(post)));
    QCOMPARE(post->format, QStringLiteral("video"));
    QCOMPARE(post->sticky, true);
    QCOMPARE(post->password, QStringLiteral("pw"));
    QCOMPARE(post->author, 3);
    QCOMPARE(post->commentsOpen, false);
    QCOMPARE(post->meta, (QJsonObject {{QStringLiteral("rating"), QStringLiteral("4")}}));
    // No registered meta: PHP's empty array.
    const auto bare = wpjson::parsePost(R"({"id":6,"status":"draft","meta":[]})");
    QVERIFY2(bare, qPrintable(errorOf(bare)));
    QVERIFY(bare->meta.isEmpty());
    QCOMPARE(bare->format, QStringLiteral("standard"));
    QVERIFY(!wpjson::parsePost(R"({"id":7,"status":"draft","sticky":"yes"})"));
    QVERIFY(wpjson::postFields().contains(QStringLiteral("sticky")));
    QVERIFY(wpjson::postFields().contains(QStringLiteral("meta")));
}

void TestPostOptions::xmlRpcReadsTheOptions()
{
    XmlRpcValue post(XmlRpcValue::Struct {});
    post.insert(QStringLiteral("post_id"), XmlRpcValue(QStringLiteral("5")));
    post.insert(QStringLiteral("post_status"), XmlRpcValue(QStringLiteral("draft")));
    post.insert(QStringLiteral("post_format"), XmlRpcValue(QStringLiteral("aside")));
    post.insert(QStringLiteral("sticky"), XmlRpcValue(true));
    post.insert(QStringLiteral("post_password"), XmlRpcValue(QStringLiteral("pw")));
    post.insert(QStringLiteral("post_author"), XmlRpcValue(QStringLiteral("3")));
    const auto field = [](const char* id, const char* key, const char* value) {
        XmlRpcValue entry(XmlRpcValue::Struct {});
        entry.insert(QStringLiteral("id"), XmlRpcValue(QString::fromLatin1(id)));
        entry.insert(QStringLiteral("key"), XmlRpcValue(QString::fromLatin1(key)));
        entry.insert(QStringLiteral("value"), XmlRpcValue(QString::fromLatin1(value)));
        return entry;
    };
    post.insert(QStringLiteral("custom_fields"),
                XmlRpcValue(XmlRpcValue::Array {field("11", "rating", "4"), field("12", "cast", "Kathy"), field("13", "cast", "Tommy")}));
    const auto read = xmlrpc::parsePost(post);
    QVERIFY2(read, qPrintable(errorOf(read)));
    QCOMPARE(read->format, QStringLiteral("aside"));
    QCOMPARE(read->sticky, true);
    QCOMPARE(read->password, QStringLiteral("pw"));
    QCOMPARE(read->author, 3);
    QCOMPARE(read->meta.value(QStringLiteral("rating")), QJsonValue(QStringLiteral("4")));
    QCOMPARE(read->meta.value(QStringLiteral("cast")), QJsonValue(QJsonArray {QStringLiteral("Kathy"), QStringLiteral("Tommy")}));
    QCOMPARE(read->customFieldIds.value(QStringLiteral("rating")), 11);
    QVERIFY(!read->customFieldIds.contains(QStringLiteral("cast")));
}

void TestPostOptions::xmlRpcWritesTheOptions()
{
    PostChanges changes;
    changes.sticky = false;
    changes.format = QStringLiteral("link");
    changes.password = QStringLiteral("pw");
    changes.author = 4;
    QStringList skipped;
    const auto content = xmlrpc::postContent(wpjson::postBody(changes), &skipped);
    QVERIFY(skipped.isEmpty());
    QCOMPARE(content.member(QStringLiteral("sticky"))->toBool(), false);
    QCOMPARE(content.member(QStringLiteral("post_format"))->toString(), QStringLiteral("link"));
    QCOMPARE(content.member(QStringLiteral("post_password"))->toString(), QStringLiteral("pw"));
    QCOMPARE(content.member(QStringLiteral("post_author"))->toInt(), 4);
    QCOMPARE(content.members().size(), size_t(4));
    // meta: a field the post holds is changed by its id, a new key added; a key held twice cannot be carried.
    RemotePost current;
    current.meta = QJsonObject {{QStringLiteral("rating"), QStringLiteral("4")}, {QStringLiteral("cast"), QJsonArray {}}};
    current.customFieldIds.insert(QStringLiteral("rating"), 11);
    PostChanges meta;
    meta.meta = QJsonObject {{QStringLiteral("rating"), QStringLiteral("5")}, {QStringLiteral("mood"), QStringLiteral("sad")}};
    const auto fields = xmlrpc::postContent(wpjson::postBody(meta), &skipped, &current);
    QVERIFY(skipped.isEmpty());
    const auto& entries = fields.member(QStringLiteral("custom_fields"))->items();
    QCOMPARE(entries.size(), size_t(2));
    const auto* mood = entries[0].member(QStringLiteral("key"))->toString() == QLatin1String("mood") ? &entries[0] : &entries[1];
    const auto* rating = mood == &entries[0] ? &entries[1] : &entries[0];
    QVERIFY(!mood->member(QStringLiteral("id")));
    QCOMPARE(rating->member(QStringLiteral("id"))->toString(), QStringLiteral("11"));
    QCOMPARE(rating->member(QStringLiteral("value"))->toString(), QStringLiteral("5"));
    meta.meta = QJsonObject {{QStringLiteral("cast"), QStringLiteral("Ruth")}};
    xmlrpc::postContent(wpjson::postBody(meta), &skipped, &current);
    QCOMPARE(skipped, QStringList {QStringLiteral("meta.cast")});
}

// A clean copy follows the blog's options; a dirty one keeps the writer's, except that one whose base predates the
// options (schema 11) learns the blog's (they were only defaults) and its base learns them; a publication takes
// the blog's answer.
void TestPostOptions::syncKeepsTheOptions()
{
    auto temp = test::makeTempDatabase();
    Database& db = *temp->database;
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO sites (id, name, base_url, created_at, user_id) VALUES (1, 'b', 'https://b', '2026-01-01', 1)")));
    RemotePost remote;
    remote.id = 40;
    remote.title = QStringLiteral("T");
    remote.status = QStringLiteral("publish");
    remote.modifiedGmt = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    remote.format = QStringLiteral("aside");
    remote.sticky = true;
    remote.password = QStringLiteral("pw");
    remote.author = 3;
    remote.meta = QJsonObject {{QStringLiteral("rating"), QStringLiteral("4")}};
    SyncRepository sync(db);
    QVERIFY(sync.upsertPosts(1, {remote}));
    const qint64 id = test::queryValue(db, QStringLiteral("SELECT id FROM posts WHERE remote_id = 40")).toLongLong();
    auto clean = PostRepository(db).load(id);
    QVERIFY2(clean, qPrintable(errorOf(clean)));
    QCOMPARE(clean->postFormat, QStringLiteral("aside"));
    QCOMPARE(clean->sticky, true);
    QCOMPARE(clean->password, QStringLiteral("pw"));
    QCOMPARE(clean->authorId, 3);
    QCOMPARE(clean->meta, remote.meta);
    QCOMPARE(QJsonDocument::fromJson(clean->baseFields.toUtf8()).object().value(QStringLiteral("sticky")).toBool(), true);

    // The writer unsticks it (dirty); the web changes the format: the writer's sticky stays, the base is the last one.
    Post edited = clean.value();
    edited.sticky = false;
    QVERIFY(PostRepository(db).update(edited));
    RemotePost web = remote;
    web.format = QStringLiteral("gallery");
    web.modifiedGmt = remote.modifiedGmt.addSecs(60);
    QVERIFY(sync.upsertPosts(1, {web}));
    auto dirty = PostRepository(db).load(id);
    QVERIFY(dirty);
    QCOMPARE(dirty->sticky, false);
    QCOMPARE(dirty->postFormat, QStringLiteral("aside"));
    QCOMPARE(dirty->baseFields, clean->baseFields);

    // A dirty copy whose base predates the options learns the blog's.
    QVERIFY(q.exec(QStringLiteral("UPDATE posts SET base_fields = '{\"title\":\"T\"}', sticky = 0, post_format = 'standard', "
                                  "post_password = '', meta = '', author_id = 0")));
    web.modifiedGmt = web.modifiedGmt.addSecs(60);
    QVERIFY(sync.upsertPosts(1, {web}));
    auto learned = PostRepository(db).load(id);
    QVERIFY(learned);
    QCOMPARE(learned->postFormat, QStringLiteral("gallery"));
    QCOMPARE(learned->sticky, true);
    QCOMPARE(learned->password, QStringLiteral("pw"));
    QCOMPARE(learned->authorId, 3);
    QCOMPARE(learned->meta, remote.meta);
    const QJsonObject base = QJsonDocument::fromJson(learned->baseFields.toUtf8()).object();
    QCOMPARE(base.value(QStringLiteral("title")).toString(), QStringLiteral("T")); // the rest of the base is kept
    QCOMPARE(base.value(QStringLiteral("format")).toString(), QStringLiteral("gallery"));
    QCOMPARE(learned->dirty, true);

    // Published: the review holds the blog's answer (the writer's changes and the web's).
    RemotePost answer = web;
    answer.sticky = false;
    answer.password = QString();
    QVERIFY(PublishRepository(db).markPublished(id, 1, answer, QStringLiteral("<p>x</p>"), QStringLiteral("t"), QString()));
    auto published = PostRepository(db).load(id);
    QVERIFY(published);
    QCOMPARE(published->sticky, false);
    QVERIFY(published->password.isEmpty());
    QCOMPARE(published->postFormat, QStringLiteral("gallery"));
}

void TestPostOptions::authorIsSentOnlyByAnEditor_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("sent");
    QTest::newRow("administrator") << QStringLiteral("administrator") << true;
    QTest::newRow("editor") << QStringLiteral("editor") << true;
    QTest::newRow("author") << QStringLiteral("author") << false;
    QTest::newRow("roles not known") << QString() << false;
}

// A publication through the whole Publisher: the writer changed the author and sticky; only those are sent, and
// the author only by an account that may edit others' posts.
void TestPostOptions::authorIsSentOnlyByAnEditor()
{
    QFETCH(QString, role);
    QFETCH(bool, sent);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.sqlite"));
    FakeBlog blog(path, [role](Site& site) {
        site.roles = role.isEmpty() ? QStringList() : QStringList {role};
        site.userId = 1;
    });
    QVERIFY2(blog.ok(), qPrintable(blog.error()));
    QList<QJsonObject> bodies;
    blog.wordpress().fault = [&bodies](const FakeRequest& request) -> std::optional<FakeResponse> {
        if (request.method == "POST" && request.url.path().contains(QLatin1String("wp/v2/posts"))) {
            bodies.append(QJsonDocument::fromJson(request.body).object());
        }
        return std::nullopt;
    };
    blog.wordpress().addPosts(1);
    const auto pulled = wpjson::parsePost(QJsonDocument(blog.wordpress().post(1)).toJson(QJsonDocument::Compact));
    QVERIFY2(pulled, qPrintable(errorOf(pulled)));
    {
        auto db = Database::open(path);
        QVERIFY(db);
        QVERIFY(SyncRepository(**db).upsertPosts(blog.siteId(), {pulled.value()}));
        const qint64 id = test::queryValue(**db, QStringLiteral("SELECT id FROM posts WHERE remote_id = 1")).toLongLong();
        Post post = PostRepository(**db).load(id).value();
        post.authorId = 7;
        post.sticky = true;
        QVERIFY(PostRepository(**db).update(post));
        QVERIFY(PublishRepository(**db).enqueuePublish(id, blog.siteId(), postStatusToString(post.status)));
    }
    Publisher publisher(blog.storage(), blog.client(), dir.path());
    QSignalSpy finished(&publisher, &Publisher::finished);
    publisher.replay();
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.constFirst().constFirst().value<Status>().ok(), qPrintable(finished.constFirst().constFirst().value<Status>().error().message));
    QCOMPARE(bodies.size(), 1);
    const QJsonObject body = bodies.constFirst();
    QCOMPARE(body.value(QStringLiteral("sticky")), QJsonValue(true));
    QCOMPARE(body.contains(QStringLiteral("author")), sent);
    for (const char* untouched : {"format", "password", "meta", "comment_status", "ping_status", "title", "excerpt", "slug"}) {
        QVERIFY2(!body.contains(QLatin1String(untouched)), untouched);
    }
}

QTEST_GUILESS_MAIN(TestPostOptions)
#include "tst_postoptions.moc"
