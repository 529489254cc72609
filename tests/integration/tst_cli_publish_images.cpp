// Images made ready for the web (issue 15, item 4), against the real WordPress: a phone's photo with GPS, a camera
// serial, XMP and a comment, stored sideways with an Exif orientation and larger than the blog's longest edge, is
// published by longhand-cli; the bytes the blog serves are downloaded and carry none of it, upright and scaled;
// the post's <img> is written as WordPress's editor writes it, so the blog adds srcset; publishing again uploads
// nothing; a blog set to keep metadata gets the original bytes.
#include "BlogHarness.h"
#include "support/ExifFixture.h"

#include <QBuffer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace longhand;

class TestCliPublishImages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void uploadedPhotoIsStrippedUprightAndScaled();
    void publishingAgainUploadsNothing();
    void blogThatKeepsMetadataGetsTheOriginal();

private:
    using Run = longhand::test::CliRun;
    Run cli(const QStringList& args);
    QByteArray get(const QUrl& url, QByteArray* totalHeader = nullptr);
    QUrl restUrl(const QString& route, const QUrlQuery& query = {}) const;
    QString writeReview(const QString& name, const QString& title, const QString& body);
    QJsonObject postFor(const Run& run);
    QByteArray photo(int orientation, int width = 3000, int height = 1500) const;

    longhand::test::LiveBlog m_blog;
    QTemporaryDir m_dir;
    QString m_profile;
    QNetworkAccessManager m_network;
    qint64 m_remoteId = 0;
};

void TestCliPublishImages::initTestCase()
{
    const QString loaded = m_blog.load();
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    QString error;
    m_blog.fixture(QStringLiteral("reset"), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_profile = m_dir.filePath(QStringLiteral("profile"));
    const Run add = longhand::test::Cli(m_profile).addAccount(m_blog);
    QVERIFY2(add.code == 0, add.err.constData());
}

// Left half red, right half blue; 3000 x 1500 stored is shown upright (orientation 6) as 1500 x 3000, red on top.
QByteArray TestCliPublishImages::photo(int orientation, int width, int height) const
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(qRgb(20, 20, 220));
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width / 2; ++x) {
            image.setPixel(x, y, qRgb(220, 20, 20));
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(90);
    if (!writer.write(image)) {
        qFatal("cannot encode the photo");
    }
    return test::withCameraMetadata(bytes, orientation);
}

TestCliPublishImages::Run TestCliPublishImages::cli(const QStringList& args)
{
    return longhand::test::Cli(m_profile).run(args);
}

QUrl TestCliPublishImages::restUrl(const QString& route, const QUrlQuery& query) const
{
    QUrl url(m_blog.url() + QStringLiteral("/"));
    QUrlQuery full = query;
    full.addQueryItem(QStringLiteral("rest_route"), route);
    url.setQuery(full);
    return url;
}

QByteArray TestCliPublishImages::get(const QUrl& url, QByteArray* totalHeader)
{
    QNetworkRequest request(url);
    const QByteArray credentials = "admin:" + m_blog.password().remove(QLatin1Char(' ')).toUtf8();
    if (url.query().contains(QStringLiteral("rest_route"))) {
        request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    }
    QNetworkReply* reply = m_network.get(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    if (totalHeader) {
        *totalHeader = reply->rawHeader("X-WP-Total");
    }
    return reply->readAll();
}

QString TestCliPublishImages::writeReview(const QString& name, const QString& title, const QString& body)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qFatal("cannot write the review");
    }
    file.write((QStringLiteral("---\ntitle: \"") + title + QStringLiteral("\"\n---\n\n") + body).toUtf8());
    return path;
}

QJsonObject TestCliPublishImages::postFor(const Run& run)
{
    const qint64 id = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("remote_id")).toInteger();
    QUrlQuery edit;
    edit.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    return QJsonDocument::fromJson(get(restUrl(QStringLiteral("/wp/v2/posts/%1").arg(id), edit))).object();
}

