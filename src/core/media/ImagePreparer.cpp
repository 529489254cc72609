#include "core/media/ImagePreparer.h"

#include "core/media/ImageMetadata.h"
#include "core/settings/AppSettings.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QSettings>

namespace longhand {

namespace {

std::optional<QByteArray> strip(const QByteArray& bytes, const QByteArray& format)
{
    return format == "jpeg" ? imagemetadata::stripJpeg(bytes) : imagemetadata::stripPng(bytes);
}

} // namespace

Result<PreparedImage> ImagePreparer::prepare(const QByteArray& original, const ImageOptions& options)
{
    QByteArray data = original; // QBuffer wants a non-const array; this is a shallow copy
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format();
    const QSize stored = reader.size();
    if (format != "jpeg" && format != "png") {
        return PreparedImage {original, stored}; // GIF, WebP, …: sent as they are
    }
    if (!stored.isValid()) {
        return Error::make(Error::Code::InvalidInput, tr("The image cannot be read; insert it again."));
    }
    const QImageIOHandler::Transformations transformation = reader.transformation();
    const bool turned = transformation.testFlag(QImageIOHandler::TransformationRotate90);
    const QSize shown = turned ? stored.transposed() : stored;
    QSize target = shown;
    if (options.longestEdge > 0 && std::max(shown.width(), shown.height()) > options.longestEdge) {
        target = shown.scaled(options.longestEdge, options.longestEdge, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
    }
    if (target == shown && transformation == QImageIOHandler::TransformationNone) {
        if (options.keepMetadata) {
            return PreparedImage {original, shown};
        }
        if (std::optional<QByteArray> stripped = strip(original, format)) {
            return PreparedImage {*stripped, shown};
        }
        // Not well formed: decoding it (decoders forgive) and encoding it anew leaves no metadata behind.
    }
    // The decoder scales while decoding (a JPEG's DCT scaling) to its stored orientation, then turns it upright.
    if (target != shown) {
        reader.setScaledSize(turned ? target.transposed() : target);
    }
    reader.setQuality(100);
    QImage image = reader.read();
    if (image.isNull()) {
        return Error::make(Error::Code::InvalidInput,
                           tr("The image cannot be read (%1); insert it again.").arg(reader.errorString()));
    }
    if (image.size() != target) {
        image = image.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    QByteArray encoded;
    QBuffer out(&encoded);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, format);
    if (format == "jpeg") {
        writer.setQuality(options.jpegQuality);
        writer.setOptimizedWrite(true);
    }
    if (!writer.write(image)) {
        return Error::make(Error::Code::Io, tr("The image could not be prepared for upload (%1).").arg(writer.errorString()));
    }
    out.close();
    if (!options.keepMetadata) {
        // Qt writes an image's text (a JPEG comment, PNG text chunks) back; none of it goes out.
        if (std::optional<QByteArray> stripped = strip(encoded, format)) {
            encoded = *stripped;
        } else {
            return Error::make(Error::Code::Io, tr("The image could not be prepared for upload."));
        }
    }
    return PreparedImage {encoded, image.size()};
}

ImagePreparation ImagePreparer::forBlog(const QString& settingsPath, qint64 siteId)
{
    return [settingsPath, siteId](const QByteArray& original) {
        const QSettings settings(settingsPath, QSettings::IniFormat);
        const BlogSettings blog = BlogSettings::load(settings, siteId);
        ImageOptions options;
        options.longestEdge = blog.imageLongestEdge;
        options.keepMetadata = blog.keepImageMetadata;
        return prepare(original, options);
    };
}

} // namespace longhand
