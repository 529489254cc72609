#include "core/Profile.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QStandardPaths>

#include <sys/stat.h>

#include <atomic>

namespace longhand {

namespace {

std::atomic<int> g_userUmask { -1 }; // -1: makeProcessPrivate() was not called; the umask is the user's

// chmod when the mode is not already private; symbolic links are left alone (never followed).
bool makePrivate(const QString& path, bool folder)
{
    struct stat info {};
    const QByteArray native = QFile::encodeName(path);
    if (::lstat(native.constData(), &info) != 0 || S_ISLNK(info.st_mode)) {
        return true;
    }
    const mode_t wanted = folder ? 0700 : 0600;
    if ((info.st_mode & 07777) == wanted) {
        return true;
    }
    return ::chmod(native.constData(), wanted) == 0;
}

} // namespace

void Profile::makeProcessPrivate()
{
    const mode_t previous = ::umask(077);
    int expected = -1;
    g_userUmask.compare_exchange_strong(expected, int(previous)); // the first call knows the user's mask
}

QFileDevice::Permissions Profile::outsideFilePermissions()
{
    int mask = g_userUmask.load();
    if (mask < 0) {
        mask = int(::umask(022));
        ::umask(mode_t(mask));
    }
    QFileDevice::Permissions permissions;
    const std::pair<int, QFileDevice::Permissions> bits[] {
        { 0400, QFileDevice::ReadOwner | QFileDevice::ReadUser }, { 0200, QFileDevice::WriteOwner | QFileDevice::WriteUser },
        { 0040, QFileDevice::ReadGroup }, { 0020, QFileDevice::WriteGroup },
        { 0004, QFileDevice::ReadOther }, { 0002, QFileDevice::WriteOther },
    };
    for (const auto& [bit, permission] : bits) {
        if ((0666 & ~mask) & bit) {
            permissions |= permission;
        }
    }
    return permissions;
}

Profile::Profile(QString rootPath)
    : m_root(std::move(rootPath))
{
}

QCommandLineOption Profile::commandLineOption()
{
    return QCommandLineOption(QStringList {QStringLiteral("profile")},
                              QCoreApplication::translate("Profile", "Use the profile in DIR instead of the default one."),
                              QStringLiteral("DIR"));
}

QString Profile::defaultRootPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Profile Profile::fromOption(const QString& optionValue)
{
    return Profile(optionValue.isEmpty() ? defaultRootPath() : QDir(optionValue).absolutePath());
}

Status Profile::ensureExists() const
{
    for (const QString& path : {rootPath(), mediaPath()}) {
        if (!QDir().mkpath(path)) {
            return Error::make(Error::Code::Io,
                               QCoreApplication::translate("Profile", "Cannot create the profile folder %1.").arg(path));
        }
    }
    // Private, also what an earlier version left readable: every folder 0700, every file 0600.
    if (!makePrivate(rootPath(), true)) {
        return Error::make(Error::Code::Io, QCoreApplication::translate("Profile", "Cannot make the profile folder %1 "
                                                                                   "private to you.").arg(rootPath()));
    }
    QDirIterator it(rootPath(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (!info.isSymLink()) {
            makePrivate(path, info.isDir()); // a file that cannot be changed is still usable; the folder protects it
        }
    }
    return {};
}

QString Profile::databasePath() const
{
    return m_root.filePath(QStringLiteral("longhand.sqlite"));
}

QString Profile::mediaPath() const
{
    return m_root.filePath(QStringLiteral("media"));
}

QString Profile::settingsPath() const
{
    return m_root.filePath(QStringLiteral("settings.ini"));
}

QString Profile::personalDictionaryPath() const
{
    return m_root.filePath(QStringLiteral("personal-dictionary.txt"));
}

} // namespace longhand
