#include "core/storage/Database.h"

#include "core/storage/CommentSearch.h"

#include "core/Logging.h"
#include "core/storage/CommentText.h"
#include "core/storage/Migrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace longhand {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("longhand-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

Status exec(QSqlDatabase db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        return databaseError(sql.left(80), query.lastError().text());
    }
    return {};
}

} // namespace

StorageFault storageFaultOf(const QString& driverText)
{
    // SQLite's own words (sqlite3_errstr), stable across versions; Qt appends them to its message.
    const auto has = [&driverText](const char* text) { return driverText.contains(QLatin1String(text), Qt::CaseInsensitive); };
    if (has("database or disk is full") || has("No space left")) {
        return StorageFault::DiskFull;
    }
    if (has("readonly database") || has("read-only") || has("Read-only file system")) {
        return StorageFault::ReadOnly;
    }
    if (has("database is locked") || has("database table is locked")) {
        return StorageFault::Locked;
    }
    if (has("malformed") || has("file is not a database")) {
        return StorageFault::Damaged;
    }
    if (has("unable to open database file")) {
        return StorageFault::CannotOpen;
    }
    return StorageFault::Other;
}

Error databaseError(const QString& what, const QString& driverText)
{
    QString cause;
    switch (storageFaultOf(driverText)) {
    case StorageFault::DiskFull:
        cause = QCoreApplication::translate("Database", "The disk is full: the local database could not be written. Free some space and try again; what "
                   "was saved before is kept.");
        break;
    case StorageFault::ReadOnly:
        cause = QCoreApplication::translate("Database", "The local database is read-only: its file, its folder or the disk it is on cannot be written. "
                   "Check their permissions, or whether the disk is mounted read-only.");
        break;
    case StorageFault::Locked:
        cause = QCoreApplication::translate("Database", "The local database is locked by another program (another Longhand on the same profile?). Close it "
                   "and try again.");
        break;
    case StorageFault::Damaged:
        cause = QCoreApplication::translate("Database", "The local database is damaged.");
        break;
    case StorageFault::CannotOpen:
        cause = QCoreApplication::translate("Database", "The local database cannot be opened: its folder is missing or cannot be written.");
        break;
    case StorageFault::Other:
        break;
    }
    const QString detail = QCoreApplication::translate("Database", "The local database failed (%1): %2").arg(what, driverText);
    return Error::make(Error::Code::Database, cause.isEmpty() ? detail : cause + QLatin1Char(' ') + detail);
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, int targetVersion,
                                                const std::function<void(int, int)>& upgrading)
{
    std::unique_ptr<Database> database(new Database(path, nextConnectionName()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            QString driverText = db.lastError().text();
            const QFileInfo file(path);
            if (file.exists() ? !file.isWritable() : !QFileInfo(file.absolutePath()).isWritable()) {
                driverText += QStringLiteral(" (read-only)");
            }
            return databaseError(QCoreApplication::translate("Database", "opening %1").arg(path), driverText);
        }
    }
    const int version = database->schemaVersion();
    if (version < 0) {
        // Say why: a full disk, a read-only folder (SQLite cannot make the -shm file beside a WAL database)
        // or another program's lock are not damage.
        QSqlQuery query(database->connection());
        query.exec(QStringLiteral("PRAGMA user_version"));
        const QString driverText = query.lastError().text();
        switch (storageFaultOf(driverText)) {
        case StorageFault::DiskFull:
        case StorageFault::ReadOnly:
        case StorageFault::Locked:
        case StorageFault::CannotOpen: {
            Error error = databaseError(QCoreApplication::translate("Database", "opening %1").arg(path), driverText);
            return error;
        }
        case StorageFault::Damaged:
        case StorageFault::Other:
            break;
        }
        return Error::make(Error::Code::Database,
                           QCoreApplication::translate("Database", "%1 is not a Longhand database or is damaged.").arg(path));
    }
    if (version > latestSchemaVersion()) {
        // Checked before any pragma that writes, so a newer file is left exactly as it was.
        return Error::make(Error::Code::SchemaTooNew,
                           QCoreApplication::translate("Database",
                                                       "%1 was written by a newer Longhand (schema %2; this version knows up "
                                                       "to %3). Update Longhand to open it; the file was not changed.")
                               .arg(path)
                               .arg(version)
                               .arg(latestSchemaVersion()));
    }
    if (auto configured = database->configure(); !configured) {
        return configured.error();
    }
    if (auto migrated = database->migrate(targetVersion < 0 ? latestSchemaVersion() : targetVersion, upgrading); !migrated) {
        return migrated.error();
    }
    commentsearch::prepare(database->connection()); // before any PRAGMA query_only (StorageExecutor::read)
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

Status Database::configure()
{
    const QSqlDatabase db = connection();
    // The comment cache's view and triggers (schema 14) compute a comment's visible text in SQL.
    if (!commenttext::registerCommentFunctions(db)) {
        return databaseError(QStringLiteral("comment_text"), QStringLiteral("cannot register SQL functions on %1").arg(m_path));
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()) {
        return databaseError(QStringLiteral("journal_mode"), query.lastError().text());
    }
    if (m_path != QLatin1String(":memory:") && query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return databaseError(QStringLiteral("journal_mode"), QStringLiteral("WAL is not available for %1").arg(m_path));
    }
    for (const auto* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL", "PRAGMA busy_timeout = 5000"}) {
        if (auto status = exec(db, QString::fromLatin1(pragma)); !status) {
            return status;
        }
    }
    return {};
}

Status Database::migrate(int targetVersion, const std::function<void(int, int)>& upgrading)
{
    const int current = schemaVersion();
    bool compact = false;
    bool told = false;
    for (const Migration& migration : allMigrations()) {
        if (migration.version <= current || migration.version > targetVersion) {
            continue;
        }
        if (upgrading && !std::exchange(told, true) && current > 0) {
            upgrading(current, targetVersion); // not for a new, empty file
        }
        qCInfo(lcStorage) << "Applying migration" << migration.name << "to" << m_path;
        auto status = transaction([&]() -> Status {
            for (const QString& statement : migration.statements) {
                if (auto done = exec(connection(), statement); !done) {
                    return done;
                }
            }
            return exec(connection(), QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        });
        if (!status) {
            return Error::make(status.error().code,
                               QCoreApplication::translate("Database", "Upgrading the database to schema %1 failed: %2")
                                   .arg(migration.version)
                                   .arg(status.error().message));
        }
        compact = compact || migration.compactsAfter;
    }
    if (compact) {
        // The rewritten table's old pages are free but still in the file (schema 14 would leave a million-comment
        // cache larger than before). VACUUM is atomic on its own; if it fails, the upgraded file is still whole.
        qCInfo(lcStorage) << "Compacting" << m_path;
        if (auto vacuumed = exec(connection(), QStringLiteral("VACUUM")); !vacuumed) {
            qCWarning(lcStorage) << "Compacting" << m_path << "failed:" << vacuumed.error().message;
        }
    }
    return {};
}

Status Database::execute(const QString& statement)
{
    return exec(connection(), statement);
}

Status Database::begin()
{
    return exec(connection(), QStringLiteral("BEGIN IMMEDIATE"));
}

Status Database::commit()
{
    auto status = exec(connection(), QStringLiteral("COMMIT"));
    if (!status) {
        rollback();
    }
    return status;
}

void Database::rollback()
{
    QSqlQuery query(connection());
    query.exec(QStringLiteral("ROLLBACK"));
}

QString metaToStorage(const QJsonObject& meta)
{
    return meta.isEmpty() ? QStringLiteral("") : QString::fromUtf8(QJsonDocument(meta).toJson(QJsonDocument::Compact));
}

QJsonObject metaFromStorage(const QString& text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace longhand
