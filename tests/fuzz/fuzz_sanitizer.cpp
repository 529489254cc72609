// Fuzz target: the comment HTML sanitizer (core/markdown/CommentSanitizer). The input is comment HTML as UTF-8;
// it goes through sanitize() with every Options combination, toPlainText() and links(). The HTML output must keep
// the promises of CommentSanitizer.h: XML-well-formed, only the allowed elements and attributes, and links only
// to http, https and mailto.
#include "FuzzSupport.h"
#include "core/markdown/CommentSanitizer.h"

#include <QSet>
#include <QXmlStreamReader>

using namespace longhand;

namespace {

bool allowedAttribute(QStringView element, QStringView attribute)
{
    if (element == u"a") {
        return attribute == u"href" || attribute == u"title" || attribute == u"rel";
    }
    if (element == u"abbr" || element == u"acronym") {
        return attribute == u"title";
    }
    if (element == u"del") {
        return attribute == u"datetime";
    }
    if (element == u"q" || element == u"blockquote") {
        return attribute == u"cite";
    }
    if (element == u"span") {
        return attribute == u"class";
    }
    return false;
}

bool safeTarget(QStringView url)
{
    return url.startsWith(u"http://", Qt::CaseInsensitive) || url.startsWith(u"https://", Qt::CaseInsensitive)
        || url.startsWith(u"mailto:", Qt::CaseInsensitive);
}

void checkHtml(const QString& html, const QString& input)
{
    static const QSet<QString> allowed { QStringLiteral("p"), QStringLiteral("br"), QStringLiteral("blockquote"),
        QStringLiteral("span"), QStringLiteral("a"), QStringLiteral("abbr"), QStringLiteral("acronym"),
        QStringLiteral("b"), QStringLiteral("cite"), QStringLiteral("code"), QStringLiteral("del"),
        QStringLiteral("em"), QStringLiteral("i"), QStringLiteral("q"), QStringLiteral("s"), QStringLiteral("strike"),
        QStringLiteral("strong") };
    const QString detail = QStringLiteral("input:\n%1\noutput:\n%2").arg(input, html);
    QXmlStreamReader xml(QStringLiteral("<root>") + html + QStringLiteral("</root>"));
    bool inRoot = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            FUZZ_CHECK(
                !xml.isEntityReference() && !xml.isProcessingInstruction() && !xml.isComment() && !xml.isDTD(), detail);
            continue;
        }
        const QStringView name = xml.name();
        if (!inRoot) {
            inRoot = true;
            continue;
        }
        FUZZ_CHECK(allowed.contains(name.toString()), QStringLiteral("<%1> in ").arg(name) + detail);
        for (const QXmlStreamAttribute& attribute : xml.attributes()) {
            FUZZ_CHECK(allowedAttribute(name, attribute.name()),
                QStringLiteral("%1 on <%2> in ").arg(attribute.name(), name) + detail);
            if (attribute.name() == u"href" || attribute.name() == u"cite") {
                FUZZ_CHECK(safeTarget(attribute.value()), detail);
            }
            if (attribute.name() == u"class") {
                FUZZ_CHECK(attribute.value() == u"link-target", detail);
            }
        }
    }
    FUZZ_CHECK(!xml.hasError(), xml.errorString() + QLatin1Char('\n') + detail);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString input = fuzz::text(data, size);
    for (const bool paragraphs : { true, false }) {
        for (const bool showLinkTargets : { true, false }) {
            CommentSanitizer::Options options;
            options.paragraphs = paragraphs;
            options.showLinkTargets = showLinkTargets;
            checkHtml(CommentSanitizer::sanitize(input, options), input);
        }
    }
    const QString plain = CommentSanitizer::toPlainText(input);
    FUZZ_CHECK(plain.size() <= input.size() * 2 + 16, input); // line breaks are the only thing added
    const QStringList links = CommentSanitizer::links(input);
    for (const QString& link : links) {
        FUZZ_CHECK(!link.isEmpty(), input);
    }
    return 0;
}
