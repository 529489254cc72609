// longhand-cli publish against the real WordPress: a review with front matter, an inline image,
// a featured image, a new category and tags, checked on the server through REST; publishing the
// same file again updates the same post without a second upload; a post whose create went through
// but whose answer was lost is found again instead of duplicated.
#include "BlogHarness.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

class TestCliPublish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void publishesWithImagesAndTerms();
    void republishingUpdatesInPlace();
    void postHoldingTheSlugIsNotTakenOver();
    void exportWritesReviewsAndImages();
    void webAndLocalEditsMerge();
    void overlappingEditsAreReported();
    void offlineEditGoesOutWithTheNextSync();
    void checkBeforePublishingCanBeTurnedOff();

private:
    using Run = longhand::test::CliRun;
    Run cli(const QStringList& args);
    QJsonDocument rest(const QByteArray& method, const QString& route, const QUrlQuery& query = {}, const QByteArray& body = {},
                       QByteArray* totalHeader = nullptr);
    QString writeReview(const QString& name, const QString& frontMatter, const QString& body);

    longhand::test::LiveBlog m_blog;
    QTemporaryDir m_dir;
    QString m_profile;
    qint64 m_remoteId = 0;
};

void TestCliPublish::initTestCase()
{
    const QString loaded = m_blog.load();
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    QString error;
    m_blog.fixture(QStringLiteral("reset"), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_profile = m_dir.filePath(QStringLiteral("profile"));
    const Run add = longhand::test::Cli(m_profile).addAccount(m_blog);
    QVERIFY2(add.code == 0, add.err.constData());
    QImage poster(120, 80, QImage::Format_RGB32);
    poster.fill(Qt::darkCyan);
    QVERIFY(poster.save(m_dir.filePath(QStringLiteral("still.png"))));
    QImage featured(160, 90, QImage::Format_RGB32);
    featured.fill(Qt::darkMagenta);
    QDir().mkpath(m_dir.filePath(QStringLiteral("art")));
    QVERIFY(featured.save(m_dir.filePath(QStringLiteral("art/poster.png"))));
}

TestCliPublish::Run TestCliPublish::cli(const QStringList& args)
{
    return longhand::test::Cli(m_profile).run(args);
}

QJsonDocument TestCliPublish::rest(const QByteArray& method, const QString& route, const QUrlQuery& query, const QByteArray& body,
                                   QByteArray* totalHeader)
{
    const longhand::test::RestAnswer answer = m_blog.rest(method, route, query, body);
    if (totalHeader) {
        *totalHeader = answer.total;
    }
    return answer.json;
}

QString TestCliPublish::writeReview(const QString& name, const QString& frontMatter, const QString& body)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qFatal("cannot write the review");
    }
    file.write((QStringLiteral("---\n") + frontMatter + QStringLiteral("---\n\n") + body).toUtf8());
    return path;
}

