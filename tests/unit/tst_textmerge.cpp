// mergeText / resolveHunks: three-way merge of a review's text (base = server version at edit start).
#include "core/sync/TextMerge.h"

#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QTest>

using namespace longhand;

namespace longhand {

char* toString(const MergeHunk& hunk)
{
    const QString text = hunk.kind == MergeHunk::Kind::Resolved
        ? QStringLiteral("Resolved[%1]").arg(hunk.text)
        : QStringLiteral("Conflict[base=%1|local=%2|remote=%3]").arg(hunk.base, hunk.local, hunk.remote);
    return qstrdup(text.toUtf8().constData());
}

} // namespace longhand

namespace {

using Side = ConflictChoice::Side;

MergeHunk resolved(const QString& text)
{
    return MergeHunk { MergeHunk::Kind::Resolved, text, {}, {}, {} };
}

MergeHunk conflict(const QString& base, const QString& local, const QString& remote)
{
    return MergeHunk { MergeHunk::Kind::Conflict, {}, base, local, remote };
}

QList<ConflictChoice> every(int count, Side side)
{
    return QList<ConflictChoice>(count, ConflictChoice { side, {} });
}

// Paragraphs as Longhand stores them: one line each, separated by blank lines.
QString paragraphs(const QStringList& texts)
{
    return texts.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

// Checks the invariants every result must have.
void verifyConsistent(const MergeResult& result)
{
    QCOMPARE(result.clean, result.conflictCount() == 0);
    QCOMPARE(result.merged, resolveHunks(result.hunks, {}));
    for (qsizetype i = 1; i < result.hunks.size(); ++i) {
        QVERIFY2(result.hunks.at(i - 1).kind != MergeHunk::Kind::Resolved
                || result.hunks.at(i).kind != MergeHunk::Kind::Resolved,
            "two resolved hunks in a row");
    }
    for (const MergeHunk& hunk : result.hunks) {
        if (hunk.kind == MergeHunk::Kind::Resolved) {
            QVERIFY(!hunk.text.isEmpty());
        }
    }
}

} // namespace

class TestTextMerge : public QObject
{
    Q_OBJECT

private slots:
    void editsInDifferentParagraphsMerge();
    void overlappingEditsConflict();
    void multipleConflicts();
    void deletionAgainstEdit();
    void deletionOnBothSides();
    void oneSideUnchanged_data();
    void oneSideUnchanged();
    void identicalEdits();
    void emptyBase();
    void emptyTexts();
    void noTrailingNewline_data();
    void noTrailingNewline();
    void trailingNewlineAtAConflictAtTheEnd();
    void crlfInput();
    void unicode();
    void markerLikeLinesInTheText();
    void resolveHunksChoices();
    void largeReview();
};

void TestTextMerge::editsInDifferentParagraphsMerge()
{
    const QString base = paragraphs({ QStringLiteral("Alien opens slowly."), QStringLiteral("The crew wakes up."),
        QStringLiteral("Ripley survives.") });
    const QString local = paragraphs({ QStringLiteral("Alien opens slowly, almost silently."),
        QStringLiteral("The crew wakes up."), QStringLiteral("Ripley survives.") });
    const QString remote = paragraphs({ QStringLiteral("Alien opens slowly."), QStringLiteral("The crew wakes up."),
        QStringLiteral("Ripley survives, with the cat.") });
    const MergeResult result = mergeText(base, local, remote);
    verifyConsistent(result);
    QVERIFY(result.clean);
    QCOMPARE(result.conflictCount(), 0);
    QCOMPARE(result.merged,
        paragraphs({ QStringLiteral("Alien opens slowly, almost silently."), QStringLiteral("The crew wakes up."),
            QStringLiteral("Ripley survives, with the cat.") }));
    QCOMPARE(result.hunks, (QList<MergeHunk> { resolved(result.merged) }));
}

void TestTextMerge::overlappingEditsConflict()
{
    const QString base = QStringLiteral("# Alien\n\nThe film is good.\n\nFive stars.\n");
    const QString local = QStringLiteral("# Alien\n\nThe film is great.\n\nFive stars.\n");
    const QString remote = QStringLiteral("# Alien\n\nThe film is a classic.\n\nFive stars.\n");
    const MergeResult result = mergeText(base, local, remote);
    verifyConsistent(result);
    QVERIFY(!result.clean);
    QCOMPARE(result.conflictCount(), 1);
    QCOMPARE(result.hunks,
        (QList<MergeHunk> {
            resolved(QStringLiteral("# Alien\n\n")),
            conflict(QStringLiteral("The film is good.\n"), QStringLiteral("The film is great.\n"),
                QStringLiteral("The film is a classic.\n")),
            resolved(QStringLiteral("\nFive stars.\n")),
        }));
    QCOMPARE(result.merged, local);
    QCOMPARE(resolveHunks(result.hunks, every(1, Side::Local)), local);
    QCOMPARE(resolveHunks(result.hunks, every(1, Side::Remote)), remote);
    QCOMPARE(resolveHunks(result.hunks, every(1, Side::Base)), base);
    QCOMPARE(resolveHunks(result.hunks, { ConflictChoice { Side::Custom, QStringLiteral("The film is both.\n") } }),
        QStringLiteral("# Alien\n\nThe film is both.\n\nFive stars.\n"));
}

void TestTextMerge::multipleConflicts()
{
    const QString base = paragraphs({ QStringLiteral("A"), QStringLiteral("b"), QStringLiteral("C"),
        QStringLiteral("d"), QStringLiteral("E"), QStringLiteral("f") });
    const QString local = paragraphs({ QStringLiteral("A1"), QStringLiteral("b"), QStringLiteral("C"),
        QStringLiteral("d"), QStringLiteral("E1"), QStringLiteral("f") });
    const QString remote = paragraphs({ QStringLiteral("A2"), QStringLiteral("b"), QStringLiteral("C2"),
        QStringLiteral("d"), QStringLiteral("E2"), QStringLiteral("f") });
    const MergeResult result = mergeText(base, local, remote);
    verifyConsistent(result);
    QCOMPARE(result.conflictCount(), 2);
    QCOMPARE(result.hunks,
        (QList<MergeHunk> {
            conflict(QStringLiteral("A\n"), QStringLiteral("A1\n"), QStringLiteral("A2\n")),
            resolved(QStringLiteral("\nb\n\nC2\n\nd\n\n")),
            conflict(QStringLiteral("E\n"), QStringLiteral("E1\n"), QStringLiteral("E2\n")),
            resolved(QStringLiteral("\nf\n")),
        }));
    // The clean change (C -> C2) is in every resolution.
    QCOMPARE(result.merged,
        paragraphs({ QStringLiteral("A1"), QStringLiteral("b"), QStringLiteral("C2"), QStringLiteral("d"),
            QStringLiteral("E1"), QStringLiteral("f") }));
    QCOMPARE(resolveHunks(result.hunks, every(2, Side::Remote)), remote);
    QCOMPARE(resolveHunks(result.hunks, { ConflictChoice { Side::Remote, {} }, ConflictChoice { Side::Base, {} } }),
        paragraphs({ QStringLiteral("A2"), QStringLiteral("b"), QStringLiteral("C2"), QStringLiteral("d"),
            QStringLiteral("E"), QStringLiteral("f") }));
}

void TestTextMerge::deletionAgainstEdit()
{
    const QString base
        = paragraphs({ QStringLiteral("Intro."), QStringLiteral("Spoilers here."), QStringLiteral("Verdict.") });
    const QString local = paragraphs({ QStringLiteral("Intro."), QStringLiteral("Verdict.") });
    const QString remote
        = paragraphs({ QStringLiteral("Intro."), QStringLiteral("Spoilers here, fixed."), QStringLiteral("Verdict.") });
    const MergeResult result = mergeText(base, local, remote);
    verifyConsistent(result);
    QCOMPARE(result.conflictCount(), 1);
    QCOMPARE(resolveHunks(result.hunks, every(1, Side::Local)), local);
    QCOMPARE(resolveHunks(result.hunks, every(1, Side::Remote)), remote);
    QCOMPARE(resolveHunks(result.hunks, every(1, Side::Base)), base);
    const MergeHunk hunk = result.hunks.at(1);
    QCOMPARE(hunk.kind, MergeHunk::Kind::Conflict);
    QVERIFY(hunk.local.isEmpty() || !hunk.local.contains(QStringLiteral("Spoilers")));
    QVERIFY(hunk.remote.contains(QStringLiteral("Spoilers here, fixed.")));
    QVERIFY(hunk.base.contains(QStringLiteral("Spoilers here.")));

    // The other way round gives the mirror image.
    const MergeResult mirrored = mergeText(base, remote, local);
    verifyConsistent(mirrored);
    QCOMPARE(mirrored.conflictCount(), 1);
    QCOMPARE(resolveHunks(mirrored.hunks, every(1, Side::Local)), remote);
    QCOMPARE(resolveHunks(mirrored.hunks, every(1, Side::Remote)), local);
}

void TestTextMerge::deletionOnBothSides()
{
    const QString base = paragraphs({ QStringLiteral("One."), QStringLiteral("Two."), QStringLiteral("Three.") });
    const QString both = paragraphs({ QStringLiteral("One."), QStringLiteral("Three.") });
    const MergeResult result = mergeText(base, both, both);
    verifyConsistent(result);
    QVERIFY(result.clean);
    QCOMPARE(result.merged, both);

    // One side deletes a paragraph, the other edits a different one.
    const QString remote = paragraphs({ QStringLiteral("One!"), QStringLiteral("Two."), QStringLiteral("Three.") });
    const MergeResult mixed = mergeText(base, paragraphs({ QStringLiteral("One."), QStringLiteral("Two.") }), remote);
    verifyConsistent(mixed);
    QVERIFY(mixed.clean);
    QCOMPARE(mixed.merged, paragraphs({ QStringLiteral("One!"), QStringLiteral("Two.") }));
}

void TestTextMerge::oneSideUnchanged_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("changed");
    QTest::newRow("edit") << QStringLiteral("a\nb\n") << QStringLiteral("a\nB\n");
    QTest::newRow("rewrite") << QStringLiteral("a\nb\n") << QStringLiteral("something else entirely");
    QTest::newRow("to empty") << QStringLiteral("a\nb\n") << QString();
    QTest::newRow("from empty") << QString() << QStringLiteral("new\n");
    QTest::newRow("newline added") << QStringLiteral("a") << QStringLiteral("a\n");
}

