#include "core/Profile.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace longhand {

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
