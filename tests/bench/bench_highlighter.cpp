// Cost of Markdown highlighting with spell checking on a 10,000-word review: a full pass when a
// review opens (cold and warm spelling cache) and the per-keystroke cost (one paragraph).
#include "core/spelling/DictionaryCatalog.h"
#include "core/spelling/SpellChecker.h"
#include "gui/editor/MarkdownHighlighter.h"
#include "support/TestSupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextStream>

using namespace longhand;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    SpellChecker spelling(dir.filePath(QStringLiteral("personal.txt")));
    const auto installed = DictionaryCatalog::installed();
    const QString language = DictionaryCatalog::bestLanguageFor(QStringLiteral("en_US"), installed);
    for (const auto& info : installed) {
        if (info.language == language) {
            (void)spelling.loadDictionary(info);
        }
    }
    if (!spelling.isReady()) {
        out << "no en_US dictionary installed\n";
        return 1;
    }
    QTextDocument document;
    document.setPlainText(test::sampleReview(10000) + QStringLiteral("\nMisspeled wrods to flag.\n"));
    MarkdownHighlighter highlighter(&document, &spelling);

    QElapsedTimer timer;
    timer.start();
    highlighter.setSpellCheckEnabled(true); // full pass, cold hunspell cache
    const double cold = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    highlighter.rehighlight(); // full pass, warm cache
    const double warm = double(timer.nsecsElapsed()) / 1e6;

    // One keystroke in the middle of a paragraph: QSyntaxHighlighter re-runs that block only.
    QTextBlock block = document.findBlockByNumber(document.blockCount() / 2);
    while (block.isValid() && block.length() < 100) {
        block = block.next();
    }
    constexpr int kKeys = 200;
    timer.restart();
    for (int i = 0; i < kKeys; ++i) {
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertText(QStringLiteral("x"));
    }
    const double perKey = double(timer.nsecsElapsed()) / 1e6 / kKeys;

    out << "blocks: " << document.blockCount() << "\n"
        << "full highlight, cold spelling cache: " << QString::number(cold, 'f', 1) << " ms\n"
        << "full highlight, warm cache: " << QString::number(warm, 'f', 1) << " ms\n"
        << "one keystroke (insert + rehighlight of its paragraph): " << QString::number(perKey, 'f', 3) << " ms\n";
    return 0;
}
