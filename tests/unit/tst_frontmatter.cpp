// parseMarkdownDocument / writeMarkdownDocument: the YAML front matter of a review file.
#include "core/markdown/FrontMatter.h"

#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

using namespace longhand;
using longhand::test::errorOf;

namespace longhand {

// So that a failed QCOMPARE shows what differs.
char* toString(const FrontMatter& meta)
{
    const auto text = [](const std::optional<QString>& value) {
        return value ? QLatin1Char('"') + *value + QLatin1Char('"') : QStringLiteral("(unset)");
    };
    const auto list = [](const std::optional<QStringList>& value) {
        return value ? QLatin1Char('[') + value->join(QLatin1String("|")) + QLatin1Char(']')
                     : QStringLiteral("(unset)");
    };
    const QString date = meta.date ? meta.date->toString(Qt::ISODateWithMs) : QStringLiteral("(unset)");
    return qstrdup(
        QStringLiteral("title=%1 slug=%2 excerpt=%3 status=%4 featured=%5 date=%6 categories=%7 tags=%8 "
                       "unknown=%9")
            .arg(text(meta.title), text(meta.slug), text(meta.excerpt), text(meta.status), text(meta.featured), date,
                list(meta.categories), list(meta.tags), meta.unknownKeys.join(QLatin1Char(',')))
            .toUtf8()
            .constData());
}

} // namespace longhand

namespace {

QString lines(std::initializer_list<const char*> parts)
{
    QString out;
    for (const char* part : parts) {
        out += QString::fromUtf8(part) + QLatin1Char('\n');
    }
    return out;
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int msec = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), QTimeZone::utc());
}

QDateTime local(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute)).toUTC();
}

} // namespace

class TestFrontMatter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noFrontMatter_data();
    void noFrontMatter();
    void emptyFrontMatter_data();
    void emptyFrontMatter();
    void everyKey();
    void lists_data();
    void lists();
    void valuesWithoutText();
    void dates_data();
    void dates();
    void statusIsNormalised();
    void unknownKeysAreReported();
    void lineEndingsAndBom_data();
    void lineEndingsAndBom();
    void dashesLaterInTheBody();
    void roundTrip_data();
    void roundTrip();
    void roundTripEveryKey();
    void writerOutput();
    void errors_data();
    void errors();
    void errorLinesCountFromTheFileStart();
    void deepNesting_data();
    void deepNesting();
    void moderateNestingInOtherToolsKeys();
    void hugeFrontMatter();
};

void TestFrontMatter::initTestCase()
{
    // Local time must not be UTC, or "no zone = local time" would be indistinguishable from "no zone = UTC".
    qputenv("TZ", "America/New_York");
    QVERIFY(QDateTime(QDate(2024, 1, 10), QTime(12, 0)).offsetFromUtc() != 0);
}

void TestFrontMatter::noFrontMatter_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("# Alien\n\nIn space no one can hear you scream.\n");
    QTest::newRow("empty") << QString();
    QTest::newRow("dashes with text") << QStringLiteral("--- not a block\ntitle: x\n---\n");
    QTest::newRow("blank line first") << QStringLiteral("\n---\ntitle: x\n---\nText\n");
    QTest::newRow("four dashes") << QStringLiteral("----\ntitle: x\n----\n");
    QTest::newRow("dashes later") << QStringLiteral("Intro\n---\ntitle: x\n---\n");
}

void TestFrontMatter::noFrontMatter()
{
    QFETCH(QString, text);
    const Result<MarkdownDocument> document = parseMarkdownDocument(text);
    QVERIFY2(document, qPrintable(errorOf(document)));
    QCOMPARE(document->meta, FrontMatter());
    QCOMPARE(document->body, text);
}

