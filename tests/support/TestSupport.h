#pragma once

#include "core/Error.h"
#include "core/domain/Post.h"
#include "core/storage/Database.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

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

// The error sentence of a failed result, empty on success; for QVERIFY2 messages, which Qt evaluates
// even when the check passes (so result.error() there would throw on success).
template <typename T>
QString errorOf(const Result<T>& result)
{
    return result ? QString() : result.error().message;
}

// SHA-256 of a file's bytes, or empty when it cannot be read; for "the file was not changed" checks.
QByteArray fileSha256(const QString& path);

// The first column of the first row of a query the test runs itself (pragmas, schema checks);
// an invalid QVariant when the query fails or returns no row.
QVariant queryValue(Database& database, const QString& sql);

// A draft with just a title and text, as the editor's "New review" makes it.
Post draftPost(const QString& title, const QString& body = {});

// The ids of a listing, in order; {-1} (with a warning naming the error) when the listing failed.
QList<qint64> idsOf(const Result<QList<PostSummary>>& summaries);

// A markdown review of roughly `words` words with headings, emphasis, links, quotes and lists.
QString sampleReview(int words);

} // namespace longhand::test
