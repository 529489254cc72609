// PostRepository::list: the drafts sidebar's order, filters and full-text search (FTS5, migration 002).
#include "core/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/PostRepository.h"
#include "support/TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace longhand;

namespace {

const QDateTime kStart(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);

PostFilter search(const QString& text)
{
    PostFilter filter;
    filter.search = text;
    return filter;
}

} // namespace

class TestPostSearch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void ftsQueryQuotesEveryWord_data();
    void ftsQueryQuotesEveryWord();
    void listsNewestChangeFirst();
    void filtersByStatusAndTrash();
    void searchesTitleBodyAndPrefixes_data();
    void searchesTitleBodyAndPrefixes();
    void searchSurvivesPunctuation_data();
    void searchSurvivesPunctuation();
    void searchFollowsEdits();

private:
    qint64 create(const Post& post);

    std::unique_ptr<test::TempDatabase> m_temp;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<PostRepository> m_posts;
};

void TestPostSearch::init()
{
    m_temp = test::makeTempDatabase();
    m_clock = std::make_shared<ManualClock>(kStart);
    m_posts = std::make_unique<PostRepository>(*m_temp->database, m_clock);
}

void TestPostSearch::cleanup()
{
    m_posts.reset();
    m_temp.reset();
}

qint64 TestPostSearch::create(const Post& post)
{
    auto id = m_posts->create(post);
    if (!id) {
        qWarning() << "create failed:" << id.error().message;
        return -1;
    }
    return *id;
}

void TestPostSearch::ftsQueryQuotesEveryWord_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("query");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("punctuation only") << QStringLiteral(" \"*()- ") << QString();
    QTest::newRow("one word") << QStringLiteral("hail") << QStringLiteral("\"hail\"*");
    QTest::newRow("words") << QStringLiteral("never let me") << QStringLiteral("\"never\"* \"let\"* \"me\"*");
    QTest::newRow("quotes are dropped") << QStringLiteral("\"never\" 'let'") << QStringLiteral("\"never\"* \"let\"*");
    QTest::newRow("operators become words") << QStringLiteral("a OR b") << QStringLiteral("\"a\"* \"OR\"* \"b\"*");
    QTest::newRow("column filter") << QStringLiteral("title:x") << QStringLiteral("\"title\"* \"x\"*");
    QTest::newRow("unicode word") << QStringLiteral("Amélie!") << QStringLiteral("\"Amélie\"*");
}

void TestPostSearch::ftsQueryQuotesEveryWord()
{
    QFETCH(QString, typed);
    QFETCH(QString, query);
    QCOMPARE(ftsQueryFor(typed), query);
}

void TestPostSearch::listsNewestChangeFirst()
{
    const qint64 a = create(test::draftPost(QStringLiteral("A")));
    m_clock->advance(1000);
    const qint64 b = create(test::draftPost(QStringLiteral("B")));
    m_clock->advance(1000);
    const qint64 c = create(test::draftPost(QStringLiteral("C")));
    QCOMPARE(test::idsOf(m_posts->list({})), (QList<qint64> {c, b, a}));

    m_clock->advance(1000);
    Post edited = *m_posts->load(a);
    edited.body = QStringLiteral("touched");
    QVERIFY(m_posts->update(edited));
    QCOMPARE(test::idsOf(m_posts->list({})), (QList<qint64> {a, c, b}));

    // Same instant: the newer row first, so the order is stable.
    const qint64 d = create(test::draftPost(QStringLiteral("D")));
    auto summaries = m_posts->list({});
    QVERIFY(summaries);
    QCOMPARE(test::idsOf(summaries), (QList<qint64> {d, a, c, b}));
    const PostSummary& first = summaries->constFirst();
    QCOMPARE(first.title, QStringLiteral("D"));
    QCOMPARE(first.status, PostStatus::Draft);
    QCOMPARE(first.updatedAt, kStart.addSecs(3));
    QVERIFY(!first.trashedAt.isValid());
}

void TestPostSearch::filtersByStatusAndTrash()
{
    Post published = test::draftPost(QStringLiteral("Published"));
    published.status = PostStatus::Publish;
    const qint64 p = create(published);
    m_clock->advance(1000);
    const qint64 d1 = create(test::draftPost(QStringLiteral("Draft one")));
    m_clock->advance(1000);
    const qint64 d2 = create(test::draftPost(QStringLiteral("Draft two")));

    PostFilter drafts;
    drafts.status = PostStatus::Draft;
    QCOMPARE(test::idsOf(m_posts->list(drafts)), (QList<qint64> {d2, d1}));
    PostFilter publishedOnly;
    publishedOnly.status = PostStatus::Publish;
    QCOMPARE(test::idsOf(m_posts->list(publishedOnly)), QList<qint64> {p});
    PostFilter privateOnly;
    privateOnly.status = PostStatus::Private;
    QCOMPARE(test::idsOf(m_posts->list(privateOnly)), QList<qint64> {});

    QVERIFY(m_posts->moveToTrash(d1));
    QCOMPARE(test::idsOf(m_posts->list({})), (QList<qint64> {d2, p}));
    PostFilter trash;
    trash.trashed = true;
    auto trashed = m_posts->list(trash);
    QCOMPARE(test::idsOf(trashed), QList<qint64> {d1});
    QCOMPARE(trashed->constFirst().trashedAt, m_clock->nowUtc());
    trash.status = PostStatus::Publish;
    QCOMPARE(test::idsOf(m_posts->list(trash)), QList<qint64> {});
    drafts.search = QStringLiteral("one");
    QCOMPARE(test::idsOf(m_posts->list(drafts)), QList<qint64> {}); // the match is in the trash
}