void TestFrontMatter::emptyFrontMatter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("body");
    QTest::newRow("two lines") << QStringLiteral("---\n---\n\nBody\n") << QStringLiteral("Body\n");
    QTest::newRow("no blank line") << QStringLiteral("---\n---\nBody\n") << QStringLiteral("Body\n");
    QTest::newRow("nothing after") << QStringLiteral("---\n---") << QString();
    QTest::newRow("nothing after, newline") << QStringLiteral("---\n---\n") << QString();
    QTest::newRow("comments only") << QStringLiteral("---\n# just a note\n\n---\nBody") << QStringLiteral("Body");
    QTest::newRow("dots close") << QStringLiteral("---\n...\nBody") << QStringLiteral("Body");
    QTest::newRow("trailing spaces on delimiters") << QStringLiteral("--- \n---\t\nBody") << QStringLiteral("Body");
    QTest::newRow("only one blank line is eaten") << QStringLiteral("---\n---\n\n\nBody") << QStringLiteral("\nBody");
}

void TestFrontMatter::emptyFrontMatter()
{
    QFETCH(QString, text);
    QFETCH(QString, body);
    const Result<MarkdownDocument> document = parseMarkdownDocument(text);
    QVERIFY2(document, qPrintable(errorOf(document)));
    QCOMPARE(document->meta, FrontMatter());
    QCOMPARE(document->body, body);
}

void TestFrontMatter::everyKey()
{
    const QString text = lines({
        "---",
        "title: Alien",
        "slug: alien-1979",
        "excerpt: >",
        "  In space no one",
        "  can hear you scream.",
        "status: publish",
        "featured: images/nostromo.jpg",
        "date: 2024-05-17T20:30:00+02:00",
        "categories:",
        "  - Science fiction",
        "  - Horror",
        "tags: [ridley scott, \"1979\", 'xenomorph']",
        "---",
        "",
        "The *Nostromo* ...",
    });
    const Result<MarkdownDocument> document = parseMarkdownDocument(text);
    QVERIFY2(document, qPrintable(errorOf(document)));
    FrontMatter expected;
    expected.title = QStringLiteral("Alien");
    expected.slug = QStringLiteral("alien-1979");
    expected.excerpt = QStringLiteral("In space no one can hear you scream.\n");
    expected.status = QStringLiteral("publish");
    expected.featured = QStringLiteral("images/nostromo.jpg");
    expected.date = utc(2024, 5, 17, 18, 30);
    expected.categories = QStringList { QStringLiteral("Science fiction"), QStringLiteral("Horror") };
    expected.tags = QStringList { QStringLiteral("ridley scott"), QStringLiteral("1979"), QStringLiteral("xenomorph") };
    QCOMPARE(document->meta, expected);
    QCOMPARE(document->meta.date->timeSpec(), Qt::UTC);
    QCOMPARE(document->body, QStringLiteral("The *Nostromo* ...\n"));
}

void TestFrontMatter::lists_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QStringList>("tags");
    const QStringList twoTags { QStringLiteral("horror"), QStringLiteral("space") };
    QTest::newRow("flow") << QStringLiteral("tags: [horror, space]") << twoTags;
    QTest::newRow("flow, quoted") << QStringLiteral("tags: [\"horror\", 'space']") << twoTags;
    QTest::newRow("flow over lines") << QStringLiteral("tags: [horror,\n  space]") << twoTags;
    QTest::newRow("block") << QStringLiteral("tags:\n  - horror\n  - space") << twoTags;
    QTest::newRow("block, not indented") << QStringLiteral("tags:\n- horror\n- space") << twoTags;
    QTest::newRow("block with comments") << QStringLiteral("tags: # genres\n  - horror # first\n  - space") << twoTags;
    QTest::newRow("scalar") << QStringLiteral("tags: horror") << QStringList { QStringLiteral("horror") };
    QTest::newRow("scalar with comma stays one")
        << QStringLiteral("tags: horror, space") << QStringList { QStringLiteral("horror, space") };
    QTest::newRow("quoted scalar") << QStringLiteral("tags: \"Alien: Covenant\"")
                                   << QStringList { QStringLiteral("Alien: Covenant") };
    QTest::newRow("empty flow") << QStringLiteral("tags: []") << QStringList();
    QTest::newRow("unicode") << QStringLiteral("tags: [Amélie, 東京物語, \"🎬\"]")
                             << QStringList { QStringLiteral("Amélie"), QStringLiteral("東京物語"),
                                    QStringLiteral("🎬") };
    QTest::newRow("numbers stay as written") << QStringLiteral("tags: [1979, 0x10, 1e3, true]")
                                             << QStringList { QStringLiteral("1979"), QStringLiteral("0x10"),
                                                    QStringLiteral("1e3"), QStringLiteral("true") };
}

