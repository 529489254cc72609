// SpellChecker (hunspell behind one class) and DictionaryCatalog (which dictionaries exist).
#include "core/spelling/DictionaryCatalog.h"
#include "core/spelling/SpellChecker.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace longhand;

namespace {

const char* kDictionaryPathVariable = "LONGHAND_DICTIONARY_PATH";

DictionaryInfo fakeDictionary(const QString& language)
{
    return DictionaryInfo {language, QStringLiteral("/nowhere/%1.aff").arg(language), QStringLiteral("/nowhere/%1.dic").arg(language)};
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A two-file hunspell dictionary small enough to reason about.
bool writeTinyDictionary(const QDir& dir, const QString& language, const QStringList& words)
{
    QByteArray dic = QByteArray::number(words.size()) + '\n';
    for (const QString& word : words) {
        dic += word.toUtf8() + '\n';
    }
    return writeFile(dir.filePath(language + QStringLiteral(".aff")), QByteArrayLiteral("SET UTF-8\nTRY esianrtolcdugmphbyfvkwz\n"))
        && writeFile(dir.filePath(language + QStringLiteral(".dic")), dic);
}

QStringList languagesOf(const QList<DictionaryInfo>& dictionaries)
{
    QStringList languages;
    for (const DictionaryInfo& info : dictionaries) {
        languages.append(info.language);
    }
    return languages;
}

} // namespace

class TestSpellChecker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void checksWords_data();
    void checksWords();
    void suggestsCorrections();
    void personalDictionaryPersists();
    void personalDictionaryRejectsNonWords();
    void personalDictionaryWriteFailureIsReported();
    void missingDictionaryIsAnError();
    void bestLanguageFor_data();
    void bestLanguageFor();
    void catalogListsInstalledDictionaries();
    void environmentReplacesSearchPaths();

private:
    DictionaryInfo m_enUs;
    std::unique_ptr<QTemporaryDir> m_profile;
};

void TestSpellChecker::initTestCase()
{
    qunsetenv(kDictionaryPathVariable);
    for (const DictionaryInfo& info : DictionaryCatalog::installed()) {
        if (info.language == QLatin1String("en_US")) {
            m_enUs = info;
        }
    }
}

void TestSpellChecker::init()
{
    qunsetenv(kDictionaryPathVariable);
    m_profile = std::make_unique<QTemporaryDir>();
    QVERIFY(m_profile->isValid());
}

void TestSpellChecker::cleanup()
{
    qunsetenv(kDictionaryPathVariable);
}

void TestSpellChecker::checksWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("correct");

    QTest::newRow("receive") << QStringLiteral("receive") << true;
    QTest::newRow("capitalised") << QStringLiteral("Receive") << true;
    QTest::newRow("plural") << QStringLiteral("reviews") << true;
    QTest::newRow("contraction") << QStringLiteral("don't") << true;
    QTest::newRow("curly contraction") << QStringLiteral("don\u2019t") << true;
    QTest::newRow("recieve") << QStringLiteral("recieve") << false;
    QTest::newRow("teh") << QStringLiteral("teh") << false;
    QTest::newRow("mashed keys") << QStringLiteral("qwxzkjv") << false;
    QTest::newRow("single letter skipped") << QStringLiteral("x") << true;
    QTest::newRow("number skipped") << QStringLiteral("2049") << true;
    QTest::newRow("word with digits skipped") << QStringLiteral("mp3s") << true;
}

void TestSpellChecker::checksWords()
{
    if (m_enUs.language.isEmpty()) {
        QSKIP("The en_US hunspell dictionary is not installed");
    }
    QFETCH(QString, word);
    QFETCH(bool, correct);
    SpellChecker checker(m_profile->filePath(QStringLiteral("personal.txt")));
    QVERIFY(!checker.isReady());
    QVERIFY(checker.isCorrect(QStringLiteral("qwxzkjv"))); // nothing loaded: nothing is underlined
    const Status loaded = checker.loadDictionary(m_enUs);
    QVERIFY2(loaded, qPrintable(test::errorOf(loaded)));
    QVERIFY(checker.isReady());
    QCOMPARE(checker.language(), QStringLiteral("en_US"));
    QCOMPARE(checker.isCorrect(word), correct);
    QCOMPARE(checker.isCorrect(word), correct); // and again, from the cache
}

void TestSpellChecker::suggestsCorrections()
{
    if (m_enUs.language.isEmpty()) {
        QSKIP("The en_US hunspell dictionary is not installed");
    }
    SpellChecker checker(m_profile->filePath(QStringLiteral("personal.txt")));
    QVERIFY(checker.loadDictionary(m_enUs));
    const QStringList suggestions = checker.suggestions(QStringLiteral("recieve"));
    QVERIFY2(suggestions.contains(QStringLiteral("receive")), qPrintable(suggestions.join(QLatin1Char(','))));
    QVERIFY(suggestions.size() <= 8);
    QVERIFY(checker.suggestions(QStringLiteral("recieve"), 1).size() <= 1);
    QVERIFY(checker.suggestions(QStringLiteral("seperate")).contains(QStringLiteral("separate")));
    QVERIFY(SpellChecker(m_profile->filePath(QStringLiteral("other.txt"))).suggestions(QStringLiteral("recieve")).isEmpty());
}

