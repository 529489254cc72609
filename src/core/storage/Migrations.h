#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace longhand {

// One numbered schema step; the database's PRAGMA user_version records the last one applied.
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
    // The step rewrites a large table: the file is compacted (VACUUM, outside the step's transaction) after it.
    bool compactsAfter = false;
};

// Every migration in order, read from the SQL files compiled into the library.
const QList<Migration>& allMigrations();
int latestSchemaVersion();

// Splits a migration script into statements (trigger bodies stay whole).
QStringList splitSqlScript(const QString& script);

} // namespace longhand