void TestCliPublish::publishesWithImagesAndTerms()
{
    const QString file = writeReview(QStringLiteral("stalker.md"),
                                     QStringLiteral("title: \"Stalker: The Zone\"\ncategories: [Reviews, Slow Cinema]\ntags:\n  - tarkovsky\n  - zone\nfeatured: art/poster.png\n"),
                                     QStringLiteral("The **room** grants wishes.\n\n![A still](still.png)\n\n> [!spoiler] The ending\n> The dog stays.\n"));
    const Run run = cli({QStringLiteral("publish"), file, QStringLiteral("--json")});
    QVERIFY2(run.code == 0, run.err.constData());
    // Before a first publication the pre-publish check speaks: the new tags (the blog has none of them).
    QVERIFY2(run.err.contains("check: Tags not on the blog yet, created when this is published: tarkovsky, zone."), run.err.constData());
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    m_remoteId = result.value(QStringLiteral("remote_id")).toInteger();
    QVERIFY(m_remoteId > 0);
    QVERIFY(result.value(QStringLiteral("link")).toString().startsWith(m_blog.url()));

    QUrlQuery edit;
    edit.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    const QJsonObject post = rest("GET", QStringLiteral("/wp/v2/posts/%1").arg(m_remoteId), edit).object();
    QCOMPARE(post.value(QStringLiteral("status")).toString(), QStringLiteral("publish"));
    QCOMPARE(post.value(QStringLiteral("title")).toObject().value(QStringLiteral("raw")).toString(), QStringLiteral("Stalker: The Zone"));
    const QString content = post.value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString();
    QVERIFY2(content.contains(QStringLiteral("<strong>room</strong>")), qPrintable(content));
    QVERIFY2(content.contains(QStringLiteral("<details><summary>The ending</summary>")), qPrintable(content));
    QVERIFY2(content.contains(QStringLiteral("/wp-content/uploads/")), qPrintable(content));
    QVERIFY(!content.contains(QStringLiteral("media/")));
    QVERIFY(post.value(QStringLiteral("featured_media")).toInt() > 0);

    QStringList categories;
    for (const QJsonValue& id : post.value(QStringLiteral("categories")).toArray()) {
        categories.append(rest("GET", QStringLiteral("/wp/v2/categories/%1").arg(id.toInt())).object().value(QStringLiteral("name")).toString());
    }
    categories.sort();
    QCOMPARE(categories, (QStringList {QStringLiteral("Reviews"), QStringLiteral("Slow Cinema")}));
    QStringList tags;
    for (const QJsonValue& id : post.value(QStringLiteral("tags")).toArray()) {
        tags.append(rest("GET", QStringLiteral("/wp/v2/tags/%1").arg(id.toInt())).object().value(QStringLiteral("name")).toString());
    }
    tags.sort();
    QCOMPARE(tags, (QStringList {QStringLiteral("tarkovsky"), QStringLiteral("zone")}));
    QByteArray mediaTotal;
    rest("GET", QStringLiteral("/wp/v2/media"), {}, {}, &mediaTotal);
    QCOMPARE(mediaTotal.toInt(), 2);
}

void TestCliPublish::republishingUpdatesInPlace()
{
    QVERIFY(m_remoteId > 0);
    const QString file = writeReview(QStringLiteral("stalker.md"),
                                     QStringLiteral("title: \"Stalker: The Zone\"\ncategories: [Reviews, Slow Cinema]\ntags: [tarkovsky, zone]\nfeatured: art/poster.png\n"),
                                     QStringLiteral("The **room** grants wishes. Revised.\n\n![A still](still.png)\n"));
    const Run run = cli({QStringLiteral("publish"), file, QStringLiteral("--json")});
    QVERIFY2(run.code == 0, run.err.constData());
    QVERIFY2(!run.err.contains("check:"), run.err.constData()); // not its first publication
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("remote_id")).toInteger(), m_remoteId);
    QByteArray postsTotal;
    QUrlQuery slug;
    slug.addQueryItem(QStringLiteral("slug"), QStringLiteral("stalker-the-zone"));
    slug.addQueryItem(QStringLiteral("status"), QStringLiteral("any"));
    QCOMPARE(rest("GET", QStringLiteral("/wp/v2/posts"), slug, {}, &postsTotal).array().size(), 1);
    QByteArray mediaTotal;
    rest("GET", QStringLiteral("/wp/v2/media"), {}, {}, &mediaTotal);
    QCOMPARE(mediaTotal.toInt(), 2); // nothing uploaded twice
    QUrlQuery edit;
    edit.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    const QString content = rest("GET", QStringLiteral("/wp/v2/posts/%1").arg(m_remoteId), edit)
                                .object().value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString();
    QVERIFY(content.contains(QStringLiteral("Revised.")));
}

