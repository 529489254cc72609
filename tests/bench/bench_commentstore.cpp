// Storing comment pages, no HTTP: the same REST JSON pages (100 comments each) go
//   1. through the parse alone (wpjson::parseComments),
//   2. through the sync's own page-storing code (parse, then CommentRepository::upsertComments, one
//      transaction a page, as SyncPages stores them), into a fresh cache with every migration (FTS5 included),
//   3. through a floor: the same parse and one prepared INSERT of the same columns, into the same schema,
//      all pages in one transaction (no sanitizing, no triage, no duplicate look-up).
// Prints the times, their ratio (goal <= 3x the floor) and the cache size against the JSON it holds
// (goal <= 1.2x). "The JSON" is what the sync fetches for these comments: its own _fields
// (wpjson::commentFields()) in edit context, so content is {"raw", "rendered"} (rendered as wpautop does for these
// texts), written as WordPress writes JSON (PHP's json_encode: "/" escaped). The size of the pages as this bench
// made them before (raw content only, a "link" field the sync does not ask for, Qt's compact JSON) is printed too.
// Usage: bench_commentstore [COMMENTS=100000] [DIR]
//        bench_commentstore --filters CACHE: opens (and so upgrades) an existing cache, then times the queue's query
//        (CommentRepository::ids) and counts for its filters, best of three, warm.
#include "BenchComments.h"
#include "core/moderation/TriageRules.h"
#include "core/remote/WpJson.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace longhand;

namespace {

qint64 addSite(Database& db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("INSERT INTO sites (name, base_url, rest_root, user_name, created_at) VALUES ('Bench', 'https://blog.example/', "
                          "'https://blog.example/wp-json/', 'admin', '2026-12-07T00:00:00Z')"));
    return q.lastInsertId().toLongLong();
}

} // namespace

