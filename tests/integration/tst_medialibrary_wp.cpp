// The media library against the real WordPress (issue 15, item 3): an image uploaded on the blog (with alt text)
// is pulled by a sync over REST and over XML-RPC, `media list --json` shows it (and --search finds it by its alt
// text), and a review that inserts it and sets it as its featured image is published without a second upload: the
// post names the existing attachment (wp-image-ID, featured_media) and the blog's media count did not grow. The
// thumbnail cache fetches the image's small copy from the blog into the profile.
#include "core/media/ThumbnailCache.h"
#include "core/remote/HttpClient.h"

#include <QBuffer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

class TestMediaLibraryWp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void restSyncListsTheImage();
    void insertedImageIsNotUploadedAgain();
    void thumbnailComesFromTheBlog();
    void xmlRpcSyncListsTheImage();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QString& profile, const QStringList& args, const QByteArray& password = {});
    QByteArray send(const QByteArray& method, const QUrl& url, const QByteArray& body = {}, const QList<std::pair<QByteArray, QByteArray>>& headers = {},
                    QByteArray* total = nullptr);
    QUrl restUrl(const QString& route, const QUrlQuery& query = {}) const;
    QString env(const char* name) const { return m_env.value(QLatin1String(name)).toString(); }
    int mediaCount();
    QJsonObject listed(const QString& profile, const QStringList& extra = {});

    QJsonObject m_env;
    QTemporaryDir m_dir;
    QString m_rest;
    QNetworkAccessManager m_network;
    qint64 m_mediaId = 0;
    QString m_sourceUrl;
};

