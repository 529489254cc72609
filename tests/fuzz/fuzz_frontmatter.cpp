// Fuzz target: reading a review file's YAML front matter (core/markdown/FrontMatter). The input is the file as
// UTF-8. Besides "no crash, no hang" (yaml-cpp recurses, and YAML::LoadAll never ends on some text), what is read
// must survive the way back: writeMarkdownDocument then parseMarkdownDocument gives the same document, as
// FrontMatter.h promises when there are no unknown keys.
#include "FuzzSupport.h"
#include "core/markdown/FrontMatter.h"

using namespace longhand;

namespace {

QString describe(const MarkdownDocument& document)
{
    const auto text = [](const std::optional<QString>& value) { return value ? *value : QStringLiteral("(unset)"); };
    const auto list = [](const std::optional<QStringList>& value) {
        return value ? QLatin1Char('[') + value->join(QLatin1String("|")) + QLatin1Char(']')
                     : QStringLiteral("(unset)");
    };
    const FrontMatter& meta = document.meta;
    return QStringLiteral("title=%1 slug=%2 excerpt=%3 status=%4 featured=%5 date=%6 categories=%7 tags=%8 body=%9")
        .arg(text(meta.title), text(meta.slug), text(meta.excerpt), text(meta.status), text(meta.featured),
            meta.date ? meta.date->toString(Qt::ISODateWithMs) : QStringLiteral("(unset)"), list(meta.categories),
            list(meta.tags), document.body);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString input = fuzz::text(data, size);
    const Result<MarkdownDocument> parsed = parseMarkdownDocument(input);
    if (!parsed) {
        const Error& error = parsed.error();
        FUZZ_CHECK(error.code == Error::Code::InvalidInput, error.message);
        FUZZ_CHECK(error.message.startsWith(QLatin1String("Front matter, line ")), error.message);
        return 0;
    }
    const MarkdownDocument& document = parsed.value();
    if (document.meta.date) {
        FUZZ_CHECK(document.meta.date->isValid() && document.meta.date->timeSpec() == Qt::UTC, input);
    }
    if (!document.meta.unknownKeys.isEmpty()) {
        return 0; // their values are not kept, so they cannot be written back
    }
    const QString written = writeMarkdownDocument(document.meta, document.body);
    const Result<MarkdownDocument> again = parseMarkdownDocument(written);
    FUZZ_CHECK(again.ok(),
        QStringLiteral("input:\n%1\nwritten:\n%2\nerror: %3")
            .arg(input, written, again.ok() ? QString() : again.error().message));
    FUZZ_CHECK(again.value() == document,
        QStringLiteral("input:\n%1\nwritten:\n%2\nread: %3\nread again: %4")
            .arg(input, written, describe(document), describe(again.value())));
    return 0;
}