void TestSpellChecker::personalDictionaryPersists()
{
    if (m_enUs.language.isEmpty()) {
        QSKIP("The en_US hunspell dictionary is not installed");
    }
    const QString path = m_profile->filePath(QStringLiteral("personal-dictionary.txt"));
    {
        SpellChecker checker(path);
        QVERIFY(checker.loadDictionary(m_enUs));
        QVERIFY(!checker.isCorrect(QStringLiteral("Hailsham")));
        QVERIFY(!checker.isCorrect(QStringLiteral("Ishiguro")));
        const Status added = checker.addToPersonalDictionary(QStringLiteral("  Hailsham "));
        QVERIFY2(added, qPrintable(test::errorOf(added)));
        QVERIFY(checker.isCorrect(QStringLiteral("Hailsham"))); // at once, despite the cached "wrong"
        QVERIFY(checker.addToPersonalDictionary(QStringLiteral("Ishiguro")));
        QVERIFY(checker.addToPersonalDictionary(QStringLiteral("Hailsham"))); // twice is fine
        QCOMPARE(checker.personalWords(), (QStringList {QStringLiteral("Hailsham"), QStringLiteral("Ishiguro")}));
        QVERIFY(!checker.isCorrect(QStringLiteral("recieve"))); // the rest of the dictionary is unchanged
    }

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArrayLiteral("Hailsham\nIshiguro\n"));
    file.close();

    // A new checker on the same file knows the words, whether it loads the dictionary before or after.
    SpellChecker reopened(path);
    QCOMPARE(reopened.personalWords(), (QStringList {QStringLiteral("Hailsham"), QStringLiteral("Ishiguro")}));
    QVERIFY(reopened.loadDictionary(m_enUs));
    QVERIFY(reopened.isCorrect(QStringLiteral("Hailsham")));
    QVERIFY(reopened.isCorrect(QStringLiteral("Ishiguro")));
    QVERIFY(!reopened.isCorrect(QStringLiteral("Hailshma")));
}

void TestSpellChecker::personalDictionaryRejectsNonWords()
{
    const QString path = m_profile->filePath(QStringLiteral("personal.txt"));
    SpellChecker checker(path);
    for (const QString& notAWord : {QString(), QStringLiteral("   "), QStringLiteral("two\nlines")}) {
        const Status added = checker.addToPersonalDictionary(notAWord);
        QVERIFY(!added);
        QCOMPARE(added.error().code, Error::Code::InvalidInput);
    }
    QVERIFY(checker.personalWords().isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestSpellChecker::personalDictionaryWriteFailureIsReported()
{
    const QString path = m_profile->filePath(QStringLiteral("missing-folder/personal.txt"));
    SpellChecker checker(path);
    if (!m_enUs.language.isEmpty()) {
        QVERIFY(checker.loadDictionary(m_enUs));
    }
    const Status added = checker.addToPersonalDictionary(QStringLiteral("Hailsham"));
    QVERIFY(!added);
    QCOMPARE(added.error().code, Error::Code::Io);
    QVERIFY2(added.error().message.contains(path), qPrintable(added.error().message));
    QVERIFY(checker.personalWords().isEmpty()); // not half-added
    if (!m_enUs.language.isEmpty()) {
        QVERIFY(!checker.isCorrect(QStringLiteral("Hailsham")));
    }
}

void TestSpellChecker::missingDictionaryIsAnError()
{
    SpellChecker checker(m_profile->filePath(QStringLiteral("personal.txt")));
    const Status loaded = checker.loadDictionary(fakeDictionary(QStringLiteral("zz_ZZ")));
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, Error::Code::Dictionary);
    QVERIFY2(loaded.error().message.contains(QLatin1String("zz_ZZ")), qPrintable(loaded.error().message));
    QVERIFY(!checker.isReady());
    QVERIFY(checker.language().isEmpty());

    // A failed load keeps the dictionary that was working.
    if (!m_enUs.language.isEmpty()) {
        QVERIFY(checker.loadDictionary(m_enUs));
        QVERIFY(!checker.loadDictionary(fakeDictionary(QStringLiteral("zz_ZZ"))));
        QCOMPARE(checker.language(), QStringLiteral("en_US"));
        QVERIFY(!checker.isCorrect(QStringLiteral("recieve")));
    }
}

void TestSpellChecker::bestLanguageFor_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");

    QTest::newRow("regional variant to main country") << QStringLiteral("de_AT") << QStringLiteral("de_DE");
    QTest::newRow("Swiss German") << QStringLiteral("de_CH") << QStringLiteral("de_DE");
    QTest::newRow("exact regional") << QStringLiteral("de_LU") << QStringLiteral("de_LU");
    QTest::newRow("exact with dash") << QStringLiteral("de-BE") << QStringLiteral("de_BE");
    QTest::newRow("language only") << QStringLiteral("de") << QStringLiteral("de_DE");
    QTest::newRow("english") << QStringLiteral("en") << QStringLiteral("en_US");
    QTest::newRow("british english") << QStringLiteral("en_GB") << QStringLiteral("en_US");
    QTest::newRow("exact english") << QStringLiteral("en_US") << QStringLiteral("en_US");
    QTest::newRow("unknown language") << QStringLiteral("fr_FR") << QString();
    QTest::newRow("C locale") << QStringLiteral("C") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestSpellChecker::bestLanguageFor()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    // Regional variants first, so that a first-found answer would be the wrong one.
    const QList<DictionaryInfo> available {fakeDictionary(QStringLiteral("de_BE")), fakeDictionary(QStringLiteral("de_DE")),
                                           fakeDictionary(QStringLiteral("de_LU")), fakeDictionary(QStringLiteral("en_US"))};
    QCOMPARE(DictionaryCatalog::bestLanguageFor(locale, available), expected);
    QCOMPARE(DictionaryCatalog::bestLanguageFor(locale, {}), QString());
}

