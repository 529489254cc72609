#include "core/remote/ThemeStylesheetFetcher.h"

#include "core/FutureUtils.h"
#include "core/Logging.h"
#include "core/remote/HttpClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QtConcurrent>

namespace longhand {

namespace {

constexpr qint64 kMaxBytes = 4 * 1024 * 1024;

} // namespace

ThemeStylesheetFetcher::ThemeStylesheetFetcher(QString profileRoot, QObject* parent)
    : QObject(parent)
    , m_profileRoot(std::move(profileRoot))
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

ThemeStylesheetFetcher::~ThemeStylesheetFetcher()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void ThemeStylesheetFetcher::setNetworkAccessManager(QNetworkAccessManager* network)
{
    delete m_network;
    m_network = network;
    m_network->setParent(this);
}

QString ThemeStylesheetFetcher::cachePath(const QString& profileRoot, qint64 siteId)
{
    return QDir(profileRoot).filePath(QStringLiteral("styles/site-%1.css").arg(siteId));
}

QString ThemeStylesheetFetcher::readCached(const QString& profileRoot, qint64 siteId)
{
    QFile file(cachePath(profileRoot, siteId));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.read(kMaxBytes)) : QString();
}

void ThemeStylesheetFetcher::fetch(qint64 siteId, const QUrl& blogUrl)
{
    if (isRunning()) {
        Q_EMIT finished(siteId, Status(Error::make(Error::Code::InvalidInput, tr("A theme stylesheet is already being fetched."))));
        return;
    }
    const QString scheme = blogUrl.scheme().toLower();
    if (!blogUrl.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        Q_EMIT finished(siteId, Status(Error::make(Error::Code::InvalidInput, tr("The blog has no web address to fetch its theme from."))));
        return;
    }
    m_siteId = siteId;
    m_pageUrl = blogUrl;
    m_sources = {};
    m_css.clear();
    m_next = 0;
    Q_EMIT progressChanged(0, 1, blogUrl.toDisplayString());
    get(blogUrl, [this](const QByteArray& page) {
        m_sources = ThemeStylesheet::findSources(page, m_pageUrl);
        if (m_sources.stylesheets.isEmpty() && m_sources.inlineStyles.isEmpty()) {
            fail(Error::make(Error::Code::BadResponse,
                             tr("The blog's front page names no theme stylesheet (no link under /wp-content/themes/ "
                                "and no global styles).")));
            return;
        }
        fetchNextStylesheet();
    });
}

void ThemeStylesheetFetcher::cancel()
{
    if (!isRunning()) {
        return;
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    fail(Error::make(Error::Code::Cancelled, tr("Fetching the theme stylesheet was cancelled.")));
}

void ThemeStylesheetFetcher::get(const QUrl& url, std::function<void(const QByteArray&)> then)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setMaximumRedirectsAllowed(5);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray("Longhand/" + QCoreApplication::applicationVersion().toUtf8()));
    QNetworkReply* reply = m_network->get(request);
    abortAfter(reply, m_deadlineMs);
    m_reply = reply;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > kMaxBytes || total > kMaxBytes) {
            reply->setProperty("tooLarge", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, then = std::move(then)] {
        reply->deleteLater();
        m_reply = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->property("tooLarge").toBool()) {
            fail(Error::make(Error::Code::BadResponse, tr("%1 is larger than 4 MB.").arg(url.toDisplayString())));
        } else if (reply->error() == QNetworkReply::OperationCanceledError) {
            fail(Error::make(Error::Code::Timeout, tr("%1 did not answer in time.").arg(url.toDisplayString())));
        } else if (reply->error() != QNetworkReply::NoError || status >= 400) {
            Error error = Error::make(status > 0 ? Error::Code::Http : Error::Code::Network,
                                      tr("Could not fetch %1: %2").arg(url.toDisplayString(), reply->errorString()));
            error.httpStatus = status;
            fail(error);
        } else {
            then(reply->readAll());
        }
    });
}

void ThemeStylesheetFetcher::fetchNextStylesheet()
{
    const int steps = int(m_sources.stylesheets.size()) + 1;
    if (m_next >= m_sources.stylesheets.size()) {
        Q_EMIT progressChanged(steps, steps, QString());
        m_css.append(m_sources.inlineStyles);
        store();
        return;
    }
    const QUrl url = m_sources.stylesheets.at(m_next++);
    Q_EMIT progressChanged(m_next, steps, url.fileName());
    get(url, [this](const QByteArray& css) {
        m_css.append(QString::fromUtf8(css));
        fetchNextStylesheet();
    });
}

void ThemeStylesheetFetcher::store()
{
    const qint64 siteId = m_siteId;
    const QString path = cachePath(m_profileRoot, siteId);
    const QString header = QStringLiteral("/* %1, cleaned by Longhand at %2 */\n")
                               .arg(m_pageUrl.toDisplayString(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    // Cleaning a theme's CSS is CPU work; it runs in the pool, the write too.
    auto written = QtConcurrent::run([css = m_css, path, header]() -> Status {
        QString cleaned;
        for (const QString& part : css) {
            cleaned += ThemeStylesheet::clean(part);
        }
        if (cleaned.trimmed().isEmpty()) {
            return Error::make(Error::Code::BadResponse, tr("The theme's stylesheet has nothing the preview can use."));
        }
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            return Error::make(Error::Code::Io, tr("Cannot create %1.").arg(QFileInfo(path).absolutePath()));
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write((header + cleaned).toUtf8()) < 0 || !file.commit()) {
            return Error::make(Error::Code::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
        }
        return {};
    });
    onFinished(written, this, [this, siteId](const Status& status) {
        if (m_siteId != siteId) {
            return; // cancelled meanwhile
        }
        if (!status) {
            fail(status.error());
            return;
        }
        m_siteId = 0;
        qCInfo(lcNet) << "Theme stylesheet cached for site" << siteId;
        Q_EMIT finished(siteId, Status());
    });
}

void ThemeStylesheetFetcher::fail(const Error& error)
{
    const qint64 siteId = std::exchange(m_siteId, 0);
    qCInfo(lcNet) << "Theme stylesheet not fetched:" << error.message;
    Q_EMIT finished(siteId, Status(error));
}

} // namespace longhand
