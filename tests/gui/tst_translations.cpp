// The German catalogue is complete and is what the app shows under a German locale.
#include "core/Profile.h"
#include "gui/AppServices.h"
#include "gui/MainWindow.h"

#include <QApplication>
#include <QDomDocument>
#include <QFile>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace longhand;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanCatalogueIsComplete();
    void catalogueIsCompiledIn();
    void menusFollowTheLocale();
};

void TestTranslations::germanCatalogueIsComplete()
{
    QFile file(QStringLiteral(LONGHAND_SOURCE_DIR "/translations/longhand_de.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QDomDocument doc;
    QVERIFY(doc.setContent(&file));
    const QDomNodeList messages = doc.elementsByTagName(QStringLiteral("message"));
    QVERIFY(messages.size() > 100);
    QStringList unfinished;
    for (int i = 0; i < messages.size(); ++i) {
        const QDomElement message = messages.at(i).toElement();
        const QDomElement translation = message.firstChildElement(QStringLiteral("translation"));
        const bool empty = translation.text().trimmed().isEmpty();
        if (translation.attribute(QStringLiteral("type")) == QLatin1String("unfinished") || empty) {
            unfinished.append(message.firstChildElement(QStringLiteral("source")).text());
        }
    }
    QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("untranslated: ") + unfinished.join(QStringLiteral(" | "))));
}

void TestTranslations::catalogueIsCompiledIn()
{
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("longhand"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
    QCOMPARE(translator.translate("longhand::MainWindow", "&File"), QStringLiteral("&Datei"));
}

void TestTranslations::menusFollowTheLocale()
{
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("longhand"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTemporaryDir dir;
    Profile profile(dir.path());
    QVERIFY(profile.ensureExists().ok());
    AppServices services(profile);
    MainWindow window(services);
    QStringList titles;
    for (QAction* action : window.menuBar()->actions()) {
        titles.append(action->text());
    }
    QVERIFY2(titles.contains(QStringLiteral("&Datei")), qPrintable(titles.join(QLatin1Char(','))));
    QVERIFY(titles.contains(QStringLiteral("&Bearbeiten")));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