void TestSpellChecker::catalogListsInstalledDictionaries()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDir folder(dir.path());
    QVERIFY(writeTinyDictionary(folder, QStringLiteral("xx_TEST"), {QStringLiteral("longhand")}));
    QVERIFY(writeFile(folder.filePath(QStringLiteral("orphan.dic")), "1\norphan\n")); // no .aff: unusable
    QVERIFY(writeTinyDictionary(folder, QStringLiteral("hyph_xx_TEST"), {QStringLiteral("long-hand")})); // hyphenation
    QVERIFY(writeFile(folder.filePath(QStringLiteral("readme.txt")), "not a dictionary\n"));

    const QList<DictionaryInfo> found = DictionaryCatalog::installed({dir.path(), dir.filePath(QStringLiteral("absent"))});
    QCOMPARE(languagesOf(found), QStringList {QStringLiteral("xx_TEST")});
    QCOMPARE(found.constFirst().affPath, folder.filePath(QStringLiteral("xx_TEST.aff")));
    QCOMPARE(found.constFirst().dicPath, folder.filePath(QStringLiteral("xx_TEST.dic")));
}

void TestSpellChecker::environmentReplacesSearchPaths()
{
    QTemporaryDir first;
    QTemporaryDir second;
    QVERIFY(first.isValid() && second.isValid());
    QVERIFY(writeTinyDictionary(QDir(first.path()), QStringLiteral("xx_TEST"), {QStringLiteral("longhand"), QStringLiteral("spoiler")}));
    QVERIFY(writeTinyDictionary(QDir(second.path()), QStringLiteral("xx_TEST"), {QStringLiteral("shadowed")}));
    QVERIFY(writeTinyDictionary(QDir(second.path()), QStringLiteral("yy_TEST"), {QStringLiteral("other")}));

    qputenv(kDictionaryPathVariable, QFile::encodeName(first.path()));
    QCOMPARE(DictionaryCatalog::searchPaths(), QStringList {first.path()});
    const QList<DictionaryInfo> only = DictionaryCatalog::installed();
    QCOMPARE(languagesOf(only), QStringList {QStringLiteral("xx_TEST")}); // en_US and de_* are not listed

    SpellChecker checker(m_profile->filePath(QStringLiteral("personal.txt")));
    const Status loaded = checker.loadDictionary(only.constFirst());
    QVERIFY2(loaded, qPrintable(test::errorOf(loaded)));
    QCOMPARE(checker.language(), QStringLiteral("xx_TEST"));
    QVERIFY(checker.isCorrect(QStringLiteral("longhand")));
    QVERIFY(checker.isCorrect(QStringLiteral("spoiler")));
    QVERIFY(!checker.isCorrect(QStringLiteral("receive")));

    // Colon-separated; the first folder wins when both have a language.
    qputenv(kDictionaryPathVariable, QFile::encodeName(first.path() + QLatin1Char(':') + second.path()));
    const QList<DictionaryInfo> both = DictionaryCatalog::installed();
    QCOMPARE(languagesOf(both), (QStringList {QStringLiteral("xx_TEST"), QStringLiteral("yy_TEST")}));
    QCOMPARE(both.constFirst().dicPath, QDir(first.path()).filePath(QStringLiteral("xx_TEST.dic")));

    qunsetenv(kDictionaryPathVariable);
    QVERIFY(DictionaryCatalog::searchPaths().contains(QStringLiteral("/usr/share/hunspell")));
}

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"
