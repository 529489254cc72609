// longhand: wires the services to the main window; everything else lives in the libraries.
#include "core/Logging.h"
#include "core/Profile.h"
#include "core/Version.h"
#include "core/library/ReviewLibrary.h"
#include "core/storage/Database.h"
#include "gui/AppServices.h"
#include "gui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

using namespace longhand;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("longhand"));
    QApplication::setApplicationDisplayName(QString::fromLatin1(kApplicationName));
    QApplication::setOrganizationName(QString::fromLatin1(kOrganizationName));
    QApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    QApplication::setDesktopFileName(QStringLiteral("org.longhand.Longhand"));

    // Follow the system locale: our catalogue plus Qt's own for standard dialogs.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("longhand"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&translator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Longhand: write reviews offline and run your blog."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(Profile::commandLineOption());
    parser.process(app);

    const Profile profile = Profile::fromOption(parser.value(Profile::commandLineOption()));
    if (auto created = profile.ensureExists(); !created) {
        QMessageBox::critical(nullptr, QString::fromLatin1(kApplicationName), created.error().message);
        return 1;
    }
    // Open (and migrate) once before any window exists, so a refused database is reported
    // clearly instead of surfacing as failed saves.
    {
        auto check = Database::open(profile.databasePath());
        if (!check) {
            QMessageBox::critical(nullptr, QString::fromLatin1(kApplicationName), check.error().message);
            return 1;
        }
    }
    qCInfo(lcApp) << "Using profile" << profile.rootPath();

    AppServices services(profile);
    MainWindow window(services);
    window.show();
    window.restoreSession();
    return app.exec();
}
