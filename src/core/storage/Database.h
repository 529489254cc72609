#pragma once

#include "core/Error.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace longhand {

// One SQLite connection, used only by the thread that opened it (see StorageExecutor).
// Opening applies the pragmas (WAL, foreign keys, full sync) and the numbered migrations,
// each in its own transaction; a schema newer than this build knows is refused untouched.
class Database final
{
public:
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    // targetVersion < 0 means the latest schema; tests pass a smaller one to build old files.
    // upgrading: called once before the first migration step runs (from the schema found, to the target), so a
    // caller can say why opening takes a while (a million-comment cache's upgrade takes a minute or more).
    static Result<std::unique_ptr<Database>> open(const QString& path, int targetVersion = -1,
                                                  const std::function<void(int from, int to)>& upgrading = {});

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Runs fn inside BEGIN IMMEDIATE ... COMMIT, rolling back if it fails. Inside another transaction, fn runs in
    // a savepoint: its failure undoes only its own changes, and nothing is kept until the outer one commits.
    template <typename Fn>
    Status transaction(Fn&& fn)
    {
        if (m_depth > 0) {
            const QString name = QStringLiteral("lh%1").arg(m_depth);
            if (auto begun = execute(QStringLiteral("SAVEPOINT ") + name); !begun) {
                return begun;
            }
            ++m_depth;
            Status status = fn();
            --m_depth;
            if (!status) {
                (void)execute(QStringLiteral("ROLLBACK TO ") + name);
            }
            if (auto released = execute(QStringLiteral("RELEASE ") + name); !released && status) {
                return released;
            }
            return status;
        }
        if (auto begun = begin(); !begun) {
            return begun;
        }
        ++m_depth;
        Status status = fn();
        --m_depth;
        if (!status) {
            rollback();
            return status;
        }
        return commit();
    }

    Status begin();
    Status commit();
    void rollback();

private:
    Database(QString path, QString connectionName);
    Status configure();
    Status execute(const QString& statement);
    Status migrate(int targetVersion, const std::function<void(int, int)>& upgrading = {});

    QString m_path;
    QString m_connectionName;
    int m_depth = 0; // transactions open on this connection through transaction()
};

// QSQLITE binds a null QString as SQL NULL; text columns are NOT NULL DEFAULT ''.
inline QString notNullText(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// posts.meta: a JSON object as compact text; '' for none (schema 11).
QString metaToStorage(const QJsonObject& meta);
QJsonObject metaFromStorage(const QString& text);

// A sentence naming what failed, for Error::Code::Database. When SQLite's text names a cause the user
// can act on (the disk is full, the file or folder is read-only, another program holds a lock, the
// file is damaged), the sentence leads with that cause; the driver's own words follow.
Error databaseError(const QString& what, const QString& driverText);

// The cause behind a SQLite error text, when it is one of those.
enum class StorageFault { Other, DiskFull, ReadOnly, Locked, Damaged, CannotOpen };
StorageFault storageFaultOf(const QString& driverText);

} // namespace longhand
