// longhand-cli: the command-line face of longhand_core. Later work adds commands (sync, comments).
#include "core/Logging.h"
#include "core/Profile.h"
#include "core/Version.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace longhand;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("longhand"));
    QCoreApplication::setOrganizationName(QString::fromLatin1(kOrganizationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Longhand command-line tool: works on the same offline cache as the Longhand app."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(Profile::commandLineOption());
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("cli", "status: show the profile and its database."));
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const Profile profile = Profile::fromOption(parser.value(Profile::commandLineOption()));
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0, QStringLiteral("status"));

    if (command == QLatin1String("status")) {
        if (auto ok = profile.ensureExists(); !ok) {
            err << ok.error().message << Qt::endl;
            return 1;
        }
        auto database = Database::open(profile.databasePath());
        if (!database) {
            err << database.error().message << Qt::endl;
            return 1;
        }
        out << QCoreApplication::translate("cli", "Profile: %1").arg(profile.rootPath()) << Qt::endl
            << QCoreApplication::translate("cli", "Database: %1 (schema %2)").arg(profile.databasePath()).arg((*database)->schemaVersion())
            << Qt::endl;
        return 0;
    }
    err << QCoreApplication::translate("cli", "Unknown command: %1 (see --help)").arg(command) << Qt::endl;
    return 2;
}