void TestCliPublish::postHoldingTheSlugIsNotTakenOver()
{
    // Someone else's post holds the slug (and the title) this review wants. It is not ours: a new post is made with
    // the blog's unique slug, and the other post stays as it was. (A create whose answer was really lost is found
    // by its publication token: tst_publish_safety, tst_faults.)
    const QJsonObject created = rest("POST", QStringLiteral("/wp/v2/posts"), {}, R"({"title":"Paris, Texas","slug":"paris-texas","status":"publish","content":"<p>first try</p>"})").object();
    const qint64 existing = created.value(QStringLiteral("id")).toInteger();
    QVERIFY(existing > 0);
    const QString file = writeReview(QStringLiteral("paris.md"), QStringLiteral("title: \"Paris, Texas\"\n"), QStringLiteral("Travis walks out of the desert.\n"));
    const Run run = cli({QStringLiteral("publish"), file, QStringLiteral("--json")});
    QVERIFY2(run.code == 0, run.err.constData());
    const QJsonObject answer = QJsonDocument::fromJson(run.out).object();
    QVERIFY(answer.value(QStringLiteral("remote_id")).toInteger() != existing);
    QCOMPARE(answer.value(QStringLiteral("slug")).toString(), QStringLiteral("paris-texas-2"));
    QVERIFY(answer.value(QStringLiteral("notice")).toString().contains(QStringLiteral("paris-texas-2")));
    QUrlQuery slug;
    slug.addQueryItem(QStringLiteral("search"), QStringLiteral("Paris"));
    slug.addQueryItem(QStringLiteral("status"), QStringLiteral("any"));
    QCOMPARE(rest("GET", QStringLiteral("/wp/v2/posts"), slug).array().size(), 2);
    QUrlQuery edit;
    edit.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    const QJsonObject theirs = rest("GET", QStringLiteral("/wp/v2/posts/%1").arg(existing), edit).object();
    QCOMPARE(theirs.value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString(), QStringLiteral("<p>first try</p>"));
    QCOMPARE(theirs.value(QStringLiteral("modified_gmt")).toString(), created.value(QStringLiteral("modified_gmt")).toString());
}

void TestCliPublish::exportWritesReviewsAndImages()
{
    QVERIFY(cli({QStringLiteral("sync")}).code == 0);
    const QString target = m_dir.filePath(QStringLiteral("export"));
    const Run run = cli({QStringLiteral("export"), target});
    QVERIFY2(run.code == 0, run.err.constData());
    QFile review(QDir(target).filePath(QStringLiteral("stalker-the-zone.md")));
    QVERIFY(review.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(review.readAll());
    QVERIFY2(text.startsWith(QStringLiteral("---\n")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("title: \"Stalker: The Zone\"")));
    QVERIFY(text.contains(QStringLiteral("The **room** grants wishes. Revised.")));
    // Its images travel with it, where the Markdown says they are.
    const QString reference = text.mid(text.indexOf(QStringLiteral("](media/")) + 2).section(QLatin1Char(')'), 0, 0);
    QVERIFY2(QFile::exists(QDir(target).filePath(reference)), qPrintable(reference));
    // Named after the slug the blog gave it (the web's post held paris-texas).
    QVERIFY(QFile::exists(QDir(target).filePath(QStringLiteral("paris-texas-2.md"))));
}

namespace {
const QString kMergeFront = QStringLiteral("title: \"Merge Test\"\n");
QString paragraphs(const QString& a, const QString& b, const QString& c)
{
    return a + QStringLiteral("\n\n") + b + QStringLiteral("\n\n") + c + QStringLiteral("\n");
}
} // namespace

void TestCliPublish::webAndLocalEditsMerge()
{
    const QString file = writeReview(QStringLiteral("merge.md"), kMergeFront,
                                     paragraphs(QStringLiteral("Alpha paragraph."), QStringLiteral("Beta paragraph."), QStringLiteral("Gamma paragraph.")));
    Run run = cli({QStringLiteral("publish"), file, QStringLiteral("--json")});
    QVERIFY2(run.code == 0, run.err.constData());
    const qint64 id = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("remote_id")).toInteger();
    QTest::qWait(1100); // modified_gmt has one-second resolution

    // Someone edits the last paragraph on the web...
    QUrlQuery edit;
    edit.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    QString web = rest("GET", QStringLiteral("/wp/v2/posts/%1").arg(id), edit).object().value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString();
    web.replace(QStringLiteral("Gamma paragraph."), QStringLiteral("Gamma, fixed on the web."));
    rest("POST", QStringLiteral("/wp/v2/posts/%1").arg(id), {}, QJsonDocument(QJsonObject {{QStringLiteral("content"), web}}).toJson());

    // ...while the writer edits the first one offline, then publishes again.
    writeReview(QStringLiteral("merge.md"), kMergeFront,
                paragraphs(QStringLiteral("Alpha, rewritten at home."), QStringLiteral("Beta paragraph."), QStringLiteral("Gamma paragraph.")));
    run = cli({QStringLiteral("publish"), file, QStringLiteral("--json")});
    QVERIFY2(run.code == 0, run.err.constData());
    const QString merged = rest("GET", QStringLiteral("/wp/v2/posts/%1").arg(id), edit).object().value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString();
    QVERIFY2(merged.contains(QStringLiteral("Alpha, rewritten at home.")), qPrintable(merged));
    QVERIFY2(merged.contains(QStringLiteral("Gamma, fixed on the web.")), qPrintable(merged)); // the web's edit survived
}