void TestTextMerge::oneSideUnchanged()
{
    QFETCH(QString, base);
    QFETCH(QString, changed);
    for (const bool localChanged : { true, false }) {
        const MergeResult result = localChanged ? mergeText(base, changed, base) : mergeText(base, base, changed);
        verifyConsistent(result);
        QVERIFY(result.clean);
        QCOMPARE(result.merged, changed);
    }
}

void TestTextMerge::identicalEdits()
{
    const QString base = paragraphs({ QStringLiteral("Intro."), QStringLiteral("Middle."), QStringLiteral("End.") });
    const QString same = paragraphs({ QStringLiteral("Intro!"), QStringLiteral("Middle."), QStringLiteral("End.") });
    MergeResult result = mergeText(base, same, same);
    verifyConsistent(result);
    QVERIFY(result.clean);
    QCOMPARE(result.merged, same);

    // The same change on both sides, plus a different clean change on one of them.
    const QString local = paragraphs({ QStringLiteral("Intro!"), QStringLiteral("Middle."), QStringLiteral("End?") });
    result = mergeText(base, local, same);
    verifyConsistent(result);
    QVERIFY(result.clean);
    QCOMPARE(result.merged, local);
}

void TestTextMerge::emptyBase()
{
    // Both sides wrote the review from nothing: a conflict of whole texts.
    MergeResult result = mergeText(QString(), QStringLiteral("Mine.\n"), QStringLiteral("Theirs.\n"));
    verifyConsistent(result);
    QCOMPARE(result.hunks,
        (QList<MergeHunk> { conflict(QString(), QStringLiteral("Mine.\n"), QStringLiteral("Theirs.\n")) }));
    QCOMPARE(resolveHunks(result.hunks, every(1, Side::Base)), QString());

    // Without trailing newlines as well.
    result = mergeText(QString(), QStringLiteral("Mine."), QStringLiteral("Theirs."));
    verifyConsistent(result);
    QCOMPARE(
        result.hunks, (QList<MergeHunk> { conflict(QString(), QStringLiteral("Mine."), QStringLiteral("Theirs.")) }));

    // The same text added on both sides.
    result = mergeText(QString(), QStringLiteral("Same.\nText.\n"), QStringLiteral("Same.\nText.\n"));
    verifyConsistent(result);
    QVERIFY(result.clean);
    QCOMPARE(result.merged, QStringLiteral("Same.\nText.\n"));
}

