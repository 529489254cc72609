// The export shared by the CLI and File ▸ Export…: progress after each review, one blog only, a
// cancel that stops between files and leaves no half-written one, and names from the blog that never
// choose a path (climbs, absolute paths, clashes, overlong and reserved names).
#include "core/library/Exporter.h"
#include "core/library/FileNames.h"
#include "core/storage/PostRepository.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

class TestExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportsEveryReviewWithProgress();
    void cancelStopsBetweenFiles();
    void cancelledBeforeStartWritesNothing();
    void namesFromTheBlogNeverChooseAPath();
    void cleanedNames_data();
    void cleanedNames();
};

namespace {

void addReviews(Database& database, int count)
{
    PostRepository posts(database);
    for (int i = 1; i <= count; ++i) {
        Post post = draftPost(QStringLiteral("Review %1").arg(i), QStringLiteral("Body of *review* %1.").arg(i));
        post.slug = QStringLiteral("review-number-%1").arg(i);
        if (!posts.create(post)) {
            qFatal("could not create a review");
        }
    }
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

void TestExporter::exportsEveryReviewWithProgress()
{
    auto db = makeTempDatabase();
    addReviews(*db->database, 4);
    QTemporaryDir profile;
    QTemporaryDir out;
    Exporter exporter(profile.path(), out.path());
    QList<std::pair<int, int>> steps;
    exporter.setProgress([&steps](int done, int total) { steps.append({done, total}); });
    const auto counts = exporter.run(*db->database);
    QVERIFY2(counts.ok(), qPrintable(errorOf(counts)));
    QCOMPARE(counts->posts, 4);
    QCOMPARE(steps, (QList<std::pair<int, int>> {{0, 4}, {1, 4}, {2, 4}, {3, 4}, {4, 4}}));
    QCOMPARE(filesIn(out.path()).size(), 4);
    QFile file(QDir(out.path()).filePath(QStringLiteral("review-number-2.md")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(QLatin1String("---")));
    QVERIFY(text.contains(QLatin1String("Review 2")));
    QVERIFY(text.contains(QLatin1String("Body of *review* 2.")));

    // Only one blog's reviews: none of these belongs to blog 99.
    QTemporaryDir none;
    const auto nothing = Exporter(profile.path(), none.path(), 99).run(*db->database);
    QVERIFY(nothing.ok());
    QCOMPARE(nothing->posts, 0);
    QVERIFY(filesIn(none.path()).isEmpty());
}

void TestExporter::cancelStopsBetweenFiles()
{
    auto db = makeTempDatabase();
    addReviews(*db->database, 6);
    QTemporaryDir profile;
    QTemporaryDir out;
    Exporter exporter(profile.path(), out.path());
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    exporter.setCancelFlag(cancelled);
    int last = 0;
    exporter.setProgress([&](int done, int) {
        last = done;
        if (done == 2) {
            cancelled->store(true); // as the Cancel button does from the GUI thread
        }
    });
    const auto counts = exporter.run(*db->database);
    QVERIFY(!counts.ok());
    QCOMPARE(counts.error().code, Error::Code::Cancelled);
    QCOMPARE(last, 2);
    // Exactly the two finished files, whole; no temporary file left behind.
    const QStringList files = filesIn(out.path());
    QCOMPARE(files.size(), 2);
    for (const QString& name : files) {
        QVERIFY2(name.endsWith(QLatin1String(".md")), qPrintable(name));
        QFile file(QDir(out.path()).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("Body of *review*"));
    }
}

void TestExporter::cancelledBeforeStartWritesNothing()
{
    auto db = makeTempDatabase();
    addReviews(*db->database, 2);
    QTemporaryDir profile;
    QTemporaryDir out;
    const QString target = QDir(out.path()).filePath(QStringLiteral("export"));
    Exporter exporter(profile.path(), target);
    exporter.setCancelFlag(std::make_shared<std::atomic_bool>(true));
    const auto counts = exporter.run(*db->database);
    QVERIFY(!counts.ok());
    QCOMPARE(counts.error().code, Error::Code::Cancelled);
    QVERIFY(!QDir(target).exists());
}

void TestExporter::namesFromTheBlogNeverChooseAPath()
{
    auto db = makeTempDatabase();
    PostRepository posts(*db->database);
    QTemporaryDir parent;
    const QString outside = QDir(parent.path()).filePath(QStringLiteral("x"));
    const QStringList slugs {
        QStringLiteral("../../../../") + outside.mid(1), // relative climb to a file beside the folder
        outside,                                          // absolute
        QStringLiteral("same"), QStringLiteral("same"), QStringLiteral("SAME"), // clashes, also by case
        QStringLiteral("same-2"),                         // would collide with a clash suffix
        QString(300, QLatin1Char('a')),                   // longer than any file system takes
        QString(100, QChar(0x00e9)),                      // 200 bytes of UTF-8
        QStringLiteral("nul"), QStringLiteral("a\x01" "b\nc\0d"), QStringLiteral(".."), QStringLiteral("/"),
        QStringLiteral("..\\..\\win"),
    };
    for (int i = 0; i < slugs.size(); ++i) {
        Post post = draftPost(QStringLiteral("Review %1").arg(i), QStringLiteral("Body %1.").arg(i));
        post.slug = slugs.at(i);
        QVERIFY(posts.create(post));
    }
    QTemporaryDir profile;
    const QString out = QDir(parent.path()).filePath(QStringLiteral("out"));
    const auto counts = Exporter(profile.path(), out).run(*db->database);
    QVERIFY2(counts.ok(), qPrintable(errorOf(counts)));
    QCOMPARE(counts->skipped, 0);
    QCOMPARE(counts->posts, int(slugs.size()));
    // Every review is its own file inside the folder, and nothing was written anywhere else.
    const QStringList files = filesIn(out);
    QCOMPARE(files.size(), slugs.size());
    QCOMPARE(QDir(parent.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList { QStringLiteral("out") });
    QSet<QString> lower;
    for (const QString& name : files) {
        QVERIFY2(name.toUtf8().size() <= 255, qPrintable(name));
        QVERIFY2(!name.startsWith(QLatin1Char('.')), qPrintable(name));
        lower.insert(name.toLower());
    }
    QCOMPARE(lower.size(), files.size());
    QVERIFY2(lower.contains(QStringLiteral("same.md")), qPrintable(files.join(QLatin1Char(' ')))); // first come
    QVERIFY(lower.contains(QStringLiteral("same-3.md")));
    QVERIFY(files.contains(QStringLiteral("same-2.md")));
    QVERIFY(files.contains(QStringLiteral("_nul.md")));

    // One file that cannot be written (a folder holds its name) is skipped; the rest are written.
    const QString blocked = QDir(parent.path()).filePath(QStringLiteral("blocked"));
    QVERIFY(QDir().mkpath(QDir(blocked).filePath(QStringLiteral("_nul.md"))));
    const auto partly = Exporter(profile.path(), blocked).run(*db->database);
    QVERIFY2(partly.ok(), qPrintable(errorOf(partly)));
    QCOMPARE(partly->skipped, 1);
    QCOMPARE(partly->posts, int(slugs.size()) - 1);
    QCOMPARE(partly->problems.size(), 1);
}

void TestExporter::cleanedNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("the-third-man") << QStringLiteral("the-third-man");
    QTest::newRow("climb") << QStringLiteral("../../etc/passwd") << QStringLiteral("etc-passwd");
    QTest::newRow("absolute") << QStringLiteral("/tmp/x") << QStringLiteral("tmp-x");
    QTest::newRow("backslashes") << QStringLiteral("..\\..\\x") << QStringLiteral("x");
    QTest::newRow("dots only") << QStringLiteral("...") << QStringLiteral("fallback");
    QTest::newRow("empty") << QString() << QStringLiteral("fallback");
    QTest::newRow("control") << QStringLiteral("a\tb\x7f") << QStringLiteral("a-b-");
    QTest::newRow("nul") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << QStringLiteral("a-b");
    QTest::newRow("windows chars") << QStringLiteral("a:b*c?d\"e<f>g|h") << QStringLiteral("a-b-c-d-e-f-g-h");
    QTest::newRow("reserved") << QStringLiteral("COM1") << QStringLiteral("_COM1");
    QTest::newRow("reserved with suffix") << QStringLiteral("aux.txt") << QStringLiteral("_aux.txt");
    QTest::newRow("trailing dot") << QStringLiteral("name. ") << QStringLiteral("name");
    QTest::newRow("bidi override") << QStringLiteral("abc\u202Egpj.exe") << QStringLiteral("abc-gpj.exe");
    QTest::newRow("long") << QString(300, QLatin1Char('b')) << QString(FileNames::kMaxBaseBytes, QLatin1Char('b'));
    QTest::newRow("multibyte cut") << QString(100, QChar(0x00e9)) << QString(FileNames::kMaxBaseBytes / 2, QChar(0x00e9));
}

void TestExporter::cleanedNames()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(FileNames::clean(name, QStringLiteral("fallback")), expected);
}

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