void TestFrontMatter::lists()
{
    QFETCH(QString, yaml);
    QFETCH(QStringList, tags);
    for (const QString& key : { QStringLiteral("tags"), QStringLiteral("categories") }) {
        QString source = yaml;
        source.replace(QStringLiteral("tags:"), key + QLatin1Char(':'));
        const Result<MarkdownDocument> document
            = parseMarkdownDocument(QStringLiteral("---\n") + source + QStringLiteral("\n---\nText"));
        QVERIFY2(document, qPrintable(errorOf(document)));
        const std::optional<QStringList>& list
            = key == QLatin1String("tags") ? document->meta.tags : document->meta.categories;
        QVERIFY(list.has_value());
        QCOMPARE(*list, tags);
        QCOMPARE(document->body, QStringLiteral("Text"));
    }
}

void TestFrontMatter::valuesWithoutText()
{
    const Result<MarkdownDocument> document = parseMarkdownDocument(lines(
        { "---", "title:", "slug: ~", "tags: null", "date:", "status:", "excerpt: \"\"", "categories: []", "---" }));
    QVERIFY2(document, qPrintable(errorOf(document)));
    FrontMatter expected;
    expected.excerpt = QString(); // quoted: set, but empty
    expected.categories = QStringList();
    QCOMPARE(document->meta, expected);
    QVERIFY(document->meta.excerpt->isEmpty());
}

void TestFrontMatter::dates_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("Z") << QStringLiteral("2024-05-17T20:30:00Z") << utc(2024, 5, 17, 20, 30);
    QTest::newRow("lower-case z") << QStringLiteral("2024-05-17t20:30:00z") << utc(2024, 5, 17, 20, 30);
    QTest::newRow("offset") << QStringLiteral("2024-05-17T20:30:00+02:00") << utc(2024, 5, 17, 18, 30);
    QTest::newRow("negative offset") << QStringLiteral("2024-05-17T20:30:00-05:30") << utc(2024, 5, 18, 2, 0);
    QTest::newRow("offset without colon") << QStringLiteral("2024-05-17T20:30:00+0200") << utc(2024, 5, 17, 18, 30);
    QTest::newRow("offset hours only") << QStringLiteral("2024-05-17T20:30:00+02") << utc(2024, 5, 17, 18, 30);
    QTest::newRow("fraction") << QStringLiteral("2024-05-17T20:30:00.25Z") << utc(2024, 5, 17, 20, 30, 0, 250);
    QTest::newRow("space and zone") << QStringLiteral("2024-05-17 20:30:15 +01:00") << utc(2024, 5, 17, 19, 30, 15);
    QTest::newRow("quoted") << QStringLiteral("\"2024-05-17T20:30:00Z\"") << utc(2024, 5, 17, 20, 30);
    QTest::newRow("no zone, winter") << QStringLiteral("2024-01-10T20:30:00") << local(2024, 1, 10, 20, 30);
    QTest::newRow("no zone, summer") << QStringLiteral("2024-07-10T20:30:00") << local(2024, 7, 10, 20, 30);
    QTest::newRow("no zone, no seconds") << QStringLiteral("2024-07-10 20:30") << local(2024, 7, 10, 20, 30);
    QTest::newRow("date only") << QStringLiteral("2024-05-17") << local(2024, 5, 17);
    QTest::newRow("leap day") << QStringLiteral("2024-02-29") << local(2024, 2, 29);
}

