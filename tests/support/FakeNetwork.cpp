#include "support/FakeNetwork.h"

namespace longhand::test {

FakeNetworkAccessManager::FakeNetworkAccessManager(Handler handler, QObject* parent)
    : QNetworkAccessManager(parent)
    , m_handler(std::move(handler))
    , m_requests(std::make_shared<QList<FakeRequest>>())
{
}

QNetworkReply* FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData)
{
    QByteArray method;
    switch (op) {
    case GetOperation: method = "GET"; break;
    case PostOperation: method = "POST"; break;
    case PutOperation: method = "PUT"; break;
    case DeleteOperation: method = "DELETE"; break;
    case HeadOperation: method = "HEAD"; break;
    default: method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    }
    const QByteArray body = outgoingData ? outgoingData->readAll() : QByteArray();
    const FakeRequest fake {method, request.url(), body, request.rawHeader("Authorization")};
    m_requests->append(fake);
    return new FakeReply(request, method, m_handler(fake), this);
}

FakeReply::FakeReply(const QNetworkRequest& request, const QByteArray& method, const FakeResponse& response, QObject* parent)
    : QNetworkReply(parent)
    , m_response(response)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(QNetworkAccessManager::CustomOperation);
    setAttribute(QNetworkRequest::CustomVerbAttribute, method);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    m_delay.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, &FakeReply::deliver);
    // Qt's transfer timeout aborts a silent request; the fake does the same.
    if (request.transferTimeout() > 0) {
        m_timeout.setSingleShot(true);
        m_timeout.setInterval(request.transferTimeout());
        connect(&m_timeout, &QTimer::timeout, this, [this] { failWith(OperationCanceledError, QStringLiteral("Operation canceled")); });
        m_timeout.start();
    }
    if (!m_response.hang) {
        m_delay.start(m_response.delayMs);
    }
}

void FakeReply::deliver()
{
    if (m_finished) {
        return;
    }
    m_timeout.stop();
    if (m_response.error != NoError) {
        failWith(m_response.error, QStringLiteral("Fake network error"));
        return;
    }
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
    for (const auto& [name, value] : std::as_const(m_response.headers)) {
        setRawHeader(name, value);
    }
    m_data = m_response.truncate ? m_response.body.left(m_response.body.size() / 2) : m_response.body;
    setHeader(QNetworkRequest::ContentLengthHeader, m_response.body.size());
    Q_EMIT metaDataChanged();
    if (m_response.truncate) {
        Q_EMIT readyRead();
        failWith(RemoteHostClosedError, QStringLiteral("Connection closed"));
        return;
    }
    if (m_response.status >= 400) {
        setError(m_response.status == 404 ? ContentNotFoundError : ProtocolInvalidOperationError,
                 QStringLiteral("HTTP %1").arg(m_response.status));
    }
    m_finished = true;
    Q_EMIT readyRead();
    Q_EMIT finished();
}

void FakeReply::failWith(NetworkError error, const QString& text)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_delay.stop();
    m_timeout.stop();
    setError(error, text);
    Q_EMIT errorOccurred(error);
    Q_EMIT finished();
}

void FakeReply::abort()
{
    failWith(OperationCanceledError, QStringLiteral("Operation canceled"));
}

qint64 FakeReply::bytesAvailable() const
{
    return m_data.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char* data, qint64 maxSize)
{
    const qint64 count = std::min(maxSize, qint64(m_data.size()) - m_offset);
    if (count <= 0) {
        return m_finished ? -1 : 0;
    }
    memcpy(data, m_data.constData() + m_offset, size_t(count));
    m_offset += count;
    return count;
}

} // namespace longhand::test
