// longhand-cli comments against the real WordPress: 2,000 comments synced and listed; moderation and
// replies made while the blog cannot be reached stay queued and go out with the next sync exactly once;
// a status changed or a comment deleted on the web meanwhile wins; shown comment HTML is sanitized; a
// reply approves its pending parent first; empty-spam deletes the blog's spam for good, once.
#include "core/moderation/TriageRules.h"
#include "core/storage/Database.h"
#include "core/storage/SiteRepository.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace longhand;

class TestCliComments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void syncsAndListsTwoThousandComments();
    void offlineModerationGoesOutWithTheNextSync();
    void webStatusChangeWins();
    void commentDeletedOnTheWebIsNotRetried();
    void showPrintsSanitizedHtml();
    void replyApprovesItsPendingParent();
    void failedReplyIsPostedOnce();
    void emptySpamDeletesTheBlogsSpamForGood();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    struct Rest
    {
        int status = 0;
        QJsonDocument json;
        QByteArray total;
    };
    Run cli(const QStringList& args, const QByteArray& input = {});
    Rest rest(const QByteArray& method, const QString& route, const QUrlQuery& query = {}, const QByteArray& body = {});
    QJsonObject serverComment(qint64 id);
    QList<qint64> serverIds(const QString& status, int count);
    QHash<qint64, QJsonObject> listed();
    QJsonArray repliesOnServer(qint64 parent, const QString& text);
    void setReachable(bool reachable);
    void expectQueued(const QStringList& args, const QByteArray& input = {});

    QJsonObject m_env;
    QTemporaryDir m_dir;
    QString m_profile;
    QNetworkAccessManager m_network;
    qint64 m_post = 0;
    QList<qint64> m_held; // pending on the blog after the bulk import, not used yet by a test
    QList<qint64> m_approved; // approved likewise
};

void TestCliComments::initTestCase()
{
    const QString state = qEnvironmentVariable("LONGHAND_WP_STATE");
    QVERIFY2(!state.isEmpty(), "run through ctest: it starts the WordPress fixture");
    QFile env(QDir(state).filePath(QStringLiteral("env.json")));
    QVERIFY(env.open(QIODevice::ReadOnly));
    m_env = QJsonDocument::fromJson(env.readAll()).object();
    QProcess reset;
    reset.start(qEnvironmentVariable("LONGHAND_WP_FIXTURE"), { QStringLiteral("reset"), state });
    QVERIFY(reset.waitForFinished(60000) && reset.exitCode() == 0);
    QProcess bulk;
    bulk.start(qEnvironmentVariable("LONGHAND_WP_FIXTURE"),
        { QStringLiteral("bulk-comments"), state, QStringLiteral("2000") });
    QVERIFY(bulk.waitForFinished(120000));
    QVERIFY2(bulk.exitCode() == 0, bulk.readAllStandardError().constData());
    m_post = QJsonDocument::fromJson(bulk.readAllStandardOutput()).object().value(QStringLiteral("post")).toInteger();
    QVERIFY(m_post > 0);

    m_profile = m_dir.filePath(QStringLiteral("profile"));
    QProcess add;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(
        QStringLiteral("LONGHAND_PASSWORD"), m_env.value(QStringLiteral("WP_ADMIN_APP_PASSWORD")).toString());
    add.setProcessEnvironment(environment);
    add.start(QDir(qEnvironmentVariable("LONGHAND_BINARY_DIR")).filePath(QStringLiteral("src/cli/longhand-cli")),
        { QStringLiteral("--profile"), m_profile, QStringLiteral("account"), QStringLiteral("add"),
            QStringLiteral("--url"), m_env.value(QStringLiteral("WP_URL")).toString(), QStringLiteral("--user"),
            QStringLiteral("admin"), QStringLiteral("--secret-store"), QStringLiteral("file") });
    QVERIFY(add.waitForFinished(60000));
    QVERIFY2(add.exitCode() == 0, add.readAllStandardError().constData());
    // The moderator's rules, which sync applies: one link is too many, one address is blocked.
    QSettings settings(QDir(m_profile).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    TriageSettings rules;
    rules.linkThreshold = 1;
    rules.blockedAddresses = { QStringLiteral("192.0.2.7") };
    rules.save(settings);
    settings.sync();
    m_held = serverIds(QStringLiteral("hold"), 10);
    m_approved = serverIds(QStringLiteral("approve"), 10);
    QCOMPARE(m_held.size(), 10);
    QCOMPARE(m_approved.size(), 10);
}

TestCliComments::Run TestCliComments::cli(const QStringList& args, const QByteArray& input)
{
    QProcess process;
    process.start(QDir(qEnvironmentVariable("LONGHAND_BINARY_DIR")).filePath(QStringLiteral("src/cli/longhand-cli")),
        QStringList { QStringLiteral("--profile"), m_profile } + args);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
    }
    return Run { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError() };
}