void TestFrontMatter::dates()
{
    QFETCH(QString, value);
    QFETCH(QDateTime, expected);
    const Result<MarkdownDocument> document
        = parseMarkdownDocument(QStringLiteral("---\ndate: ") + value + QStringLiteral("\n---\n"));
    QVERIFY2(document, qPrintable(errorOf(document)));
    QVERIFY(document->meta.date.has_value());
    QCOMPARE(*document->meta.date, expected);
    QCOMPARE(document->meta.date->timeSpec(), Qt::UTC);
}

void TestFrontMatter::statusIsNormalised()
{
    for (const char* status : { "draft", "pending", "private", "publish", "future" }) {
        const QString name = QString::fromLatin1(status);
        const Result<MarkdownDocument> document
            = parseMarkdownDocument(QStringLiteral("---\nstatus: ") + name.toUpper() + QStringLiteral("\n---\n"));
        QVERIFY2(document, qPrintable(errorOf(document)));
        QCOMPARE(document->meta.status, std::optional<QString>(name));
    }
}

void TestFrontMatter::unknownKeysAreReported()
{
    const Result<MarkdownDocument> document = parseMarkdownDocument(lines({
        "---",
        "layout: post",
        "title: Alien",
        "author:",
        "  name: Me",
        "  links: [a, b]",
        "Title: wrong case",
        "\"with space\": 1",
        "---",
    }));
    QVERIFY2(document, qPrintable(errorOf(document)));
    QCOMPARE(document->meta.title, std::optional<QString>(QStringLiteral("Alien")));
    QCOMPARE(document->meta.unknownKeys,
        (QStringList { QStringLiteral("layout"), QStringLiteral("author"), QStringLiteral("Title"),
            QStringLiteral("with space") }));
}

void TestFrontMatter::lineEndingsAndBom_data()
{
    QTest::addColumn<QString>("text");
    const QString lf = QStringLiteral("---\ntitle: Alien\ntags:\n  - a\n  - b\n---\n\nLine one\nLine two\n");
    QString crlf = lf;
    crlf.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    QString cr = lf;
    cr.replace(QStringLiteral("\n"), QStringLiteral("\r"));
    QTest::newRow("lf") << lf;
    QTest::newRow("crlf") << crlf;
    QTest::newRow("old mac cr") << cr;
    QTest::newRow("bom + lf") << QChar(0xFEFF) + lf;
    QTest::newRow("bom + crlf") << QChar(0xFEFF) + crlf;
}

void TestFrontMatter::lineEndingsAndBom()
{
    QFETCH(QString, text);
    const Result<MarkdownDocument> document = parseMarkdownDocument(text);
    QVERIFY2(document, qPrintable(errorOf(document)));
    FrontMatter expected;
    expected.title = QStringLiteral("Alien");
    expected.tags = QStringList { QStringLiteral("a"), QStringLiteral("b") };
    QCOMPARE(document->meta, expected);
    QCOMPARE(document->body, QStringLiteral("Line one\nLine two\n"));

    // Without a front matter block the BOM goes too, and the body gets "\n" line endings all the same.
    const Result<MarkdownDocument> plain = parseMarkdownDocument(QChar(0xFEFF) + QStringLiteral("A\r\nB\r\n"));
    QVERIFY(plain);
    QCOMPARE(plain->body, QStringLiteral("A\nB\n"));
}

void TestFrontMatter::dashesLaterInTheBody()
{
    const QString body = QStringLiteral("Intro\n\n---\n\nAfter a rule.\n\n---\ntitle: not front matter\n---\n...\n");
    const Result<MarkdownDocument> document = parseMarkdownDocument(QStringLiteral("---\ntitle: A\n---\n\n") + body);
    QVERIFY2(document, qPrintable(errorOf(document)));
    QCOMPARE(document->meta.title, std::optional<QString>(QStringLiteral("A")));
    QVERIFY(document->meta.unknownKeys.isEmpty());
    QCOMPARE(document->body, body);
}

