// The queue's search at scale (issue 16): a word in plain ASCII is asked as the index's own terms that start with it,
// and a common word's first page is found by walking the list's order. Both must give exactly what the plain prefix
// query gives: the same rows, in the same order, for every filter, either order, words that match nothing, words
// with accents (kept as prefixes), dates shared by many comments. A randomized corpus; the seed is printed.
#include "core/moderation/TriageRules.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/CommentSearch.h"
#include "core/storage/Database.h"
#include "support/TestSupport.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace longhand;

namespace {

const QStringList kWords {
    QStringLiteral("film"), QStringLiteral("films"), QStringLiteral("filmic"), QStringLiteral("Film"),
    QStringLiteral("the"), QStringLiteral("then"), QStringLiteral("theatre"), QStringLiteral("projector"),
    QStringLiteral("café"), QStringLiteral("cafeteria"), QStringLiteral("zoetrope"), QStringLiteral("murnau"),
    QStringLiteral("sunrise"), QStringLiteral("tram"), QStringLiteral("lake"), QStringLiteral("Ölbild"),
};

// The ids the plain prefix query gives (as before the plan): the reference.
QList<qint64> reference(Database& db, const CommentFilter& filter)
{
    QString sql = QStringLiteral("SELECT c.id FROM comments c WHERE c.status != 'deleted'");
    if (filter.status) {
        sql += QStringLiteral(" AND c.status = '%1'").arg(commentStatusName(*filter.status));
    }
    if (filter.siteId) {
        sql += QStringLiteral(" AND c.site_id = %1").arg(*filter.siteId);
    }
    const QString match = commentsearch::prefixQuery(filter.search);
    if (!match.isEmpty()) {
        sql += QStringLiteral(" AND c.id IN (SELECT rowid FROM comments_fts WHERE comments_fts MATCH :match)");
    }
    sql += filter.newestFirst ? QStringLiteral(" ORDER BY c.date_gmt DESC, c.id DESC") : QStringLiteral(" ORDER BY c.date_gmt, c.id");
    QSqlQuery q(db.connection());
    q.prepare(sql);
    if (!match.isEmpty()) {
        q.bindValue(QStringLiteral(":match"), match);
    }
    QList<qint64> ids;
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return { -1 };
    }
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
    }
    return ids;
}

} // namespace

class TestCommentSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameRowsAsThePrefixQuery();
    void firstPageIsTheListsFirstPage();
    void commonWordFoundOnlyFarDown();
    void plan();
    void randomTextAsksTheSameAsThePrefixQuery();

private:
    std::unique_ptr<test::TempDatabase> m_temp;
    quint32 m_seed = 0;
    static constexpr int kComments = 5000;
};

void TestCommentSearch::initTestCase()
{
    m_seed = qEnvironmentVariableIsSet("LONGHAND_SEED") ? quint32(qEnvironmentVariableIntValue("LONGHAND_SEED"))
                                                          : QRandomGenerator::global()->generate();
    qInfo("seed %u (LONGHAND_SEED=%u repeats it)", m_seed, m_seed);
    QRandomGenerator random(m_seed);
    m_temp = test::makeTempDatabase();
    Database& db = *m_temp->database;
    QVERIFY(test::queryValue(db, QStringLiteral("SELECT 1")).isValid());
    for (int site = 1; site <= 2; ++site) {
        QSqlQuery add(db.connection());
        QVERIFY(add.exec(QStringLiteral("INSERT INTO sites (id, name, base_url, created_at) VALUES (%1, 'B%1', 'https://b%1', '2026')").arg(site)));
    }
    CommentRepository comments(db);
    const QStringList statuses { QStringLiteral("hold"), QStringLiteral("approved"), QStringLiteral("approved"),
                                 QStringLiteral("approved"), QStringLiteral("spam"), QStringLiteral("trash") };
    QList<RemoteComment> batch[2];
    for (int i = 1; i <= kComments; ++i) {
        RemoteComment c;
        c.id = i;
        c.post = 1 + random.bounded(20);
        c.authorName = QStringLiteral("Reader %1").arg(random.bounded(50));
        c.authorEmail = QStringLiteral("reader%1@example.org").arg(random.bounded(50));
        c.authorIp = QStringLiteral("192.0.2.%1").arg(random.bounded(250));
        // Many comments share a minute: the order's tie-break (the id) is walked too.
        c.dateGmt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC).addSecs(60 * random.bounded(kComments / 4));
        QStringList text;
        const int words = 2 + random.bounded(8);
        for (int w = 0; w < words; ++w) {
            // "film…" in about half of the comments, the rest spread.
            text.append(random.bounded(4) == 0 ? kWords.at(random.bounded(4)) : kWords.at(random.bounded(kWords.size())));
        }
        // "lumière" only in the oldest tenth: a word common enough to walk for, found only far down.
        if (i <= kComments / 8) {
            text.append(QStringLiteral("lumiere"));
        }
        c.content = QStringLiteral("<p>") + text.join(QLatin1Char(' ')) + QStringLiteral("</p>");
        c.status = statuses.at(random.bounded(statuses.size()));
        batch[random.bounded(2)].append(c);
    }
    for (int site = 1; site <= 2; ++site) {
        // Dates ascending with the ids, so the oldest tenth is the first ids.
        auto& list = batch[site - 1];
        std::sort(list.begin(), list.end(), [](const RemoteComment& a, const RemoteComment& b) { return a.id < b.id; });
        for (qsizetype at = 0; at < list.size(); at += 500) {
            QVERIFY(comments.upsertComments(site, list.mid(at, 500), TriageRules()));
        }
    }
    QSqlQuery dates(db.connection());
    // The lumiere comments are the oldest: dates follow the remote ids for them.
    QVERIFY(dates.exec(QStringLiteral("UPDATE comments SET date_gmt = remote_id WHERE remote_id <= %1").arg(kComments / 8)));
}