TestCliComments::Rest TestCliComments::rest(
    const QByteArray& method, const QString& route, const QUrlQuery& query, const QByteArray& body)
{
    QUrl url(m_env.value(QStringLiteral("WP_URL")).toString() + QStringLiteral("/"));
    QUrlQuery full = query;
    full.addQueryItem(QStringLiteral("rest_route"), route);
    url.setQuery(full);
    QNetworkRequest request(url);
    const QByteArray credentials
        = "admin:" + m_env.value(QStringLiteral("WP_ADMIN_APP_PASSWORD")).toString().remove(QLatin1Char(' ')).toUtf8();
    request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return Rest { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        QJsonDocument::fromJson(reply->readAll()), reply->rawHeader("X-WP-Total") };
}

QJsonObject TestCliComments::serverComment(qint64 id)
{
    QUrlQuery edit;
    edit.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    return rest("GET", QStringLiteral("/wp/v2/comments/%1").arg(id), edit).json.object();
}

QList<qint64> TestCliComments::serverIds(const QString& status, int count)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("status"), status);
    query.addQueryItem(QStringLiteral("per_page"), QString::number(count));
    query.addQueryItem(QStringLiteral("orderby"), QStringLiteral("id"));
    query.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
    QList<qint64> ids;
    for (const QJsonValue& comment : rest("GET", QStringLiteral("/wp/v2/comments"), query).json.array()) {
        ids.append(comment.toObject().value(QStringLiteral("id")).toInteger());
    }
    return ids;
}

// Every comment in the cache by its id on the blog (a reply not sent yet under 0 minus its local id).
QHash<qint64, QJsonObject> TestCliComments::listed()
{
    const Run run = cli({ QStringLiteral("comments"), QStringLiteral("list"), QStringLiteral("--status"),
        QStringLiteral("all"), QStringLiteral("--json") });
    if (run.code != 0) {
        qWarning() << run.err;
    }
    QHash<qint64, QJsonObject> byId;
    for (const QJsonValue& value : QJsonDocument::fromJson(run.out).array()) {
        const QJsonObject comment = value.toObject();
        const qint64 id = comment.value(QStringLiteral("id")).toInteger();
        byId.insert(id > 0 ? id : -comment.value(QStringLiteral("local_id")).toInteger(), comment);
    }
    return byId;
}

// The blog's replies to parent with this text.
QJsonArray TestCliComments::repliesOnServer(qint64 parent, const QString& text)
{
    QUrlQuery children;
    children.addQueryItem(QStringLiteral("parent"), QString::number(parent));
    children.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    children.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    QJsonArray found;
    for (const QJsonValue& reply : rest("GET", QStringLiteral("/wp/v2/comments"), children).json.array()) {
        if (reply.toObject()
                .value(QStringLiteral("content"))
                .toObject()
                .value(QStringLiteral("raw"))
                .toString()
                .trimmed()
            == text) {
            found.append(reply);
        }
    }
    return found;
}

// Points the profile's blog at a closed port on loopback (every request is refused at once), or back.
void TestCliComments::setReachable(bool reachable)
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const int deadPort = closed.serverPort();
    closed.close();
    auto database = Database::open(QDir(m_profile).filePath(QStringLiteral("longhand.sqlite")));
    QVERIFY2(database, database ? "" : qPrintable(database.error().message));
    SiteRepository sites(*database.value());
    auto list = sites.list();
    QVERIFY(list && list->size() == 1);
    Site site = list->constFirst();
    site.restRoot.setPort(reachable ? QUrl(m_env.value(QStringLiteral("WP_URL")).toString()).port() : deadPort);
    QVERIFY(sites.update(site));
}

