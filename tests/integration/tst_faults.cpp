// longhand-cli through the fault proxy, against the real WordPress: sync, publish (a review with two
// inline images and a featured image) and moderation (approve, spam, trash, delete, reply) while the
// network drops, resets, truncates, delays or fails chosen requests; then the proxy heals and sync runs
// until nothing waits. The blog must end exactly as intended: no duplicate post, image, term or reply,
// no lost moderation action or edit, and the CLI's exit codes and messages must say what happened.
// Run twice (CTest): over REST, and as tst_faults_xmlrpc over XML-RPC (LONGHAND_TEST_BACKEND=xmlrpc: the account is
// added with --protocol xmlrpc, the faults hit xmlrpc.php calls chosen by their method name; the blog is checked
// through REST all the same).
#include "BlogHarness.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand::test;

namespace {

struct FaultKind
{
    QString name;
    QJsonObject rule; // action and its parameters
    bool harmless; // the request still succeeds (only slower)
};

const QList<FaultKind>& faultKinds()
{
    static const QList<FaultKind> kinds {
        { QStringLiteral("drop-before"), { { QStringLiteral("action"), QStringLiteral("drop-before") } }, false },
        { QStringLiteral("reset-before"), { { QStringLiteral("action"), QStringLiteral("reset-before") } }, false },
        { QStringLiteral("drop-after"), { { QStringLiteral("action"), QStringLiteral("drop-after") } }, false },
        { QStringLiteral("reset-after"), { { QStringLiteral("action"), QStringLiteral("reset-after") } }, false },
        { QStringLiteral("truncate"), { { QStringLiteral("action"), QStringLiteral("truncate") } }, false },
        { QStringLiteral("slow"),
            { { QStringLiteral("action"), QStringLiteral("delay") }, { QStringLiteral("delay_ms"), 1500 } }, true },
        { QStringLiteral("500"),
            { { QStringLiteral("action"), QStringLiteral("status") }, { QStringLiteral("status"), 500 } }, false },
        { QStringLiteral("503"),
            { { QStringLiteral("action"), QStringLiteral("status") }, { QStringLiteral("status"), 503 } }, false },
        { QStringLiteral("502-after-commit"),
            { { QStringLiteral("action"), QStringLiteral("status") }, { QStringLiteral("status"), 502 },
                { QStringLiteral("forward"), true } },
            false },
    };
    return kinds;
}

FaultKind kindNamed(const QString& name)
{
    for (const FaultKind& kind : faultKinds()) {
        if (kind.name == name) {
            return kind;
        }
    }
    qFatal("unknown fault kind");
}

// The normal run tries a representative part of the matrix (CI has a time budget); LONGHAND_FAULTS=all
// tries every fault on every target (about four and a half minutes).
bool fullMatrix()
{
    return qEnvironmentVariable("LONGHAND_FAULTS") == QLatin1String("all");
}

// The requests a fault is aimed at, whichever way the blog is reached.
enum class Target {
    LaterPage,     // a second page of posts or comments
    Upload,        // an image
    CreatePost,
    UpdatePost,
    CreateTerm,    // a category or tag
    WriteComment,  // a status change, an edit or a reply
    DeleteComment,
};

struct Aim
{
    QString method;
    QString path;
    QString body; // XML-RPC: the method called
};

Aim aim(Target target)
{
    if (overXmlRpc()) {
        const auto call = [](const QString& methods) {
            return Aim {QStringLiteral("POST"), QStringLiteral("xmlrpc\\.php"),
                        QStringLiteral("<methodName>wp\\.(%1)</methodName>").arg(methods)};
        };
        switch (target) {
        case Target::LaterPage: {
            Aim later = call(QStringLiteral("getPosts|getComments"));
            later.body += QStringLiteral("[\\s\\S]*<name>offset</name>\\s*<value>\\s*<int>100</int>");
            return later;
        }
        case Target::Upload: return call(QStringLiteral("uploadFile"));
        case Target::CreatePost: return call(QStringLiteral("newPost"));
        case Target::UpdatePost: return call(QStringLiteral("editPost"));
        case Target::CreateTerm: return call(QStringLiteral("newTerm"));
        case Target::WriteComment: return call(QStringLiteral("editComment|newComment"));
        case Target::DeleteComment: return call(QStringLiteral("deleteComment"));
        }
    }
    switch (target) {
    case Target::LaterPage: return {QStringLiteral("GET"), QStringLiteral("wp/v2/(posts|comments)\\?(.*&)?page=2(&|$)"), {}};
    case Target::Upload: return {QStringLiteral("POST"), QStringLiteral("wp/v2/media"), {}};
    case Target::CreatePost: return {QStringLiteral("POST"), QStringLiteral("wp/v2/posts(\\?|$)"), {}};
    case Target::UpdatePost: return {QStringLiteral("POST"), QStringLiteral("wp/v2/posts/\\d+"), {}};
    case Target::CreateTerm: return {QStringLiteral("POST"), QStringLiteral("wp/v2/(categories|tags)"), {}};
    case Target::WriteComment: return {QStringLiteral("POST"), QStringLiteral("wp/v2/comments"), {}};
    case Target::DeleteComment: return {QStringLiteral("DELETE"), QStringLiteral("wp/v2/comments"), {}};
    }
    return {};
}

QJsonObject rule(const QString& kind, Target target, int nth, int times)
{
    const Aim at = aim(target);
    QJsonObject object = kindNamed(kind).rule;
    object.insert(QStringLiteral("method"), at.method);
    object.insert(QStringLiteral("path"), at.path);
    if (!at.body.isEmpty()) {
        object.insert(QStringLiteral("body"), at.body);
    }
    object.insert(QStringLiteral("nth"), nth);
    object.insert(QStringLiteral("times"), times);
    return object;
}


QString raw(const QJsonObject& object, const QString& field)
{
    return object.value(field).toObject().value(QStringLiteral("raw")).toString();
}

QUrlQuery query(std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery q;
    for (const auto& [key, value] : items) {
        q.addQueryItem(key, value);
    }
    return q;
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sync_data();
    void sync();
    void publish_data();
    void publish();
    void moderation_data();
    void moderation();
    void cleanupTestCase();

private:
    void heal(const Cli& cli);
    void expectSensible(const CliRun& run, const FaultKind& kind, const QByteArray& queuedWords);
    QString write(const QString& name, const QString& text);
    void verifyPublished(const QString& title, const QString& slug, const QString& marker, const QStringList& inline_,
        const QString& featured);

    LiveBlog m_blog;
    FaultProxy m_proxy;
    QTemporaryDir m_dir;
    std::unique_ptr<Cli> m_cli; // the profile publish and moderation work on
    QSet<qint64> m_serverPosts;
    QHash<qint64, QString> m_serverComments; // id -> status, before anything changes
    QList<qint64> m_held;
    QList<qint64> m_approved;
    int m_media = 0; // images on the blog: every one published exactly once
    int m_row = 0;
    int m_moderationRow = 0;
    int m_faulted = 0; // requests the proxy broke
};

void TestFaults::initTestCase()
{
    const QString loaded = m_blog.load();
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    QString error;
    m_blog.fixture(QStringLiteral("reset"), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Two pages of posts and four of comments, so a sync can be broken in the middle.
    m_blog.fixture(QStringLiteral("bulk-posts"), { QStringLiteral("150") }, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_blog.fixture(QStringLiteral("bulk-comments"), { QStringLiteral("400") }, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QJsonObject& post : m_blog.all(QStringLiteral("/wp/v2/posts"),
             query({ { QStringLiteral("status"), QStringLiteral("any") },
                 { QStringLiteral("_fields"), QStringLiteral("id") } }))) {
        m_serverPosts.insert(post.value(QStringLiteral("id")).toInteger());
    }
    for (const QJsonObject& comment : m_blog.all(QStringLiteral("/wp/v2/comments"),
             query({ { QStringLiteral("status"), QStringLiteral("any") },
                 { QStringLiteral("_fields"), QStringLiteral("id,status") },
                 { QStringLiteral("orderby"), QStringLiteral("id") },
                 { QStringLiteral("order"), QStringLiteral("asc") } }))) {
        const qint64 id = comment.value(QStringLiteral("id")).toInteger();
        const QString status = comment.value(QStringLiteral("status")).toString();
        m_serverComments.insert(id, status);
        (status == QLatin1String("hold") ? m_held : m_approved).append(id);
    }
    QCOMPARE(m_serverPosts.size(), 151);
    QCOMPARE(m_serverComments.size(), 400);

    const QString proxy = m_proxy.start(QUrl(m_blog.url()));
    QVERIFY2(proxy.isEmpty(), qPrintable(proxy));
    m_cli = std::make_unique<Cli>(m_dir.filePath(QStringLiteral("work")));
    const CliRun add = m_cli->addAccount(m_blog, QStringLiteral("file"), protocolOptions());
    QVERIFY2(add.code == 0, add.err.constData());
    const CliRun sync = m_cli->run({ QStringLiteral("sync") });
    QVERIFY2(sync.code == 0, sync.err.constData());
    const QString pointed = profiledb::pointAt(m_cli->profile(), m_proxy.port());
    QVERIFY2(pointed.isEmpty(), qPrintable(pointed));
}

// Clears the rules and syncs until the outbox is empty (a few rounds at most).
void TestFaults::heal(const Cli& cli)
{
    QVERIFY(m_proxy.clear());
    CliRun run;
    QStringList left;
    for (int round = 0; round < 3; ++round) {
        run = cli.run({ QStringLiteral("sync") });
        left.clear();
        if (run.code == 0 && profiledb::outboxCount(cli.profile(), &left) == 0) {
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("still not done after healing (exit %1): %2 | outbox: %3")
                         .arg(run.code)
                         .arg(QString::fromUtf8(run.err), left.join(QStringLiteral("; ")))));
}

// Under a fault a command either succeeds or fails with exit 1 and says its work waits; it never crashes.
void TestFaults::expectSensible(const CliRun& run, const FaultKind& kind, const QByteArray& queuedWords)
{
    QVERIFY2(run.code == 0 || run.code == 1,
        qPrintable(QStringLiteral("exit %1: %2").arg(run.code).arg(QString::fromUtf8(run.err))));
    if (kind.harmless) {
        QVERIFY2(run.code == 0, run.err.constData());
    }
    if (run.code != 0) {
        QVERIFY2(run.err.contains(queuedWords), run.err.constData());
    }
    QVERIFY2(!run.all().contains("QSql") && !run.all().contains("ASSERT"), run.err.constData());
}

QString TestFaults::write(const QString& name, const QString& text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0) {
        qFatal("cannot write a review");
    }
    return path;
}

void TestFaults::sync_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("times");
    const QStringList once
        = fullMatrix() ? QStringList {} : QStringList { QStringLiteral("drop-after"), QStringLiteral("truncate") };
    for (const FaultKind& kind : faultKinds()) {
        if (once.isEmpty() || once.contains(kind.name)) {
            QTest::addRow("%s once", qPrintable(kind.name)) << kind.name << 1;
        }
    }
    const QStringList persistent = fullMatrix() ? QStringList { QStringLiteral("drop-before"),
        QStringLiteral("reset-after"), QStringLiteral("truncate"), QStringLiteral("503") }
                                                : QStringList { QStringLiteral("reset-after"), QStringLiteral("503") };
    for (const QString& kind : persistent) {
        QTest::addRow("%s until healed", qPrintable(kind)) << kind << 0;
    }
}

// A first sync of a fresh profile with its second pages of posts and comments broken: a fault that
// happens once is retried away; one that persists fails the sync with a sentence, and the next sync
// resumes. In the end the cache holds exactly the blog's posts and comments, with their statuses.
void TestFaults::sync()
{
    QFETCH(QString, kind);
    QFETCH(int, times);
    const Cli cli(m_dir.filePath(QStringLiteral("sync-%1-%2").arg(kind).arg(times)));
    const CliRun add = cli.addAccount(m_blog, QStringLiteral("file"), protocolOptions());
    QVERIFY2(add.code == 0, add.err.constData());
    const QString pointed = profiledb::pointAt(cli.profile(), m_proxy.port());
    QVERIFY2(pointed.isEmpty(), qPrintable(pointed));
    QVERIFY(m_proxy.setRules({ rule(kind, Target::LaterPage, 1, times) }));

    const CliRun run = cli.run({ QStringLiteral("sync") });
    const int hits = m_proxy.hits();
    m_faulted += hits;
    QVERIFY2(hits >= 1, "the fault never happened");
    QVERIFY2(run.code == 0 || run.code == 1, run.err.constData());
    if (times == 1 || kindNamed(kind).harmless) {
        QVERIFY2(run.code == 0, run.err.constData()); // retried (idempotent GET)
    } else {
        QCOMPARE(run.code, 1);
        const QByteArray last = run.err.trimmed().split('\n').last();
        QVERIFY2(last.contains("blog"), run.err.constData());
    }
    heal(cli);
    if (QTest::currentTestFailed()) {
        return;
    }

    QSet<qint64> posts;
    const CliRun listed = cli.run({ QStringLiteral("posts"), QStringLiteral("list"), QStringLiteral("--json") });
    for (const QJsonValue& post : QJsonDocument::fromJson(listed.out).array()) {
        posts.insert(post.toObject().value(QStringLiteral("remote_id")).toInteger());
    }
    QCOMPARE(posts, m_serverPosts);
    QHash<qint64, QString> comments;
    const CliRun all = cli.run({ QStringLiteral("comments"), QStringLiteral("list"), QStringLiteral("--status"),
        QStringLiteral("all"), QStringLiteral("--json") });
    for (const QJsonValue& value : QJsonDocument::fromJson(all.out).array()) {
        const QJsonObject comment = value.toObject();
        QString status = comment.value(QStringLiteral("status")).toString();
        comments.insert(comment.value(QStringLiteral("id")).toInteger(), status);
    }
    QCOMPARE(comments.size(), m_serverComments.size());
    QCOMPARE(comments, m_serverComments);
    QCOMPARE(profiledb::integrityCheck(cli.profile()), QStringLiteral("ok"));
}

void TestFaults::publish_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("target");
    // Normally: every target where the server commits and the answer is lost, one target for the rest.
    const QStringList everywhere { QStringLiteral("drop-after"), QStringLiteral("reset-after"),
        QStringLiteral("502-after-commit") };
    const QHash<QString, QString> once { { QStringLiteral("drop-before"), QStringLiteral("upload") },
        { QStringLiteral("truncate"), QStringLiteral("create") }, { QStringLiteral("slow"), QStringLiteral("update") },
        { QStringLiteral("503"), QStringLiteral("upload") } };
    for (const FaultKind& kind : faultKinds()) {
        for (const QString& target : { QStringLiteral("upload"), QStringLiteral("create"), QStringLiteral("update") }) {
            if (fullMatrix() || everywhere.contains(kind.name) || once.value(kind.name) == target) {
                QTest::addRow("%s %s", qPrintable(kind.name), qPrintable(target)) << kind.name << target;
            }
        }
    }
}

