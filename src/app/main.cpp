// longhand: wires the services to the main window; everything else lives in the libraries.
#include "core/Logging.h"
#include "core/Profile.h"
#include "core/Version.h"
#include "core/library/ReviewLibrary.h"
#include "core/storage/Database.h"
#include "gui/AppServices.h"
#include "gui/CacheOpening.h"
#include "gui/MainWindow.h"
#include "gui/SingleInstance.h"
#include "ScreenshotTour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <cstring>

using namespace longhand;

namespace {

bool wantsScreenshots(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0) {
            return true;
        }
    }
    return false;
}

// A profile's error can quote a path or a driver's message: shown as written, never as markup.
void showStartError(const QString& message)
{
    QMessageBox box(QMessageBox::Critical, QString::fromLatin1(kApplicationName), message, QMessageBox::Ok);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    Profile::makeProcessPrivate(); // before anything can create a file in the profile
    // Screenshots are made off screen unless the caller chose a platform (e.g. to watch them being made).
    if (wantsScreenshots(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
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
    // English is a catalogue too (it holds the plural forms): it is the fallback for other languages.
    if (translator.load(QLocale(), QStringLiteral("longhand"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral("longhand_en"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&translator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Longhand: write reviews offline and run your blog."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(Profile::commandLineOption());
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main", "Write screenshots of the editor, the comment queue and the merge view, made "
                                        "with sample content in a throwaway profile, into <dir>, then quit."),
        QStringLiteral("dir"));
    parser.addOption(screenshot);
    parser.process(app);

    if (parser.isSet(screenshot)) {
        ScreenshotTour tour(parser.value(screenshot));
        int code = 1;
        QObject::connect(&tour, &ScreenshotTour::finished, &app, [&code](bool ok, const QString& message) {
            std::fprintf(ok ? stdout : stderr, "%s\n", qPrintable(message));
            code = ok ? 0 : 1;
            QApplication::quit();
        });
        QTimer::singleShot(0, &tour, &ScreenshotTour::start); // once the loop runs, so that quit() is heard
        app.exec();
        return code;
    }

    const Profile profile = Profile::fromOption(parser.value(Profile::commandLineOption()));
    if (auto created = profile.ensureExists(); !created) {
        showStartError(created.error().message);
        return 1;
    }
    // One window per profile: a second start brings the first forward and quits.
    SingleInstance instance(profile.rootPath());
    if (!instance.claim()) {
        const bool answered = instance.activateRunning();
        qCInfo(lcApp) << "Longhand already runs on" << profile.rootPath() << (answered ? "; brought it forward" : "; it did not answer");
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("main", "Longhand already has this profile open; that window was brought forward.")));
        return 0;
    }
    // Open (and migrate) once before any window exists, so a refused database is reported
    // clearly instead of surfacing as failed saves; a long upgrade says so while it runs.
    if (const QString refused = openCacheBeforeWindows(profile.databasePath()); !refused.isEmpty()) {
        showStartError(refused);
        return 1;
    }
    qCInfo(lcApp) << "Using profile" << profile.rootPath();

    AppServices services(profile);
    MainWindow window(services);
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, [&window] {
        qCInfo(lcApp) << "Another start on this profile: the window comes forward";
        window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window.show();
        window.raise();
        window.activateWindow();
    });
    window.show();
    window.restoreSession();
    return app.exec();
}
