// The media library (issue 15, item 3): the cache's query (search by title, file name and alt text, by month or
// day, newest first, paged, fast on thousands), both backends' decoding of the new fields, and the thumbnail
// cache (its cap, the blog's origin only, untrusted bytes).
#include "core/Clock.h"
#include "core/FutureUtils.h"
#include "core/media/ThumbnailCache.h"
#include "core/remote/HttpClient.h"
#include "core/remote/WpJson.h"
#include "core/remote/xmlrpc/XmlRpcMapping.h"
#include "core/remote/xmlrpc/XmlRpcValue.h"
#include "core/storage/Database.h"
#include "core/storage/MediaRepository.h"
#include "core/storage/SyncRepository.h"
#include "support/FakeNetwork.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace longhand;

class TestMediaLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsNewestFirstAndPages();
    void searchesTitleFileNameAndAltText();
    void searchTreatsWildcardsLiterally();
    void filtersByMonthAndDay();
    void imagesOnlyAndSiteFilter();
    void findsByAddress();
    void fastOnThousands();
    void restDecodesThumbnailAndSize();
    void xmlRpcDecodesThumbnailAndSize();
    void trimDropsLeastRecentlyUsedFirst();
    void thumbnailOfUntrustedBytes();
    void fetchesOnlyFromTheBlogsOrigin();
    void offlineShowsCachedThumbnails();

private:
    qint64 insertSite(const QString& url);
    void store(qint64 siteId, const QList<RemoteMedia>& media);
    static RemoteMedia image(qint64 id, const QString& file, const QDateTime& uploaded, const QString& title = {},
                             const QString& alt = {});
    static QByteArray pngBytes(int width, int height);

    std::unique_ptr<test::TempDatabase> m_temp;
    qint64 m_site = 0;
};

void TestMediaLibrary::init()
{
    m_temp = test::makeTempDatabase();
    m_site = insertSite(QStringLiteral("https://films.example.org"));
}

void TestMediaLibrary::cleanup()
{
    m_temp.reset();
}

qint64 TestMediaLibrary::insertSite(const QString& url)
{
    QSqlQuery q(m_temp->database->connection());
    q.prepare(QStringLiteral("INSERT INTO sites (name, base_url, created_at) VALUES ('Film Diary', ?, '2024-01-01T00:00:00.000Z')"));
    q.addBindValue(url);
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return -1;
    }
    return q.lastInsertId().toLongLong();
}

void TestMediaLibrary::store(qint64 siteId, const QList<RemoteMedia>& media)
{
    SyncRepository repo(*m_temp->database, std::make_shared<ManualClock>(QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC)));
    auto stored = repo.upsertMedia(siteId, media);
    QVERIFY2(stored, qPrintable(test::errorOf(stored)));
}

RemoteMedia TestMediaLibrary::image(qint64 id, const QString& file, const QDateTime& uploaded, const QString& title, const QString& alt)
{
    RemoteMedia media;
    media.id = id;
    media.sourceUrl = QStringLiteral("https://films.example.org/wp-content/uploads/2026/12/") + file;
    media.thumbnailUrl = QStringLiteral("https://films.example.org/wp-content/uploads/2026/12/thumb-") + file;
    media.mimeType = QStringLiteral("image/jpeg");
    media.title = title;
    media.altText = alt;
    media.uploadedGmt = uploaded;
    media.modifiedGmt = uploaded;
    media.width = 1200;
    media.height = 800;
    return media;
}

QByteArray TestMediaLibrary::pngBytes(int width, int height)
{
    QImage picture(width, height, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "PNG");
    return bytes;
}

static QDateTime at(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0), Qt::UTC);
}

static QList<qint64> idsOf(const Result<QList<MediaItem>>& items)
{
    if (!items) {
        qWarning() << items.error().message;
        return {-1};
    }
    QList<qint64> ids;
    for (const MediaItem& item : items.value()) {
        ids.append(item.remoteId);
    }
    return ids;
}