// Publishing a review with two inline images and a featured image while the uploads, the create or
// the update of the post are broken (and the first category create too).
void TestFaults::publish()
{
    QFETCH(QString, kind);
    QFETCH(QString, target);
    const int row = ++m_row;
    const QString title = QStringLiteral("Fault %1 %2 %3").arg(row).arg(kind, target);
    const QString slug = QStringLiteral("fault-%1-%2-%3").arg(row).arg(kind, target);
    const QString name = QStringLiteral("review-%1").arg(row);
    QStringList images;
    for (int i = 0; i < 4; ++i) {
        images.append(m_dir.filePath(QStringLiteral("%1-%2.png").arg(name).arg(i)));
        QVERIFY(writePng(images.last(), row * 10 + i));
    }
    const QString front
        = QStringLiteral("---\ntitle: \"%1\"\ncategories: [Fault %2]\ntags: [fault-%2]\nfeatured: %3\n---\n\n")
              .arg(title)
              .arg(row)
              .arg(QFileInfo(images.at(2)).fileName());
    const auto body = [&](const QString& marker, int extra) {
        QString text = front + marker
            + QStringLiteral("\n\n![One](%1)\n\n![Two](%2)\n")
                  .arg(QFileInfo(images.at(0)).fileName(), QFileInfo(images.at(1)).fileName());
        if (extra >= 0) {
            text += QStringLiteral("\n![Three](%1)\n").arg(QFileInfo(images.at(extra)).fileName());
        }
        return text;
    };
    QString marker = QStringLiteral("First version of row %1.").arg(row);
    QString file = write(name + QStringLiteral(".md"), body(marker, -1));
    QStringList inlineImages { images.at(0), images.at(1) };
    if (target == QLatin1String("update")) {
        QVERIFY(m_proxy.clear());
        const CliRun first = m_cli->run({ QStringLiteral("publish"), file });
        QVERIFY2(first.code == 0, first.err.constData());
        m_media += 3;
        marker = QStringLiteral("Second version of row %1, edited.").arg(row);
        file = write(name + QStringLiteral(".md"), body(marker, 3));
        inlineImages.append(images.at(3));
    }
    Target aimed = Target::UpdatePost;
    int nth = 1;
    if (target == QLatin1String("upload")) {
        aimed = Target::Upload;
        nth = row % 3 + 1; // the first, second or the featured image
    } else if (target == QLatin1String("create")) {
        aimed = Target::CreatePost;
    }
    QVERIFY(m_proxy.setRules({ rule(kind, aimed, nth, 0), rule(kind, Target::CreateTerm, 1, 1) }));

    const CliRun run = m_cli->run({ QStringLiteral("publish"), file, QStringLiteral("--json") });
    const int hits = m_proxy.rules().at(0).toObject().value(QStringLiteral("hits")).toInt();
    m_faulted += m_proxy.hits();
    QVERIFY2(hits >= 1, "the fault never happened");
    expectSensible(run, kindNamed(kind), "stays queued");
    if (QTest::currentTestFailed()) {
        return;
    }
    m_media += target == QLatin1String("update") ? 1 : 3;
    if (run.code == 0) {
        // Success means it is on the blog now, not after some later sync.
        verifyPublished(title, slug, marker, inlineImages, images.at(2));
        if (QTest::currentTestFailed()) {
            return;
        }
    }
    heal(*m_cli);
    if (QTest::currentTestFailed()) {
        return;
    }
    verifyPublished(title, slug, marker, inlineImages, images.at(2));
    if (QTest::currentTestFailed()) {
        return;
    }
    const QJsonArray categories = m_blog
                                      .rest("GET", QStringLiteral("/wp/v2/categories"),
                                          query({ { QStringLiteral("search"), QStringLiteral("Fault %1").arg(row) } }))
                                      .json.array();
    int same = 0;
    for (const QJsonValue& category : categories) {
        same += category.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Fault %1").arg(row) ? 1
                                                                                                                    : 0;
    }
    QCOMPARE(same, 1);
}

