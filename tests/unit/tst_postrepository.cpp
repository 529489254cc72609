// PostRepository against a real migrated SQLite file, with the clock injected. Listing and search: tst_postsearch.
#include "core/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/PostRepository.h"
#include "core/storage/PublishRepository.h"
#include "support/TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace longhand;

namespace {

const QDateTime kStart(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);

} // namespace

class TestPostRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsAnEmptyDraft();
    void roundTripsEveryField();
    void roundTripsEveryStatusAndFormat_data();
    void roundTripsEveryStatusAndFormat();
    void termsAreTrimmedAndDeduplicated();
    void updateSavesFieldsAndStampsTime();
    void duplicateMakesAFreshDraft();
    void trashRestoreAndDeleteForever();
    void titlesOfLiveReviews();
    void findByTitleIgnoresCase();
    void termNamesPerTaxonomy();
    void unknownIdsAreNotFound();
    void mediaLabelOfABlogImage();
    void blogChangesOnlyBeforeFirstPublish();

private:
    qint64 create(const Post& post);
    qint64 insertSite();

    std::unique_ptr<test::TempDatabase> m_temp;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<PostRepository> m_posts;
};

void TestPostRepository::init()
{
    m_temp = test::makeTempDatabase();
    m_clock = std::make_shared<ManualClock>(kStart);
    m_posts = std::make_unique<PostRepository>(*m_temp->database, m_clock);
}

void TestPostRepository::cleanup()
{
    m_posts.reset();
    m_temp.reset();
}

qint64 TestPostRepository::create(const Post& post)
{
    auto id = m_posts->create(post);
    if (!id) {
        qWarning() << "create failed:" << id.error().message;
        return -1;
    }
    return *id;
}

// There is no site repository yet; posts that belong to a blog need a row to point at.
qint64 TestPostRepository::insertSite()
{
    QSqlQuery q(m_temp->database->connection());
    if (!q.exec(QStringLiteral("INSERT INTO sites (name, base_url, created_at) VALUES "
                               "('Film Diary', 'https://films.example.org', '2024-01-01T00:00:00.000Z')"))) {
        qWarning() << q.lastError().text();
        return -1;
    }
    return q.lastInsertId().toLongLong();
}

void TestPostRepository::createsAnEmptyDraft()
{
    // What "New review" stores: every string null, as a default Post has them.
    auto id = m_posts->create(Post {});
    QVERIFY2(id, qPrintable(test::errorOf(id)));
    auto loaded = m_posts->load(*id);
    QVERIFY(loaded);
    QVERIFY(loaded->title.isEmpty());
    QVERIFY(loaded->slug.isEmpty());
    QCOMPARE(loaded->status, PostStatus::Draft);
    QCOMPARE(loaded->format, SourceFormat::Markdown);
    QVERIFY(m_posts->update(*loaded));
}

