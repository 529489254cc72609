// Publishing a 10,000-word review as block markup (BlockSerializer, issue 15 item 5) against rendering it to HTML
// for the blog (MarkdownRenderer, what was sent before), both QString in and out, with images the blog holds, a
// spoiler and the also-like line. Prints the medians and their ratio; goal: ratio <= 2 and serialize < 16 ms.
#include "core/markdown/BlockSerializer.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace longhand;

namespace {

template <typename Fn> double medianMs(int runs, Fn&& fn)
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
    RenderOptions options;
    options.target = RenderOptions::Target::Blog;
    options.title = QStringLiteral("Never Let Me Go");
    options.alsoLike = QStringLiteral("Tron Legacy");
    options.alsoLikeUrl = QStringLiteral("https://example.org/tron-legacy/");
    for (int i = 1; i <= 10; ++i) {
        const QString reference = QStringLiteral("media/still-%1.jpg").arg(i);
        review += QStringLiteral("![Still %1](%2)\n\n```\ncode [%1]\n```\n\n---\n\n").arg(i).arg(reference);
        options.imageUrls.insert(
            reference, QStringLiteral("https://example.org/wp-content/uploads/still-%1.jpg").arg(i));
        options.blogImages.insert(reference, BlogImage { 100 + i, QSize(1600, 900) });
    }
    review += QStringLiteral("\n> [!spoiler] The ending\n> Nobody leaves Hailsham.\n");

    for (int i = 0; i < 10; ++i) { // warm up caches and the allocator
        MarkdownRenderer::render(review, options);
        BlockSerializer::serialize(review, options);
    }
    qsizetype htmlSize = 0;
    qsizetype blocksSize = 0;
    const double html = medianMs(runs, [&] { htmlSize = MarkdownRenderer::render(review, options).html.size(); });
    const double blocks = medianMs(runs, [&] { blocksSize = BlockSerializer::serialize(review, options).size(); });

    QTextStream out(stdout);
    out << "words: " << words << ", runs: " << runs << "\n"
        << "render to HTML (median): " << QString::number(html, 'f', 3) << " ms, " << htmlSize << " characters\n"
        << "serialize to blocks (median): " << QString::number(blocks, 'f', 3) << " ms, " << blocksSize
        << " characters\n"
        << "ratio: " << QString::number(blocks / html, 'f', 2) << "x\n"
        << "goal: ratio <= 2.00x and serialize < 16 ms: "
        << ((blocks / html <= 2.0 && blocks < 16.0) ? "met" : "NOT met") << "\n";
    return 0;
}
