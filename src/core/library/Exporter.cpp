#include "core/library/Exporter.h"

#include "core/markdown/FrontMatter.h"
#include "core/markdown/MarkdownRenderer.h"
#include "core/storage/MediaStore.h"
#include "core/storage/PostRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace longhand {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Exporter", text);
}

FrontMatter frontMatterFor(const Post& post)
{
    FrontMatter meta;
    meta.title = post.title;
    if (!post.slug.isEmpty()) {
        meta.slug = post.slug;
    }
    if (!post.excerpt.isEmpty()) {
        meta.excerpt = post.excerpt;
    }
    meta.status = postStatusToString(post.status);
    if (post.scheduledAt.isValid()) {
        meta.date = post.scheduledAt;
    }
    if (!post.categories.isEmpty()) {
        meta.categories = post.categories;
    }
    if (!post.tags.isEmpty()) {
        meta.tags = post.tags;
    }
    if (!post.featuredImage.isEmpty()) {
        meta.featured = post.featuredImage;
    }
    return meta;
}

} // namespace

Exporter::Exporter(QString profileRoot, QString targetDir, std::optional<qint64> siteId)
    : m_profileRoot(std::move(profileRoot))
    , m_target(std::move(targetDir))
    , m_siteId(siteId)
{
}

Result<ExportCounts> Exporter::run(Database& database)
{
    const auto isCancelled = [this] { return m_cancelled && m_cancelled->load(); };
    if (isCancelled()) {
        return Error::make(Error::Code::Cancelled, tr("The export was cancelled."));
    }
    PostRepository posts(database);
    auto summaries = posts.list({});
    if (!summaries) {
        return summaries.error();
    }
    // The summaries carry no blog: load each to know, but count only the chosen blog's for progress.
    QList<Post> chosen;
    for (const PostSummary& summary : summaries.value()) {
        auto post = posts.load(summary.id);
        if (!post) {
            return post.error();
        }
        if (!m_siteId || post->siteId == *m_siteId) {
            chosen.append(std::move(post).value());
        }
    }
    const QDir out(m_target);
    if (!QDir().mkpath(out.filePath(QStringLiteral("media")))) {
        return Error::make(Error::Code::Io, tr("Cannot create %1.").arg(m_target));
    }
    const MediaStore media(m_profileRoot);
    ExportCounts counts;
    QStringList usedNames;
    const int total = int(chosen.size());
    if (m_progress) {
        m_progress(0, total);
    }
    for (const Post& post : std::as_const(chosen)) {
        if (isCancelled()) {
            return Error::make(Error::Code::Cancelled,
                               tr("The export was cancelled after %1 of %2 reviews.").arg(counts.posts).arg(total));
        }
        QStringList images = post.format == SourceFormat::Markdown ? MarkdownRenderer::localImages(post.body) : QStringList();
        if (!post.featuredImage.isEmpty()) {
            images.append(post.featuredImage);
        }
        for (const QString& reference : std::as_const(images)) {
            const QString source = media.resolve(reference);
            const QString copy = out.filePath(reference);
            if (source.isEmpty() || !QFileInfo::exists(source) || QFileInfo::exists(copy)) {
                continue;
            }
            // QFile::copy writes a temporary file beside the target and renames it: never half a file.
            if (!QFile::copy(source, copy)) {
                return Error::make(Error::Code::Io, tr("Cannot copy %1 to %2.").arg(source, copy));
            }
            ++counts.media;
        }
        QString base = post.slug.isEmpty() ? QStringLiteral("review-%1").arg(post.id) : post.slug;
        if (usedNames.contains(base)) {
            base += QStringLiteral("-%1").arg(post.id);
        }
        usedNames.append(base);
        const QString suffix = post.format == SourceFormat::Html ? QStringLiteral(".html") : QStringLiteral(".md");
        QSaveFile file(out.filePath(base + suffix));
        if (!file.open(QIODevice::WriteOnly) || file.write(writeMarkdownDocument(frontMatterFor(post), post.body).toUtf8()) < 0
            || !file.commit()) {
            return Error::make(Error::Code::Io, tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        }
        ++counts.posts;
        if (m_progress) {
            m_progress(counts.posts, total);
        }
    }
    return counts;
}

} // namespace longhand
