#pragma once

#include "core/Error.h"

#include <QCommandLineOption>
#include <QDir>
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

    // Creates the directories; fails with a sentence naming the path when it cannot.
    Status ensureExists() const;

    QString rootPath() const { return m_root.absolutePath(); }
    QString databasePath() const;
    QString mediaPath() const;
    QString settingsPath() const;
    QString personalDictionaryPath() const;

private:
    QDir m_root;
};

} // namespace longhand