void TestPostRepository::roundTripsEveryField()
{
    const qint64 siteId = insertSite();
    QVERIFY(siteId > 0);
    Post post;
    post.siteId = siteId;
    post.remoteId = 417;
    post.title = QStringLiteral("Never Let Me Go");
    post.slug = QStringLiteral("never-let-me-go-review");
    post.slugEdited = true;
    post.excerpt = QStringLiteral("Clones, quietly.");
    post.format = SourceFormat::Html;
    post.body = QStringLiteral("<p>Kathy remembers Hailsham.</p>\n\nÜmlauts, emoji \U0001F3AC and 'quotes'.");
    post.status = PostStatus::Future;
    post.scheduledAt = QDateTime(QDate(2024, 4, 1), QTime(20, 30, 15, 500), Qt::OffsetFromUTC, 2 * 3600);
    post.commentsOpen = false;
    post.pingsOpen = false;
    post.featuredImage = QStringLiteral("media/0123456789ab-poster.png");
    post.alsoLike = QStringLiteral("The Remains of the Day");
    post.categories = {QStringLiteral("Films"), QStringLiteral("Drama"), QStringLiteral("Adaptations")};
    post.tags = {QStringLiteral("kazuo ishiguro"), QStringLiteral("clones"), QStringLiteral("boarding school")};
    post.link = QStringLiteral("https://films.example.org/never-let-me-go/");
    post.baseModifiedGmt = QDateTime(QDate(2024, 2, 28), QTime(23, 59, 59, 999), Qt::UTC);
    post.baseContent = QStringLiteral("<p>The server's copy.</p>");

    const qint64 id = create(post);
    QVERIFY(id > 0);
    auto loaded = m_posts->load(id);
    QVERIFY2(loaded, qPrintable(test::errorOf(loaded)));

    Post expected = post;
    expected.id = id;
    expected.createdAt = kStart;
    expected.updatedAt = kStart;
    QCOMPARE(loaded->id, expected.id);
    QCOMPARE(loaded->siteId, expected.siteId);
    QCOMPARE(loaded->remoteId, expected.remoteId);
    QCOMPARE(loaded->title, expected.title);
    QCOMPARE(loaded->slug, expected.slug);
    QCOMPARE(loaded->slugEdited, expected.slugEdited);
    QCOMPARE(loaded->excerpt, expected.excerpt);
    QCOMPARE(loaded->format, expected.format);
    QCOMPARE(loaded->body, expected.body);
    QCOMPARE(loaded->status, expected.status);
    QCOMPARE(loaded->scheduledAt, expected.scheduledAt);
    QCOMPARE(loaded->scheduledAt.timeSpec(), Qt::UTC);
    QCOMPARE(loaded->commentsOpen, expected.commentsOpen);
    QCOMPARE(loaded->pingsOpen, expected.pingsOpen);
    QCOMPARE(loaded->featuredImage, expected.featuredImage);
    QCOMPARE(loaded->alsoLike, expected.alsoLike);
    QCOMPARE(loaded->categories, expected.categories);
    QCOMPARE(loaded->tags, expected.tags);
    QCOMPARE(loaded->link, expected.link);
    QCOMPARE(loaded->baseModifiedGmt, expected.baseModifiedGmt);
    QCOMPARE(loaded->baseContent, expected.baseContent);
    QCOMPARE(loaded->createdAt, expected.createdAt);
    QCOMPARE(loaded->updatedAt, expected.updatedAt);
    QVERIFY(!loaded->trashedAt.isValid());
    QVERIFY(*loaded == expected); // catches a field added to Post but not to the repository

    // The defaults survive too: no site, no remote id, nothing scheduled.
    const qint64 plainId = create(test::draftPost(QStringLiteral("Plain")));
    auto plain = m_posts->load(plainId);
    QVERIFY(plain);
    Post plainExpected = test::draftPost(QStringLiteral("Plain"));
    plainExpected.id = plainId;
    plainExpected.createdAt = kStart;
    plainExpected.updatedAt = kStart;
    QVERIFY(*plain == plainExpected);
    QVERIFY(!plain->scheduledAt.isValid());
    QVERIFY(!plain->baseModifiedGmt.isValid());
}

void TestPostRepository::roundTripsEveryStatusAndFormat_data()
{
    QTest::addColumn<PostStatus>("status");
    QTest::addColumn<SourceFormat>("format");
    QTest::newRow("draft markdown") << PostStatus::Draft << SourceFormat::Markdown;
    QTest::newRow("pending html") << PostStatus::Pending << SourceFormat::Html;
    QTest::newRow("private markdown") << PostStatus::Private << SourceFormat::Markdown;
    QTest::newRow("publish html") << PostStatus::Publish << SourceFormat::Html;
    QTest::newRow("future markdown") << PostStatus::Future << SourceFormat::Markdown;
}