void TestCommentSearch::sameRowsAsThePrefixQuery()
{
    Database& db = *m_temp->database;
    CommentRepository comments(db);
    const QStringList searches { QStringLiteral("film"), QStringLiteral("FIL"), QStringLiteral("f"), QStringLiteral("the"),
                                 QStringLiteral("th film"), QStringLiteral("café"), QStringLiteral("cafe"), QStringLiteral("caf"),
                                 QStringLiteral("zoetrope"), QStringLiteral("nosuchword"), QStringLiteral("film nosuchword"),
                                 QStringLiteral("ölb"), QStringLiteral("example.org"), QStringLiteral("reader1"),
                                 QStringLiteral("192.0.2"), QStringLiteral("lumi") };
    for (const QString& text : searches) {
        for (const auto& status : { std::optional<CommentStatus>(), std::optional(CommentStatus::Hold), std::optional(CommentStatus::Spam) }) {
            for (const bool newestFirst : { true, false }) {
                for (const auto& site : { std::optional<qint64>(), std::optional<qint64>(2) }) {
                    CommentFilter filter;
                    filter.search = text;
                    filter.status = status;
                    filter.newestFirst = newestFirst;
                    filter.siteId = site;
                    const QList<qint64> expected = reference(db, filter);
                    auto ids = comments.ids(filter);
                    QVERIFY2(ids, qPrintable(test::errorOf(ids)));
                    QVERIFY2(*ids == expected, qPrintable(QStringLiteral("\"%1\": %2 rows, expected %3 (seed %4)")
                                                             .arg(text).arg(ids->size()).arg(expected.size()).arg(m_seed)));
                    auto first = comments.ids(filter, 100);
                    QVERIFY2(first, qPrintable(test::errorOf(first)));
                    QVERIFY2(*first == expected.mid(0, 100), qPrintable(QStringLiteral("\"%1\" first page (seed %2)").arg(text).arg(m_seed)));
                    CommentFilter counted = filter;
                    counted.status.reset();
                    auto counts = comments.counts(counted);
                    QVERIFY(counts);
                    counted.search.clear();
                    CommentFilter all = filter;
                    all.status.reset();
                    QCOMPARE(counts->total(), int(reference(db, all).size()));
                }
            }
        }
    }
}

// A common word (half the comments) is walked for: the first page comes out exactly as the whole list's first
// hundred, in both orders and with a status filter, whatever the ties in dates.
void TestCommentSearch::firstPageIsTheListsFirstPage()
{
    Database& db = *m_temp->database;
    const commentsearch::Plan common = commentsearch::plan(db.connection(), QStringLiteral("film"));
    QVERIFY(!common.nothing);
    QCOMPARE(common.match, QStringLiteral("(\"film\" OR \"filmic\" OR \"films\")"));
    QVERIFY2(common.atMost * 10 >= kComments, qPrintable(QString::number(common.atMost))); // the walk is taken
    CommentRepository comments(db);
    for (const bool newestFirst : { true, false }) {
        for (const auto& status : { std::optional<CommentStatus>(), std::optional(CommentStatus::Approved) }) {
            CommentFilter filter;
            filter.search = QStringLiteral("Film");
            filter.newestFirst = newestFirst;
            filter.status = status;
            auto first = comments.ids(filter, 100);
            QVERIFY(first);
            QCOMPARE(first->size(), 100);
            QCOMPARE(*first, reference(db, filter).mid(0, 100));
        }
    }
}

// A word in an eighth of the comments, all of them the oldest: the newest-first walk finds none in its rows and the
// list is read the other way, with the same answer.
void TestCommentSearch::commonWordFoundOnlyFarDown()
{
    Database& db = *m_temp->database;
    const commentsearch::Plan far = commentsearch::plan(db.connection(), QStringLiteral("lumiere"));
    QVERIFY(far.atMost * 10 >= kComments);
    CommentRepository comments(db);
    CommentFilter filter;
    filter.search = QStringLiteral("lumiere");
    auto first = comments.ids(filter, 100);
    QVERIFY(first);
    QCOMPARE(first->size(), 100);
    QCOMPARE(*first, reference(db, filter).mid(0, 100));
}