void TestMediaLibrary::listsNewestFirstAndPages()
{
    store(m_site, {image(1, QStringLiteral("a.jpg"), at(2026, 10, 1)), image(2, QStringLiteral("b.jpg"), at(2026, 12, 1)),
                   image(3, QStringLiteral("c.jpg"), at(2026, 11, 1))});
    MediaRepository repo(*m_temp->database);
    MediaFilter filter;
    QCOMPARE(idsOf(repo.list(filter)), (QList<qint64> {2, 3, 1}));
    filter.limit = 2;
    QCOMPARE(idsOf(repo.list(filter)), (QList<qint64> {2, 3}));
    filter.offset = 2;
    QCOMPARE(idsOf(repo.list(filter)), (QList<qint64> {1}));
    QCOMPARE(repo.count(MediaFilter {}).value(), 3);

    auto items = repo.list(MediaFilter {});
    QVERIFY(items);
    const MediaItem& newest = items->constFirst();
    QCOMPARE(newest.fileName, QStringLiteral("b.jpg"));
    QCOMPARE(newest.width, 1200);
    QCOMPARE(newest.height, 800);
    QCOMPARE(newest.uploadedGmt, at(2026, 12, 1));
    QVERIFY(newest.thumbnailUrl.endsWith(QLatin1String("thumb-b.jpg")));
}

void TestMediaLibrary::searchesTitleFileNameAndAltText()
{
    store(m_site, {image(1, QStringLiteral("stalker-poster.jpg"), at(2026, 10, 1), QStringLiteral("Zone")),
                   image(2, QStringLiteral("img_0042.jpg"), at(2026, 11, 1), QStringLiteral("Solaris still")),
                   image(3, QStringLiteral("img_0043.jpg"), at(2026, 12, 1), {}, QStringLiteral("Kelvin on the station"))});
    MediaRepository repo(*m_temp->database);
    MediaFilter filter;
    filter.search = QStringLiteral("STALKER");
    QCOMPARE(idsOf(repo.list(filter)), (QList<qint64> {1})); // file name, any case
    filter.search = QStringLiteral("solaris");
    QCOMPARE(idsOf(repo.list(filter)), (QList<qint64> {2})); // title
    filter.search = QStringLiteral("kelvin");
    QCOMPARE(idsOf(repo.list(filter)), (QList<qint64> {3})); // alt text
    filter.search = QStringLiteral("films.example"); // the host is in every address, not in a file name
    QCOMPARE(idsOf(repo.list(filter)), QList<qint64> {});
    filter.search = QStringLiteral("uploads");
    QCOMPARE(idsOf(repo.list(filter)), QList<qint64> {});
}

void TestMediaLibrary::searchTreatsWildcardsLiterally()
{
    store(m_site, {image(1, QStringLiteral("100%-fun.jpg"), at(2026, 10, 1)), image(2, QStringLiteral("plain.jpg"), at(2026, 11, 1)),
                   image(3, QStringLiteral("a_b.jpg"), at(2026, 12, 1))});
    MediaRepository repo(*m_temp->database);
    MediaFilter filter;
    filter.search = QStringLiteral("%");
    QCOMPARE(idsOf(repo.list(filter)), (QList<qint64> {1}));
    filter.search = QStringLiteral("_");
    QCOMPARE(idsOf(repo.list(filter)), (QList<qint64> {3}));
    QCOMPARE(likePattern(QStringLiteral("a\\%_")), QStringLiteral("%a\\\\\\%\\_%"));
}