void TestPostSearch::searchesTitleBodyAndPrefixes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("expected"); // indexes into the three reviews made by the test, newest first

    QTest::newRow("title word") << QStringLiteral("remains") << QList<int> {1};
    QTest::newRow("body word") << QStringLiteral("Hailsham") << QList<int> {0};
    QTest::newRow("word in both reviews") << QStringLiteral("butler") << QList<int> {1, 0};
    QTest::newRow("prefix") << QStringLiteral("Hail") << QList<int> {0};
    QTest::newRow("upper case") << QStringLiteral("STEVENS") << QList<int> {1};
    QTest::newRow("several words, last a prefix") << QStringLiteral("never let m") << QList<int> {0};
    QTest::newRow("words in any order") << QStringLiteral("go never") << QList<int> {0};
    QTest::newRow("words from title and body") << QStringLiteral("day stevens") << QList<int> {1};
    QTest::newRow("accents folded") << QStringLiteral("amelie") << QList<int> {2};
    QTest::newRow("accent typed") << QStringLiteral("café") << QList<int> {2};
    QTest::newRow("no match") << QStringLiteral("zeppelin") << QList<int> {};
    QTest::newRow("every word may be a prefix") << QStringLiteral("hail nev") << QList<int> {0};
    QTest::newRow("every word must match") << QStringLiteral("hailsham zeppelin") << QList<int> {};
    QTest::newRow("empty search lists all") << QString() << QList<int> {2, 1, 0};
}

void TestPostSearch::searchesTitleBodyAndPrefixes()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, expected);
    // One second apart, so that the order (newest change first) is 2, 1, 0.
    QList<qint64> ids;
    ids.append(create(test::draftPost(QStringLiteral("Never Let Me Go"), QStringLiteral("The students at Hailsham. No butler."))));
    m_clock->advance(1000);
    ids.append(create(test::draftPost(QStringLiteral("The Remains of the Day"), QStringLiteral("Stevens is a butler."))));
    m_clock->advance(1000);
    ids.append(create(test::draftPost(QStringLiteral("Amélie"), QStringLiteral("A Café in Montmartre."))));
    QCOMPARE(ids.count(-1), 0);
    QList<qint64> expectedIds;
    for (int index : expected) {
        expectedIds.append(ids.at(index));
    }
    auto found = m_posts->list(search(text));
    QVERIFY2(found, qPrintable(test::errorOf(found)));
    QCOMPARE(test::idsOf(found), expectedIds);
}

void TestPostSearch::searchSurvivesPunctuation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("findsIt");

    QTest::newRow("double quote") << QStringLiteral("\"Hailsham") << true;
    QTest::newRow("balanced quotes") << QStringLiteral("\"Never Let\"") << true;
    QTest::newRow("single quote") << QStringLiteral("Hailsham'") << true;
    QTest::newRow("apostrophe") << QStringLiteral("Don't look") << true;
    QTest::newRow("curly apostrophe") << QStringLiteral("Don\u2019t") << true;
    QTest::newRow("fts operators") << QStringLiteral("hailsham AND OR NOT") << false;
    QTest::newRow("NEAR and parentheses") << QStringLiteral("NEAR(hailsham never)") << false;
    QTest::newRow("column filter syntax") << QStringLiteral("title:never") << false;
    QTest::newRow("leading minus") << QStringLiteral("-hailsham") << true;
    QTest::newRow("star and caret") << QStringLiteral("^hail*") << true;
    QTest::newRow("braces and plus") << QStringLiteral("{title body}: +never") << false;
    QTest::newRow("only punctuation") << QStringLiteral("\"*():^-'") << true; // nothing to search: everything
    QTest::newRow("semicolon and comment") << QStringLiteral("never; -- DROP TABLE posts") << false;
}

void TestPostSearch::searchSurvivesPunctuation()
{
    QFETCH(QString, text);
    QFETCH(bool, findsIt);
    const qint64 id = create(test::draftPost(QStringLiteral("Never Let Me Go"), QStringLiteral("Hailsham. Don't look back.")));
    auto found = m_posts->list(search(text));
    QVERIFY2(found, qPrintable(test::errorOf(found)));
    QCOMPARE(test::idsOf(found), findsIt ? QList<qint64> {id} : QList<qint64> {});
    QCOMPARE(test::idsOf(m_posts->list({})), QList<qint64> {id}); // and the table is still there
}

void TestPostSearch::searchFollowsEdits()
{
    const qint64 id = create(test::draftPost(QStringLiteral("Working title"), QStringLiteral("About Hailsham.")));
    Post edited = *m_posts->load(id);
    edited.title = QStringLiteral("Final title");
    edited.body = QStringLiteral("About Norfolk.");
    QVERIFY(m_posts->update(edited));
    QCOMPARE(test::idsOf(m_posts->list(search(QStringLiteral("working")))), QList<qint64> {});
    QCOMPARE(test::idsOf(m_posts->list(search(QStringLiteral("hailsham")))), QList<qint64> {});
    QCOMPARE(test::idsOf(m_posts->list(search(QStringLiteral("final norfolk")))), QList<qint64> {id});

    const qint64 other = create(test::draftPost(QStringLiteral("Other"), QStringLiteral("Norfolk again.")));
    QVERIFY(m_posts->moveToTrash(id));
    QVERIFY(m_posts->deleteForever(id));
    QCOMPARE(test::idsOf(m_posts->list(search(QStringLiteral("norfolk")))), QList<qint64> {other});
    QSqlQuery check(m_temp->database->connection());
    QVERIFY2(check.exec(QStringLiteral("INSERT INTO posts_fts (posts_fts) VALUES ('integrity-check')")),
             qPrintable(check.lastError().text()));
}

QTEST_GUILESS_MAIN(TestPostSearch)
#include "tst_postsearch.moc"