void TestPostRepository::roundTripsEveryStatusAndFormat()
{
    QFETCH(PostStatus, status);
    QFETCH(SourceFormat, format);
    Post post = test::draftPost(QStringLiteral("Status"));
    post.status = status;
    post.format = format;
    auto loaded = m_posts->load(create(post));
    QVERIFY(loaded);
    QCOMPARE(loaded->status, status);
    QCOMPARE(loaded->format, format);
    QCOMPARE(postStatusFromString(postStatusToString(status)), std::optional<PostStatus>(status));
}

void TestPostRepository::termsAreTrimmedAndDeduplicated()
{
    Post post = test::draftPost(QStringLiteral("Terms"));
    post.categories = {QStringLiteral("  Films "), QString(), QStringLiteral("Drama"), QStringLiteral("Films")};
    post.tags = {QStringLiteral("   "), QStringLiteral("zeta"), QStringLiteral("alpha")};
    auto loaded = m_posts->load(create(post));
    QVERIFY(loaded);
    QCOMPARE(loaded->categories, (QStringList {QStringLiteral("Films"), QStringLiteral("Drama")}));
    QCOMPARE(loaded->tags, (QStringList {QStringLiteral("zeta"), QStringLiteral("alpha")})); // entry order, not sorted
}

void TestPostRepository::updateSavesFieldsAndStampsTime()
{
    Post post = test::draftPost(QStringLiteral("First title"), QStringLiteral("First body"));
    post.categories = {QStringLiteral("Films")};
    post.tags = {QStringLiteral("old")};
    const qint64 id = create(post);
    auto loaded = m_posts->load(id);
    QVERIFY(loaded);

    m_clock->advance(90 * 1000);
    Post edited = *loaded;
    edited.title = QStringLiteral("Second title");
    edited.body = QStringLiteral("Second body");
    edited.status = PostStatus::Pending;
    edited.scheduledAt = kStart.addDays(3);
    edited.commentsOpen = false;
    edited.categories = {QStringLiteral("Books"), QStringLiteral("Films")};
    edited.tags = {};
    edited.createdAt = kStart.addYears(-10); // ignored: created is the repository's to set
    QVERIFY(m_posts->update(edited));

    auto reloaded = m_posts->load(id);
    QVERIFY(reloaded);
    QCOMPARE(reloaded->title, QStringLiteral("Second title"));
    QCOMPARE(reloaded->body, QStringLiteral("Second body"));
    QCOMPARE(reloaded->status, PostStatus::Pending);
    QCOMPARE(reloaded->scheduledAt, kStart.addDays(3));
    QCOMPARE(reloaded->commentsOpen, false);
    QCOMPARE(reloaded->categories, (QStringList {QStringLiteral("Books"), QStringLiteral("Films")}));
    QVERIFY(reloaded->tags.isEmpty());
    QCOMPARE(reloaded->createdAt, kStart);
    QCOMPARE(reloaded->updatedAt, kStart.addSecs(90));

    // Clearing the schedule stores NULL, not an empty time.
    edited.scheduledAt = {};
    QVERIFY(m_posts->update(edited));
    QVERIFY(!m_posts->load(id)->scheduledAt.isValid());
}

