#include "core/media/ImageMetadata.h"
#include "core/media/ImagePreparer.h"
#include "support/ExifFixture.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "core/settings/AppSettings.h"

using namespace longhand;

namespace {

// Left half red, right half blue: where red ends up tells which way the picture was turned.
QImage twoColours(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            image.setPixel(x, y, x < width / 2 ? qRgb(220, 20, 20) : qRgb(20, 20, 220));
        }
    }
    return image;
}

QByteArray encode(const QImage& image, const char* format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(95);
    if (!writer.write(image)) {
        qFatal("could not encode a test image");
    }
    return bytes;
}

QImage decode(const QByteArray& bytes)
{
    QImage image;
    image.loadFromData(bytes);
    return image;
}

bool isRed(QRgb pixel)
{
    return qRed(pixel) > 150 && qBlue(pixel) < 100;
}

void verifyNoMetadata(const QByteArray& bytes)
{
    QVERIFY(!bytes.contains(QByteArrayLiteral("Exif")));
    QVERIFY(!bytes.contains(test::kGpsMarker));
    QVERIFY(!bytes.contains(test::kSerialMarker));
    QVERIFY(!bytes.contains(test::kXmpMarker));
    QVERIFY(!bytes.contains(test::kCommentMarker));
}

} // namespace

