#include "core/domain/Post.h"

#include <array>
#include <utility>

namespace longhand {

namespace {
constexpr std::array<std::pair<PostStatus, const char*>, 5> kStatusNames {{
    {PostStatus::Draft, "draft"},
    {PostStatus::Pending, "pending"},
    {PostStatus::Private, "private"},
    {PostStatus::Publish, "publish"},
    {PostStatus::Future, "future"},
}};
} // namespace

QString postStatusToString(PostStatus status)
{
    for (const auto& [value, name] : kStatusNames) {
        if (value == status) {
            return QString::fromLatin1(name);
        }
    }
    return QStringLiteral("draft");
}

std::optional<PostStatus> postStatusFromString(const QString& text)
{
    for (const auto& [value, name] : kStatusNames) {
        if (text == QLatin1String(name)) {
            return value;
        }
    }
    return std::nullopt;
}

QString sourceFormatToString(SourceFormat format)
{
    return format == SourceFormat::Html ? QStringLiteral("html") : QStringLiteral("markdown");
}

std::optional<SourceFormat> sourceFormatFromString(const QString& text)
{
    if (text == QLatin1String("markdown")) {
        return SourceFormat::Markdown;
    }
    if (text == QLatin1String("html")) {
        return SourceFormat::Html;
    }
    return std::nullopt;
}

} // namespace longhand
