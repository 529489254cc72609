#include "core/remote/AvatarFetcher.h"

#include "core/Logging.h"
#include "core/remote/HttpClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QUrlQuery>

namespace longhand {

namespace {

constexpr qint64 kMaxBytes = 512 * 1024;

} // namespace

AvatarFetcher::AvatarFetcher(QString cacheDir, QObject* parent)
    : QObject(parent)
    , m_cacheDir(std::move(cacheDir))
    , m_base(QStringLiteral("https://secure.gravatar.com/avatar/"))
{
}

AvatarFetcher::~AvatarFetcher() = default;

void AvatarFetcher::setNetworkAccessManager(QNetworkAccessManager* network)
{
    delete m_network;
    m_network = network;
    m_network->setParent(this);
}

QString AvatarFetcher::hashFor(const QString& email)
{
    const QByteArray normalised = email.trimmed().toLower().toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(normalised, QCryptographicHash::Md5).toHex());
}

QUrl AvatarFetcher::urlFor(const QString& email) const
{
    QUrl url = m_base.resolved(QUrl(hashFor(email)));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("s"), QStringLiteral("80"));
    query.addQueryItem(QStringLiteral("d"), QStringLiteral("identicon"));
    url.setQuery(query);
    return url;
}

QString AvatarFetcher::pathFor(const QString& hash) const
{
    return QDir(m_cacheDir).filePath(hash + QStringLiteral(".png"));
}

QByteArray AvatarFetcher::avatarFor(const QString& email)
{
    if (!m_enabled || email.trimmed().isEmpty()) {
        return {};
    }
    const QString hash = hashFor(email);
    if (const auto found = m_images.constFind(hash); found != m_images.constEnd()) {
        return *found;
    }
    if (QFile file(pathFor(hash)); file.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = file.read(kMaxBytes);
        if (!bytes.isEmpty()) {
            m_images.insert(hash, bytes);
            return bytes;
        }
    }
    if (m_inFlight.contains(hash) || m_failed.contains(hash)) {
        return {};
    }
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
    }
    QNetworkRequest request(urlFor(email));
    request.setTransferTimeout(m_timeoutMs);
    request.setMaximumRedirectsAllowed(3);
    QNetworkReply* reply = m_network->get(request);
    abortAfter(reply, m_deadlineMs);
    m_inFlight.insert(hash);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > kMaxBytes || total > kMaxBytes) {
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, hash] { finished(reply, hash); });
    return {};
}

void AvatarFetcher::finished(QNetworkReply* reply, const QString& hash)
{
    reply->deleteLater();
    m_inFlight.remove(hash);
    const QByteArray bytes = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    if (bytes.isEmpty()) {
        const QString error = reply->error() == QNetworkReply::NoError ? tr("Gravatar sent an empty image.")
                                                                      : reply->errorString();
        qCInfo(lcNet) << "Avatar not fetched:" << error;
        m_failed.insert(hash);
        Q_EMIT avatarFailed(hash, error);
        return;
    }
    m_images.insert(hash, bytes);
    if (QDir().mkpath(m_cacheDir)) {
        QSaveFile file(pathFor(hash));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
            qCWarning(lcNet) << "Avatar cache not written:" << file.errorString();
        }
    }
    Q_EMIT avatarArrived(hash, bytes);
}

} // namespace longhand