void TestTextMerge::emptyTexts()
{
    const MergeResult result = mergeText(QString(), QString(), QString());
    verifyConsistent(result);
    QVERIFY(result.clean);
    QVERIFY(result.merged.isEmpty());
    QVERIFY(result.hunks.isEmpty());
    QCOMPARE(resolveHunks({}, {}), QString());
}

void TestTextMerge::noTrailingNewline_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("remote");
    QTest::addColumn<QString>("merged");
    QTest::newRow("edits at both ends") << QStringLiteral("a\n\nm\n\nz") << QStringLiteral("A\n\nm\n\nz")
                                        << QStringLiteral("a\n\nm\n\nZ") << QStringLiteral("A\n\nm\n\nZ");
    QTest::newRow("local adds the newline") << QStringLiteral("a\n\nm\n\nz") << QStringLiteral("A\n\nm\n\nz")
                                            << QStringLiteral("a\n\nm\n\nz\n") << QStringLiteral("A\n\nm\n\nz\n");
    QTest::newRow("remote removes the newline") << QStringLiteral("a\n\nm\n\nz\n") << QStringLiteral("A\n\nm\n\nz\n")
                                                << QStringLiteral("a\n\nm\n\nz") << QStringLiteral("A\n\nm\n\nz");
    QTest::newRow("remote appends") << QStringLiteral("a\n\nm\n\nz") << QStringLiteral("A\n\nm\n\nz")
                                    << QStringLiteral("a\n\nm\n\nz\n\nmore") << QStringLiteral("A\n\nm\n\nz\n\nmore");
    QTest::newRow("both append the same") << QStringLiteral("a\n\nz") << QStringLiteral("A\n\nz\nend")
                                          << QStringLiteral("a\n\nz\nend") << QStringLiteral("A\n\nz\nend");
}

