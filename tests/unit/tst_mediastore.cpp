// MediaStore: images copied into the profile's media folder, named by content.
#include "core/storage/MediaStore.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;

namespace {

QString hashPrefix(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(12));
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestMediaStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importFileCopiesUnderContentHash();
    void sameContentTwiceIsStoredOnce();
    void differentContentSameNameIsKeptApart();
    void rejectsNonImages_data();
    void rejectsNonImages();
    void unreadableFileIsAnIoError();
    void importBytesMakesASafeName_data();
    void importBytesMakesASafeName();
    void importBytesRejectsEmptyImage();
    void resolveStaysInsideMedia_data();
    void resolveStaysInsideMedia();
    void existsOnlyForStoredFiles();

private:
    QString writeSource(const QString& name, const QByteArray& bytes);

    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<QTemporaryDir> m_sources;
};

void TestMediaStore::init()
{
    m_profile = std::make_unique<QTemporaryDir>();
    m_sources = std::make_unique<QTemporaryDir>();
    QVERIFY(m_profile->isValid() && m_sources->isValid());
}

QString TestMediaStore::writeSource(const QString& name, const QByteArray& bytes)
{
    const QString path = m_sources->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qWarning() << "cannot write" << path;
    }
    return path;
}

void TestMediaStore::importFileCopiesUnderContentHash()
{
    const QByteArray bytes = QByteArrayLiteral("\x89PNG\r\n\x1a\n pretend poster pixels");
    const QString source = writeSource(QStringLiteral("poster.png"), bytes);
    MediaStore store(m_profile->path());

    auto reference = store.importFile(source);
    QVERIFY2(reference, qPrintable(test::errorOf(reference)));
    QCOMPARE(*reference, QStringLiteral("media/%1-poster.png").arg(hashPrefix(bytes)));
    QVERIFY(QRegularExpression(QStringLiteral("^media/[0-9a-f]{12}-poster\\.png$")).match(*reference).hasMatch());

    const QString stored = QDir(m_profile->path()).filePath(*reference);
    QCOMPARE(readAll(stored), bytes);
    QCOMPARE(store.resolve(*reference), QDir::cleanPath(stored));
    QCOMPARE(readAll(source), bytes); // copied, not moved
}

void TestMediaStore::sameContentTwiceIsStoredOnce()
{
    const QByteArray bytes = QByteArrayLiteral("GIF89a the same picture");
    const QString source = writeSource(QStringLiteral("still.gif"), bytes);
    MediaStore store(m_profile->path());
    auto first = store.importFile(source);
    auto second = store.importFile(source);
    QVERIFY(first && second);
    QCOMPARE(*second, *first);
    const QDir media(QDir(m_profile->path()).filePath(QStringLiteral("media")));
    QCOMPARE(media.entryList(QDir::Files | QDir::Hidden), QStringList {first->mid(MediaStore::referencePrefix().size())});

    // The same bytes pasted under the same name land on the same file too.
    auto pasted = store.importBytes(bytes, QStringLiteral("still.gif"));
    QVERIFY(pasted);
    QCOMPARE(*pasted, *first);
}

void TestMediaStore::differentContentSameNameIsKeptApart()
{
    MediaStore store(m_profile->path());
    auto first = store.importBytes(QByteArrayLiteral("first image"), QStringLiteral("image.png"));
    auto second = store.importBytes(QByteArrayLiteral("second image"), QStringLiteral("image.png"));
    QVERIFY(first && second);
    QVERIFY(*first != *second);
    QCOMPARE(readAll(store.resolve(*first)), QByteArrayLiteral("first image"));
    QCOMPARE(readAll(store.resolve(*second)), QByteArrayLiteral("second image"));
}

void TestMediaStore::rejectsNonImages_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("text") << QStringLiteral("notes.txt");
    QTest::newRow("no suffix") << QStringLiteral("poster");
    QTest::newRow("script pretending") << QStringLiteral("poster.png.sh");
    QTest::newRow("pdf") << QStringLiteral("review.pdf");
}

void TestMediaStore::rejectsNonImages()
{
    QFETCH(QString, name);
    const QString source = writeSource(name, QByteArrayLiteral("not an image"));
    MediaStore store(m_profile->path());
    auto reference = store.importFile(source);
    QVERIFY(!reference);
    QCOMPARE(reference.error().code, Error::Code::InvalidInput);
    QVERIFY2(reference.error().message.contains(source), qPrintable(reference.error().message));
    QVERIFY(QDir(QDir(m_profile->path()).filePath(QStringLiteral("media"))).isEmpty());
}