void TestCliPublish::overlappingEditsAreReported()
{
    const QString file = m_dir.filePath(QStringLiteral("merge.md"));
    QUrlQuery slug;
    slug.addQueryItem(QStringLiteral("slug"), QStringLiteral("merge-test"));
    slug.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    const QJsonArray found = rest("GET", QStringLiteral("/wp/v2/posts"), slug).array();
    QCOMPARE(found.size(), 1);
    const qint64 id = found.first().toObject().value(QStringLiteral("id")).toInteger();
    QTest::qWait(1100);
    QString web = found.first().toObject().value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString();
    web.replace(QStringLiteral("Beta paragraph."), QStringLiteral("Beta, as the web wants it."));
    rest("POST", QStringLiteral("/wp/v2/posts/%1").arg(id), {}, QJsonDocument(QJsonObject {{QStringLiteral("content"), web}}).toJson());

    writeReview(QStringLiteral("merge.md"), kMergeFront,
                paragraphs(QStringLiteral("Alpha, rewritten at home."), QStringLiteral("Beta, as the writer wants it."), QStringLiteral("Gamma paragraph.")));
    const Run run = cli({QStringLiteral("publish"), file, QStringLiteral("--json")});
    QVERIFY(run.code != 0);
    QVERIFY2(run.err.contains("changed on the web"), run.err.constData());
    QUrlQuery edit;
    edit.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    const QString now = rest("GET", QStringLiteral("/wp/v2/posts/%1").arg(id), edit).object().value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString();
    QVERIFY2(now.contains(QStringLiteral("Beta, as the web wants it.")), qPrintable(now)); // nothing overwritten
    QVERIFY(!now.contains(QStringLiteral("as the writer wants it")));
}

void TestCliPublish::offlineEditGoesOutWithTheNextSync()
{
    const QString file = writeReview(QStringLiteral("offline.md"), QStringLiteral("title: \"Offline Edit\"\n"), QStringLiteral("First version.\n"));
    Run run = cli({QStringLiteral("publish"), file, QStringLiteral("--json")});
    QVERIFY2(run.code == 0, run.err.constData());
    const qint64 id = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("remote_id")).toInteger();

    // The blog goes away; the edit is made and published anyway.
    QString error;
    m_blog.fixture(QStringLiteral("stop"), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    writeReview(QStringLiteral("offline.md"), QStringLiteral("title: \"Offline Edit\"\n"), QStringLiteral("Second version, written offline.\n"));
    run = cli({QStringLiteral("publish"), file, QStringLiteral("--json")});
    m_blog.fixture(QStringLiteral("start"), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(run.code != 0);
    QVERIFY2(run.err.contains("stays queued"), run.err.constData());

    // Back online: the next sync sends it.
    run = cli({QStringLiteral("sync")});
    QVERIFY2(run.code == 0, run.err.constData());
    QUrlQuery edit;
    edit.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    const QString content = rest("GET", QStringLiteral("/wp/v2/posts/%1").arg(id), edit)
                                .object().value(QStringLiteral("content")).toObject().value(QStringLiteral("raw")).toString();
    QVERIFY2(content.contains(QStringLiteral("Second version, written offline.")), qPrintable(content));
}

void TestCliPublish::checkBeforePublishingCanBeTurnedOff()
{
    const QString body = QStringLiteral("A picture without words: ![](still.png)\n");
    const Run checked = cli({QStringLiteral("publish"), writeReview(QStringLiteral("tokyo.md"), QStringLiteral("title: Tokyo Story\n"), body)});
    QVERIFY2(checked.code == 0, checked.err.constData());
    QVERIFY2(checked.err.contains("has no alt text"), checked.err.constData());
    {
        QSettings settings(QDir(m_profile).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("sites/1/checkBeforePublish"), false);
    }
    const Run quiet = cli({QStringLiteral("publish"), writeReview(QStringLiteral("early.md"), QStringLiteral("title: Early Summer\n"), body)});
    QVERIFY2(quiet.code == 0, quiet.err.constData());
    QVERIFY2(!quiet.err.contains("check:"), quiet.err.constData());
}

QTEST_GUILESS_MAIN(TestCliPublish)
#include "tst_cli_publish.moc"