void TestTextMerge::noTrailingNewline()
{
    QFETCH(QString, base);
    QFETCH(QString, local);
    QFETCH(QString, remote);
    QFETCH(QString, merged);
    const MergeResult result = mergeText(base, local, remote);
    verifyConsistent(result);
    QVERIFY(result.clean);
    QCOMPARE(result.merged, merged);
}

void TestTextMerge::trailingNewlineAtAConflictAtTheEnd()
{
    // Each side keeps exactly its own ending inside the conflict.
    const QString base = QStringLiteral("Intro.\n\nThe end");
    const QString local = QStringLiteral("Intro.\n\nThe END\n");
    const QString remote = QStringLiteral("Intro.\n\nFin");
    MergeResult result = mergeText(base, local, remote);
    verifyConsistent(result);
    QCOMPARE(result.hunks,
        (QList<MergeHunk> {
            resolved(QStringLiteral("Intro.\n\n")),
            conflict(QStringLiteral("The end"), QStringLiteral("The END\n"), QStringLiteral("Fin")),
        }));
    QCOMPARE(resolveHunks(result.hunks, every(1, Side::Local)), local);
    QCOMPARE(resolveHunks(result.hunks, every(1, Side::Remote)), remote);
    QCOMPARE(resolveHunks(result.hunks, every(1, Side::Base)), base);

    // A deleted last line against an edited one, where only the newline state tells the versions apart.
    const QString shortBase = QStringLiteral("a\nb\nc");
    const QString shortLocal = QStringLiteral("a\nb");
    const QString shortRemote = QStringLiteral("a\nb\nC");
    result = mergeText(shortBase, shortLocal, shortRemote);
    verifyConsistent(result);
    QCOMPARE(result.conflictCount(), 1);
    QCOMPARE(resolveHunks(result.hunks, every(1, Side::Local)), shortLocal);
    QCOMPARE(resolveHunks(result.hunks, every(1, Side::Remote)), shortRemote);
    QCOMPARE(resolveHunks(result.hunks, every(1, Side::Base)), shortBase);
}