void TestCliPublishImages::uploadedPhotoIsStrippedUprightAndScaled()
{
    QFile original(m_dir.filePath(QStringLiteral("beach.jpg")));
    QVERIFY(original.open(QIODevice::WriteOnly));
    original.write(photo(6));
    original.close();
    const QString file = writeReview(QStringLiteral("beach.md"), QStringLiteral("The Beach"),
                                     QStringLiteral("Sand, at last.\n\n![Two colours, red above](beach.jpg)\n"));
    const Run run = cli({QStringLiteral("publish"), file, QStringLiteral("--json")});
    QVERIFY2(run.code == 0, run.err.constData());
    const QJsonObject post = postFor(run);
    m_remoteId = post.value(QStringLiteral("id")).toInteger();
    const QString raw = post.value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString();

    // As WordPress's block editor writes it (the blog uses the block editor by default): an image block naming the
    // attachment, the attachment's class on the <img>; WordPress adds width and height when it shows the post.
    const QRegularExpressionMatch tag
        = QRegularExpression(QStringLiteral("<!-- wp:image \\{\"id\":(\\d+),\"sizeSlug\":\"full\"\\} -->\n<figure class=\"wp-block-image "
                                            "size-full\"><img src=\"([^\"]+)\" alt=\"Two colours, red above\" class=\"wp-image-(\\d+)\" />"))
              .match(raw);
    QVERIFY2(tag.hasMatch(), qPrintable(raw));
    QCOMPARE(tag.captured(1), tag.captured(3));
    const QJsonObject media = QJsonDocument::fromJson(get(restUrl(QStringLiteral("/wp/v2/media/") + tag.captured(1)))).object();
    QCOMPARE(media.value(QStringLiteral("source_url")).toString(), tag.captured(2));
    QCOMPARE(media.value(QStringLiteral("media_details")).toObject().value(QStringLiteral("width")).toInt(), 1280);
    QCOMPARE(media.value(QStringLiteral("media_details")).toObject().value(QStringLiteral("height")).toInt(), 2560);

    // The bytes the blog serves: no GPS, no serial, no XMP, no comment; upright and scaled.
    const QByteArray served = get(QUrl(tag.captured(2)));
    QVERIFY(served.startsWith("\xFF\xD8"));
    QVERIFY(!served.contains("Exif"));
    QVERIFY(!served.contains(test::kGpsMarker));
    QVERIFY(!served.contains(test::kSerialMarker));
    QVERIFY(!served.contains(test::kXmpMarker));
    QVERIFY(!served.contains(test::kCommentMarker));
    QImage image;
    QVERIFY(image.loadFromData(served));
    QCOMPARE(image.size(), QSize(1280, 2560));
    QVERIFY(qRed(image.pixel(640, 100)) > 150 && qBlue(image.pixel(640, 100)) < 100);  // red on top
    QVERIFY(qBlue(image.pixel(640, 2400)) > 150 && qRed(image.pixel(640, 2400)) < 100); // blue below

    // The blog recognises its attachment and serves responsive sizes.
    const QString rendered = QJsonDocument::fromJson(get(restUrl(QStringLiteral("/wp/v2/posts/%1").arg(m_remoteId))))
                                 .object().value(QStringLiteral("content")).toObject().value(QStringLiteral("rendered")).toString();
    QVERIFY2(rendered.contains(QStringLiteral("srcset=")), qPrintable(rendered));
}

void TestCliPublishImages::publishingAgainUploadsNothing()
{
    QVERIFY(m_remoteId > 0);
    QByteArray before;
    get(restUrl(QStringLiteral("/wp/v2/media")), &before);
    const QString file = writeReview(QStringLiteral("beach.md"), QStringLiteral("The Beach"),
                                     QStringLiteral("Sand, at last. Revised.\n\n![Two colours, red above](beach.jpg)\n"));
    const Run run = cli({QStringLiteral("publish"), file, QStringLiteral("--json")});
    QVERIFY2(run.code == 0, run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("remote_id")).toInteger(), m_remoteId);
    QByteArray after;
    get(restUrl(QStringLiteral("/wp/v2/media")), &after);
    QCOMPARE(after.toInt(), before.toInt());
    QVERIFY(postFor(run).value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString().contains(QStringLiteral("Revised.")));
}

void TestCliPublishImages::blogThatKeepsMetadataGetsTheOriginal()
{
    // Settings ▸ Blogs: this blog keeps metadata and never scales.
    {
        QSettings settings(QDir(m_profile).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("sites/1/keepImageMetadata"), true);
        settings.setValue(QStringLiteral("sites/1/imageLongestEdge"), 0);
    }
    const QByteArray kept = photo(1, 600, 300); // below WordPress's own threshold, which would scale it
    QFile original(m_dir.filePath(QStringLiteral("kept.jpg")));
    QVERIFY(original.open(QIODevice::WriteOnly));
    original.write(kept);
    original.close();
    const QString file = writeReview(QStringLiteral("kept.md"), QStringLiteral("Kept"), QStringLiteral("![Kept](kept.jpg)\n"));
    const Run run = cli({QStringLiteral("publish"), file, QStringLiteral("--json")});
    QVERIFY2(run.code == 0, run.err.constData());
    const QString raw = postFor(run).value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString();
    const QRegularExpressionMatch src = QRegularExpression(QStringLiteral("<img src=\"([^\"]+)\"")).match(raw);
    QVERIFY2(src.hasMatch(), qPrintable(raw));
    QCOMPARE(get(QUrl(src.captured(1))), kept);
}

QTEST_GUILESS_MAIN(TestCliPublishImages)
#include "tst_cli_publish_images.moc"
