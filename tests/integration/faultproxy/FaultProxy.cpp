#include "FaultProxy.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>
#include <sys/socket.h>

namespace faultproxy {

namespace {

constexpr qsizetype kMaxHead = 64 * 1024;
constexpr int kUpstreamTimeoutMs = 120000;
constexpr qsizetype kMaxLog = 20000;

struct Head
{
    QByteArray firstLine;
    QList<std::pair<QByteArray, QByteArray>> headers;
    qsizetype bodyStart = 0;

    QByteArray value(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0) {
                return value;
            }
        }
        return {};
    }
};

// The head of a request or response once its blank line has arrived.
std::optional<Head> parseHead(const QByteArray& data)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0) {
        return std::nullopt;
    }
    Head head;
    head.bodyStart = end + 4;
    const QList<QByteArray> lines = data.left(end).split('\n');
    head.firstLine = lines.value(0).trimmed();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0) {
            head.headers.append({ lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed() });
        }
    }
    return head;
}

// A chunked body starting at from: the decoded bytes once the last chunk has arrived.
std::optional<QByteArray> dechunk(const QByteArray& data, qsizetype from)
{
    QByteArray body;
    qsizetype at = from;
    for (;;) {
        const qsizetype lineEnd = data.indexOf("\r\n", at);
        if (lineEnd < 0) {
            return std::nullopt;
        }
        bool ok = false;
        const qsizetype size = data.mid(at, lineEnd - at).split(';').value(0).trimmed().toLongLong(&ok, 16);
        if (!ok) {
            return QByteArray(); // malformed: treat as empty rather than waiting forever
        }
        at = lineEnd + 2;
        if (size == 0) {
            return body; // trailers, if any, are ignored
        }
        if (data.size() < at + size + 2) {
            return std::nullopt;
        }
        body += data.mid(at, size);
        at += size + 2;
    }
}

bool isHopByHop(const QByteArray& name)
{
    static const QList<QByteArray> names { "connection", "keep-alive", "proxy-connection", "transfer-encoding",
        "content-length", "te", "upgrade", "host" };
    return names.contains(name.toLower());
}

void resetConnection(QTcpSocket* socket)
{
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor >= 0) {
        // A zero linger time makes close() send RST instead of FIN.
        const linger immediate { 1, 0 };
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &immediate, sizeof immediate);
    }
    socket->abort();
}

QByteArray statusResponse(int status, const QByteArray& reason, const QJsonObject& body)
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: application/json; charset=UTF-8\r\nContent-Length: " + QByteArray::number(json.size())
        + "\r\nConnection: close\r\n\r\n" + json;
}

QByteArray reasonFor(int status)
{
    switch (status) {
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Error";
    }
}

// Reads one request (head and body) from a socket; calls done once, with the head and the decoded body.
class RequestReader final : public QObject
{
public:
    RequestReader(QTcpSocket* socket, std::function<void(const Head&, const QByteArray&)> done)
        : QObject(socket)
        , m_socket(socket)
        , m_done(std::move(done))
    {
        connect(socket, &QTcpSocket::readyRead, this, &RequestReader::read);
    }

private:
    void read()
    {
        if (!m_done) {
            return;
        }
        m_data += m_socket->readAll();
        const auto head = parseHead(m_data);
        if (!head) {
            if (m_data.size() > kMaxHead) {
                m_socket->abort();
            }
            return;
        }
        QByteArray body;
        if (head->value("transfer-encoding").toLower().contains("chunked")) {
            const auto decoded = dechunk(m_data, head->bodyStart);
            if (!decoded) {
                return;
            }
            body = *decoded;
        } else {
            const qsizetype length = head->value("content-length").toLongLong();
            if (m_data.size() < head->bodyStart + length) {
                return;
            }
            body = m_data.mid(head->bodyStart, length);
        }
        std::exchange(m_done, nullptr)(*head, body);
    }

    QTcpSocket* m_socket;
    std::function<void(const Head&, const QByteArray&)> m_done;
    QByteArray m_data;
};

