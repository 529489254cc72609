#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QSize>
#include <QString>

#include <functional>

namespace longhand {

// An image as it is uploaded: possibly scaled, turned upright and stripped of its metadata.
struct PreparedImage
{
    QByteArray bytes;
    QSize size; // as shown (orientation applied); invalid when unknown
};

// Turns an image's original bytes into the bytes to upload. Runs on a pool thread: it must not touch the
// database or the network. Core has no QtGui: the implementation (ImagePreparer, longhand_media) is handed in.
using ImagePreparation = std::function<Result<PreparedImage>(const QByteArray& original)>;

// The file name an image is uploaded under: the media folder's name ("<hash prefix>-<name>") with the prefix taken
// from the uploaded bytes' own hash, so that an upload whose answer was lost is found by a search for that prefix.
inline QString preparedFileName(const QString& localName, const QString& uploadedSha256)
{
    const qsizetype dash = localName.indexOf(QLatin1Char('-'));
    if (dash <= 0 || uploadedSha256.size() < dash) {
        return localName;
    }
    return uploadedSha256.left(dash) + localName.mid(dash);
}

} // namespace longhand
