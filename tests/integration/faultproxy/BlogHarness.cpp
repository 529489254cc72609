#include "BlogHarness.h"

#include "core/storage/Database.h"
#include "core/storage/SiteRepository.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTimer>

namespace longhand::test {

namespace {

QByteArray basicAuth(const QString& user, const QString& password)
{
    QString compact = password;
    compact.remove(QLatin1Char(' '));
    return "Basic " + (user + QLatin1Char(':') + compact).toUtf8().toBase64();
}

// Waits for a reply with a deadline, so a hung server fails the test instead of stalling it.
void waitFor(QNetworkReply* reply, int timeoutMs = 60000)
{
    if (reply->isFinished()) {
        return;
    }
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
    }
}

} // namespace

// --- LiveBlog

QString LiveBlog::load()
{
    m_state = qEnvironmentVariable("LONGHAND_WP_STATE");
    if (m_state.isEmpty()) {
        return QStringLiteral("run through ctest: it starts the WordPress fixture (LONGHAND_WP_STATE)");
    }
    QFile env(QDir(m_state).filePath(QStringLiteral("env.json")));
    if (!env.open(QIODevice::ReadOnly)) {
        return QStringLiteral("cannot read %1").arg(env.fileName());
    }
    m_env = QJsonDocument::fromJson(env.readAll()).object();
    return url().isEmpty() ? QStringLiteral("env.json has no WP_URL") : QString();
}

QString LiveBlog::password(const QString& user) const
{
    return m_env.value(QStringLiteral("WP_%1_APP_PASSWORD").arg(user.toUpper())).toString();
}

QString LiveBlog::loginPassword(const QString& user) const
{
    return m_env.value(QStringLiteral("WP_%1_PASSWORD").arg(user.toUpper())).toString();
}

QByteArray LiveBlog::fixture(const QString& command, const QStringList& args, QString* error)
{
    QProcess process;
    process.start(qEnvironmentVariable("LONGHAND_WP_FIXTURE"), QStringList { command, m_state } + args);
    const bool finished = process.waitForFinished(180000);
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (!finished) {
            process.kill();
            process.waitForFinished();
        }
        if (error) {
            *error = QStringLiteral("wp-fixture %1 failed: %2")
                         .arg(command, QString::fromUtf8(process.readAllStandardError()));
        }
        return {};
    }
    if (error) {
        error->clear();
    }
    return process.readAllStandardOutput();
}

RestAnswer LiveBlog::rest(
    const QByteArray& method, const QString& route, const QUrlQuery& query, const QByteArray& body)
{
    QUrl target(url() + QStringLiteral("/"));
    QUrlQuery full = query;
    full.addQueryItem(QStringLiteral("rest_route"), route);
    target.setQuery(full);
    QNetworkRequest request(target);
    request.setRawHeader("Authorization", basicAuth(QStringLiteral("admin"), password()));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    waitFor(reply);
    reply->deleteLater();
    return RestAnswer { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        QJsonDocument::fromJson(reply->readAll()), reply->rawHeader("X-WP-Total"),
        reply->rawHeader("X-WP-TotalPages").toInt() };
}

RestAnswer LiveBlog::upload(const QByteArray& bytes, const QString& fileName, const QByteArray& mimeType)
{
    QUrl target(url() + QStringLiteral("/"));
    target.setQuery(QStringLiteral("rest_route=/wp/v2/media"));
    QNetworkRequest request(target);
    request.setRawHeader("Authorization", basicAuth(QStringLiteral("admin"), password()));
    request.setHeader(QNetworkRequest::ContentTypeHeader, mimeType);
    request.setRawHeader("Content-Disposition", "attachment; filename=" + fileName.toUtf8());
    QNetworkReply* reply = m_network.post(request, bytes);
    waitFor(reply);
    reply->deleteLater();
    return RestAnswer { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        QJsonDocument::fromJson(reply->readAll()), reply->rawHeader("X-WP-Total"),
        reply->rawHeader("X-WP-TotalPages").toInt() };
}

QList<QJsonObject> LiveBlog::all(const QString& route, QUrlQuery query)
{
    QList<QJsonObject> items;
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    for (int page = 1;; ++page) {
        QUrlQuery paged = query;
        paged.addQueryItem(QStringLiteral("page"), QString::number(page));
        const RestAnswer answer = rest("GET", route, paged);
        if (answer.status != 200) {
            qWarning() << "GET" << route << "page" << page << "answered" << answer.status;
            return items;
        }
        for (const QJsonValue& value : answer.json.array()) {
            items.append(value.toObject());
        }
        if (page >= answer.totalPages) {
            return items;
        }
    }
}

// --- Cli

QString Cli::program()
{
    return QDir(qEnvironmentVariable("LONGHAND_BINARY_DIR")).filePath(QStringLiteral("src/cli/longhand-cli"));
}

Cli Cli::withPassword(const QByteArray& password) const
{
    Cli cli(*this);
    cli.m_environment.remove(QStringLiteral("LONGHAND_PASSWORD"));
    if (!password.isEmpty()) {
        cli.m_environment.insert(QStringLiteral("LONGHAND_PASSWORD"), QString::fromUtf8(password));
    }
    return cli;
}

CliRun Cli::run(const QStringList& args, const QByteArray& input, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    QElapsedTimer clock;
    clock.start();
    process.start(program(), QStringList { QStringLiteral("--profile"), m_profile } + args);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    CliRun run;
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.elapsedMs = clock.elapsed();
    return run;
}