void TestCliComments::expectQueued(const QStringList& args, const QByteArray& input)
{
    const Run run = cli(QStringList { QStringLiteral("comments") } + args, input);
    QVERIFY2(run.code != 0, run.out.constData());
    QVERIFY2(run.err.contains("queued") && run.err.contains("next sync"), run.err.constData());
}

void TestCliComments::syncsAndListsTwoThousandComments()
{
    const Run sync = cli({ QStringLiteral("sync") });
    QVERIFY2(sync.code == 0, sync.err.constData());
    QVERIFY2(sync.out.contains("new pending comments"), sync.out.constData());

    const Run all = cli({ QStringLiteral("comments"), QStringLiteral("list"), QStringLiteral("--status"),
        QStringLiteral("all"), QStringLiteral("--json") });
    QVERIFY2(all.code == 0, all.err.constData());
    const QJsonArray comments = QJsonDocument::fromJson(all.out).array();
    QVERIFY2(comments.size() >= 2000, qPrintable(QString::number(comments.size())));
    const QStringList statuses { QStringLiteral("hold"), QStringLiteral("approved"), QStringLiteral("spam"),
        QStringLiteral("trash") };
    int manyLinks = 0;
    int blocked = 0;
    for (const QJsonValue& value : comments) {
        const QJsonObject c = value.toObject();
        for (const char* key : { "id", "post", "parent", "status", "author_name", "author_email", "author_url",
                 "author_ip", "date", "flags", "text", "site", "post_title", "pending", "gone" }) {
            QVERIFY2(c.contains(QLatin1String(key)), key);
        }
        QVERIFY(c.value(QStringLiteral("id")).toInteger() > 0);
        QCOMPARE(c.value(QStringLiteral("post")).toInteger(), m_post);
        QVERIFY(statuses.contains(c.value(QStringLiteral("status")).toString()));
        QVERIFY(c.value(QStringLiteral("date")).toString().endsWith(QLatin1Char('Z')));
        QVERIFY(c.value(QStringLiteral("author_email")).toString().endsWith(QLatin1String("@example.net")));
        QVERIFY(
            c.value(QStringLiteral("post_title")).toString().startsWith(QLatin1String("A post with 2000 comments")));
        QVERIFY(!c.value(QStringLiteral("text")).toString().contains(QLatin1Char('<')));
        QCOMPARE(c.value(QStringLiteral("pending")).toBool(), false);
        const QJsonArray flags = c.value(QStringLiteral("flags")).toArray();
        manyLinks += flags.contains(QStringLiteral("links")) ? 1 : 0;
        const bool fromBlocked = c.value(QStringLiteral("author_ip")).toString() == QLatin1String("192.0.2.7");
        QCOMPARE(flags.contains(QStringLiteral("blocked-address")), fromBlocked);
        blocked += fromBlocked ? 1 : 0;
    }
    QVERIFY2(manyLinks > 100, qPrintable(QString::number(manyLinks))); // one in eleven has a link
    QVERIFY(blocked >= 8);

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("hold"));
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
    const int serverHeld = rest("GET", QStringLiteral("/wp/v2/comments"), query).total.toInt();
    QVERIFY(serverHeld > 100);
    const Run held = cli({ QStringLiteral("comments"), QStringLiteral("list"), QStringLiteral("--status"),
        QStringLiteral("hold"), QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(held.out).array().size(), serverHeld);
    // The text format: one tab-separated line per comment.
    query.removeAllQueryItems(QStringLiteral("status"));
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("spam"));
    const int serverSpam = rest("GET", QStringLiteral("/wp/v2/comments"), query).total.toInt();
    const Run spam = cli(
        { QStringLiteral("comments"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("spam") });
    QCOMPARE(spam.code, 0);
    const QList<QByteArray> lines = spam.out.trimmed().split('\n');
    QCOMPARE(lines.size(), serverSpam);
    QCOMPARE(lines.first().split('\t').size(), 7);
    QCOMPARE(lines.first().split('\t').at(1), QByteArray("spam"));
}

