#include "core/storage/AppStateRepository.h"

#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace longhand {

AppStateRepository::AppStateRepository(Database& database)
    : m_database(database)
{
}

Result<QString> AppStateRepository::value(const QString& key, const QString& fallback)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT value FROM app_state WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec()) {
        return databaseError(QStringLiteral("read state"), q.lastError().text());
    }
    return q.next() ? q.value(0).toString() : fallback;
}

Status AppStateRepository::setValue(const QString& key, const QString& value)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO app_state (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? QStringLiteral("") : value); // a null QString would bind as SQL NULL
    if (!q.exec()) {
        return databaseError(QStringLiteral("write state"), q.lastError().text());
    }
    return {};
}

Status AppStateRepository::keepLast(const QString& prefix, int keep)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM app_state WHERE substr(key, 1, length(:p)) = :p AND key NOT IN "
                             "(SELECT key FROM app_state WHERE substr(key, 1, length(:p)) = :p ORDER BY key DESC LIMIT :n)"));
    q.bindValue(QStringLiteral(":p"), prefix);
    q.bindValue(QStringLiteral(":n"), std::max(0, keep));
    if (!q.exec()) {
        return databaseError(QStringLiteral("write state"), q.lastError().text());
    }
    return {};
}

Status AppStateRepository::remove(const QString& key)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM app_state WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec()) {
        return databaseError(QStringLiteral("write state"), q.lastError().text());
    }
    return {};
}

} // namespace longhand
