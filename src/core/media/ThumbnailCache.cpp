#include "core/media/ThumbnailCache.h"

#include "core/FutureUtils.h"
#include "core/remote/HttpClient.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QSaveFile>
#include <QtConcurrent>

#include <algorithm>

namespace longhand {

namespace {

QString keyOf(const MediaItem& item)
{
    return QStringLiteral("%1-%2").arg(item.siteId).arg(item.remoteId);
}

// A thumbnail found in the folder, marked as used now (the cap drops the least recently used).
QImage readCached(const QString& path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadWrite)) { // ReadWrite alone would create it
        return {};
    }
    const QImage image = QImage::fromData(file.read(ThumbnailCache::kMaxDownloadBytes), "PNG");
    if (!image.isNull()) {
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    }
    return image;
}

} // namespace

ThumbnailCache::ThumbnailCache(QString profileRoot, HttpClient* http, QObject* parent)
    : QObject(parent)
    , m_folder(folder(profileRoot))
    , m_http(http)
{
}

QString ThumbnailCache::folder(const QString& profileRoot)
{
    return QDir(profileRoot).filePath(QStringLiteral("thumbnails"));
}

QString ThumbnailCache::pathFor(qint64 siteId, qint64 remoteId) const
{
    return QDir(m_folder).filePath(QStringLiteral("%1-%2.png").arg(siteId).arg(remoteId));
}

void ThumbnailCache::request(const MediaItem& item)
{
    const QString key = keyOf(item);
    if (item.remoteId <= 0 || m_busy.contains(key)) {
        return;
    }
    m_busy.insert(key);
    onFinished(QtConcurrent::run(readCached, pathFor(item.siteId, item.remoteId)), this, [this, item, key](const QImage& image) {
        if (!image.isNull()) {
            m_busy.remove(key);
            Q_EMIT thumbnailReady(item.siteId, item.remoteId, image);
            return;
        }
        if (!m_http) {
            m_busy.remove(key);
            Q_EMIT thumbnailMissing(item.siteId, item.remoteId, tr("Not downloaded yet; shown when the blog can be reached."));
            return;
        }
        m_waiting.append(item);
        fetchNext();
    });
}

void ThumbnailCache::fetchNext()
{
    while (m_inFlight < kMaxInFlight && !m_waiting.isEmpty()) {
        fetch(m_waiting.takeFirst());
    }
}

void ThumbnailCache::finish(const MediaItem& item)
{
    m_busy.remove(keyOf(item));
    --m_inFlight;
    fetchNext();
}

void ThumbnailCache::fetch(const MediaItem& item)
{
    // The small copy when the blog made one; the file itself otherwise (capped: a huge original is not read).
    const QUrl url(item.thumbnailUrl.isEmpty() ? item.sourceUrl : item.thumbnailUrl);
    const bool onTheBlog = url.isValid() && std::any_of(m_blogUrls.cbegin(), m_blogUrls.cend(), [&url](const QUrl& blog) {
        return blog.isValid() && HttpClient::sameOrigin(url, blog);
    });
    if (!onTheBlog) {
        m_busy.remove(keyOf(item));
        Q_EMIT thumbnailMissing(item.siteId, item.remoteId, tr("The image is not on the blog's own address; Longhand does not fetch it."));
        return;
    }
    ++m_inFlight;
    HttpRequest request;
    request.url = url;
    request.maxResponseBytes = kMaxDownloadBytes;
    request.deadlineMs = 30000;
    request.sameOriginOnly = true;
    onFinished(m_http->send(request), this, [this, item](const Result<HttpResponse>& response) {
        if (!response) {
            finish(item);
            Q_EMIT thumbnailMissing(item.siteId, item.remoteId, response.error().message);
            return;
        }
        const QString path = pathFor(item.siteId, item.remoteId);
        onFinished(QtConcurrent::run([bytes = response->body, path, folder = m_folder, cap = m_capBytes]() -> QImage {
                       const QByteArray png = makeThumbnail(bytes);
                       if (png.isEmpty()) {
                           return {};
                       }
                       QDir().mkpath(folder);
                       QSaveFile file(path);
                       if (file.open(QIODevice::WriteOnly)) {
                           file.write(png);
                           file.commit();
                       }
                       trim(folder, cap);
                       return QImage::fromData(png, "PNG");
                   }),
                   this, [this, item](const QImage& image) {
                       finish(item);
                       if (image.isNull()) {
                           Q_EMIT thumbnailMissing(item.siteId, item.remoteId, tr("The blog's file is not an image Longhand can show."));
                       } else {
                           Q_EMIT thumbnailReady(item.siteId, item.remoteId, image);
                       }
                   });
    });
}

QByteArray ThumbnailCache::makeThumbnail(const QByteArray& bytes, int edge)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAllocationLimit(128); // MB: a small file claiming a huge canvas is refused, not allocated
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > edge || size.height() > edge)) {
        reader.setScaledSize(size.scaled(edge, edge, Qt::KeepAspectRatio)); // JPEG decodes straight to the small size
    }
    QImage image = reader.read();
    if (image.isNull()) {
        return {};
    }
    if (image.width() > edge || image.height() > edge) {
        image = image.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    QByteArray png;
    QBuffer out(&png);
    out.open(QIODevice::WriteOnly);
    image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32).save(&out, "PNG");
    return png;
}

void ThumbnailCache::trim(const QString& folder, qint64 capBytes)
{
    QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("*.png")}, QDir::Files | QDir::NoSymLinks);
    qint64 total = 0;
    for (const QFileInfo& file : std::as_const(files)) {
        total += file.size();
    }
    if (total <= capBytes) {
        return;
    }
    std::sort(files.begin(), files.end(), [](const QFileInfo& a, const QFileInfo& b) { return a.lastModified() < b.lastModified(); });
    for (const QFileInfo& file : std::as_const(files)) {
        if (total <= capBytes) {
            break;
        }
        if (QFile::remove(file.absoluteFilePath())) {
            total -= file.size();
        }
    }
}

} // namespace longhand