void TestMediaLibrary::filtersByMonthAndDay()
{
    store(m_site, {image(1, QStringLiteral("a.jpg"), at(2026, 10, 31)), image(2, QStringLiteral("b.jpg"), at(2026, 11, 1)),
                   image(3, QStringLiteral("c.jpg"), at(2026, 11, 30)), image(4, QStringLiteral("d.jpg"), at(2026, 12, 1))});
    MediaRepository repo(*m_temp->database);
    MediaFilter month;
    month.from = QDate(2026, 11, 1);
    month.to = QDate(2026, 11, 30);
    QCOMPARE(idsOf(repo.list(month)), (QList<qint64> {3, 2}));
    MediaFilter day;
    day.from = day.to = QDate(2026, 10, 31);
    QCOMPARE(idsOf(repo.list(day)), (QList<qint64> {1}));
    MediaFilter since;
    since.from = QDate(2026, 11, 30);
    QCOMPARE(idsOf(repo.list(since)), (QList<qint64> {4, 3}));
}

void TestMediaLibrary::imagesOnlyAndSiteFilter()
{
    RemoteMedia pdf = image(5, QStringLiteral("press-kit.pdf"), at(2026, 12, 5));
    pdf.mimeType = QStringLiteral("application/pdf");
    store(m_site, {image(1, QStringLiteral("a.jpg"), at(2026, 12, 1)), pdf});
    const qint64 other = insertSite(QStringLiteral("https://books.example.org"));
    store(other, {image(9, QStringLiteral("book.jpg"), at(2026, 12, 2))});
    MediaRepository repo(*m_temp->database);
    MediaFilter filter;
    QCOMPARE(idsOf(repo.list(filter)), (QList<qint64> {9, 1}));
    filter.siteId = m_site;
    QCOMPARE(idsOf(repo.list(filter)), (QList<qint64> {1}));
    filter.imagesOnly = false;
    QCOMPARE(idsOf(repo.list(filter)), (QList<qint64> {5, 1}));
}

void TestMediaLibrary::findsByAddress()
{
    store(m_site, {image(7, QStringLiteral("poster.jpg"), at(2026, 12, 1))});
    MediaRepository repo(*m_temp->database);
    const QString url = QStringLiteral("https://films.example.org/wp-content/uploads/2026/12/poster.jpg");
    auto found = repo.findBySourceUrls(m_site, {url, QStringLiteral("https://elsewhere.example/poster.jpg")});
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->value(url).remoteId, 7);
    QCOMPARE(found->value(url).width, 1200);
    const qint64 other = insertSite(QStringLiteral("https://books.example.org"));
    QVERIFY(repo.findBySourceUrls(other, {url})->isEmpty()); // another blog's copy is not this blog's attachment
}

void TestMediaLibrary::fastOnThousands()
{
    QList<RemoteMedia> many;
    for (int i = 1; i <= 5000; ++i) {
        many.append(image(i, QStringLiteral("photo-%1.jpg").arg(i), at(2020, 1, 1).addSecs(qint64(i) * 3600), QStringLiteral("Still %1").arg(i),
                          i % 10 == 0 ? QStringLiteral("a scene with a dog") : QString()));
    }
    store(m_site, many);
    MediaRepository repo(*m_temp->database);
    QElapsedTimer timer;
    timer.start();
    MediaFilter filter;
    filter.siteId = m_site;
    auto page = repo.list(filter);
    filter.search = QStringLiteral("dog");
    auto dogs = repo.list(filter);
    auto dogCount = repo.count(filter);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(page && dogs && dogCount);
    QCOMPARE(page->size(), 200);
    QCOMPARE(page->constFirst().remoteId, 5000);
    QCOMPARE(dogCount.value(), 500);
    QCOMPARE(dogs->constFirst().remoteId, 5000);
    QVERIFY2(elapsed < 500, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
}

void TestMediaLibrary::restDecodesThumbnailAndSize()
{
    const QByteArray body = R"([{"id": 12, "source_url": "https://films.example.org/wp-content/uploads/poster.jpg",
        "mime_type": "image/jpeg", "alt_text": "A poster", "title": {"raw": "Poster"}, "post": 0,
        "modified_gmt": "2026-12-02T10:00:00", "date_gmt": "2026-12-01T09:30:00",
        "media_details": {"width": 1200, "height": 800, "sizes": {"thumbnail": {"source_url": "https://films.example.org/wp-content/uploads/poster-150x150.jpg"}}}},
        {"id": 13, "source_url": "https://films.example.org/wp-content/uploads/talk.mp3", "mime_type": "audio/mpeg",
        "alt_text": "", "title": {"raw": "Talk"}, "post": 0, "modified_gmt": "2026-12-02T10:00:00", "date_gmt": "2026-12-01T09:30:00",
        "media_details": {"length": 30, "sizes": []}}])";
    auto media = wpjson::parseMediaList(body);
    QVERIFY2(media, qPrintable(test::errorOf(media)));
    QCOMPARE(media->size(), 2);
    QCOMPARE(media->at(0).width, 1200);
    QCOMPARE(media->at(0).height, 800);
    QCOMPARE(media->at(0).thumbnailUrl, QStringLiteral("https://films.example.org/wp-content/uploads/poster-150x150.jpg"));
    QCOMPARE(media->at(0).uploadedGmt, QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC));
    QCOMPARE(media->at(1).width, 0);
    QVERIFY(media->at(1).thumbnailUrl.isEmpty());
}