void TestFaults::verifyPublished(const QString& title, const QString& slug, const QString& marker,
    const QStringList& inline_, const QString& featured)
{
    // Never twice, not even under another slug ("slug-2").
    int copies = 0;
    for (const QJsonValue& value :
        m_blog
            .rest("GET", QStringLiteral("/wp/v2/posts"),
                query({ { QStringLiteral("search"), title }, { QStringLiteral("status"), QStringLiteral("any") },
                    { QStringLiteral("per_page"), QStringLiteral("100") },
                    { QStringLiteral("context"), QStringLiteral("edit") } }))
            .json.array()) {
        copies += raw(value.toObject(), QStringLiteral("title")) == title ? 1 : 0;
    }
    QCOMPARE(copies, 1);
    const QJsonArray found
        = m_blog
              .rest("GET", QStringLiteral("/wp/v2/posts"),
                  query({ { QStringLiteral("slug"), slug }, { QStringLiteral("status"), QStringLiteral("any") },
                      { QStringLiteral("context"), QStringLiteral("edit") } }))
              .json.array();
    QCOMPARE(found.size(), 1);
    const QJsonObject post = found.first().toObject();
    QCOMPARE(post.value(QStringLiteral("status")).toString(), QStringLiteral("publish"));
    const QString content = raw(post, QStringLiteral("content"));
    QVERIFY2(content.contains(marker), qPrintable(content)); // the latest edit, not lost
    for (const QString& image : inline_) {
        QVERIFY2(content.contains(QLatin1Char('/') + mediaHashPrefix(image) + QLatin1Char('-')), qPrintable(content));
    }
    QVERIFY(!content.contains(QStringLiteral("media/")));
    // Every image once on the blog, and nothing else uploaded.
    QCOMPARE(
        m_blog
            .rest("GET", QStringLiteral("/wp/v2/media"), query({ { QStringLiteral("per_page"), QStringLiteral("1") } }))
            .total.toInt(),
        m_media);
    for (const QString& image : inline_ + QStringList { featured }) {
        const QString prefix = mediaHashPrefix(image);
        int copies = 0;
        for (const QJsonValue& media :
            m_blog.rest("GET", QStringLiteral("/wp/v2/media"), query({ { QStringLiteral("search"), prefix } }))
                .json.array()) {
            copies += media.toObject()
                          .value(QStringLiteral("source_url"))
                          .toString()
                          .section(QLatin1Char('/'), -1)
                          .startsWith(prefix)
                ? 1
                : 0;
        }
        QVERIFY2(copies == 1, qPrintable(QStringLiteral("%1 copies of %2").arg(copies).arg(prefix)));
    }
    const qint64 featuredId = post.value(QStringLiteral("featured_media")).toInteger();
    QVERIFY(featuredId > 0);
    const QString featuredUrl = m_blog.rest("GET", QStringLiteral("/wp/v2/media/%1").arg(featuredId))
                                    .json.object()
                                    .value(QStringLiteral("source_url"))
                                    .toString();
    QVERIFY2(featuredUrl.section(QLatin1Char('/'), -1).startsWith(mediaHashPrefix(featured)), qPrintable(featuredUrl));
    // The cache knows the post as published, nothing left to push.
    const CliRun listed = m_cli->run({ QStringLiteral("posts"), QStringLiteral("list"), QStringLiteral("--json") });
    bool known = false;
    for (const QJsonValue& value : QJsonDocument::fromJson(listed.out).array()) {
        const QJsonObject local = value.toObject();
        if (local.value(QStringLiteral("slug")).toString() == slug) {
            QVERIFY(!known);
            known = true;
            QCOMPARE(
                local.value(QStringLiteral("remote_id")).toInteger(), post.value(QStringLiteral("id")).toInteger());
        }
    }
    QVERIFY(known);
}

