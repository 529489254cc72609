// Fuzz target: what a blog's strings become before they touch the disk or the preview. The input is one
// string from the blog (UTF-8).
//  * FileNames::clean (export file names from slugs): the result is one file name, never a path: no '/'
//    or '\\', not "." or "..", no leading dot, no control character or NUL, at most the byte cap.
//  * ThemeStylesheet::cleanEmbedded (CSS inside a post, for the preview): no <style> element's text and no
//    style attribute keeps anything that loads (url(, @import, image-set, expression).
#include "FuzzSupport.h"
#include "core/library/FileNames.h"
#include "core/remote/ThemeStylesheet.h"

#include <QRegularExpression>

using namespace longhand;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString input = fuzz::text(data, size);

    const QString name = FileNames::clean(input, QStringLiteral("fallback"));
    FUZZ_CHECK(!name.isEmpty(), input);
    FUZZ_CHECK(!name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')), name);
    FUZZ_CHECK(name != QLatin1String(".") && name != QLatin1String("..") && !name.startsWith(QLatin1Char('.')), name);
    FUZZ_CHECK(name.toUtf8().size() <= FileNames::kMaxBaseBytes, name);
    for (const QChar ch : name) {
        FUZZ_CHECK(ch.unicode() >= 0x20 && ch.unicode() != 0x7f, name);
    }

    const QString html = ThemeStylesheet::cleanEmbedded(input);
    static const QRegularExpression styleText(QStringLiteral("<style\\b[^>]*>(.*?)(</style\\s*>|$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression loads(QStringLiteral("url\\s*\\(|@import|image-set|expression\\s*\\("),
                                          QRegularExpression::CaseInsensitiveOption);
    auto styles = styleText.globalMatch(html);
    while (styles.hasNext()) {
        const QString css = styles.next().captured(1);
        FUZZ_CHECK(!loads.match(css).hasMatch(), css);
    }
    return 0;
}