class TestImagePreparer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtureIsReadAsAPhoneWritesIt()
    {
        const QByteArray photo = test::withCameraMetadata(encode(twoColours(400, 200), "jpeg"), 6);
        QBuffer buffer;
        buffer.setData(photo);
        QImageReader reader(&buffer);
        QCOMPARE(reader.transformation(), QImageIOHandler::TransformationRotate90);
        QVERIFY(photo.contains(test::kGpsMarker));
    }

    void turnsUprightAndStrips()
    {
        const QByteArray photo = test::withCameraMetadata(encode(twoColours(400, 200), "jpeg"), 6);
        const auto prepared = ImagePreparer::prepare(photo, ImageOptions {});
        QVERIFY(prepared);
        verifyNoMetadata(prepared->bytes);
        QCOMPARE(prepared->size, QSize(200, 400));
        const QImage image = decode(prepared->bytes);
        QCOMPARE(image.size(), QSize(200, 400));
        // Orientation 6: turned 90° clockwise to be upright, so the left (red) half is now on top.
        QVERIFY(isRed(image.pixel(100, 20)));
        QVERIFY(!isRed(image.pixel(100, 380)));
    }

    void scalesDownToTheLongestEdge()
    {
        const QByteArray photo = test::withCameraMetadata(encode(twoColours(400, 200), "jpeg"), 1);
        ImageOptions options;
        options.longestEdge = 100;
        const auto prepared = ImagePreparer::prepare(photo, options);
        QVERIFY(prepared);
        verifyNoMetadata(prepared->bytes);
        QCOMPARE(prepared->size, QSize(100, 50));
        QCOMPARE(decode(prepared->bytes).size(), QSize(100, 50));

        // Turned and scaled: the longest edge is the upright picture's.
        const auto turned = ImagePreparer::prepare(test::withCameraMetadata(encode(twoColours(400, 200), "jpeg"), 8), options);
        QVERIFY(turned);
        QCOMPARE(decode(turned->bytes).size(), QSize(50, 100));
        QVERIFY(!isRed(decode(turned->bytes).pixel(25, 5))); // 8: counter-clockwise, the left half goes down
    }

    void neverScalesUp()
    {
        const QByteArray photo = encode(twoColours(300, 200), "jpeg");
        const auto prepared = ImagePreparer::prepare(photo, ImageOptions {});
        QVERIFY(prepared);
        QCOMPARE(prepared->bytes, photo); // nothing to scale, turn or strip: the very same bytes
        QCOMPARE(prepared->size, QSize(300, 200));
    }

    void stripsLosslesslyWhenNothingElseChanges()
    {
        const QByteArray plain = encode(twoColours(300, 200), "jpeg");
        const QByteArray photo = test::withCameraMetadata(plain, 1);
        const auto prepared = ImagePreparer::prepare(photo, ImageOptions {});
        QVERIFY(prepared);
        // Exactly the camera's segments are gone; every pixel byte is the original's.
        QCOMPARE(prepared->bytes, plain);
    }

    void keepsMetadataWhenTheBlogSaysSo()
    {
        const QByteArray photo = test::withCameraMetadata(encode(twoColours(300, 200), "jpeg"), 1);
        ImageOptions options;
        options.keepMetadata = true;
        const auto prepared = ImagePreparer::prepare(photo, options);
        QVERIFY(prepared);
        QCOMPARE(prepared->bytes, photo);
    }

    void stripsPngText()
    {
        QImage image = twoColours(64, 32);
        image.setText(QStringLiteral("Comment"), QString::fromLatin1(test::kCommentMarker));
        const QByteArray png = encode(image, "png");
        QVERIFY(png.contains(test::kCommentMarker));
        const auto prepared = ImagePreparer::prepare(png, ImageOptions {});
        QVERIFY(prepared);
        QVERIFY(!prepared->bytes.contains(test::kCommentMarker));
        QCOMPARE(decode(prepared->bytes), decode(png).convertToFormat(decode(prepared->bytes).format()));
    }

    void readsSettingsPerBlog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            BlogSettings blog;
            blog.imageLongestEdge = 80;
            blog.save(settings, 7);
            QCOMPARE(BlogSettings::load(settings, 7).imageLongestEdge, 80);
            QCOMPARE(BlogSettings::load(settings, 8).imageLongestEdge, BlogSettings::kDefaultImageLongestEdge);
            QCOMPARE(BlogSettings::load(settings, 8).keepImageMetadata, false);
        }
        const QByteArray photo = test::withCameraMetadata(encode(twoColours(400, 200), "jpeg"), 1);
        const auto prepared = ImagePreparer::forBlog(path, 7)(photo);
        QVERIFY(prepared);
        QCOMPARE(prepared->size, QSize(80, 40));
        verifyNoMetadata(prepared->bytes);
    }

    void hostileJpegSegments()
    {
        const QByteArray plain = encode(twoColours(64, 32), "jpeg");
        const QByteArray photo = test::withCameraMetadata(plain, 1);
        const int metadataEnd = int(2 + photo.size() - plain.size());
        // Every truncation: never read past the end; a cut file is refused, never half stripped.
        for (qsizetype cut = 0; cut < photo.size() - 1; ++cut) {
            QVERIFY(!imagemetadata::stripJpeg(photo.left(cut)).has_value());
        }
        QVERIFY(imagemetadata::stripJpeg(photo).has_value());
        // A length running past the end, a length below 2, garbage between segments, no segments at all.
        QVERIFY(!imagemetadata::stripJpeg(QByteArray("\xFF\xD8\xFF\xE1\xFF\xFF" "Exif", 10)).has_value());
        QVERIFY(!imagemetadata::stripJpeg(QByteArray("\xFF\xD8\xFF\xE1\x00\x01\xFF\xD9", 8)).has_value());
        QVERIFY(!imagemetadata::stripJpeg(QByteArray("\xFF\xD8\xFF\xE1\x00\x02XX\xFF\xD9", 10)).has_value());
        QVERIFY(!imagemetadata::stripJpeg(QByteArray("\xFF\xD8\xFF\xFF\xFF", 5)).has_value());
        QVERIFY(!imagemetadata::stripJpeg(QByteArray("\xFF\xD8\xFF", 3)).has_value());
        QCOMPARE(*imagemetadata::stripJpeg(QByteArray("\xFF\xD8\xFF\xD9trailing", 12)), QByteArray("\xFF\xD8\xFF\xD9", 4));

        // Random damage to the picture after the camera's segments (a cut segment, a length past the end, garbage):
        // never a crash, and whatever prepare() sends carries no camera metadata.
        QRandomGenerator random(15);
        for (int round = 0; round < 300; ++round) {
            QByteArray damaged = photo;
            for (int i = 0; i < 4; ++i) {
                damaged[random.bounded(metadataEnd, int(damaged.size()))] = char(random.bounded(256));
            }
            if (round % 3 == 0) {
                damaged.truncate(random.bounded(metadataEnd, int(damaged.size())));
            }
            if (const auto stripped = imagemetadata::stripJpeg(damaged)) {
                QVERIFY(stripped->size() <= damaged.size());
            }
            if (const auto prepared = ImagePreparer::prepare(damaged, ImageOptions {})) {
                QVERIFY(!prepared->bytes.contains(test::kGpsMarker));
                QVERIFY(!prepared->bytes.contains(test::kSerialMarker));
            }
        }
    }

    void hostilePngChunks()
    {
        const QByteArray png = encode(twoColours(16, 16), "png");
        for (qsizetype cut = 0; cut < png.size(); ++cut) {
            QVERIFY(!imagemetadata::stripPng(png.left(cut)).has_value());
        }
        QByteArray huge = png.left(8) + QByteArray("\x7F\xFF\xFF\xFFtEXt", 8);
        QVERIFY(!imagemetadata::stripPng(huge).has_value());
        QByteArray wrapped = png.left(8) + QByteArray("\xFF\xFF\xFF\xF0tEXt", 8);
        QVERIFY(!imagemetadata::stripPng(wrapped).has_value());
    }

    void otherFormatsAsTheyAre()
    {
        const QByteArray gif = QByteArrayLiteral("GIF89a\x01\x00\x01\x00\x00\x00\x00;");
        const auto prepared = ImagePreparer::prepare(gif, ImageOptions {});
        QVERIFY(prepared);
        QCOMPARE(prepared->bytes, gif);
    }
};

QTEST_GUILESS_MAIN(TestImagePreparer)
#include "tst_imagepreparer.moc"
