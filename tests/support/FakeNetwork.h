#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <functional>

namespace longhand::test {

// What a fake server answers to one request.
struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    int delayMs = 0;        // answer after this long
    bool hang = false;      // never answer (the request's transfer timeout still applies, as in Qt)
    QNetworkReply::NetworkError error = QNetworkReply::NoError; // e.g. ConnectionRefusedError, RemoteHostClosedError
    bool truncate = false;  // cut the body in half and fail as a dropped connection would

    FakeResponse& header(const QByteArray& name, const QByteArray& value)
    {
        headers.append(std::make_pair(name, value));
        return *this;
    }
    static FakeResponse json(const QByteArray& body, int status = 200) { return FakeResponse {status, body, {{"Content-Type", "application/json"}}}; }
};

struct FakeRequest
{
    QByteArray method;
    QUrl url;
    QByteArray body;
    QByteArray authorization;
};

// A QNetworkAccessManager whose replies come from a handler instead of the network, so errors,
// hangs, delays and malformed answers can be tested without a server.
class FakeNetworkAccessManager final : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const FakeRequest&)>;
    explicit FakeNetworkAccessManager(Handler handler, QObject* parent = nullptr);

    QList<FakeRequest> requests() const { return *m_requests; }
    std::shared_ptr<QList<FakeRequest>> requestLog() const { return m_requests; }

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override;

private:
    Handler m_handler;
    std::shared_ptr<QList<FakeRequest>> m_requests;
};

class FakeReply final : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(const QNetworkRequest& request, const QByteArray& method, const FakeResponse& response, QObject* parent);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;

private:
    void deliver();
    void failWith(NetworkError error, const QString& text);

    FakeResponse m_response;
    QByteArray m_data;
    qint64 m_offset = 0;
    QTimer m_delay;
    QTimer m_timeout;
    bool m_finished = false;
};

} // namespace longhand::test
