#include "core/storage/Migrations.h"

#include <QFile>
#include <QRegularExpression>

static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace longhand {

namespace {

Migration loadMigration(int version, const QString& fileName, bool compactsAfter = false)
{
    QFile file(QStringLiteral(":/migrations/") + fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("Migration %s is missing from the build", qPrintable(fileName));
    }
    return Migration {version, fileName, splitSqlScript(QString::fromUtf8(file.readAll())), compactsAfter};
}

} // namespace

QStringList splitSqlScript(const QString& script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const auto lines = script.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))) {
            continue;
        }
        if (trimmed.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive)) {
            inTrigger = true;
        }
        current += line + QLatin1Char('\n');
        const bool ends = inTrigger ? trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : trimmed.endsWith(QLatin1Char(';'));
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty()) {
        statements.append(current.trimmed());
    }
    return statements;
}

const QList<Migration>& allMigrations()
{
    static const QList<Migration> migrations = [] {
        initMigrationResources();
        return QList<Migration> {
            loadMigration(1, QStringLiteral("001_initial.sql")),
            loadMigration(2, QStringLiteral("002_post_search.sql")),
            loadMigration(3, QStringLiteral("003_sync.sql")),
            loadMigration(4, QStringLiteral("004_moderation.sql")),
            loadMigration(5, QStringLiteral("005_posts_gone.sql")),
            loadMigration(6, QStringLiteral("006_sync_indexes.sql")),
            loadMigration(7, QStringLiteral("007_publish_safety.sql")),
            loadMigration(8, QStringLiteral("008_base_remote_content.sql")),
            loadMigration(9, QStringLiteral("009_comment_filters.sql")),
            loadMigration(10, QStringLiteral("010_site_protocol.sql")),
            loadMigration(11, QStringLiteral("011_post_options.sql")),
            loadMigration(12, QStringLiteral("012_media_library.sql")),
            loadMigration(13, QStringLiteral("013_pages.sql")),
            loadMigration(14, QStringLiteral("014_compact_comments.sql"), true),
        };
    }();
    return migrations;
}

int latestSchemaVersion()
{
    return allMigrations().constLast().version;
}

} // namespace longhand