void TestTextMerge::crlfInput()
{
    const QString base = QStringLiteral("One.\r\n\r\nTwo.\r\n\r\nThree.\r\n");
    const QString local = QStringLiteral("One!\n\nTwo.\n\nThree.\n"); // the editor saved with \n
    const QString remote = QStringLiteral("One.\r\n\r\nTwo.\r\n\r\nThree!\r\n");
    const MergeResult result = mergeText(base, local, remote);
    verifyConsistent(result);
    QVERIFY(result.clean);
    QCOMPARE(result.merged, QStringLiteral("One!\n\nTwo.\n\nThree!\n"));

    // Only the line endings differ: nothing to merge.
    const MergeResult endingsOnly = mergeText(base, local, base);
    QVERIFY(endingsOnly.clean);
    QCOMPARE(endingsOnly.merged, local);
}

void TestTextMerge::unicode()
{
    const QString base = paragraphs({ QStringLiteral("Amélie est ravissante."), QStringLiteral("東京物語は静かだ。"),
        QStringLiteral("Note : ★★★") });
    const QString local = paragraphs({ QStringLiteral("Amélie est éblouissante."), QStringLiteral("東京物語は静かだ。"),
        QStringLiteral("Note : ★★★") });
    const QString remote = paragraphs({ QStringLiteral("Amélie est ravissante."), QStringLiteral("東京物語は静かだ。"),
        QStringLiteral("Note : ★★★★ 🎬") });
    MergeResult result = mergeText(base, local, remote);
    verifyConsistent(result);
    QVERIFY(result.clean);
    QCOMPARE(result.merged,
        paragraphs({ QStringLiteral("Amélie est éblouissante."), QStringLiteral("東京物語は静かだ。"),
            QStringLiteral("Note : ★★★★ 🎬") }));

    result = mergeText(base,
        paragraphs({ QStringLiteral("Amélie ✓"), QStringLiteral("東京物語は静かだ。"), QStringLiteral("Note : ★★★") }),
        paragraphs({ QStringLiteral("Amélie ✗"), QStringLiteral("東京物語は静かだ。"), QStringLiteral("Note : ★★★") }));
    QCOMPARE(result.hunks.first(),
        conflict(
            QStringLiteral("Amélie est ravissante.\n"), QStringLiteral("Amélie ✓\n"), QStringLiteral("Amélie ✗\n")));
}

