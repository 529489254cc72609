#pragma once

// What the reliability tests (tst_faults, tst_kills, tst_secrets) share: the fixture's WordPress
// (LONGHAND_WP_STATE/env.json and its REST API), longhand-cli runs on a profile, and the fault proxy.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <memory>

namespace longhand::test {

struct CliRun
{
    int code = -1; // -1: crashed, killed or timed out
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
    bool killed = false; // runAndKill: it was still running when killed
    QByteArray all() const { return out + err; }
};

struct RestAnswer
{
    int status = 0;
    QJsonDocument json;
    QByteArray total; // X-WP-Total
    int totalPages = 0;
};

// The fixture's WordPress; the test talks to it directly (never through the proxy) as the admin.
class LiveBlog final
{
public:
    // Reads env.json; an error sentence when the test was not started by ctest with the fixture.
    QString load();
    QString url() const { return m_env.value(QStringLiteral("WP_URL")).toString(); }
    QString password(const QString& user = QStringLiteral("admin")) const;
    // The password that logs in to wp-admin (not an application password).
    QString loginPassword(const QString& user = QStringLiteral("admin")) const;
    QString state() const { return m_state; }
    // Any value of env.json (WP_ADMIN_ID, WP_ADMIN_USER, ...); empty when it has none.
    QString env(const QString& key) const { return m_env.value(key).toString(); }

    // wp-fixture COMMAND STATE ARGS...; its standard output, or an error sentence in *error.
    QByteArray fixture(const QString& command, const QStringList& args = {}, QString* error = nullptr);
    RestAnswer rest(
        const QByteArray& method, const QString& route, const QUrlQuery& query = {}, const QByteArray& body = {});
    // POST /wp/v2/media with the file as the raw body (as wp-admin's uploader does, one file).
    RestAnswer upload(const QByteArray& bytes, const QString& fileName, const QByteArray& mimeType);
    // Every item of a collection, 100 a page.
    QList<QJsonObject> all(const QString& route, QUrlQuery query);

private:
    QJsonObject m_env;
    QString m_state;
    QNetworkAccessManager m_network;
};

// longhand-cli on one profile.
// The backend a reliability test runs over: REST, or XML-RPC when LONGHAND_TEST_BACKEND=xmlrpc (CTest registers
// tst_faults and tst_kills once for each).
bool overXmlRpc();
// account add's options for that backend ("--protocol xmlrpc", or none).
QStringList protocolOptions();

class Cli final
{
public:
    explicit Cli(QString profile)
        : m_profile(std::move(profile))
    {
    }
    static QString program();
    QString profile() const { return m_profile; }
    void setEnvironment(const QProcessEnvironment& environment) { m_environment = environment; }
    // This CLI with LONGHAND_PASSWORD set to password, or without it when password is empty (so that a command
    // that needs one asks and fails instead of reading the test's own environment).
    Cli withPassword(const QByteArray& password) const;

    CliRun run(const QStringList& args, const QByteArray& input = {}, int timeoutMs = 120000) const;
    // Starts the command and sends it SIGKILL after killAfterMs unless it finished before.
    CliRun runAndKill(const QStringList& args, int killAfterMs) const;
    // account add --url URL --user admin with the given secret store; the password through LONGHAND_PASSWORD.
    // extra: more options for account add ("--protocol", "xmlrpc").
    CliRun addAccount(const LiveBlog& blog, const QString& store = QStringLiteral("file"), const QStringList& extra = {}) const;

private:
    QString m_profile;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
};

// The profile database, opened by the test itself (after the CLI has exited).
namespace profiledb {
// Points the one blog's REST root (XML-RPC: its address and endpoint) at 127.0.0.1:port (the proxy, a closed
// port, or WordPress again).
QString pointAt(const QString& profile, int port);
// PRAGMA integrity_check: "ok" when the file is sound.
QString integrityCheck(const QString& profile);
// Outbox rows left (pending or failed), and the failed ones' messages.
int outboxCount(const QString& profile, QStringList* failures = nullptr);
} // namespace profiledb

// The faultproxy executable, started for one test and stopped with it.
class FaultProxy final
{
public:
    FaultProxy() = default;
    ~FaultProxy();
    FaultProxy(const FaultProxy&) = delete;
    FaultProxy& operator=(const FaultProxy&) = delete;

    QString start(const QUrl& upstream); // an error sentence, or empty
    int port() const { return m_port; }
    bool setRules(const QJsonArray& rules);
    bool clear() { return setRules({}); }
    QJsonArray rules(); // with "seen" and "hits"
    int hits(); // faults applied since the rules were set
    QJsonArray log();

private:
    QJsonObject control(const QByteArray& method, const QString& path, const QByteArray& body = {});

    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    int m_controlPort = 0;
    QNetworkAccessManager m_network;
};

// A PNG of w x h whose bytes depend on seed (distinct seeds, distinct files and content hashes).
bool writePng(const QString& path, int seed, int width = 64, int height = 48);
// The first 12 hex digits of the file's SHA-256: what MediaStore names its copy after, and so the
// prefix of the file name on the blog.
QString mediaHashPrefix(const QString& path);

} // namespace longhand::test