void TestFrontMatter::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    const char* const samples[] = {
        "Alien: Covenant",
        "\"Quoted\"",
        "- dash",
        "-dash",
        "#hash",
        "Not # a comment",
        "a #b",
        "[bracketed]",
        "{braced}",
        "&anchor",
        "*alias",
        "!tag",
        "%percent",
        "@at",
        "`tick`",
        "'single'",
        "It's",
        "| pipe",
        "> gt",
        "? question",
        ": colon",
        "colon at end:",
        "yes",
        "no",
        "null",
        "~",
        "",
        "   ",
        " padded ",
        "123",
        "0x1F",
        "1e3",
        "2024-05-17",
        "---",
        "...",
        "Amélie",
        "東京物語",
        "Ça, c'est « la » vie 🎬",
        "back\\slash",
        "\\n not a newline",
        "two\nlines",
        "trailing newline\n",
        "tab\there",
        "cr\rhere",
        "nul\x01here",
        "\x7f",
        "C1 \xc2\x85 next line",
        "line\xe2\x80\xa8sep",
        "bom\xef\xbb\xbfinside",
        "%YAML 1.2",
        "<<: merge",
    };
    for (const char* sample : samples) {
        const QString text = QString::fromUtf8(sample);
        QString name;
        for (const QChar ch : text) {
            name += ch.unicode() < 0x20 ? QStringLiteral("\\x%1").arg(int(ch.unicode()), 2, 16, QLatin1Char('0'))
                                        : QString(ch);
        }
        QTest::newRow(qPrintable(QLatin1Char('[') + name + QLatin1Char(']'))) << text;
    }
    QTest::newRow("nul") << QStringLiteral("a") + QChar(0) + QStringLiteral("b");
    QTest::newRow("long") << QStringLiteral("Ridley Scott's \"Alien\": #1 - ").repeated(200);
}

void TestFrontMatter::roundTrip()
{
    QFETCH(QString, text);
    FrontMatter meta;
    meta.title = text;
    meta.slug = text;
    meta.excerpt = text;
    meta.featured = text;
    meta.categories = QStringList { text, text + QStringLiteral("!") };
    meta.tags = QStringList { text };
    const QString body = QStringLiteral("Body\n");
    const QString written = writeMarkdownDocument(meta, body);
    const Result<MarkdownDocument> document = parseMarkdownDocument(written);
    QVERIFY2(document, qPrintable(errorOf(document) + QStringLiteral("\n") + written));
    QCOMPARE(document->meta, meta);
    QCOMPARE(document->body, body);
}

void TestFrontMatter::roundTripEveryKey()
{
    FrontMatter meta;
    meta.title = QStringLiteral("Alien: Covenant");
    meta.slug = QStringLiteral("alien-covenant");
    meta.excerpt = QStringLiteral("A prequel.\n\nWith a \"second\" paragraph: #2.");
    meta.status = QStringLiteral("future");
    meta.featured = QStringLiteral("media/covenant poster.jpg");
    meta.date = utc(2017, 5, 19, 7, 45, 12, 345);
    meta.categories = QStringList();
    meta.tags = QStringList { QStringLiteral("- xenomorph"), QStringLiteral("[engineers]") };
    const QStringList bodies {
        QString(),
        QStringLiteral("Text"),
        QStringLiteral("\nStarts with a blank line\n"),
        QStringLiteral("---\ntitle: looks like front matter\n---\n"),
        QStringLiteral("\n\n\n"),
    };
    for (const QString& body : bodies) {
        const Result<MarkdownDocument> document = parseMarkdownDocument(writeMarkdownDocument(meta, body));
        QVERIFY2(document, qPrintable(errorOf(document)));
        QCOMPARE(document->meta, meta);
        QCOMPARE(document->body, body);
    }
    // Nothing set: an empty block, still a valid document.
    const Result<MarkdownDocument> empty = parseMarkdownDocument(writeMarkdownDocument({}, QStringLiteral("x")));
    QVERIFY(empty);
    QCOMPARE(empty->meta, FrontMatter());
    QCOMPARE(empty->body, QStringLiteral("x"));
}

