#pragma once

#include <QHash>
#include <QByteArray>
#include <QObject>
#include <QSet>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace longhand {

// Fetches remote image bytes for the preview, only when the user has allowed it. Bounded: a transfer
// timeout, a size cap, http(s) only; results are kept in memory for the session.
class RemoteImageFetcher final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxBytes = 10 * 1024 * 1024;
    static constexpr int kTimeoutMs = 15000;  // longest silence
    static constexpr int kDeadlineMs = 60000; // longest download, however steadily it drips

    explicit RemoteImageFetcher(QObject* parent = nullptr);

    // The image's bytes if they have arrived; otherwise starts fetching (once) and returns empty.
    // Decoding is the caller's business (core has no QtGui).
    QByteArray bytesFor(const QUrl& url);
    // The caller could not decode the bytes: remember that as the error.
    void markUndecodable(const QUrl& url);
    QString errorFor(const QUrl& url) const { return m_errors.value(url); }

Q_SIGNALS:
    void imageArrived(const QUrl& url);
    void imageFailed(const QUrl& url, const QString& message);

private:
    void finished(QNetworkReply* reply);

    QNetworkAccessManager* m_network;
    QHash<QUrl, QByteArray> m_images;
    QHash<QUrl, QString> m_errors;
    QSet<QUrl> m_inFlight;
};

} // namespace longhand