void TestMediaLibraryWp::initTestCase()
{
    const QString state = qEnvironmentVariable("LONGHAND_WP_STATE");
    QVERIFY2(!state.isEmpty(), "run through ctest: it starts the WordPress fixture");
    QFile file(QDir(state).filePath(QStringLiteral("env.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_env = QJsonDocument::fromJson(file.readAll()).object();
    QProcess reset;
    reset.start(qEnvironmentVariable("LONGHAND_WP_FIXTURE"), {QStringLiteral("reset"), state});
    QVERIFY(reset.waitForFinished(60000) && reset.exitCode() == 0);

    // The blog holds an image uploaded on the web, with alt text.
    QImage picture(400, 300, QImage::Format_RGB32);
    picture.fill(QColor(30, 120, 200));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "PNG");
    const QJsonObject uploaded = QJsonDocument::fromJson(send("POST", restUrl(QStringLiteral("/wp/v2/media")), png,
                                                              {{"Content-Type", "image/png"},
                                                               {"Content-Disposition", "attachment; filename=harbour-at-dusk.png"}}))
                                     .object();
    m_mediaId = uploaded.value(QStringLiteral("id")).toInteger();
    m_sourceUrl = uploaded.value(QStringLiteral("source_url")).toString();
    QVERIFY2(m_mediaId > 0, QJsonDocument(uploaded).toJson().constData());
    send("POST", restUrl(QStringLiteral("/wp/v2/media/%1").arg(m_mediaId)), R"({"alt_text": "Boats in the harbour at dusk"})",
         {{"Content-Type", "application/json"}});

    m_rest = m_dir.filePath(QStringLiteral("rest"));
    const Run add = cli(m_rest, {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--url"), env("WP_URL"), QStringLiteral("--user"),
                                 QStringLiteral("admin"), QStringLiteral("--secret-store"), QStringLiteral("file")},
                        env("WP_ADMIN_APP_PASSWORD").toUtf8());
    QVERIFY2(add.code == 0, add.err.constData());
}

TestMediaLibraryWp::Run TestMediaLibraryWp::cli(const QString& profile, const QStringList& args, const QByteArray& password)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LONGHAND_PASSWORD"));
    if (!password.isEmpty()) {
        environment.insert(QStringLiteral("LONGHAND_PASSWORD"), QString::fromUtf8(password));
    }
    process.setProcessEnvironment(environment);
    process.start(QDir(qEnvironmentVariable("LONGHAND_BINARY_DIR")).filePath(QStringLiteral("src/cli/longhand-cli")),
                  QStringList {QStringLiteral("--profile"), profile} + args);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
    }
    return Run {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QUrl TestMediaLibraryWp::restUrl(const QString& route, const QUrlQuery& query) const
{
    QUrl url(env("WP_URL") + QStringLiteral("/"));
    QUrlQuery full = query;
    full.addQueryItem(QStringLiteral("rest_route"), route);
    url.setQuery(full);
    return url;
}

QByteArray TestMediaLibraryWp::send(const QByteArray& method, const QUrl& url, const QByteArray& body,
                                    const QList<std::pair<QByteArray, QByteArray>>& headers, QByteArray* total)
{
    QNetworkRequest request(url);
    const QByteArray credentials = "admin:" + env("WP_ADMIN_APP_PASSWORD").remove(QLatin1Char(' ')).toUtf8();
    request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    for (const auto& [name, value] : headers) {
        request.setRawHeader(name, value);
    }
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    if (total) {
        *total = reply->rawHeader("X-WP-Total");
    }
    return reply->readAll();
}

int TestMediaLibraryWp::mediaCount()
{
    QByteArray total;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
    send("GET", restUrl(QStringLiteral("/wp/v2/media"), query), {}, {}, &total);
    return total.isEmpty() ? -1 : total.toInt();
}

// The one item `media list --json` shows for the fixture's image; empty when it is not listed.
QJsonObject TestMediaLibraryWp::listed(const QString& profile, const QStringList& extra)
{
    const Run list = cli(profile, QStringList {QStringLiteral("media"), QStringLiteral("list"), QStringLiteral("--json")} + extra);
    if (list.code != 0) {
        qWarning() << list.err;
        return {};
    }
    const QJsonArray items = QJsonDocument::fromJson(list.out).array();
    for (const QJsonValue& item : items) {
        if (item.toObject().value(QStringLiteral("id")).toInteger() == m_mediaId) {
            return item.toObject();
        }
    }
    return {};
}

void TestMediaLibraryWp::restSyncListsTheImage()
{
    const Run sync = cli(m_rest, {QStringLiteral("sync")});
    QVERIFY2(sync.code == 0, sync.err.constData());
    const QJsonObject item = listed(m_rest);
    QVERIFY2(!item.isEmpty(), "the uploaded image is not listed");
    QCOMPARE(item.value(QStringLiteral("source_url")).toString(), m_sourceUrl);
    QCOMPARE(item.value(QStringLiteral("alt_text")).toString(), QStringLiteral("Boats in the harbour at dusk"));
    QCOMPARE(item.value(QStringLiteral("file")).toString(), m_sourceUrl.section(QLatin1Char('/'), -1));
    QCOMPARE(item.value(QStringLiteral("mime_type")).toString(), QStringLiteral("image/png"));
    QCOMPARE(item.value(QStringLiteral("width")).toInt(), 400);
    QCOMPARE(item.value(QStringLiteral("height")).toInt(), 300);
    QVERIFY(!item.value(QStringLiteral("uploaded")).toString().isEmpty());
    QVERIFY(!listed(m_rest, {QStringLiteral("--search"), QStringLiteral("harbour at")}).isEmpty()); // alt text
    QVERIFY(!listed(m_rest, {QStringLiteral("--search"), QStringLiteral("HARBOUR-AT-DUSK")}).isEmpty()); // file name
    QVERIFY(listed(m_rest, {QStringLiteral("--search"), QStringLiteral("lighthouse")}).isEmpty());
}

void TestMediaLibraryWp::insertedImageIsNotUploadedAgain()
{
    QVERIFY(m_mediaId > 0);
    const int before = mediaCount();
    QVERIFY(before >= 1);
    // What the Media Library dialog writes: the blog's address with the alt text; the featured image by its id.
    const QString path = m_dir.filePath(QStringLiteral("harbour.md"));
    QFile review(path);
    QVERIFY(review.open(QIODevice::WriteOnly));
    review.write(QStringLiteral("---\ntitle: \"The Harbour\"\nfeatured_media: %1\n---\n\nEvening light.\n\n![Boats in the harbour at dusk](%2)\n")
                     .arg(m_mediaId)
                     .arg(m_sourceUrl)
                     .toUtf8());
    review.close();
    const Run run = cli(m_rest, {QStringLiteral("publish"), path, QStringLiteral("--json")});
    QVERIFY2(run.code == 0, run.err.constData());
    const qint64 postId = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("remote_id")).toInteger();
    QVERIFY(postId > 0);

    QCOMPARE(mediaCount(), before); // nothing uploaded
    QUrlQuery edit;
    edit.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    const QJsonObject post = QJsonDocument::fromJson(send("GET", restUrl(QStringLiteral("/wp/v2/posts/%1").arg(postId), edit))).object();
    QCOMPARE(post.value(QStringLiteral("featured_media")).toInteger(), m_mediaId);
    const QString raw = post.value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString();
    QVERIFY2(raw.contains(QStringLiteral("class=\"wp-image-%1\"").arg(m_mediaId)), qPrintable(raw));
    QVERIFY2(raw.contains(QStringLiteral("src=\"%1\"").arg(m_sourceUrl)), qPrintable(raw));
    QVERIFY2(raw.contains(QStringLiteral("alt=\"Boats in the harbour at dusk\"")), qPrintable(raw));
}

void TestMediaLibraryWp::thumbnailComesFromTheBlog()
{
    const QJsonObject listedItem = listed(m_rest);
    QVERIFY(!listedItem.isEmpty());
    longhand::MediaItem item;
    item.siteId = listedItem.value(QStringLiteral("site")).toInteger();
    item.remoteId = m_mediaId;
    item.sourceUrl = listedItem.value(QStringLiteral("source_url")).toString();
    item.thumbnailUrl = listedItem.value(QStringLiteral("thumbnail_url")).toString();
    item.mimeType = listedItem.value(QStringLiteral("mime_type")).toString();
    longhand::HttpClient http;
    longhand::ThumbnailCache cache(m_rest, &http);
    cache.setBlogUrls({QUrl(env("WP_URL"))});
    QSignalSpy ready(&cache, &longhand::ThumbnailCache::thumbnailReady);
    QSignalSpy missing(&cache, &longhand::ThumbnailCache::thumbnailMissing);
    cache.request(item);
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !missing.isEmpty(), 30000);
    QVERIFY2(missing.isEmpty(), missing.isEmpty() ? "" : qPrintable(missing.constFirst().at(2).toString()));
    const QImage stored(cache.pathFor(item.siteId, item.remoteId));
    QVERIFY(!stored.isNull());
    QVERIFY(stored.width() <= longhand::ThumbnailCache::kEdge && stored.height() <= longhand::ThumbnailCache::kEdge);
    QCOMPARE(stored.pixelColor(stored.width() / 2, stored.height() / 2), QColor(30, 120, 200));
}

