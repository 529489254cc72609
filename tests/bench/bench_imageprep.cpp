// Preparing a 24-megapixel JPEG for upload (ImagePreparer: turned upright, scaled to 2560 px, metadata removed) against
// QImage load + save of the same file at the same quality, the naive way to re-encode it. Also the lossless path: the
// same photo within the longest edge, only its metadata segments removed. Prints medians in ms.
#include "core/media/ImagePreparer.h"
#include "support/ExifFixture.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QImageWriter>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace longhand;

namespace {

template <typename Fn>
double medianMs(int runs, Fn&& fn)
{
    std::vector<qint64> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        fn();
        samples.push_back(timer.nsecsElapsed());
    }
    std::sort(samples.begin(), samples.end());
    return double(samples[samples.size() / 2]) / 1e6;
}

// A photo-like picture (gradients and noise, so the encoder has real work) with a phone's metadata.
QByteArray photo(int width, int height, int orientation)
{
    QImage image(width, height, QImage::Format_RGB32);
    quint32 seed = 15;
    for (int y = 0; y < height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            seed = seed * 1664525u + 1013904223u;
            const int noise = int(seed >> 28);
            line[x] = qRgb((x * 255 / width + noise) & 0xFF, (y * 255 / height + noise) & 0xFF, ((x + y) / 16 + noise) & 0xFF);
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(90);
    writer.write(image);
    return test::withCameraMetadata(bytes, orientation);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5;
    QTextStream out(stdout);

    const QByteArray big = photo(6000, 4000, 6); // 24 MP, stored sideways
    out << "24 MP JPEG: " << big.size() / 1024 << " KiB\n";
    QSize preparedSize;
    const double prepare = medianMs(runs, [&] {
        const auto prepared = ImagePreparer::prepare(big, ImageOptions {});
        preparedSize = prepared ? prepared->size : QSize();
    });
    const double naive = medianMs(runs, [&] {
        QImage image;
        image.loadFromData(big);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "jpeg");
        writer.setQuality(90);
        writer.write(image);
    });
    out << "prepare (upright, 2560 px, stripped): " << prepare << " ms -> " << preparedSize.width() << "x"
        << preparedSize.height() << "\n";
    out << "QImage load + save (quality 90):      " << naive << " ms\n";
    out << "ratio prepare / load+save:            " << prepare / naive << "\n";

    const QByteArray small = photo(2400, 1600, 1);
    const double lossless = medianMs(runs * 4, [&] { preparedSize = ImagePreparer::prepare(small, ImageOptions {})->size; });
    out << "3.8 MP within the edge, metadata only (lossless): " << lossless << " ms\n";
    return 0;
}
