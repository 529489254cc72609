// The profile is private: its folders 0700 and every file in it 0600 (database, WAL, SHM, media,
// avatars, styles, settings), also for a profile an earlier version left readable by others; an
// export outside the profile gets the user's usual permissions.
#include "core/Profile.h"
#include "core/library/Exporter.h"
#include "core/storage/Database.h"
#include "core/storage/MediaStore.h"
#include "core/storage/PostRepository.h"
#include "support/TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace longhand;
using namespace longhand::test;

namespace {

int modeOf(const QString& path)
{
    struct stat info {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

// Every entry under root (root too) whose mode is not private, as "path mode" lines.
QStringList notPrivate(const QString& root)
{
    QStringList found;
    if (modeOf(root) != 0700) {
        found << QStringLiteral("%1 %2").arg(root).arg(modeOf(root), 0, 8);
    }
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const int wanted = it.fileInfo().isDir() ? 0700 : 0600;
        if (modeOf(path) != wanted) {
            found << QStringLiteral("%1 %2").arg(path).arg(modeOf(path), 0, 8);
        }
    }
    return found;
}

void writeFile(const QString& path, mode_t mode)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x");
    file.close();
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode), 0);
}

} // namespace

class TestProfilePrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void earlierProfileIsMadePrivate();
    void everythingCreatedIsPrivate();
};

void TestProfilePrivacy::earlierProfileIsMadePrivate()
{
    QTemporaryDir dir;
    const QString root = QDir(dir.path()).filePath(QStringLiteral("profile"));
    for (const char* name : { "longhand.sqlite", "longhand.sqlite-wal", "longhand.sqlite-shm", "settings.ini",
                              "media/abc-still.png", "avatars/0123.png", "styles/site-1.css", "personal-dictionary.txt" }) {
        writeFile(QDir(root).filePath(QString::fromLatin1(name)), 0644);
    }
    for (const char* folder : { "", "media", "avatars", "styles" }) {
        QCOMPARE(::chmod(QFile::encodeName(QDir(root).filePath(QString::fromLatin1(folder))).constData(), 0755), 0);
    }
    // A link in the profile is left as it is, and what it points at too.
    const QString outside = QDir(dir.path()).filePath(QStringLiteral("outside.txt"));
    writeFile(outside, 0644);
    QVERIFY(QFile::link(outside, QDir(root).filePath(QStringLiteral("media/link.png"))));

    QVERIFY(notPrivate(root).size() > 5);
    QVERIFY(Profile(root).ensureExists().ok());
    QStringList left = notPrivate(root);
    left.removeIf([](const QString& line) { return line.contains(QLatin1String("link.png")); });
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
    QCOMPARE(modeOf(outside), 0644);
}

void TestProfilePrivacy::everythingCreatedIsPrivate()
{
    const mode_t userMask = ::umask(022);
    Profile::makeProcessPrivate();
    QTemporaryDir dir;
    const Profile profile(QDir(dir.path()).filePath(QStringLiteral("profile")));
    QVERIFY(profile.ensureExists().ok());
    {
        auto db = Database::open(profile.databasePath());
        QVERIFY2(db, qPrintable(errorOf(db)));
        Post post = draftPost(QStringLiteral("Private"), QStringLiteral("Text with an ![image](media/x.png)."));
        QVERIFY(PostRepository(**db).create(post));
        auto media = MediaStore(profile.rootPath()).importBytes(QByteArray("\x89PNG not really"), QStringLiteral("x.png"));
        QVERIFY(media);
        QSettings settings(profile.settingsPath(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("window/geometry"), QByteArray("x"));
        settings.sync();
        QVERIFY(QFileInfo::exists(profile.databasePath() + QStringLiteral("-wal")));
        QVERIFY(QFileInfo::exists(profile.databasePath() + QStringLiteral("-shm")));
        const QStringList left = notPrivate(profile.rootPath());
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));

        // An export is the user's own file, with the user's usual permissions.
        QTemporaryDir out;
        const auto exported = Exporter(profile.rootPath(), out.path()).run(**db);
        QVERIFY2(exported, qPrintable(errorOf(exported)));
        const QStringList files = QDir(out.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QCOMPARE(modeOf(QDir(out.path()).filePath(files.first())), 0644);
    }
    ::umask(userMask);
}

QTEST_GUILESS_MAIN(TestProfilePrivacy)
#include "tst_profileprivacy.moc"
