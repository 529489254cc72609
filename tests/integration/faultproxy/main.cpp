// faultproxy: a loopback HTTP proxy that injects network faults (see FaultProxy.h and README.md).
#include "FaultProxy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTextStream>
#include <unistd.h>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("faultproxy"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "HTTP proxy on 127.0.0.1 that drops, resets, truncates, delays or fails requests matching its rules.\n"
        "Prints {\"port\":P,\"control\":C} on one line once it listens."));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("upstream"), QStringLiteral("The server to forward to, e.g. http://127.0.0.1:8080."),
            QStringLiteral("URL") },
        { QStringLiteral("port"), QStringLiteral("Port to listen on (0: any free one)."), QStringLiteral("PORT"),
            QStringLiteral("0") },
        { QStringLiteral("control-port"), QStringLiteral("Port of the control API (0: any free one)."),
            QStringLiteral("PORT"), QStringLiteral("0") },
        { QStringLiteral("rules"), QStringLiteral("A JSON file with the initial rules."), QStringLiteral("FILE") },
        { QStringLiteral("exit-with-stdin"),
            QStringLiteral("Exit when standard input closes (so the proxy never outlives the test that started it).") },
        { QStringLiteral("verbose"), QStringLiteral("Log every injected fault on standard error.") },
    });
    parser.process(app);

    QTextStream err(stderr);
    const QUrl upstream(parser.value(QStringLiteral("upstream")));
    if (!upstream.isValid() || upstream.scheme() != QLatin1String("http") || upstream.host().isEmpty()) {
        err << "faultproxy: --upstream takes an http:// URL" << Qt::endl;
        return 2;
    }
    faultproxy::Proxy proxy(upstream);
    proxy.setVerbose(parser.isSet(QStringLiteral("verbose")));
    if (parser.isSet(QStringLiteral("rules"))) {
        QFile file(parser.value(QStringLiteral("rules")));
        if (!file.open(QIODevice::ReadOnly)) {
            err << "faultproxy: cannot read " << file.fileName() << Qt::endl;
            return 2;
        }
        if (const auto error = proxy.setRules(QJsonDocument::fromJson(file.readAll()).array())) {
            err << "faultproxy: " << *error << Qt::endl;
            return 2;
        }
    }
    if (!proxy.listen(quint16(parser.value(QStringLiteral("port")).toUInt()),
            quint16(parser.value(QStringLiteral("control-port")).toUInt()))) {
        err << "faultproxy: cannot listen on 127.0.0.1" << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("exit-with-stdin"))) {
        auto* notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
            char buffer[256];
            if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
                notifier->setEnabled(false);
                QCoreApplication::quit();
            }
        });
    }
    QTextStream(stdout) << "{\"port\":" << proxy.port() << ",\"control\":" << proxy.controlPort() << '}' << Qt::endl;
    return app.exec();
}
