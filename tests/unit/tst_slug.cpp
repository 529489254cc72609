// slugFromTitle: the URL slug WordPress would make from a review title.
#include "core/markdown/Slug.h"

#include <QRegularExpression>
#include <QTest>

using namespace longhand;

class TestSlug : public QObject
{
    Q_OBJECT

private slots:
    void slugFromTitle_data();
    void slugFromTitle();
    void longTitlesAreCut_data();
    void longTitlesAreCut();
};

void TestSlug::slugFromTitle_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("slug");

    QTest::newRow("plain") << QStringLiteral("Never Let Me Go") << QStringLiteral("never-let-me-go");
    QTest::newRow("already a slug") << QStringLiteral("never-let-me-go") << QStringLiteral("never-let-me-go");
    QTest::newRow("accent") << QStringLiteral("Amélie") << QStringLiteral("amelie");
    QTest::newRow("accents everywhere") << QStringLiteral("Crème Brûlée à Noël") << QStringLiteral("creme-brulee-a-noel");
    QTest::newRow("upper-case accents") << QStringLiteral("ÉCOLE ÜBER") << QStringLiteral("ecole-uber");
    QTest::newRow("decomposed accent") << QStringLiteral("Ame\u0301lie") << QStringLiteral("amelie");
    QTest::newRow("sharp s") << QStringLiteral("Die Straße") << QStringLiteral("die-strasse");
    QTest::newRow("ligatures and special letters") << QStringLiteral("Æon Œuvre Ørsted Łódź Þór")
                                                   << QStringLiteral("aeon-oeuvre-orsted-lodz-thor");
    QTest::newRow("compatibility ligature") << QStringLiteral("The \uFB01lm") << QStringLiteral("the-film");
    QTest::newRow("apostrophe") << QStringLiteral("Don't Look Now") << QStringLiteral("dont-look-now");
    QTest::newRow("curly apostrophe") << QStringLiteral("Don\u2019t Look Now") << QStringLiteral("dont-look-now");
    QTest::newRow("possessive") << QStringLiteral("Schindler's List") << QStringLiteral("schindlers-list");
    QTest::newRow("punctuation run") << QStringLiteral("Hello, World!!! -- again?!") << QStringLiteral("hello-world-again");
    QTest::newRow("hyphens collapse") << QStringLiteral("Spider---Man") << QStringLiteral("spider-man");
    QTest::newRow("leading and trailing junk") << QStringLiteral("  ...«Leading» & trailing!?  ")
                                               << QStringLiteral("leading-trailing");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only punctuation") << QStringLiteral(" !?-'&* ") << QString();
    QTest::newRow("digits") << QStringLiteral("2001: A Space Odyssey") << QStringLiteral("2001-a-space-odyssey");
    QTest::newRow("only digits") << QStringLiteral("1917") << QStringLiteral("1917");
    QTest::newRow("digits inside") << QStringLiteral("Blade Runner 2049 (4K)") << QStringLiteral("blade-runner-2049-4k");
    QTest::newRow("tabs and newlines") << QStringLiteral("Two\tLines\nTitle") << QStringLiteral("two-lines-title");
    QTest::newRow("underscore") << QStringLiteral("snake_case_title") << QStringLiteral("snake-case-title");
}

void TestSlug::slugFromTitle()
{
    QFETCH(QString, title);
    QFETCH(QString, slug);
    QCOMPARE(longhand::slugFromTitle(title), slug);
}

void TestSlug::longTitlesAreCut_data()
{
    QTest::addColumn<QString>("title");
    // "abcd " * 60: the 200th character of the slug would be a hyphen.
    QTest::newRow("cut on a hyphen") << QStringLiteral("abcd ").repeated(60);
    QTest::newRow("cut inside a word") << QStringLiteral("abcdefg ").repeated(40);
    QTest::newRow("one long word") << QStringLiteral("a").repeated(500);
    QTest::newRow("accented long title") << QStringLiteral("Amélie à Paris, ").repeated(30);
}

void TestSlug::longTitlesAreCut()
{
    QFETCH(QString, title);
    const QString slug = longhand::slugFromTitle(title);
    QVERIFY2(slug.size() <= 200, qPrintable(QString::number(slug.size())));
    QVERIFY(slug.size() >= 195);
    QVERIFY2(!slug.endsWith(QLatin1Char('-')), qPrintable(slug));
    QVERIFY2(!slug.startsWith(QLatin1Char('-')), qPrintable(slug));
    QVERIFY2(QRegularExpression(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$")).match(slug).hasMatch(), qPrintable(slug));
    // It is the start of the full slug, not some other text.
    const QString shortTitle = title.left(title.size() / 2);
    QVERIFY(slug.startsWith(longhand::slugFromTitle(shortTitle).left(100)));
}

QTEST_GUILESS_MAIN(TestSlug)
#include "tst_slug.moc"