CliRun Cli::runAndKill(const QStringList& args, int killAfterMs) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    QElapsedTimer clock;
    clock.start();
    process.start(program(), QStringList { QStringLiteral("--profile"), m_profile } + args);
    process.closeWriteChannel();
    CliRun run;
    if (!process.waitForFinished(killAfterMs)) {
        process.kill(); // SIGKILL
        run.killed = true;
        process.waitForFinished();
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.elapsedMs = clock.elapsed();
    return run;
}

bool overXmlRpc()
{
    return qEnvironmentVariable("LONGHAND_TEST_BACKEND") == QLatin1String("xmlrpc");
}

QStringList protocolOptions()
{
    return overXmlRpc() ? QStringList {QStringLiteral("--protocol"), QStringLiteral("xmlrpc")} : QStringList {};
}

CliRun Cli::addAccount(const LiveBlog& blog, const QString& store, const QStringList& extra) const
{
    Cli withPassword(m_profile);
    QProcessEnvironment environment = m_environment;
    environment.insert(QStringLiteral("LONGHAND_PASSWORD"), blog.password());
    withPassword.setEnvironment(environment);
    return withPassword.run(QStringList { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--url"), blog.url(),
                                QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--secret-store"), store }
                            + extra);
}

// --- profiledb

namespace profiledb {

namespace {
QString databasePath(const QString& profile)
{
    return QDir(profile).filePath(QStringLiteral("longhand.sqlite"));
}
} // namespace

QString pointAt(const QString& profile, int port)
{
    auto database = Database::open(databasePath(profile));
    if (!database) {
        return database.error().message;
    }
    SiteRepository sites(*database.value());
    auto list = sites.list();
    if (!list || list->size() != 1) {
        return QStringLiteral("expected one blog in the profile");
    }
    Site site = list->constFirst();
    site.restRoot.setPort(port);
    if (site.protocol == Site::Protocol::WordPressXmlRpc) {
        // XML-RPC's password goes only to the endpoint on the blog's own origin: both move.
        site.baseUrl.setPort(port);
        site.xmlRpcEndpoint.setPort(port);
    }
    const Status updated = sites.update(site);
    return updated ? QString() : updated.error().message;
}

QString integrityCheck(const QString& profile)
{
    auto database = Database::open(databasePath(profile));
    if (!database) {
        return database.error().message;
    }
    QSqlQuery query(database.value()->connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        return QStringLiteral("integrity_check did not run");
    }
    QStringList rows;
    while (query.next()) {
        rows.append(query.value(0).toString());
    }
    return rows.join(QLatin1Char('\n'));
}

int outboxCount(const QString& profile, QStringList* failures)
{
    auto database = Database::open(databasePath(profile));
    if (!database) {
        return -1;
    }
    if (failures) {
        QSqlQuery query(database.value()->connection());
        query.exec(QStringLiteral("SELECT operation, state, last_error, entity_id, payload, attempts FROM outbox"));
        while (query.next()) {
            failures->append(QStringLiteral("%1 (%2): %3 [entity %4, attempts %5, %6]")
                                 .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                      query.value(3).toString(), query.value(5).toString(), query.value(4).toString()));
        }
    }
    return queryValue(*database.value(), QStringLiteral("SELECT count(*) FROM outbox")).toInt();
}

} // namespace profiledb

// --- FaultProxy

FaultProxy::~FaultProxy()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->closeWriteChannel(); // --exit-with-stdin
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished();
        }
    }
}

QString FaultProxy::start(const QUrl& upstream)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(QStringLiteral(LONGHAND_FAULTPROXY),
        { QStringLiteral("--upstream"), upstream.toString(), QStringLiteral("--exit-with-stdin") });
    if (!m_process->waitForStarted(10000)) {
        return QStringLiteral("faultproxy did not start: %1").arg(m_process->errorString());
    }
    QByteArray line;
    QElapsedTimer clock;
    clock.start();
    while (!line.contains('\n') && clock.elapsed() < 10000 && m_process->state() == QProcess::Running) {
        m_process->waitForReadyRead(1000);
        line += m_process->readAllStandardOutput();
    }
    const QJsonObject ports = QJsonDocument::fromJson(line.trimmed()).object();
    m_port = ports.value(QStringLiteral("port")).toInt();
    m_controlPort = ports.value(QStringLiteral("control")).toInt();
    return m_port > 0 && m_controlPort > 0 ? QString()
                                           : QStringLiteral("faultproxy said: %1").arg(QString::fromUtf8(line));
}

QJsonObject FaultProxy::control(const QByteArray& method, const QString& path, const QByteArray& body)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_controlPort).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    waitFor(reply, 10000);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

bool FaultProxy::setRules(const QJsonArray& rules)
{
    const QJsonObject answer = control("PUT", QStringLiteral("/rules"), QJsonDocument(rules).toJson());
    if (!answer.value(QStringLiteral("ok")).toBool()) {
        qWarning() << "faultproxy refused the rules:" << answer;
        return false;
    }
    return true;
}

QJsonArray FaultProxy::rules()
{
    return control("GET", QStringLiteral("/rules")).value(QStringLiteral("rules")).toArray();
}

int FaultProxy::hits()
{
    int total = 0;
    for (const QJsonValue& rule : rules()) {
        total += rule.toObject().value(QStringLiteral("hits")).toInt();
    }
    return total;
}

QJsonArray FaultProxy::log()
{
    return control("GET", QStringLiteral("/log")).value(QStringLiteral("log")).toArray();
}

// --- images

bool writePng(const QString& path, int seed, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            image.setPixel(x, y, qRgb((x * 7 + seed * 31) % 256, (y * 5 + seed * 17) % 256, (x * y + seed) % 256));
        }
    }
    return image.save(path, "PNG");
}

QString mediaHashPrefix(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex().left(12));
}

} // namespace longhand::test