// One client connection: one request, forwarded (or not) and answered (or not) as the rules say.
class Session final : public QObject
{
public:
    Session(Proxy& proxy, QTcpSocket* client, bool verbose)
        : QObject(&proxy)
        , m_proxy(proxy)
        , m_client(client)
        , m_verbose(verbose)
    {
        client->setParent(this);
        connect(client, &QTcpSocket::disconnected, this, [this] {
            m_clientGone = true;
            finishIfDone();
        });
        new RequestReader(client, [this](const Head& head, const QByteArray& body) { received(head, body); });
    }

private:
    void received(const Head& head, const QByteArray& body)
    {
        const QList<QByteArray> parts = head.firstLine.split(' ');
        m_method = parts.value(0);
        m_target = parts.value(1);
        m_sequence = m_proxy.nextSequence();
        m_decision = m_proxy.decide(m_method, m_target, body);
        if (m_verbose && m_decision.rule >= 0) {
            qInfo("faultproxy: #%d %s %s -> %s", m_sequence, m_method.constData(), m_target.constData(),
                qPrintable(actionName(m_decision.action)));
        }
        QByteArray request = m_method + ' ' + m_target + " HTTP/1.1\r\n";
        for (const auto& [name, value] : head.headers) {
            if (!isHopByHop(name)) {
                request += name + ": " + value + "\r\n";
            }
        }
        const QUrl upstream = m_proxy.upstream();
        request += "Host: " + upstream.host().toUtf8() + ':' + QByteArray::number(upstream.port(80)) + "\r\n";
        request += "Connection: close\r\n";
        if (!body.isEmpty() || m_method == "POST" || m_method == "PUT" || m_method == "PATCH") {
            request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        }
        m_request = request + "\r\n" + body;
        if (m_decision.delayMs > 0) {
            QTimer::singleShot(m_decision.delayMs, this, [this] { act(); });
        } else {
            act();
        }
    }

    void act()
    {
        switch (m_decision.action) {
        case Action::DropBefore:
            done(0);
            m_client->disconnectFromHost();
            finishIfDone();
            return;
        case Action::ResetBefore:
            done(0);
            resetConnection(m_client);
            finishIfDone();
            return;
        case Action::Status:
            if (!m_decision.forward) {
                answerStatus(0);
                return;
            }
            break;
        default:
            break;
        }
        forward();
    }

