#pragma once

#include "core/domain/MediaItem.h"

#include <QHash>
#include <QList>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QUrl>

namespace longhand {

class HttpClient;

// Small copies of a blog's media library in the profile's thumbnails/ folder (<site>-<id>.png), for browsing
// offline. A thumbnail is asked for only from the blog's own origin (the address of the small copy, else of the
// file, must be there, and a redirect elsewhere is refused), with a size cap and a deadline; the bytes are
// untrusted: decoded by QImageReader (with an allocation limit) on a pool thread and re-encoded as a PNG of at
// most kEdge px. The folder is kept under a cap (64 MB by default): the least recently used files go first.
// Nothing here waits on the calling thread.
class ThumbnailCache final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kEdge = 160;
    static constexpr qint64 kDefaultCapBytes = 64LL * 1024 * 1024;
    static constexpr qint64 kMaxDownloadBytes = 8LL * 1024 * 1024;
    static constexpr int kMaxInFlight = 4;

    // http may be null: offline, only what the folder holds is shown.
    ThumbnailCache(QString profileRoot, HttpClient* http, QObject* parent = nullptr);

    static QString folder(const QString& profileRoot);
    QString pathFor(qint64 siteId, qint64 remoteId) const;
    void setCapBytes(qint64 bytes) { m_capBytes = bytes; }
    qint64 capBytes() const { return m_capBytes; }
    // The blog's addresses (its site, its API): only their origins are asked. None: nothing is fetched.
    void setBlogUrls(const QList<QUrl>& urls) { m_blogUrls = urls; }

    // Answers with thumbnailReady (from the folder, else from the blog) or thumbnailMissing.
    void request(const MediaItem& item);
    // Drops files until the folder is under the cap, least recently used first. Blocking: for pool threads and tests.
    static void trim(const QString& folder, qint64 capBytes);
    // Bytes of an untrusted image made a small PNG; empty when they are not an image Qt can decode.
    static QByteArray makeThumbnail(const QByteArray& bytes, int edge = kEdge);

Q_SIGNALS:
    void thumbnailReady(qint64 siteId, qint64 remoteId, const QImage& image);
    void thumbnailMissing(qint64 siteId, qint64 remoteId, const QString& why);

private:
    void fetch(const MediaItem& item);
    void fetchNext();
    void finish(const MediaItem& item);

    QString m_folder;
    HttpClient* m_http;
    QList<QUrl> m_blogUrls;
    qint64 m_capBytes = kDefaultCapBytes;
    QSet<QString> m_busy;   // "<site>-<id>" asked and not yet answered
    QList<MediaItem> m_waiting;
    int m_inFlight = 0;
};

} // namespace longhand