void TestMediaLibrary::xmlRpcDecodesThumbnailAndSize()
{
    XmlRpcValue::Struct metadata {{QStringLiteral("width"), XmlRpcValue(1200)}, {QStringLiteral("height"), XmlRpcValue(800)}};
    XmlRpcValue::Struct item {
        {QStringLiteral("attachment_id"), XmlRpcValue(QStringLiteral("12"))},
        {QStringLiteral("date_created_gmt"), XmlRpcValue(QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC))},
        {QStringLiteral("parent"), XmlRpcValue(0)},
        {QStringLiteral("link"), XmlRpcValue(QStringLiteral("https://films.example.org/wp-content/uploads/poster.jpg"))},
        {QStringLiteral("title"), XmlRpcValue(QStringLiteral("Poster"))},
        {QStringLiteral("metadata"), XmlRpcValue(metadata)},
        {QStringLiteral("type"), XmlRpcValue(QStringLiteral("image/jpeg"))},
        {QStringLiteral("thumbnail"), XmlRpcValue(QStringLiteral("https://films.example.org/wp-content/uploads/poster-150x150.jpg"))},
    };
    XmlRpcValue::Struct pdf = item;
    pdf[0].second = XmlRpcValue(QStringLiteral("13"));
    pdf[5].second = XmlRpcValue(false); // wp_get_attachment_metadata() of a file without any
    pdf[7].second = pdf[3].second;     // no small copy: WordPress names the file
    auto media = xmlrpc::parseMediaLibrary(XmlRpcValue(XmlRpcValue::Array {XmlRpcValue(item), XmlRpcValue(pdf)}));
    QVERIFY2(media, qPrintable(test::errorOf(media)));
    QCOMPARE(media->size(), 2);
    QCOMPARE(media->at(0).width, 1200);
    QCOMPARE(media->at(0).height, 800);
    QCOMPARE(media->at(0).thumbnailUrl, QStringLiteral("https://films.example.org/wp-content/uploads/poster-150x150.jpg"));
    QCOMPARE(media->at(0).uploadedGmt, QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC));
    QCOMPARE(media->at(1).width, 0);
    QVERIFY(media->at(1).thumbnailUrl.isEmpty());
}

void TestMediaLibrary::trimDropsLeastRecentlyUsedFirst()
{
    QTemporaryDir dir;
    const QString folder = ThumbnailCache::folder(dir.path());
    QVERIFY(QDir().mkpath(folder));
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-10);
    for (int i = 1; i <= 5; ++i) {
        QFile file(QDir(folder).filePath(QStringLiteral("1-%1.png").arg(i)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(1000, 'x'));
        QVERIFY(file.setFileTime(base.addSecs(i * 60), QFileDevice::FileModificationTime)); // 1 oldest, 5 newest
    }
    ThumbnailCache::trim(folder, 5000);
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 5); // at the cap: nothing goes
    ThumbnailCache::trim(folder, 2500);
    QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name), (QStringList {QStringLiteral("1-4.png"), QStringLiteral("1-5.png")}));
}