    void forward()
    {
        m_upstream = new QTcpSocket(this);
        auto* timeout = new QTimer(this);
        timeout->setSingleShot(true);
        connect(timeout, &QTimer::timeout, this, [this] { upstreamFinished(true); });
        timeout->start(kUpstreamTimeoutMs);
        connect(m_upstream, &QTcpSocket::connected, this, [this] { m_upstream->write(m_request); });
        connect(m_upstream, &QTcpSocket::readyRead, this, [this] { m_response += m_upstream->readAll(); });
        connect(m_upstream, &QTcpSocket::disconnected, this, [this] {
            m_response += m_upstream->readAll();
            upstreamFinished(false);
        });
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError) {
                upstreamFinished(true);
            }
        });
        const QUrl upstream = m_proxy.upstream();
        m_upstream->connectToHost(upstream.host(), quint16(upstream.port(80)));
    }

    void upstreamFinished(bool failed)
    {
        if (m_upstreamDone) {
            return;
        }
        m_upstreamDone = true;
        const auto head = parseHead(m_response);
        if (failed || !head) {
            // The upstream itself failed: say so like a gateway would, whatever the rule said.
            done(0);
            write(statusResponse(502, "Bad Gateway",
                QJsonObject { { QStringLiteral("code"), QStringLiteral("faultproxy_upstream") },
                    { QStringLiteral("message"), QStringLiteral("The fault proxy could not reach WordPress.") } }));
            return;
        }
        const int status = head->firstLine.split(' ').value(1).toInt();
        QByteArray body;
        const bool bodiless = m_method == "HEAD" || status == 204 || status == 304 || status / 100 == 1;
        if (!bodiless) {
            if (head->value("transfer-encoding").toLower().contains("chunked")) {
                body = dechunk(m_response, head->bodyStart).value_or(QByteArray());
            } else if (!head->value("content-length").isEmpty()) {
                body = m_response.mid(head->bodyStart, head->value("content-length").toLongLong());
            } else {
                body = m_response.mid(head->bodyStart);
            }
        }
        QByteArray response = head->firstLine + "\r\n";
        for (const auto& [name, value] : head->headers) {
            if (!isHopByHop(name) || (bodiless && name.compare("content-length", Qt::CaseInsensitive) == 0)) {
                response += name + ": " + value + "\r\n";
            }
        }
        if (!bodiless) {
            response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        }
        response += "Connection: close\r\n\r\n";
        switch (m_decision.action) {
        case Action::DropAfter:
            done(status);
            m_client->disconnectFromHost();
            finishIfDone();
            return;
        case Action::ResetAfter:
            done(status);
            resetConnection(m_client);
            finishIfDone();
            return;
        case Action::Status:
            answerStatus(status);
            return;
        case Action::Truncate:
            done(status);
            write(body.isEmpty() ? response.left(response.size() / 2) : response + body.left(body.size() / 2));
            return;
        default:
            done(status);
            write(response + body);
            return;
        }
    }

    void answerStatus(int upstreamStatus)
    {
        done(upstreamStatus);
        write(statusResponse(m_decision.status, reasonFor(m_decision.status),
            QJsonObject { { QStringLiteral("code"), QStringLiteral("faultproxy_status") },
                { QStringLiteral("message"), QStringLiteral("Injected by the fault proxy.") },
                { QStringLiteral("data"), QJsonObject { { QStringLiteral("status"), m_decision.status } } } }));
    }

    void write(const QByteArray& bytes)
    {
        if (!m_clientGone) {
            m_client->write(bytes);
            m_client->disconnectFromHost(); // after the bytes are written
        }
        finishIfDone();
    }

    void done(int upstreamStatus) { m_proxy.record(m_sequence, m_method, m_target, m_decision, upstreamStatus); }

    // The session goes away once the client is gone and the upstream (if any) has finished: a request the
    // client gave up on still reaches WordPress, as it would through a real network.
    void finishIfDone()
    {
        const bool upstreamBusy = m_upstream && !m_upstreamDone;
        if ((m_clientGone || m_client->state() == QAbstractSocket::UnconnectedState) && !upstreamBusy) {
            deleteLater();
        }
    }

    Proxy& m_proxy;
    QTcpSocket* m_client;
    QTcpSocket* m_upstream = nullptr;
    bool m_verbose;
    QByteArray m_method;
    QByteArray m_target;
    QByteArray m_request;
    QByteArray m_response;
    Decision m_decision;
    int m_sequence = 0;
    bool m_clientGone = false;
    bool m_upstreamDone = false;
};

} // namespace

QString actionName(Action action)
{
    switch (action) {
    case Action::Pass:
        return QStringLiteral("pass");
    case Action::Delay:
        return QStringLiteral("delay");
    case Action::DropBefore:
        return QStringLiteral("drop-before");
    case Action::ResetBefore:
        return QStringLiteral("reset-before");
    case Action::DropAfter:
        return QStringLiteral("drop-after");
    case Action::ResetAfter:
        return QStringLiteral("reset-after");
    case Action::Truncate:
        return QStringLiteral("truncate");
    case Action::Status:
        return QStringLiteral("status");
    }
    return {};
}

std::optional<Action> actionFromName(const QString& name)
{
    for (const Action action : { Action::Pass, Action::Delay, Action::DropBefore, Action::ResetBefore,
             Action::DropAfter, Action::ResetAfter, Action::Truncate, Action::Status }) {
        if (actionName(action) == name) {
            return action;
        }
    }
    return std::nullopt;
}

Proxy::Proxy(QUrl upstream, QObject* parent)
    : QObject(parent)
    , m_upstream(std::move(upstream))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* client = m_server.nextPendingConnection()) {
            new Session(*this, client, m_verbose);
        }
    });
    connect(&m_control, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* client = m_control.nextPendingConnection()) {
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            new RequestReader(client, [this, client](const Head& head, const QByteArray& body) {
                const QList<QByteArray> parts = head.firstLine.split(' ');
                const QByteArray method = parts.value(0);
                const QByteArray path = parts.value(1);
                int status = 200;
                QJsonObject answer;
                if (path == "/rules" && (method == "PUT" || method == "POST")) {
                    const QJsonDocument document = QJsonDocument::fromJson(body);
                    const auto error = document.isArray() ? setRules(document.array())
                                                          : std::optional<QString>(QStringLiteral("expected an array"));
                    if (error) {
                        status = 400;
                        answer.insert(QStringLiteral("error"), *error);
                    }
                } else if (path == "/rules" && method == "DELETE") {
                    setRules({});
                } else if (path == "/rules" && method == "GET") {
                    answer.insert(QStringLiteral("rules"), rules());
                } else if (path == "/log" && method == "GET") {
                    answer.insert(QStringLiteral("log"), m_log);
                } else if (path == "/log" && method == "DELETE") {
                    m_log = {};
                } else {
                    status = 404;
                    answer.insert(QStringLiteral("error"), QStringLiteral("GET|PUT|DELETE /rules, GET|DELETE /log"));
                }
                answer.insert(QStringLiteral("ok"), status == 200);
                client->write(statusResponse(status, status == 200 ? "OK" : "Bad Request", answer));
                client->disconnectFromHost();
            });
        }
    });
}