void TestCommentSearch::plan()
{
    Database& db = *m_temp->database;
    QCOMPARE(commentsearch::plan(db.connection(), QString()).match, QString());
    QCOMPARE(commentsearch::plan(db.connection(), QStringLiteral("  ,; ")).match, QString());
    QVERIFY(commentsearch::plan(db.connection(), QStringLiteral("film nosuchword")).nothing);
    // A word with an accent keeps its prefix form (only ASCII is lower-cased here as unicode61 does).
    const commentsearch::Plan accented = commentsearch::plan(db.connection(), QStringLiteral("café"));
    QCOMPARE(accented.match, QStringLiteral("\"café\"*"));
    QCOMPARE(accented.atMost, -1);
    // A few terms start with "t": asked one by one. Fifty start with "reader" (reader0…reader49): more than are asked
    // one by one, so the prefix form.
    QCOMPARE(commentsearch::plan(db.connection(), QStringLiteral("t")).match.endsWith(QLatin1Char('*')), false);
    const commentsearch::Plan many = commentsearch::plan(db.connection(), QStringLiteral("Reader"));
    QCOMPARE(many.match, QStringLiteral("\"Reader\"*"));
    QCOMPARE(many.atMost, -1);
    // A pasted page of text: at most 32 words are searched for, each at most 64 characters.
    QString pasted;
    for (int i = 0; i < 20000; ++i) {
        pasted += QStringLiteral("word%1 ").arg(i);
    }
    pasted += QString(100000, QLatin1Char('x'));
    QCOMPARE(commentsearch::prefixQuery(pasted).count(QLatin1Char('*')), 32);
    QCOMPARE(commentsearch::prefixQuery(QString(100000, QLatin1Char('y'))), QLatin1Char('"') + QString(64, QLatin1Char('y')) + QStringLiteral("\"*"));
    QVERIFY(commentsearch::plan(db.connection(), pasted).nothing); // no comment has "word0"
    // Quotes in the user's text cannot end the term early.
    QVERIFY(!commentsearch::plan(db.connection(), QStringLiteral("\"film\" OR x")).match.contains(QStringLiteral("\"\"")));
}

// Whatever is typed (FTS5 operators, quotes, stars, accents, other scripts, emoji, joiners, combining marks,
// control characters), the search neither fails nor differs from the plain prefix query.
void TestCommentSearch::randomTextAsksTheSameAsThePrefixQuery()
{
    Database& db = *m_temp->database;
    CommentRepository comments(db);
    QRandomGenerator random(m_seed ^ 0x5eed);
    const QStringList pieces { QStringLiteral("fil"), QStringLiteral("film"), QStringLiteral("THE"), QStringLiteral("caf"),
                               QStringLiteral("\""), QStringLiteral("*"), QStringLiteral("^"), QStringLiteral(":"),
                               QStringLiteral("("), QStringLiteral(")"), QStringLiteral("AND"), QStringLiteral("OR"),
                               QStringLiteral("NOT"), QStringLiteral("NEAR"), QStringLiteral("-"), QStringLiteral("+"),
                               QStringLiteral("é"), QStringLiteral("e\u0301"), QStringLiteral("İ"), QStringLiteral("ß"),
                               QStringLiteral("\u6620\u753B"), QStringLiteral("\U0001F3AC"), QStringLiteral("\u200D"),
                               QStringLiteral("\u202E"), QStringLiteral("\t"), QStringLiteral(" "), QStringLiteral("_"),
                               QStringLiteral("192"), QStringLiteral("reader1"), QStringLiteral("example.org"),
                               QStringLiteral("\u0000"), QStringLiteral("'"), QStringLiteral("%"), QStringLiteral("\\") };
    for (int round = 0; round < 150; ++round) {
        QString text;
        const int parts = 1 + random.bounded(5);
        for (int i = 0; i < parts; ++i) {
            text += pieces.at(random.bounded(pieces.size()));
        }
        CommentFilter filter;
        filter.search = text;
        filter.newestFirst = random.bounded(2) == 0;
        const QList<qint64> expected = reference(db, filter);
        QVERIFY2(expected != QList<qint64> { -1 }, qPrintable(QStringLiteral("reference failed: %1").arg(text)));
        auto ids = comments.ids(filter);
        QVERIFY2(ids, qPrintable(QStringLiteral("\"%1\": %2 (seed %3)").arg(text, test::errorOf(ids)).arg(m_seed)));
        QVERIFY2(*ids == expected, qPrintable(QStringLiteral("\"%1\" (seed %2)").arg(text).arg(m_seed)));
        auto first = comments.ids(filter, 100);
        QVERIFY2(first && *first == expected.mid(0, 100), qPrintable(QStringLiteral("\"%1\" first page (seed %2)").arg(text).arg(m_seed)));
    }
}

QTEST_GUILESS_MAIN(TestCommentSearch)
#include "tst_commentsearch.moc"