void TestPostRepository::duplicateMakesAFreshDraft()
{
    const qint64 siteId = insertSite();
    Post post = test::draftPost(QStringLiteral("Never Let Me Go"), QStringLiteral("The body."));
    post.siteId = siteId;
    post.remoteId = 417;
    post.status = PostStatus::Publish;
    post.slug = QStringLiteral("never-let-me-go");
    post.slugEdited = true;
    post.excerpt = QStringLiteral("Excerpt.");
    post.featuredImage = QStringLiteral("media/abc-poster.png");
    post.alsoLike = QStringLiteral("The Remains of the Day");
    post.categories = {QStringLiteral("Films"), QStringLiteral("Drama")};
    post.tags = {QStringLiteral("ishiguro")};
    post.link = QStringLiteral("https://films.example.org/never-let-me-go/");
    post.baseModifiedGmt = kStart.addDays(-1);
    post.baseContent = QStringLiteral("<p>The body.</p>");
    const qint64 id = create(post);

    m_clock->advance(60 * 1000);
    auto copyId = m_posts->duplicate(id, QStringLiteral(" (copy)"));
    QVERIFY2(copyId, qPrintable(test::errorOf(copyId)));
    QVERIFY(*copyId != id);
    auto copy = m_posts->load(*copyId);
    QVERIFY(copy);
    QCOMPARE(copy->title, QStringLiteral("Never Let Me Go (copy)"));
    QCOMPARE(copy->status, PostStatus::Draft);
    QCOMPARE(copy->remoteId, 0);
    QVERIFY(copy->link.isEmpty());
    QVERIFY(!copy->baseModifiedGmt.isValid());
    QVERIFY(copy->baseContent.isEmpty());
    QVERIFY(copy->slug.isEmpty());
    QCOMPARE(copy->slugEdited, false);
    QCOMPARE(copy->body, post.body);
    QCOMPARE(copy->excerpt, post.excerpt);
    QCOMPARE(copy->featuredImage, post.featuredImage);
    QCOMPARE(copy->alsoLike, post.alsoLike);
    QCOMPARE(copy->categories, post.categories);
    QCOMPARE(copy->tags, post.tags);
    QCOMPARE(copy->createdAt, kStart.addSecs(60));
    QVERIFY(!copy->isTrashed());

    // The original is untouched, and a second copy does not clash with the first.
    auto original = m_posts->load(id);
    QCOMPARE(original->remoteId, 417);
    QCOMPARE(original->title, QStringLiteral("Never Let Me Go"));
    auto second = m_posts->duplicate(id, QStringLiteral(" (copy)"));
    QVERIFY2(second, qPrintable(test::errorOf(second)));
    PostFilter copies;
    copies.search = QStringLiteral("copy");
    QCOMPARE(test::idsOf(m_posts->list(copies)), (QList<qint64> {*second, *copyId}));
}

void TestPostRepository::trashRestoreAndDeleteForever()
{
    Post post = test::draftPost(QStringLiteral("Doomed"));
    post.tags = {QStringLiteral("only-here")};
    const qint64 id = create(post);

    // Deleting forever works only from the trash.
    const Status live = m_posts->deleteForever(id);
    QVERIFY(!live);
    QCOMPARE(live.error().code, Error::Code::NotFound);
    QVERIFY(m_posts->load(id));

    m_clock->advance(5000);
    QVERIFY(m_posts->moveToTrash(id));
    QCOMPARE(m_posts->load(id)->trashedAt, kStart.addSecs(5));
    QVERIFY(m_posts->load(id)->isTrashed());
    const Status again = m_posts->moveToTrash(id);
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::NotFound);

    m_clock->advance(5000);
    QVERIFY(m_posts->restoreFromTrash(id));
    auto restored = m_posts->load(id);
    QVERIFY(!restored->isTrashed());
    QCOMPARE(restored->updatedAt, kStart.addSecs(10)); // back at the top of the list
    QCOMPARE(restored->tags, QStringList {QStringLiteral("only-here")});
    QCOMPARE(m_posts->restoreFromTrash(id).error().code, Error::Code::NotFound);

    QVERIFY(m_posts->moveToTrash(id));
    QVERIFY(m_posts->deleteForever(id));
    QCOMPARE(m_posts->load(id).error().code, Error::Code::NotFound);
    QCOMPARE(m_posts->deleteForever(id).error().code, Error::Code::NotFound);
    // Its terms went with it (foreign key cascade).
    QCOMPARE(m_posts->termNames(QStringLiteral("post_tag")).valueOr({}), QStringList {});
    PostFilter trash;
    trash.trashed = true;
    QCOMPARE(test::idsOf(m_posts->list(trash)), QList<qint64> {});
}

