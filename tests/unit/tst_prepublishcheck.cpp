// PrePublishCheck (issue 15, item 7, the core of the check): images without alt text, links to the writer's own
// machine, and spoiler lint over the fields a reader sees before opening a spoiler.
#include "core/markdown/PrePublishCheck.h"

#include <QTest>

using namespace longhand;

namespace {

Post review(const QString& body)
{
    Post post;
    post.title = QStringLiteral("Alien");
    post.slug = QStringLiteral("alien");
    post.body = body;
    return post;
}

QStringList subjects(const QList<PrePublishFinding>& findings, PrePublishFinding::Kind kind)
{
    QStringList result;
    for (const PrePublishFinding& finding : findings) {
        if (finding.kind == kind) {
            result.append(finding.field.isEmpty() ? finding.subject : finding.subject + QLatin1Char('@') + finding.field);
        }
    }
    return result;
}

} // namespace

class TestPrePublishCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imagesWithoutAltText()
    {
        const auto findings = PrePublishCheck::run(review(QStringLiteral(
            "![](media/abc-still.jpg)\n\n![A ship in the dark](media/def-ship.jpg)\n\n![  ](https://example.org/x.png)\n")));
        QCOMPARE(subjects(findings, PrePublishFinding::Kind::ImageWithoutAlt),
                 (QStringList {QStringLiteral("media/abc-still.jpg"), QStringLiteral("https://example.org/x.png")}));
        QVERIFY(findings.first().message.contains(QStringLiteral("alt text")));
    }

    void linksToThisMachine()
    {
        const auto findings = PrePublishCheck::run(review(QStringLiteral(
            "[draft](http://localhost:8080/draft) and [notes](file:///home/me/notes.txt), [ok](https://example.org/),\n"
            "[lan](http://127.0.1.1/x) <a href=\"http://printer.local/\">printer</a> ![shot](/home/me/shot.png)\n")));
        QCOMPARE(subjects(findings, PrePublishFinding::Kind::LocalLink),
                 (QStringList {QStringLiteral("/home/me/shot.png"), QStringLiteral("file:///home/me/notes.txt"),
                               QStringLiteral("http://127.0.1.1/x"), QStringLiteral("http://localhost:8080/draft"),
                               QStringLiteral("http://printer.local/")}));
        QVERIFY(!PrePublishCheck::pointsAtThisMachine(QStringLiteral("media/abc-still.jpg")));
        QVERIFY(!PrePublishCheck::pointsAtThisMachine(QStringLiteral("https://localhost.example.org/")));
        QVERIFY(PrePublishCheck::pointsAtThisMachine(QStringLiteral("http://[::1]:8000/")));
    }

    void hiddenNameOutsideTheSpoilerIsFlagged()
    {
        Post post = review(QStringLiteral("The crew of the Nostromo wakes early.\n\n"
                                          "> [!spoiler] Who survives\n> Only Ripley and the cat Jones make it.\n"));
        post.excerpt = QStringLiteral("Ripley against the beast.");
        post.tags = {QStringLiteral("scott"), QStringLiteral("Jones")};
        const auto findings = PrePublishCheck::run(post);
        QCOMPARE(subjects(findings, PrePublishFinding::Kind::SpoilerOutside),
                 (QStringList {QStringLiteral("Ripley@excerpt"), QStringLiteral("Jones@tags")}));
    }

    void nameTheReviewShowsOpenlyIsNotASecret()
    {
        Post post = review(QStringLiteral("Ripley is the warrant officer.\n\n> [!spoiler]\n> Ripley survives.\n"));
        post.excerpt = QStringLiteral("Ripley on the Nostromo.");
        QVERIFY(subjects(PrePublishCheck::run(post), PrePublishFinding::Kind::SpoilerOutside).isEmpty());
    }

    void revealingWordsInFieldsAndAltText()
    {
        Post post = review(QStringLiteral("A slow start.\n\n![The twist, in one frame](media/a-b.jpg)\n\n"
                                          "> [!spoiler] The ending\n> ![She dies](media/c-d.jpg)\n"));
        post.title = QStringLiteral("Alien: the ending explained");
        post.slug = QStringLiteral("alien-the-ending-explained");
        const auto findings = PrePublishCheck::run(post);
        // The spoiler's summary is shown to readers but is the writer's choice; the image inside the spoiler is
        // protected; the one outside is not.
        QCOMPARE(subjects(findings, PrePublishFinding::Kind::SpoilerOutside),
                 (QStringList {QStringLiteral("ending@title"), QStringLiteral("ending@slug"),
                               QStringLiteral("twist@image alt text")}));
    }

    void spoilerLintOnlyForFilmReviews()
    {
        Post post = review(QStringLiteral("A recipe."));
        post.title = QStringLiteral("A happy ending for sourdough");
        QVERIFY(PrePublishCheck::run(post).isEmpty());
        post.categories = {QStringLiteral("Film reviews")};
        QCOMPARE(subjects(PrePublishCheck::run(post), PrePublishFinding::Kind::SpoilerOutside),
                 QStringList {QStringLiteral("ending@title")});
    }

    void htmlPostsAreNotChecked()
    {
        Post post = review(QStringLiteral("<p><img src=\"http://localhost/x.png\"></p>"));
        post.format = SourceFormat::Html;
        QVERIFY(PrePublishCheck::run(post).isEmpty());
    }

    void newTermsAreNamedOncePerTaxonomy()
    {
        Post post = review(QStringLiteral("Words."));
        post.categories = {QStringLiteral("Film"), QStringLiteral("  Japanese cinema ")};
        post.tags = {QStringLiteral("ozu"), QStringLiteral("Setsuko Hara"), QStringLiteral("Hara Setsuko")};
        const auto findings = PrePublishCheck::newTerms(post, {QStringLiteral("film")}, {QStringLiteral("Ozu"), QStringLiteral("Setsuko Hara")});
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings.at(0).kind, PrePublishFinding::Kind::NewTerm);
        QCOMPARE(findings.at(0).where, PrePublishFinding::Where::Categories);
        QCOMPARE(findings.at(0).subject, QStringLiteral("Japanese cinema"));
        QVERIFY(findings.at(0).message.contains(QStringLiteral("Japanese cinema")));
        QVERIFY(!findings.at(0).message.contains(QStringLiteral("Film")));
        QCOMPARE(findings.at(1).where, PrePublishFinding::Where::Tags);
        QCOMPARE(findings.at(1).subject, QStringLiteral("Hara Setsuko"));
        // Everything known (case and spaces aside): nothing to say.
        QVERIFY(PrePublishCheck::newTerms(post, {QStringLiteral("FILM"), QStringLiteral("japanese cinema")},
                                          {QStringLiteral("OZU"), QStringLiteral("setsuko hara"), QStringLiteral("hara setsuko")})
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPrePublishCheck)
#include "tst_prepublishcheck.moc"
