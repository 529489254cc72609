#pragma once

#include "core/storage/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace longhand::test {

// Path of a file committed under tests/data.
QString dataFile(const QString& name);

// A fresh database in a temporary directory, migrated to the latest schema; fails the test if not.
struct TempDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    QString path() const { return dir.filePath(QStringLiteral("longhand.sqlite")); }
};
std::unique_ptr<TempDatabase> makeTempDatabase();

// A markdown review of roughly `words` words with headings, emphasis, links, quotes and lists.
QString sampleReview(int words);

} // namespace longhand::test