void TestFrontMatter::writerOutput()
{
    FrontMatter meta;
    meta.title = QStringLiteral("Alien: \"Covenant\"");
    meta.date = QDateTime(QDate(2024, 5, 17), QTime(20, 30), QTimeZone(2 * 3600));
    meta.status = QStringLiteral("draft");
    meta.tags = QStringList { QStringLiteral("a"), QStringLiteral("b c") };
    QCOMPARE(writeMarkdownDocument(meta, QStringLiteral("Body\n")),
        QStringLiteral("---\n"
                       "title: \"Alien: \\\"Covenant\\\"\"\n"
                       "date: 2024-05-17T18:30:00Z\n"
                       "status: \"draft\"\n"
                       "tags: [\"a\", \"b c\"]\n"
                       "---\n"
                       "\n"
                       "Body\n"));
    QCOMPARE(writeMarkdownDocument({}, QString()), QStringLiteral("---\n---\n\n"));
}

void TestFrontMatter::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unquoted colon") << lines({ "---", "slug: alien", "title: Alien: Covenant", "---" }) << 3
                                    << QStringLiteral("not valid YAML");
    QTest::newRow("unclosed flow list") << lines({ "---", "title: A", "tags: [a, b", "---", "Body" }) << 3
                                        << QStringLiteral("never closed");
    QTest::newRow("unclosed flow list over lines")
        << lines({ "---", "tags: [a,", "  b,", "slug: x", "---" }) << 2 << QStringLiteral("never closed");
    QTest::newRow("unclosed quote") << lines({ "---", "title: \"Alien", "slug: a", "---" }) << 2
                                    << QStringLiteral("never closed");
    QTest::newRow("unclosed single quote")
        << lines({ "---", "title: A", "slug: 'a", "---" }) << 3 << QStringLiteral("never closed");
    QTest::newRow("bad indentation") << lines({ "---", "title: A", "  slug: b", "---" }) << 3
                                     << QStringLiteral("not valid YAML");
    QTest::newRow("tab indentation") << lines({ "---", "tags:", "\t- a", "---" }) << 3
                                     << QStringLiteral("not valid YAML");
    QTest::newRow("title is a list") << lines({ "---", "slug: a", "title: [Alien, Aliens]", "---" }) << 3
                                     << QStringLiteral("\"title\" must be a single piece of text");
    QTest::newRow("title is a block list") << lines({ "---", "title:", "  - Alien", "---" }) << 3
                                           << QStringLiteral("\"title\" must be a single piece of text");
    QTest::newRow("excerpt is a mapping") << lines({ "---", "excerpt: {a: b}", "---" }) << 2
                                          << QStringLiteral("\"excerpt\" must be a single piece of text");
    QTest::newRow("date is a list") << lines({ "---", "date: [2024-01-01]", "---" }) << 2
                                    << QStringLiteral("\"date\" must be a single piece of text");
    QTest::newRow("tags is a mapping") << lines({ "---", "title: A", "tags:", "  horror: yes", "---" }) << 4
                                       << QStringLiteral("\"tags\" must be a list");
    QTest::newRow("nested list in tags") << lines({ "---", "tags:", "  - a", "  - [b, c]", "---" }) << 4
                                         << QStringLiteral("entry 2 of \"tags\" must be a name");
    QTest::newRow("empty entry in categories") << lines({ "---", "categories:", "  - a", "  -", "  - c", "---" }) << 2
                                               << QStringLiteral("entry 2 of \"categories\" is empty");
    QTest::newRow("words for a date") << lines({ "---", "title: A", "date: next friday", "---" }) << 3
                                      << QStringLiteral("\"next friday\" is not a date");
    QTest::newRow("impossible day") << lines({ "---", "date: 2023-02-29", "---" }) << 2
                                    << QStringLiteral("\"2023-02-29\" is not a date");
    QTest::newRow("impossible hour") << lines({ "---", "date: 2023-02-28T25:00:00Z", "---" }) << 2
                                     << QStringLiteral("is not a date");
    QTest::newRow("US order") << lines({ "---", "date: 05/17/2024", "---" }) << 2 << QStringLiteral("is not a date");
    QTest::newRow("absurd offset") << lines({ "---", "date: 2024-05-17T10:00:00+23:00", "---" }) << 2
                                   << QStringLiteral("is not a date");
    QTest::newRow("unknown status") << lines({ "---", "title: A", "", "status: published", "---" }) << 4
                                    << QStringLiteral("use draft, pending, private, publish or future");
    QTest::newRow("empty status") << lines({ "---", "status: \"\"", "---" }) << 2
                                  << QStringLiteral("the status \"\" is not one");
    QTest::newRow("never closed") << lines({ "---", "title: A", "", "Body text" }) << 1
                                  << QStringLiteral("never closed");
    QTest::newRow("only the opening line") << QStringLiteral("---") << 1 << QStringLiteral("never closed");
    QTest::newRow("duplicate key") << lines({ "---", "title: A", "slug: a", "title: B", "---" }) << 4
                                   << QStringLiteral("already set on line 2");
    QTest::newRow("plain text") << lines({ "---", "Just some words", "---" }) << 2
                                << QStringLiteral("must be key: value lines");
    QTest::newRow("a list") << lines({ "---", "- a", "- b", "---" }) << 2 << QStringLiteral("must be key: value lines");
    QTest::newRow("list key") << lines({ "---", "? [a, b]", ": c", "---" }) << 2
                              << QStringLiteral("a key must be a plain name");
    QTest::newRow("stray comma first") << lines({ "---", "", ", title: A", "slug: a", "---" }) << 3
                                       << QStringLiteral("not valid YAML");
    QTest::newRow("stray comma later") << lines({ "---", "title: A", ",", "---" }) << 3
                                       << QStringLiteral("not valid YAML");
    QTest::newRow("stray bracket") << lines({ "---", "title: A", "] b", "---" }) << 3
                                   << QStringLiteral("not valid YAML");
    QTest::newRow("two documents") << lines({ "---", "title: A", "--- # second", "title: B", "---" }) << 3
                                   << QStringLiteral("second YAML document");
}

