// The export shared by the CLI and File ▸ Export…: progress after each review, one blog only, and a
// cancel that stops between files and leaves no half-written one.
#include "core/library/Exporter.h"
#include "core/storage/PostRepository.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
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

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