void TestCliComments::offlineModerationGoesOutWithTheNextSync()
{
    const QList<qint64> spam = serverIds(QStringLiteral("spam"), 1);
    QCOMPARE(spam.size(), 1);
    const qint64 approveMe = m_held.takeFirst();
    const qint64 spamMe = m_approved.takeFirst();
    const qint64 trashMe = m_approved.takeFirst();
    const qint64 deleteMe = m_approved.takeFirst();
    const qint64 answerMe = m_approved.takeFirst();
    const qint64 restoreMe = spam.first();
    const QString text = QStringLiteral("Written on a train, sent later.");

    setReachable(false);
    expectQueued({ QStringLiteral("approve"), QString::number(approveMe) });
    expectQueued({ QStringLiteral("spam"), QString::number(spamMe) });
    expectQueued({ QStringLiteral("trash"), QString::number(trashMe) });
    expectQueued({ QStringLiteral("restore"), QString::number(restoreMe) });
    expectQueued({ QStringLiteral("delete"), QString::number(deleteMe) });
    expectQueued({ QStringLiteral("reply"), QString::number(answerMe), text });

    // The cache shows the decisions at once, marked as waiting.
    QHash<qint64, QJsonObject> local = listed();
    const auto statusOf = [&local](qint64 id) { return local.value(id).value(QStringLiteral("status")).toString(); };
    QCOMPARE(statusOf(approveMe), QStringLiteral("approved"));
    QCOMPARE(statusOf(spamMe), QStringLiteral("spam"));
    QCOMPARE(statusOf(trashMe), QStringLiteral("trash"));
    QCOMPARE(statusOf(restoreMe), QStringLiteral("hold")); // where it came from is unknown: pending
    QVERIFY(!local.contains(deleteMe));
    for (const qint64 id : { approveMe, spamMe, trashMe, restoreMe }) {
        QVERIFY2(local.value(id).value(QStringLiteral("pending")).toBool(), qPrintable(QString::number(id)));
    }
    int waitingReplies = 0;
    for (const QJsonObject& c : std::as_const(local)) {
        if (c.value(QStringLiteral("id")).isNull()) {
            ++waitingReplies;
            QCOMPARE(c.value(QStringLiteral("parent")).toInteger(), answerMe);
            QCOMPARE(c.value(QStringLiteral("text")).toString(), text);
            QVERIFY(c.value(QStringLiteral("pending")).toBool());
        }
    }
    QCOMPARE(waitingReplies, 1);
    QCOMPARE(
        serverComment(approveMe).value(QStringLiteral("status")).toString(), QStringLiteral("hold")); // nothing sent

    setReachable(true);
    const Run sync = cli({ QStringLiteral("sync") });
    QVERIFY2(sync.code == 0, sync.err.constData());
    QVERIFY2(!sync.out.contains("still wait"), sync.out.constData());
    QCOMPARE(serverComment(approveMe).value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(serverComment(spamMe).value(QStringLiteral("status")).toString(), QStringLiteral("spam"));
    QCOMPARE(serverComment(trashMe).value(QStringLiteral("status")).toString(), QStringLiteral("trash"));
    QCOMPARE(serverComment(restoreMe).value(QStringLiteral("status")).toString(), QStringLiteral("hold"));
    QUrlQuery edit;
    edit.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    QCOMPARE(rest("GET", QStringLiteral("/wp/v2/comments/%1").arg(deleteMe), edit).status, 404);
    const QJsonArray replies = repliesOnServer(answerMe, text);
    QCOMPARE(replies.size(), 1);

    local = listed();
    for (const QJsonObject& c : std::as_const(local)) {
        QVERIFY2(!c.value(QStringLiteral("pending")).toBool(),
            qPrintable(QString::number(c.value(QStringLiteral("id")).toInteger())));
    }
    const qint64 replyId = replies.first().toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(local.value(replyId).value(QStringLiteral("parent")).toInteger(), answerMe);
}

void TestCliComments::webStatusChangeWins()
{
    const qint64 id = m_held.takeFirst();
    QVERIFY(cli({ QStringLiteral("sync") }).code == 0);
    // Someone marks it as spam on the web; here it is approved while the blog cannot be reached.
    QCOMPARE(rest("POST", QStringLiteral("/wp/v2/comments/%1").arg(id), {}, R"({"status":"spam"})").status, 200);
    setReachable(false);
    expectQueued({ QStringLiteral("approve"), QString::number(id) });
    QCOMPARE(listed().value(id).value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    setReachable(true);

    const Run sync = cli({ QStringLiteral("sync") });
    QVERIFY2(sync.code == 0, sync.err.constData());
    QVERIFY2(QByteArray(sync.out + sync.err).contains("decision stands"), sync.err.constData());
    QCOMPARE(serverComment(id).value(QStringLiteral("status")).toString(), QStringLiteral("spam"));
    const QJsonObject local = listed().value(id);
    QCOMPARE(local.value(QStringLiteral("status")).toString(), QStringLiteral("spam"));
    QCOMPARE(local.value(QStringLiteral("pending")).toBool(), false);

    // Online, the same conflict is caught by the command itself, which says so and fails.
    QCOMPARE(rest("POST", QStringLiteral("/wp/v2/comments/%1").arg(id), {}, R"({"status":"trash"})").status, 200);
    const Run approve = cli({ QStringLiteral("comments"), QStringLiteral("approve"), QString::number(id) });
    QVERIFY(approve.code != 0);
    QVERIFY2(approve.err.contains("decision stands"), approve.err.constData());
    QCOMPARE(serverComment(id).value(QStringLiteral("status")).toString(), QStringLiteral("trash"));
}

void TestCliComments::commentDeletedOnTheWebIsNotRetried()
{
    const qint64 id = m_held.takeFirst();
    QUrlQuery force;
    force.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
    QCOMPARE(rest("DELETE", QStringLiteral("/wp/v2/comments/%1").arg(id), force).status, 200);
    setReachable(false);
    expectQueued({ QStringLiteral("approve"), QString::number(id) });
    setReachable(true);

    const Run first = cli({ QStringLiteral("sync") });
    QVERIFY2(first.code == 0, first.err.constData());
    QVERIFY2(first.err.contains("deleted on the blog"), first.err.constData());
    const Run second = cli({ QStringLiteral("sync") });
    QVERIFY2(second.code == 0, second.err.constData());
    QVERIFY2(!second.err.contains("Comment") && !second.out.contains("still wait"), second.err.constData());
    const QJsonObject local = listed().value(id);
    QVERIFY(local.value(QStringLiteral("gone")).toBool());
    QVERIFY(!local.value(QStringLiteral("pending")).toBool());

    // Nothing left to moderate, and an unknown id changes nothing.
    const Run again = cli({ QStringLiteral("comments"), QStringLiteral("approve"), QString::number(id) });
    QVERIFY(again.code != 0);
    QVERIFY2(again.err.contains("deleted on the blog"), again.err.constData());
    const qint64 held = m_held.first();
    const Run unknown
        = cli({ QStringLiteral("comments"), QStringLiteral("spam"), QString::number(held), QStringLiteral("999999") });
    QCOMPARE(unknown.code, 2);
    QVERIFY2(unknown.err.contains("999999"), unknown.err.constData());
    QCOMPARE(listed().value(held).value(QStringLiteral("status")).toString(), QStringLiteral("hold"));
    QCOMPARE(serverComment(held).value(QStringLiteral("status")).toString(), QStringLiteral("hold"));
}

void TestCliComments::showPrintsSanitizedHtml()
{
    const QByteArray body = QJsonDocument(
        QJsonObject {
            { QStringLiteral("post"), m_post },
            { QStringLiteral("content"),
                QStringLiteral(R"(<script>alert(1)</script><a href="javascript:x">y</a><strong>ok</strong>)") },
        })
                                .toJson();
    const Rest created = rest("POST", QStringLiteral("/wp/v2/comments"), {}, body);
    QCOMPARE(created.status, 201);
    const qint64 id = created.json.object().value(QStringLiteral("id")).toInteger();
    // The blog really holds the markup (an administrator may post unfiltered HTML).
    const QString raw
        = serverComment(id).value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString();
    QVERIFY2(raw.contains(QStringLiteral("<script>")) && raw.contains(QStringLiteral("javascript:")), qPrintable(raw));
    QVERIFY(cli({ QStringLiteral("sync") }).code == 0);

    const Run html = cli({ QStringLiteral("comments"), QStringLiteral("show"), QString::number(id),
        QStringLiteral("--format"), QStringLiteral("html") });
    QVERIFY2(html.code == 0, html.err.constData());
    QVERIFY2(!html.out.toLower().contains("<script"), html.out.constData());
    QVERIFY2(!html.out.toLower().contains("javascript:"), html.out.constData());
    QVERIFY2(html.out.contains("<strong>ok</strong>"), html.out.constData());
    QVERIFY(html.out.endsWith('\n') && !html.out.endsWith("\n\n"));

    const Run json
        = cli({ QStringLiteral("comments"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json") });
    QVERIFY2(json.code == 0, json.err.constData());
    const QJsonObject shown = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(shown.value(QStringLiteral("html")).toString() + QLatin1Char('\n'), QString::fromUtf8(html.out));
    QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QVERIFY(shown.value(QStringLiteral("commenter")).toObject().contains(QStringLiteral("by_email")));

    const Run text = cli({ QStringLiteral("comments"), QStringLiteral("show"), QString::number(id) });
    QVERIFY2(text.code == 0, text.err.constData());
    QVERIFY2(text.out.contains("ok") && !text.out.contains("<strong>") && text.out.contains("Status:"),
        text.out.constData());

    // A bulk comment: the commenter's history by email and IP.
    const Run history
        = cli({ QStringLiteral("comments"), QStringLiteral("show"), QString::number(m_approved.first()) });
    QVERIFY2(history.out.contains("By email:") && history.out.contains("By IP:"), history.out.constData());
}

void TestCliComments::replyApprovesItsPendingParent()
{
    const qint64 parent = m_held.takeFirst();
    const QString text = QStringLiteral("Thank you, approved with this answer.");
    const Run run = cli({ QStringLiteral("comments"), QStringLiteral("reply"), QString::number(parent), text });
    QVERIFY2(run.code == 0, run.err.constData());
    const qint64 replyId = run.out.trimmed().toLongLong();
    QVERIFY2(replyId > 0, run.out.constData());
    QCOMPARE(serverComment(parent).value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    const QJsonObject reply = serverComment(replyId);
    QCOMPARE(reply.value(QStringLiteral("parent")).toInteger(), parent);
    QCOMPARE(reply.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(reply.value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString().trimmed(), text);
    const QHash<qint64, QJsonObject> local = listed();
    QCOMPARE(local.value(parent).value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(local.value(replyId).value(QStringLiteral("parent")).toInteger(), parent);
}

void TestCliComments::failedReplyIsPostedOnce()
{
    const qint64 parent = m_approved.takeFirst();
    const QByteArray text = "Sent from standard input while offline.\n";
    setReachable(false);
    expectQueued({ QStringLiteral("reply"), QString::number(parent), QStringLiteral("-") }, text);
    setReachable(true);
    for (int i = 0; i < 2; ++i) {
        const Run sync = cli({ QStringLiteral("sync") });
        QVERIFY2(sync.code == 0, sync.err.constData());
    }
    QCOMPARE(repliesOnServer(parent, QString::fromUtf8(text).trimmed()).size(), 1);
    int copies = 0;
    for (const QJsonObject& c : listed()) {
        const bool same = c.value(QStringLiteral("parent")).toInteger() == parent
            && c.value(QStringLiteral("text")).toString().trimmed() == QString::fromUtf8(text).trimmed();
        copies += same ? 1 : 0;
        QVERIFY(!same || !c.value(QStringLiteral("pending")).toBool());
    }
    QCOMPARE(copies, 1);
}

void TestCliComments::emptySpamDeletesTheBlogsSpamForGood()
{
    QVERIFY(cli({ QStringLiteral("sync") }).code == 0);
    // Several comments spammed by the moderator, beside whatever spam the blog had.
    const QList<qint64> held = serverIds(QStringLiteral("hold"), 60).mid(40, 4);
    QCOMPARE(held.size(), 4);
    QStringList spam { QStringLiteral("comments"), QStringLiteral("spam") };
    for (const qint64 id : held) {
        spam << QString::number(id);
    }
    const Run spammed = cli(spam);
    QVERIFY2(spammed.code == 0, spammed.err.constData());
    const QList<qint64> doomed = serverIds(QStringLiteral("spam"), 100);
    for (const qint64 id : held) {
        QVERIFY(doomed.contains(id));
    }
    const QList<qint64> approved = serverIds(QStringLiteral("approve"), 60).mid(40, 3);
    const QList<qint64> stillHeld = serverIds(QStringLiteral("hold"), 60).mid(50, 3);
    QCOMPARE(approved.size(), 3);
    QCOMPARE(stillHeld.size(), 3);

    // Without --yes: how many would go, nothing done.
    const Run asked = cli({ QStringLiteral("comments"), QStringLiteral("empty-spam") });
    QCOMPARE(asked.code, 2);
    QVERIFY2(asked.err.contains(QByteArray(QByteArray::number(doomed.size()) + " spam comment")) && asked.err.contains("--yes"),
        asked.err.constData());
    QCOMPARE(serverIds(QStringLiteral("spam"), 100), doomed);

    const Run emptied = cli({ QStringLiteral("comments"), QStringLiteral("empty-spam"), QStringLiteral("--yes"),
        QStringLiteral("--json") });
    QVERIFY2(emptied.code == 0, emptied.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(emptied.out).object();
    QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("spam"));
    QCOMPARE(report.value(QStringLiteral("count")).toInt(), doomed.size());
    QCOMPARE(report.value(QStringLiteral("deleted")).toInt(), doomed.size());

    // Gone for good on the blog: not listed under any status, not even in the trash.
    QUrlQuery any;
    any.addQueryItem(QStringLiteral("status"), QStringLiteral("any"));
    any.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    QStringList include;
    for (const qint64 id : doomed) {
        include << QString::number(id);
    }
    any.addQueryItem(QStringLiteral("include"), include.join(QLatin1Char(',')));
    const Rest listing = rest("GET", QStringLiteral("/wp/v2/comments"), any);
    QCOMPARE(listing.status, 200);
    QVERIFY2(listing.json.array().isEmpty(), listing.json.toJson().constData());
    QCOMPARE(rest("GET", QStringLiteral("/wp/v2/comments/%1").arg(held.first())).status, 404);
    // The other comments are as they were.
    for (const qint64 id : approved) {
        QCOMPARE(serverComment(id).value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    }
    for (const qint64 id : stillHeld) {
        QCOMPARE(serverComment(id).value(QStringLiteral("status")).toString(), QStringLiteral("hold"));
    }
    // Nothing is left to send, and a second run has nothing to do.
    const Run again = cli({ QStringLiteral("comments"), QStringLiteral("empty-spam"), QStringLiteral("--yes") });
    QVERIFY2(again.code == 0, again.err.constData());
    QVERIFY2(again.out.contains("No spam"), again.out.constData());
    // The trash likewise: two comments trashed, then emptied; they are gone from the blog.
    const QList<qint64> trashed = serverIds(QStringLiteral("hold"), 70).mid(60, 2);
    QVERIFY(cli({ QStringLiteral("comments"), QStringLiteral("trash"), QString::number(trashed.at(0)),
                    QString::number(trashed.at(1)) })
                .code
        == 0);
    const Run emptiedTrash = cli({ QStringLiteral("comments"), QStringLiteral("empty-trash"), QStringLiteral("--yes") });
    QVERIFY2(emptiedTrash.code == 0, emptiedTrash.err.constData());
    for (const qint64 id : trashed) {
        QCOMPARE(rest("GET", QStringLiteral("/wp/v2/comments/%1").arg(id)).status, 404);
    }
    const Run sync = cli({ QStringLiteral("sync") });
    QVERIFY2(sync.code == 0, sync.err.constData());
}

QTEST_GUILESS_MAIN(TestCliComments)
#include "tst_cli_comments.moc"
