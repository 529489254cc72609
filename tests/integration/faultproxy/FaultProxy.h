#pragma once

// A loopback HTTP/1.1 proxy that puts network faults between longhand-cli and the real WordPress.
// Every request is forwarded on its own upstream connection (Host rewritten, "Connection: close") and
// answered with "Connection: close", so a fault never spills into the next request. A rule chooses
// requests by method, a regular expression over the percent-decoded request target (and optionally one over
// the request body: an XML-RPC methodName), and by
// occurrence (the nth match, and how many from there), and does one of:
//
//   delay         wait delay_ms, then forward as usual
//   drop-before   close the connection without forwarding (the server never sees the request)
//   reset-before  the same with a TCP reset
//   drop-after    forward, let the server answer in full (it has committed), close without a byte
//   reset-after   the same with a TCP reset
//   truncate      forward, send the head and only half of the body, close
//   status        answer `status` (default 503) without forwarding; with "forward": true the server
//                 gets the request first (and commits), the client still gets the error
//
// delay_ms applies before any action. See README.md beside this file for the control API.

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QUrl>
#include <optional>

namespace faultproxy {

enum class Action { Pass, Delay, DropBefore, ResetBefore, DropAfter, ResetAfter, Truncate, Status };

struct Rule
{
    QString method; // empty: any method
    QRegularExpression path;
    QRegularExpression body; // searched in the request body (XML-RPC: every call is a POST to xmlrpc.php)
    int nth = 1; // the first matching request the fault applies to (1-based)
    int times = 1; // how many matching requests from nth on; 0 means all of them
    Action action = Action::Pass;
    int status = 503;
    int delayMs = 0;
    bool forward = false;
    int seen = 0; // matching requests so far
    int hits = 0; // faults applied so far
    QJsonObject source;
};

struct Decision
{
    Action action = Action::Pass;
    int status = 503;
    int delayMs = 0;
    bool forward = false;
    int rule = -1;
};

class Proxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Proxy)

public:
    explicit Proxy(QUrl upstream, QObject* parent = nullptr);

    bool listen(quint16 port, quint16 controlPort);
    quint16 port() const { return m_server.serverPort(); }
    quint16 controlPort() const { return m_control.serverPort(); }
    QUrl upstream() const { return m_upstream; }
    void setVerbose(bool verbose) { m_verbose = verbose; }

    // Replaces every rule (and their counters); an error sentence when one is malformed.
    std::optional<QString> setRules(const QJsonArray& rules);
    QJsonArray rules() const;

    // What to do with the next request; counts it against the rules.
    Decision decide(const QByteArray& method, const QByteArray& target, const QByteArray& body = {});
    // Notes how a request ended, for GET /log.
    void record(
        int sequence, const QByteArray& method, const QByteArray& target, const Decision& decision, int upstreamStatus);
    int nextSequence() { return ++m_sequence; }

private:
    QUrl m_upstream;
    QTcpServer m_server;
    QTcpServer m_control;
    QList<Rule> m_rules;
    QJsonArray m_log;
    int m_sequence = 0;
    bool m_verbose = false;
};

QString actionName(Action action);
std::optional<Action> actionFromName(const QString& name);

} // namespace faultproxy
