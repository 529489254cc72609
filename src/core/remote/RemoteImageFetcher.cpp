#include "core/remote/RemoteImageFetcher.h"

#include "core/Logging.h"
#include "core/remote/HttpClient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace longhand {

RemoteImageFetcher::RemoteImageFetcher(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    connect(m_network, &QNetworkAccessManager::finished, this, &RemoteImageFetcher::finished);
}

void RemoteImageFetcher::markUndecodable(const QUrl& url)
{
    m_images.remove(url);
    m_errors.insert(url, QCoreApplication::translate("RemoteImageFetcher", "Not an image Longhand can show."));
}

QByteArray RemoteImageFetcher::bytesFor(const QUrl& url)
{
    if (const auto found = m_images.constFind(url); found != m_images.constEnd()) {
        return *found;
    }
    const QString scheme = url.scheme().toLower();
    if (m_errors.contains(url) || m_inFlight.contains(url)) {
        return {};
    }
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        m_errors.insert(url, QCoreApplication::translate("RemoteImageFetcher", "Only http and https images are loaded."));
        return {};
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(kTimeoutMs);
    request.setMaximumRedirectsAllowed(5);
    QNetworkReply* reply = m_network->get(request);
    abortAfter(reply, kDeadlineMs);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > kMaxBytes || total > kMaxBytes) {
            reply->setProperty("tooLarge", true);
            reply->abort();
        }
    });
    m_inFlight.insert(url);
    return {};
}

void RemoteImageFetcher::finished(QNetworkReply* reply)
{
    reply->deleteLater();
    const QUrl url = reply->request().url();
    m_inFlight.remove(url);
    QString error;
    if (reply->property("tooLarge").toBool()) {
        error = QCoreApplication::translate("RemoteImageFetcher", "The image is larger than 10 MB.");
    } else if (reply->property("longhand.pastDeadline").toBool()) {
        error = QCoreApplication::translate("RemoteImageFetcher", "The image took longer than %1 s to arrive.").arg(kDeadlineMs / 1000);
    } else if (reply->error() != QNetworkReply::NoError) {
        error = reply->errorString();
    } else {
        const QByteArray bytes = reply->readAll();
        if (!bytes.isEmpty()) {
            m_images.insert(url, bytes);
            Q_EMIT imageArrived(url);
            return;
        }
        error = QCoreApplication::translate("RemoteImageFetcher", "The server sent an empty image.");
    }
    qCInfo(lcNet) << "Remote image failed:" << url.host() << error;
    m_errors.insert(url, error);
    Q_EMIT imageFailed(url, error);
}

} // namespace longhand
