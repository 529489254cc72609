// Preview render of a 10,000-word review (MarkdownRenderer with the review extensions, QString in
// and out, as the preview does it) against bare cmark_markdown_to_html on the same UTF-8 text.
// Prints the medians and their ratio; goal: ratio <= 3 and render < 16 ms.
#include "core/markdown/MarkdownRenderer.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace longhand;

namespace {

template <typename Fn>
double medianMs(int runs, Fn&& fn)
{
    std::vector<qint64> samples;
    samples.reserve(size_t(runs));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        fn();
        samples.push_back(timer.nsecsElapsed());
    }
    std::sort(samples.begin(), samples.end());
    return double(samples[samples.size() / 2]) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int words = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const int runs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 200;

    QString review = test::sampleReview(words);
    review += QStringLiteral("\n> [!spoiler] The ending\n> Nobody leaves Hailsham.\n");
    const QByteArray utf8 = review.toUtf8();
    RenderOptions options;
    options.target = RenderOptions::Target::Preview;
    options.title = QStringLiteral("Never Let Me Go");
    options.alsoLike = QStringLiteral("Tron Legacy");
    options.alsoLikeUrl = QStringLiteral("https://example.org/tron-legacy/");

    // Warm up caches and the allocator.
    for (int i = 0; i < 10; ++i) {
        MarkdownRenderer::render(review, options);
        MarkdownRenderer::renderPlainCmark(utf8);
    }
    int counted = 0;
    const double ours = medianMs(runs, [&] { counted = MarkdownRenderer::render(review, options).stats.words; });
    const double bare = medianMs(runs, [&] { MarkdownRenderer::renderPlainCmark(utf8); });

    QTextStream out(stdout);
    out << "words (counted by the renderer): " << counted << "\n"
        << "runs: " << runs << "\n"
        << "preview render (median): " << QString::number(ours, 'f', 3) << " ms\n"
        << "bare cmark_markdown_to_html (median): " << QString::number(bare, 'f', 3) << " ms\n"
        << "ratio: " << QString::number(ours / bare, 'f', 2) << "x\n"
        << "goal: ratio <= 3.00x and render < 16 ms: " << ((ours / bare <= 3.0 && ours < 16.0) ? "met" : "NOT met") << "\n";
    return 0;
}