void TestMediaLibrary::thumbnailOfUntrustedBytes()
{
    const QByteArray png = ThumbnailCache::makeThumbnail(pngBytes(1200, 600));
    const QImage thumbnail = QImage::fromData(png, "PNG");
    QCOMPARE(thumbnail.size(), QSize(ThumbnailCache::kEdge, ThumbnailCache::kEdge / 2));
    QVERIFY(ThumbnailCache::makeThumbnail(pngBytes(40, 30)).size() > 0); // small ones stay small, never scaled up
    QCOMPARE(QImage::fromData(ThumbnailCache::makeThumbnail(pngBytes(40, 30)), "PNG").size(), QSize(40, 30));
    QVERIFY(ThumbnailCache::makeThumbnail(QByteArray("<html>not an image</html>")).isEmpty());
    QVERIFY(ThumbnailCache::makeThumbnail(pngBytes(100, 100).left(60)).isEmpty()); // truncated
}

void TestMediaLibrary::fetchesOnlyFromTheBlogsOrigin()
{
    QTemporaryDir dir;
    auto* network = new test::FakeNetworkAccessManager([](const test::FakeRequest& request) {
        if (request.url.path().endsWith(QLatin1String("thumb-poster.jpg"))) {
            return test::FakeResponse {200, pngBytes(300, 300), {{"Content-Type", "image/png"}}};
        }
        return test::FakeResponse {404, {}, {}};
    });
    HttpClient http(network);
    ThumbnailCache cache(dir.path(), &http);
    cache.setBlogUrls({QUrl(QStringLiteral("https://films.example.org/"))});
    QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
    QSignalSpy missing(&cache, &ThumbnailCache::thumbnailMissing);

    MediaItem item;
    item.siteId = 1;
    item.remoteId = 12;
    item.mimeType = QStringLiteral("image/jpeg");
    item.sourceUrl = QStringLiteral("https://films.example.org/wp-content/uploads/poster.jpg");
    item.thumbnailUrl = QStringLiteral("https://films.example.org/wp-content/uploads/thumb-poster.jpg");
    cache.request(item);
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(ready.at(0).at(2).value<QImage>().size(), QSize(ThumbnailCache::kEdge, ThumbnailCache::kEdge));
    QVERIFY(QFile::exists(cache.pathFor(1, 12)));

    MediaItem foreign = item;
    foreign.remoteId = 13;
    foreign.thumbnailUrl = QStringLiteral("https://cdn.elsewhere.example/thumb-poster.jpg");
    cache.request(foreign);
    QTRY_COMPARE(missing.size(), 1);
    QCOMPARE(network->requests().size(), 1); // nothing asked of the other host
    QVERIFY(!QFile::exists(cache.pathFor(1, 13)));
}

void TestMediaLibrary::offlineShowsCachedThumbnails()
{
    QTemporaryDir dir;
    ThumbnailCache cache(dir.path(), nullptr);
    QVERIFY(QDir().mkpath(ThumbnailCache::folder(dir.path())));
    QFile file(cache.pathFor(1, 12));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pngBytes(100, 80));
    file.close();
    QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
    QSignalSpy missing(&cache, &ThumbnailCache::thumbnailMissing);
    MediaItem cached;
    cached.siteId = 1;
    cached.remoteId = 12;
    MediaItem notCached = cached;
    notCached.remoteId = 13;
    cache.request(cached);
    cache.request(notCached);
    QTRY_COMPARE(ready.size(), 1);
    QTRY_COMPARE(missing.size(), 1);
    QCOMPARE(ready.at(0).at(1).toLongLong(), 12);
    QCOMPARE(missing.at(0).at(1).toLongLong(), 13);
}

QTEST_GUILESS_MAIN(TestMediaLibrary)
#include "tst_medialibrary.moc"
