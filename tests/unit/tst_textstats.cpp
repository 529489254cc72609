// countWords and TextStats: the word count and reading time shown under the editor.
#include "core/markdown/TextStats.h"

#include <QTest>

using namespace longhand;

class TestTextStats : public QObject
{
    Q_OBJECT

private slots:
    void countWords_data();
    void countWords();
    void readingMinutes_data();
    void readingMinutes();
};

void TestTextStats::countWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("words");

    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("whitespace") << QStringLiteral("  \n\t  \n") << 0;
    QTest::newRow("english") << QStringLiteral("The quick brown fox jumps over the lazy dog.") << 9;
    QTest::newRow("extra spacing") << QStringLiteral("  The   quick\n\nbrown\tfox  ") << 4;
    QTest::newRow("contraction") << QStringLiteral("Don't stop, it's fine") << 4;
    QTest::newRow("curly contraction") << QStringLiteral("Don\u2019t stop") << 2;
    QTest::newRow("possessive plural") << QStringLiteral("the dogs' bowls") << 3;
    QTest::newRow("quoted") << QStringLiteral("'quoted' \"words\"") << 2;
    QTest::newRow("hyphenated") << QStringLiteral("a well-made, state-of-the-art film") << 4;
    QTest::newRow("dash between words") << QStringLiteral("slow - but - good") << 3;
    QTest::newRow("em dash") << QStringLiteral("slow\u2014but good") << 3;
    QTest::newRow("numbers") << QStringLiteral("It runs 142 minutes, released in 2024") << 7;
    QTest::newRow("punctuation only") << QStringLiteral("... !!! ?? -- ' \" ; :") << 0;
    QTest::newRow("german") << QStringLiteral("Größenwahn über Äpfel und Bücher") << 5;
    QTest::newRow("french") << QStringLiteral("naïve café l'été") << 3;
    QTest::newRow("decomposed accent") << QStringLiteral("cafe\u0301 ok") << 2;
    QTest::newRow("cyrillic") << QStringLiteral("Война и мир") << 3;
    QTest::newRow("single letter") << QStringLiteral("a") << 1;
}

void TestTextStats::countWords()
{
    QFETCH(QString, text);
    QFETCH(int, words);
    QCOMPARE(longhand::countWords(text), words);
}

void TestTextStats::readingMinutes_data()
{
    QTest::addColumn<int>("words");
    QTest::addColumn<int>("minutes");

    QTest::newRow("nothing") << 0 << 0;
    QTest::newRow("negative") << -5 << 0;
    QTest::newRow("one word") << 1 << 1;
    QTest::newRow("one minute") << 238 << 1;
    QTest::newRow("just over") << 239 << 2;
    QTest::newRow("two minutes") << 476 << 2;
    QTest::newRow("three") << 477 << 3;
    QTest::newRow("long review") << 2380 << 10;
}

void TestTextStats::readingMinutes()
{
    QFETCH(int, words);
    QFETCH(int, minutes);
    const TextStats stats = TextStats::forWordCount(words);
    QCOMPARE(stats.readingMinutes, minutes);
    QCOMPARE(stats.words, words);
    QCOMPARE(TextStats::kWordsPerMinute, 238);
}

QTEST_GUILESS_MAIN(TestTextStats)
#include "tst_textstats.moc"