int timeFilters(const QString& path, QTextStream& out)
{
    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(path);
    if (!db) {
        out << "cannot open: " << db.error().message << "\n";
        return 1;
    }
    out << "open (and upgrade): " << double(timer.nsecsElapsed()) / 1e9 << " s\n";
    CommentRepository comments(**db);
    struct Case
    {
        const char* name;
        CommentFilter filter;
    };
    const auto make = [](std::optional<CommentStatus> status, bool unreplied, bool mine, const QString& type = {}) {
        CommentFilter f;
        f.status = status;
        f.unreplied = unreplied;
        f.mine = mine;
        f.type = type;
        return f;
    };
    const QList<Case> cases {
        {"Pending", make(CommentStatus::Hold, false, false)},
        {"Pending + Unreplied", make(CommentStatus::Hold, true, false)},
        {"Pending + Mine", make(CommentStatus::Hold, false, true)},
        {"Pending + Unreplied + Mine", make(CommentStatus::Hold, true, true)},
        {"Pending + pingback", make(CommentStatus::Hold, false, false, QStringLiteral("pingback"))},
        {"Pending + comment", make(CommentStatus::Hold, false, false, QStringLiteral("comment"))},
        {"Approved + Mine", make(CommentStatus::Approved, false, true)},
        {"Mine (every status)", make(std::nullopt, false, true)},
    };
    for (const Case& c : cases) {
        double best = 1e9;
        double bestCounts = 1e9;
        qsizetype n = 0;
        for (int run = 0; run < 3; ++run) {
            timer.restart();
            n = comments.ids(c.filter).value().size();
            best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
            timer.restart();
            (void)comments.counts(c.filter).value();
            bestCounts = std::min(bestCounts, double(timer.nsecsElapsed()) / 1e6);
        }
        out << c.name << ": " << n << " ids in " << best << " ms, counts " << bestCounts << " ms; plan: "
            << comments.queryPlan(c.filter).value().join(QStringLiteral(" | ")) << "\n";
    }
    return 0;
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 2 && QByteArray(argv[1]) == "--filters") {
        QTextStream out(stdout);
        return timeFilters(QString::fromLocal8Bit(argv[2]), out);
    }
    const int total = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir temp;
    const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : temp.path();
    QDir().mkpath(dir);
    QTextStream out(stdout);

    QRandomGenerator random(20261207);
    QList<QByteArray> pages;
    qint64 jsonBytes = 0;
    qint64 oldJsonBytes = 0;
    for (qint64 id = 1; id <= total; id += 100) {
        const bench::CommentPage page = bench::makeCommentPage(id, int(std::min<qint64>(100, total - id + 1)), random);
        pages.append(page.json);
        jsonBytes += page.json.size();
        oldJsonBytes += page.oldBytes;
    }
    out << "comments: " << total << " in " << pages.size() << " pages, " << jsonBytes / 1024 / 1024
        << " MB of JSON as fetched with the sync's _fields (" << oldJsonBytes / 1024 / 1024 << " MB as this bench made it before)\n";

    QElapsedTimer timer;
    timer.start();
    qint64 parsed = 0;
    for (const QByteArray& page : std::as_const(pages)) {
        parsed += wpjson::parseComments(page).value().size();
    }
    const double parseS = double(timer.nsecsElapsed()) / 1e9;
    out << "parse only: " << parseS << " s (" << parsed << " comments)\n";

    // The sync's own page-storing code.
    const QString ourPath = dir + QStringLiteral("/ours.sqlite");
    QFile::remove(ourPath);
    double oursS = 0;
    {
        auto db = Database::open(ourPath);
        if (!db) {
            out << "cannot open: " << db.error().message << "\n";
            return 1;
        }
        const qint64 site = addSite(**db);
        const TriageRules rules;
        timer.restart();
        for (const QByteArray& page : std::as_const(pages)) {
            auto comments = wpjson::parseComments(page);
            auto stored = CommentRepository(**db).upsertComments(site, comments.value(), rules);
            if (!stored) {
                out << "store failed: " << stored.error().message << "\n";
                return 1;
            }
        }
        oursS = double(timer.nsecsElapsed()) / 1e9;
    }
    out << "sync's page store: " << oursS << " s\n";

    // The floor: the same schema, a bare prepared insert, one transaction.
    const QString floorPath = dir + QStringLiteral("/floor.sqlite");
    QFile::remove(floorPath);
    double floorS = 0;
    {
        auto db = Database::open(floorPath);
        const qint64 site = addSite(**db);
        timer.restart();
        QSqlQuery(db.value()->connection()).exec(QStringLiteral("BEGIN"));
        QSqlQuery insert(db.value()->connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO comments (site_id, remote_id, post_remote_id, parent_remote_id, status, remote_status, author_id, "
            "author_name, author_email, author_url, author_ip, author_user_agent, date_gmt, content_raw, "
            "content_hash, link_count, flags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QByteArray& page : std::as_const(pages)) {
            const auto comments = wpjson::parseComments(page);
            for (const RemoteComment& c : comments.value()) {
                const QVariantList values {site, c.id, c.post, c.parent, c.status, c.status, c.author, c.authorName, c.authorEmail,
                                           c.authorUrl, c.authorIp, c.authorUserAgent, c.dateGmt.toMSecsSinceEpoch(), c.content,
                                           QVariant(), 0, 0};
                for (int i = 0; i < values.size(); ++i) {
                    insert.bindValue(i, values.at(i));
                }
                if (!insert.exec()) {
                    out << "floor insert failed: " << insert.lastError().text() << "\n";
                    return 1;
                }
            }
        }
        QSqlQuery(db.value()->connection()).exec(QStringLiteral("COMMIT"));
        floorS = double(timer.nsecsElapsed()) / 1e9;
    }
    out << "floor (parse + prepared insert, one transaction): " << floorS << " s\n";
    out << "ratio: " << oursS / floorS << "x (goal <= 3x)\n";
    const qint64 ourSize = QFileInfo(ourPath).size() + QFileInfo(ourPath + QStringLiteral("-wal")).size();
    out << "cache: " << ourSize / 1024 / 1024 << " MB for " << jsonBytes / 1024 / 1024 << " MB of JSON: "
        << double(ourSize) / double(jsonBytes) << "x (goal <= 1.2x); " << ourSize / total << " bytes a comment; "
        << double(ourSize) / double(oldJsonBytes) << "x the JSON as this bench made it before\n";
    return 0;
}