void TestMediaStore::unreadableFileIsAnIoError()
{
    MediaStore store(m_profile->path());
    const QString missing = m_sources->filePath(QStringLiteral("gone.png"));
    auto reference = store.importFile(missing);
    QVERIFY(!reference);
    QCOMPARE(reference.error().code, Error::Code::Io);
    QVERIFY2(reference.error().message.contains(missing), qPrintable(reference.error().message));

    auto folder = store.importFile(m_sources->path());
    QVERIFY(!folder);
}

void TestMediaStore::importBytesMakesASafeName_data()
{
    QTest::addColumn<QString>("suggested");
    QTest::addColumn<QString>("expectedName"); // after "<hash>-"

    QTest::newRow("plain") << QStringLiteral("poster.png") << QStringLiteral("poster.png");
    QTest::newRow("spaces and brackets") << QStringLiteral("Pasted Image (1).png") << QStringLiteral("Pasted-Image-1-.png");
    QTest::newRow("path is dropped") << QStringLiteral("../../etc/passwd.png") << QStringLiteral("passwd.png");
    QTest::newRow("hidden file") << QStringLiteral(".secret.png") << QStringLiteral("image.secret.png");
    QTest::newRow("no name") << QString() << QStringLiteral("image");
}

void TestMediaStore::importBytesMakesASafeName()
{
    QFETCH(QString, suggested);
    QFETCH(QString, expectedName);
    const QByteArray bytes = QByteArrayLiteral("pasted pixels");
    MediaStore store(m_profile->path());
    auto reference = store.importBytes(bytes, suggested);
    QVERIFY2(reference, qPrintable(test::errorOf(reference)));
    QCOMPARE(*reference, QStringLiteral("media/") + hashPrefix(bytes) + QLatin1Char('-') + expectedName);
    QVERIFY(store.exists(*reference));
    QCOMPARE(readAll(QDir(m_profile->path()).filePath(*reference)), bytes);
}

void TestMediaStore::importBytesRejectsEmptyImage()
{
    MediaStore store(m_profile->path());
    auto reference = store.importBytes({}, QStringLiteral("empty.png"));
    QVERIFY(!reference);
    QCOMPARE(reference.error().code, Error::Code::InvalidInput);
}

void TestMediaStore::resolveStaysInsideMedia_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("expected"); // relative to the profile root; empty = refused

    QTest::newRow("plain") << QStringLiteral("media/abc-poster.png") << QStringLiteral("media/abc-poster.png");
    QTest::newRow("harmless dot-dot") << QStringLiteral("media/sub/../abc.png") << QStringLiteral("media/abc.png");
    QTest::newRow("escape to profile") << QStringLiteral("media/../x") << QString();
    QTest::newRow("escape to profile database") << QStringLiteral("media/../longhand.sqlite") << QString();
    QTest::newRow("escape further") << QStringLiteral("media/../../../etc/passwd") << QString();
    QTest::newRow("sibling with same prefix") << QStringLiteral("media/../media-evil/x.png") << QString();
    QTest::newRow("the folder itself") << QStringLiteral("media/") << QString();
    QTest::newRow("folder via dot-dot") << QStringLiteral("media/x/..") << QString();
    QTest::newRow("other folder") << QStringLiteral("images/x.png") << QString();
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << QString();
    QTest::newRow("url") << QStringLiteral("https://example.org/x.png") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestMediaStore::resolveStaysInsideMedia()
{
    QFETCH(QString, reference);
    QFETCH(QString, expected);
    MediaStore store(m_profile->path());
    const QString resolved = store.resolve(reference);
    if (expected.isEmpty()) {
        QVERIFY2(resolved.isEmpty(), qPrintable(resolved));
    } else {
        QCOMPARE(resolved, QDir::cleanPath(QDir(m_profile->path()).filePath(expected)));
    }
}

void TestMediaStore::existsOnlyForStoredFiles()
{
    MediaStore store(m_profile->path());
    auto reference = store.importBytes(QByteArrayLiteral("pixels"), QStringLiteral("a.png"));
    QVERIFY(reference);
    QVERIFY(store.exists(*reference));
    QVERIFY(!store.exists(QStringLiteral("media/000000000000-a.png")));
    QVERIFY(!store.exists(QStringLiteral("media/")));

    // A real file outside media/ is not reachable through a reference.
    QFile outside(QDir(m_profile->path()).filePath(QStringLiteral("x.png")));
    QVERIFY(outside.open(QIODevice::WriteOnly));
    outside.write("outside");
    outside.close();
    QVERIFY(!store.exists(QStringLiteral("media/../x.png")));

    QVERIFY(QFile::remove(store.resolve(*reference)));
    QVERIFY(!store.exists(*reference));
}

QTEST_GUILESS_MAIN(TestMediaStore)
#include "tst_mediastore.moc"
