#pragma once

#include "core/Error.h"

#include <QCommandLineOption>
#include <QDir>
#include <QFileDevice>
#include <QString>

namespace longhand {

// Where one user's data lives: the database, copied media, settings and the personal dictionary.
// Defaults to QStandardPaths::AppDataLocation; both programs accept --profile DIR instead.
class Profile
{
public:
    explicit Profile(QString rootPath);

    static QCommandLineOption commandLineOption();
    static QString defaultRootPath();
    // The --profile value if given, else the default location.
    static Profile fromOption(const QString& optionValue);

    // Creates the directories; fails with a sentence naming the path when it cannot. The profile is
    // private: its folders are made 0700 and every file in it 0600, also when an earlier version made
    // them readable by others (commenters' emails and IP addresses live here).
    Status ensureExists() const;

    // Files and folders this process creates are the user's alone from here on (umask 077): the
    // database and its WAL and SHM files, media, avatars, styles, settings. Called first by both
    // programs. The user's own mask is kept for what is written outside the profile (exports).
    static void makeProcessPrivate();
    // What a file written outside the profile may be, by the user's own umask (0644 for the usual 022).
    static QFileDevice::Permissions outsideFilePermissions();

    QString rootPath() const { return m_root.absolutePath(); }
    QString databasePath() const;
    QString mediaPath() const;
    QString settingsPath() const;
    QString personalDictionaryPath() const;

private:
    QDir m_root;
};

} // namespace longhand