void TestMediaLibraryWp::xmlRpcSyncListsTheImage()
{
    const QString profile = m_dir.filePath(QStringLiteral("xmlrpc"));
    const Run add = cli(profile, {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--url"), env("WP_URL"), QStringLiteral("--user"),
                                  QStringLiteral("admin"), QStringLiteral("--secret-store"), QStringLiteral("file"), QStringLiteral("--protocol"),
                                  QStringLiteral("xmlrpc")},
                        env("WP_ADMIN_PASSWORD").toUtf8());
    QVERIFY2(add.code == 0, add.err.constData());
    const Run sync = cli(profile, {QStringLiteral("sync")});
    QVERIFY2(sync.code == 0, sync.err.constData());
    const QJsonObject item = listed(profile);
    QVERIFY2(!item.isEmpty(), "the uploaded image is not listed");
    QCOMPARE(item.value(QStringLiteral("source_url")).toString(), m_sourceUrl);
    QCOMPARE(item.value(QStringLiteral("width")).toInt(), 400);
    QCOMPARE(item.value(QStringLiteral("height")).toInt(), 300);
    QVERIFY(!item.value(QStringLiteral("uploaded")).toString().isEmpty());
    QCOMPARE(item.value(QStringLiteral("alt_text")).toString(), QString()); // XML-RPC does not say it
    QVERIFY(!listed(profile, {QStringLiteral("--search"), QStringLiteral("harbour-at-dusk")}).isEmpty());
}

QTEST_GUILESS_MAIN(TestMediaLibraryWp)
#include "tst_medialibrary_wp.moc"
