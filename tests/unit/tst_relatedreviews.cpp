// RelatedReviews: "you may also like" ranked by shared categories and tags and FTS5 similarity (issue 15, item 8).
#include "core/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/PostRepository.h"
#include "core/storage/RelatedReviews.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QTest>

using namespace longhand;

class TestRelatedReviews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sharedTagsRankFirst();
    void textSimilarityFindsReviewsWithoutTerms();
    void trashedAndOwnReviewsAreNotSuggested();
    void unknownReviewHasNoSuggestions();
    void queryWordsSkipCommonWords();
    void boundedOnALargeCache();

private:
    qint64 create(const QString& title, const QString& body, const QStringList& categories = {},
                  const QStringList& tags = {});

    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<PostRepository> m_posts;
};

void TestRelatedReviews::init()
{
    m_temp = test::makeTempDatabase();
    m_posts = std::make_unique<PostRepository>(*m_temp->database,
                                               std::make_shared<ManualClock>(QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC)));
}

void TestRelatedReviews::cleanup()
{
    m_posts.reset();
    m_temp.reset();
}

qint64 TestRelatedReviews::create(const QString& title, const QString& body, const QStringList& categories,
                                  const QStringList& tags)
{
    Post post;
    post.title = title;
    post.body = body;
    post.categories = categories;
    post.tags = tags;
    auto id = m_posts->create(post);
    if (!id) {
        qWarning() << id.error().message;
        return -1;
    }
    return *id;
}

void TestRelatedReviews::sharedTagsRankFirst()
{
    const qint64 stalker = create(QStringLiteral("Stalker"), QStringLiteral("Three men walk into the Zone."),
                                  {QStringLiteral("Reviews")}, {QStringLiteral("tarkovsky"), QStringLiteral("soviet")});
    create(QStringLiteral("Solaris"), QStringLiteral("A station above an ocean."), {QStringLiteral("Reviews")},
           {QStringLiteral("Tarkovsky"), QStringLiteral("soviet")});
    create(QStringLiteral("Mirror"), QStringLiteral("Memories of a childhood."), {QStringLiteral("Reviews")},
           {QStringLiteral("tarkovsky")});
    create(QStringLiteral("Heat"), QStringLiteral("Two men in Los Angeles."), {QStringLiteral("Reviews")});
    create(QStringLiteral("Paddington"), QStringLiteral("A bear in London."));
    const auto related = RelatedReviews(*m_temp->database).titlesFor(stalker);
    QVERIFY(related);
    // Two shared tags (case does not matter), then one, then only the category; nothing shared: not suggested.
    QCOMPARE(related.value(), (QStringList {QStringLiteral("Solaris"), QStringLiteral("Mirror"), QStringLiteral("Heat")}));
}

void TestRelatedReviews::textSimilarityFindsReviewsWithoutTerms()
{
    const qint64 alien = create(QStringLiteral("Alien"),
                                QStringLiteral("The Nostromo crew wakes. Ripley fights the xenomorph in the corridors of the Nostromo."));
    create(QStringLiteral("Aliens"), QStringLiteral("Ripley returns, and the xenomorph queen waits. Marines everywhere."));
    create(QStringLiteral("Annie Hall"), QStringLiteral("Alvy and Annie in New York, talking."));
    create(QStringLiteral("Prometheus"), QStringLiteral("Engineers, a xenomorph ancestor and a ship."));
    const auto related = RelatedReviews(*m_temp->database).titlesFor(alien);
    QVERIFY(related);
    QCOMPARE(related.value(), (QStringList {QStringLiteral("Aliens"), QStringLiteral("Prometheus")}));
}

void TestRelatedReviews::trashedAndOwnReviewsAreNotSuggested()
{
    const qint64 one = create(QStringLiteral("Heat"), QStringLiteral("Robbers in Los Angeles."), {}, {QStringLiteral("mann")});
    const qint64 trashed = create(QStringLiteral("Thief"), QStringLiteral("A safecracker."), {}, {QStringLiteral("mann")});
    create(QStringLiteral("Collateral"), QStringLiteral("A taxi at night."), {}, {QStringLiteral("mann")});
    QVERIFY(m_posts->moveToTrash(trashed));
    const auto related = RelatedReviews(*m_temp->database).titlesFor(one);
    QVERIFY(related);
    QCOMPARE(related.value(), QStringList {QStringLiteral("Collateral")});
}

void TestRelatedReviews::unknownReviewHasNoSuggestions()
{
    const auto related = RelatedReviews(*m_temp->database).titlesFor(4242);
    QVERIFY(related);
    QVERIFY(related->isEmpty());
}

void TestRelatedReviews::queryWordsSkipCommonWords()
{
    const QStringList words = RelatedReviews::queryWords(QStringLiteral("Blade Runner"),
                                                         QStringLiteral("This film is about replicants. Replicants and rain, "
                                                                        "which they would like to escape; 2019."));
    QCOMPARE(words.mid(0, 3), (QStringList {QStringLiteral("blade"), QStringLiteral("runner"), QStringLiteral("replicants")}));
    QVERIFY(!words.contains(QStringLiteral("this")));
    QVERIFY(!words.contains(QStringLiteral("film")));
    QVERIFY(!words.contains(QStringLiteral("2019")));
    QVERIFY(RelatedReviews::queryWords(QString(), QString(10000, QLatin1Char('x'))).size() <= RelatedReviews::kQueryWords);
}

void TestRelatedReviews::boundedOnALargeCache()
{
    qint64 first = 0;
    for (int i = 0; i < 600; ++i) {
        const qint64 id = create(QStringLiteral("Review %1").arg(i),
                                 QStringLiteral("A heist in the city, a crew, a safe and a getaway number %1.").arg(i), {QStringLiteral("Reviews")},
                                 {QStringLiteral("heist"), QStringLiteral("tag%1").arg(i % 50)});
        first = first ? first : id;
    }
    QElapsedTimer timer;
    timer.start();
    const auto related = RelatedReviews(*m_temp->database).titlesFor(first);
    QVERIFY(related);
    QCOMPARE(related->size(), RelatedReviews::kDefaultLimit);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!related->contains(QStringLiteral("Review 0")));
}

QTEST_GUILESS_MAIN(TestRelatedReviews)
#include "tst_relatedreviews.moc"