void TestFrontMatter::errors()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, mentions);
    const Result<MarkdownDocument> document = parseMarkdownDocument(text);
    QVERIFY2(!document, qPrintable(document ? document->body : QString()));
    QCOMPARE(document.error().code, Error::Code::InvalidInput);
    const QString message = document.error().message;
    QVERIFY2(message.startsWith(QStringLiteral("Front matter, line %1: ").arg(line)), qPrintable(message));
    QVERIFY2(message.contains(mentions), qPrintable(message));
}

void TestFrontMatter::errorLinesCountFromTheFileStart()
{
    // A BOM and CRLF endings do not shift the line numbers.
    const QString text = QChar(0xFEFF) + QStringLiteral("---\r\ntitle: A\r\n\r\ndate: soon\r\n---\r\n");
    const Result<MarkdownDocument> document = parseMarkdownDocument(text);
    QVERIFY(!document);
    QVERIFY2(document.error().message.startsWith(QStringLiteral("Front matter, line 4: ")),
        qPrintable(document.error().message));
}

void TestFrontMatter::deepNesting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    const int depth = 10000;
    QTest::newRow("flow sequences") << QStringLiteral("---\ntags: ") + QString(depth, u'[') + QString(depth, u']')
            + QStringLiteral("\n---\n")
                                    << 2;
    QTest::newRow("unclosed flow sequences")
        << QStringLiteral("---\ntags: ") + QString(depth, u'[') + QStringLiteral("\n---\n") << 2;
    QTest::newRow("flow mappings") << QStringLiteral("---\nx: ") + QStringLiteral("{a: ").repeated(depth)
            + QStringLiteral("1") + QString(depth, u'}') + QStringLiteral("\n---\n")
                                   << 2;
    QTest::newRow("flow over lines") << QStringLiteral("---\nx:\n") + QStringLiteral("  [\n").repeated(depth)
            + QStringLiteral("---\n") << 2 + 31;
    QTest::newRow("compact block sequences")
        << QStringLiteral("---\nx:\n") + QStringLiteral("- ").repeated(depth) + QStringLiteral("a\n---\n") << 3;
    QString indented = QStringLiteral("---\n");
    for (int level = 0; level < 300; ++level) {
        indented += QString(level, u' ') + QStringLiteral("a:\n");
    }
    QTest::newRow("indented mappings") << indented + QStringLiteral("---\n") << 2 + 32;
    // A "]" inside quotes closes nothing.
    QTest::newRow("mixed") << QStringLiteral("---\nx: [\"]\", ") + QStringLiteral("[\"]\", ").repeated(depth)
            + QStringLiteral("\n---\n")
                           << 2;
    QTest::newRow("just past the limit") << QStringLiteral("---\nx: ") + QString(33, u'[') + QString(33, u']')
            + QStringLiteral("\n---\n") << 2;
}