void TestPostRepository::titlesOfLiveReviews()
{
    create(test::draftPost(QStringLiteral("Never Let Me Go")));
    create(test::draftPost(QStringLiteral("Amélie")));
    create(test::draftPost(QStringLiteral("Never Let Me Go"))); // a duplicate title is offered once
    create(test::draftPost(QString()));
    const qint64 trashed = create(test::draftPost(QStringLiteral("Binned")));
    QVERIFY(m_posts->moveToTrash(trashed));

    auto titles = m_posts->titles();
    QVERIFY(titles);
    QCOMPARE(*titles, (QStringList {QStringLiteral("Amélie"), QStringLiteral("Never Let Me Go")}));
}

void TestPostRepository::findByTitleIgnoresCase()
{
    Post published = test::draftPost(QStringLiteral("The Remains of the Day"));
    published.link = QStringLiteral("https://films.example.org/remains/");
    const qint64 withLink = create(published);
    m_clock->advance(1000);
    create(test::draftPost(QStringLiteral("The Remains of the Day"))); // newer, but not on the blog
    const qint64 emile = create(test::draftPost(QStringLiteral("Émile et les détectives")));
    const qint64 trashed = create(test::draftPost(QStringLiteral("Binned")));
    QVERIFY(m_posts->moveToTrash(trashed));

    auto found = m_posts->findByTitle(QStringLiteral("the remains OF THE DAY"));
    QVERIFY(found);
    QVERIFY(found->has_value());
    QCOMPARE((*found)->id, withLink); // the one with a link is the one to point readers at
    QCOMPARE((*found)->link, published.link);

    auto padded = m_posts->findByTitle(QStringLiteral("  The Remains of the Day \n"));
    QVERIFY(padded && padded->has_value());

    // Case folding is not only for ASCII: a writer types "émile" for "Émile".
    auto accented = m_posts->findByTitle(QStringLiteral("émile ET LES DÉTECTIVES"));
    QVERIFY2(accented, qPrintable(test::errorOf(accented)));
    QVERIFY(accented->has_value());
    QCOMPARE((*accented)->id, emile);

    auto missing = m_posts->findByTitle(QStringLiteral("The Remains"));
    QVERIFY(missing);
    QVERIFY(!missing->has_value());
    auto inTrash = m_posts->findByTitle(QStringLiteral("Binned"));
    QVERIFY(inTrash);
    QVERIFY(!inTrash->has_value());
}

void TestPostRepository::termNamesPerTaxonomy()
{
    Post first = test::draftPost(QStringLiteral("One"));
    first.categories = {QStringLiteral("Films"), QStringLiteral("books")};
    first.tags = {QStringLiteral("ishiguro"), QStringLiteral("Clones")};
    create(first);
    Post second = test::draftPost(QStringLiteral("Two"));
    second.categories = {QStringLiteral("Films"), QStringLiteral("Adaptations")};
    second.tags = {QStringLiteral("Films")}; // a tag with a category's name stays a tag
    create(second);
    // Terms synced from the blog count as well, even when no local review uses them yet.
    const qint64 siteId = insertSite();
    QSqlQuery q(m_temp->database->connection());
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO terms (site_id, remote_id, taxonomy, name) VALUES (%1, 9, 'category', 'Documentaries')")
                        .arg(siteId)),
             qPrintable(q.lastError().text()));

    auto categories = m_posts->termNames(QStringLiteral("category"));
    QVERIFY2(categories, qPrintable(test::errorOf(categories)));
    QCOMPARE(*categories,
             (QStringList {QStringLiteral("Adaptations"), QStringLiteral("books"), QStringLiteral("Documentaries"),
                           QStringLiteral("Films")}));
    auto tags = m_posts->termNames(QStringLiteral("post_tag"));
    QVERIFY(tags);
    QCOMPARE(*tags, (QStringList {QStringLiteral("Clones"), QStringLiteral("Films"), QStringLiteral("ishiguro")}));
    QCOMPARE(m_posts->termNames(QStringLiteral("nonsense")).valueOr({QStringLiteral("x")}), QStringList {});
}