void TestFaults::moderation_data()
{
    QTest::addColumn<QString>("kind");
    // Normally the faults after which the blog has committed (a request that never arrived is what
    // tst_cli_comments's offline moderation covers).
    const QStringList normal { QStringLiteral("drop-after"), QStringLiteral("reset-after"), QStringLiteral("truncate"),
        QStringLiteral("502-after-commit") };
    for (const FaultKind& kind : faultKinds()) {
        if (fullMatrix() || normal.contains(kind.name)) {
            QTest::addRow("%s", qPrintable(kind.name)) << kind.name;
        }
    }
}

// Approve, spam, trash, delete and reply (to a held comment, which approves it) while every comment
// write is broken; each either succeeds or stays queued, and after healing the blog holds each
// decision once and the reply once.
void TestFaults::moderation()
{
    QFETCH(QString, kind);
    QVERIFY(m_held.size() >= 2 && m_approved.size() >= 3);
    const qint64 answer = m_held.takeFirst();
    const QString text = QStringLiteral("Answered through a %1 fault.").arg(kind);
    // Approve always; spam, trash and delete all in the full matrix, one of them in turn otherwise.
    struct Command
    {
        QString name;
        qint64 id;
        QString status; // on the blog afterwards
    };
    QList<Command> commands { { QStringLiteral("approve"), m_held.takeFirst(), QStringLiteral("approved") } };
    const QList<std::pair<QString, QString>> others { { QStringLiteral("spam"), QStringLiteral("spam") },
        { QStringLiteral("trash"), QStringLiteral("trash") }, { QStringLiteral("delete"), QStringLiteral("deleted") } };
    for (qsizetype i = 0; i < others.size(); ++i) {
        if (fullMatrix() || i == m_moderationRow % others.size()) {
            commands.append({ others.at(i).first, m_approved.takeFirst(), others.at(i).second });
        }
    }
    ++m_moderationRow;
    QVERIFY(m_proxy.setRules({ rule(kind, Target::WriteComment, 1, 0), rule(kind, Target::DeleteComment, 1, 0) }));

    QHash<qint64, QString> wanted { { answer, QStringLiteral("approved") } }; // a reply approves its parent
    for (const Command& command : std::as_const(commands)) {
        wanted.insert(command.id, command.status);
    }
    const auto serverStatus = [this](qint64 id) {
        const RestAnswer answer = m_blog.rest("GET", QStringLiteral("/wp/v2/comments/%1").arg(id),
            query({ { QStringLiteral("context"), QStringLiteral("edit") } }));
        return answer.status == 404 ? QStringLiteral("deleted")
                                    : answer.json.object().value(QStringLiteral("status")).toString();
    };
    for (const Command& command : std::as_const(commands)) {
        const CliRun run = m_cli->run({ QStringLiteral("comments"), command.name, QString::number(command.id) });
        expectSensible(run, kindNamed(kind), "queued");
        if (QTest::currentTestFailed()) {
            return;
        }
        if (run.code == 0) {
            QCOMPARE(serverStatus(command.id), command.status); // success means done on the blog
        }
    }
    const CliRun reply
        = m_cli->run({ QStringLiteral("comments"), QStringLiteral("reply"), QString::number(answer), text });
    expectSensible(reply, kindNamed(kind), "queued");
    if (QTest::currentTestFailed()) {
        return;
    }
    m_faulted += m_proxy.hits();
    QVERIFY2(m_proxy.hits() >= 1, "the fault never happened");
    heal(*m_cli);
    if (QTest::currentTestFailed()) {
        return;
    }

    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        QCOMPARE(serverStatus(it.key()), it.value());
    }
    QList<qint64> replies;
    for (const QJsonValue& value : m_blog
                                       .rest("GET", QStringLiteral("/wp/v2/comments"),
                                           query({ { QStringLiteral("parent"), QString::number(answer) },
                                               { QStringLiteral("status"), QStringLiteral("any") },
                                               { QStringLiteral("context"), QStringLiteral("edit") } }))
                                       .json.array()) {
        if (raw(value.toObject(), QStringLiteral("content")).trimmed() == text) {
            replies.append(value.toObject().value(QStringLiteral("id")).toInteger());
        }
    }
    QCOMPARE(replies.size(), 1); // exactly once
    // The cache agrees, with nothing waiting.
    const CliRun all = m_cli->run({ QStringLiteral("comments"), QStringLiteral("list"), QStringLiteral("--status"),
        QStringLiteral("all"), QStringLiteral("--json") });
    int localReplies = 0;
    for (const QJsonValue& value : QJsonDocument::fromJson(all.out).array()) {
        const QJsonObject c = value.toObject();
        const qint64 id = c.value(QStringLiteral("id")).toInteger();
        QVERIFY2(!c.value(QStringLiteral("pending")).toBool(), qPrintable(QString::number(id)));
        if (wanted.contains(id)) {
            QVERIFY(wanted.value(id) != QLatin1String("deleted"));
            QCOMPARE(c.value(QStringLiteral("status")).toString(), wanted.value(id));
        }
        if (c.value(QStringLiteral("parent")).toInteger() == answer
            && c.value(QStringLiteral("text")).toString().trimmed() == text) {
            ++localReplies;
            QCOMPARE(id, replies.first());
        }
    }
    QCOMPARE(localReplies, 1);
}

void TestFaults::cleanupTestCase()
{
    qInfo("tst_faults: %d requests broken by the proxy; %d images published once each", m_faulted, m_media);
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
