// The Debian package: cpack -G DEB from this build, then its contents, its Depends (computed from
// the libraries the binaries link), the desktop entry, the AppStream metainfo (appstreamcli
// validate), the icons and translations; and both installed programs report the same version.
#include "core/Version.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestPackage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void containsProgramsDesktopEntryIconsAndTranslations();
    void dependsOnWhatIsLinked();
    void metainfoAndDesktopEntryAreValid();
    void installedProgramsAgreeOnTheVersion();

private:
    static QString run(const QString& program, const QStringList& arguments, const QString& directory = {},
                       int* exitCode = nullptr);

    QTemporaryDir m_dir;
    QString m_deb;
    QString m_root; // the package unpacked
    QStringList m_files;
};

QString TestPackage::run(const QString& program, const QStringList& arguments, const QString& directory, int* exitCode)
{
    QProcess process;
    if (!directory.isEmpty()) {
        process.setWorkingDirectory(directory);
    }
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(240000)) {
        process.kill();
    }
    if (exitCode) {
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    return QString::fromUtf8(process.readAll());
}

void TestPackage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString binary = qEnvironmentVariable("LONGHAND_BINARY_DIR");
    QVERIFY(!binary.isEmpty());
    int code = 0;
    const QString output = run(QStringLiteral("cpack"),
                               {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), m_dir.path(),
                                QStringLiteral("--config"), QDir(binary).filePath(QStringLiteral("CPackConfig.cmake"))},
                               binary, &code);
    QVERIFY2(code == 0, qPrintable(output));
    const QStringList debs = QDir(m_dir.path()).entryList({QStringLiteral("*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = QDir(m_dir.path()).filePath(debs.constFirst());
    m_root = QDir(m_dir.path()).filePath(QStringLiteral("root"));
    run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root}, {}, &code);
    QCOMPARE(code, 0);
    const QString listing = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_deb}, {}, &code);
    QCOMPARE(code, 0);
    for (const QString& line : listing.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        m_files.append(line.section(QLatin1Char(' '), -1).mid(1)); // "./usr/bin/x" -> "/usr/bin/x"
    }
}

void TestPackage::containsProgramsDesktopEntryIconsAndTranslations()
{
    const QStringList expected {
        QStringLiteral("/usr/bin/longhand"),
        QStringLiteral("/usr/bin/longhand-cli"),
        QStringLiteral("/usr/share/applications/org.longhand.Longhand.desktop"),
        QStringLiteral("/usr/share/metainfo/org.longhand.Longhand.metainfo.xml"),
        QStringLiteral("/usr/share/icons/hicolor/scalable/apps/org.longhand.Longhand.svg"),
        QStringLiteral("/usr/share/icons/hicolor/48x48/apps/org.longhand.Longhand.png"),
        QStringLiteral("/usr/share/icons/hicolor/256x256/apps/org.longhand.Longhand.png"),
        QStringLiteral("/usr/share/longhand/translations/longhand_de.qm"),
        QStringLiteral("/usr/share/longhand/translations/longhand_en.qm"),
        QStringLiteral("/usr/share/doc/longhand/copyright"),
    };
    for (const QString& file : expected) {
        QVERIFY2(m_files.contains(file), qPrintable(file + QStringLiteral(" missing from the package")));
    }
    // Nothing from the build or the tests.
    for (const QString& file : std::as_const(m_files)) {
        QVERIFY2(!file.contains(QLatin1String("tst_")) && !file.contains(QLatin1String("bench")), qPrintable(file));
    }
    QVERIFY(QFileInfo(m_root + QStringLiteral("/usr/share/longhand/translations/longhand_de.qm")).size() > 1000);
}

void TestPackage::dependsOnWhatIsLinked()
{
    int code = 0;
    const QString depends = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Depends")}, {}, &code);
    QCOMPARE(code, 0);
    // One entry per library the binaries link (dpkg-shlibdeps), plus the SQLite driver plugin.
    for (const char* package : {"libqt6widgets6", "libqt6network6", "libqt6sql6", "libcmark", "libhunspell", "libgit2",
                                "libgumbo", "libyaml-cpp", "libqt6keychain", "libqt6sql6-sqlite", "libc6", "libstdc++6"}) {
        QVERIFY2(depends.contains(QLatin1String(package)), qPrintable(QStringLiteral("%1 not in Depends: %2").arg(QLatin1String(package), depends)));
    }
    QVERIFY(!depends.contains(QLatin1String("libqt6test")));
}

void TestPackage::metainfoAndDesktopEntryAreValid()
{
    int code = 0;
    const QString output = run(QStringLiteral("appstreamcli"),
                               {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                m_root + QStringLiteral("/usr/share/metainfo/org.longhand.Longhand.metainfo.xml")},
                               {}, &code);
    QVERIFY2(code == 0, qPrintable(output));
    QFile desktop(m_root + QStringLiteral("/usr/share/applications/org.longhand.Longhand.desktop"));
    QVERIFY(desktop.open(QIODevice::ReadOnly));
    const QString entry = QString::fromUtf8(desktop.readAll());
    QVERIFY(entry.startsWith(QLatin1String("[Desktop Entry]")));
    QVERIFY(entry.contains(QLatin1String("\nExec=longhand")));
    QVERIFY(entry.contains(QLatin1String("\nIcon=org.longhand.Longhand\n")));
    QVERIFY(entry.contains(QLatin1String("\nType=Application\n")));
}

void TestPackage::installedProgramsAgreeOnTheVersion()
{
    int code = 0;
    const QString cli = run(m_root + QStringLiteral("/usr/bin/longhand-cli"), {QStringLiteral("--version")}, {}, &code);
    QCOMPARE(code, 0);
    const QString app = run(m_root + QStringLiteral("/usr/bin/longhand"), {QStringLiteral("--version")}, {}, &code);
    QCOMPARE(code, 0);
    const QString version = QString::fromLatin1(longhand::kVersion);
    QVERIFY2(cli.contains(version), qPrintable(cli));
    QVERIFY2(app.contains(version), qPrintable(app));
    QCOMPARE(cli.trimmed().section(QLatin1Char(' '), -1), app.trimmed().section(QLatin1Char(' '), -1));
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
