// A storage failure names its real cause: a full disk, a read-only database, another program's lock
// and a damaged file each get their own sentence, not "not a Longhand database or damaged".
#include "core/Profile.h"
#include "core/storage/Database.h"
#include "core/storage/PostRepository.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;
using namespace longhand::test;

class TestDatabaseErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullDiskIsNamed();
    void lockByAnotherProgramIsNamed();
    void readOnlyIsNamed();
    void damagedFileIsNamed();
};

void TestDatabaseErrors::fullDiskIsNamed()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("longhand.sqlite"));
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(errorOf(db)));
    // SQLite's own "disk full": the file may not grow past the pages it has now.
    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
    const int pages = query.value(0).toInt();
    QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    Post post = draftPost(QStringLiteral("Long"), QString(400000, QLatin1Char('x')));
    const auto created = PostRepository(**db).create(post);
    QVERIFY(!created);
    QVERIFY2(created.error().message.contains(QLatin1String("disk is full")), qPrintable(created.error().message));
}

void TestDatabaseErrors::lockByAnotherProgramIsNamed()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("longhand.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(errorOf(db)));
    }
    // Another program takes the file for itself.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery query(other);
        QVERIFY(query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY2(query.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE held (x)")));
        auto opened = Database::open(path);
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(QLatin1String("locked by another program")), qPrintable(opened.error().message));
        QVERIFY2(!opened.error().message.contains(QLatin1String("not a Longhand database")), qPrintable(opened.error().message));
        query.exec(QStringLiteral("ROLLBACK"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
}

void TestDatabaseErrors::readOnlyIsNamed()
{
    // The tests may run as root, which no file mode stops; SQLite's read-only open gives the real error.
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("longhand.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(errorOf(db)));
    }
    QString driverText;
    {
        QSqlDatabase readOnly = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ro"));
        readOnly.setDatabaseName(path);
        readOnly.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(readOnly.open());
        QSqlQuery query(readOnly);
        QVERIFY(!query.exec(QStringLiteral("CREATE TABLE x (y)")));
        driverText = query.lastError().text();
        readOnly.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("ro"));
    QCOMPARE(storageFaultOf(driverText), StorageFault::ReadOnly);
    const Error error = databaseError(QStringLiteral("saving"), driverText);
    QVERIFY2(error.message.contains(QLatin1String("read-only")), qPrintable(error.message));
    QVERIFY2(error.message.contains(driverText), qPrintable(error.message)); // SQLite's words are kept too
}

void TestDatabaseErrors::damagedFileIsNamed()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("longhand.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, '\x5a'));
    file.close();
    auto opened = Database::open(path);
    QVERIFY(!opened);
    QVERIFY2(opened.error().message.contains(QLatin1String("damaged")), qPrintable(opened.error().message));
    QCOMPARE(storageFaultOf(QStringLiteral("database disk image is malformed")), StorageFault::Damaged);
    QCOMPARE(storageFaultOf(QStringLiteral("something else")), StorageFault::Other);
}

QTEST_GUILESS_MAIN(TestDatabaseErrors)
#include "tst_databaseerrors.moc"