void TestPostRepository::unknownIdsAreNotFound()
{
    const qint64 id = create(test::draftPost(QStringLiteral("Exists")));
    const qint64 missing = id + 100;

    auto loaded = m_posts->load(missing);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, Error::Code::NotFound);
    QVERIFY2(loaded.error().message.contains(QString::number(missing)), qPrintable(loaded.error().message));

    Post ghost = test::draftPost(QStringLiteral("Ghost"));
    ghost.id = missing;
    ghost.categories = {QStringLiteral("Phantoms")};
    const Status updated = m_posts->update(ghost);
    QVERIFY(!updated);
    QCOMPARE(updated.error().code, Error::Code::NotFound);
    QCOMPARE(m_posts->termNames(QStringLiteral("category")).valueOr({}), QStringList {}); // rolled back

    QCOMPARE(m_posts->duplicate(missing, QStringLiteral(" (copy)")).error().code, Error::Code::NotFound);
    QCOMPARE(m_posts->moveToTrash(missing).error().code, Error::Code::NotFound);
    QCOMPARE(m_posts->restoreFromTrash(missing).error().code, Error::Code::NotFound);
    QCOMPARE(m_posts->deleteForever(missing).error().code, Error::Code::NotFound);
    QCOMPARE(test::idsOf(m_posts->list({})), QList<qint64> {id});
}

// The metadata panel names a featured image set on the web by its title, else its file name.
void TestPostRepository::mediaLabelOfABlogImage()
{
    const qint64 site = insertSite();
    QSqlQuery q(m_temp->database->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO media (site_id, remote_id, local_path, source_url, mime_type, title, created_at) VALUES "
                                  "(%1, 7, '', 'https://blog.example/wp-content/uploads/poster.png', 'image/png', 'The Poster', '2026-01-01T00:00:00Z'), "
                                  "(%1, 8, '', 'https://blog.example/wp-content/uploads/still.jpg', 'image/jpeg', '', '2026-01-01T00:00:00Z')")
                               .arg(site)));
    QCOMPARE(m_posts->mediaLabel(site, 7).value(), QStringLiteral("The Poster"));
    QCOMPARE(m_posts->mediaLabel(site, 8).value(), QStringLiteral("still.jpg"));
    QCOMPARE(m_posts->mediaLabel(site, 9).value(), QString()); // not in the cache
}

// The writer's choice of blog is saved with the metadata until the review is queued for or published on its blog;
// from then on a save that names another blog leaves it where it is.
void TestPostRepository::blogChangesOnlyBeforeFirstPublish()
{
    const qint64 films = insertSite();
    const qint64 books = insertSite();
    QVERIFY(films > 0 && books > 0 && films != books);
    Post post;
    post.title = QStringLiteral("Stalker");
    post.siteId = films;
    post.id = create(post);
    QCOMPARE(m_posts->load(post.id)->siteId, films);
    QVERIFY(!m_posts->load(post.id)->publicationQueued);

    post.siteId = books;
    QVERIFY(m_posts->update(post));
    QCOMPARE(m_posts->load(post.id)->siteId, books);

    // Queued for its blog: fixed (a create may be on its way there).
    QVERIFY(PublishRepository(*m_temp->database, m_clock).enqueuePublish(post.id, books));
    QVERIFY(m_posts->load(post.id)->publicationQueued);
    post.siteId = films;
    QVERIFY(m_posts->update(post));
    QCOMPARE(m_posts->load(post.id)->siteId, books);

    // Published (a remote id) and nothing queued: still fixed.
    Post published;
    published.title = QStringLiteral("Mirror");
    published.siteId = films;
    published.remoteId = 12;
    published.id = create(published);
    published.siteId = books;
    QVERIFY(m_posts->update(published));
    QCOMPARE(m_posts->load(published.id)->siteId, films);
    QVERIFY(!m_posts->load(published.id)->publicationQueued);
}

QTEST_GUILESS_MAIN(TestPostRepository)
#include "tst_postrepository.moc"
