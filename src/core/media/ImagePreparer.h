#pragma once

#include "core/media/ImagePreparation.h"

#include <QCoreApplication>

namespace longhand {

// How a blog wants its images (Settings ▸ Blogs; BlogSettings).
struct ImageOptions
{
    int longestEdge = 2560;     // WordPress's own big-image threshold; 0: never scaled
    bool keepMetadata = false;  // off: Exif (GPS, camera serials), XMP, IPTC and comments removed
    int jpegQuality = 90;       // only when a JPEG must be decoded (scaled or turned upright)
};

// Makes an image ready for the web: turned upright by its Exif orientation, scaled down (never up) to the longest
// edge, metadata removed. Lossless when it can be: a JPEG or PNG that needs no scaling or turning only loses its
// metadata segments (ImageMetadata), and is sent byte for byte when the blog keeps metadata. Formats other than
// JPEG and PNG (GIF, WebP: possibly animated) are sent as they are. Needs QtGui; thread-safe.
class ImagePreparer final
{
    Q_DECLARE_TR_FUNCTIONS(longhand::ImagePreparer)

public:
    static Result<PreparedImage> prepare(const QByteArray& original, const ImageOptions& options);
    // The preparation a blog's settings ask for, read from settings.ini each time it runs.
    static ImagePreparation forBlog(const QString& settingsPath, qint64 siteId);
};

} // namespace longhand