void TestFrontMatter::deepNesting()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QElapsedTimer timer;
    timer.start();
    const Result<MarkdownDocument> document = parseMarkdownDocument(text);
    QVERIFY(!document);
    QCOMPARE(document.error().code, Error::Code::InvalidInput);
    QVERIFY2(document.error().message.startsWith(QStringLiteral("Front matter, line %1: ").arg(line)),
        qPrintable(document.error().message.left(300)));
    QVERIFY2(document.error().message.contains(QStringLiteral("nested")), qPrintable(document.error().message));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestFrontMatter::moderateNestingInOtherToolsKeys()
{
    // Other tools' keys may nest a few levels; that is fine and only reported as unknown. Brackets inside quotes
    // and block scalars, and deeply indented text, are not nesting.
    const QString text = lines({
        "---",
        "title: \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"",
        "slug: 'it''s [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[['",
        "excerpt: |",
        "  {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{",
        "                                          deeply indented text",
        "featured: a [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ b",
        "params:",
        "  menu:",
        "    main:",
        "      - weight: 10",
        "        children: [[a, [b, {c: [d]}]]]",
        "matrix: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
        "---",
    });
    const Result<MarkdownDocument> document = parseMarkdownDocument(text);
    QVERIFY2(document, qPrintable(errorOf(document)));
    QCOMPARE(document->meta.title, std::optional<QString>(QString(48, u'[')));
    QCOMPARE(document->meta.slug, std::optional<QString>(QStringLiteral("it's ") + QString(44, u'[')));
    QCOMPARE(document->meta.excerpt->count(u'{'), 54);
    QCOMPARE(document->meta.featured->count(u'['), 52);
    QCOMPARE(document->meta.unknownKeys, (QStringList { QStringLiteral("params"), QStringLiteral("matrix") }));
}

void TestFrontMatter::hugeFrontMatter()
{
    // Thousands of tags are silly but valid, and quick.
    QStringList tags;
    for (int i = 0; i < 20000; ++i) {
        tags.append(QStringLiteral("tag %1").arg(i));
    }
    FrontMatter meta;
    meta.tags = tags;
    QElapsedTimer timer;
    timer.start();
    const Result<MarkdownDocument> document = parseMarkdownDocument(writeMarkdownDocument(meta, QStringLiteral("x")));
    QVERIFY2(document, qPrintable(errorOf(document)));
    QCOMPARE(document->meta.tags, std::optional<QStringList>(tags));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));

    // Megabytes of front matter are refused before YAML parsing.
    const QString huge = QStringLiteral("---\nexcerpt: \"") + QStringLiteral("word ").repeated(300000)
        + QStringLiteral("\"\n---\nBody");
    timer.restart();
    const Result<MarkdownDocument> refused = parseMarkdownDocument(huge);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.startsWith(QStringLiteral("Front matter, line 1: ")),
        qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("over 1 MB")), qPrintable(refused.error().message));
    QVERIFY(timer.elapsed() < 2000);
}

QTEST_GUILESS_MAIN(TestFrontMatter)
#include "tst_frontmatter.moc"