void TestTextMerge::markerLikeLinesInTheText()
{
    // Setext headings, a quoted conflict, a long rule: text, never markers, even in a conflict.
    const QString rule = QString(200, u'=');
    const QString base = QStringLiteral("Title\n=====\n\n<<<<<<< ours\n|||||||\n=======\n>>>>>>> theirs\n\n") + rule
        + QStringLiteral("\n\nEnd\n");
    QString local = base;
    local.replace(QStringLiteral("End"), QStringLiteral("<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nEnd, mine\n"));
    QString remote = base;
    remote.replace(QStringLiteral("End"), QStringLiteral(">>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>\nEnd, theirs\n"));
    remote.replace(QStringLiteral("Title"), QStringLiteral("A title"));
    const MergeResult result = mergeText(base, local, remote);
    verifyConsistent(result);
    QCOMPARE(result.conflictCount(), 1);
    QCOMPARE(resolveHunks(result.hunks, every(1, Side::Local)),
        QString(local).replace(QStringLiteral("Title"), QStringLiteral("A title")));
    QCOMPARE(resolveHunks(result.hunks, every(1, Side::Remote)), remote);
    const MergeHunk last = result.hunks.last();
    QCOMPARE(last,
        conflict(QStringLiteral("End\n"), QStringLiteral("<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nEnd, mine\n\n"),
            QStringLiteral(">>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>\nEnd, theirs\n\n")));
}

void TestTextMerge::resolveHunksChoices()
{
    const QList<MergeHunk> hunks {
        resolved(QStringLiteral("start\n")),
        conflict(QStringLiteral("b1\n"), QStringLiteral("l1\n"), QStringLiteral("r1\n")),
        resolved(QStringLiteral("middle\n")),
        conflict(QStringLiteral("b2\n"), QStringLiteral("l2\n"), QStringLiteral("r2\n")),
        conflict(QString(), QStringLiteral("l3\n"), QStringLiteral("r3\n")),
    };
    QCOMPARE(resolveHunks(hunks,
                 { ConflictChoice { Side::Remote, {} }, ConflictChoice { Side::Custom, QStringLiteral("c\n") },
                     ConflictChoice { Side::Base, {} } }),
        QStringLiteral("start\nr1\nmiddle\nc\n"));
    // Missing choices keep the local side; the custom text is ignored for other sides.
    QCOMPARE(resolveHunks(hunks, { ConflictChoice { Side::Base, QStringLiteral("ignored") } }),
        QStringLiteral("start\nb1\nmiddle\nl2\nl3\n"));
    QCOMPARE(resolveHunks(hunks, {}), QStringLiteral("start\nl1\nmiddle\nl2\nl3\n"));
    MergeResult result;
    result.hunks = hunks;
    QCOMPARE(result.conflictCount(), 3);
}

void TestTextMerge::largeReview()
{
    const QString base = longhand::test::sampleReview(10000);
    QVERIFY(base.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() >= 9000);
    const QString local = QStringLiteral("A new opening paragraph.\n\n") + base;
    const QString remote = base + QStringLiteral("\nA closing thought from the web.\n");
    QElapsedTimer timer;
    timer.start();
    const MergeResult result = mergeText(base, local, remote);
    const qint64 elapsed = timer.elapsed();
    verifyConsistent(result);
    QVERIFY(result.clean);
    QCOMPARE(result.merged,
        QStringLiteral("A new opening paragraph.\n\n") + base + QStringLiteral("\nA closing thought from the web.\n"));
    QVERIFY2(elapsed < 1000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));

    // Edits inside the first and the last paragraph.
    const qsizetype firstBreak = base.indexOf(QStringLiteral("\n\n"));
    QVERIFY(base.endsWith(QStringLiteral(".\n\n")));
    const qsizetype lastBreak = base.size() - 2; // inside the last paragraph
    QVERIFY(firstBreak > 0 && lastBreak > firstBreak);
    QString editedStart = base;
    editedStart.insert(firstBreak, QStringLiteral(" (edited here)"));
    QString editedEnd = base;
    editedEnd.insert(lastBreak, QStringLiteral(" (edited there)"));
    timer.restart();
    const MergeResult both = mergeText(base, editedStart, editedEnd);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    verifyConsistent(both);
    QVERIFY(both.clean);
    QString expected = base;
    expected.insert(lastBreak, QStringLiteral(" (edited there)"));
    expected.insert(firstBreak, QStringLiteral(" (edited here)"));
    QCOMPARE(both.merged, expected);
}

QTEST_GUILESS_MAIN(TestTextMerge)
#include "tst_textmerge.moc"
