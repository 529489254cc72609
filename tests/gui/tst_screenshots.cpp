// `longhand --screenshot DIR`: the real executable writes the README's pictures from sample content in a
// throwaway profile, under the offscreen platform, and leaves nothing else behind.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshots final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheReadmePictures();
    void reportsAnUnwritableFolder();

private:
    static QString app()
    {
        return QDir(qEnvironmentVariable("LONGHAND_BINARY_DIR")).filePath(QStringLiteral("src/app/longhand"));
    }
    static int run(const QStringList& arguments, const QString& tmp, QByteArray* output)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("TMPDIR"), tmp);
        env.insert(QStringLiteral("HOME"), tmp); // the user's real profile is never touched
        process.setProcessEnvironment(env);
        process.start(app(), arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
            return -1;
        }
        *output = process.readAllStandardOutput() + process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    // A picture of a real window has text, frames and highlights: many colours, not a blank fill.
    static int colours(const QImage& image)
    {
        QSet<QRgb> seen;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3) {
                seen.insert(image.pixel(x, y));
            }
        }
        return int(seen.size());
    }
};

void TestScreenshots::writesTheReadmePictures()
{
    QTemporaryDir out;
    QTemporaryDir tmp;
    QByteArray output;
    const int code = run({ QStringLiteral("--screenshot"), out.path() }, tmp.path(), &output);
    QVERIFY2(code == 0, output.constData());

    const struct
    {
        const char* name;
        QSize size;
    } expected[] = { { "editor.png", QSize(1280, 800) }, { "moderation.png", QSize(1280, 800) },
        { "merge.png", QSize(1200, 720) } };
    for (const auto& picture : expected) {
        const QString path = QDir(out.path()).filePath(QString::fromLatin1(picture.name));
        const QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QCOMPARE(image.size(), picture.size);
        QVERIFY2(colours(image) > 40, picture.name);
    }
    QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 3);
    // The throwaway profile is gone, and no settings were written for the user running it.
    QVERIFY2(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                 .filter(QStringLiteral("longhand")).isEmpty(),
        qPrintable(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).join(u' ')));
}

void TestScreenshots::reportsAnUnwritableFolder()
{
    QTemporaryDir tmp;
    const QString file = QDir(tmp.path()).filePath(QStringLiteral("not-a-folder"));
    QFile blocker(file);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QByteArray output;
    const int code = run({ QStringLiteral("--screenshot"), file + QStringLiteral("/inside") }, tmp.path(), &output);
    QCOMPARE(code, 1);
    QVERIFY2(output.contains("Cannot create"), output.constData());
}

QTEST_GUILESS_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
