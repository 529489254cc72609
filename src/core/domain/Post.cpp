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

QString postTypeToString(PostType type)
{
    return type == PostType::Page ? QStringLiteral("page") : QStringLiteral("post");
}

std::optional<PostType> postTypeFromString(const QString& text)
{
    if (text == QLatin1String("post")) {
        return PostType::Post;
    }
    if (text == QLatin1String("page")) {
        return PostType::Page;
    }
    return std::nullopt;
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

bool Post::isWebEdit(const QString& content, const QDateTime& modifiedGmt) const
{
    if (content == baseContent) {
        return false;
    }
    if (baseRemoteContent) {
        return content != *baseRemoteContent;
    }
    // Not known what the blog held at the base: a later modified time; or, within one second (WordPress keeps whole
    // seconds), other text than the blog held when Longhand last saw it.
    const bool laterTime = baseModifiedGmt.isValid() && modifiedGmt.isValid() && modifiedGmt != baseModifiedGmt;
    const bool sameSecondEdit = modifiedGmt.isValid() && modifiedGmt == remoteModifiedGmt && content != remoteContent;
    return laterTime || sameSecondEdit;
}

} // namespace longhand