bool Proxy::listen(quint16 port, quint16 controlPort)
{
    return m_server.listen(QHostAddress::LocalHost, port) && m_control.listen(QHostAddress::LocalHost, controlPort);
}

std::optional<QString> Proxy::setRules(const QJsonArray& rules)
{
    QList<Rule> parsed;
    for (const QJsonValue& value : rules) {
        const QJsonObject object = value.toObject();
        Rule rule;
        rule.source = object;
        rule.method = object.value(QStringLiteral("method")).toString().toUpper();
        rule.path = QRegularExpression(object.value(QStringLiteral("path")).toString(QStringLiteral(".*")));
        if (!rule.path.isValid()) {
            return QStringLiteral("bad path pattern: %1").arg(rule.path.errorString());
        }
        rule.body = QRegularExpression(object.value(QStringLiteral("body")).toString());
        if (!rule.body.isValid()) {
            return QStringLiteral("bad body pattern: %1").arg(rule.body.errorString());
        }
        rule.nth = object.value(QStringLiteral("nth")).toInt(1);
        rule.times = object.value(QStringLiteral("times")).toInt(1);
        const auto action = actionFromName(object.value(QStringLiteral("action")).toString());
        if (!action || rule.nth < 1 || rule.times < 0) {
            return QStringLiteral("bad rule: %1").arg(QString::fromUtf8(QJsonDocument(object).toJson()));
        }
        rule.action = *action;
        rule.status = object.value(QStringLiteral("status")).toInt(503);
        rule.delayMs = object.value(QStringLiteral("delay_ms")).toInt(0);
        rule.forward = object.value(QStringLiteral("forward")).toBool(false);
        parsed.append(rule);
    }
    m_rules = parsed;
    return std::nullopt;
}

QJsonArray Proxy::rules() const
{
    QJsonArray array;
    for (const Rule& rule : m_rules) {
        QJsonObject object = rule.source;
        object.insert(QStringLiteral("seen"), rule.seen);
        object.insert(QStringLiteral("hits"), rule.hits);
        array.append(object);
    }
    return array;
}

Decision Proxy::decide(const QByteArray& method, const QByteArray& target, const QByteArray& body)
{
    const QString decoded = QUrl::fromPercentEncoding(target);
    Decision decision;
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        Rule& rule = m_rules[i];
        if ((!rule.method.isEmpty() && rule.method != QString::fromLatin1(method))
            || !rule.path.match(decoded).hasMatch()
            || (!rule.body.pattern().isEmpty() && !rule.body.match(QString::fromUtf8(body)).hasMatch())) {
            continue;
        }
        ++rule.seen;
        const bool inWindow = rule.seen >= rule.nth && (rule.times == 0 || rule.seen < rule.nth + rule.times);
        if (decision.rule < 0 && inWindow) {
            ++rule.hits;
            decision = Decision { rule.action, rule.status, rule.delayMs, rule.forward, int(i) };
        }
    }
    return decision;
}

void Proxy::record(
    int sequence, const QByteArray& method, const QByteArray& target, const Decision& decision, int upstreamStatus)
{
    if (m_log.size() >= kMaxLog) {
        m_log.removeFirst();
    }
    m_log.append(QJsonObject {
        { QStringLiteral("seq"), sequence },
        { QStringLiteral("method"), QString::fromLatin1(method) },
        { QStringLiteral("target"), QString::fromUtf8(target) },
        { QStringLiteral("rule"), decision.rule },
        { QStringLiteral("action"), actionName(decision.action) },
        { QStringLiteral("upstream_status"), upstreamStatus },
    });
}

} // namespace faultproxy
